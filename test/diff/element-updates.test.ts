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
  "a field's bytearray updated at a plain key": {
    source: `class Frame {
  buffer = new Uint8Array(8);
  set(i: number, y: number): void { this.buffer[i] |= 1 << (y & 7); }
  clear(i: number, y: number): void { this.buffer[i] &= ~(1 << (y & 7)); }
  bump(k: number): number { this.buffer[k + 1] ^= 3; return this.buffer[k + 1]; }
}
const f = new Frame();
f.set(1, 3); f.set(1, 0); f.clear(1, 3); f.set(2, 9);
console.log(Array.from(f.buffer).join(","), f.bump(4), f.bump(4));`,
    has: ["self.buffer[i] |= 1 << (y & 7)", "self.buffer[i] &= ~(1 << (y & 7))", "self.buffer[k + 1] ^= 3"],
    lacks: ["_t"],
  },
  "a method's element update written where the method is inlined": {
    source: `class Frame {
  readonly buffer = new Uint8Array(8);
  pixel(x: number, y: number): void {
    if (x < 0 || x >= 8) return;
    const index = x + (y >> 3);
    this.buffer[index] |= 1 << (y & 7);
  }
  line(x: number, y: number, w: number): void {
    for (let i = 0; i < w; i++) this.pixel(x + i, y);
  }
}
const f = new Frame();
f.line(1, 3, 9);
f.line(0, 12, 2);
console.log(f.buffer.join(","));`,
    has: ["_buffer[index] |= 1 << (y & 7)"],
    lacks: ["_t"],
  },
};

shapeSuite("element updates as statements", cases);
