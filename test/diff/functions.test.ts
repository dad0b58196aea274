// Functions, closures, parameters, recursion, higher-order functions, scoping
// and Python-reserved identifiers: Node and MicroPython must print the same.
import { beforeAll, describe, expect, test } from "vitest";
import { diffSuite, compileSnippets, type CompiledSnippets } from "../helpers/diff.js";
import { Codes } from "../../compiler/diagnostics.js";

diffSuite("functions", {
  "hoisting: call before declaration": `
console.log(double(21));
function double(x: number): number { return x * 2; }
function outer(): number {
  return inner() + 1;
  function inner(): number { return 41; }
}
console.log(outer());`,

  "hoisting: declaration inside a block used earlier in the block": `
function run(flag: boolean): string {
  if (flag) {
    const r = helper("a");
    function helper(s: string): string { return s + "!"; }
    return r;
  }
  return "none";
}
console.log(run(true), run(false));`,

  "nested functions reading outer parameters": `
function outer(a: number): number {
  function mid(b: number): number {
    function inner(c: number): number { return a * 100 + b * 10 + c; }
    return inner(3);
  }
  return mid(2);
}
console.log(outer(1));`,

  "arrow functions: expression and block bodies": `
const sq = (x: number) => x * x;
const add = (a: number, b: number): number => { const s = a + b; return s; };
const noArgs = () => "hi";
const obj = () => ({ a: 1, b: "two" });
console.log(sq(7), add(2, 3), noArgs(), JSON.stringify(obj()));`,

  "function expressions, named and anonymous": `
const f = function (x: number) { return x + 1; };
const fact = function me(n: number): number { return n <= 1 ? 1 : n * me(n - 1); };
console.log(f(1), fact(5));`,

  "default parameters: constants": `
function greet(name: string = "world", punct = "!", times = 1): string {
  let s = "";
  for (let i = 0; i < times; i++) s += "hello " + name + punct;
  return s;
}
console.log(greet());
console.log(greet("bob"));
console.log(greet("amy", "?", 2));
console.log(greet(undefined, "."));`,

  "default parameters: expressions using earlier params": `
function box(w: number, h: number = w * 2, label: string = "box " + w + "x" + h): string {
  return label;
}
console.log(box(3));
console.log(box(3, 4));
console.log(box(1, 1, "tiny"));
let calls = 0;
function next(): number { calls++; return calls * 10; }
function g(a: number = next()): number { return a; }
console.log(g(), g(5), g(), calls);`,

  "default parameters: mutable defaults are fresh per call": `
function addTo(x: number, list: number[] = []): number[] {
  list.push(x);
  return list;
}
console.log(addTo(1).length, addTo(2).length, addTo(3).join(","));
function mk(o: { n: number } = { n: 0 }) { o.n++; return o.n; }
console.log(mk(), mk(), mk({ n: 5 }));
const arrow = (xs: string[] = []) => { xs.push("x"); return xs.length; };
console.log(arrow(), arrow(), arrow(["a"]));`,

  "optional parameters": `
function label(name: string, suffix?: string): string {
  if (suffix === undefined) return name;
  return name + "-" + suffix;
}
console.log(label("a"), label("a", "b"));
function count(a?: number, b?: number): number {
  return (a ?? 0) + (b ?? 0);
}
console.log(count(), count(1), count(1, 2));`,

  "rest parameters used as arrays": `
function sum(...nums: number[]): number {
  let t = 0;
  for (const n of nums) t += n;
  return t;
}
function tag(prefix: string, ...items: string[]): string {
  items.push("end");
  return prefix + ":" + items.length + ":" + items.map((s) => s.toUpperCase()).join("/");
}
console.log(sum(), sum(1), sum(1, 2, 3, 4));
console.log(tag("p"), tag("q", "a", "b"));
const arrowRest = (...xs: number[]) => xs.length;
console.log(arrowRest(), arrowRest(9, 8));`,

  "recursion: factorial and fibonacci": `
function fact(n: number): number { return n <= 1 ? 1 : n * fact(n - 1); }
function fib(n: number): number { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
const out: number[] = [];
for (let i = 0; i < 12; i++) out.push(fib(i));
console.log(fact(10), out.join(" "));`,

  "mutual recursion": `
function isEven(n: number): boolean { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n: number): boolean { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(10), isOdd(7), isEven(3));`,

  "higher-order: returning functions and currying": `
function adder(n: number): (x: number) => number { return (x) => x + n; }
const add5 = adder(5);
console.log(add5(1), adder(10)(20));
const curry = (a: number) => (b: number) => (c: number) => a * 100 + b * 10 + c;
console.log(curry(1)(2)(3));
const partial = curry(4)(5);
console.log(partial(6), partial(7));`,

  "higher-order: compose and pipe": `
type Fn = (x: number) => number;
const compose = (...fns: Fn[]): Fn => (x) => {
  let acc = x;
  for (let i = fns.length - 1; i >= 0; i--) acc = fns[i](acc);
  return acc;
};
const pipe = (...fns: Fn[]): Fn => (x) => fns.reduce((acc, f) => f(acc), x);
const inc = (x: number) => x + 1;
const dbl = (x: number) => x * 2;
console.log(compose(inc, dbl)(5), pipe(inc, dbl)(5));
function twice(f: Fn): Fn { return (x) => f(f(x)); }
console.log(twice(twice(inc))(0));`,

  "closures: counter with nonlocal assignment": `
function makeCounter() {
  let count = 0;
  return {
    inc: () => { count++; return count; },
    add: (n: number) => { count += n; return count; },
    get: () => count,
  };
}
const c = makeCounter();
c.inc(); c.inc(); c.add(10);
const d = makeCounter();
d.inc();
console.log(c.get(), d.get());`,

  "closures: assignment inside nested function two levels down": `
function outer(): number {
  let total = 0;
  function mid() {
    function inner() { total = total + 5; }
    inner();
    inner();
  }
  mid();
  return total;
}
console.log(outer());`,

  "closures: module-level globals assigned from functions": `
let hits = 0;
let last = "";
const log: string[] = [];
function record(s: string) { hits++; last = s; log.push(s); }
const reset = () => { hits = 0; };
record("a"); record("b");
console.log(hits, last, log.join(","));
reset();
console.log(hits);`,

  "closures: per-iteration let capture in for loops": `
const fns: (() => number)[] = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map((f) => f()).join(","));
const gs: (() => string)[] = [];
for (const s of ["a", "b", "c"]) gs.push(() => s + s);
console.log(gs.map((g) => g()).join(","));
const hs: (() => number)[] = [];
for (let j = 0; j < 3; j++) {
  const sq = j * j;
  hs.push(() => sq + j);
}
console.log(hs.map((h) => h()).join(","));`,

  "closures: var-like capture sees the final value": `
const fns: (() => number)[] = [];
let k = 0;
while (k < 3) { fns.push(() => k); k++; }
console.log(fns.map((f) => f()).join(","));`,

  "closures: a captured variable reassigned later": `
let message = "first";
const show = () => message;
console.log(show());
message = "second";
console.log(show());
function makeGetter() {
  let v = 1;
  const get = () => v;
  v = 2;
  return get;
}
console.log(makeGetter()());`,

  "closures: callbacks in a loop with block functions": `
const handlers: (() => string)[] = [];
for (let i = 0; i < 3; i++) {
  function named(): string { return "n" + i; }
  handlers.push(named);
  handlers.push(function () { return "f" + i; });
  handlers.push(() => { const t = "a" + i; return t; });
}
console.log(handlers.map((h) => h()).join(" "));`,

  "immediately invoked functions": `
const v = (() => 42)();
const w = (function () { return "iife"; })();
const counter = (() => { let n = 0; return () => ++n; })();
counter(); counter();
console.log(v, w, counter());
((msg: string) => { console.log("run", msg); })("now");`,

  "callbacks with fewer parameters than the caller passes": `
const xs = [10, 20, 30];
console.log(xs.map(() => 1).join(","));
console.log(xs.map((x) => x + 1).join(","));
console.log(xs.map((x, i) => x * i).join(","));
console.log(xs.filter((_, i) => i !== 1).join(","));
xs.forEach((x) => console.log("item", x));
function each(arr: number[], cb: (v: number, i: number, all: number[]) => void) {
  for (let i = 0; i < arr.length; i++) cb(arr[i], i, arr);
}
each(xs, (v) => console.log("v", v));
each(xs, () => console.log("tick"));`,

  "shadowing: inner block let with the same name": `
let x = 1;
{
  let x = 2;
  console.log("inner", x);
}
console.log("outer", x);
function f() {
  const x = 10;
  if (x > 5) {
    const x = 20;
    console.log("f inner", x);
  }
  return x;
}
console.log(f());`,

  "shadowing: nested function reads outer x while a sibling block declares its own": `
function test(): string {
  let x = "outer";
  const read = () => x;
  {
    let x = "block";
    console.log(x, read());
  }
  x = "changed";
  return read();
}
console.log(test());`,

  "shadowing: loop variable shadows outer name": `
const i = "outer";
for (let i = 0; i < 2; i++) console.log(i);
console.log(i);
function g(n: number) {
  let r = 0;
  for (let n = 0; n < 3; n++) r += n;
  return r + n;
}
console.log(g(100));`,

  "identifiers that are Python keywords and builtins": `
function def(lambda: number, None: number): number { return lambda + None; }
const pass = 3;
const len = (s: string) => s.length * 100;
const str = "text";
const list = [1, 2];
const type = "kind";
const id = 7;
const min = 2;
const self = { name: "me" };
const from = 1, global = 2, nonlocal = 3, yield_ = 4, print_ = 5;
console.log(def(1, 2), pass, len(str), list.length, type, id, min, self.name);
console.log(from + global + nonlocal + yield_ + print_);
function withPrint() {
  const print = (s: string) => "printed " + s;
  return print("x");
}
console.log(withPrint());
const dict = { sum: 1, max: 2 };
let int = 5, float = 1.5, object = "o", range = [0];
int += 1;
console.log(dict.sum + dict.max, int, float, object, range.length);`,

  "builtin names as parameters still allow real builtins": `
function show(str: string, len: number, list: number[]): string {
  return str + " " + len + " " + list.length + " " + String(list.length) + " " + [3, 1].length;
}
console.log(show("s", 2, [1, 2, 3]));
function maxOf(max: number, ...min: number[]) { return Math.max(max, ...min); }
console.log(maxOf(1, 5, 3));`,

  "functions as values in objects and arrays": `
const ops: { [k: string]: (a: number, b: number) => number } = {
  add: (a, b) => a + b,
  mul: (a, b) => a * b,
};
const list = [(x: number) => x + 1, (x: number) => x * 10];
console.log(ops["add"](2, 3), ops.mul(2, 3), list[1](4), list.map((f) => f(1)).join(","));`,

  "object literal methods and shorthand functions": `
function helper(n: number) { return n * 3; }
const o = {
  helper,
  twice(n: number) { return n * 2; },
  label: "L",
};
console.log(o.helper(2), o.twice(5), o.label);`,

  "recursion with closures: memoized fibonacci": `
function memo(fn: (n: number) => number): (n: number) => number {
  const cache = new Map<number, number>();
  return (n) => {
    const hit = cache.get(n);
    if (hit !== undefined) return hit;
    const v = fn(n);
    cache.set(n, v);
    return v;
  };
}
const fib: (n: number) => number = memo((n) => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
console.log(fib(40));`,

  "closures with update expressions as values": `
function gen() {
  let n = 0;
  return { next: () => n++, peek: () => n, pre: () => ++n };
}
const g = gen();
console.log(g.next(), g.next(), g.pre(), g.peek());`,

  "arrow returning assignment and compound assignment in expression": `
let total = 0;
const addTotal = (n: number) => (total += n);
console.log(addTotal(5), addTotal(7), total);
let lastSeen = "";
const see = (s: string) => (lastSeen = s);
console.log(see("a"), lastSeen);`,

  "functions with early returns and no return value": `
function check(n: number): string | undefined {
  if (n > 10) return "big";
  if (n > 5) return;
}
function noop(): void {}
console.log(check(20), check(7) === undefined, check(1) === undefined, noop() === undefined);`,

  "generators as functions": `
function* range(n: number) { for (let i = 0; i < n; i++) yield i; }
const out: number[] = [];
for (const v of range(4)) out.push(v * 2);
console.log(out.join(","));`,

  "closure over parameters modified in the function": `
function makeAcc(start: number) {
  return (d: number) => { start += d; return start; };
}
const acc = makeAcc(10);
acc(1);
console.log(acc(5));`,

  "sort with comparator callback and closures over sort keys": `
const people = [{ n: "bo", a: 30 }, { n: "al", a: 25 }, { n: "cy", a: 35 }];
const by = (key: "n" | "a") => (p: { n: string; a: number }, q: { n: string; a: number }) => (p[key] < q[key] ? -1 : p[key] > q[key] ? 1 : 0);
console.log(people.slice().sort(by("a")).map((p) => p.n).join(","));
console.log(people.slice().sort(by("n")).map((p) => p.a).join(","));`,

  "default parameter referring to a closure variable": `
let base = 10;
function addBase(x: number, b: number = base): number { return x + b; }
console.log(addBase(1));
base = 20;
console.log(addBase(1), addBase(1, 1));`,

  "functions declared in loops and conditionals": `
const results: number[] = [];
for (let i = 1; i <= 3; i++) {
  const sq = (n: number) => n * n;
  results.push(sq(i));
}
let chosen: (n: number) => number;
if (results.length > 2) chosen = (n) => n + 1000;
else chosen = (n) => n;
console.log(results.join(","), chosen(1));`,

  "spread in calls": `
function three(a: number, b: number, c: number): string { return a + "-" + b + "-" + c; }
const args: [number, number, number] = [1, 2, 3];
const xs = [4, 9, 2, 7];
console.log(three(...args), Math.max(...xs), Math.min(...xs, 1));
function collect(...v: number[]) { return v.length; }
console.log(collect(...xs, ...xs, 0));
const words = ["a", "b"];
words.push(...["c", "d"]);
console.log(words.join(""));`,

  "spread in array literals makes independent copies": `
const a = [1, 2];
const b = [3];
const c = [...a, 10, ...b, 20];
const copy = [...a];
copy.push(99);
console.log(c.join(","), a.join(","), copy.join(","));
const nested = [[1], [2]];
const shallow = [...nested];
shallow[0].push(5);
console.log(JSON.stringify(nested), shallow === nested);
const chars = [..."hey"];
console.log(chars.join("|"));`,

  "spread in object literals: override order and key order": `
const base = { a: 1, b: 2, c: 3 };
const patch: { b?: number; e?: number } = { e: 5, b: 7 };
const over = { ...base, b: 20, d: 4 };
const under = { b: 20, d: 4, ...patch };
const both = { ...patch, ...base };
const mixed = { z: 0, ...base, a: 100 };
console.log(JSON.stringify(over));
console.log(JSON.stringify(under));
console.log(JSON.stringify(mixed), JSON.stringify(both));
const copy = { ...base };
copy.a = 9;
console.log(base.a, copy.a, Object.keys(copy).join(","));`,

  "spread of object with methods and nested object is shallow": `
const inner = { n: 1 };
const o1 = { inner, tag: "x" };
const o2 = { ...o1, tag: "y" };
o2.inner.n = 5;
console.log(o1.inner.n, o1.tag, o2.tag);`,
  "function references passed where more arguments are given": `
function each(arr: number[], cb: (v: number, i: number, all: number[]) => void) {
  for (let i = 0; i < arr.length; i++) cb(arr[i], i, arr);
}
function one(v: number) { console.log("one", v); }
function none() { console.log("none"); }
const o = { m: (a: number) => console.log("m", a) };
each([5], one);
each([6], none);
each([7], o.m);
function optional(cb: (a: number, b?: number) => void) { cb(1); cb(1, 2); }
optional(one);
function restCb(cb: (...xs: number[]) => void) { cb(1, 2, 3); }
restCb((a) => console.log("rest", a));
restCb(one);`,

  "named function expression keeps outer names intact": `
const me = 5;
const g = function me(n: number): number { return n > 0 ? me(n - 1) + 1 : 0; };
const sq = [1, 2, 3].map(function sq(x) { return x * x; });
console.log(g(3), me, sq.join(","));
const fact = function fact(n: number): number { return n <= 1 ? 1 : n * fact(n - 1); };
console.log(fact(5));`,

  "names of Python modules used by the output": `
const random = 5, math = 6, json = 7, time = 8, gc = 9, collections = 10;
function next(x: number) { return x + 1; }
function iter(x: number) { return x + 2; }
const [a, b] = new Set([next(1), iter(1)]);
console.log(Math.random() < 1, Math.floor(2.5), JSON.stringify([random]), math + json + time + gc + collections, a, b);`,

  "methods with default, optional and rest parameters": `
class Counter {
  n = 0;
  add(by: number = 1, ...more: number[]): this { this.n += by; for (const m of more) this.n += m; return this; }
  label(prefix?: string, suffix = "!"): string { return (prefix ?? "n=") + this.n + suffix; }
  static make({ start = 0 }: { start?: number } = {}) { const c = new Counter(); c.n = start; return c; }
}
const c = new Counter().add().add(5).add(1, 2, 3);
console.log(c.n, c.label(), c.label("count "), c.label(undefined, "?"), Counter.make().n, Counter.make({ start: 7 }).n);`,

  "closures in class methods capture this and locals": `
class Bus {
  private handlers: ((v: number) => void)[] = [];
  total = 0;
  on(h: (v: number) => void) { this.handlers.push(h); }
  emit(v: number) { this.handlers.forEach((h) => h(v)); }
  wire() {
    let seen = 0;
    this.on((v) => { seen++; this.total += v * seen; });
    return () => seen;
  }
}
const bus = new Bus();
const seen = bus.wire();
bus.emit(2); bus.emit(3);
console.log(bus.total, seen());`,

  "closures sharing state: once and debounce": `
function once<T>(fn: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) { value = fn(); done = true; }
    return value as T;
  };
}
let calls = 0;
const init = once(() => { calls++; return "ready"; });
console.log(init(), init(), calls);
function changes(fn: (s: string) => void) {
  let last = "";
  return (s: string) => { if (s !== last) { last = s; fn(s); } };
}
const d = changes((s) => console.log("fire", s));
d("a"); d("a"); d("b");
function counterFactory() {
  let n = 0;
  function inc() { n += 1; }
  function get() { return n; }
  function reset() { n = 0; }
  return { inc, get, reset };
}
const cf = counterFactory();
cf.inc(); cf.inc();
const before = cf.get();
cf.reset(); cf.inc();
console.log(before, cf.get());`,

  "recursive inner helpers and closures over accumulators": `
function flatten(tree: (number | number[])[]): number[] {
  const out: number[] = [];
  function walk(items: (number | number[])[]) {
    for (const it of items) {
      if (Array.isArray(it)) walk(it);
      else out.push(it);
    }
  }
  walk(tree);
  return out;
}
console.log(flatten([1, [2, 3], 4, [5]]).join(","));
function countDown(n: number): string[] {
  const acc: string[] = [];
  const go = (k: number): void => { if (k < 0) return; acc.push(String(k)); go(k - 1); };
  go(n);
  return acc;
}
console.log(countDown(3).join(" "));`,

  "immediately invoked functions in loops": `
const out: number[] = [];
for (let i = 0; i < 3; i++) {
  (function (j: number) { out.push(j * 2); })(i);
  ((k: number) => out.push(k + 100))(i);
}
console.log(out.join(","));`,

  "optional callbacks called with ?.()": `
function withCb(cb?: (n: number) => void) { cb?.(5); if (cb) cb(6); }
withCb();
withCb((n) => console.log("cb", n));
const handlers: { [k: string]: (() => string) | undefined } = { a: () => "A" };
console.log(handlers["a"]?.(), handlers["b"]?.());`,

  "object spread of class instances and undefined": `
class Pt { constructor(public x: number, public y: number) {} }
const p = new Pt(1, 2);
console.log(JSON.stringify({ ...p, z: 3 }));
const maybe: { a: number } | undefined = Math.random() > 2 ? { a: 1 } : undefined;
console.log(JSON.stringify({ b: 2, ...maybe }), JSON.stringify({ ...(maybe ?? { a: 0 }) }));`,

  "spread of iterables into calls and arrays": `
function* g() { yield 1; yield 2; }
console.log([...g(), ...new Set([7, 7, 8]), ..."ab"].join(","));
const m = new Map([["k", 1]]);
console.log(JSON.stringify([...m]), JSON.stringify([...m.keys()]), JSON.stringify([...m.values()]));
function collect(...xs: (string | number)[]) { return xs.length; }
console.log(collect(..."hello"), collect(...new Set([1, 2])), collect(...g()));
class Box { items: number[]; constructor(...items: number[]) { this.items = items; } }
console.log(new Box(...[3, 4], 5).items.join(","));
const empty: number[] = [];
console.log(Math.max(...empty), Math.min(...empty), Math.max(0, ...empty), Math.max(...new Set([3, 9])));`,
  "function declarations in loops using bindings of the loop body": `
const fns: (() => number)[] = [];
for (let i = 0; i < 3; i++) {
  const sq = i * i;
  function show() { return sq + i; }
  fns.push(show);
}
console.log(fns.map((f) => f()).join(","));
const gs: (() => string)[] = [];
for (const s of ["a", "b"]) {
  gs.push(outer);
  function outer() { return inner() + "!"; }
  function inner() { return s.toUpperCase(); }
}
console.log(gs.map((g) => g()).join(","));`,
  "call, apply and bind": `
function add(a: number, b: number) { return a + b; }
class K { v = 3; get(): number { return this.v; } scaled(f: number) { return this.v * f; } }
const k = new K();
const bound = k.get.bind(k);
const add10 = add.bind(null, 10);
console.log(add.call(null, 1, 2), add.apply(null, [3, 4]), bound(), add10(5), k.scaled.call(k, 2), k.scaled.apply(k, [3]));
const cbs = [k.get.bind(k), add.bind(undefined, 1, 1)];
console.log(cbs.map((f) => f()).join(","));
let n = 0;
const next = () => ++n;
const addNext = add.bind(null, next());
console.log(addNext(100), addNext(200), n);`,

  "function name and length": `
function add(a: number, b: number) { return a + b; }
const arrow = (x: number, y = 2, ...z: number[]) => x + y + z.length;
const named = function inner(a: number) { return a; };
class K { get() { return 1; } scaled(f: number, g?: number) { return f + (g ?? 0); } }
const k = new K();
console.log(add.name, add.length, arrow.name, arrow.length, named.name, named.length, k.get.name, k.scaled.length);`,
  "functions declared here flowing into wider function types": `
function each(arr: number[], cb: (v: number, i: number) => void) { for (let i = 0; i < arr.length; i++) cb(arr[i], i); }
function one(v: number) { console.log("one", v); }
const two = (v: number) => console.log("two", v);
each([1], one);
each([2], two);
const cb: (a: number, b: number) => void = one;
cb(3, 4);
const table: { [k: string]: (a: number, b: number) => void } = { one, t: two };
table["one"](5, 6);
table.t(7, 8);
const list: ((a: number, b: number) => void)[] = [one, two];
list.forEach((f, i) => f(i, i));`,
  "optional and union-typed function values passed where more arguments are given": `
function run(x: string | ((a: number, b: number) => string)) { return typeof x === "string" ? x : x(1, 2); }
function one(a: number) { return "one" + a; }
console.log(run("str"), run(one));
function maybe(cb?: (a: number, b: number) => void) { if (cb) cb(1, 2); else console.log("none"); }
const opt: ((a: number) => void) | undefined = Math.random() > 2 ? undefined : (a: number) => console.log("opt", a);
const missing: ((a: number) => void) | undefined = Math.random() > 2 ? opt : undefined;
maybe(opt);
maybe(missing);
maybe(undefined);`,
});

