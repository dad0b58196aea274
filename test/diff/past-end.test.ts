// Reads past the end and missing keys where the program looks for undefined
// (compared with undefined/null, `??`, `?.`, truthiness, `.at()`, destructuring
// defaults): the same output as Node. Plain reads stay plain indexing.
import { beforeAll, describe, expect, test } from "vitest";
import { diffSuite, compileSnippets, checkCase, type CompiledSnippets } from "../helpers/diff.js";

diffSuite("past the end: arrays", {
  "counted from the end: xs[xs.length - k] is xs[-k]": `
const xs = ["a", "b", "c"];
const none: string[] = [];
const word = "hey";
const nums = [1, 2, 3];
nums[nums.length - 1] = 9;
nums[nums.length - 3] += 5;
console.log(xs[xs.length - 1], xs[(xs.length - 3)], word[word.length - 1], nums.join());
console.log(none[none.length - 1] === undefined, xs[xs.length - 4] ?? "none", xs[xs.length - 3] ?? "none", xs.at(-1));`,
  "compared with undefined past the end": `
const xs = [1, 2, 3];
console.log(xs[5] === undefined, xs[2] === undefined, xs[3] !== undefined, xs[0] !== undefined);`,
  "loose comparison with null": `
const xs = [10, 20];
console.log(xs[2] == null, xs[1] == null, xs[7] != null, null == xs[9]);`,
  "nullish default past the end": `
const xs = [1, 2, 3];
console.log(xs[5] ?? 0, xs[1] ?? 0, xs[3] ?? -1);`,
  "nullish default of another type": `
const xs = [1, 2, 3];
console.log(xs[5] ?? "none", xs[0] ?? "none");
const label = "item " + (xs[9] ?? "none");
console.log(label, \`[\${xs[8] ?? "-"}]\`);`,
  "truthiness in if past the end": `
const xs = [4, 0, 6];
for (let i = 0; i < 5; i++) {
  if (xs[i]) console.log(i, "truthy");
  else console.log(i, "falsy");
}`,
  "negation and ternary past the end": `
const names = ["ann", "", "bo"];
for (let i = 0; i < 4; i++) console.log(i, !names[i], names[i] ? "set" : "unset");`,
  "&& and || operands past the end": `
const xs = [3, 4];
const i = 5;
console.log(xs[i] || 7, xs[0] || 7, xs[i] && 1, xs[1] && 1);
const ok = true;
console.log(ok && xs[i] === undefined);`,
  "optional member of an element past the end": `
const people = [{ name: "ann" }, { name: "bo" }];
for (let i = 0; i < 3; i++) console.log(people[i]?.name ?? "nobody");
console.log(people[9]?.name === undefined);`,
  "optional call of an element past the end": `
const fns = [() => 1, () => 2];
console.log(fns[1]?.(), fns[2]?.() ?? "no function");`,
  "a literal negative index is undefined": `
const xs = [1, 2, 3];
console.log(xs[-1] === undefined, xs[-1] ?? "none");
console.log(xs[-1]);`,
  "a computed negative index is undefined": `
const xs = [1, 2, 3];
let i = 0;
console.log(xs[i - 1] ?? "none", xs[i - 1] === undefined);
const k = -2;
console.log(xs[k] === undefined, xs[k + 3] ?? "none");`,
  "negative index counted in a loop": `
const xs = [5, 6, 7];
const out: string[] = [];
for (let i = 2; i >= -2; i--) out.push(String(xs[i] ?? "x"));
console.log(out.join(","));`,
  "empty array": `
const empty: number[] = [];
console.log(empty[0] === undefined, empty[0] ?? "none", !empty[0]);`,
  "array of nullable elements": `
const xs: (number | null)[] = [null, 2];
console.log(xs[0] ?? "null here", xs[1] ?? "x", xs[4] ?? "past the end", xs[0] === null, xs[5] === undefined);`,
  "element of a call result": `
let calls = 0;
function make(): number[] {
  calls++;
  return [7, 8];
}
console.log(make()[1] ?? 0, make()[3] ?? 0, calls);`,
  "index with a side effect, evaluated once": `
const xs = [1, 2, 3];
let i = 1;
const a = xs[i++] ?? 0;
const b = xs[i++ + 5] ?? 0;
console.log(a, b, i);`,
  "object and key both computed, object first": `
const log: string[] = [];
function arr(): number[] { log.push("arr"); return [1, 2]; }
function idx(n: number): number { log.push("idx"); return n; }
console.log(arr()[idx(1)] ?? 0, arr()[idx(4)] ?? 0, log.join(","));`,
  "undefined check before use": `
const xs = [3, 1, 4];
function at(i: number): string {
  return xs[i] !== undefined ? "value " + xs[i] : "missing";
}
console.log(at(0), at(2), at(3), at(-1));`,
  "typeof an element past the end": `
const xs = [1];
console.log(typeof xs[0], typeof xs[3]);`,
  "compared with a possibly undefined value": `
const xs = [1, 2];
function same(v: number | undefined): boolean { return xs[5] === v; }
console.log(same(undefined), same(1));`,
  "parenthesised and asserted reads": `
const xs = [1, 2];
console.log((xs[3]) ?? "p", (xs[4] as number | undefined) ?? "a");`,
  "running difference with the previous element": `
const xs = [3, 5, 9];
const out: number[] = [];
for (let i = 0; i < xs.length; i++) out.push(xs[i] - (xs[i - 1] ?? xs[i]));
console.log(out.join(","));`,
});

