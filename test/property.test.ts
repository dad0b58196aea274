// Property test: random arithmetic, bitwise, comparison, logical and string
// expressions over a few typed variables must print the same in Node and in
// MicroPython. Each run is one program of 30 printed expressions.
//
// Generated expressions stay where JavaScript and Python can agree exactly:
// divisors are `(x | 1)` (never zero), powers have a small integer base and
// exponent, and any intermediate number that is not finite or exceeds 2**40
// is replaced by a variable (integers beyond 2**53 are exact in Python).
import { expect, test } from "vitest";
import * as path from "node:path";
import fc from "fast-check";
import { compileSnippets } from "./helpers/diff.js";
import { runInNode } from "./helpers/node-run.js";
import { runInVm } from "../compiler/board/vm.js";
import { runtimeFiles } from "../compiler/runtime/helpers.js";

type Ty = "num" | "str" | "bool";

/** An expression tree: `render` builds the source from the children's sources. */
interface Expr {
  ty: Ty;
  kids: Expr[];
  render: (kids: string[], ts: boolean) => string;
  /** a literal or template: TypeScript rejects `"a" === "b"`, `!""`, `"a" || x` as always true or false */
  lit?: boolean;
}

const NUMS = ["n0", "n1", "n2", "n3"];
const STRS = ["s0", "s1", "s2"];
const BOOLS = ["b0", "b1"];

const leaf = (ty: Ty, src: string, lit = false): Expr => ({ ty, kids: [], render: () => src, lit });
const node = (ty: Ty, kids: Expr[], render: (k: string[], ts: boolean) => string): Expr => ({ ty, kids, render });
/** TypeScript source, or plain JavaScript (no `as`) to evaluate while generating. */
const source = (e: Expr, ts = true): string =>
  e.render(
    e.kids.map((k) => source(k, ts)),
    ts,
  );
/** Outside arithmetic, a literal goes through N()/S(), so TypeScript sees a plain number or string. */
const widen = (e: Expr): Expr => (e.lit ? node(e.ty, [e], ([a], ts) => (ts ? `${e.ty === "num" ? "N" : "S"}(${a})` : a)) : e);

const depth = fc.createDepthIdentifier();
const choice = <T>(...arbs: fc.Arbitrary<T>[]) => fc.oneof({ depthIdentifier: depth, maxDepth: 4, depthSize: "small" }, ...arbs);

