// Counted loops whose bound is read through properties (compiler/transform/loops.ts,
// chainIsStable): `i < this.count`, `i < cfg.max`, `i < this.items.length` become
// range() when nothing the loop does can change the bound, and stay while loops
// (JavaScript reads the bound again before every pass) when something can: a store
// into a member of that name, a call, a getter or setter, a reassigned variable.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const applies: Record<string, ShapeCase> = {
  "a class's count field": {
    source: `class Window {
  items = [0, 0, 0, 0];
  count = 0;
  head = 0;
  push(v: number): void {
    this.items[this.head] = v;
    this.head = (this.head + 1) % 4;
    if (this.count < 4) this.count++;
  }
  average(): number {
    let sum = 0;
    for (let i = 0; i < this.count; i++) sum += this.items[i];
    return this.count ? sum / this.count : 0;
  }
}
const w = new Window();
const seen: number[] = [];
for (const v of [3, 9, 4, 10, 7]) { w.push(v); seen.push(w.average()); }
console.log(seen.join(" "));`,
    has: ["        _items = self.items\n        for i in range(self.count):\n            sum_ += _items[i]\n"],
    lacks: ["while "],
  },
  "a config object's member, with stores into other members": {
    source: `const cfg = { retries: 3, tries: 0, names: ["a", "b", "c", "d"] };
const out: string[] = [];
for (let i = 0; i < cfg.retries; i++) {
  cfg.tries++;
  cfg.names[i] = cfg.names[i].toUpperCase();
  out.push(cfg.names[i] + i);
}
console.log(out.join(","), cfg.tries);`,
    has: ["for i in range(cfg[\"retries\"]):\n"],
    lacks: ["while "],
  },
  "a parameter's field, up to and including it": {
    source: `function sumTo(o: { n: number }): number {
  let s = 0;
  for (let i = 1; i <= o.n; i++) s += i;
  return s;
}
console.log(sumTo({ n: 10 }), sumTo({ n: 0 }));`,
    has: ["    for i in range(1, o[_N] + 1):\n"], // a record (records.ts): the field read by position
  },
  "a field array's length with the index used": {
    source: `class Series {
  values = [2, 3, 5];
  weighted(): number {
    let s = 0;
    for (let i = 0; i < this.values.length; i++) s += i * this.values[i];
    return s;
  }
}
console.log(new Series().weighted());`,
    has: ["        for i in range(len(self.values)):\n"],
  },
  "stores into a member of that name on an unrelated type": {
    source: `class Queue {
  count = 3;
  tally(other: { count: number; label: string }): string {
    for (let i = 0; i < this.count; i++) other.count++;
    return other.label + other.count;
  }
}
console.log(new Queue().tally({ count: 10, label: "n=" }));`,
    has: ["        for i in range(self.count):\n"],
  },
  "a static field of a class": {
    source: `class Limits { static max = 4; }
let s = "";
for (let i = 0; i < Limits.max; i++) s += i;
console.log(s);`,
    has: ["for i in range(Limits.max):\n"],
  },
};

const stays: Record<string, ShapeCase> = {
  "the body changes the field": {
    source: `class Queue {
  count = 6;
  drain(): number {
    let passes = 0;
    for (let i = 0; i < this.count; i++) { passes++; this.count--; }
    return passes;
  }
}
console.log(new Queue().drain());`,
    has: ["while i < self.count:"],
  },
  "a method call may change it": {
    source: `class Queue {
  count = 6;
  drop(): void { this.count -= 2; }
  drain(): number {
    let passes = 0;
    for (let i = 0; i < this.count; i++) { passes++; this.drop(); }
    return passes;
  }
}
console.log(new Queue().drain());`,
    has: ["while i < self.count:"],
  },
  "another name for the same object": {
    source: `interface Counter { n: number }
function run(a: Counter, b: Counter): number {
  let passes = 0;
  for (let i = 0; i < a.n; i++) { passes++; b.n = 1; }
  return passes;
}
const c = { n: 5 };
console.log(run(c, c), run({ n: 3 }, { n: 0 }));`,
    has: ["while i < a[\"n\"]:"],
  },
  "a parameter of the class itself": {
    source: `class Queue {
  count = 6;
  drain(other: Queue): number {
    let passes = 0;
    for (let i = 0; i < this.count; i++) { passes++; other.count--; }
    return passes;
  }
}
const q = new Queue();
console.log(q.drain(q), new Queue().drain(new Queue()));`,
    has: ["while i < self.count:"],
  },
  "a getter as the bound": {
    source: `class Stack {
  k = 5;
  get size(): number { return this.k; }
  unwind(): number {
    let passes = 0;
    for (let i = 0; i < this.size; i++) { passes++; this.k--; }
    return passes;
  }
}
console.log(new Stack().unwind());`,
    has: ["while i < self.size:"],
  },
  "a setter in the body changes it": {
    source: `class Meter {
  count = 8;
  set level(v: number) { this.count = v; }
  scan(): number {
    let passes = 0;
    for (let i = 0; i < this.count; i++) { passes++; this.level = 2; }
    return passes;
  }
}
console.log(new Meter().scan());`,
    has: ["while i < self.count:"],
  },
  "the chain's variable is reassigned": {
    source: `const a = { n: 6 };
const b = { n: 2 };
let cur = a;
let passes = 0;
for (let i = 0; i < cur.n; i++) { passes++; cur = b; }
console.log(passes);`,
    has: ["while i < cur[\"n\"]:"],
  },
  "a computed key on a record that may be the object": {
    source: `const cfg = { max: 5 };
const r: Record<string, number> = cfg;
const key = ["m", "a", "x"].join("");
let passes = 0;
for (let i = 0; i < cfg.max; i++) { passes++; r[key] = 2; }
console.log(passes);`,
    has: ["while i < cfg[\"max\"]:"],
  },
  "a field array grown in the loop": {
    source: `class Work {
  q = [1];
  run(): string {
    for (let i = 0; i < this.q.length; i++) if (this.q[i] < 9) this.q.push(this.q[i] + 3);
    return this.q.join(",");
  }
}
console.log(new Work().run());`,
    has: ["while i < len(self.q):"],
  },
  "another name for the array truncates it": {
    source: `function count(a: number[], b: number[]): number {
  let passes = 0;
  for (let i = 0; i < a.length; i++) { passes++; b.length = 0; }
  return passes;
}
const arr = [1, 2, 3, 4];
console.log(count(arr, arr), count([1, 2], [5]));`,
    has: ["while i < len(a):"],
  },
  "a fresh array that another name holds from the start": {
    source: `function grow(): number {
  const xs: number[] = [1];
  const ys = xs;
  let passes = 0;
  for (let i = 0; i < ys.length; i++) {
    if (i < 4) xs.push(i);
    passes++;
  }
  return passes;
}
console.log(grow());`,
    has: ["while i < len(ys):"],
  },
  "a fresh array handed on in an earlier pass of an outer loop": {
    source: `function grow(): string {
  const out: number[] = [];
  const holder: number[][] = [];
  const counts: number[] = [];
  for (let round = 0; round < 3; round++) {
    const seen = holder.length ? holder[0] : [0];
    let passes = 0;
    for (let i = 0; i < seen.length; i++) {
      if (out.length < 6) out.push(i);
      passes++;
    }
    counts.push(passes);
    holder.push(out);
  }
  return counts.join(",");
}
console.log(grow());`,
    has: ["while i < len(seen):"],
  },
};

shapeSuite("loop bounds: a property that cannot change gives range()", applies);
shapeSuite("loop bounds: the while loop stays", stays);
