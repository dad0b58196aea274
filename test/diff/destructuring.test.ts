// Destructuring in declarations, parameters, assignments and loop heads:
// Node and MicroPython must print the same.
import { diffSuite } from "../helpers/diff.js";

diffSuite("destructuring", {
  "array patterns in declarations": `
const [a, b, c] = [1, 2, 3];
const arr = [10, 20, 30, 40];
const [first, second] = arr;
const [, , third] = arr;
console.log(a, b, c, first, second, third);`,

  "array pattern with rest and holes": `
const xs = [1, 2, 3, 4, 5];
const [head, , ...tail] = xs;
const [...all] = xs;
all.push(6);
console.log(head, tail.join(","), all.length, xs.length);
const [only, ...none] = [7];
console.log(only, none.length);`,

  "array pattern defaults": `
const [p = 1, q = 2, r = 3] = [10, undefined];
console.log(p, q, r);
let calls = 0;
const mk = () => { calls++; return 99; };
const [s = mk(), t = mk()] = [5];
console.log(s, t, calls);`,

  "object patterns in declarations": `
const point = { x: 1, y: 2, z: 3 };
const { x, y } = point;
const { z: depth } = point;
console.log(x, y, depth);
const cfg: { host: string; port?: number; tags?: string[] } = { host: "h" };
const { host, port = 80, tags = [] } = cfg;
console.log(host, port, tags.length);`,

  "object rest properties keep order": `
const o = { a: 1, b: 2, c: 3, d: 4 };
const { b, ...others } = o;
console.log(b, JSON.stringify(others), Object.keys(others).join(""));
others.a = 100;
console.log(o.a);`,

  "nested patterns": `
const data = { name: "n", pos: { x: 3, y: 4 }, items: [[1, 2], [3, 4]] };
const { name, pos: { x, y }, items: [[a, b], [, d]] } = data;
console.log(name, x, y, a, b, d);
const pairs: [string, { v: number }][] = [["k", { v: 7 }]];
const [[key, { v }]] = pairs;
console.log(key, v);`,

  "parameters with patterns": `
function dist({ x, y }: { x: number; y: number }): number { return x * x + y * y; }
function firstTwo([a, b]: number[]): number { return a + b; }
const fmt = ({ name, age }: { name: string; age: number }) => name + ":" + age;
console.log(dist({ x: 3, y: 4 }), firstTwo([5, 6, 7]), fmt({ name: "al", age: 3 }));`,

  "parameter patterns with defaults inside and outside": `
function conn({ host = "localhost", port = 80 }: { host?: string; port?: number } = {}): string {
  return host + ":" + port;
}
console.log(conn(), conn({}), conn({ port: 8080 }), conn({ host: "h", port: 1 }));
function range([lo = 0, hi = 10]: number[] = []): string { return lo + ".." + hi; }
console.log(range(), range([5]), range([1, 2]));`,

  "nested parameter patterns": `
type Msg = { head: { id: number; kind: string }; body: number[] };
function show({ head: { id, kind }, body: [first, ...more] }: Msg): string {
  return id + kind + first + "+" + more.length;
}
console.log(show({ head: { id: 1, kind: "k" }, body: [9, 8, 7] }));`,

  "swap with array destructuring assignment": `
let a = 1, b = 2;
[a, b] = [b, a];
console.log(a, b);
const arr = [1, 2, 3];
[arr[0], arr[2]] = [arr[2], arr[0]];
console.log(arr.join(","));
let x = 1, y = 2, z = 3;
[x, y, z] = [z, x, y];
console.log(x, y, z);`,

  "object destructuring assignment": `
let x = 0, y = 0;
const p = { x: 5, y: 6 };
({ x, y } = p);
console.log(x, y);
let w: number, h: number;
({ width: w, height: h } = { width: 10, height: 20 });
console.log(w, h);
const target = { n: 0 };
({ n: target.n } = { n: 42 });
console.log(target.n);`,

  "destructuring assignment with defaults and rest": `
let a: number, b: number, rest: number[];
[a, b = 5, ...rest] = [1, undefined, 3, 4];
console.log(a, b, rest.join(","));
let q: number, r: { [k: string]: number };
({ q = 9, ...r } = { s: 1, t: 2 } as { q?: number; s: number; t: number });
console.log(q, JSON.stringify(r));`,

  "destructuring assignment as an expression": `
let a = 0, b = 0;
const result = ([a, b] = [3, 4]);
console.log(a, b, result.length);`,

  "destructuring a function's returned tuple": `
function minMax(xs: number[]): [number, number] {
  let lo = xs[0], hi = xs[0];
  for (const x of xs) { if (x < lo) lo = x; if (x > hi) hi = x; }
  return [lo, hi];
}
const [lo, hi] = minMax([3, 9, 1, 5]);
console.log(lo, hi);
function parse(s: string): { key: string; value: string } {
  const i = s.indexOf("=");
  return { key: s.slice(0, i), value: s.slice(i + 1) };
}
const { key, value } = parse("a=b");
console.log(key, value);`,

  "for-of heads with patterns": `
const pts = [{ x: 1, y: 2 }, { x: 3, y: 4 }];
for (const { x, y } of pts) console.log(x + y);
const pairs: [string, number][] = [["a", 1], ["b", 2]];
for (const [k, v] of pairs) console.log(k, v);
const m = new Map<string, number[]>([["p", [1, 2]], ["q", [3]]]);
for (const [name, [first]] of m) console.log(name, first);
for (const [i, s] of ["x", "y"].entries()) console.log(i, s);`,

  "for-of heads assigning to existing variables": `
let k = "", v = 0;
const entries: [string, number][] = [["a", 1], ["b", 2]];
for ([k, v] of entries) console.log(k, v);
console.log("last", k, v);
let x = 0;
for ({ x } of [{ x: 7 }, { x: 8 }]) console.log(x);
console.log(x);`,

  "for-of pattern with per-iteration closure capture": `
const fns: (() => string)[] = [];
for (const [k, v] of [["a", 1], ["b", 2]] as [string, number][]) fns.push(() => k + v);
console.log(fns.map((f) => f()).join(","));`,

  "object pattern with computed and string keys": `
const key = "dyn";
const o = { dyn: 1, "with space": 2, 3: "three" };
const { [key]: d, "with space": ws, 3: three } = o;
console.log(d, ws, three);`,

  "array destructuring of strings and Map entries": `
const [c1, c2] = "hi";
console.log(c1, c2);
const m = new Map([["a", 1]]);
const [[k, v]] = [...m];
console.log(k, v);
const [e1] = m.entries();
console.log(e1[0], e1[1]);`,

  "destructuring class instances": `
class P { constructor(public x: number, public y: number) {} get sum() { return this.x + this.y; } }
const { x, y, sum } = new P(2, 3);
console.log(x, y, sum);
function useP({ x }: P) { return x * 10; }
console.log(useP(new P(4, 0)));`,

  "destructuring in catch clause and callbacks": `
const items = [{ n: "a", q: 2 }, { n: "b", q: 3 }];
console.log(items.map(({ n, q }) => n.repeat(q)).join(","));
console.log(items.filter(({ q }) => q > 2).length);
items.forEach(({ n }, i) => console.log(i, n));
const pairs: [number, number][] = [[1, 2], [3, 4]];
console.log(pairs.map(([a, b]) => a * b).join(","));
try { throw new Error("boom"); } catch (e) { const { message } = e as Error; console.log("caught", message); }`,

  "destructured names that are Python keywords": `
const { lambda, def, None, pass } = { lambda: 1, def: 2, None: 3, pass: 4 };
const [str, list] = ["s", [1]];
console.log(lambda + def + None + pass, str, list.length);`,

  "destructuring default referring to earlier binding": `
const { a = 1, b = a * 2 } = { } as { a?: number; b?: number };
const [x = 5, y = x + 1] = [] as number[];
console.log(a, b, x, y);
function f({ lo = 0, hi = lo + 10 }: { lo?: number; hi?: number }) { return lo + "-" + hi; }
console.log(f({}), f({ lo: 5 }), f({ hi: 1 }));`,

  "destructuring evaluates the source once": `
let n = 0;
function src() { n++; return { a: 1, b: 2, c: [3, 4] }; }
const { a, b, c: [c0, c1] } = src();
console.log(a, b, c0, c1, n);`,

  "spread copies used with destructuring": `
const base = [1, 2, 3];
const [x, ...rest] = [...base, 4];
rest.push(99);
console.log(x, rest.join(","), base.join(","));
const defaults = { color: "red", size: 1 };
const { color, ...others } = { ...defaults, size: 3, extra: true };
console.log(color, JSON.stringify(others));`,
  "iterators give only the items the pattern needs": `
function* nat() { let i = 0; while (true) yield i++; }
const [n0, n1, n2] = nat();
console.log(n0, n1, n2);
const [s1, ...srest] = new Set([5, 6, 7]);
console.log(s1, srest.join(","));
const m = new Map([["a", 1], ["b", 2]]);
const [e1, , e3 = ["z", 0]] = m.entries();
console.log(e1[0], e1[1], e3[0]);
let x: number, y: number;
[x, y] = new Set([8, 9]);
console.log(x, y);`,

  "destructuring library objects: Error, array length, Map size": `
const { message, name } = new Error("bad");
const { length } = [1, 2, 3];
const { length: chars } = "hello";
const { size } = new Map([[1, 2]]);
console.log(message, name, length, chars, size);`,

  "missing optional properties read as undefined": `
type Opts = { a?: number; b?: string; c?: boolean };
const { a, b, c = true } = {} as Opts;
console.log(a === undefined, b === undefined, c);
function opt({ a, b }: Opts) { return String(a) + "/" + String(b); }
console.log(opt({ a: 1 }), opt({ b: "x" }));`,

  "nested defaults": `
type Conf = { net?: { host?: string; port?: number }; tags?: string[] };
function read({ net: { host = "h", port = 1 } = {}, tags: [first = "none"] = [] }: Conf = {}) {
  return host + ":" + port + ":" + first;
}
console.log(read(), read({}), read({ net: { port: 8 } }), read({ tags: ["t"] }), read({ net: { host: "x" }, tags: [] }));
function later(a: number, { b = a * 2 }: { b?: number } = {}) { return a + b; }
console.log(later(1), later(1, { b: 5 }));`,

  "patterns in arrow parameters and returned closures": `
const byX = ({ x: ax }: { x: number }, { x: bx }: { x: number }) => ax - bx;
const pts = [{ x: 3 }, { x: 1 }, { x: 2 }];
console.log(pts.sort(byX).map(({ x }) => x).join(","));
const adder = ([a, b]: [number, number]) => (c: number) => a + b + c;
console.log(adder([1, 2])(3));`,

  "destructuring in loops with per-iteration closures over pattern names": `
const fns: (() => string)[] = [];
for (const { id, tags: [t] } of [{ id: 1, tags: ["a"] }, { id: 2, tags: ["b"] }]) fns.push(() => id + t);
const m = new Map([["x", 1], ["y", 2]]);
for (const [k, v] of m) fns.push(() => k.repeat(v));
console.log(fns.map((f) => f()).join(","));`,
  "object rest from class instances and parsed JSON": `
class P { constructor(public x: number, public y: number, public z: number) {} }
const { x, ...others } = new P(1, 2, 3);
console.log(x, JSON.stringify(others));
const { a, ...more } = JSON.parse('{"a": 1, "b": 2, "c": [3]}');
console.log(a, JSON.stringify(more));`,

  "tuple returns and swaps unpack in one assignment": `
function minMax(xs: number[]): [number, number] {
  let lo = xs[0], hi = xs[0];
  for (const x of xs) { if (x < lo) lo = x; if (x > hi) hi = x; }
  return [lo, hi];
}
const [lo, hi] = minMax([3, 9, 1, 5]);
let a = 0, b = 0;
[a, b] = minMax([7, 2]);
[a, b] = [b, a];
const arr = [5, 3, 8, 1];
for (let i = 0; i < arr.length; i++)
  for (let j = 0; j < arr.length - 1 - i; j++)
    if (arr[j] > arr[j + 1]) [arr[j], arr[j + 1]] = [arr[j + 1], arr[j]];
class Pair { l = 1; r = 2; flip() { [this.l, this.r] = [this.r, this.l]; return this; } }
const pr = new Pair().flip();
let i = 0;
const xs = [10, 20];
[i, xs[i]] = [1, 99];
console.log(lo, hi, a, b, arr.join(","), pr.l, pr.r, i, xs.join(","));`,

  "assignment targets are evaluated before the value, as in JavaScript": `
let pos = 0;
const buf: number[] = [0, 0, 0];
function read() { pos++; return pos * 10; }
buf[pos] = read();
buf[pos] = read();
const o: { [k: string]: number } = {};
let key = "a";
function nextKey() { key = key + "b"; return 1; }
o[key] = nextKey();
console.log(buf.join(","), pos, JSON.stringify(o));`,

  "a default takes the place of a missing element only, of an array whose elements are never undefined": `
for (const pair of ["a=1", "b", "c=", "d=4=5"]) {
  const [key, raw = "none"] = pair.split("=");
  console.log(key, raw);
}
const withNull: (string | null)[] = [null];
const [n1 = "d"] = withNull;
const maybe: (string | undefined)[] = [undefined, "x"];
const [m1 = "d1", m2 = "d2", m3 = "d3"] = maybe;
let calls = 0;
const fallback = () => { calls++; return "f"; };
const [g1 = fallback(), g2 = fallback()] = ["given"];
let x = "", y: string | null = "";
[x = "ax", y = "ay"] = ["bx", null] as (string | null)[] as [string, string | null];
console.log(n1, m1, m2, m3, g1, g2, calls, x, y);`,

  "a property whose type has no undefined keeps its null; an optional one takes the default": `
interface Opts { name: string | null; port?: number; label: string }
const o: Opts = { name: null, label: "L" };
const { name = "anon", port = 80, label = "none" } = o;
function f({ name = "x", port = 1 }: Opts) { return \`\${name} \${port}\`; }
class C { v: string | null = null; w?: string; }
const { v = "dv", w = "dw" } = new C();
let n2: string | null = "", l2 = "";
({ name: n2 = "n", label: l2 = "l" } = { name: null, label: "given" } as Opts);
console.log(name, port, label, f({ name: null, label: "" }), v, w, n2, l2);`,
});
