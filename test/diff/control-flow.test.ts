// Control flow: if, switch, every loop shape, labelled jumps, per-iteration closures.
import { beforeAll, describe, expect, test } from "vitest";
import { diffSuite, compileSnippets, checkCase, inMain, type CompiledSnippets } from "../helpers/diff.js";

diffSuite("control flow: if", {
  "else-if chain on numbers": `
function grade(n: number): string {
  if (n >= 90) return "A";
  else if (n >= 80) return "B";
  else if (n >= 70) return "C";
  else return "F";
}
for (const n of [95, 85, 75, 10, 90]) console.log(n, grade(n));`,
  "truthiness of objects, arrays and nullables": `
const empty: number[] = [];
const obj = {};
let maybe: { v: number } | null = null;
let undef: string[] | undefined;
if (empty) console.log("empty array is truthy"); else console.log("wrong");
if (obj) console.log("empty object is truthy");
if (maybe) console.log("wrong"); else console.log("null is falsy");
if (!undef) console.log("undefined is falsy");
maybe = { v: 0 };
if (maybe) console.log("object with zero field is truthy", maybe.v);
undef = [];
if (undef) console.log("now truthy", undef.length);`,
  "truthiness of strings and numbers": `
const values: [string, number][] = [["zero", 0], ["one", 1], ["minus one", -1], ["half", 0.5], ["minus zero", -0], ["third", 1 / 3], ["not a number", parseFloat("nope")]];
for (const [name, v] of values) {
  if (v) console.log(name, "truthy"); else console.log(name, "falsy");
}
let n = 3;
while (n) n--;
if (!n) console.log("n is", n);
for (const s of ["", "a", " ", "0", "false"]) {
  if (s) console.log(JSON.stringify(s), "truthy");
  else console.log(JSON.stringify(s), "falsy");
}`,
  "conditions with && || and !": `
function check(a: string | null, n: number, list: number[] | undefined) {
  if (a && n > 0) console.log("a and n", a, n);
  else if (!a || n < 0) console.log("no a or negative", a, n);
  else console.log("other");
  if (list && list.length > 0 || n === 7) console.log("list or seven");
  if (!(list && list.length)) console.log("no items");
}
check("x", 1, [1]);
check(null, 3, undefined);
check("y", 0, []);
check("", 7, undefined);`,
  "nested if and dangling else": `
function f(a: number, b: number): string {
  if (a > 0)
    if (b > 0) return "both";
    else return "a only";
  return "not a";
}
console.log(f(1, 1), f(1, -1), f(-1, 1));
let x = 3;
if (x > 2) { if (x > 5) { x = 100; } else { x = 50; } } else x = 0;
console.log(x);`,
  "if with optional chaining and nullish": `
interface Node1 { next?: Node1; value: number }
const n: Node1 = { value: 1, next: { value: 2 } };
if (n.next?.next) console.log("deep"); else console.log("shallow");
if (n.next?.value === 2) console.log("second is 2");
const v = n.next?.next?.value ?? -1;
if (v < 0) console.log("missing", v);`,
});

