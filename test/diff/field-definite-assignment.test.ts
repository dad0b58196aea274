// A declared field without an initialiser is undefined until set. mpts gives it
// None first only when something could read it unset: not when the constructor
// sets it before `this` is used any other way (compiler/transform/classes.ts).
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

diffSuite("fields set by the constructor", {
  "set first, then read": `
class Ring {
  private items: number[];
  private label: string;
  count = 0;
  constructor(private size: number) {
    const n = size * 2;
    this.items = new Array<number>(n).fill(0);
    this.label = "ring" + n;
  }
  describe(): string { return this.label + ":" + this.items.length + ":" + this.count; }
}
console.log(new Ring(3).describe(), JSON.stringify(new Ring(1)), Object.keys(new Ring(2)).join());`,

  "read before it is set: undefined": `
class Early {
  value: number;
  seen: string;
  constructor() {
    this.seen = String(this.peek());
    this.value = 5;
  }
  peek(): number | undefined { return this.value; }
}
const e = new Early();
console.log(e.seen, e.value);`,

  "an initialiser reading a field the constructor sets later": `
class Init {
  a: number;
  b = String((this as any).a);
  constructor() { this.a = 1; }
}
console.log(new Init().b);`,

  "a value that reads this, an early return, a branch": `
class Branchy {
  x: number;
  y!: number;
  z: number;
  self: Branchy;
  constructor(flag: boolean) {
    this.self = this;
    this.x = this.self === this ? 1 : 0;
    if (flag) { this.y = 2; }
    this.z = 3;
  }
}
const t = new Branchy(false);
console.log(t.x, t.y === undefined, t.z, JSON.stringify(Object.keys(t)));`,

  "a subclass sets its own field after super()": `
class Base { constructor(public id: number) {} }
class Led extends Base {
  pin: number;
  constructor(id: number) { super(id); this.pin = id + 1; }
}
const l = new Led(4);
console.log(l.id, l.pin, Object.keys(l).join());`,
});

const emitted = {
  setFirst: `
class Buffer {
  private data: number[];
  constructor(n: number) { this.data = new Array<number>(n).fill(0); }
  size(): number { return this.data.length; }
}
console.log(new Buffer(4).size());`,
  readFirst: `
class Late {
  v: number;
  constructor() { this.log(); this.v = 1; }
  log(): void { console.log(this.v === undefined); }
}
new Late();`,
};

describe("fields set by the constructor: emitted Python", () => {
  const py = emittedPython(emitted);

  test("no None for a field the constructor sets before anything reads it", () => {
    expect(py.setFirst).not.toContain("self.data = None");
  });

  test("None when a method may read it first", () => {
    expect(py.readFirst).toContain("self.v = None");
  });
});
