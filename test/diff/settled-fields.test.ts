// A field only constructors set, read in a loop from a local that is never None and that
// nothing can reassign, is read once before the loop (compiler/python/loop-invariants.ts,
// compiler/transform/unchanged-by-calls.ts), however the read got there (a method
// written in place). Each program runs in Node and in MicroPython with the same output;
// the cases that stay show what would change the field or the variable.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const hoisted: Record<string, ShapeCase> = {
  "a constructor's field, read through a method written in place": {
    source: `class Strip {
  readonly buffer: Uint8Array;
  constructor(public readonly length: number) {
    this.buffer = new Uint8Array(length * 3);
  }
  setPixel(i: number, level: number): void {
    this.buffer[i * 3] = level;
    this.buffer[i * 3 + 2] = 255 - level;
  }
}
function shade(i: number): number {
  return (i * 70) % 256;
}
const strip = new Strip(4);
for (let frame = 0; frame < 2; frame++) {
  for (let i = 0; i < strip.length; i++) strip.setPixel(i, shade(i + frame));
}
console.log(Array.from(strip.buffer).join(","));`,
    has: ["    _buffer = strip.buffer\n", "            _buffer[i * 3] = level\n"],
    lacks: ["strip.buffer["],
  },
  "a parameter's fields in a function's loop that calls other code": {
    source: `class Heater {
  temperature = 20;
  constructor(readonly gain: number, readonly loss: number) {}
}
function log(t: number): void {
  if (t > 24) console.log("hot", t.toFixed(2));
}
function run(h: Heater, steps: number): number {
  for (let i = 0; i < steps; i++) {
    h.temperature += h.gain - (h.temperature - 20) * h.loss;
    log(h.temperature);
  }
  return h.temperature;
}
console.log(run(new Heater(1.5, 0.1), 6).toFixed(3));`,
    has: ["    _gain = h.gain\n    _loss = h.loss\n"],
    lacks: ["h.gain -"],
  },
  "a field a method sets, of a variable, in a loop that runs no other code (loop-fields.ts)": {
    source: `class Dimmer {
  level = 10;
  raise(): void {
    this.level += 5;
  }
}
function total(d: Dimmer, xs: number[]): number {
  let sum = 0;
  for (const x of xs) sum += x * d.level;
  return sum;
}
const d = new Dimmer();
console.log(total(d, [1, 2, 3]));
d.raise();
console.log(total(d, [1, 2, 3]));`,
    has: ["    _level = d.level\n"],
  },
};

const kept: Record<string, ShapeCase> = {
  "a field a method sets": {
    source: `class Dimmer {
  level = 10;
  raise(): void {
    this.level += 5;
    console.log("raised", this.level);
  }
}
const d = new Dimmer();
let sum = 0;
for (let i = 0; i < 3; i++) {
  sum += d.level;
  d.raise();
}
console.log(sum);`,
    has: ["        sum_ += d.level\n"],
  },
  "a variable that may be undefined": {
    source: `class Probe {
  constructor(readonly gain: number) {}
}
function total(p: Probe | undefined, n: number): number {
  let t = 0;
  for (let i = 0; i < n; i++) if (p) t += p.gain * i;
  return t;
}
console.log(total(undefined, 3), total(new Probe(2), 3), total(undefined, 0));`,
    has: ["            t += p.gain * i\n"],
  },
  "a variable given a record's entry, which for a missing key is undefined": {
    source: `class Probe {
  constructor(readonly gain: number) {}
}
const probes: Record<string, Probe> = { a: new Probe(2) };
function total(key: string, n: number): number {
  const p = probes[key];
  let t = 0;
  for (let k = 0; k < n; k++) if (p) t += p.gain * k;
  return t;
}
console.log(total("a", 3), total("b", 3));`,
    has: ["            t += p.gain * k\n"],
  },
  "a loop in the constructor that stores the field": {
    source: `class Acc {
  total = 0;
  constructor(xs: number[]) {
    for (const x of xs) this.total = this.total * 2 + x;
  }
}
console.log(new Acc([1, 2, 3]).total);`,
    has: ["self.total = self.total * 2 + x"],
  },
  "a variable the loop or a closure reassigns": {
    source: `class Dev {
  constructor(readonly gain: number) {}
}
const a = new Dev(1);
const b = new Dev(10);
let cur = a;
let other = a;
const swap = () => {
  other = b;
};
let sum = 0;
for (let i = 0; i < 3; i++) {
  sum += cur.gain + other.gain;
  cur = b;
  swap();
}
console.log(sum);`,
    has: ["sum_ += cur.gain + other.gain"],
  },
  "a store by a computed key, or Object.assign, anywhere in the program": {
    source: `class Cfg {
  gain = 1;
  offset = 0;
}
class Limits {
  high = 5;
}
function set(c: Cfg, k: keyof Cfg, v: number): void {
  c[k] = v;
}
function widen(l: Limits): void {
  Object.assign(l, { high: l.high + 1 });
}
const c = new Cfg();
const l = new Limits();
let sum = 0;
for (let i = 0; i < 3; i++) {
  sum += c.gain * 100 + l.high;
  set(c, "gain", i + 2);
  widen(l);
}
console.log(sum);`,
    has: ["sum_ += c.gain * 100 + l.high"],
  },
};

shapeSuite("settled fields: read once before the loop", hoisted);
shapeSuite("settled fields: read in the loop", kept);