diffSuite("control flow: switch", {
  "switch on numbers": `
function name(n: number): string {
  switch (n) {
    case 1: return "one";
    case 2: return "two";
    case 3: return "three";
  }
  return "many";
}
for (let i = 0; i < 5; i++) console.log(i, name(i));`,
  "switch on strings with break": `
function code(s: string): number {
  let r = 0;
  switch (s) {
    case "red":
      r = 1;
      break;
    case "green":
      r = 2;
      break;
    default:
      r = -1;
  }
  return r;
}
console.log(code("red"), code("green"), code("blue"), code(""));`,
  "default first": `
function f(n: number): string {
  let out = "";
  switch (n) {
    default:
      out += "d";
      break;
    case 1:
      out += "one";
      break;
    case 2:
      out += "two";
      break;
  }
  return out;
}
console.log(f(1), f(2), f(3));`,
  "default in the middle with fall-through": `
function f(n: number): string {
  let out = "";
  switch (n) {
    case 1:
      out += "a";
    default:
      out += "d";
    case 2:
      out += "b";
      break;
    case 3:
      out += "c";
  }
  return out;
}
console.log(f(1), f(2), f(3), f(9));`,
  "default last, no match, no default": `
function f(n: number): string {
  let out = "start";
  switch (n) {
    case 1:
      out = "one";
      break;
  }
  switch (n) {
    case 2:
      out += "-two";
      break;
    default:
      out += "-other";
  }
  return out;
}
console.log(f(1), f(2), f(3));`,
  "fall-through between cases": `
function f(n: number): string[] {
  const steps: string[] = [];
  switch (n) {
    case 0:
      steps.push("zero");
    case 1:
      steps.push("one");
    case 2:
      steps.push("two");
      break;
    case 3:
      steps.push("three");
  }
  return steps;
}
for (let i = 0; i < 5; i++) console.log(i, f(i).join(","));`,
  "fall-through into default": `
function f(s: string): string {
  let r = "";
  switch (s) {
    case "x":
      r += "x";
    case "y":
      r += "y";
    default:
      r += "!";
  }
  return r;
}
console.log(f("x"), f("y"), f("z"));`,
  "grouped cases": `
function kind(c: string): string {
  switch (c) {
    case "a":
    case "e":
    case "i":
    case "o":
    case "u":
      return "vowel";
    case " ":
    case "\\t":
      return "space";
    default:
      return "consonant";
  }
}
console.log([..."hi you"].map(kind).join(" "));`,
  "grouped cases including default": `
function f(n: number): string {
  switch (n) {
    case 1:
      return "one";
    case 2:
    default:
    case 3:
      return "two, three or other";
  }
}
console.log(f(1), f(2), f(3), f(4));`,
  "break nested inside an if in a case": `
function f(n: number, flag: boolean): string {
  let out = "";
  switch (n) {
    case 1:
      out += "a";
      if (flag) break;
      out += "b";
      break;
    case 2:
      if (!flag) {
        out += "c";
        break;
      }
      out += "d";
    default:
      out += "e";
  }
  return out + ".";
}
console.log(f(1, true), f(1, false), f(2, true), f(2, false), f(3, true));`,
  "return from switch inside a function": `
function classify(x: number): string {
  switch (x % 3) {
    case 0:
      if (x === 0) return "zero";
      return "fizz";
    case 1:
      return "one more";
  }
  return "two more";
}
for (const x of [0, 3, 4, 5]) console.log(classify(x));`,
  "continue inside a switch inside a loop": `
const out: number[] = [];
for (let i = 0; i < 8; i++) {
  switch (i % 4) {
    case 0:
      continue;
    case 1:
      out.push(i * 10);
      break;
    default:
      if (i > 5) continue;
      out.push(i);
  }
  out.push(-1);
}
console.log(out.join(" "));
let step = 1;
const seen: string[] = [];
for (let i = 0; i < 12; i += step) {
  switch (i % 3) {
    case 0:
      seen.push("z" + i);
    case 1:
      if (i > 6) continue;
      seen.push("o" + i);
      break;
    default:
      step = 2;
      continue;
  }
  seen.push(".");
}
console.log(seen.join(" "));
let j = 0;
while (j < 5) {
  j++;
  switch (j) {
    case 2:
    case 4:
      continue;
  }
  console.log("j", j);
}`,
  "switch on an enum": `
enum Color { Red, Green, Blue }
enum Dir { Up = "UP", Down = "DOWN" }
function show(c: Color): string {
  switch (c) {
    case Color.Red: return "r";
    case Color.Green: return "g";
    default: return "b";
  }
}
function move(d: Dir): number {
  switch (d) {
    case Dir.Up: return 1;
    case Dir.Down: return -1;
  }
}
console.log(show(Color.Red), show(Color.Green), show(Color.Blue), move(Dir.Up), move(Dir.Down));`,
  "switch subject evaluated once, cases in order": `
let calls = 0;
function next(): number { calls++; return 2; }
function c(v: number): number { console.log("case", v); return v; }
switch (next()) {
  case c(1): console.log("one"); break;
  case c(2): console.log("two"); break;
  case c(3): console.log("three"); break;
}
console.log("calls", calls);`,
  "switch (true)": `
function size(n: number): string {
  switch (true) {
    case n < 10: return "small";
    case n < 100: return "medium";
    default: return "large";
  }
}
console.log(size(5), size(50), size(500));`,
  "case expressions that need setup run only when reached": `
interface Cfg { limits?: { low: number; high: number } }
const calls: string[] = [];
function cfg(name: string, c: Cfg): Cfg { calls.push(name); return c; }
function f(n: number, c: Cfg): string {
  let out = "";
  switch (n) {
    case cfg("low", c).limits?.low:
      out += "low";
    case cfg("high", c).limits?.high:
    case (cfg("alt", c).limits?.high ?? 0) + 100:
      out += "high";
      break;
    default:
      out += "none";
  }
  return out;
}
const c: Cfg = { limits: { low: 1, high: 9 } };
console.log(f(1, c), f(9, c), f(109, c), f(5, {}), calls.join(" "));
function g(s: string | undefined): number {
  switch (s) {
    case c.limits?.low.toString(): return 1;
    case c.limits?.high.toString(): return 2;
  }
  return 0;
}
console.log(g("1"), g("9"), g(undefined), g("x"));`,
  "switch with block-scoped case bodies": `
function f(n: number): number {
  switch (n) {
    case 1: {
      const x = n * 10;
      return x;
    }
    case 2: {
      const x = n * 100;
      return x;
    }
  }
  return 0;
}
console.log(f(1), f(2), f(3));`,
  "switch inside a loop: break leaves only the switch": `
let log = "";
for (const w of ["a", "stop", "b"]) {
  switch (w) {
    case "stop":
      log += "[stop]";
      break;
    default:
      log += w;
  }
  log += ";";
}
console.log(log);`,
});

