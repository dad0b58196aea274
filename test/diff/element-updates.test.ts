// `xs[k] += v` and `xs[k]++` as statements are Python's `xs[k] += v` with the receiver and key
// written in place, no temporaries: Python evaluates xs, k, the element and then v, as JavaScript
// does (compiler/transform/assignment.ts targetInPlace).
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const cases: Record<string, ShapeCase> = {
  "a histogram of word lengths": {
    source: `const counts: number[] = new Array(8).fill(0);
for (const w of "a bb ccc dd e ffff".split(" ")) {
  counts[w.length]++;
  counts[w.length - 1] += 2;
}
console.log(counts.join(","));`,
    has: ["    counts[len(w)] += 1", "    counts[len(w) - 1] += 2"],
    lacks: ["_t"],
  },
  "receiver, key and value keep JavaScript's order": {
    source: `const xs = [1, 2, 3, 4];
let i = 0;
xs[i] += i++;
xs[i++] += 10;
const grid = [[1, 2], [3, 4]];
let r = 0;
grid[r++][r] *= 5;
const log: string[] = [];
function at(n: number): number { log.push("k" + n); return n; }
function arr(): number[] { log.push("arr"); return xs; }
arr()[at(2)] -= at(1);
arr()[at(3)]++;
console.log(xs.join(","), i, grid.join("|"), r, log.join(" "));`,
    has: ["arr()[at(2)] -= at(1)", "arr()[at(3)] += 1"],
  },
};

shapeSuite("element updates as statements", cases);
