// Calls of functions and methods with no `return` (compiler/transform/inline-calls.ts), written
// in place where the call is a statement in a loop: the body's statements take the call's place,
// and an argument that is not a variable or a literal is evaluated first, in order, into a
// temporary. Node's output is the judge, with arguments whose calls print, change an earlier
// argument's variable or the receiver's variable; and the calls that must stay calls (one whose
// value, undefined, is converted to a string: the call still runs).
import { describe, expect, test } from "vitest";
import { compile } from "../../compiler/program.js";
import { runInVm } from "../../compiler/board/vm.js";
import { project } from "../helpers/standin.js";
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const inlined: Record<string, ShapeCase> = {
  "a method storing into a field's elements, with a call as an argument": {
    source: `class Strip {
  readonly buffer: Uint8Array;
  lit = 0;
  constructor(public readonly length: number) {
    this.buffer = new Uint8Array(length * 3);
  }
  set(i: number, rgb: number[], level: number): void {
    const o = i * 3;
    this.buffer[o] = (rgb[1] * level) >> 8;
    this.buffer[o + 1] = (rgb[0] * level) >> 8;
    this.buffer[o + 2] = (rgb[2] * level) >> 8;
    if (level > 0) this.lit++;
  }
}
let wheels = 0;
// writes a variable: a call, not written in place
function wheel(i: number): number[] {
  wheels++;
  console.log("wheel", i);
  return [i * 40, 255 - i * 40, (i * 90) % 256];
}
const strip = new Strip(4);
for (let i = 0; i < 4; i++) strip.set(i, wheel(i), 200 - i * 60);
console.log(Array.from(strip.buffer).join(","), strip.lit, wheels);`,
    has: [
      "        rgb = wheel(i)\n        level = 200 - i * 60\n        o = i * 3\n        _buffer[o] = rgb[1] * level >> 8 & 255\n",
      "        if level > 0:\n            strip.lit += 1\n",
    ],
    lacks: ["strip.set(", "def set("],
  },
  "an argument's call changes an earlier argument's variable, or the receiver's": {
    source: `let k = 1;
function bump(): number {
  k += 10;
  return k;
}
class Tally {
  total = 0;
  put(a: number, b: number): void {
    this.total += a * 1000 + b;
  }
}
const first = new Tally();
const second = new Tally();
let target = first;
function swap(): number {
  target = second;
  return 5;
}
for (let i = 0; i < 3; i++) {
  first.put(k, bump());
  target.put(i, swap());
}
console.log(first.total, second.total);`,
    has: [
      "        a = k\n        b = bump()\n        first.total += a * 1000 + b\n",
      "        _self = target\n        b1 = swap()\n        _self.total += i * 1000 + b1\n",
    ],
  },
  "a function storing into its array parameter, as a forEach callback's body": {
    source: `function fill(out: number[], n: number, v: number): void {
  out[n] = v;
  out[n + 1] = v * 2;
}
const arr = [0, 0, 0, 0, 0, 0];
[0, 2, 4].forEach((n) => fill(arr, n, n + 1));
console.log(arr.join(","));`,
    has: ["        v = n + 1\n        arr[n] = v\n        arr[n + 1] = v * 2\n"],
  },
  "a ring buffer's push, in a loop of another method": {
    source: `class Ring {
  items: number[];
  head = 0;
  count = 0;
  constructor(readonly capacity: number) {
    this.items = new Array<number>(capacity).fill(0);
  }
  push(v: number): void {
    this.items[this.head] = v;
    this.head = (this.head + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
  }
  pushAll(values: number[]): number {
    for (const v of values) this.push(v);
    return this.count;
  }
}
const r = new Ring(4);
console.log(r.pushAll([5, 6, 7]), r.pushAll([8, 9, 10]), r.items.join(","), r.head);`,
    has: ["            _items[self.head] = v\n            self.head = (self.head + 1) % _capacity\n"],
    lacks: ["self.push(v)"],
  },
  "parameters and constants Python spells otherwise (keywords, $), and a field with $ read in a loop": {
    source: `class Log {
  $total = 0;
  scale = 2;
  add(from: number, lambda: number): void {
    const is = from * this.scale;
    this.$total += is * 10 + lambda;
  }
  sum(xs: number[]): number {
    let s = 0;
    for (const x of xs) s += this.$total + x;
    return s;
  }
}
let picks = 0;
function pick(i: number): number {
  picks++;
  console.log("pick", i);
  return i * 2;
}
const l = new Log();
for (let i = 0; i < 3; i++) l.add(pick(i), pick(i + 1));
console.log(l.$total, l.sum([1, 2]), picks);`,
    has: ["        from_ = pick(i)\n        lambda_ = pick(i + 1)\n        is_ = from_ * _scale\n", "        _S_total = self.S_total\n"],
  },
  // a guard first (`if (test) return;`): the rest of the body runs under `if not test`
  "a guard clause, with a literal argument that decides a branch": {
    source: `const WIDTH = 8;
class Frame {
  readonly cells = new Uint8Array(WIDTH);
  writes = 0;
  set(x: number, on: boolean): void {
    if (x < 0 || x >= WIDTH) {
      return;
    }
    const bit = 1 << (x & 7);
    this.writes++;
    if (on) this.cells[x] |= bit;
    else this.cells[x] &= ~bit;
  }
}
const f = new Frame();
for (let x = -2; x < 11; x += 3) f.set(x, true);
for (let x = 0; x < 12; x += 4) f.set(x + 1, x > 4);
for (const v of [-9, 7, 99]) f.set(v, true);
console.log(Array.from(f.cells).join(","), f.writes);`,
    has: ["        if not (x < 0 or x >= WIDTH):\n", "            _cells[x] |= bit\n"],
    lacks: ["def set(", "if True"],
  },
};

