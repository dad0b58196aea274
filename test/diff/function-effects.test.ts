// A loop that calls functions of the program which change nothing their callers can see
// (compiler/transform/function-effects.ts) keeps its arrays' lengths: `i < xs.length` is a
// range() (or the loop walks the items). A function that pushes onto, sorts or stores into
// an array it did not make, assigns an outer variable, calls one that does, or calls
// itself, may change the bound: the loop reads it on every pass, as JavaScript does.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const stable: Record<string, ShapeCase> = {
  "a helper that only computes": {
    source: `function score(v: number): number {
  const w = v * 2;
  return w > 10 ? w - 10 : w;
}
function total(xs: number[]): number {
  let t = 0;
  for (let i = 0; i < xs.length; i++) t += score(xs[i]) * i;
  return t;
}
console.log(total([1, 5, 9, 12]), total([]));`,
    has: ["    for i in range(len(xs)):\n"],
  },
  "a helper that sorts a copy of its argument": {
    source: `function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
function smooth(xs: number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < xs.length - 1; i++) out.push(median([xs[i - 1], xs[i], xs[i + 1]]));
  return out;
}
const raw = [5, 1, 9, 3, 7, 7, 2];
console.log(smooth(raw).join(","), raw.join(","));`,
    has: ["def median(values):"],
    lacks: ["while "],
  },
};

const stays: Record<string, ShapeCase> = {
  "a helper that pushes onto the array the loop walks": {
    source: `const queue = [1, 2];
function expand(n: number): number {
  if (n < 4) queue.push(n + 2);
  return n;
}
let sum = 0;
for (let i = 0; i < queue.length; i++) sum += expand(queue[i]);
console.log(sum, queue.join(","));`,
    has: ["while i < len(queue):"],
  },
  "a helper that sorts its argument in place": {
    source: `function largest(xs: number[]): number {
  xs.sort((a, b) => b - a);
  xs.length = Math.min(xs.length, 2);
  return xs[0];
}
function run(xs: number[]): string {
  const seen: number[] = [];
  for (let i = 0; i < xs.length; i++) seen.push(largest(xs) + i);
  return seen.join(",");
}
console.log(run([4, 8, 1, 6]));`,
    has: ["while i < len(xs):"],
  },
  "a helper that assigns an outer variable": {
    source: `let limit = 5;
function shrink(v: number): number {
  limit = Math.min(limit, 3);
  return v;
}
const items = [10, 20, 30, 40, 50];
let got = 0;
for (let i = 0; i < items.length && i < limit; i++) got += shrink(items[i]);
console.log(got);`,
    // the array's length is read once (nothing resizes it); the variable the call assigns is read every pass
    has: ["    _items_len = len(items)\n", "while i < _items_len and i < limit:"],
  },
  "a helper that calls one that changes the array": {
    source: `const log: string[] = ["a"];
function note(s: string): void {
  if (log.length < 4) log.push(s + "!");
}
function visit(s: string): number {
  note(s);
  return s.length;
}
let n = 0;
for (let i = 0; i < log.length; i++) n += visit(log[i]);
console.log(n, log.join(""));`,
    has: ["while i < len(log):"],
  },
  "a recursive helper": {
    source: `const stack = [3];
function depth(n: number): number {
  if (n > 0 && stack.length < 5) stack.push(n - 1);
  return n <= 0 ? 0 : 1 + depth(n - 1);
}
let d = 0;
for (let i = 0; i < stack.length; i++) d += depth(stack[i]);
console.log(d, stack.join(","));`,
    has: ["while i < len(stack):"],
  },
};

shapeSuite("function effects: calls that change nothing keep range()", stable);
shapeSuite("function effects: calls that may change the bound", stays);