diffSuite("past the end: loops", {
  "while an element exists": `
const xs = [5, 6, 7];
let i = 0;
let sum = 0;
while (xs[i] !== undefined) sum += xs[i++];
console.log(sum, i);`,
  "while truthy": `
const words = ["a", "b", "c"];
let i = 0;
const seen: string[] = [];
while (words[i]) seen.push(words[i++]);
console.log(seen.join("+"), i);`,
  "for loop with an element as the condition": `
const xs = [{ v: 1 }, { v: 2 }];
let total = 0;
for (let i = 0; xs[i]; i++) total += xs[i].v;
console.log(total);`,
  "do-while on the next element": `
const xs = [1, 2, 3];
let i = 0;
do { i++; } while (xs[i] != null);
console.log(i);`,
  "neighbours with defaults": `
const xs = [1, 5, 2];
const out: number[] = [];
for (let i = 0; i < xs.length; i++) out.push((xs[i - 1] ?? 0) + xs[i] + (xs[i + 1] ?? 0));
console.log(out.join(" "));`,
  "plain reads in range": `
const xs = [2, 4, 6];
let total = 0;
for (let i = 0; i < xs.length; i++) total += xs[i];
for (const i of [0, 1]) total += xs[i] * 10;
console.log(total);`,
});

diffSuite("past the end: strings and tuples", {
  "string compared with undefined": `
const s = "abc";
console.log(s[10] === undefined, s[1] === undefined, s[3] == null);`,
  "string character with a default": `
const s = "hey";
let out = "";
for (let i = 0; i < 5; i++) out += s[i] ?? "_";
console.log(out);`,
  "string truthiness past the end": `
const s = "ab";
let i = 0;
while (s[i]) i++;
console.log(i, !s[5], s[0] ? "first" : "none");`,
  "string negative index": `
const s = "abc";
console.log(s[-1] === undefined, s[-1] ?? "none");`,
  "tuple with an optional element": `
const t: [number, string?] = [1];
console.log(t[1] ?? "default", t[1] === undefined, t[0] === undefined);
const u: [number, string?] = [1, "x"];
console.log(u[1] ?? "default");`,
  "tuple in range stays a plain read": `
const pair: [string, number] = ["a", 1];
console.log(pair[0] ?? "z", pair[1] === undefined);`,
  "array of tuples past the end": `
const pairs: [string, number][] = [["a", 1]];
console.log(pairs[0]?.[1], pairs[1]?.[1] ?? "none");`,
});

