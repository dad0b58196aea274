// Element loops (compiler/transform/element-loops.ts): a counted loop whose index
// only reads `xs[i]` (or `s.charCodeAt(i)`) becomes `for x in xs:`. Each snippet
// runs in Node and in MicroPython and must print the same; each also pins the
// loop's emitted shape: the element loop where the rule applies, the index loop
// where the index does more, an element may change during the pass, or code the
// loop runs may change one.
import { shapeSuite, type ShapeCase as Case } from "../helpers/shape-suite.js";

const applies: Record<string, Case> = {
  "a local array summed": {
    source: `const xs = [3, 1, 4, 1, 5];
let s = 0;
for (let i = 0; i < xs.length; i++) s += xs[i];
console.log(s);`,
    has: ["    for x in xs:\n        s += x\n"],
    lacks: ["range("],
  },
  "a parameter read twice per pass": {
    source: `function maxOf(values: number[]): number {
  let best = -1;
  for (let i = 0; i < values.length; i++) {
    if (values[i] > best) best = values[i];
  }
  return best;
}
console.log(maxOf([4, 9, 2]), maxOf([]));`,
    has: ["    for value in values:\n        if value > best:\n            best = value\n"],
  },
  "a string's characters and char codes": {
    source: `function hash(text: string): number {
  let h = 7;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) & 0xffff;
  return h;
}
function vowels(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if ("aeiou".includes(text[i]) || text.charAt(i) === "y") n++;
  return n;
}
console.log(hash("sensor-17"), hash(""), hash("été 5°C"), vowels("mystery tour"));`,
    // char codes: the UTF-8 bytes when every character is ASCII (element-loops.ts codeLoopIterable)
    has: [
      "    _codes = memoryview(text)\n    for code in _codes if len(_codes) == len(text) else map(ord, text):\n        h = h * 31 + code & 65535\n",
      "    for ch in text:\n        if ch in \"aeiou\" or ch == \"y\":\n",
    ],
  },
  "a field array bounded by its own length": {
    source: `class Bag {
  items: number[] = [];
  add(v: number): void { this.items.push(v); }
  total(): number {
    let s = 0;
    for (let i = 0; i < this.items.length; i++) s += this.items[i];
    return s;
  }
}
const bag = new Bag();
bag.add(2); bag.add(40);
console.log(bag.total());`,
    has: ["        for item in self.items:\n            s += item\n"],
  },
  "elements that are objects, changed through the element": {
    source: `interface Led { pin: number; on: boolean }
const leds: Led[] = [{ pin: 2, on: false }, { pin: 4, on: true }];
for (let i = 0; i < leds.length; i++) leds[i].on = !leds[i].on;
console.log(leds.map((l) => l.pin + ":" + l.on).join(" "));`,
    has: ["for led in leds:\n"],
  },
  "a name the program already uses": {
    source: `const x = 10;
const xs = [1, 2, 3];
let s = 0;
for (let i = 0; i < xs.length; i++) s += xs[i] * x;
console.log(s);`,
    has: ["    for x1 in xs:\n        s += x1 * x\n"],
  },
  "sibling loops share the element's name, nested ones do not": {
    source: `const rows = [1, 2, 3];
let pairs = 0;
for (let i = 0; i < rows.length; i++) for (let j = 0; j < rows.length; j++) if (rows[i] < rows[j]) pairs++;
let total = 0;
for (let i = 0; i < rows.length; i++) total += rows[i];
for (let k = 0; k < rows.length; k++) total += rows[k];
console.log(pairs, total);`,
    has: ["    for row in rows:\n        for row1 in rows:\n            if row < row1:\n", "    for row in rows:\n        total += row\n    for row in rows:\n"],
  },
  "break, continue and a read that may be undefined": {
    source: `const xs: (number | undefined)[] = [1, undefined, 3, 8, 5];
let s = 0;
for (let i = 0; i < xs.length; i++) {
  if (xs[i] === undefined) continue;
  if ((xs[i] ?? 0) > 6) break;
  s += xs[i] ?? 0;
}
console.log(s);`,
    has: ["for x in xs:\n"],
  },
  "an update written i += 1, an optional member of the element, a template": {
    source: `interface Reading { id: number; temp?: { c: number } }
const rs: Reading[] = [{ id: 1, temp: { c: 20 } }, { id: 2 }];
const lines: string[] = [];
for (let i = 0; i < rs.length; i += 1) lines.push(\`\${rs[i].id}:\${rs[i].temp?.c ?? "-"}\`);
console.log(lines.join(" "));`,
    has: ["for r in rs:\n"],
    lacks: ["range("],
  },
  "a length kept in a second loop variable": {
    source: `const xs = [2, 7, 1];
let s = 0;
for (let i = 0, n = xs.length; i < n; i++) s = s * 10 + xs[i];
console.log(s);`,
    has: ["    for x in xs:\n        s = s * 10 + x\n"],
    lacks: ["range(", "n = len(xs)"],
  },
  "writes into a fresh local array while reading a parameter": {
    source: `function evens(xs: number[]): number[] {
  const out: number[] = [];
  const last = [0];
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] % 2 === 0) out.push(xs[i]);
    last[0] = xs[i];
  }
  return out.concat(last);
}
console.log(evens([1, 2, 3, 4]).join(","));`,
    has: ["    for x in xs:\n"],
  },
};

