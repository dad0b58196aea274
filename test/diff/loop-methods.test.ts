// A method a loop calls on a variable it cannot rebind is looked up once before the
// loop (`_sched_tick = sched.tick`), as MicroPython's guide to speed advises, where
// nothing can replace the method (compiler/transform/stable-methods.ts,
// compiler/python/loop-invariants.ts). Each program runs in Node and in MicroPython
// with the same output; the shapes show where the lookup moved and where it stayed.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const cases: Record<string, ShapeCase> = {
  "a class's method on a const, at the top level (a global in main)": {
    source: `class Counter {
  n = 0;
  readonly seen: number[] = [];
  tick(now: number): number {
    for (const s of this.seen) if (s === now % 4) return this.n;
    this.seen.push(now % 4);
    this.n += now % 3;
    return this.n;
  }
}
const c = new Counter();
let last = 0;
for (let t = 0; t < 10; t++) last = c.tick(t);
console.log(last, c.n, c.seen.join(","));`,
    has: ["    _c_tick = c.tick\n    for t in range(10):\n        last = _c_tick(t)\n"],
  },
  "a list's append and a dict's get, in a function": {
    source: `function tally(words: string[]): string {
  const seen = new Map<string, number>();
  const order: string[] = [];
  for (const w of words) {
    const n = seen.get(w) ?? 0;
    if (n === 0) order.push(w);
    seen.set(w, n + 1);
  }
  return order.map((w) => w + "=" + seen.get(w)).join(" ");
}
console.log(tally(["a", "b", "a", "c", "b", "a"]));`,
    has: ["    _order_append = order.append\n", "    _seen_get = seen.get\n", "            _order_append(w)\n"],
  },
  "the list a map or filter with statements builds, in a function": {
    source: `function smooth(xs: number[]): number[] {
  return xs.map((v, i) => {
    if (i === 0) return v;
    const prev = xs[i - 1];
    return (v + prev) >> 1;
  });
}
function evens(xs: number[]): number[] {
  return xs.filter((v) => {
    const half = v >> 1;
    return half * 2 === v;
  });
}
console.log(smooth([4, 8, 2, 6]).join(","), evens([1, 2, 4, 7]).join(","));`,
    has: ["    _r_append = _r.append\n", "            _r_append(v)\n"],
  },
  "sibling loops share one lookup; a list bound again gets its own": {
    source: `function report(n: number): string {
  let lines: string[] = [];
  let t = 0;
  for (let i = 0; i < n; i++) {
    t += i;
    lines.push("a" + t);
  }
  for (let i = 0; i < n; i++) {
    t += i;
    lines.push("b" + t);
  }
  const first = lines.join(",");
  lines = [];
  for (let i = 0; i < n; i++) {
    t += i;
    lines.push("c" + t);
  }
  return first + " | " + lines.join(",");
}
console.log(report(3));`,
    has: [
      "    _lines_append = lines.append\n    for i in range(n):\n",
      '    for i in range(n):\n        t += i\n        _lines_append("b',
      '    _lines_append1 = lines.append\n    for i in range(n):\n        t += i\n        _lines_append1("c',
    ],
  },
  "an inner loop does not reuse a lookup its outer loop's passes make stale": {
    source: `function rounds(n: number): string {
  let buf: string[] = [];
  const done: string[] = [];
  let k = 0;
  for (let i = 0; i < 3; i++) {
    k += i;
    buf.push("a" + k);
  }
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < 3; i++) {
      k += i;
      buf.push("r" + r + ":" + k);
    }
    done.push(buf.join(","));
    buf = [];
  }
  return done.join(" | ");
}
console.log(rounds(3));`,
    has: ["        _buf_append1 = buf.append\n        for i in range(3):\n"],
  },
  "a catch block does not reuse a lookup its try made stale": {
    source: `function retry(n: number): string {
  let log: string[] = [];
  let k = 0;
  for (let i = 0; i < 3; i++) {
    k += i;
    log.push("a" + k);
  }
  const first = log.join(",");
  try {
    log = [];
    if (n > 0) throw new Error("again");
  } catch {
    for (let i = 0; i < 3; i++) {
      k += i;
      log.push("c" + k);
    }
  }
  return first + " | " + log.join(",");
}
console.log(retry(1), retry(0));`,
    has: ["        _log_append1 = log.append\n"],
  },
  "a loop of one or two passes looks its method up in each pass": {
    source: `function pairs(): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; i < 2; i++) {
    n += i;
    out.push("p" + n);
  }
  for (let i = 0; i < 3; i++) {
    n += i;
    out.push("q" + n);
  }
  return out.join(",");
}
console.log(pairs());`,
    has: ["    for i in range(2):\n        n += i\n        out.append(", "    _out_append = out.append\n    for i in range(3):\n"],
  },
  "this.method() in a method's loop, a subclass's override called through the base type": {
    source: `class Shape {
  area(k: number): number {
    let a = 0;
    for (let j = 0; j < k; j++) a++;
    return a;
  }
  total(n: number): number {
    let t = 0;
    for (let i = 1; i <= n; i++) t += this.area(i);
    return t;
  }
}
class Square extends Shape {
  area(k: number): number {
    let a = 0;
    for (let j = 0; j < k; j++) a += k;
    return a;
  }
}
const shapes: Shape[] = [new Shape(), new Square()];
for (const s of shapes) console.log(s.total(4));`,
    has: ["        _area = self.area\n"],
  },
  "a method some code replaces is looked up on every call": {
    source: `class Led {
  on = 0;
  blink(): void {
    for (let k = 0; k < 2; k++) this.on++;
  }
}
const led = new Led();
function boost(l: Led): void {
  l.blink = () => { l.on += 10; };
}
for (let i = 0; i < 4; i++) {
  led.blink();
  if (i === 1) boost(led);
}
console.log(led.on);`,
    has: ["        led.blink()\n"],
    lacks: ["_led_blink"],
  },
  "a receiver the loop rebinds, one that may be undefined, and an accessor stay": {
    source: `class Node2 {
  constructor(public value: number, public next?: Node2) {}
  double(): number {
    let d = 0;
    for (let k = 0; k < 2; k++) d += this.value;
    return d;
  }
  get half(): () => number { return () => this.value / 2; }
}
let node: Node2 | undefined = new Node2(1, new Node2(2, new Node2(3)));
let sum = 0;
while (node) {
  sum += node.double();
  node = node.next;
}
const maybe: Node2 | undefined = sum > 100 ? new Node2(9) : undefined;
const fixed = new Node2(8);
for (let i = 0; i < 3; i++) {
  if (maybe) sum += maybe.double();
  sum += fixed.half();
}
console.log(sum);`,
    has: ["        sum_ += node.double()\n"],
    lacks: ["_node_double", "_maybe_double", "_fixed_half"],
  },
  "a function's loop over a module const stays (the function may run before the const is set)": {
    source: `function record(n: number): void {
  for (let i = 0; i < n; i++) log.push(i);
}
record(0);
const log: number[] = [];
record(3);
console.log(log.join(","));`,
    has: ["        log.append(i)\n"],
    lacks: ["_log_append"],
  },
};

shapeSuite("loop methods: looked up once before the loop", cases);
