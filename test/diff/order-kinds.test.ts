// Key order is kept (OrderedDict) only for the kind of value whose order the program
// observes: plain objects and instances, or Maps and Sets. Twelve keys inserted out of
// order make a plain MicroPython dict's hash order show if the wrong kind loses it.
import { diffSuite } from "../helpers/diff.js";

const keys = `const names = ["kappa", "beta", "zeta", "alpha", "theta", "mu", "eta", "iota", "delta", "lambda", "gamma", "epsilon"];`;

diffSuite("order kinds", {
  "Maps iterated, objects only read": `
${keys}
const counts = new Map<string, number>();
const info = { first: 1, second: 2 };
for (const n of names) counts.set(n, n.length + info.first);
for (const [k, v] of counts) console.log(k, v);
console.log([...counts.keys()].join(","), info.second);`,

  "objects listed, Maps only read": `
${keys}
const rec: Record<string, number> = {};
const m = new Map<string, number>();
for (const n of names) { rec[n] = n.length; m.set(n, n.length * 2); }
console.log(Object.keys(rec).join(","), m.get("zeta"), m.size, m.has("nope"));`,

  "a Map built from an object's entries": `
${keys}
const rec: Record<string, number> = {};
for (const n of names) rec[n] = n.length;
const m = new Map(Object.entries(rec));
for (const k of m.keys()) console.log(k);`,

  "an object built from a Map": `
${keys}
const m = new Map<string, number>();
for (const n of names) m.set(n, n.length);
const o = Object.fromEntries(m);
console.log(JSON.stringify(o));
let s = "";
for (const k in o) s += k[0];
console.log(s);`,

  "printing a Map": `
${keys}
const m = new Map<string, number>();
for (const n of names) m.set(n, 1);
const set = new Set(names);
console.log(m.size, [...set].length);
console.log(m);`,


  "keyed-only Maps and Sets beside an iterated Map": `
${keys}
const seen = new Set<string>();
const lengths = new Map<string, number>();
const listed = new Map<string, number>();
for (const n of names) {
  lengths.set(n, n.length);
  if (!seen.has(n[0])) seen.add(n[0]);
  listed.set(n, lengths.get(n)! * 2);
}
seen.delete("k");
console.log(seen.size, lengths.size, lengths.has("eta"), lengths.get("zeta"), [...listed.keys()].join(","));`,

  "Maps that escape keep their order": `
${keys}
function show(m: Map<string, number>): string { return [...m.keys()].join(","); }
const passed = new Map<string, number>();
const aliased = new Map<string, number>();
const chained = new Map<string, number>();
for (const n of names) { passed.set(n, 1); aliased.set(n, 2); }
const alias = aliased;
const whole = chained.set("z", 1).set("a", 2).set("m", 3);
console.log(show(passed));
console.log(show(alias));
console.log(show(whole));
function make(): Set<string> { const s = new Set<string>(); for (const n of names) s.add(n); return s; }
console.log([...make()].join(","));`,
});
