// A map or forEach callback whose parameter is `[a, b]` unpacks each item in the for
// target when the items are tuples of exactly that length (Map entries, `[string,
// number][]`): `for k, v in pairs`, `for i in range(len(pairs))` then `k, v = pairs[i]`. Items that may
// be shorter or longer (number[][]) keep the callback a function, whose pattern reads
// each element; filter and find keep it too, as they return the item itself.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const programs = {
  pairs: `
const counts = new Map<string, number>();
for (const w of "b a b c".split(" ")) counts.set(w, (counts.get(w) ?? 0) + 1);
const pairs = [...counts.entries()];
const out: string[] = [];
out.push(pairs.map(([k, v]) => \`\${k}=\${v}\`).join(" "));
pairs.forEach(([k, v], i) => out.push(\`\${i}:\${k}:\${v * 2}\`));
pairs.forEach(([k, v]) => {
  if (v < 2) return;
  out.push(k.toUpperCase());
});
const labelled = pairs.map(([k, v], i) => {
  const rank = i + 1;
  return \`\${rank}.\${k}\${v}\`;
});
const tagged: [string, number][] = [["x", 1], ["y", 2]];
const big = tagged.filter(([, n]) => n > 1);
big[0].push(9);
console.log(out.join(" "), labelled.join(), JSON.stringify(big));`,

  rows: `
const rows: number[][] = [[1, 2], [3, 4, 5]];
console.log(rows.map(([a, b]) => a * 10 + b).join(" "));
rows.forEach(([a, b]) => console.log(a - b));`,
};

diffSuite("callbacks with an [a, b] parameter", {
  "Map entries and fixed tuples, with and without an index": programs.pairs,
  "rows of any length": programs.rows,
});

describe("callbacks with an [a, b] parameter: emitted Python", () => {
  const py = emittedPython(programs);

  test("fixed tuples unpack in the for target", () => {
    expect(py.pairs).toContain("for k, v in pairs]");
    expect(py.pairs).toMatch(/for i in range\(len\(pairs\)\):\n {8}k\d*, v\d* = pairs\[i\]\n/);
    expect(py.pairs).toMatch(/for k\d*, v\d* in pairs:\n {8}if v\d* < 2:\n {12}continue\n/);
    expect(py.pairs.match(/def _f/g)?.length).toBe(1); // filter's
  });

  test("rows of any length keep a function", () => {
    expect(py.rows.match(/def _f/g)?.length).toBe(2);
  });
});
