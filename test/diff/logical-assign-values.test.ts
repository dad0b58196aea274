// The value of `t ??= v`, `t ||= v` and `t &&= v` when the program uses it and the target is read
// into a temporary (an element or a member): the temporary takes the value assigned, which is
// what JavaScript gives (the right side, not the target read again), and the target is read once
// (compiler/transform/operators.ts logicalAssignOnce).
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const cases: Record<string, ShapeCase> = {
  "grouping into lists by key": {
    source: `const groups: Record<string, number[]> = {};
for (const [k, v] of [["a", 1], ["b", 2], ["a", 3]] as [string, number][]) (groups[k] ??= []).push(v);
console.log(JSON.stringify(groups));`,
    has: ["        _t = groups.get(k)\n        if _t is None:\n            _t = []\n            groups[k] = _t\n        _t.append(v)\n"],
  },
  "||= and &&= on fields and elements, their values printed": {
    source: `const o = { name: "", count: 0, tag: "x" };
const xs = [0, 5, 0];
console.log(o.name ||= "anon", o.name ||= "other", o.count &&= 9, o.tag &&= "y", xs[0] ||= 7, xs[1] &&= 8, xs.join());
console.log(JSON.stringify(o));`,
    has: [],
  },
  "a setter that keeps something else: the value is the right side": {
    source: `class Clamp {
  private v: number | null = null;
  get value(): number | null { return this.v; }
  set value(n: number | null) { this.v = n === null ? null : Math.min(n, 10); }
}
const c = new Clamp();
console.log(c.value ??= 50, c.value, c.value ??= 3);`,
    has: [],
  },
  "effects in order, the target's parts once": {
    source: `const log: string[] = [];
const table: Record<string, string[]> = {};
function key(k: string): string { log.push("key " + k); return k; }
function fresh(): string[] { log.push("fresh"); return []; }
(table[key("a")] ??= fresh()).push("1");
(table[key("a")] ??= fresh()).push("2");
console.log(log.join(", "), JSON.stringify(table));`,
    has: [],
  },
};

shapeSuite("logical assignments whose value is used", cases);
