// Deep and long expressions, as generated code writes them: chains of 2,000
// terms and 2,000 nested conditionals compile (tsc accepts them) and run in
// MicroPython (whose compiler refuses very long jumps: long conditional chains
// become grouped if/elif statements). Where tsc itself gives up sooner (`&&`
// chains and nested parentheses overflow its stack at about 600 to 800
// levels), the cases stay just below that. Each snippet is generated; Node
// gives the expected output.
import { beforeAll, describe, expect, test } from "vitest";
import * as path from "node:path";
import * as util from "node:util";
import * as vm from "node:vm";
import { diffSuite, compileSnippets, type CompiledSnippets } from "../helpers/diff.js";
import { runInVm } from "../../compiler/board/vm.js";
import { runtimeFiles } from "../../compiler/runtime/helpers.js";
import { loadProject, typeCheck } from "../../compiler/program.js";
import { Codes } from "../../compiler/diagnostics.js";
import * as fs from "node:fs";
import * as os from "node:os";

const terms = (n: number, term: (i: number) => string, op: string) => Array.from({ length: n }, (_, i) => term(i)).join(op);

/** `c(0) ? v(0) : c(1) ? v(1) : ... : last` */
const conditionals = (n: number, cond: (i: number) => string, value: (i: number) => string, last: string) =>
  Array.from({ length: n }, (_, i) => `${cond(i)} ? ${value(i)} : `).join("") + last;

diffSuite("long chains", {
  "2,000 terms of + on numbers": `
let a = 1;
const r = ${terms(2000, () => "a", " + ")};
console.log(r, r * 2);`,

  "2,000 terms of string concatenation, numbers converted": `
const s = "ab";
let n = 3;
const text = ${terms(2000, (i) => (i % 2 ? "n" : "s"), " + ")};
console.log(text.length, text.slice(0, 12), text.slice(-6));`,

  "2,000 terms of mixed arithmetic and bitwise chains": `
let a = 7;
const sum = ${terms(2000, (i) => (i % 3 === 0 ? "a" : i % 3 === 1 ? "2" : "(a % 5)"), " - ")};
const bits = ${terms(2000, (i) => String(1 << (i % 31)), " | ")};
const masked = ${terms(2000, () => "a", " & ")};
console.log(sum, bits, masked);`,

  "&& and || chains at the length tsc accepts": `
let one = 1;
let zero = 0;
let f = 0.5;
const all = ${terms(700, () => "one", " && ")};
const firstZero = ${terms(700, (i) => (i === 600 ? "zero" : "one"), " && ")};
const any = ${terms(700, (i) => (i === 650 ? "one" : "zero"), " || ")};
const floats = ${terms(700, () => "f", " && ")};
console.log(all, firstZero, any, floats);`,

  "?? chain and a mixed && || chain": `
let u: number | undefined = undefined;
let s = "";
let x = "x";
const found = ${terms(700, () => "u", " ?? ")} ?? 5;
const mixed = ${terms(600, (i) => (i % 2 ? "s" : "x"), " && ")} || "fallback";
console.log(found, mixed);`,

  "a comma chain of calls runs every call in order": `
let calls = 0;
function step(): number { return ++calls; }
const last = (${terms(1000, () => "step()", ", ")});
console.log(last, calls);`,

  // (tsc's own emit of a class overflows its stack from about 1,500 terms)
  "2,000-term chains inside functions, loops, callbacks and templates, 1,000 in a class": `
let a = 1;
const xs: number[] = [];
function f(k: number): number { return ${terms(2000, () => "k", " + ")}; }
for (let i = 0; i < 2; i++) xs.push(${terms(2000, () => "i", " + ")});
switch (a) { case 1: console.log(${terms(2000, () => "a", " + ")}); break; }
class C { v = ${terms(1000, () => "a", " * ")}; m(): number { return ${terms(1000, () => "this.v", " + ")}; } }
const g = [1, 2].map((x) => ${terms(2000, () => "x", " + ")});
const t = \`\${${terms(2000, () => "a", " + ")}} items\`;
console.log(f(1), xs, new C().m(), g, t);`,
});

/**
 * Nested 2,000 deep, the snippet overflows the stack of tsc's emitter, which
 * the diff helper's Node run uses: these snippets are JavaScript as well as
 * TypeScript (types inferred), and Node runs them as they are.
 */
