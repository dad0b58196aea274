// pop() and shift() right after a condition that proves the array is not empty are plain
// `pop()` / `pop(0)` (compiler/transform/non-empty.ts); anywhere else they keep the guard that
// gives undefined for an empty array, where Python raises IndexError. Their value carries the
// array's element facts, so popped integers print with str().
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const cases: Record<string, ShapeCase> = {
  "a bounded queue drops its oldest after a length test": {
    source: `class Window {
  items: number[] = [];
  add(x: number): void {
    this.items.push(x);
    if (this.items.length > 3) this.items.shift();
  }
}
const w = new Window();
for (let i = 0; i < 6; i++) w.add(i * 2);
console.log(w.items.join(","));`,
    has: ["        if len(self.items) > 3:\n            self.items.pop(0)\n"],
    lacks: ["if _t"],
  },
  "a work list drained while it has items": {
    source: `const work = [5, 6, 7];
let total = 0;
while (work.length > 0) {
  const next = work.shift();
  total += next ?? 0;
}
const stack = [1, 2, 3];
while (stack.length) {
  const top = stack.pop();
  console.log(top, total);
}`,
    has: ["    next_ = _work_pop(0)\n", "    top = _stack_pop()\n", '    print("undefined" if top is None else str(top), total)'],
  },
  "the else branch of an emptiness test, and conjunctions": {
    source: `const xs: number[] = [4, 9];
const ys: number[] = [];
function take(a: number[], ok: boolean): string {
  if (a.length === 0) return "empty";
  else return String(a.pop());
}
function first(a: number[], ok: boolean): number | undefined {
  if (ok && 0 < a.length) return a.shift();
  return -1;
}
function last(a: number[]): number | undefined {
  if (!a.length) { return undefined; } else { return a.pop(); }
}
console.log(take(xs, true), take(ys, true), first(xs, true), first(ys, true), last([7]), last([]));`,
    has: ["        return a.pop(0)\n", "        return a.pop()\n"],
  },
  "no proof keeps the guard": {
    source: `const e: number[] = [];
const log: string[] = [];
class Box { inner: number[] = [1]; get view(): number[] { log.push("get"); return []; } }
const box = new Box();
if (e.length >= 0) console.log(e.pop());
if (e.length > -1) e.shift();
if (e.length || true) e.pop();
if (box.view.length > 0) box.view.pop();
let other = [1];
if (other.length > 0) { other = []; other.pop(); }
if (box.inner.length > 0) console.log(String(box.inner.pop()), String(box.inner.pop()));
while (e.length !== 1 && e.length < 2) { e.pop(); break; }
console.log(log.join(), other.length);`,
    has: ["        if other:\n            other.pop()\n", "        if e:\n            e.pop(0)\n", "_t3 = _t2.pop() if _t2 else None"],
    lacks: ["box.view.pop()"],
  },
};

shapeSuite("pop and shift after a length test", cases);
