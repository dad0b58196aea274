// Running minimums and maximums (compiler/transform/min-max-updates.ts): the statement
// `t = Math.min(t, v)` is `if v < t: t = v`, for a variable, a record's field, a class's
// field and a dictionary's entry; a property with a setter keeps the call and the store
// (its setter runs on every pass, as in JavaScript). Node's output is the judge.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const cases = {
  "variables, record fields, class fields and dictionary entries": `
interface Range { low: number; high: number }
class Tracker {
  low = Infinity;
  high = -Infinity;
  add(v: number): void {
    this.low = Math.min(this.low, v);
    this.high = Math.max(this.high, v);
  }
}
const values = [3.5, -2, 7, 7, 0, -2.25, 1e9, -1e9, 4];
let lo = Infinity;
let hi = -Infinity;
const range: Range = { low: Infinity, high: -Infinity };
const t = new Tracker();
const byKey: Record<string, number> = { a: 0 };
for (const v of values) {
  lo = Math.min(lo, v);
  hi = Math.max(hi, v);
  range.low = Math.min(range.low, v);
  range.high = Math.max(range.high, v);
  t.add(v);
  byKey.a = Math.max(byKey.a, v * 2);
}
function show(tr: Tracker): string {
  return \`\${tr.low}..\${tr.high}\`;
}
console.log(lo, hi, range.low, range.high, show(t), byKey.a);
let first = Infinity;
for (const v of [5, 2, 9]) first = Math.min(first, Math.min(v, 4));
console.log(first);`,

  "a setter keeps the call, and runs on every pass": `
class Gauge {
  private peak = 0;
  writes = 0;
  get level(): number {
    return this.peak;
  }
  set level(v: number) {
    this.writes++;
    this.peak = v;
  }
}
const g = new Gauge();
for (const v of [1, 5, 3, 5, 2]) g.level = Math.max(g.level, v);
console.log(g.level, g.writes);`,

  "the value first, or another location, stays min() and max()": `
let m = 0;
const xs = [4, 8, 1];
let other = 3;
for (const x of xs) {
  m = Math.max(x, m);
  other = Math.min(m, x);
}
console.log(m, other);`,
};

diffSuite("min and max updates", cases);

describe("min and max updates: emitted Python", () => {
  const py = emittedPython(cases);
  test("a running minimum or maximum is an if with no call", () => {
    const p = py["variables, record fields, class fields and dictionary entries"];
    expect(p).toContain("if v < lo:\n");
    expect(p).toContain("if v > hi:\n");
    expect(p).toContain("if v < range_[_LOW]:\n");
    expect(p).toContain("if v < t.low:\n");
    expect(p).toContain("if v > t.high:\n");
  });
  test("a setter's property keeps the call", () => {
    expect(py["a setter keeps the call, and runs on every pass"]).toMatch(/g\.level = /);
  });
});