// a method every call of which is written in place is not defined (unused-defs.ts), unless
// something else in the program could reach it by its name
const ringSource = (extra: string) => `class Ring {
  items: number[] = [0, 0, 0];
  head = 0;
  push(v: number): void {
    this.items[this.head] = v;
    this.head = (this.head + 1) % 3;
  }
}
const r = new Ring();
for (let i = 0; i < 5; i++) r.push(i * 2);
${extra}
console.log(r.items.join(","), r.head);`;

const defs: Record<string, ShapeCase> = {
  "a method every call of which is written in place is not defined": {
    source: ringSource(""),
    has: ["        _items[r.head] = i * 2\n"],
    lacks: ["def push("],
  },
  "an interface that names the method keeps it (a Ring may be passed as one)": {
    source: ringSource(`interface Pusher {
  push(v: number): void;
}
function feed(p: Pusher): void {
  p.push(9);
}
feed(r);`),
    has: ["    def push(self, v):\n"],
  },
  "a read by a computed key, or a string of its name, keeps it": {
    source: ringSource(`const how: string = "push";
console.log(how in r, typeof (r as any)[how]);`),
    has: ["    def push(self, v):\n"],
  },
};

const calls: Record<string, ShapeCase> = {
  "a body with a return after its first statement": {
    source: `class Stats {
  sum = 0;
  seen = 0;
  add(v: number): void {
    this.seen++;
    if (v < 0) return;
    this.sum += v;
  }
}
const s = new Stats();
for (const v of [3, -2, 5]) s.add(v);
console.log(s.sum, s.seen);`,
    has: ["        _s_add(v)\n"],
  },
  "a call whose value is read": {
    source: `class Lamp {
  on = false;
  flip(): void {
    this.on = !this.on;
  }
}
const lamp = new Lamp();
const seen: string[] = [];
for (let i = 0; i < 3; i++) seen.push(String(lamp.flip()) + ":" + lamp.on);
for (let i = 0; i < 3; i++) seen.push(\`\${lamp.on}\${lamp.flip()}\${lamp.on}\`);
console.log(seen.join(" "));`,
    has: ["_lamp_flip()"],
  },
  "a body that writes a variable": {
    source: `let total = 0;
class Meter {
  reads = 0;
  add(v: number): void {
    this.reads++;
    total += v;
  }
}
const m = new Meter();
for (let i = 0; i < 4; i++) m.add(i * 2);
console.log(total, m.reads);`,
    has: ["_m_add(i * 2)"],
  },
  "a call outside any loop, and a callback that is not run per item": {
    source: `class Door {
  opened = 0;
  closed = 0;
  toggle(open: boolean): void {
    if (open) this.opened++;
    else this.closed++;
  }
}
const d = new Door();
d.toggle(true);
const later = (open: boolean) => d.toggle(open);
later(false);
console.log(d.opened, d.closed);`,
    has: ["d.toggle(True)", "d.toggle(open_)"],
  },
};

shapeSuite("inline statements: written in place", inlined);
shapeSuite("inline statements: calls that stay", calls);
shapeSuite("inline statements: methods no call is left of", defs);

describe("inline statements: a method another module calls", () => {
  test("stays defined, though every call in its own module is written in place", async () => {
    const dir = project({
      "src/ring.ts": `export class Ring {
  items: number[] = [0, 0, 0];
  head = 0;
  push(v: number): void {
    this.items[this.head] = v;
    this.head = (this.head + 1) % 3;
  }
}
export function fill(r: Ring, n: number): void {
  for (let i = 0; i < n; i++) r.push(i);
}
`,
      "src/main.ts": `import { Ring, fill } from "./ring";\nconst r = new Ring();\nfill(r, 4);\nr.push(9);\nprint(r.items.join(","), r.head);\n`,
    });
    const result = compile(dir);
    expect(result.diagnostics).toEqual([]);
    const files = result.files.filter((f) => f.path.endsWith(".py")).map((f) => ({ path: f.path, text: f.text }));
    const ring = files.find((f) => f.path === "ring.py")!.text;
    expect(ring).toContain("        _items[r.head] = i\n");
    expect(ring).toContain("    def push(self, v):\n");
    const run = await runInVm(files, "main");
    expect(run.stdout).toBe("3,9,2 2\n");
  });
});
