// A string's or an array's length compared with 0 as a condition (`if (s.length > 0)`,
// `while (queue.length !== 0)`, `filter((w) => w.length === 0)`, `!xs.length`) is Python's
// truthiness of the value itself, without a len() call per test (compiler/transform/
// conversions.ts lengthTest). A length compared in a value (a boolean that is printed or
// stored) stays a comparison.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const cases: Record<string, ShapeCase> = {
  "conditions on lengths": {
    source: `const words = ["a", "", "bc", ""];
const kept: string[] = [];
for (const w of words) if (w.length > 0) kept.push(w);
const queue = [3, 2, 1];
let steps = 0;
while (queue.length !== 0) {
  queue.pop();
  steps++;
}
const empties = words.filter((w) => w.length === 0).length;
const long = words.filter((w) => w.length >= 1).length;
const none = words.filter((w) => 0 === w.length).length;
console.log(kept.join(","), steps, empties, long, none, !queue.length ? "drained" : "left", words[2].length < 1 ? "y" : "n");`,
    has: ["    if w:\n", "while queue:\n", "[w for w in words if not w]", "[w for w in words if w]", '"drained" if not queue else "left"'],
    lacks: ["len(w) > 0", "len(queue) != 0"],
  },
  "a length compared in a value stays a comparison": {
    source: `const items: number[] = [];
const hasItems = items.length > 0;
const flags = [items.length === 0, "ab".length > 0];
console.log(hasItems, flags.join(","));`,
    has: ["hasItems = len(items) > 0\n"],
  },
};

shapeSuite("lengths compared with 0 in conditions", cases);
