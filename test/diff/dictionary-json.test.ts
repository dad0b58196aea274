// JSON.stringify of a dictionary (`Record<string, number>`, of strings, of booleans) the program
// builds itself: its items written in place, an integer by %d (compiler/builtins/json-text.ts
// stringifyDictionary), with the numeric analysis following a dictionary's values as it follows
// an array's elements (numeric-scan.ts). A dictionary with values the analysis cannot see
// (JSON.parse, Object.assign, a caller outside) keeps js_json.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const cases: Record<string, ShapeCase> = {
  "counts per topic from a Map, integers": {
    source: `const seen = new Map<string, number>();
for (const t of ["a/b", "c", "a/b", 'q"uote', "back\\\\slash"]) seen.set(t, (seen.get(t) ?? 0) + 1);
const summary: Record<string, number> = {};
for (const [t, n] of seen) summary[t] = n;
summary.extra = 7;
console.log(JSON.stringify(summary), JSON.stringify({} as Record<string, number>));`,
    has: ['"{%s}" % ",".join(["%s:%d" % (js_json_str(_k), _v) for _k, _v in summary.items()])'],
    lacks: ["js_json("],
  },
  "counted by key: a stored value, or the default where the key is missing": {
    source: `const counts: Record<string, number> = {};
for (const t of ["x", "y", "x"]) counts[t] = (counts[t] ?? 0) + 1;
for (const t of ["y", "z"]) counts[t] = (counts[t] || 10) * 2;
console.log(JSON.stringify(counts), \`\${counts.x ?? -1}\`);`,
    has: ['"%s:%d" % (js_json_str(_k), _v)'],
    lacks: ["js_json(", "js_num"],
  },
  "a value read back by key alone may be missing (undefined): any number": {
    source: `const levels: Record<string, number> = { a: 1 };
levels.b = levels.a + 1;
console.log(JSON.stringify(levels), \`\${levels.zzz}\`, String(levels["q"]), levels.none);`,
    has: ["js_json_num(_v)"],
  },
  "fractions, NaN and infinities are numbers JSON writes as null": {
    source: `const stats: Record<string, number> = { mean: 2.5, none: NaN, big: -Infinity, n: 3 };
stats.half = stats.n / 2;
console.log(JSON.stringify(stats));`,
    has: ['"%s:%s" % (js_json_str(_k), js_json_num(_v))'],
  },
  "strings, booleans, a spread of another dictionary, a class's field": {
    source: `const base: Record<string, string> = { mode: "auto" };
const names: Record<string, string> = { ...base, led: "pin 2", "tab\\tkey": "a\\nb" };
class Flags {
  on: Record<string, boolean> = {};
  set(k: string, v: boolean): void { this.on[k] = v; }
}
const f = new Flags();
f.set("wifi", true);
f.set("mqtt", false);
console.log(JSON.stringify(names), JSON.stringify(f.on));`,
    has: ['":true" if _v1 else ":false"'],
    lacks: ["js_json("],
  },
  "a function that stores a fraction into the dictionary it is given": {
    source: `function record(into: Record<string, number>, key: string, v: number): void { into[key] = v; }
const readings: Record<string, number> = { t0: 20 };
record(readings, "t1", 21.5);
console.log(JSON.stringify(readings));`,
    has: ["js_json_num(_v)"],
  },
  "values the analysis cannot see keep the general writer": {
    source: `const parsed: Record<string, number> = JSON.parse('{"a": 1.5, "b": [1]}');
const merged: Record<string, number> = { x: 1 };
Object.assign(merged, { y: 2.25 });
const loose: any = { z: "text" };
const typed: Record<string, number> = loose;
console.log(JSON.stringify(parsed), JSON.stringify(merged), JSON.stringify(typed));`,
    has: ["js_json(parsed)", "js_json(merged)", "js_json(typed)"],
  },
  "lists grouped in a dictionary stay lists": {
    source: `const groups: Record<string, number[]> = {};
for (const [k, v] of [["a", 1], ["b", 2], ["a", 300]] as [string, number][]) (groups[k] ??= []).push(v);
groups.c = [];
groups.c.push(4);
console.log(JSON.stringify(groups), groups.a.length);`,
    has: ["js_json(groups)"],
    lacks: ["bytearray"],
  },
};

shapeSuite("JSON.stringify of a dictionary", cases);