// What Python functions cannot express is a compile-time error: a function in a loop
// used where its per-iteration copy cannot exist yet, another object as a method's
// `this`, the name of a function known only at run time.
describe("functions: diagnostics", () => {
  const cases: Record<string, { source: string; line: number; code?: number }> = {
    "loop function used above its declaration": {
      source: `const fns: (() => number)[] = [];\nfor (let i = 0; i < 3; i++) {\n  fns.push(show);\n  const sq = i * i;\n  function show() { return sq; }\n}\nconsole.log(fns.length);`,
      line: 3,
    },
    "call with another object as this": {
      source: `class K { v = 1; get() { return this.v; } }\nconst a = new K(), b = new K();\nconsole.log(\n  a.get.call(b));`,
      line: 4,
      code: Codes.functionThis,
    },
    "name of a function parameter": {
      source: `function show(cb: () => void) {\n  return cb.name;\n}\nconsole.log(show(() => {}));`,
      line: 2,
      code: Codes.functionThis,
    },
    "a function that uses this passed as a callback": {
      source: `function total(this: { n: number }, x: number) { return this.n + x; }\nconst xs = [1, 2];\nconsole.log(xs.map((x) => x));\nconst f: (x: number) => number = total.bind({ n: 1 });\nconst g = [total][0];\nconsole.log(f(1), g);`,
      line: 5,
      code: Codes.functionThis,
    },
    "a function expression that uses this as an argument": {
      source: `function run(cb: () => void) { cb(); }\nrun(\n  function (this: unknown) { console.log(this); });`,
      line: 3,
      code: Codes.functionThis,
    },
    "an object-literal method called with another this": {
      source: `const a = { v: 1, get() { return this.v; } };\nconst b = { v: 2, get: a.get };\nconsole.log(\n  a.get.call(b));`,
      line: 4,
      code: Codes.functionThis,
    },
    "loop function declared above a binding it uses": {
      source: `const fns: (() => number)[] = [];\nfor (let i = 0; i < 3; i++) {\n  function show() { return sq; }\n  const sq = i * i;\n  fns.push(show);\n}\nconsole.log(fns.length);`,
      line: 3,
    },
  };
  let compiled: CompiledSnippets;
  beforeAll(() => {
    compiled = compileSnippets(Object.fromEntries(Object.entries(cases).map(([k, v]) => [k, v.source])));
  });
  Object.entries(cases).forEach(([name, { line, code }], i) => {
    test(name, () => {
      const out = [...compiled.outputs.values()].find((o) => o.sourceFile.endsWith(`case_${i}.ts`))!;
      expect(out.diagnostics.map((d) => [d.code, d.line])).toEqual([[code ?? Codes.loopFunctionOrder, line]]);
    });
  });
});