diffSuite("control flow: for", {
  "counting up, down, step 2 and <=": `
const a: number[] = [];
for (let i = 0; i < 5; i++) a.push(i);
const b: number[] = [];
for (let i = 5; i > 0; i--) b.push(i);
const c: number[] = [];
for (let i = 1; i < 10; i += 2) c.push(i);
const d: number[] = [];
for (let i = 1; i <= 4; i++) d.push(i);
const e: number[] = [];
for (let i = 10; i >= 0; i -= 3) e.push(i);
console.log(a.join(","), b.join(","), c.join(","), d.join(","), e.join(","));`,
  "bounds from a variable, an array length and a parameter": `
const xs = [4, 5, 6];
let s = 0;
for (let i = 0; i < xs.length; i++) s += xs[i];
function sumTo(n: number): number { let t = 0; for (let i = 1; i <= n; i++) t += i; return t; }
const n = 4;
let p = 1;
for (let k = 1; k < n; k++) p *= k;
console.log(s, sumTo(10), sumTo(0), p);`,
  "bound that changes in the body": `
const xs = [1, 2, 3];
for (let i = 0; i < xs.length; i++) {
  if (xs[i] < 3) xs.push(xs[i] + 10);
}
console.log(xs.join(","));
let limit = 3;
let count = 0;
for (let i = 0; i < limit; i++) {
  count++;
  if (i === 1) limit = 6;
}
console.log(count);
const ys = [1, 2, 3, 4, 5];
let seen = 0;
for (let i = 0; i < ys.length; i++) { ys.pop(); seen++; }
console.log(seen, ys.length);`,
  "loop variable modified in the body": `
const out: number[] = [];
for (let i = 0; i < 10; i++) {
  out.push(i);
  if (i === 2) i += 3;
}
console.log(out.join(","));
const skip: number[] = [];
for (let i = 0; i < 6; i++) { skip.push(i); i++; }
console.log(skip.join(","));`,
  "var loop variable used after the loop": `
function f(): number {
  for (var i = 0; i < 4; i++) {}
  return i;
}
function firstOver(xs: number[], limit: number): number {
  for (var k = 0; k < xs.length; k++) if (xs[k] > limit) break;
  return k;
}
console.log(f(), firstOver([1, 5, 9], 4), firstOver([1, 2], 10));`,
  "missing init, condition or update": `
let i = 0;
for (; i < 3; i++) console.log("no init", i);
let n = 0;
for (let j = 0; ; j++) {
  if (j > 2) break;
  n += j;
}
console.log("no cond", n);
for (let k = 0; k < 3; ) {
  console.log("no update", k);
  k++;
}
let m = 0;
for (;;) {
  if (++m >= 4) break;
}
console.log("forever", m);`,
  "multiple variables": `
const pairs: string[] = [];
for (let i = 0, j = 10; i < j; i++, j--) pairs.push(i + ":" + j);
console.log(pairs.join(" "));
let s = "";
for (let a = 1, b = 1; a < 50; [a, b] = [b, a + b]) s += a + " ";
console.log(s);`,
  "continue in a for loop still runs the update": `
const odd: number[] = [];
for (let i = 0; i < 10; i++) {
  if (i % 2 === 0) continue;
  odd.push(i);
}
console.log(odd.join(","));
const picked: number[] = [];
for (let i = 0, step = 1; i < 30; i += step, step++) {
  if (i % 3 === 0) continue;
  picked.push(i);
}
console.log(picked.join(","));
let x = 0;
for (let k = 0; k < 5; k++) {
  if (k === 1) { k = 3; continue; }
  x += k;
}
console.log(x);`,
  "non-integer steps and bounds": `
const xs: number[] = [];
for (let x = 0; x < 1; x += 0.25) xs.push(x);
console.log(xs.join(" "));
let c = 0;
for (let i = 0; i < 2.5; i++) c++;
console.log(c);
for (let i = 0.5; i < 3; i++) console.log(i);`,
  "nested for loops reusing the name i": `
let out = "";
for (let i = 0; i < 3; i++) {
  for (let i = 10; i < 12; i++) out += i + " ";
  out += "| " + i + " ";
}
console.log(out);`,
  "break in a for loop and the value after it": `
let found = -1;
const xs = [5, 8, 13, 21];
for (let i = 0; i < xs.length; i++) {
  if (xs[i] % 2 === 0) { found = i; break; }
}
console.log(found);
let i = 100;
for (let i = 0; i < 3; i++) {}
console.log(i);`,
  "continue inside try/finally: the finally block runs before the update": `
for (let i = 0; i < xs().length; i++) {
  try {
    if (i === 1) continue;
    console.log("body", i);
  } finally {
    console.log("finally", i);
  }
}
function xs(): number[] { return [1, 2, 3]; }
let x = 0;
do {
  try {
    if (x < 5) continue;
  } finally {
    x++;
    console.log("x", x);
  }
} while (x < 3);
outer: for (let i = 0; i < 10; i += 3) {
  try {
    for (const j of [1, 2]) if (i > 2 && j === 2) continue outer;
    console.log("inner done", i);
  } finally {
    console.log("cleanup", i);
  }
}`,
  "bound changed by a function the body calls": `
const queue = [1];
function visit(n: number) {
  if (n < 20) queue.push(n * 2, n * 3);
}
for (let i = 0; i < queue.length; i++) visit(queue[i]);
console.log(queue.length, queue.join(","));
function drain(items: number[], take: () => void): number {
  let seen = 0;
  for (let i = 0; i < items.length; i++) {
    seen++;
    take();
  }
  return seen;
}
const stack = [1, 2, 3, 4, 5, 6];
console.log(drain(stack, () => { stack.pop(); }), stack.length);`,
  "bound in a second declaration and loops over a parameter": `
function total(xs: number[]): number {
  let s = 0;
  for (let i = 0, n = xs.length; i < n; i++) s += xs[i];
  const out: number[] = [];
  for (let i = 0; i < xs.length; i++) out.push(xs[i] * 2);
  return s + out.length;
}
console.log(total([1, 2, 3]), total([]));
for (let n = 4, i = n - 1; i >= 0; i--) console.log("down", i, n);`,
});

