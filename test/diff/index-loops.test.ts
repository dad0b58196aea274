// A callback taking (item, index) emitted as a for loop (forEach, map, filter, ... with
// statements) walks the indexes, `for i in range(len(xs))` reading `x = xs[i]` first, when
// the loop cannot change the array's length (compiler/builtins/callbacks.ts passLoop):
// enumerate() makes an (index, item) tuple per pass. Where the length may change, the loop
// walks the indices of the start and skips those cut off (test/diff/growing-walks).
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const cases: Record<string, ShapeCase> = {
  "forEach over a local array": {
    source: `function gaps(times: number[]): string {
  const marks = times.map((t) => t * 2);
  const out: string[] = [];
  marks.forEach((m, i) => {
    if (i === 0) return;
    out.push(\`\${i}:\${m - marks[i - 1]}\`);
  });
  return out.join(" ");
}
console.log(gaps([1, 4, 9, 16]), gaps([]));`,
    has: ["    for i in range(len(marks)):\n        m = marks[i]\n"],
  },
  "map with statements over the parts of a string": {
    source: `const cells = "4,x,9,".split(",").map((c, i) => {
  const n = parseInt(c, 10);
  if (isNaN(n)) return -i;
  return n * 10 + i;
});
console.log(cells.join("|"));`,
    has: ['_t = "4,x,9,".split(",")\n', "    for i in range(len(_t)):\n        c = _t[i]\n"],
  },
  "the callback calls code that may grow the array": {
    source: `function visit(items: number[], grow: (n: number) => void): number {
  let seen = 0;
  items.forEach((n, i) => {
    if (i < 2) grow(n);
    seen += n * i;
  });
  return seen;
}
const list = [3, 5, 7];
console.log(visit(list, (n) => { if (n > 100) list.push(n); }), list.length);`,
    has: ["for i in range(len(items)):\n        if i >= len(items):\n            continue\n        n = items[i]\n"],
  },
  "a sorted copy: sort gives the new array it sorted, which no call can reach": {
    source: `const levels = [5, 1, 4];
function grow(n: number): number { if (n > 3) levels.push(n); return n * 2; }
const doubled = [...levels].sort((a, b) => a - b).map((n) => {
  const d = grow(n);
  return d + 1;
});
const again = levels.sort((a, b) => b - a).map((n) => {
  const d = grow(n);
  return d;
});
console.log(doubled.join(), again.join(), levels.join());`,
    has: ["for n in sorted(levels):\n", "    if _i >= len(_t):\n"],
  },
  "an [a, b] item and its index": {
    source: `const pairs: [string, number][] = [["a", 2], ["b", 5]];
const lines: string[] = [];
pairs.forEach(([name, count], i) => {
  if (count > 3) lines.push(\`\${i}:\${name}\`);
});
console.log(lines.join(","));`,
    has: ["    for i in range(len(pairs)):\n        name, count = pairs[i]\n"],
  },
};

shapeSuite("callbacks with an index: loops over range(len(xs))", cases);