const stays: Record<string, Case> = {
  "the index is printed": {
    source: `const xs = ["a", "b"];
for (let i = 0; i < xs.length; i++) console.log(i, xs[i]);`,
    has: ["for i in range(len(xs)):\n"],
  },
  "the index reads a neighbour": {
    source: `const xs = [1, 4, 9, 16];
const d: number[] = [];
for (let i = 0; i < xs.length - 1; i++) d.push(xs[i + 1] - xs[i]);
for (let i = 0; i < xs.length; i++) d.push(xs[xs.length - 1 - i]);
console.log(d.join(","));`,
    has: ["for i in range(len(xs) - 1)]", "for i in range(len(xs)):\n"],
  },
  "a kept length while the array grows": {
    source: `const ys = [1, 2];
for (let i = 0, n = ys.length; i < n; i++) ys.push(ys[i] + 10);
console.log(ys.join(","));`,
    has: ["for i in range(n):\n"],
  },
  "the element is stored into": {
    source: `const xs = [1, 2, 3];
for (let i = 0; i < xs.length; i++) xs[i] = xs[i] * 2;
console.log(xs.join(","));`,
    has: ["for i in range(len(xs)):\n"],
  },
  "another name for the same array is stored into first": {
    source: `function sum(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    b[0] = 9;
    s += a[i];
  }
  return s;
}
const arr = [1, 2, 3];
console.log(sum(arr, arr), sum([1, 2], [0]));`,
    has: ["    for i in range(len(a)):\n"],
  },
  "the array is reversed during the pass": {
    source: `const xs = [1, 2, 3, 4];
let s = "";
for (let i = 0; i < xs.length; i++) {
  xs.reverse();
  s += xs[i];
}
console.log(s);`,
    has: ["for i in range(len(xs)):\n"],
  },
  "a call changes an element": {
    source: `const data = [1, 2, 3];
let k = 0;
function poke(): void { data[k++] = 99; }
let s = 0;
for (let i = 0; i < data.length; i++) {
  poke();
  s += data[i];
}
console.log(s);`,
    has: ["for i in range(len(data)):\n"],
  },
  "a setter changes an element": {
    source: `const data = [1, 2, 3];
class Probe { n = 0; set level(v: number) { data[this.n++] = v; } }
const p = new Probe();
let s = 0;
for (let i = 0; i < data.length; i++) {
  p.level = 50;
  s += data[i];
}
console.log(s);`,
    has: ["for i in range(len(data)):\n"],
  },
  "a closure reads the element": {
    source: `const xs = [5, 6, 7];
const fns: (() => number)[] = [];
for (let i = 0; i < xs.length; i++) fns.push(() => xs[i] * 2);
console.log(fns.map((f) => f()).join(","));`,
    has: ["range(len(xs))"],
  },
  "a field array stored into during the loop": {
    source: `class Grid {
  cells = [1, 2, 3, 4];
  smooth(): string {
    let out = "";
    for (let i = 0; i < this.cells.length; i++) {
      this.cells[0] = 0;
      out += this.cells[i];
    }
    return out;
  }
}
console.log(new Grid().smooth());`,
    has: ["        for i in range(len(self.cells)):\n"],
  },
};

shapeSuite("element loops: the index only reads the element", applies);
shapeSuite("element loops: the index loop stays", stays);
