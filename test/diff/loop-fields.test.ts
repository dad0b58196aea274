// Fields a loop reads but cannot change are read once before it
// (compiler/transform/loop-fields.ts). The programs below print what Node
// prints, including the loops where the field does change under them.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

diffSuite("fields read once before a loop", {
  "a ring buffer's sums and maxima": `
class Ring {
  private items: number[];
  private count = 0;
  private head = 0;
  constructor(private size: number) { this.items = new Array<number>(size).fill(0); }
  push(v: number): void { this.items[this.head] = v; this.head = (this.head + 1) % this.size; if (this.count < this.size) this.count++; }
  sum(): number { let s = 0; for (let i = 0; i < this.count; i++) s += this.items[i]; return s; }
  max(): number { let m = -1; let i = 0; while (i < this.count) { if (this.items[i] > m) m = this.items[i]; i++; } return m; }
}
const r = new Ring(4);
for (let t = 0; t < 10; t++) { r.push(t * 7 % 5); console.log(r.sum(), r.max()); }`,

  "the loop replaces the field, through this or another name": `
class Swap {
  data = [1, 2, 3];
  other: Swap | null = null;
  run(): number {
    let total = 0;
    for (let i = 0; i < 3; i++) { total += this.data[i]; if (i === 0) this.data = [10, 20, 30]; }
    return total;
  }
  viaOther(): number {
    let total = 0;
    for (let i = 0; i < 3; i++) { total += this.data[i]; if (this.other) this.other.data = [100, 200, 300]; }
    return total;
  }
}
const s = new Swap();
console.log(s.run());
s.data = [1, 2, 3];
s.other = s;
console.log(s.viaOther());`,

  "a call in the loop may change it": `
class Counter {
  values = [1, 1, 1];
  reset(): void { this.values = [5, 5, 5]; }
  walk(): number {
    let t = 0;
    for (let i = 0; i < 3; i++) { t += this.values[i]; this.reset(); }
    return t;
  }
}
console.log(new Counter().walk());`,

  "a closure made in the loop reads the field later": `
class Later {
  label = "a";
  make(): (() => string)[] {
    const fns: (() => string)[] = [];
    for (let i = 0; i < 2; i++) { fns.push(() => this.label + i); }
    return fns;
  }
}
const l = new Later();
const fns = l.make();
l.label = "b";
console.log(fns.map((f) => f()).join());`,

  "a getter is not a field": `
class Base {
  n = 0;
  get next(): number { return ++this.n; }
  sum(): number { let s = 0; for (let i = 0; i < 3; i++) s += this.next; return s; }
}
console.log(new Base().sum());`,

  "await lets other code run": `
class Feed {
  items = [1, 2];
  async sum(): Promise<number> {
    let s = 0;
    for (let i = 0; i < 2; i++) { await new Promise<void>((r) => setTimeout(r, 5)); s += this.items[i]; }
    return s;
  }
}
const f = new Feed();
f.sum().then((v) => console.log("sum", v));
f.items = [10, 20];`,
});

const emitted = {
  ring: `
class Window {
  private items: number[] = [0, 0, 0, 0];
  private count = 4;
  average(): number { let s = 0; for (let i = 0; i < this.count; i++) s += this.items[i]; return s / this.count; }
}
console.log(new Window().average());`,
  writes: `
class W {
  items: number[] = [1, 2];
  grow(): void { for (let i = 0; i < 2; i++) { this.items = this.items.concat([i]); } }
}
const w = new W();
w.grow();
console.log(w.items.length);`,
};

describe("fields read once before a loop: emitted Python", () => {
  const py = emittedPython(emitted);

  test("the field is read once, before the loop", () => {
    expect(py.ring).toContain("_items = self.items\n");
    expect(py.ring).toContain("s += _items[i]");
  });

  test("a field the loop assigns is read on every pass", () => {
    expect(py.writes).not.toContain("_items = self.items");
  });
});
