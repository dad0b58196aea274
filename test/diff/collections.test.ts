import { diffSuite } from "../helpers/diff.js";

diffSuite("collections", {
  "Map set, get, has, size": `
const m = new Map<string, number>();
m.set("a", 1);
m.set("b", 2).set("c", 3);
console.log(m.get("a"), m.get("zz"), m.has("b"), m.has("zz"), m.size);
m.set("a", 10);
console.log(m.get("a"), m.size);`,
  "Map delete return value and clear": `
const m = new Map<string, number>([["x", 1], ["y", 2]]);
console.log(m.delete("x"), m.delete("x"), m.size);
if (m.delete("y")) console.log("deleted y");
m.set("z", 3);
m.clear();
console.log(m.size, m.has("z"));`,
  "Map iteration order": `
const m = new Map<string, number>();
for (const k of ["zeta", "alpha", "mid", "beta", "gamma", "aaa"]) m.set(k, k.length);
for (const [k, v] of m) console.log(k, v);
m.delete("alpha");
m.set("alpha", 0);
m.set("zeta", 99);
console.log([...m.keys()].join(","));
console.log([...m.values()].join(","));`,
  "Map keys, values, entries": `
const m = new Map([["one", 1], ["two", 2], ["three", 3]]);
for (const k of m.keys()) console.log("key", k);
for (const v of m.values()) console.log("value", v);
for (const [k, v] of m.entries()) console.log("entry", k, v);
console.log(JSON.stringify([...m.entries()]));`,
  "Map forEach": `
const m = new Map<string, number>([["b", 2], ["a", 1]]);
m.forEach((v, k) => console.log(k, "=>", v));
let sum = 0;
m.forEach((v) => { sum += v; });
console.log(sum);`,
  "Map with number keys": `
const m = new Map<number, string>();
m.set(3, "three");
m.set(1, "one");
m.set(2, "two");
console.log(m.get(1), m.get(4), m.has(3));
console.log([...m.keys()].join(","), Array.from(m.values()).join(","));
const sq = new Map<number, number>();
for (let i = 10; i > 0; i -= 3) sq.set(i, i * i);
for (const [k, v] of sq) console.log(k, v);`,
  "new Map from entries and copying": `
const m = new Map<string, number>([["a", 1], ["b", 2]]);
const copy = new Map(m);
copy.set("c", 3);
console.log(m.size, copy.size, [...copy].map(([k, v]) => k + v).join(" "));
const fromObj = new Map(Object.entries({ x: 1, y: 2 }));
console.log(fromObj.get("y"));`,
  "Map spread into arrays": `
const m = new Map<string, number>([["p", 1], ["q", 2]]);
const pairs = [...m];
console.log(pairs.length, pairs[1][0], pairs[1][1]);
const ks = [...m.keys()];
ks.push("r");
console.log(ks.join(","));`,
  "Map counting words": `
const counts = new Map<string, number>();
for (const w of "b a c a b a".split(" ")) counts.set(w, (counts.get(w) ?? 0) + 1);
const sorted = [...counts.entries()].sort((x, y) => y[1] - x[1]);
console.log(sorted.map(([w, n]) => w + ":" + n).join(" "));`,
  "Map of objects": `
interface Dev { name: string; on: boolean }
const devs = new Map<number, Dev>();
devs.set(7, { name: "lamp", on: false });
const d = devs.get(7);
if (d) d.on = true;
console.log(devs.get(7)!.on, devs.get(8) === undefined);`,
  "console.log of Map and Set": `
console.log(new Map([["a", 1]]).size, new Set([1, 2]).size);`,
  "Set add, has, delete, size": `
const s = new Set<number>();
s.add(1).add(2);
s.add(1);
console.log(s.size, s.has(1), s.has(3));
console.log(s.delete(1), s.delete(1), s.size);
s.clear();
console.log(s.size);`,
  "Set iteration order": `
const s = new Set<string>();
for (const w of ["q", "a", "z", "b", "a", "m"]) s.add(w);
for (const w of s) console.log(w);
s.delete("q");
s.add("q");
console.log([...s].join(""));`,
  "new Set to dedupe": `
const xs = [3, 1, 3, 2, 1, 5];
const unique = [...new Set(xs)];
console.log(unique.join(","));
const letters = new Set("mississippi");
console.log(letters.size, [...letters].join(""));
console.log(Array.from(new Set(["b", "a", "b"])).join(","));`,
  "Set forEach, values, entries": `
const s = new Set([10, 20, 30]);
s.forEach((v) => console.log("item", v));
for (const v of s.values()) console.log("v", v);
for (const [a, b] of s.entries()) console.log("e", a, b);
let total = 0;
s.forEach((v) => { total += v; });
console.log(total);`,
  "Set of strings membership": `
const seen = new Set<string>();
const out: string[] = [];
for (const w of ["x", "y", "x", "z", "y"]) {
  if (seen.has(w)) continue;
  seen.add(w);
  out.push(w);
}
console.log(out.join(" "), seen.size);`,
  "Map forEach with a block body and deleting while iterating": `
const m = new Map<string, number>([["a", 1], ["b", 2], ["c", 3]]);
let sum = 0;
m.forEach((v, k) => {
  sum += v;
  console.log(k);
});
for (const [k, v] of m) if (v % 2 === 1) m.delete(k);
console.log(sum, [...m.keys()].join());`,
  "Map and Set of class instances": `
class Pin { constructor(public id: number) {} }
const a = new Pin(1);
const b = new Pin(1);
const seen = new Set<Pin>([a]);
const names = new Map<Pin, string>();
names.set(a, "a").set(b, "b");
console.log(seen.has(a), seen.has(b), names.get(a), names.get(b), names.size);`,
  "Set from Map keys and a string": `
const m = new Map([["k", 1], ["j", 2]]);
const s = new Set(m.keys());
console.log(s.size, JSON.stringify([...s]), s.has("j"));
console.log([...new Set("hello")].join(""));`,

  // WeakMap and WeakSet: identity-keyed, any object may be a key
  "WeakMap get, set, has, delete with plain-object keys": `
const k1 = {};
const k2 = { name: "two" };
const wm = new WeakMap<object, number>();
wm.set(k1, 1).set(k2, 2);
console.log(wm.get(k1), wm.get(k2), wm.has(k1), wm.has({}), wm.get({}) === undefined);
console.log(wm.delete(k1), wm.delete(k1), wm.has(k1), wm.has(k2));`,
  "WeakMap from entries": `
const a = { id: 1 };
const f = () => 0;
const wm = new WeakMap<object, string>([[a, "obj"], [f, "fn"]]);
console.log(wm.get(a), wm.get(f), wm.has(a) && wm.has(f));`,
  "WeakMap keys that look alike are different": `
const wm = new WeakMap<object, number>([[{}, 1]]);
const same = { x: 1 };
const twin = { x: 1 };
wm.set(same, 5);
console.log(wm.get(twin) === undefined, wm.get(same), wm.get({}) === undefined);`,
  "WeakSet from a Set of class instances": `
class P { constructor(public n: number) {} }
const p1 = new P(1);
const ws = new WeakSet(new Set([p1]));
console.log(ws.has(p1), ws.has(new P(1)));`,
  "WeakMap with array keys": `
const arr = [1, 2];
const wm = new WeakMap<number[], string>();
wm.set(arr, "pair");
console.log(wm.get(arr), wm.has([1, 2]));`,
  "WeakMap set overwrites": `
const key = {};
const wm = new WeakMap<object, number>();
wm.set(key, 1);
wm.set(key, 2);
console.log(wm.get(key));`,
  "WeakMap with class instance keys as a side table": `
class Widget { constructor(public name: string) {} }
const meta = new WeakMap<Widget, { clicks: number }>();
const w1 = new Widget("a");
const w2 = new Widget("b");
meta.set(w1, { clicks: 0 });
meta.get(w1)!.clicks += 3;
console.log(meta.get(w1)!.clicks, meta.has(w2), meta.get(w2) === undefined);`,
  "WeakMap from a Map of class instances": `
class K { constructor(public n: number) {} }
const a = new K(1);
const b2 = new K(2);
const m = new Map<K, number>([[a, 1], [b2, 2]]);
const wm = new WeakMap(m);
console.log(wm.get(a), wm.get(b2), wm.has(new K(1)));`,
  "WeakMap memoising a function of objects": `
const cache = new WeakMap<object, number>();
let computed = 0;
function size(o: { items: number[] }): number {
  const hit = cache.get(o);
  if (hit !== undefined) return hit;
  computed++;
  const v = o.items.length;
  cache.set(o, v);
  return v;
}
const o1 = { items: [1, 2, 3] };
console.log(size(o1), size(o1), size({ items: [] }), computed);`,
  "WeakSet add, has, delete": `
const a = {};
const f = () => 1;
const ws = new WeakSet<object>();
console.log(ws.add(a) === ws, ws.has(a), ws.has(f));
ws.add(f);
console.log(ws.has(f), ws.delete(a), ws.delete(a), ws.has(a));`,
  "WeakSet from an array and from a Set": `
const a = { n: 1 };
const c = { n: 2 };
const ws = new WeakSet([a, c]);
const ws2 = new WeakSet([c]);
console.log(ws.has(a), ws.has(c), ws2.has(c), ws2.has(a), ws.has({ n: 1 }));`,
  "WeakSet marks visited objects": `
interface Node { name: string; next?: Node }
const x: Node = { name: "x" };
const y: Node = { name: "y", next: x };
x.next = y;
const seen = new WeakSet<Node>();
const order: string[] = [];
let cur: Node | undefined = x;
while (cur && !seen.has(cur)) { seen.add(cur); order.push(cur.name); cur = cur.next; }
console.log(order.join(">"));`,
  "WeakSet has no size": `
console.log((new WeakSet() as any).size === undefined, (new WeakMap() as any).size === undefined);`,
  // Map and Set loops whose bodies change the collection: JavaScript's iteration rules
  "deleting the current Map key while iterating": `
const m = new Map([["a", 1], ["b", 2], ["c", 3], ["d", 4]]);
const seen: string[] = [];
for (const [k] of m) { seen.push(k); m.delete(k); }
console.log(seen.join(""), m.size);`,
  "deleting an earlier Map key while iterating": `
const m = new Map([[1, "a"], [2, "b"], [3, "c"], [4, "d"]]);
const seen: number[] = [];
for (const [k] of m) { seen.push(k); if (k === 3) m.delete(1); }
console.log(seen.join(","), [...m.keys()].join(","));`,
  "deleting a later Map key skips it": `
const m = new Map([[1, "a"], [2, "b"], [3, "c"]]);
const seen: string[] = [];
for (const [k, v] of m) { seen.push(v); if (k === 1) m.delete(2); }
console.log(seen.join(""));`,
  "keys added to a Map during the loop are visited": `
const m = new Map<number, number>([[1, 1]]);
const seen: number[] = [];
for (const [k] of m) { seen.push(k); if (k < 5) m.set(k + 1, 0); }
console.log(seen.join(","), m.size);`,
  "updating a value during the loop is seen": `
const m = new Map([["a", 1], ["b", 2]]);
const seen: number[] = [];
for (const [k, v] of m) { seen.push(v); if (k === "a") m.set("b", 20); }
console.log(seen.join(","));`,
  "members added to a Set during the loop are visited": `
const s = new Set([1]);
const out: number[] = [];
for (const x of s) { out.push(x); if (x < 16) s.add(x * 2); }
console.log(out.join(" "));`,
  "deleting from a Set while iterating": `
const s = new Set([1, 2, 3, 4, 5, 6]);
const out: number[] = [];
for (const x of s) { out.push(x); if (x % 2 === 1) s.delete(x + 1); }
console.log(out.join(" "), s.size);`,
  "clearing a Map ends the loop": `
const m = new Map([["a", 1], ["b", 2], ["c", 3]]);
const seen: string[] = [];
for (const k of m.keys()) { seen.push(k); if (k === "b") m.clear(); }
console.log(seen.join(""), m.size);`,
  "Map values loop with insertions": `
const m = new Map([["x", 1]]);
let total = 0;
for (const v of m.values()) { total += v; if (v < 4) m.set("k" + v, v + 1); }
console.log(total, m.size);`,
  "Map entries loop with deletions of other keys": `
const m = new Map([["a", 1], ["b", 2], ["c", 3], ["d", 4]]);
const seen: string[] = [];
for (const [k, v] of m.entries()) { seen.push(k + v); if (k === "a") { m.delete("c"); m.set("e", 5); } }
console.log(seen.join(" "));`,
  "a loop that only reads the Map stays plain": `
const m = new Map([["a", 1], ["b", 2]]);
const other = new Map<string, number>();
for (const [k, v] of m) other.set(k, v * 10);
console.log([...other.values()].join(","), other.size);`,
  "Set used as a work queue": `
const pending = new Set<string>(["start"]);
const edges: Record<string, string[]> = { start: ["a", "b"], a: ["c"], b: ["c"], c: [] };
const order: string[] = [];
for (const n of pending) { order.push(n); for (const m of edges[n]) pending.add(m); }
console.log(order.join(">"));`,
});
