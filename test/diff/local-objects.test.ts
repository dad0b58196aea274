// An object a function makes and keeps to itself, used only through the fields its
// constructor sets (its methods written in place), is its fields as locals
// (compiler/python/local-objects.ts). Each program runs in Node and in MicroPython with
// the same output; the cases that keep the object show what lets it go or could tell.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const replaced: Record<string, ShapeCase> = {
  "a generator's state, its method written in place": {
    source: `class Lcg {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state * 75 + 74) % 65537;
    return this.state;
  }
}
function noise(n: number): number[] {
  const rng = new Lcg(2024);
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(rng.next() % 21 - 10);
  return out;
}
console.log(noise(6).join(","));`,
    has: ["    rng_state = 2024\n", "        rng_state = (rng_state * 75 + 74) % 65537\n"],
    // nothing reaches the class any more, so it is not defined (unused-defs.ts withoutUnreachedClasses)
    lacks: ["Lcg(2024)", "class Lcg"],
  },
  "an argument that is a call runs once, before the fields are set": {
    source: `class Pair {
  a: number;
  b: number;
  constructor(v: number, readonly tag: string) {
    this.a = v;
    this.b = v * 2;
  }
}
let reads = 0;
function read(): number {
  reads++;
  console.log("read", reads);
  return reads * 10;
}
function run(): number {
  const p = new Pair(read(), "x");
  return p.a + p.b;
}
console.log(run(), reads);`,
    has: ['    _p_v = read()\n    p_tag = "x"\n    p_a = _p_v\n    p_b = _p_v * 2\n'],
  },
  "an object made on each pass of a loop, its fields copies of its arguments": {
    source: `class Point {
  constructor(readonly x: number, readonly y: number) {}
}
let sum = 0;
for (let i = 0; i < 4; i++) {
  const p = new Point(i, i * 2);
  sum += p.x * p.y;
}
console.log(sum);`,
    has: ["        p_x = i\n        p_y = i * 2\n        sum_ += p_x * p_y\n"],
  },
};

const kept: Record<string, ShapeCase> = {
  "an object passed to a function, printed, or read by a closure": {
    source: `class Box {
  constructor(public n: number) {}
}
let shown = 0;
// writes a variable: a call, not written in place, so the object is passed
function show(b: Box): string {
  shown++;
  return "box " + b.n;
}
function run(): string {
  const a = new Box(1);
  const b = new Box(2);
  const c = new Box(3);
  const readC = () => c.n;
  a.n++;
  console.log(b);
  return show(a) + " " + readC();
}
console.log(run(), shown);`,
    has: ["    a = Box(1)\n", "    b = Box(2)\n", "    c = Box(3)\n"],
  },
  "a method that stays a call": {
    source: `class Counter {
  count = 0;
  bump(): void {
    this.count++;
    console.log("bump", this.count);
  }
}
function run(): number {
  const c = new Counter();
  for (let i = 0; i < 3; i++) c.bump();
  return c.count;
}
console.log(run());`,
    has: ["    c = Counter()\n"],
  },
  "a field's value naming a variable the function binds": {
    source: `const SCALE = 3;
class Scaled {
  value: number;
  constructor(v: number) {
    this.value = v * SCALE;
  }
}
function run(): number {
  const s = new Scaled(2);
  let SCALE = 100;
  SCALE++;
  return s.value + SCALE;
}
console.log(run());`,
    has: ["    s = Scaled(2)\n"],
  },
};

// A class whose every object became locals is defined only where something still reaches it
const classes: Record<string, ShapeCase> = {
  "one class's objects all locals, another's not; a class tested with instanceof; a static field a call sets": {
    source: `class Reading {
  constructor(readonly raw: number, readonly scale: number) {}
}
class Tag {
  constructor(public name: string) {}
}
class Marker {
  constructor(public at: number) {}
}
let made = 0;
function count(): number {
  made++;
  return made;
}
class Registry {
  static first = count();
  constructor(public size: number) {}
}
function total(raws: number[]): number {
  let sum = 0;
  for (const raw of raws) {
    const r = new Reading(raw, 2);
    sum += r.raw * r.scale;
  }
  return sum;
}
function isMarker(x: Tag | Marker): boolean {
  return x instanceof Marker;
}
function size(): number {
  const reg = new Registry(4);
  return reg.size;
}
const tags = [new Tag("a"), new Tag("b")];
console.log(total([1, 2, 3]), tags.map((t) => t.name).join(), isMarker(tags[0]), size(), made);`,
    has: ["class Tag:\n", "class Marker:\n", "class Registry:\n"],
    lacks: ["class Reading", "Reading("],
  },
};

shapeSuite("local objects: their fields as locals", replaced);
shapeSuite("local objects: classes nothing reaches", classes);
shapeSuite("local objects: kept as objects", kept);