const nested: Record<string, string> = {
  "2,000 nested conditionals, the last one true": `
function t(i = 0) { return i === 1999; }
function w(i = 0) { return i * 2; }
const r = ${conditionals(
    2000,
    (i) => `t(${i})`,
    (i) => `w(${i})`,
    "-1",
  )};
console.log(r);`,

  "2,000 nested conditionals evaluate one value, and fall through to the last": `
let evaluated = 0;
let chosen = 0;
function v(i = 0) { evaluated++; return i; }
// (calls, not k === i: tsc follows a variable back through 2,000 conditions recursively and overflows its stack)
function is(i = 0) { return chosen === i; }
function at(k = 0) { chosen = k; return ${conditionals(
    2000,
    (i) => `is(${i})`,
    (i) => `v(${i})`,
    "v(-1)",
  )}; }
console.log(at(0), at(1234), at(1999), at(5000), evaluated);`,

  "a long chain of conditionals whose conditions and values need statements first": `
const o = { n: 0 };
let log = "";
const r = ${conditionals(
    150,
    () => "o.n++ === 140",
    (i) => `(log += "${i},", o.n++)`,
    "-1",
  )};
const none = ${conditionals(
    120,
    () => "o.n++ < 0",
    (i) => `${i}`,
    "o.n++",
  )};
console.log(r, none, o.n, log);`,

  "nested parentheses at the depth tsc accepts": `
let a = 3;
const wrapped = ${"(".repeat(700)}a${")".repeat(700)};
const right = ${"(a + ".repeat(590)}a${")".repeat(590)};
const left = ${"(".repeat(670)}a${" - a)".repeat(670)};
console.log(wrapped, right, left);`,
};

describe("deep nesting", () => {
  let compiled: CompiledSnippets;
  beforeAll(() => {
    compiled = compileSnippets(nested);
  });
  Object.entries(nested).forEach(([name, source], i) => {
    test(name, async () => {
      const file = path.join(compiled.dir, `case_${i}.ts`);
      expect(compiled.tsErrors.get(file) ?? []).toEqual([]);
      const out = compiled.outputs.get(file)!;
      expect(out.diagnostics.map((d) => d.message)).toEqual([]);
      let expected = "";
      vm.runInNewContext(source, { console: { log: (...args: unknown[]) => (expected += util.format(...args) + "\n") } });
      expect(expected.length).toBeGreaterThan(0);
      const files = [{ path: out.path, text: out.python! }];
      if (out.helpers.size) files.push(...runtimeFiles(out.helpers));
      const mp = await runInVm(files, out.path.replace(/\.py$/, ""), { clock: "fast" });
      expect(mp.error).toBeUndefined();
      expect(mp.stdout).toBe(expected);
    });
  });
});

describe("a long chain of conditionals in MicroPython", () => {
  test("becomes if/elif statements in groups, each group run only while no condition held", () => {
    // t reads a variable of the module (a let: a const would be written in place), so its calls stay calls (inline-calls.ts)
    const source = `
let ZERO = 0;
function t(i: number): boolean { return i === ZERO; }
const r = ${conditionals(
      100,
      (i) => `t(${i})`,
      (i) => `${i}`,
      "-1",
    )};
console.log(r);`;
    const compiled = compileSnippets({ chain: source });
    const out = [...compiled.outputs.values()][0];
    expect(out.diagnostics).toEqual([]);
    const lines = out.python!.split("\n");
    const first = lines.indexOf("_d = False");
    expect(lines.slice(first, first + 5)).toEqual(["_d = False", "if t(0):", "    _t = 0", "elif t(1):", "    _t = 1"]);
    // 100 links: groups of 40, 40 and 20, the later ones behind the flag
    expect(lines.filter((l) => l === "if _d:")).toHaveLength(2);
    expect(lines.filter((l) => /^\s*_d = True$/.test(l))).toHaveLength(2);
    expect(lines.slice(-4)).toEqual(["        _t = -1", "r = _t", "print(r)", ""]);
  });
});

describe("past tsc's own limit", () => {
  test("a chain its checker cannot follow is a diagnostic at that statement, not a crash", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-deep-"));
    const file = path.join(dir, "main.ts");
    fs.writeFileSync(file, `let a = 1;\nconst r = ${terms(3000, () => "a", " && ")};\nconsole.log(r);\n`);
    const { project } = loadProject(file);
    const found = typeCheck(project).map((d) => ({ file: d.file, line: d.line, column: d.column, code: d.code, message: d.message }));
    expect(found).toEqual([
      {
        file,
        line: 2,
        column: 1,
        code: Codes.unsupportedSyntax,
        message: expect.stringMatching(
          /^The TypeScript checker ran out of stack on this statement: its expressions nest about \d+ levels deep\. Split it into several statements/,
        ),
      },
    ]);
  });
});