const { num, str, bool } = fc.letrec<{ num: Expr; str: Expr; bool: Expr }>((tie) => {
  const n = () => tie("num");
  const s = () => tie("str");
  const b = () => tie("bool");
  const bin = (op: string) => fc.tuple(n(), n()).map(([x, y]) => node("num", [x, y], ([l, r]) => `(${l} ${op} ${r})`));
  return {
    num: choice(
      fc.oneof(
        fc.constantFrom(...NUMS).map((v) => leaf("num", v)),
        fc.integer({ min: -9, max: 12 }).map((v) => leaf("num", v < 0 ? `(${v})` : `${v}`, true)),
      ),
      bin("+"),
      bin("-"),
      bin("*"),
      bin("&"),
      bin("|"),
      bin("^"),
      bin("<<"),
      bin(">>"),
      bin(">>>"),
      fc.tuple(n(), n()).map(([x, y]) => node("num", [x, y], ([l, r]) => `(${l} / (${r} | 1))`)),
      fc.tuple(n(), n()).map(([x, y]) => node("num", [x, y], ([l, r]) => `(${l} % (${r} | 1))`)),
      fc.tuple(n(), fc.integer({ min: 0, max: 3 })).map(([x, k]) => node("num", [x], ([l]) => `(((${l} | 0) % 10) ** ${k})`)),
      n().map((x) => node("num", [x], ([a]) => `(-${a})`)),
      n().map((x) => node("num", [x], ([a]) => `(~${a})`)),
      fc.tuple(n(), n()).map(([x, y]) => node("num", [widen(x), widen(y)], ([l, r]) => `(${l} || ${r})`)),
      fc.tuple(n(), n()).map(([x, y]) => node("num", [widen(x), widen(y)], ([l, r]) => `(${l} && ${r})`)),
      fc.tuple(b(), n(), n()).map(([c, x, y]) => node("num", [c, widen(x), widen(y)], ([t, l, r]) => `(${t} ? ${l} : ${r})`)),
      s().map((x) => node("num", [widen(x)], ([a]) => `${a}.length`)),
      s().map((x) => node("num", [x], ([a]) => `(+${a})`)),
      b().map((x) => node("num", [x], ([a]) => `Number(${a})`)),
    ),
    str: choice(
      fc.oneof(
        fc.constantFrom(...STRS).map((v) => leaf("str", v)),
        fc.constantFrom('""', '"a"', '"Zz"', '"0"', '"é"', '" 7 "').map((v) => leaf("str", v, true)),
      ),
      fc.tuple(s(), s()).map(([x, y]) => node("str", [x, y], ([l, r]) => `(${l} + ${r})`)),
      fc.tuple(s(), n()).map(([x, y]) => node("str", [x, y], ([l, r]) => `(${l} + ${r})`)),
      fc.tuple(n(), s()).map(([x, y]) => node("str", [x, y], ([l, r]) => `(${l} + ${r})`)),
      fc.tuple(s(), b()).map(([x, y]) => node("str", [x, y], ([l, r]) => `(${l} + ${r})`)),
      fc.tuple(n(), s()).map(([x, y]) => ({ ...node("str", [x, y], ([l, r]) => `\`<\${${l}}|\${${r}}>\``), lit: true })),
      n().map((x) => node("str", [x], ([a]) => `String(${a})`)),
      fc.tuple(s(), s()).map(([x, y]) => node("str", [widen(x), widen(y)], ([l, r]) => `(${l} || ${r})`)),
      fc.tuple(s(), s()).map(([x, y]) => node("str", [widen(x), widen(y)], ([l, r]) => `(${l} && ${r})`)),
      fc.tuple(b(), s(), s()).map(([c, x, y]) => node("str", [c, widen(x), widen(y)], ([t, l, r]) => `(${t} ? ${l} : ${r})`)),
    ),
    bool: choice(
      fc.constantFrom(...BOOLS).map((v) => leaf("bool", v)),
      ...["<", "<=", ">", ">="].map((op) => fc.tuple(n(), n()).map(([x, y]) => node("bool", [x, y], ([l, r]) => `(${l} ${op} ${r})`))),
      ...["===", "!=="].map((op) =>
        fc.tuple(n(), n()).map(([x, y]) => node("bool", [widen(x), widen(y)], ([l, r]) => `(${l} ${op} ${r})`)),
      ),
      ...["<", ">", "===", "!=="].map((op) =>
        fc.tuple(s(), s()).map(([x, y]) => node("bool", [widen(x), widen(y)], ([l, r]) => `(${l} ${op} ${r})`)),
      ),
      fc.tuple(b(), b()).map(([x, y]) => node("bool", [x, y], ([l, r]) => `(${l} === ${r})`)),
      fc.tuple(b(), b()).map(([x, y]) => node("bool", [x, y], ([l, r]) => `(${l} && ${r})`)),
      fc.tuple(b(), b()).map(([x, y]) => node("bool", [x, y], ([l, r]) => `(${l} || ${r})`)),
      n().map((x) => node("bool", [widen(x)], ([a]) => `(!${a})`)),
      s().map((x) => node("bool", [widen(x)], ([a]) => `(!${a})`)),
      b().map((x) => node("bool", [x], ([a]) => `(!${a})`)),
    ),
  };
});

const numValue = fc.constantFrom(0, 1, -1, 2, 7, -13, 255, 100000, 2147483647, -2147483648, 4294967295, 0.5, -2.25, 0.1, 1e-3, 3.75, 1e10);
const strValue = fc.constantFrom("", "a", "abc", "12", " 3 ", "-0", "x y", "é", "0x1f", "1e3");

