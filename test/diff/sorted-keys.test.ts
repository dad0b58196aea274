// Keys sorted by the default comparator do not observe insertion order
// (compiler/transform/sorted-keys.ts): Map keys and Set
// members are distinct, and when all are strings or all numbers, so are the string
// forms the default comparator compares. Such a read alone leaves the program's Maps
// and Sets plain dicts, and beside an iterated Map it leaves its own Map a dict.
// Twelve keys inserted out of order make a plain dict's hash order show wherever
// the rule would be applied too widely: equal string forms of different keys (1 and
// "1"), a comparator, Map values or entries, two collections in one array. A comparator
// with a term that compares the keys themselves sorts them one way too (sort-keys.ts).
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const keys = `const names = ["kappa", "beta", "zeta", "alpha", "theta", "mu", "eta", "iota", "delta", "lambda", "gamma", "epsilon"];`;

diffSuite("sorted keys", {
  "string keys, Set members and numbers sorted (as strings)": `
${keys}
const m = new Map<string, number>();
const s = new Set<string>();
const nums = new Set<number>();
names.forEach((n, i) => { m.set(n, i); s.add(n.slice(1)); nums.add(i * 7 - 20); });
nums.add(-0); nums.add(0);
console.log([...m.keys()].sort().join(","), Array.from(m.keys()).sort().join(","));
console.log([...s].sort().join(","), Array.from(s).sort().join(","), [...s.values()].sort().join(","));
console.log([...nums].sort().join(","), Array.from(nums.keys()).sort().join(","));
for (const k of [...m.keys()].sort()) console.log(k, m.get(k));`,

  "a sorted Map beside an iterated one": `
${keys}
const listed = new Map<string, number>();
const counts = new Map<string, number>();
for (const n of names) { listed.set(n, n.length); counts.set(n[0], (counts.get(n[0]) ?? 0) + 1); }
console.log([...listed.keys()].join(","));
console.log([...counts.keys()].sort().map((k) => k + counts.get(k)).join(" "));`,

  "Map values (strings) sorted; values that are numbers keep order": `
${keys}
const labels = new Map<string, string>();
const lengths = new Map<string, number>();
names.forEach((n, i) => { labels.set(n, n.slice(0, 2)); lengths.set(n, n.length % 4); });
console.log([...labels.values()].sort().join(","), Array.from(lengths.values()).sort().join(","));`,

  "entries sorted: equal strings of different entries keep insertion order": `
${keys}
const m = new Map<string, string>();
names.forEach((n, i) => { if (i % 2) { m.set(n + ",x", "y"); m.set(n, "x,y"); } else { m.set(n, "x,y"); m.set(n + ",x", "y"); } });
console.log([...m.entries()].sort().map((e) => e[0]).join(" "));`,

  'keys with equal string forms (1 and "1") keep insertion order': `
const mixed = new Map<string | number, number>();
const set = new Set<string | number>();
for (let i = 0; i < 12; i++) {
  if (i % 2) { mixed.set(i, i); mixed.set(String(i), i); set.add(String(i)); set.add(i); }
  else { mixed.set(String(i), i); mixed.set(i, i); set.add(i); set.add(String(i)); }
}
console.log([...mixed.keys()].sort().map((k) => typeof k).join(" "));
console.log([...set].sort().map((k) => typeof k).join(" "));`,

  "a mapping function sees insertion order": `
${keys}
const s = new Set<string>(names);
let seen = "";
console.log(Array.from(s, (n) => { seen += n[0]; return n; }).sort().join(","), seen);`,

  "keys of two Maps in one sorted array": `
${keys}
const a = new Map<string, number>();
const b = new Map<string, number>();
names.forEach((n, i) => { a.set(n, i); b.set(n.slice(2), i); });
console.log([...a.keys(), ...b.keys()].sort().join(","));`,

  "a fresh copy of strings sorted at once (sorted()), and what must not be": `
class Names { private items = ["b", "a"]; keys(): string[] { return ["z", "y"]; } [Symbol.iterator]() { return this.items[Symbol.iterator](); } }
const names = new Names();
const m = new Map<string, number>([["q", 1], ["c", 2]]);
const sorted = [...m.keys()].sort();
const xs = ["d", "c"];
const copy = [...xs].sort();
console.log(sorted.join(","), [...names.keys()].sort().join(","), [...names].sort().join(","), copy.join(","), xs.join(","));
console.log(Array.from("hello").sort().join(""), [...new Set(["b", "a", "b"])].sort().join(""), xs.join(","));
[...xs].sort();
console.log([...[3, 20, 100]].sort().join(","), Array.from(m.values()).sort().join(","));`,

  "Maps keyed by strings or numbers that a comparator sorts": `
const m = new Map<string, number>();
for (const n of ["b", "a", "c", "aa", "ab", "ba"]) m.set(n, 1);
const nums = new Set<number>([10, 9, 1, 100, 20]);
console.log([...m.keys()].sort((a, b) => a.length - b.length).join(","), [...nums].sort().join(","));`,

  "entries and keys sorted by comparators that end on the key, beside an iterated Map": `
${keys}
const listed = new Map<string, number>();
const hits = new Map<string, number>();
const byLength = new Set<string>();
const ids = new Map<number, string>();
names.forEach((n, i) => { listed.set(n, i); hits.set(n, n.length % 3); byLength.add(n); ids.set((i * 7) % 12, n); });
console.log([...listed.keys()].join(","));
console.log([...hits.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => k + v).join(" "));
console.log([...hits].sort((a, b) => a[0].localeCompare(b[0])).slice(0, 4).join(" "));
console.log([...byLength].sort((a, b) => a.length - b.length || a.localeCompare(b)).join(","));
console.log(Array.from(ids.entries()).sort((a, b) => a[0] - b[0]).map((e) => e[1]).join(","));`,

  "a comparator of values alone keeps the insertion order of ties": `
${keys}
const hits = new Map<string, number>();
names.forEach((n) => hits.set(n, n.length % 3));
console.log([...hits.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k).join(" "));
console.log([...hits].sort((a, b) => a[1] - b[1] || a[1] - b[1]).map(([k]) => k).join(" "));`,
});

