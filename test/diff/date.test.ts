// Date.now(), new Date().toISOString() and performance.now(): compared with Node
// where the output is deterministic, else checked for exact output in the VM.
import { beforeAll, describe, expect, test } from "vitest";
import * as path from "node:path";
import { diffSuite, compileSnippets, type CompiledSnippets } from "../helpers/diff.js";
import { runtimeFiles } from "../../compiler/runtime/helpers.js";
import { runInVm } from "../../compiler/board/vm.js";
import { Codes } from "../../compiler/diagnostics.js";

diffSuite("Date", {
  "Date.now is whole milliseconds since 1970": `
const t = Date.now();
console.log(t > 1.7e12, t < 4.1e12, Number.isInteger(t));`,

  "toISOString of now has the ISO format": `
const s = new Date().toISOString();
console.log(/^20\\d\\d-[01]\\d-[0-3]\\dT[0-2]\\d:[0-5]\\d:[0-5]\\d\\.\\d{3}Z$/.test(s), s.length);`,

  "toISOString of given times": `
console.log(new Date(0).toISOString(), new Date(1700000000123).toISOString(), new Date(951782400999).toISOString());
console.log(new Date(1e12).toJSON(), new Date(4102444799000).toISOString());`,

  "getTime and valueOf": `
console.log(new Date(1234).getTime(), new Date(5).valueOf(), new Date().getTime() > 1.7e12);`,

  "Date.now and new Date agree": `
const a = Date.now();
const b = new Date().getTime();
console.log(b >= a, b - a < 5000, new Date(a).toISOString() <= new Date(b).toISOString());`,
});

/** Compile each snippet and run it in the VM; return what it printed. */
async function runAll(cases: Record<string, string>): Promise<Map<string, string>> {
  const compiled = compileSnippets(cases);
  const out = new Map<string, string>();
  const names = Object.keys(cases);
  for (let i = 0; i < names.length; i++) {
    const file = path.join(compiled.dir, `case_${i}.ts`);
    expect(compiled.tsErrors.get(file) ?? []).toEqual([]);
    const o = compiled.outputs.get(file)!;
    expect(o.diagnostics).toEqual([]);
    const files = [
      { path: o.path, text: o.python! },
      ...runtimeFiles(o.helpers),
    ];
    const run = await runInVm(files, o.path.replace(/\.py$/, ""));
    expect(run.error).toBeUndefined();
    out.set(names[i], run.stdout);
  }
  return out;
}

describe("performance.now in the VM", () => {
  const cases = {
    sleep: `
import { sleep_ms } from "time";
const t0 = performance.now();
sleep_ms(30);
const dt = performance.now() - t0;
console.log(typeof t0, t0 >= 0, dt >= 30, dt < 5000);`,
    timer: `
async function main() {
  const t0 = performance.now();
  await new Promise<void>((resolve) => setTimeout(resolve, 40));
  const dt = performance.now() - t0;
  console.log(dt >= 40, dt < 5000);
}
main();`,
    monotonic: `
let last = performance.now();
let ok = true;
for (let i = 0; i < 1000; i++) {
  const t = performance.now();
  if (t < last) ok = false;
  last = t;
}
console.log(ok);`,
  };
  let printed: Map<string, string>;
  beforeAll(async () => {
    printed = await runAll(cases);
  });
  test("it counts milliseconds across a sleep", () => expect(printed.get("sleep")).toBe("number true true true\n"));
  test("it counts milliseconds across a timer", () => expect(printed.get("timer")).toBe("true true\n"));
  test("it never goes back", () => expect(printed.get("monotonic")).toBe("true\n"));
});

describe("Date.now on a port whose epoch is 2000 (the ESP32)", () => {
  test("Date.now and toISOString still count from 1970", async () => {
    // a time module as the ESP32 has it: time 0 is 2000-01-01, and it is 10.5 s past that
    const fakeTime = [
      "import utime as _t",
      "def time_ns():",
      "    return 10500000000",
      "def gmtime(s=None):",
      "    return _t.gmtime((s if s is not None else 10) + 946684800)",
    ].join("\n");
    const main = ["from mpts_rt import js_date_now, js_date_iso", "t = js_date_now()", "print(t)", "print(js_date_iso(t))"].join("\n");
    const run = await runInVm(
      [
        { path: "time.py", text: fakeTime },
        ...runtimeFiles(["js_date_now", "js_date_iso"]),
        { path: "main_esp.py", text: main },
      ],
      "main_esp",
    );
    expect(run.error).toBeUndefined();
    expect(run.stdout).toBe("946684810500\n2000-01-01T00:00:10.500Z\n");
  });
});

// Other uses of Date are refused where they are written.
const refused: { name: string; source: string; text: RegExp; code: number }[] = [
  {
    name: "a Date kept in a variable",
    source: `const d = /*!*/new Date();\nconsole.log(d);`,
    text: /A Date object kept as a value .*Date\.now\(\)/,
    code: Codes.unsupportedMember,
  },
  {
    name: "a Date of a string",
    source: `console.log(/*!*/new Date("2024-01-01").getTime());`,
    text: /new Date\(\) of a string/,
    code: Codes.unsupportedMember,
  },
  {
    name: "Date.parse",
    source: `console.log(/*!*/Date.parse("2024-01-01"));`,
    text: /Date\.parse .*time\.localtime\(\)/,
    code: Codes.unsupportedMember,
  },
  {
    name: "a calendar method",
    source: `console.log(/*!*/new Date().getHours());`,
    text: /Date\.prototype\.getHours/,
    code: Codes.unsupportedMember,
  },
  {
    name: "a Date parameter",
    source: `function f(d: Date) {\n  return /*!*/d.getTime();\n}\nconsole.log(f);`,
    text: /on a Date value/,
    code: Codes.unsupportedMember,
  },
];

describe("Date uses mpts does not provide are diagnostics", () => {
  let compiled: CompiledSnippets;
  beforeAll(() => {
    compiled = compileSnippets(Object.fromEntries(refused.map((c) => [c.name, c.source.replace("/*!*/", "")])));
  });
  refused.forEach((c, i) => {
    test(c.name, () => {
      const file = path.join(compiled.dir, `case_${i}.ts`);
      expect(compiled.tsErrors.get(file) ?? []).toEqual([]);
      const out = compiled.outputs.get(file)!;
      expect(out.python).toBeUndefined();
      const lines = c.source.slice(0, c.source.indexOf("/*!*/")).split("\n");
      const d = out.diagnostics[0];
      expect({ code: d.code, line: d.line, column: d.column }).toEqual({
        code: c.code,
        line: lines.length,
        column: lines[lines.length - 1].length + 1,
      });
      expect(d.message).toMatch(c.text);
    });
  });
});