diffSuite("past the end: at()", {
  "at from the end and past the start": `
const xs = [1, 2, 3];
console.log(xs.at(-1), xs.at(-3), xs.at(-4) === undefined, xs.at(0), xs.at(3) ?? "none");`,
  "at on an empty array": `
const arr: string[] = [];
console.log(arr.at(-1) ?? "none", arr.at(0) === undefined);`,
  "at with a variable index": `
const xs = [10, 20, 30];
const out: string[] = [];
for (let i = -4; i < 4; i++) out.push(String(xs.at(i) ?? "u"));
console.log(out.join(","));`,
  "at result kept in a variable": `
const xs: number[] = [];
const last = xs.at(-1);
if (last === undefined) console.log("empty");
xs.push(4);
const again = xs.at(-1);
console.log(again === undefined ? "empty" : again * 2);`,
  "string at": `
const s = "hello";
console.log(s.at(-1), s.at(0), s.at(9) ?? "none", s.at(-6) === undefined);
const e = "";
console.log(e.at(-1) ?? "empty");`,
  "at of a call result": `
function parts(): string[] { return "a,b".split(","); }
console.log(parts().at(-1), parts().at(5) ?? "none");`,
  "at asserted present": `
const xs = [3, 4];
console.log(xs.at(-1)! + 1);`,
});

diffSuite("past the end: records and nesting", {
  "record missing key with a default": `
const m: Record<string, number> = { a: 1 };
console.log(m["b"] ?? 0, m["a"] ?? 0, m.c ?? 5);`,
  "record missing key compared and tested": `
const m: Record<string, string> = { a: "x" };
console.log(m["b"] === undefined, m["a"] === undefined, !m["b"], m["a"] ? "has a" : "no a");`,
  "index signature object": `
interface Bag { [key: string]: number }
const bag: Bag = { one: 1 };
for (const k of ["one", "two"]) console.log(k, bag[k] ?? "missing", bag[k] !== undefined);`,
  "record of arrays": `
const groups: Record<string, number[]> = { a: [1, 2] };
console.log(groups["a"]?.[1], groups["b"]?.[0] ?? "no group", groups["a"]?.[5] ?? "no item");`,
  "counting with a record default": `
const counts: Record<string, number> = {};
for (const w of ["x", "y", "x"]) counts[w] = (counts[w] ?? 0) + 1;
console.log(counts["x"], counts["y"], counts["z"] ?? 0);`,
  "nested arrays with optional access": `
const grid = [[1, 2], [3]];
console.log(grid[1]?.[1] ?? "none", grid[0]?.[1], grid[5]?.[0] ?? "no row");`,
  "nested arrays compared": `
const grid = [[1, 2], [3]];
let cells = 0;
for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) if (grid[r]?.[c] !== undefined) cells++;
console.log(cells);`,
  "neighbours in a grid": `
const grid = ["#.", ".#"];
function wall(r: number, c: number): boolean { return (grid[r]?.[c] ?? "#") === "#"; }
console.log(wall(0, 0), wall(0, 1), wall(-1, 0), wall(1, 2), wall(2, 0));`,
  "element of an object's array member": `
const o = { items: [5] };
console.log(o.items[0] ?? 0, o.items[1] ?? 0, o.items[2] === undefined);`,
  "class instances in an array": `
class P { constructor(public x: number) {} }
const ps = [new P(1)];
console.log(ps[0]?.x, ps[1]?.x ?? "none", ps[1] === undefined, ps[0] ? "p0" : "none");`,
  "optional member printed through a template": `
const people = [{ name: "ann" }];
console.log(\`name: \${people[3]?.name}\`, String(people[0]?.name));`,
});

