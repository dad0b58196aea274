// xs.filter(c).map(g) is one comprehension, [g for x in xs if c], when neither part calls or
// assigns anything (then running them item by item, rather than every c first, cannot be
// seen) and g reads no outer name that is the filter's item; otherwise two comprehensions.
// A comprehension that changes nothing walks what a copy would be made of (Object.keys,
// Object.entries, a spread of a Map's entries) without making the copy.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const programs = {
  chains: `
const xs = [3, 8, 1, 9, 4];
const r = 100;
const doubled = xs.filter((x) => x > 2).map((y) => y * 2);
const shifted = xs.filter((r) => r % 2 === 1).map((v) => v + r);
const log: string[] = [];
function note(s: string, v: number): boolean { log.push(s + v); return v > 3; }
const noted = xs.filter((x) => note("f", x)).map((x) => x + 1);
const indexed = xs.filter((x, i) => i > 1).map((x, i) => x * i);
const objs = [{ v: 1, ok: true }, { v: 2, ok: false }, { v: 3, ok: true }];
const picked = objs.filter((o) => o.ok).map((o) => o.v * 10);
console.log(doubled.join(), shifted.join(), noted.join(), indexed.join(), picked.join(), log.join(" "));`,

  views: `
const counts: Record<string, number> = { a: 1, b: 2 };
const listed = Object.entries(counts).map(([k, v]) => k + v);
const keys = Object.keys(counts).filter((k) => k !== "a");
let touches = 0;
// writes a variable: a call, not written in place (inline-calls.ts)
function touch(o: Record<string, number>, k: string): string {
  touches++;
  o[k + "_"] = 0;
  return k;
}
const touched = Object.keys(counts).map((k) => touch(counts, k));
const m = new Map<string, number>([["x", 1]]);
const fromMap = [...m.entries()].map(([k, v]) => k.repeat(v + 1));
console.log(listed.join(), keys.join(), touched.join(), Object.keys(counts).join(), fromMap.join(), touches);`,
};

diffSuite("filter then map", {
  "pure parts, an outer name, calls, indexes": programs.chains,
  "a dict walked without a copy": programs.views,
});

describe("filter then map: emitted Python", () => {
  const py = emittedPython(programs);

  test("pure parts are one comprehension; a call, an outer name or an index keeps two", () => {
    expect(py.chains).toContain("doubled = [x * 2 for x in xs if x > 2]");
    expect(py.chains).toContain('picked = [o["v"] * 10 for o in objs if o["ok"]]');
    expect(py.chains).toContain("shifted = [v + r for v in [r for r in xs if r % 2 == 1]]");
    expect(py.chains).toContain('noted = [x + 1 for x in [x for x in xs if note("f", x)]]');
  });

  test("a comprehension that changes nothing walks the dict; one that calls keeps the copy", () => {
    expect(py.views).toContain("for k, v in counts.items()]");
    expect(py.views).toContain('[k for k in counts if k != "a"]');
    expect(py.views).toContain("for k in list(counts)]");
    expect(py.views).toContain("for k, v in m.items()]");
  });
});