interface Program {
  nums: number[];
  strs: string[];
  bools: boolean[];
  exprs: Expr[];
}

const program: fc.Arbitrary<Program> = fc
  .record({
    nums: fc.array(numValue, { minLength: NUMS.length, maxLength: NUMS.length }),
    strs: fc.array(strValue, { minLength: STRS.length, maxLength: STRS.length }),
    bools: fc.array(fc.boolean(), { minLength: BOOLS.length, maxLength: BOOLS.length }),
    exprs: fc.array(fc.oneof(num, str, bool), { minLength: 30, maxLength: 30 }),
  })
  .map((p) => ({ ...p, exprs: p.exprs.map((e) => repair(p, e)) }));

/** Evaluate a source text with the program's variables, in JavaScript. */
function evaluate(p: Pick<Program, "nums" | "strs" | "bools">, src: string): unknown {
  const names = [...NUMS, ...STRS, ...BOOLS];
  return new Function(...names, `return ${src};`)(...p.nums, ...p.strs, ...p.bools);
}

/** Replace every number subexpression whose value is not a moderate finite number by a variable. */
function repair(p: Program, e: Expr): Expr {
  const fixed: Expr = { ...e, kids: e.kids.map((k) => repair(p, k)) };
  if (fixed.ty !== "num") return fixed;
  const v = evaluate(p, source(fixed, false)) as number;
  return Number.isFinite(v) && Math.abs(v) <= 2 ** 40 ? fixed : leaf("num", NUMS[0]);
}

function render(p: Program): { text: string; lines: string[] } {
  const lines = p.exprs.map((e) => {
    const s = source(e);
    // String() rather than the number itself: console.log shows -0 as "-0", which Python ints cannot hold
    return e.ty === "num" ? `String(${s})` : s;
  });
  const decls = [
    ...NUMS.map((n, i) => `let ${n}: number = ${p.nums[i] < 0 ? `-${-p.nums[i]}` : p.nums[i]};`),
    ...STRS.map((s, i) => `let ${s}: string = ${JSON.stringify(p.strs[i])};`),
    ...BOOLS.map((b, i) => `let ${b} = ${p.bools[i]} as boolean;`),
  ];
  const helpers = ["const N = (x: number): number => x;", "const S = (x: string): string => x;"];
  const text = [...helpers, ...decls, ...lines.map((l, i) => `console.log("${i}:", ${l});`)].join("\n");
  return { text, lines };
}

test("random expressions print the same in Node and MicroPython", async () => {
  await fc.assert(
    fc.asyncProperty(program, async (p) => {
      const { text, lines } = render(p);
      const compiled = compileSnippets({ program: text });
      const file = path.join(compiled.dir, "case_0.ts");
      expect(compiled.tsErrors.get(file) ?? [], text).toEqual([]);
      const out = compiled.outputs.get(file)!;
      expect(
        out.diagnostics.map((d) => d.message),
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
        const i = bad >= 0 ? bad : got.length - 1;
        const pyLine = out.python!.split("\n").find((l) => l.startsWith(`print("${i}:"`)) ?? "";
        throw new Error(
          `expression ${i} differs\n  ts:     ${lines[i]}\n  python: ${pyLine}\n  node:   ${expected[i]}\n  mp:     ${got[i]}\n${mp.error ?? ""}\nvariables: ${JSON.stringify([p.nums, p.strs, p.bools])}`,
        );
      }
    }),
    // MPTS_PROPERTY_SEED / MPTS_PROPERTY_RUNS explore further; the default is fixed for reproducibility
    { seed: Number(process.env.MPTS_PROPERTY_SEED ?? 4242), numRuns: Number(process.env.MPTS_PROPERTY_RUNS ?? 10), endOnFailure: true },
  );
}, 120_000);
