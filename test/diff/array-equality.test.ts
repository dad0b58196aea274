// Two arrays compared item by item (`a.length === b.length && a.every((x, i) => x === b[i])`, and
// the `!==` / `some` form) are Python's `a == b` / `a != b` where `==` on the items is `===`
// (compiler/transform/array-equality.ts): byte arrays, lists of strings, booleans or integers.
// Elsewhere the item-by-item walk stays: numbers that may be NaN (a list compares its items by
// identity first, so [nan] == [nan] holding one NaN), objects, a getter, a view (memoryview).
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const cases: Record<string, ShapeCase> = {
  "byte frames sent and read back": {
    source: `function frame(seq: number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (seq * 7 + i) & 0xff;
  return out;
}
let bad = 0, good = 0;
for (let seq = 0; seq < 6; seq++) {
  const sent = frame(seq, 4 + (seq % 2));
  const back = seq % 3 === 0 ? frame(seq + 1, 4 + (seq % 2)) : frame(seq, 4);
  if (back.length !== sent.length || back.some((b, k) => b !== sent[k])) bad++;
  if (sent.length === back.length && sent.every((x, i) => back[i] === x)) good++;
}
console.log(bad, good);`,
    has: ["        if back != sent:\n", "        if sent == back:\n"],
  },
  "lists of strings, booleans and integers": {
    source: `const words = "a b c".split(" ");
const other = ["a", "b", "c"];
const flags = [true, false];
const seen = [true, false];
const counts: number[] = [];
const again: number[] = [];
for (let i = 0; i < 5; i++) { counts.push(i * 3); again.push(i * 3 - (i === 4 ? 1 : 0)); }
const sameWords = words.length === other.length && words.every((w, i) => w === other[i]);
const sameFlags = flags.length === seen.length && flags.every((f, i) => f === seen[i]);
const sameCounts = counts.length === again.length && counts.every((c, i) => c === again[i]);
const differ = counts.length !== again.length || counts.some((c, i) => counts[i] !== again[i]);
console.log(sameWords, sameFlags, sameCounts, differ);`,
    has: ["sameWords = words == other\n", "sameFlags = flags == seen\n", "sameCounts = counts == again\n", "differ = counts != again\n"],
  },
  "no rule: fractions and NaN, objects, a getter, a parameter hiding a name": {
    source: `const n = NaN;
const a = [n, 0.5];
const b = [n, 0.5];
const p = [{ x: 1 }];
const q = [{ x: 1 }];
class Box { get items(): number[] { return [1, 2]; } }
const box = new Box();
const ints = [1, 2];
const viaNaN = a.length === b.length && a.every((v, i) => v === b[i]);
const viaObjects = p.length === q.length && p.every((v, i) => v === q[i]);
const viaGetter = box.items.length === ints.length && box.items.every((v, i) => v === ints[i]);
console.log(viaNaN, viaObjects, viaGetter);`,
    has: ["viaNaN = len(a) == len(b) and all(", "viaObjects = len(p) == len(q) and all("],
    lacks: ["a == b", "p == q", "== ints\n"],
  },
  "no rule: a byte list against a list of other integers": {
    source: `const small: number[] = [];
const other: number[] = [];
for (let i = 1; i <= 2; i++) {
  small.push(i * 1000 - i * 999);
  other.push(i & 0xff);
}
console.log(small.length === other.length && small.every((x, i) => x === other[i]));`,
    has: ["other = bytearray()", "all("],
    lacks: ["small == other"],
  },
  "no rule: a program that makes views": {
    source: `const buf = new Uint8Array([1, 2, 3, 4]);
const head = buf.subarray(0, 2);
const copy = new Uint8Array([1, 2]);
console.log(head.length === copy.length && head.every((x, i) => x === copy[i]));`,
    has: ["all("],
    lacks: ["head == copy"],
  },
};

shapeSuite("arrays compared item by item", cases);