diffSuite("control flow: for...of and for...in", {
  "for...of over arrays and strings": `
let s = 0;
for (const x of [1, 2, 3]) s += x;
const chars: string[] = [];
for (const ch of "héllo😀!") chars.push(ch + ch);
console.log(s, chars.join("-"));
for (const [a, b] of [[1, 2], [3, 4]]) console.log(a + b);
for (const { name, age } of [{ name: "ann", age: 3 }, { name: "bo", age: 5 }]) console.log(name, age);`,
  "for...of over a Map with destructuring": `
const m = new Map<string, number>();
m.set("zeta", 1);
m.set("alpha", 2);
m.set("mid", 3);
for (const [k, v] of m) console.log(k, v);
for (const [k, v] of m.entries()) console.log("entry", k, v);
for (const k of m.keys()) console.log("key", k);
for (const v of m.values()) console.log("value", v);
for (const pair of m) console.log("pair", pair[0], pair[1]);`,
  "for...of over a Set": `
const s = new Set<number>([30, 10, 20, 10]);
s.add(5);
const seen: number[] = [];
for (const v of s) seen.push(v);
console.log(seen.join(","), s.size);
const words = new Set(["b", "a", "c"]);
for (const w of words) console.log(w);`,
  "for...of over generator results": `
function* range(n: number) {
  for (let i = 0; i < n; i++) yield i * i;
}
function* letters() { yield "x"; yield "y"; }
let total = 0;
for (const v of range(5)) total += v;
const ls: string[] = [];
for (const l of letters()) ls.push(l);
console.log(total, ls.join(""));`,
  "leaving a for...of early closes the generator": `
function* opened(name: string) {
  try {
    yield name + 1;
    yield name + 2;
    yield name + 3;
  } finally {
    console.log("closed", name);
  }
}
for (const v of opened("a")) {
  console.log(v);
  if (v === "a2") break;
}
console.log("after a");
function firstOf(): string {
  for (const v of opened("b")) return v;
  return "none";
}
console.log(firstOf());
outer: for (const n of [1, 2]) {
  for (const v of opened("c" + n)) {
    if (v.endsWith("2")) continue outer;
    console.log(v);
  }
}
try {
  for (const v of opened("d")) throw new Error("stop at " + v);
} catch (e) {
  console.log((e as Error).message);
}
for (const v of opened("e")) console.log(v);
function* plain() { yield 1; yield 2; }
for (const v of plain()) { if (v > 0) break; }
console.log("done");`,
  "for...of over entries() of an array": `
const xs = ["a", "b", "c"];
for (const [i, x] of xs.entries()) console.log(i, x);
for (const k of xs.keys()) console.log("k", k);
for (const v of xs.values()) console.log("v", v);
for (const [k, v] of Object.entries({ one: 1, two: 2 })) console.log(k, v);`,
  "for...of with break, continue and an existing variable": `
let last = "";
for (last of ["p", "q", "r"]) {
  if (last === "q") break;
}
console.log(last);
const odd: number[] = [];
for (const n of [1, 2, 3, 4, 5]) {
  if (n % 2 === 0) continue;
  odd.push(n);
}
console.log(odd.join(","));`,
  "for...in over an object keeps insertion order": `
const o: Record<string, number> = { zebra: 1, apple: 2, mango: 3 };
o.banana = 4;
o.aardvark = 5;
const keys: string[] = [];
for (const k in o) keys.push(k);
console.log(keys.join(","));
for (const k in o) console.log(k, o[k]);
const point = { y: 2, x: 1 };
for (const k in point) console.log(k);`,
  "for...in while the body adds and deletes keys": `
const o: Record<string, number> = { a: 1, b: 2, c: 3, d: 4 };
let n = 0;
for (const k in o) {
  n++;
  o[k + "2"] = n;
}
console.log(n, Object.keys(o).join(","));
const p: Record<string, number> = { a: 1, b: -2, c: 3, d: -4 };
function drop(k: string) { delete p[k]; }
for (const k in p) {
  console.log("visit", k);
  if (k === "a") drop("b");
  if (p[k] < 0) delete p[k];
}
console.log(Object.keys(p).join(","));`,
  "for...in over an array": `
const xs = [10, 20, 30];
for (const i in xs) console.log(i, typeof i, xs[i]);
let s = "";
for (const i in ["a", "b"]) s += i + ";";
console.log(s);`,
  "destructuring fewer items than each entry has": `
const m = new Map<string, number>([["a", 1], ["b", 2]]);
for (const [k] of m) console.log("key", k);
for (const [, v] of m) console.log("value", v);
const rows: number[][] = [[1, 2, 3], [4, 5, 6]];
for (const [a, b] of rows) console.log(a, b);
const pairs: [string, number][] = [["x", 1], ["y", 2]];
for (const [name, n] of pairs) console.log(name, n);`,
});

