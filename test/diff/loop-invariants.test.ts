// Arithmetic every pass of a loop computes alike is computed once before the loop
// (compiler/python/loop-invariants.ts); what a pass could change, a call could
// change, or what could raise stays in the loop. Each program runs in Node and in
// MicroPython with the same output.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const cases: Record<string, ShapeCase> = {
  "a term an earlier loop computed is read again, until its name is bound again": {
    source: `function sums(n: number, unit: number): number[] {
  let a = 0, b = 0, c = 0;
  for (let i = 0; i < n; i++) a += i + unit * 1.5;
  for (let i = 0; i < n; i++) b += i - unit * 1.5;
  unit = unit + 1;
  for (let i = 0; i < n; i++) c += unit * 1.5;
  return [a, b, c];
}
console.log(sums(3, 2).join(","));`,
    has: ["    _l = unit * 1.5\n", "        b += i - _l\n", "    _l1 = unit * 1.5\n", "        c += _l1\n"],
  },
  "a term of the outer loop's variable, before the inner loop": {
    source: `function frames(n: number): number {
  let acc = 0;
  for (let frame = 0; frame < n; frame++) {
    for (let i = 0; i < 6; i++) {
      const hue = (frame * 2.5 + i * 60) % 360;
      acc += hue + (i + frame * 0.75) / 3;
    }
  }
  return acc;
}
console.log(frames(4).toFixed(3));`,
    has: ["        _l = frame * 2.5\n        _l1 = frame * 0.75\n        for i in range(6):\n", "            hue = (_l + i * 60) % 360\n"],
  },
  "a parameter's term, once, however often it appears": {
    source: `function beeps(code: string, unit: number): number[] {
  const out: number[] = [];
  for (const c of code) out.push(c === "." ? unit : 3 * unit, c === " " ? 7 * unit : 3 * unit);
  return out;
}
console.log(beeps(". -", 40).join(","));`,
    has: ["    _l = 3 * unit\n    _l1 = 7 * unit\n"],
    lacks: ["_l2"],
  },
  "what the loop assigns, divides by a variable, or joins lists stays": {
    source: `function mixed(xs: number[], d: number, a: number[], b: number[]): string {
  let k = 1;
  const parts: string[] = [];
  for (const x of xs) {
    parts.push(String(k * 2 + x), String(x / d), String([...a, ...b].length));
    k++;
  }
  return parts.join(" ");
}
console.log(mixed([1, 2], 4, [1], [2, 3]));`,
    has: ["k * 2 + x", "x / d"],
    lacks: ["_l ="],
  },
  "a variable a function inside changes, or one the loop's function shares as a global": {
    source: `let scale = 2;
function grow(): void { scale += 1; }
function run(n: number): number {
  let base = 10;
  const bump = () => { base += 5; };
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += base * 1.5 + scale * 0.5;
    bump();
    grow();
  }
  return total;
}
console.log(run(3));`,
    has: ["base * 1.5 + scale * 0.5"],
    lacks: ["_l ="],
  },
  "a variable only set in an if before the loop stays in the loop": {
    source: `function pick(flag: boolean, xs: number[]): number {
  let t = 0;
  let unit: number | undefined;
  if (flag) unit = 4;
  for (const x of xs) if (unit !== undefined) t += x + unit * 0.5;
  return t;
}
console.log(pick(true, [1, 2]), pick(false, [3]));`,
    has: ["unit * 0.5"],
    lacks: ["_l ="],
  },
  "a number given a record's entry, which for a missing key is undefined, stays in the loop": {
    source: `const ks: Record<string, number> = { a: 3 };
function f(key: string): number {
  const k = ks[key];
  let t = 0;
  for (let j = 0; j < 3; j++) if (k !== undefined) t += k * 2 + j;
  return t;
}
console.log(f("a"), f("b"));`,
    has: ["            t += k * 2 + j\n"],
  },
  "a while loop, and a loop that runs no pass": {
    source: `function drain(n: number, rate: number): number {
  let left = n;
  let spent = 0;
  while (left > 0) {
    left -= 1;
    spent += rate / 4 + left;
  }
  for (let i = 0; i < 0; i++) spent += rate % 7;
  return spent;
}
console.log(drain(3, 10), drain(0, -3));`,
    has: ["    _l = rate / 4\n    while left > 0:\n"],
  },
  "the top level's loop in main: its locals' terms hoist too": {
    source: `let unit = 25;
if (Date.now() < 0) unit = 0;
let total = 0;
for (let i = 0; i < 4; i++) total += i * unit + unit * 0.5;
console.log(total);`,
    has: ["    _l = unit * 0.5\n    for i in range(4):\n"],
  },
};

shapeSuite("loop invariants: computed once before the loop", cases);
