// forEach, map, filter, find, findIndex, some, every and reduce read the array's length once,
// before the first pass, and skip an index the callback has cut off (find and findIndex call
// the callback with undefined there, which the item's type does not admit: mpts skips it
// too). Python's list iterator is live: a callback that pushes onto the array it walks would
// be handed the new items, and `[f(x) for x in xs]` would never end (a MemoryError on the
// board). Where the callback may change the length (loop-bound.ts), the loop walks the
// indices of the start (compiler/builtins/callbacks.ts walkIsStable). Node's output is the
// judge; the shapes pin that a walk the callback cannot resize stays a plain loop.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const cases: Record<string, ShapeCase> = {
  "forEach pushing onto the array it walks visits only the first items": {
    source: `const jobs = [1, 2, 3];
let runs = 0;
jobs.forEach((job, i) => {
  runs++;
  if (job < 3) jobs.push(job + 10 * (i + 1));
});
console.log(runs, jobs.join(","));`,
    has: ["    for i in range(len(jobs)):\n        if i >= len(jobs):\n            continue\n        job = jobs[i]\n"],
  },
  "a function value that grows the array: map and filter end": {
    source: `const seen: number[] = [4, 5, 6];
function remember(n: number): number {
  if (seen.length < 8) seen.push(n + 1);
  return n * 2;
}
function keep(n: number): boolean {
  seen.push(n);
  return n % 2 === 0;
}
console.log(seen.map(remember).join(","), seen.length);
console.log(seen.filter(keep).join(","), seen.length);`,
    has: [],
    lacks: ["for _x in seen", "for _x1 in seen"],
  },
  "expression callbacks that push: filter, some, every, findIndex": {
    source: `const xs = [1, 2, 3];
console.log(xs.filter((x) => xs.push(x * 10) > 4).join(","));
console.log(xs.some((x) => xs.push(x) > 100), xs.length);
console.log(xs.every((x) => xs.push(x) < 100), xs.length);
console.log(xs.findIndex((x) => xs.push(-x) < 0 || x < 0));`,
    has: [],
  },
  "callbacks that shorten the array skip what they cut off": {
    source: `const queue = [1, 2, 3, 4, 5];
const done: number[] = [];
queue.forEach((q) => {
  done.push(q);
  if (q === 2) queue.splice(2, 2);
});
console.log(done.join(","), queue.join(","));
const stack = [7, 8, 9];
const found = stack.find((s) => {
  if (s === 7) stack.length = 1;
  return s > 100;
});
console.log(found, stack.length);
const kept = [1, 2, 3, 4].filter((n, i, all) => (i === 0 ? all.pop()! > 0 : n > 1));
console.log(kept.join(","));`,
    has: [],
  },
  "reduce with a start value over a growing array": {
    source: `const readings = [3, 4];
const total = readings.reduce((sum, r, i) => {
  if (i === 0) readings.push(100);
  return sum + r;
}, 0);
console.log(total, readings.length);`,
    has: [],
    lacks: ["for _x in readings", "enumerate(readings)"],
  },
  "a callback that rebinds the variable walks the array it was called on": {
    source: `let names = ["a", "b", "c"];
const out: string[] = [];
names.forEach((n) => {
  out.push(n);
  if (n === "a") names = ["z"];
  names.push("q");
});
console.log(out.join(""), names.join(""));`,
    has: [],
  },
  "a nested callback that grows the outer array through this": {
    source: `class Queue {
  items = [1, 2];
  extra = [5, 6];
  run(): number {
    let passes = 0;
    this.items.forEach((x) => {
      passes++;
      this.extra.forEach((e) => {
        if (e + x < 8) this.items.push(e);
      });
    });
    return passes;
  }
}
const q = new Queue();
console.log(q.run(), q.items.join(","));`,
    has: [],
  },
  "a nested callback that calls code growing the array through another name": {
    source: `const list = [1, 2];
const alias = list;
function add(): void {
  alias.push(9);
}
let passes = 0;
list.forEach((x) => {
  passes++;
  [0].forEach(() => {
    if (x < 2) add();
  });
});
console.log(passes, list.length);`,
    has: [],
  },
  "an array handed to a callback's third parameter is reachable later": {
    source: `const xs = [1, 2, 3];
let kept: number[] = [];
xs.forEach((v, i, all) => {
  kept = all;
});
function grow(): void {
  kept.push(7);
}
let runs = 0;
xs.forEach((x) => {
  runs++;
  if (x < 3) grow();
});
console.log(runs, xs.length);`,
    has: [],
  },
  "a callback that cannot change the length keeps the plain loop": {
    source: `function total(xs: number[], scale: number): number {
  let t = 0;
  xs.forEach((x) => {
    t += x * scale;
  });
  return t;
}
const squares = [1, 2, 3].map((n) => n * n);
console.log(total(squares, 2), squares.filter((s) => s > 1).length);`,
    has: ["    for x in xs:\n"],
    lacks: ["range(len("],
  },
  // an array no code of the program resizes (numeric.ts neverResized) keeps its length whatever the callback runs
  "a field's array the program never resizes, walked by a callback that calls methods": {
    source: `abstract class Sensor {
  reads = 0;
  abstract convert(raw: number): number;
  read(raw: number): number {
    this.reads++;
    return this.convert(raw);
  }
}
class Half extends Sensor {
  convert(raw: number): number {
    return raw / 2;
  }
}
class Twice extends Sensor {
  convert(raw: number): number {
    return raw * 2;
  }
}
class Hub {
  log: string[] = [];
  constructor(private sensors: Sensor[]) {}
  poll(raws: number[]): void {
    this.sensors.forEach((s, i) => {
      this.log.push(\`\${i}:\${s.read(raws[i])}\`);
    });
  }
}
const hub = new Hub([new Half(), new Twice(), new Half()]);
for (let t = 0; t < 3; t++) hub.poll([t, t + 1, t + 2]);
const fixed = [4, 5, 6];
let sum = 0;
for (let i = 0; i < fixed.length; i++) sum += hub.log.length + fixed[i];
console.log(hub.log.join(" "), sum);`,
    has: ["        for i in range(len(_t)):\n            s = _t[i]\n"],
    lacks: ["if i >= len("],
  },
  "the same walk when some code elsewhere pushes onto an array of that kind": {
    source: `class Hub {
  constructor(public sensors: number[]) {}
  poll(f: (x: number) => void): void {
    this.sensors.forEach((s) => f(s));
  }
}
const hub = new Hub([1, 2, 3]);
let n = 0;
hub.poll((x) => {
  n += x;
  if (x === 1) hub.sensors.push(10);
});
console.log(n, hub.sensors.length);`,
    has: ["if _i >= len("],
  },
};

shapeSuite("array callbacks walk the indices of the start when they may change the length", cases);