describe("sorted keys: emitted Python", () => {
  const py = emittedPython({
    alone: `
const counts = new Map<string, number>();
for (const w of "b a c a".split(" ")) counts.set(w, (counts.get(w) ?? 0) + 1);
for (const k of [...counts.keys()].sort()) console.log(k, counts.get(k));`,
    beside: `
const listed = new Map<string, number>();
const counts = new Map<string, number>();
for (const w of "b a c a".split(" ")) { listed.set(w, 1); counts.set(w, (counts.get(w) ?? 0) + 1); }
console.log([...listed.keys()].join(","), [...counts.keys()].sort().join(","));`,
    // 1 and "1" are two keys with one string form: their sorted order is their insertion order
    mixed: `
const m = new Map<string | number, number>();
m.set(1, 1).set("1", 2);
console.log([...m.keys()].sort().join(","));`,
    comparator: `
const counts = new Map<string, number>();
for (const w of "b a c a".split(" ")) counts.set(w, 1);
console.log([...counts.keys()].sort((a, b) => a.length - b.length).join(","));`,
    keyComparator: `
const listed = new Map<string, number>();
const counts = new Map<string, number>();
const levels = new Map<string, number>();
for (const w of "b a c a".split(" ")) { listed.set(w, 1); counts.set(w, (counts.get(w) ?? 0) + 1); levels.set(w, parseFloat(w)); }
console.log([...listed.keys()].join(","));
console.log([...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).join(" "));
console.log([...levels.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).join(" "));`,
  });

  test("the program's only order read is a default sort of keys: plain dicts", () => {
    expect(py.alone).not.toContain("OrderedDict");
    expect(py.alone).toContain("counts = {}");
    expect(py.alone).toContain("for k in sorted(counts):");
  });

  test("beside an iterated Map: the sorted one is a dict, the iterated one keeps its order", () => {
    expect(py.beside).toContain("listed = OrderedDict()");
    expect(py.beside).toContain("counts = {}");
  });

  test("keys of two types (equal string forms) keep insertion order", () => {
    expect(py.mixed).toContain("m = OrderedDict()");
  });

  test("a comparator keeps insertion order", () => {
    expect(py.comparator).toContain("counts = OrderedDict()");
  });

  test("a comparator whose term compares the keys: a dict; one whose earlier term may be NaN keeps the order", () => {
    expect(py.keyComparator).toContain("listed = OrderedDict()");
    expect(py.keyComparator).toContain("counts = {}");
    expect(py.keyComparator).toContain("levels = OrderedDict()");
  });
});
