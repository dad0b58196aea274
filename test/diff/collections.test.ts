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
});
