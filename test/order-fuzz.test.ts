// Property test of evaluation order: random programs mix calls that log,
// `++`/`--`, assignments inside expressions, `?.`, `??`, array mutators used as
// values, generators and method calls on receivers that log, inside call
// arguments, array, object and template literals, binary operators, element
// reads and Math.min/max. Node and MicroPython must print the same. Each run
// compiles one file of 60 programs (60 functions), so 5 runs check 300 programs.
//
// Programs stay where JavaScript and Python agree exactly: integers only (no
// division, products by small constants), no reads past the end of an array,
// numbers printed through String() or join() (so -0 prints as 0).
import { expect, test } from "vitest";
import * as path from "node:path";
import fc from "fast-check";
import { compileSnippets } from "./helpers/diff.js";
import { runInNode } from "./helpers/node-run.js";
import { runInVm } from "../compiler/board/vm.js";
import { runtimeFiles } from "../compiler/runtime/helpers.js";

const PROGRAMS_PER_RUN = 60;
// MPTS_ORDER_SEED / MPTS_ORDER_RUNS explore further; the default is fixed for reproducibility
const SEED = Number(process.env.MPTS_ORDER_SEED ?? 1010);
const RUNS = Number(process.env.MPTS_ORDER_RUNS ?? 5);

const depth = fc.createDepthIdentifier();
const choice = <T>(...arbs: fc.Arbitrary<T>[]) => fc.oneof({ depthIdentifier: depth, maxDepth: 3, depthSize: "small" }, ...arbs);
const digit = fc.integer({ min: 0, max: 9 }).map(String);

/** Number and string expressions, as TypeScript source. */
const { num, str } = fc.letrec<{ num: string; str: string }>((tie) => {
  const n = () => tie("num");
  const s = () => tie("str");
  const n2 = (f: (a: string, b: string) => string) => fc.tuple(n(), n()).map(([a, b]) => f(a, b));
  const n3 = (f: (a: string, b: string, c: string) => string) => fc.tuple(n(), n(), n()).map(([a, b, c]) => f(a, b, c));
  return {
    num: choice(
      // reads and literals
      fc.oneof(fc.constantFrom("i", "j", "o.v", "a[0]", "a[1]", "xs.length", "k"), digit),
      // side effects
      n().map((e) => `n(${e})`),
      fc.constantFrom("i++", "++i", "i--", "--j", "j++", "o.v++", "++o.v", "a[0]++", "--a[1]", "bump()", "it.next().value"),
      fc
        .tuple(fc.constantFrom("i", "j", "o.v", "a[0]", "a[1]", "k"), fc.constantFrom("=", "+=", "-="), n())
        .map(([t, op, e]) => `(${t} ${op} ${e})`),
      // temporaries: ?. and ??, mutators used as values
      n().map((e) => `(u ?? ${e})`),
      n().map((e) => `(xs.pop() ?? ${e})`),
      n().map((e) => `(xs.shift() ?? ${e})`),
      n().map((e) => `(mo?.v ?? ${e})`),
      n().map((e) => `(objs[i & 1]?.v ?? ${e})`),
      n().map((e) => `xs.push(${e})`),
      n().map((e) => `xs.unshift(${e})`),
      n().map((e) => `(u = ${e})`),
      // receivers evaluated before arguments
      n3((a, b, c) => `arr(${a}, ${b}).indexOf(${c})`),
      n2((a, b) => `(arr(${a}).includes(${b}) ? 1 : 0)`),
      n().map((e) => `xs.indexOf(${e})`),
      n().map((e) => `(xs.includes(${e}) ? 1 : 0)`),
      n3((a, b, c) => `[${a}, ${b}].indexOf(${c})`),
      fc.tuple(s(), s()).map(([a, b]) => `${a}.indexOf(${b})`),
      n().map((e) => `xs.concat(arr(${e})).length`),
      n().map((e) => `a[${e} & 1]`),
      n3((a, b, c) => `arr(${a}, ${b})[${c} & 1]`),
      n2((a, b) => `(a[${a} & 1] += ${b})`),
      fc.constantFrom("xs.reverse().length", "xs.sort((p, q) => q - p).length"),
      // operators, calls, Math, object literals
      n2((a, b) => `(${a} + ${b})`),
      n2((a, b) => `(${a} - ${b})`),
      fc.tuple(n(), fc.constantFrom("2", "3", "-1")).map(([a, k]) => `(${a} * ${k})`),
      n3((a, b, c) => `(${a} < ${b} ? ${c} : ${a})`),
      n2((a, b) => `Math.min(${a}, ${b})`),
      n3((a, b, c) => `Math.max(${a}, ${b}, ${c})`),
      n3((a, b, c) => `sum3(${a}, ${b}, ${c})`),
      n2((a, b) => `pq({ p: ${a}, q: ${b} })`),
      s().map((e) => `${e}.length`),
    ),
    str: choice(
      fc.constantFrom('s("x")', 's("ab")', '"yz"', "txt"),
      n3((a, b, c) => `f3(${a}, ${b}, ${c})`),
      n2((a, b) => `\`\${${a}}:\${${b}}\``),
      n3((a, b, c) => `[${a}, ${b}, ${c}].join()`),
      n3((a, b, c) => `arr(${a}, ${b}).concat([${c}]).join("-")`),
      n().map((e) => `String(${e})`),
      fc.tuple(s(), s()).map(([a, b]) => `(${a} + ${b})`),
      fc.tuple(s(), s()).map(([a, b]) => `${a}.concat(${b})`),
      fc.tuple(s(), n()).map(([a, b]) => `${a}.charAt(${b} & 1)`),
      n().map((e) => `(txt += String(${e}))`),
      fc.constantFrom("xs.join()", "xs.slice().reverse().join()", "xs.sort((p, q) => p - q).join()"),
    ),
  };
});