// Properties assigned on functions: the function becomes a callable object
// whose properties are attributes; calls, recursion and aliases still work.
diffSuite("function properties", {
  "a property on a function declaration": `
function greet(name: string) { return "hi " + name; }
greet.count = 0;
greet.count++;
greet.count += 2;
console.log(greet("ann"), greet.count);`,

  "a property on an arrow function in a const": `
const add = (a: number, b: number) => a + b;
add.label = "adder";
console.log(add(2, 3), add.label);`,

  "a function reading its own property": `
function next() { next.calls += 1; return next.calls; }
next.calls = 0;
next();
next();
console.log(next(), next.calls);`,

  "a recursive function with a memo property": `
function fib(n: number): number {
  const hit = fib.memo.get(n);
  if (hit !== undefined) return hit;
  const v = n < 2 ? n : fib(n - 1) + fib(n - 2);
  fib.memo.set(n, v);
  return v;
}
fib.memo = new Map<number, number>();
console.log(fib(30), fib.memo.size);`,

  "a typed callable with properties": `
interface Counter {
  (): number;
  count: number;
  reset(): void;
}
function makeCounter(): Counter {
  const c = (() => ++c.count) as Counter;
  c.count = 0;
  c.reset = () => { c.count = 0; };
  return c;
}
const c = makeCounter();
c();
c();
console.log(c(), c.count);
c.reset();
console.log(c(), c.count);`,

  "a function with properties passed to a higher-order function": `
function double(x: number) { return x * 2; }
double.description = "doubles";
console.log([1, 2, 3].map(double).join(","), double.description);`,

  "an alias of a function with properties sees the same properties": `
function f(s: string) { return s + "!"; }
f.tag = "first";
const g = f;
g.tag = "second";
console.log(g("x"), f.tag, f === g);`,

  "a generator function with a property": `
function* count(n: number) { for (let i = 0; i < n; i++) yield i * count.step; }
count.step = 5;
console.log([...count(4)].join(" "));`,

  "a named function expression with properties": `
const outerName = function inner(n: number): string { return n <= 0 ? inner.end : n + "," + inner(n - 1); };
outerName.end = "done";
console.log(outerName(3));`,

  "typeof a function with properties": `
function h() { return 1; }
h.extra = true;
console.log(typeof h, typeof h.extra, h());`,

  "a function with properties called through apply and bind": `
function sum(...xs: number[]) { return xs.reduce((a, b) => a + b, 0) + sum.bias; }
sum.bias = 100;
console.log(sum.apply(null, [1, 2, 3]), sum.bind(null, 10)(20));`,

  "a namespace-like function with several properties": `
function api() { return "api v" + api.version; }
api.version = 2;
api.endpoints = ["a", "b"];
api.describe = () => api.endpoints.length + " endpoints";
console.log(api(), api.describe(), JSON.stringify(api.endpoints));`,
  "a property holding a list that the function appends to": `
function record(ev: string) { record.events.push(ev); return record.events.length; }
record.events = [] as string[];
record("a");
record("b");
console.log(record("c"), record.events.join(","), JSON.stringify(record.events));`,

  "a callable typed object used as a callback": `
type Step = { (x: number): number; name2: string };
const inc = ((x: number) => x + 1) as Step;
inc.name2 = "increment";
console.log([1, 2].map(inc).join(","), inc.name2, [5].map((v) => inc(v))[0]);`,

  "a property read before it is set is undefined": `
function later() { return 1; }
later.flag = undefined as boolean | undefined;
console.log(later.flag === undefined, later());
later.flag = true;
console.log(later.flag);`,

  "a function property holding another function": `
function main() { return main.helper(2) + 1; }
main.helper = (n: number) => n * 10;
console.log(main(), main.helper(3));`,

  "function properties in a loop of calls": `
function tick() { tick.n++; }
tick.n = 0;
for (let i = 0; i < 5; i++) tick();
console.log(tick.n);`,
});

