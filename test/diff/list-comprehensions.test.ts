// A list made empty and filled by the loop right after it is a list
// comprehension (compiler/python/comprehensions.ts): the same output as Node,
// and the comprehension only where nothing can tell the two apart.
import { shapeSuite } from "../helpers/shape-suite.js";

shapeSuite("list comprehensions: an empty list filled by the next loop", {
  "a counted loop at module level": {
    source: `
const block: number[] = [];
for (let i = 0; i < 8; i++) block.push((i * 31 + 7) % 256);
console.log(block.join(","));`,
    has: ["block = [(i * 31 + 7) % 256 for i in range(8)]"],
  },
  "an element loop over a string in a function, with a builtin call": {
    source: `
function toBytes(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff);
  return out;
}
console.log(toBytes("id=7;ok").join(" "), toBytes("").length, toBytes("Grüße").join(" "));`,
    // the loop's setup (the bytes of the text) comes first; the list moves past it
    has: ["    _codes = memoryview(text)\n    out = [code & 255 for code in (_codes if len(_codes) == len(text) else map(ord, text))]"],
  },
  "for...of over objects in a function reads their fields": {
    source: `
class Pin { constructor(public id: number, public on: boolean) {} }
function labels(pins: Pin[]): string[] {
  const names: string[] = [];
  for (const p of pins) names.push(\`\${p.id}:\${p.on ? "on" : "off"}\`);
  return names;
}
console.log(labels([new Pin(2, true), new Pin(4, false)]).join(" "));`,
    has: ['    names = ["%d:%s" % (p.id, "on" if p.on else "off") for p in pins]'],
  },
});

shapeSuite("list comprehensions: the loop stays", {
  "the element reads the list being filled": {
    source: `
const fib: number[] = [];
for (let i = 0; i < 10; i++) fib.push(i < 2 ? i : fib.length + i);
console.log(fib.join(","));`,
    has: ["fib = []"],
    lacks: ["for i in range(10)]"],
  },
  "the element calls a function of the program, which could look at the list": {
    source: `
const seen: number[] = [];
function next(i: number): number { return seen.length * 10 + i; }
for (let i = 0; i < 4; i++) seen.push(next(i));
console.log(seen.join(","));`,
    has: ["seen = []"],
    lacks: ["seen = [next"],
  },
  "at module level, a getter the element reads could look at the list": {
    source: `
const items: number[] = [];
class Counter { n = 0; get next(): number { return items.length + this.n++; } }
const c = new Counter();
for (let i = 0; i < 3; i++) items.push(c.next);
console.log(items.join(","));`,
    has: ["items = []"],
    lacks: ["items = [c.next"],
  },
  "a loop doing more than the push": {
    source: `
function squares(n: number): number[] {
  const out: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) { out.push(i * i); total += i; }
  console.log(total);
  return out;
}
console.log(squares(4).join(","));`,
    has: ["    out = []"],
    lacks: ["for i in range(n)]"],
  },
  "a statement between the empty list and the loop": {
    source: `
function evens(n: number): number[] {
  const out: number[] = [];
  console.log("start");
  for (let i = 0; i < n; i += 2) out.push(i);
  return out;
}
console.log(evens(7).join(","));`,
    has: ["    out = []"],
  },
  "a value set between the empty list and the loop, with no way to the list": {
    source: `
function scaled(n: number, k: number): number[] {
  const out: number[] = [];
  const step = k * 2;
  for (let i = 0; i < n; i++) out.push(i * step);
  return out;
}
console.log(scaled(4, 3).join(","));`,
    has: ["    step = k * 2\n    out = [i * step for i in range(n)]"],
  },
  "a value read from the list between the empty list and the loop": {
    source: `
function counted(n: number): number[] {
  const out: number[] = [];
  const before = out.length;
  for (let i = 0; i < n; i++) out.push(i + before);
  return out;
}
console.log(counted(3).join(","));`,
    has: ["    out = []\n    before = len(out)"],
  },
});
