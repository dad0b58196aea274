// The runtime's rare paths (float digits past 15, text that is not a plain number) are in
// mpts_rt_slow.py, which the board compiles only when a program first takes one: a program
// whose values never need them never compiles them. Checked in the VM through sys.modules,
// against the output Node gives.
import { describe, expect, test } from "vitest";
import { runInVm } from "../compiler/board/vm.js";
import { runtimeFiles } from "../compiler/runtime/helpers.js";
import { compileSnippets } from "./helpers/snippets.js";

/** Compile one snippet, run it, then print whether mpts_rt_slow was imported. */
async function run(source: string): Promise<{ files: string[]; stdout: string }> {
  const compiled = compileSnippets({ main: source });
  const [out] = compiled.outputs.values();
  expect([...compiled.tsErrors.values()].flat()).toEqual([]);
  expect(out.diagnostics).toEqual([]);
  const runtime = runtimeFiles(out.helpers);
  const check = { path: "check.py", text: "import sys\nimport case_0\nprint('slow file compiled:', 'mpts_rt_slow' in sys.modules)\n" };
  const vm = await runInVm([{ path: out.path, text: out.python! }, ...runtime, check], "check");
  expect(vm.error).toBeUndefined();
  return { files: runtime.map((f) => f.path), stdout: vm.stdout };
}

describe("the runtime's rare paths are compiled on first use", () => {
  test("numbers printed and parsed on the common paths never compile mpts_rt_slow.py", async () => {
    const r = await run(`
const readings = ["21.5", "19.25", "-3", "40"];
let sum = 0;
for (const r of readings) sum += parseFloat(r);
const counts = ["12", "-7", "0"].map((t) => parseInt(t, 10));
console.log(\`mean \${sum / readings.length}, half \${sum / 2}, counts \${counts.join(" ")}\`);`);
    expect(r.files).toEqual(["mpts_rt.py", "mpts_rt_slow.py"]);
    expect(r.stdout).toBe("mean 19.4375, half 38.875, counts 12 -7 0\nslow file compiled: False\n");
  });

  test("Number() of signed integers and plain decimals stays in mpts_rt.py; other text compiles the slow file", async () => {
    const common = await run(`
const fields = "12,-7,21.75,-0.5,x".split(",");
console.log(fields.map((f) => Number(f)).join(" "), Number(fields[1]) * 2);`);
    expect(common.files).toEqual(["mpts_rt.py", "mpts_rt_slow.py"]);
    expect(common.stdout).toBe("12 -7 21.75 -0.5 NaN -14\nslow file compiled: True\n");
    const plain = await run(`
const fields = "12,-7,21.75,-0.5".split(",");
let sum = 0;
for (const f of fields) sum += Number(f);
console.log(sum);`);
    expect(plain.stdout).toBe("26.25\nslow file compiled: False\n");
  });

  test("toFixed's exact big-integer path is in the slow file unless the program asks for 5 digits or more", async () => {
    // readings of unknown size: %f for up to 4 digits below 1e12, js_fixed past that
    const source = (digits: number, scale: number) => `
const raw = "2150,-31,1999,7".split(",").map((t) => parseInt(t, 10));
console.log(raw.map((r) => ((r * ${scale}) / 7).toFixed(${digits})).join(" "));`;
    const common = await run(source(2, 1));
    expect(common.stdout).toBe("307.14 -4.43 285.57 1.00\nslow file compiled: False\n");
    const big = await run(source(2, 1e12));
    expect(big.stdout).toBe("307142857142857.13 -4428571428571.43 285571428571428.56 1000000000000.00\nslow file compiled: True\n");
    const many = await run(source(6, 1));
    expect(many.stdout).toBe("307.142857 -4.428571 285.571429 1.000000\nslow file compiled: False\n");
  });

  test("each rare path compiles it once and gives what Node gives", async () => {
    // 0.1 + 0.2 needs 17 digits; NaN; a prefix parseFloat reads; hex and trailing text for parseInt;
    // toFixed of a number from 1e21 on
    const r = await run(`
const texts = ["3.5 volts", "", " 42"];
const floats = texts.map((t) => parseFloat(t));
const ints = ["0x1F", "12px", "  -8"].map((t) => parseInt(t));
let big = 1e21;
big *= 3;
console.log(\`\${0.1 + 0.2} \${floats.join(",")} \${ints.join(",")} \${(1 / 3) * 3} \${big.toFixed(2)}\`);
console.log(\`\${2 ** -30} \${-0.000001 * 3}\`);`);
    expect(r.stdout).toBe("0.30000000000000004 3.5,NaN,42 31,12,-8 1 3e+21\n9.313225746154785e-10 -0.000003\nslow file compiled: True\n");
  });

  test("the error classes a helper raises on a failure path come with it, the same classes the program catches", async () => {
    const source = `
const parse = (t: string): string => {
  try {
    return JSON.stringify(JSON.parse(t));
  } catch (e) {
    return \`\${e instanceof SyntaxError} \${e instanceof Error} \${(e as Error).name}\`;
  }
};
console.log(parse('{"a": [1, 2]}'), parse("{a: 1}"), parse("[1 2]"));
try { ([] as number[]).reduceRight((a, b) => a + b); } catch (e) { console.log(e instanceof TypeError, (e as Error).name); }
try { new Uint8Array(2).set([1, 2, 3]); } catch (e) { console.log(e instanceof RangeError, (e as Error).name); }`;
    const r = await run(source);
    expect(r.stdout).toBe(
      '{"a":[1,2]} true true SyntaxError true true SyntaxError\ntrue TypeError\ntrue RangeError\nslow file compiled: True\n',
    );
    // valid JSON only: the classes are never compiled
    const valid = await run(`const c = JSON.parse('{"pin": 4}') as { pin: number };\nconsole.log(c.pin + 1);`);
    expect(valid.files).toEqual(["mpts_rt.py", "mpts_rt_slow.py"]);
    expect(valid.stdout).toBe("5\nslow file compiled: False\n");
  });

  test("a program whose helpers have no rare path gets one runtime file", async () => {
    const r = await run(`const xs = [3, 1, 2];\nxs.sort((a, b) => a - b);\nconsole.log(xs.map((x) => x * 0.5).join(" "));`);
    expect(r.files).toEqual(["mpts_rt.py"]);
    expect(r.stdout).toBe("0.5 1 1.5\nslow file compiled: False\n");
  });
});
