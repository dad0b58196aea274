// JSON.stringify of a fresh object (an object literal, or the result of a function whose
// every return is a literal with the same keys) is written as one format string typed per
// value (compiler/builtins/json-text.ts); these cases hold the values where a cheaper form
// would be wrong: floats, -0, NaN and the infinities, escapes, `%` in the text, null next
// to undefined, nested values, evaluation order, keys JavaScript reorders.
import { diffSuite } from "../helpers/diff.js";

diffSuite("JSON.stringify of fresh objects", {
  "numbers: integers, floats, -0, NaN, infinities, exponents": `
const half = (n: number) => n / 2;
for (const x of [0, 1, -5, 7 / 2, half(4), -0, 0.1 + 0.2, 1e21, 1e-7, 123456789012, NaN, Infinity, -Infinity, 2 ** 52 + 2, 5e-324]) {
  console.log(JSON.stringify({ x, neg: -x, i: 3, sum: x + 1 }));
}`,
  "strings: quotes, backslashes, control characters, \\\\b and \\\\f, unicode, percent signs": `
const texts = ["plain", 'say "hi"', "back\\\\slash", "a\\bb\\fc\\nd\\re\\tf", "\\u0001\\u001f\\u007f", "\\\\u0008 literal", "\\b\\\\u0008\\f", "été 日本 \\u2028 ", "100% %s %d %%", ""];
for (const t of texts) console.log(0, JSON.stringify({ t, "%key%": t.length, "q\\"k": true }));
console.log(1, JSON.stringify({ a: "%s", b: "%%" }), JSON.stringify({ c: 5 }), JSON.stringify({}));`,
  "booleans, null, nullable values and enums": `
enum Mode { Off, On = 5 }
enum Name { A = "a%", B = "b\\"" }
function maybe(i: number): string | null { return i % 2 ? "odd" : null; }
function num(i: number): number | null { return i % 3 ? i / 3 : null; }
for (let i = 0; i < 4; i++) console.log(JSON.stringify({ ok: i > 1, m: i ? Mode.On : Mode.Off, n: Name.B, s: maybe(i), v: num(i), z: null }));`,
  "nested literals, arrays and class instances inside": `
class Pt { constructor(public x: number, public y: number) {} }
const list = [1, 2.5, -0];
const deep = { k: [{ b: 1, a: "x" }], m: { z: 1, y: 2 } };
console.log(JSON.stringify({ id: "d", pos: { x: 1, y: { z: [1, "2", null], w: 0.5 } }, list, p: new Pt(1, 2), deep, e: {} }));
`,
  "undefined values are dropped; null ones are written": `
function opt(i: number): number | undefined { return i > 0 ? i : undefined; }
const u: string | undefined = undefined;
console.log(JSON.stringify({ a: 1, b: undefined, c: 2 }), JSON.stringify({ u }), JSON.stringify({ n: null }), JSON.stringify({ v: opt(0), w: opt(3) }));
console.log(JSON.stringify({ f: () => 1, g: 2 }), JSON.stringify({ nested: { x: undefined, y: [undefined, () => 1] } }));`,
  "factories: functions and arrows returning literals, several returns, reading a fresh copy": `
interface Reading { sensor: string; temp: number; ok: boolean; ts: number; note: string }
function make(n: number): Reading {
  if (n > 2) return { sensor: "bme%d", temp: 18 + n / 4, ok: false, ts: 1700000000 + n, note: "hot" };
  return { sensor: "bme%d", temp: 18 + n / 4, ok: n % 2 === 0, ts: 1700000000 + n * 5, note: n ? "x" : "cold\\n" };
}
const arrow = (n: number) => ({ n, sq: n * n, half: n / 2, tag: \`t\${n}\` });
let bytes = 0;
for (let n = 0; n < 5; n++) {
  const s = JSON.stringify(make(n));
  bytes += s.length;
  console.log(n, s, JSON.stringify(arrow(n)));
}
console.log(bytes);`,
  "factories that do not give one key order use the general writer": `
function pick(n: number) {
  if (n) return { a: 1, b: 2 };
  return { b: 3, a: 4 };
}
function grow(n: number) {
  const o: Record<string, number> = { first: n };
  o.second = n + 1;
  return o;
}
function spread(n: number) { return { ...{ z: n }, y: 1 }; }
console.log(JSON.stringify(pick(0)), JSON.stringify(pick(1)), JSON.stringify(grow(2)), JSON.stringify(spread(3)));`,
  "odd key names": `
console.log(JSON.stringify({ "x y": 1, "": 2, "é": 3, "__proto__x": 4, class: 5, None: 6 }));`,
  "values are evaluated in order, once, around a nullable one": `
const seen: string[] = [];
function f(tag: string): string { seen.push(tag); return tag; }
function g(tag: string): string | null { seen.push(tag); return tag === "b" ? null : tag; }
let x = 1;
function bump(): number { x += 10; return x; }
console.log(JSON.stringify({ a: f("a"), b: g("b"), c: f("c"), d: g("d"), n: null }), seen.join(","));
console.log(JSON.stringify({ before: x, b: g("e"), after: bump(), again: x }));`,
  "a const object read only by JSON.stringify, and ones used elsewhere too": `
let served = 0;
function status(): string {
  const s = { requests: ++served, up: served / 3, name: "node" };
  return JSON.stringify(s);
}
function changed(): string {
  const s = { a: 1, b: 2 };
  delete (s as { a?: number }).a;
  return JSON.stringify(s);
}
function aliased(): string {
  const s: Record<string, number> = { a: 1 };
  const t = s;
  t.z = 5;
  return JSON.stringify(s);
}
function shorthand(): string {
  const s = { a: 1 };
  const wrap = { s };
  wrap.s.a = 7;
  return JSON.stringify(s) + JSON.stringify(wrap);
}
console.log(status(), status(), changed(), aliased(), shorthand());`,
  "the text of a fresh object in a program that also observes key order": `
const parsed = JSON.parse('{"z": 1, "a": 2}');
console.log(Object.keys(parsed).join(","), JSON.stringify({ parsed, k: "v" }), JSON.stringify({ k: 1, j: [parsed] }));`,
});
