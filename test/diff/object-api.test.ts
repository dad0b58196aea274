import { diffSuite } from "../helpers/diff.js";

// Object.assign, Object.defineProperty, object spread of loose values, delete
diffSuite("object-api", {
  "Object.assign skips false, null, undefined and numbers": `
console.log(JSON.stringify(Object.assign({ a: 1 }, false, { b: 2 }, null, undefined, 3)));`,
  "Object.assign with a maybe-undefined source": `
function merge(base: { x: number }, extra?: { y: number }) { return Object.assign({}, base, extra); }
console.log(JSON.stringify(merge({ x: 1 })), JSON.stringify(merge({ x: 1 }, { y: 2 })));`,
  "Object.assign with a conditional source": `
function opts(debug: boolean) { return Object.assign({ level: 1 }, debug && { verbose: true }); }
console.log(JSON.stringify(opts(false)), JSON.stringify(opts(true)));`,
  "Object.assign with an any source": `
const extra: any = JSON.parse('{"k": 5}');
const none: any = null;
console.log(JSON.stringify(Object.assign({ a: 0 }, extra, none)));`,
  "Object.assign onto a class instance sets its fields, from the literal's values computed first": `
class Limits {
  high = 5;
  low = 1;
  get span(): number {
    return this.high - this.low;
  }
}
const l = new Limits();
const r = Object.assign(l, { high: l.high + 1, low: l.high }, { low: 2 });
console.log(r.high, r.low, r.span, r === l);`,
  "Object.assign returns its target": `
const t = { a: 1 };
const r = Object.assign(t, { b: 2 });
console.log(r === t, JSON.stringify(t));`,
  "Object.assign later sources win": `
console.log(JSON.stringify(Object.assign({}, { a: 1, b: 1 }, { b: 2 }, { c: 3, a: 9 })));`,
  "spread of a short-circuited false": `
const on: boolean = false;
console.log(JSON.stringify({ ...((on && { a: 1 }) as any), z: 0 }));`,
  "spread of a short-circuited object": `
const on: boolean = true;
console.log(JSON.stringify({ ...((on && { a: 1 }) as any), z: 0 }));`,
  "spread of null and undefined": `
console.log(JSON.stringify({ ...(null as any), ...(undefined as any), k: 1 }));`,
  "spread of an optional object": `
function withDefaults(o?: { color: string }) { return { color: "red", size: 1, ...o }; }
console.log(JSON.stringify(withDefaults()), JSON.stringify(withDefaults({ color: "blue" })));`,
  "spread of an array into an object": `
const o = { ...["a", "b", "c"] };
console.log(JSON.stringify(o), o[1]);`,
  "spread of an array then more properties": `
console.log(JSON.stringify({ ...[10, 20], 1: 99, extra: true }));`,
  "spread of a ternary with an empty object": `
const flag: boolean = true;
const other: boolean = false;
console.log(JSON.stringify({ a: 1, ...(flag ? { b: 2 } : {}), ...(other ? { c: 3 } : {}) }));`,
  "spread of an object named like a Python builtin": `
const object = { x: 0, y: 1 };
const list = [1, 2];
const result = { ...object, z: 2 };
console.log(JSON.stringify({ object, result, list }));`,
  "shorthand properties of variables Python renames": `
function make() {
  const str = "s";
  const len = 3;
  const type = "t";
  return { str, len, type };
}
console.log(JSON.stringify(make()));`,
  "Object.defineProperty adds a value": `
const o: any = {};
Object.defineProperty(o, "answer", { value: 42 });
console.log(o.answer);`,
  "Object.defineProperty overwrites a value": `
const o = { flag: false };
Object.defineProperty(o, "flag", { value: true });
console.log(o.flag);`,
  "Object.defineProperty returns the object": `
const o: Record<string, number> = {};
const r = Object.defineProperty(o, "n", { value: 7, writable: true });
console.log(r === o, o.n);`,
  "Object.defineProperty with only attributes keeps the value": `
const o = { v: 3 };
Object.defineProperty(o, "v", { configurable: true });
console.log(o.v);`,
  "Object.defineProperty with a computed key": `
const o: Record<string, string> = {};
const key = "k" + 1;
Object.defineProperty(o, key, { value: "one" });
console.log(o.k1);`,
  "Object.defineProperty with both value and get throws": `
const o: any = {};
let err = false;
try {
  Object.defineProperty(o, "bad", { value: 1, get: () => 2 });
} catch (e) {
  err = e instanceof TypeError;
}
console.log(err, o.bad === undefined);`,
  "Object.defineProperty on a class instance": `
class Box { size = 1; }
const b = new Box();
Object.defineProperty(b, "size", { value: 5 });
console.log(b.size);`,
  "delete of an array element leaves a hole": `
const xs = [1, 2, 3, 4];
const ok = delete xs[1];
console.log(ok, xs.length, xs[1] === undefined, JSON.stringify(xs));`,
  "delete of the last array element keeps the length": `
const xs = ["a", "b"];
delete xs[xs.length - 1];
console.log(xs.length, xs[1] === undefined, JSON.stringify(xs));`,
  "delete through an optional chain on undefined": `
const t = undefined as { bar?: number } | undefined;
console.log(delete t?.bar, t === undefined);`,
  "delete through an optional chain on an object": `
const t: { bar?: number; baz?: number } | undefined = { bar: 1, baz: 2 };
console.log(delete t?.bar, JSON.stringify(t));`,
  "delete through an optional element access": `
const maybe: Record<string, number> | null = Math.random() < 2 ? { a: 1, b: 2 } : null;
const key = "a";
console.log(delete maybe?.[key], JSON.stringify(maybe));`,
  "delete of an object property": `
const o: { a?: number; b: number } = { a: 1, b: 2 };
console.log(delete o.a, JSON.stringify(o), "a" in o);`,
});
