// Small functions and methods of the program written in place of their calls
// (compiler/transform/inline-calls.ts): in loops, or anywhere when the body is tiny; the
// function stays defined unless every call is written in place. Node's output is the
// judge, with short-circuits and conditionals that skip a call, a computed argument, a
// subclass that overrides a method, a method replaced by assignment and a body that
// reads a variable the caller could shadow.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const inlined: Record<string, ShapeCase> = {
  "a method that steps a field and returns it, in a loop": {
    source: `class Lcg {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state * 75 + 74) % 65537;
    return this.state;
  }
}
const rng = new Lcg(7);
const out: number[] = [];
for (let i = 0; i < 5; i++) out.push(rng.next() % 100);
console.log(out.join(","), rng.next());`,
    has: ["        rng.state = (rng.state * 75 + 74) % 65537\n        _out_append(rng.state % 100)\n"],
  },
  "a const arrow, with arithmetic arguments its body reads once": {
    source: `const pad2 = (n: number) => String(n).padStart(2, "0");
const celsius = (raw: number) => (raw * 3.3 / 4095 - 0.5) * 100;
let clock = 6 * 3600;
const stamps: string[] = [];
for (let i = 0; i < 3; i++) {
  clock += 61 * i + 7;
  stamps.push(\`\${pad2(Math.floor(clock / 3600))}:\${pad2(Math.floor(clock / 60) % 60)}:\${pad2(clock % 60)} \${celsius(620 + i * 3).toFixed(1)}\`);
}
console.log(stamps.join(" "));`,
    has: ['"%02d:%02d:%02d %.1f" % (clock // 3600, clock // 60 % 60, clock % 60, ((620 + i * 3) * 3.3 / 4095 - 0.5) * 100)'],
    lacks: ["pad2(", "celsius("],
  },
  "a tiny function is written in place; as every call is, it is not defined": {
    source: `function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}
function clock(h: number, m: number): string {
  return pad(h, 2) + ":" + pad(m, 2);
}
console.log(clock(7, 5), clock(12, 30), clock(-3, 4));`,
    // h may be negative, and to 2 characters %02d pads every integer as padStart does (padded-numbers.ts)
    has: ['return "%02d:%02d" % (h, m)', "def clock(h, m):"],
    lacks: ["pad(h", "pad(m", "def pad("],
  },
  "a function called from one place, with a parameter read twice": {
    source: `function reading(n: number) {
  return { id: "s" + n, value: n * n + n };
}
let total = 0;
let label = "";
const values = [3, 4, 5];
for (const v of values) {
  const r = reading(v);
  total += r.value;
  label = r.id;
}
console.log(total, label);`,
    has: ["v * v + v"],
    lacks: ["def reading("],
  },
  "a method of this in a loop of another method": {
    source: `class Counter {
  count = 0;
  step = 3;
  bump(): number {
    this.count += this.step;
    return this.count;
  }
  run(n: number): number {
    let last = 0;
    for (let i = 0; i < n; i++) last = this.bump();
    return last;
  }
}
const c = new Counter();
console.log(c.run(4), c.count, c.bump());`,
    has: ["            self.count += _step\n            last = self.count\n"],
  },
  "a call a short-circuit or a conditional may skip": {
    source: `class Ticker {
  ticks = 0;
  tick(): boolean {
    this.ticks++;
    return this.ticks % 2 === 0;
  }
}
const t = new Ticker();
let hits = 0;
for (let i = 0; i < 6; i++) {
  if (i > 2 && t.tick()) hits++;
  const label = i % 3 === 0 ? "skip" : t.tick() ? "even" : "odd";
  if (label === "even") hits += 10;
}
console.log(hits, t.ticks);`,
    has: ["            t_ticks += 1\n            _t = t_ticks % 2 == 0\n"],
    lacks: ["t.tick()", "def tick("],
  },
  "a parameter written in place knows its argument's facts at each call": {
    source: `function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}
function clock(total: number): string {
  const h = Math.floor(total / 3600) % 24;
  const m = Math.floor(total / 60) % 60;
  return pad(h, 2) + ":" + pad(m, 2);
}
const lines: string[] = [];
for (let t = 3590; t < 3610; t += 7) lines.push(clock(t));
for (const d of [-5, 7, -12]) lines.push(pad(d, 3));
console.log(lines.join(" "));`,
    has: ['    return "%02d:%02d" % (h, m)\n'],
  },
  "a body with constants and a module constant, in a loop, under fresh names": {
    source: `const VREF = 3.3;
const ADC_MAX = 4095;
function toCelsius(raw: number): number {
  const volts = (raw * VREF) / ADC_MAX;
  return (volts - 0.5) * 100;
}
function readings(raws: number[]): string {
  const volts = 9;
  let out = "";
  for (const raw of raws) out += toCelsius(raw).toFixed(1) + "/" + volts + " ";
  return out;
}
console.log(readings([620, 900, 1241]));`,
    has: ["        volts1 = raw * VREF / ADC_MAX\n"],
  },
};