// f.call(t, ...), f.apply(t, args), f.bind(t, ...): for functions without `this`,
// and their evaluation order and argument handling.
diffSuite("call, apply and bind", {
  "call with a null this and spread arguments": `
function three(a: number, b: number, c: number) { return a * 100 + b * 10 + c; }
const rest = [2, 3] as const;
console.log(three.call(null, 1, ...rest));`,

  "apply with an array built at the call": `
function maxOf(...xs: number[]) { return Math.max(...xs); }
const data = [4, 9, 2];
console.log(maxOf.apply(null, data.concat([11])), maxOf.apply(null, []));`,

  "bind creates a partially applied function": `
function volume(l: number, w: number, h: number) { return l * w * h; }
const base = volume.bind(null, 2);
const slab = base.bind(null, 3);
console.log(base(3, 4), slab(5), slab(1));`,

  "bind evaluates its arguments once, when binding": `
let n = 0;
function take() { return ++n; }
function pair(a: number, b: number) { return a + ":" + b; }
const bound = pair.bind(null, take());
console.log(bound(10), bound(20), n);`,

  "a class method bound to its own object": `
class Timer {
  ticks = 0;
  tick(by: number) { this.ticks += by; return this.ticks; }
}
const t = new Timer();
const tick = t.tick.bind(t);
tick(2);
console.log(tick(3), t.tick.call(t, 1), t.tick.apply(t, [4]));`,

  "apply with an optional argument array": `
function count(...xs: number[]) { return xs.length; }
function run(args?: number[]) { const loose: any = args; return count.apply(null, loose); }
console.log(run([1, 2]), run(undefined));`,

  "call on an arrow function ignores the this argument": `
const arrow = (x: number) => x + 1;
console.log(arrow.call({ ignored: true }, 41), arrow.apply(null, [1]));`,
});