diffSuite("control flow: while, do...while and labels", {
  "while loops": `
let n = 27;
let steps = 0;
while (n !== 1) {
  n = n % 2 === 0 ? n / 2 : 3 * n + 1;
  steps++;
}
console.log(steps);
const stack = [1, 2, 3];
let sum = 0;
while (stack.length) sum += stack.pop()!;
console.log(sum);
let s = "";
while (s.length < 3) s += "a";
console.log(s);`,
  "do...while with continue": `
let i = 0;
const out: number[] = [];
do {
  i++;
  if (i % 2 === 0) continue;
  out.push(i);
} while (i < 7);
console.log(out.join(","));
let once = 0;
do { once++; } while (false);
console.log(once);
let k = 10;
do {
  k--;
  if (k > 5) continue;
  break;
} while (true);
console.log(k);`,
  "break out of while(true)": `
let n = 0;
while (true) {
  n++;
  if (n * n > 50) break;
}
console.log(n);
function find(xs: number[], t: number): number {
  let i = 0;
  while (true) {
    if (i >= xs.length) return -1;
    if (xs[i] === t) return i;
    i++;
  }
}
console.log(find([4, 5, 6], 6), find([1], 2));`,
  "labelled break and continue across two loops": `
const pairs: string[] = [];
outer: for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j > i) continue outer;
    if (i === 3) break outer;
    pairs.push(\`\${i}\${j}\`);
  }
  pairs.push("end" + i);
}
console.log(pairs.join(" "));`,
  "labelled jumps across three loops": `
const log: string[] = [];
a: for (let i = 0; i < 3; i++) {
  b: for (let j = 0; j < 3; j++) {
    for (let k = 0; k < 3; k++) {
      if (k === 1 && j === 0) continue b;
      if (k === 2) continue a;
      if (i === 2) break a;
      if (j === 2) break b;
      log.push(\`\${i}\${j}\${k}\`);
    }
    log.push("j" + j);
  }
  log.push("i" + i);
}
console.log(log.join(" "));`,
  "labelled continue with a for update and while loops": `
let total = 0;
outer: for (let i = 0; i < 5; i++) {
  let j = 0;
  while (true) {
    j++;
    if (j > i) continue outer;
    if (j === 3) break outer;
    total += j;
  }
}
console.log(total);
let x = 0;
loop: do {
  x++;
  for (const y of [1, 2]) {
    if (x < 3) continue loop;
    console.log("x", x, "y", y);
  }
} while (x < 4);`,
  "labelled jumps across a switch": `
const out: string[] = [];
rows: for (let r = 0; r < 4; r++) {
  for (let c = 0; c < 4; c++) {
    switch (c) {
      case 0:
        out.push("s" + r);
        break;
      case 1:
        if (r === 1) continue rows;
        break;
      case 2:
        if (r === 2) break rows;
        out.push("m" + r);
        continue;
      default:
        out.push("e" + r);
    }
    out.push(".");
  }
}
console.log(out.join(""));`,
  "labelled break of a while from a nested for...of": `
const words = ["ab", "cd", "ef"];
rows: for (const w of words) {
  let k = 0;
  while (k < w.length) {
    const ch = w[k++];
    if (ch === "c") continue rows;
    if (ch === "f") break rows;
    console.log("char", ch);
  }
  console.log("word", w);
}
let i = 0;
search: while (i < 10) {
  i++;
  for (const d of [2, 3, 5]) {
    if (i > 1 && i % d === 0 && i !== d) {
      console.log("composite", i);
      if (i > 7) break search;
      continue search;
    }
  }
  console.log("prime-ish", i);
}
console.log("stopped at", i);`,
  "labelled block": `
function check(n: number): string {
  let result = "start";
  done: {
    if (n < 0) {
      result = "negative";
      break done;
    }
    for (let i = 0; i < 10; i++) {
      if (i * i > n) {
        result = "root below " + i;
        break done;
      }
    }
    result = "big";
  }
  return result + "!";
}
console.log(check(-1), check(10), check(1000));`,
  "labelled switch": `
function find(rows: number[][], t: number): string {
  let where = "none";
  sw: switch (rows.length) {
    case 0:
      where = "empty";
      break;
    default:
      for (const [r, row] of rows.entries()) {
        for (const v of row) {
          if (v === t) {
            where = "row " + r;
            break sw;
          }
        }
      }
      where = "missing";
  }
  return where;
}
console.log(find([], 1), find([[1, 2], [3]], 3), find([[5]], 4));`,
});

