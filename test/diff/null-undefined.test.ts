// null and undefined are both None in mpts; the static type tells them apart where
// it can (docs/semantics/operators.md, "null and undefined"). Each snippet runs in
// Node and in MicroPython and must print the same.
import { diffSuite } from "../helpers/diff.js";

diffSuite("null-undefined", {
  "JSON leaves out properties that can only be undefined, keeps those that may be null": `
let never;
const parsed: any = JSON.parse('{"a": null, "b": [1, null]}');
interface Reading { id: number; note?: string; alarm: string | null; raw: any }
const r: Reading = { id: 1, alarm: null, raw: parsed };
const out = { never, kept: null as string | null, r, list: [r, { id: 2, note: "hot", alarm: "x", raw: null }] };
console.log(JSON.stringify(out));
console.log(JSON.stringify({ n: undefined as number | undefined, m: 3 as number | undefined }, null, 2));`,

  "properties of any, unknown and type parameters keep null": `
function wrap<T>(value: T, tag?: string) {
  return { value, tag };
}
const u: unknown = null;
console.log(JSON.stringify(wrap(null)), JSON.stringify(wrap<string | undefined>(undefined, "t")));
console.log(JSON.stringify({ u, both: null as number | null | undefined, gone: undefined as undefined }));`,

  "nested objects that may be null or undefined": `
type Inner = { a?: number; b: number | null };
const rows: { inner: Inner | null; opt?: Inner }[] = [
  { inner: { b: null } },
  { inner: null, opt: { a: 1, b: 2 } },
  { inner: { a: undefined, b: 5 }, opt: undefined },
];
console.log(JSON.stringify(rows));
console.log(JSON.stringify([{ x: undefined as undefined, y: null }]));`,

  "=== undefined and === null on variables whose type admits only one of them": `
const a = null;
let b: string | null = null;
let c: number | undefined;
let d: number | null | undefined = null;
function f(x = null) { return x; }
class Box { v: string | null = null; w?: number; }
const box = new Box();
console.log(a === undefined, a === null, a !== undefined, b === undefined, b === null);
console.log(c === null, c === undefined, c !== null, d === undefined, d === null, d == undefined);
const fx = f();
console.log(fx === undefined, fx === null, box.v === undefined, box.v === null, box.w === null, box.w === undefined);`,
});
