// Generators: function*, yield, for...of, spread, yield*, next(v) with
// JavaScript's { value, done } results.
import { diffSuite } from "../helpers/diff.js";

diffSuite("generators", {
  "yield values into for...of": `
function* count(n: number) { for (let i = 0; i < n; i++) yield i; }
for (const v of count(4)) console.log("v", v);`,

  "spread a generator into an array": `
function* letters() { yield "a"; yield "b"; yield "c"; }
const all = [...letters()];
console.log(all.length, all.join("-"), [0, ...letters(), "z"].join(""));`,

  "Array.from a generator": `
function* squares(n: number) { for (let i = 1; i <= n; i++) yield i * i; }
console.log(Array.from(squares(5)).join(","));`,

  "generator with return": `
function* withReturn(): Generator<number, string, unknown> { yield 1; yield 2; return "done"; }
const seen: number[] = [];
for (const v of withReturn()) seen.push(v);
console.log(seen.join(" "));
const g = withReturn();
console.log(JSON.stringify([g.next(), g.next(), g.next(), g.next()].map((r) => [r.value, r.done])));`,

  "infinite generator with break": `
function* naturals() { let n = 0; while (true) yield n++; }
for (const n of naturals()) {
  if (n > 4) break;
  console.log("n", n);
}`,

  "fibonacci taken lazily": `
function* fib() { let a = 0, b = 1; for (;;) { yield a; [a, b] = [b, a + b]; } }
function take<T>(it: Iterable<T>, k: number): T[] { const out: T[] = []; for (const x of it) { if (out.length >= k) break; out.push(x); } return out; }
console.log(take(fib(), 10).join(" "));`,

  "yield* delegation": `
function* inner() { yield 1; yield 2; return 3; }
function* outer() { yield 0; const r = yield* inner(); yield r; yield* [4, 5]; }
console.log([...outer()].join(","));`,

  "generator methods in classes": `
class Range {
  constructor(private lo: number, private hi: number) {}
  *values() { for (let i = this.lo; i < this.hi; i++) yield i; }
  *[Symbol.iterator]() { yield* this.values(); }
}
const r = new Range(2, 5);
console.log([...r.values()].join(" "));
let sum = 0;
for (const v of r.values()) sum += v;
console.log("sum", sum);
console.log([...r].join(","));
for (const v of r) console.log("iter", v);`,

  "next() results": `
function* two() { yield "x"; yield "y"; }
const g = two();
const a = g.next();
console.log(a.value, a.done);
const b = g.next();
console.log(b.value, b.done);
const c = g.next();
console.log(c.value, c.done);
const again = two();
console.log(again.next(), JSON.stringify(again.next()), again.next());`,

  "passing values with next(v)": `
function* accumulator(): Generator<number, void, number> {
  let total = 0;
  while (true) {
    const x = yield total;
    total += x;
  }
}
const acc = accumulator();
acc.next(999);
console.log(acc.next(5).value, acc.next(10).value, acc.next(-3).value);`,

  "a manual while loop over next()": `
function* words() { yield "one"; yield "two"; yield "three"; }
const it = words();
let r = it.next();
while (!r.done) { console.log("word", r.value); r = it.next(); }
console.log("end", r.value === undefined);`,

  "generator expressions keep state between calls": `
function* idMaker(prefix: string) { let id = 0; while (true) yield prefix + (id++); }
const ids = idMaker("id-");
console.log(ids.next().value, ids.next().value, ids.next().value);
const other = idMaker("x");
console.log(other.next().value, ids.next().value);`,

  "generator over an object's entries": `
function* pairs(o: Record<string, number>) { for (const k of Object.keys(o)) yield [k, o[k]] as [string, number]; }
for (const [k, v] of pairs({ a: 1, b: 2, c: 3 })) console.log(k, v);`,

  "filter and map generators chained": `
function* filter<T>(it: Iterable<T>, pred: (x: T) => boolean) { for (const x of it) if (pred(x)) yield x; }
function* map<T, U>(it: Iterable<T>, f: (x: T) => U) { for (const x of it) yield f(x); }
function* upTo(n: number) { for (let i = 0; i < n; i++) yield i; }
console.log([...map(filter(upTo(10), (x) => x % 3 === 0), (x) => x * 10)].join(","));`,

  "return() ends a generator and finally runs": `
function* guarded() { try { yield 1; yield 2; } finally { console.log("cleanup"); } }
const g = guarded();
console.log(g.next().value);
const r = g.return(undefined);
console.log(r.done, g.next().done);`,

  "generator function expression and closures": `
const gen = function* (base: number) { for (const d of [1, 2, 3]) yield base + d; };
const made: number[] = [];
for (const v of gen(10)) made.push(v);
console.log(made.join(" "));`,

  "generators used with destructuring": `
function* three() { yield 1; yield 2; yield 3; }
const [first, ...rest] = three();
console.log(first, rest.join("+"));`,

  "a generator that only returns": `
function* only(): Generator<number, string, unknown> { return "finished"; }
const it = only();
const r = it.next();
console.log(r.value, r.done, it.next().done);
console.log([...only()].length);`,

  "a generator declared after its use is hoisted": `
console.log([...later(3)].join(","));
function* later(n: number) { while (n > 0) yield n--; }`,

  "return yield passes the sent value out": `
function* echo(): Generator<string, string, string> {
  const first = yield "ready";
  return yield "got " + first;
}
const e = echo();
console.log(e.next().value, e.next("a").value);
const last = e.next("b");
console.log(last.value, last.done);`,

  "yield* returns the inner generator's return value": `
function* inner(): Generator<number, string, unknown> { yield 1; yield 2; return "inner done"; }
function* outer(): Generator<number, void, unknown> {
  const r = yield* inner();
  console.log("inner said", r);
  yield 3;
}
console.log([...outer()].join(" "));`,

  "yield* over a string and an array": `
function* chars() { yield* "hey"; yield* [1, 2]; }
console.log(JSON.stringify([...chars()]));`,

  "a generator method of an object literal": `
const bag = {
  items: ["x", "y"],
  *each() { for (const i of this.items) yield i.toUpperCase(); },
  *pairs() { yield* this.each(); yield "end"; },
};
console.log([...bag.pairs()].join(" "));`,

  "a generator method that does not yield in an object": `
const obj = {
  *empty(): Generator<number, boolean, unknown> { return true; },
};
const r = obj.empty().next();
console.log(r.value, r.done);`,

  "a static generator method of a class": `
class Seq {
  static *range(a: number, b: number) { for (let i = a; i < b; i++) yield i; }
}
console.log([...Seq.range(3, 7)].join(","));`,

  "next values steer a generator": `
function* walker(): Generator<number, number, "up" | "down"> {
  let pos = 0;
  for (let i = 0; i < 4; i++) {
    const dir = yield pos;
    pos += dir === "up" ? 1 : -1;
  }
  return pos;
}
const w = walker();
w.next("up");
const steps = [w.next("up").value, w.next("up").value, w.next("down").value, w.next("up")];
console.log(JSON.stringify(steps));`,

  "a generator delegating to a recursive generator": `
type Tree = { v: number; kids: Tree[] };
function* walk(t: Tree): Generator<number> {
  yield t.v;
  for (const k of t.kids) yield* walk(k);
}
const tree: Tree = { v: 1, kids: [{ v: 2, kids: [{ v: 4, kids: [] }] }, { v: 3, kids: [] }] };
console.log([...walk(tree)].join(" "));`,

  "a generator that yields without a value": `
function* ticks() { yield; yield; }
let n = 0;
for (const t of ticks()) { n++; console.log(t === undefined); }
console.log(n);`,

  "break out of a for...of runs the generator's finally": `
function* res() {
  try { yield 1; yield 2; yield 3; } finally { console.log("released"); }
}
for (const v of res()) { console.log("v", v); if (v === 2) break; }
console.log("after");`,

  "throw inside a generator reaches the consumer": `
function* risky() { yield 1; throw new Error("bad item"); }
const seen: number[] = [];
try { for (const v of risky()) seen.push(v); } catch (e) { console.log("caught", (e as Error).message, seen.join(",")); }`,

  "two generators interleaved": `
function* letters() { yield "a"; yield "b"; yield "c"; }
function* numbers() { yield 1; yield 2; yield 3; }
const l = letters(), n = numbers();
const out: string[] = [];
for (let i = 0; i < 3; i++) out.push(String(l.next().value) + String(n.next().value));
console.log(out.join(" "));`,
});