diffSuite("control flow: closures capture the iteration", {
  "let in a for loop": `
const fns: (() => number)[] = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map((f) => f()).join(","));
const gs: (() => number)[] = [];
for (let i = 0; i < 6; i += 2) {
  gs.push(function () { return i * 10; });
}
console.log(gs.map((g) => g()).join(","));`,
  "let in for...of and for...in": `
const fns: (() => string)[] = [];
for (const s of ["a", "b", "c"]) fns.push(() => s + s);
for (const k in { x: 1, y: 2 }) fns.push(() => k);
console.log(fns.map((f) => f()).join(","));`,
  "let in a while loop body": `
const fns: (() => number)[] = [];
let n = 0;
while (n < 3) {
  const v = n * 2;
  let w = n;
  fns.push(() => v + w);
  n++;
}
console.log(fns.map((f) => f()).join(","));`,
  "nested loops with closures": `
const fns: (() => string)[] = [];
for (let i = 0; i < 2; i++) {
  for (let j = 0; j < 2; j++) {
    fns.push(() => i + "," + j);
  }
}
console.log(fns.map((f) => f()).join(" "));
const table: (() => number)[][] = [];
for (const r of [1, 2]) {
  const row: (() => number)[] = [];
  for (let c = 0; c < 3; c++) row.push(() => r * 10 + c);
  table.push(row);
}
console.log(table.map((row) => row.map((f) => f()).join(" ")).join(" / "));`,
  "closure declared as a function inside a loop": `
const fns: (() => number)[] = [];
for (let i = 0; i < 3; i++) {
  function get() { return i * i; }
  const twice = () => { const r = get(); return r * 2; };
  fns.push(twice);
}
console.log(fns.map((f) => f()).join(","));`,
  "functions in a loop that call one declared later": `
const fns: (() => string)[] = [];
for (const tag of ["a", "b"]) {
  function outer(): string { return "<" + inner() + ">"; }
  function inner(): string { return tag + tag; }
  fns.push(outer);
  function fact(n: number): number { return n <= 1 ? 1 : n * fact(n - 1); }
  console.log(tag, fact(4));
}
console.log(fns.map((f) => f()).join(" "));`,
  "recursive closures in a loop call their own iteration's copy": `
const fns: (() => number)[] = [];
for (let i = 0; i < 3; i++) {
  function fact(n: number): number { return n <= 1 ? i : n * fact(n - 1); }
  const down = (n: number): number => (n <= 0 ? i : down(n - 1) + 1);
  const up = function (n: number): number { return n >= 3 ? i * 10 : up(n + 1); };
  fns.push(() => fact(3) + down(2) * 100 + up(0) * 1000);
}
console.log(fns.map((f) => f()).join(","));`,
  "a closure made after the loop variable changes": `
const fns: (() => number)[] = [];
for (let i = 0; i < 6; i++) {
  i++;
  const seen = i;
  fns.push(() => i * 100 + seen);
}
console.log(fns.map((f) => f()).join(","));
const gs: (() => number)[] = [];
for (let i = 0; i < 3; i++) {
  let acc = i;
  for (let j = 0; j < 3; j++) acc += j;
  while (acc > 4) acc -= 4;
  gs.push(() => acc * 10 + i);
}
console.log(gs.map((g) => g()).join(","));`,
  "var in a loop is shared": `
const fns: (() => number)[] = [];
for (var i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map((f) => f()).join(","));`,
});