diffSuite("past the end: destructuring defaults", {
  "array pattern defaults": `
const [a, b = 2] = [1];
const [c = 5, d = 6] = [] as number[];
console.log(a, b, c, d);`,
  "array pattern from a split": `
const [key, value = "none"] = "name".split("=");
const [k2, v2 = "none"] = "a=b".split("=");
console.log(key, value, k2, v2);`,
  "array pattern from a string": `
const [first, second = "?"] = "x";
console.log(first, second);`,
  "object pattern default on a dict": `
const { x = 5 } = {} as { x?: number };
const { y = 6, z = 7 } = { y: 1 } as { y?: number; z?: number };
console.log(x, y, z);`,
  "object pattern default on a record": `
const opts: Record<string, string> = { mode: "fast" };
const { mode = "slow", level = "low" } = opts;
console.log(mode, level);`,
  "parameter array pattern defaults": `
function f([a, b = 10]: number[]): number { return a + b; }
console.log(f([1]), f([1, 2]));`,
  "parameter object pattern defaults": `
function g({ p = 3, q }: { p?: number; q: number }): number { return p * q; }
console.log(g({ q: 2 }), g({ p: 1, q: 2 }));`,
  "whole parameter defaulted": `
function h({ a = 1, b = 2 }: { a?: number; b?: number } = {}): string { return a + "/" + b; }
function k([x = "x", y = "y"]: string[] = []): string { return x + y; }
console.log(h(), h({ b: 5 }), k(), k(["1"]));`,
  "nested patterns with defaults": `
const [[a, b = 2] = [], c = 3] = [[1]];
const { inner: { v = 9 } = {} } = {} as { inner?: { v?: number } };
const { list: [n = 4] = [] } = { list: [] as number[] };
console.log(a, b, c, v, n);`,
  "assignment pattern defaults": `
let a = 0;
let b = 0;
const src = [7];
[a, b = 8] = src;
let x = 0;
({ x = 3 } = {} as { x?: number });
console.log(a, b, x);`,
  "for-of with pattern defaults": `
const rows: number[][] = [[1], [2, 3], []];
const out: string[] = [];
for (const [a = 0, b = -1] of rows) out.push(a + ":" + b);
console.log(out.join(" "));`,
  "arrow parameter pattern defaults": `
const pts = [{ x: 1 }, { x: 2, y: 5 }] as { x: number; y?: number }[];
console.log(pts.map(({ x, y = 0 }) => x + y).join(","));`,
  "default from an earlier element": `
const [a, b = a * 2] = [3];
console.log(a, b);`,
  "an undefined default marks an element that may be missing": `
const [k, v = undefined] = "key".split("=");
const [k2, v2 = undefined] = "a=b".split("=");
console.log(k, v, v === undefined, k2, v2 ?? "none");`,
  "default evaluated only when missing": `
let n = 0;
function next(): number { return ++n; }
const [a = next(), b = next()] = [5];
console.log(a, b, n);`,
});

describe("past the end: plain reads stay plain", () => {
  const cases: Record<string, string> = {
    loop: `const xs = [1, 2, 3];\nlet total = 0;\nfor (let i = 0; i < xs.length; i++) total += xs[i] * i;\nconsole.log(total);`,
    checked: `const xs = [1, 2, 3];\nconst i = 4;\nconsole.log(xs[i] === undefined);`,
    asserted: `const xs = [1, 2];\nconsole.log(xs.at(-1)! * 2);`,
  };
  let compiled: CompiledSnippets;
  beforeAll(() => {
    compiled = compileSnippets(cases);
  });
  const names = Object.keys(cases);
  const run = (name: string) => checkCase(compiled, names.indexOf(name), cases[name]);
  test("an index loop reads xs[i] without a bounds check", async () => {
    const python = await run("loop");
    expect(python).toContain("total += xs[i] * i\n");
    expect(python).not.toContain("len(xs) else");
    expect(python).not.toContain("< len(xs)");
  });
  test("a read compared with undefined is bounds-checked", async () => {
    expect(await run("checked")).toContain("(xs[i] if i < len(xs) else None) is None");
  });
  test("at() asserted with ! is a plain index", async () => {
    expect(await run("asserted")).toContain("xs[-1] * 2");
  });
});

// With noUncheckedIndexedAccess every index read is typed `T | undefined`, so a
// value kept in a variable may be checked later: unasserted reads are bounds-safe.
describe("past the end: noUncheckedIndexedAccess", () => {
  const cases: Record<string, string> = {
    "a read kept in a variable": `const xs = [1, 2];\nconst v = xs[4];\nif (v === undefined) console.log("missing");\nconst w = xs[1];\nconsole.log(w === undefined ? "missing" : w + 1);`,
    "a string character kept in a variable": `const s = "ab";\nconst c = s[2];\nconsole.log(c ?? "end", typeof c);`,
    "an asserted read stays plain": `const xs = [1, 2, 3];\nlet total = 0;\nfor (let i = 0; i < xs.length; i++) total += xs[i]! * i;\nconsole.log(total);`,
  };
  let compiled: CompiledSnippets;
  beforeAll(() => {
    compiled = compileSnippets(cases, { noUncheckedIndexedAccess: true });
  });
  const names = Object.keys(cases);
  for (const name of names) test(name, async () => void (await checkCase(compiled, names.indexOf(name), cases[name])));
  test("the asserted loop read has no bounds check", async () => {
    const python = await checkCase(compiled, 2, cases["an asserted read stays plain"]);
    expect(python).toContain("total += xs[i] * i\n");
  });
});