// a method no subclass overrides runs the same body for every value of the class's type
inlined["a base class's method no subclass overrides, on values of the subclasses"] = {
  source: `abstract class Sensor {
  constructor(protected low: number, protected high: number) {}
  abstract convert(raw: number): number;
  outOfBand(v: number): boolean {
    return v < this.low || v > this.high;
  }
}
class Doubler extends Sensor {
  convert(raw: number): number {
    return raw * 2;
  }
}
class Halver extends Sensor {
  constructor() {
    super(10, 20);
  }
  convert(raw: number): number {
    return raw / 2;
  }
}
const sensors: Sensor[] = [new Doubler(0, 50), new Halver()];
let alerts = 0;
for (let raw = 0; raw < 60; raw += 7)
  for (const s of sensors) {
    const v = s.convert(raw);
    if (s.outOfBand(v)) alerts++;
  }
console.log(alerts);`,
  has: ["if v < s.low or v > s.high:"],
  lacks: ["def outOfBand"],
};

const calls: Record<string, ShapeCase> = {
  "a subclass overrides the method with a field": {
    source: `class Gate {
  limit = 5;
  open(v: number): boolean {
    return v > this.limit;
  }
}
class Always extends Gate {
  open = (v: number): boolean => v >= 0;
}
const gates: Gate[] = [new Gate(), new Always()];
let n = 0;
for (let v = 0; v < 10; v++) for (const g of gates) if (g.open(v)) n++;
console.log(n);`,
    has: ["if g.open(v):"],
  },
  "a subclass overrides the method": {
    source: `class Source {
  n = 0;
  next(): number {
    this.n += 1;
    return this.n;
  }
}
class Doubled extends Source {
  next(): number {
    this.n += 2;
    return this.n;
  }
}
const sources: Source[] = [new Source(), new Doubled()];
let sum = 0;
for (let i = 0; i < 3; i++) for (const s of sources) sum += s.next();
console.log(sum);`,
    has: ["sum_ += s.next()"],
  },
  "the method is replaced by an assignment": {
    source: `class Die {
  face = 1;
  roll(): number {
    this.face = (this.face % 6) + 1;
    return this.face;
  }
}
const d = new Die();
const rolls: number[] = [];
for (let i = 0; i < 3; i++) rolls.push(d.roll());
d.roll = () => 6;
rolls.push(d.roll());
console.log(rolls.join(","));`,
    has: ["rolls.append(d.roll())"],
  },
  "another class of the same shape typed as the class": {
    source: `class Meter {
  total = 0;
  add(): number {
    this.total += 2;
    return this.total;
  }
}
class Fake {
  total = 100;
  add(): number {
    return -1;
  }
}
const fake: Meter = new Fake();
const meters: Meter[] = [new Meter(), fake];
let sum = 0;
for (let i = 0; i < 2; i++) for (const m of meters) sum += m.add();
console.log(sum, meters[0].total, fake.total);`,
    has: ["sum_ += m.add()"],
  },
  "the body reads a variable of its module": {
    source: `const SCALE = 3;
function scaled(n: number): number {
  return n * SCALE;
}
function run(): number {
  const SCALE = 100;
  let s = 0;
  for (let i = 0; i < 3; i++) s += scaled(i) + SCALE;
  return s;
}
console.log(run());`,
    has: ["def scaled(n):", "scaled(i)"],
  },
  "a computed argument": {
    source: `let x = 1;
function bumpX(): number {
  x += 10;
  return x;
}
function sum(a: number, b: number): number {
  return a * 100 + b;
}
const seen: number[] = [];
for (let i = 0; i < 3; i++) seen.push(sum(x, bumpX()));
console.log(seen.join(","));`,
    has: ["_seen_append(sum_(x, bumpX()))"],
  },
  "an arithmetic argument the body reads twice, a const arrow reading this or called before its declaration": {
    source: `const sq = (n: number) => n * n;
class Meter {
  k = 3;
  scaled = (n: number) => n * this.k;
}
const m = new Meter();
let t = 0;
for (let i = 0; i < 3; i++) t += sq(i + 1) + m.scaled(i);
function early(): number {
  return late(2);
}
const late = (n: number) => n + 1;
console.log(t, early());`,
    has: ["t += sq(i + 1) + _m_scaled(i)", "print(t, late(2))"],
  },
  "a module constant the caller's function shadows": {
    source: `const SCALE = 10;
function scaled(n: number): number {
  const k = n + 1;
  return k * SCALE;
}
function run(): number {
  let total = 0;
  for (let i = 0; i < 3; i++) {
    if (i > 5) {
      const SCALE = 2;
      total += SCALE;
    }
    total += scaled(i);
  }
  return total;
}
console.log(run());`,
    has: ["        total += scaled(i)\n"],
  },
  "a body with constants in an expression callback stays a call in the comprehension": {
    source: `function toCelsius(raw: number): number {
  const volts = (raw * 3.3) / 4095;
  return (volts - 0.5) * 100;
}
const temps = [620, 900].map((r) => toCelsius(r));
console.log(temps.map((t) => t.toFixed(2)).join(","));`,
    has: ["[toCelsius(r) for r in [620, 900]]"],
  },
  "an exported function keeps its def": {
    source: `export function scale(n: number): number {
  return n * 3;
}
let s = 0;
for (const x of [1, 2, 3]) s += scale(x);
console.log(s);`,
    has: ["def scale(n):", "    s += x * 3\n"],
  },
  "a function also used as a value keeps its def": {
    source: `function twice(n: number): number {
  return n * 2;
}
const xs = [1, 2, 3];
let s = 0;
for (const x of xs) s += twice(x);
console.log(s, xs.map(twice).join(","));`,
    has: ["def twice(n, _arg=None, _arg1=None, *_args):", "    s += x * 2\n"],
  },
};

shapeSuite("inline calls: written in place", inlined);
shapeSuite("inline calls: calls that stay", calls);