/** A console.log of one to three values, numbers as strings. */
const statement = fc.array(
  fc.oneof(
    num.map((e) => `String(${e})`),
    str,
  ),
  { minLength: 1, maxLength: 3 },
);

const program = fc.record({
  init: fc.tuple(digit, digit, digit, digit, digit),
  statements: fc.array(statement, { minLength: 2, maxLength: 4 }),
});
type Program = { init: string[]; statements: string[][] };

const prelude = `
const trace: string[] = [];
function n(x: number): number { trace.push("n" + x); return x; }
function s(x: string): string { trace.push("s" + x); return x; }
function arr(...xs: number[]): number[] { trace.push("arr" + xs.join(",")); return xs; }
function sum3(a: number, b: number, c: number): number { trace.push("sum3"); return a + b + c; }
function f3(a: number, b: number, c: number): string { trace.push("f3"); return a + "/" + b + "/" + c; }
function pq(x: { p: number; q: number }): number { return x.p * 10 - x.q; }
function maybe(x: number): number | undefined { return x > 4 ? x : undefined; }
function maybeObj(x: number): { v: number } | undefined { return x > 4 ? { v: x } : undefined; }
function* counter(): Generator<number, number, unknown> { let c = 0; while (true) yield c++; }
function done(): string { const t = trace.join(" "); trace.length = 0; return t; }
`;

/** A batch of programs; a failure names the program that differs, so the batch prints as a count. */
const batch = fc
  .array(program, { minLength: PROGRAMS_PER_RUN, maxLength: PROGRAMS_PER_RUN })
  .map((ps) => Object.assign(ps, { [fc.toStringMethod]: () => `${ps.length} programs` }));

function render(p: Program, index: number): string {
  const [i0, j0, v0, u0, m0] = p.init;
  return `
function p${index}(): void {
  let i = ${i0}, j = ${-1 - Number(j0)}, k = 1;
  const o = { v: ${v0} };
  const a = [${i0}, ${j0}];
  const xs: number[] = [${v0}, ${u0}];
  let u = maybe(${u0});
  const mo = maybeObj(${m0});
  const objs: ({ v: number } | undefined)[] = [{ v: ${m0} }, undefined];
  const it = counter();
  let txt = "t";
  const bump = (): number => { k += 10; return k; };
${p.statements.map((args) => `  console.log("p${index}", ${args.join(", ")});`).join("\n")}
  console.log("p${index} end", [i, j, k, o.v, a.join("|"), xs.join("|"), String(u), txt, mo?.v].join(), done());
}
p${index}();`;
}

test(
  "random orders of side effects print the same in Node and MicroPython",
  async () => {
    await fc.assert(
      fc.asyncProperty(batch, async (programs) => {
        const sources = programs.map(render);
        const text = prelude + sources.join("\n");
        const compiled = compileSnippets({ programs: text });
        const file = path.join(compiled.dir, "case_0.ts");
        expect(compiled.tsErrors.get(file) ?? [], text).toEqual([]);
        const out = compiled.outputs.get(file)!;
        expect(
          out.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`),
          text,
        ).toEqual([]);
        const node = await runInNode(text);
        expect(node.error, text).toBeUndefined();
        const files = [{ path: out.path, text: out.python! }];
        if (out.helpers.size) files.push(...runtimeFiles(out.helpers));
        const mp = await runInVm(files, out.path.replace(/\.py$/, ""));
        const expected = node.stdout.split("\n");
        const got = mp.stdout.split("\n");
        const bad = expected.findIndex((l, i) => l !== got[i]);
        if (mp.error || bad >= 0) {
          const line = bad >= 0 ? bad : got.length - 1;
          const which = Number(/^p(\d+)/.exec(expected[line] ?? "")?.[1] ?? 0);
          const py = out.python!.split("\ndef ").find((d) => d.startsWith(`p${which}(`)) ?? out.python!;
          throw new Error(
            `program p${which} differs\n  node: ${expected[line]}\n  mp:   ${got[line]}\n${mp.error ?? ""}\n--- TypeScript${sources[which]}\n--- Python\ndef ${py}`,
          );
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  },
  60_000 + RUNS * 30_000,
);