// The shape of the emitted Python: plain counting loops become range(), others a while loop.
describe("control flow: emitted loop shapes", () => {
  const cases: Record<string, string> = {
    up: `let s = 0;\nfor (let i = 0; i < 5; i++) s += i;\nconsole.log(s);`,
    down: `let s = "";\nfor (let i = 5; i > 0; i--) s += i;\nconsole.log(s);`,
    step: `let s = 0;\nfor (let i = 1; i <= 9; i += 2) s += i;\nconsole.log(s);`,
    length: `const xs = [1, 2, 3];\nlet s = 0;\nfor (let i = 0; i < xs.length; i++) s += xs[i];\nconsole.log(s);`,
    growing: `const xs = [1, 2];\nfor (let i = 0; i < xs.length; i++) if (xs[i] < 5) xs.push(xs[i] + 3);\nconsole.log(xs.join(","));`,
    modified: `const out: number[] = [];\nfor (let i = 0; i < 9; i++) { out.push(i); i += 2; }\nconsole.log(out.join(","));`,
    bound: `let n = 3;\nlet c = 0;\nfor (let i = 0; i < n; i++) { c++; if (c < 5) n++; }\nconsole.log(c);`,
    called: `const q = [1];\nfunction grow(v: number) { if (v < 9) q.push(v + 4); }\nfor (let i = 0; i < q.length; i++) grow(q[i]);\nconsole.log(q.join(","));`,
    reverse: `const xs = [1, 2, 3];\nlet s = "";\nfor (let i = xs.length - 1; i >= 0; i--) s += xs[i];\nconsole.log(s);`,
    inPlace: `const xs = [1, 2, 3];\nfor (let i = 0; i < xs.length; i++) xs[i] *= 2;\nconsole.log(xs.join(","));`,
    composite: `const n = 3;\nlet c = 0;\nfor (let i = 0; i < n * 2 - 1; i++) c += i;\nconsole.log(c);`,
    pair: `const xs = [1, 2, 3];\nlet s = 0;\nfor (let i = 0, n = xs.length; i < n; i++) s += xs[i];\nconsole.log(s);`,
    param: `function twice(xs: number[]): number[] {\n  const out: number[] = [];\n  for (let i = 0; i < xs.length; i++) out.push(xs[i] * 2);\n  return out;\n}\nconsole.log(twice([1, 2]).join(","));`,
  };
  let compiled: CompiledSnippets;
  beforeAll(() => {
    compiled = compileSnippets(cases);
  });
  const names = Object.keys(cases);
  const run = (name: string) => checkCase(compiled, names.indexOf(name), cases[name]);
  test("counting loops use range", async () => {
    expect(await run("up")).toContain("for i in range(5):");
    expect(await run("down")).toContain("for i in range(5, 0, -1)");
    expect(await run("step")).toContain("for i in range(1, 10, 2):");
    expect(await run("length")).toContain(inMain("for x in xs:\n    s += x\n"));
    expect(await run("pair")).toContain(inMain("for x in xs:\n    s += x\n"));
    expect(await run("reverse")).toContain("for i in range(len(xs) - 1, -1, -1)");
    expect(await run("inPlace")).toContain("for i in range(len(xs)):");
    expect(await run("composite")).toContain("for i in range(n * 2 - 1):");
    expect(await run("param")).toContain("    out = [x * 2 for x in xs]\n");
  });
  test("loops that range() would get wrong stay while loops", async () => {
    for (const name of ["growing", "modified", "bound", "called"]) {
      const python = await run(name);
      expect(python, name).not.toContain("range(");
      expect(python, name).toContain("while ");
    }
  });
});

// What Python's loops cannot express is a compile-time error, never wrong output.
describe("control flow: diagnostics", () => {
  const cases: Record<string, string> = {
    "closure sees a later change": `const fns: (() => number)[] = [];\nfor (let i = 0; i < 6; i++) { fns.push(() => i); i++; }\nconsole.log(fns.length);`,
    "closure changes the loop variable": `let n = 0;\nfor (let i = 0; i < 3; i++) { const bump = () => { i++; }; bump(); n++; }\nconsole.log(n);`,
    "body let changed after capture": `const fns: (() => number)[] = [];\nlet k = 0;\nwhile (k < 3) { let w = k; fns.push(() => w); w += 10; k++; }\nconsole.log(fns.length);`,
    "changed in an inner loop that also captures": `const fns: (() => number)[] = [];\nfor (let i = 0; i < 2; i++) { let t = 0; for (let j = 0; j < 2; j++) { t++; fns.push(() => t); } }\nconsole.log(fns.length);`,
  };
  let compiled: CompiledSnippets;
  beforeAll(() => {
    compiled = compileSnippets(cases);
  });
  Object.keys(cases).forEach((name, i) => {
    test(name, () => {
      const out = [...compiled.outputs.values()].find((o) => o.sourceFile.endsWith(`case_${i}.ts`))!;
      expect(out.diagnostics.map((d) => d.code)).toEqual([1035]);
    });
  });
});

describe("control flow: classes in loops", () => {
  const cases: Record<string, string> = {
    "a class using the loop variable": `const objs: { get(): number }[] = [];\nfor (let i = 0; i < 3; i++) {\n  class C { get() { return i * 2; } }\n  objs.push(new C());\n}\nconsole.log(objs.length);`,
    "a field initialised from the loop variable": `for (const s of ["a"]) {\n  class D { v = s; }\n  console.log(new D().v);\n}`,
  };
  let compiled: CompiledSnippets;
  beforeAll(() => {
    compiled = compileSnippets(cases);
  });
  Object.keys(cases).forEach((name, i) => {
    test(name, () => {
      const out = [...compiled.outputs.values()].find((o) => o.sourceFile.endsWith(`case_${i}.ts`))!;
      expect(out.diagnostics.map((d) => d.code)).toEqual([1040]);
    });
  });
});
