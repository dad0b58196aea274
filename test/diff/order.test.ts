// Evaluation order: JavaScript evaluates operands left to right, always. When
// a later operand needs statements first (a temporary for `?.` or `??`, an
// update, an assignment, an array mutator whose value is used, a generator's
// next()), or a library method puts its operands in another order in Python,
// every earlier operand must still see what it sees in JavaScript.
import { diffSuite } from "../helpers/diff.js";

/** Functions that log each call, so the order of evaluation shows in the output. */
const spy = `
const trace: string[] = [];
function n(x: number): number { trace.push("n" + x); return x; }
function s(x: string): string { trace.push("s" + x); return x; }
function arr(...xs: number[]): number[] { trace.push("arr" + xs.join("")); return xs; }
function done(): string { const t = trace.join(" "); trace.length = 0; return t; }
`;

diffSuite("evaluation order", {
  // the shapes the issue reported
  "push and pop in one call": `const a = [1]; console.log(a.push(5), a.pop());`,
  "Math.min reads length before pop": `const a = [1, 2]; console.log(Math.min(a.length, a.pop() ?? -1));`,
  "includes receiver before an assignment argument": `let g = 1; console.log([g].includes(g += 1));`,
  "concat receiver before sort": `const b = [2, 1, 3]; console.log(b.map(v => v).concat(b.sort((p, q) => (p % 3) - (q % 3))).join());`,
  "index read before ?. on an incremented index": `let i = 0; const a = [{ v: 1 }]; console.log(i, a[i++]?.v);`,
  "generator next() three times in one call": `function* g() { yield 1; yield 2; } const it = g(); console.log(it.next().value, it.next().value, it.next().done);`,
  "compound assignment reads the property first": `const o = { a: 5 }; o.a += o.a++; console.log(o.a);`,

  // calls in arguments
  "user function arguments left to right":
    spy +
    `function three(a: number, b: number, c: number) { return a * 100 + b * 10 + c; }
console.log(three(n(1), n(2), n(3)), done());`,
  "update between reads in user call arguments": `let i = 0;
function g(a: number, b: number, c: number) { return [a, b, c].join(); }
console.log(g(i, i++, i), g(i, ++i, i), i);`,
  "assignment in a call argument": `let x = 1;
function pair(a: number, b: number) { return a + ":" + b; }
console.log(pair(x, x = 7), x);`,
  "pop in a later argument": `const a = [1, 2, 3];
function f(p: number, q: number | undefined, r: number) { return [p, q, r].join(); }
console.log(f(a.length, a.pop(), a.length));`,
  "method call arguments read before a mutator": `class Acc { total = 0; add(a: number, b: number) { this.total += a * 10 + b; return this.total; } }
const acc = new Acc();
const xs = [4, 5];
console.log(acc.add(xs.length, xs.push(6)), xs.join());`,
  "new with an update in its arguments": `class P { constructor(public a: number, public b: number, public c: number) {} }
let i = 0;
const p = new P(i, i++, i);
console.log(p.a, p.b, p.c);`,
  "callee value before its arguments": `let f = (x: number) => x + 1;
function swap() { f = (x: number) => x * 100; return 2; }
console.log(f(swap()), f(1));`,

  // array literals
  "array literal with updates": `let i = 0; console.log([i, i++, i, ++i, i]);`,
  "array literal with pop": `const a = [1, 2, 3]; console.log([a.length, a.pop(), a.length]);`,
  "array literal with push and spread": `const a = [1]; console.log([a.length, a.push(2), a.length, ...a]);`,
  "array literal spread before pop": `const a = [1, 2]; console.log([...a, a.pop()]);`,
  "array literal with string compound assignment": `let s = "x"; console.log([s, s += "y", s]);`,
  "array literal of logged calls": spy + `console.log([n(1), n(2), s("a"), n(3)], done());`,

  // template literals
  "template with updates": "let i = 1; console.log(`${i} ${i++} ${i}`);",
  "template with pop": "const a = [1, 2]; console.log(`${a.length}-${a.pop()}-${a.length}`);",
  "template with property updates": "const o = { n: 1 }; console.log(`${o.n}:${o.n++}:${o.n}`);",
  "template with generator values":
    'function* g() { yield "a"; yield "b"; } const it = g(); console.log(`${it.next().value}${it.next().value}`);',
  "template with ?? on a popped value": "const a: number[] = [7]; console.log(`${a.length} ${a.pop() ?? 0} ${a.pop() ?? 0} ${a.length}`);",

  // binary operators
  "sum with an update in the middle": `let i = 1; console.log(i + i++ + i);`,
  "product with an assignment": `let i = 1; console.log(i * (i = 3), i);`,
  "length minus pop": `const a = [1, 2, 3]; console.log(a.length - (a.pop() ?? 0));`,
  "property times assignment to it": `const o = { v: 2 }; console.log(o.v * (o.v = 5), o.v);`,
  "string concatenation with assignment": `let s = "a"; console.log(s + (s = "b") + s);`,
  "comparison with a postfix update": `let x = 1; console.log(x < x++, x, x === ++x, x);`,
  "length plus push": `const a = [1, 2]; console.log(a.length + a.push(3) * 10);`,
  "filter length plus push": `const a = [5, 6]; console.log(a.filter((x) => x > 5).length + a.push(7));`,
  "element read before its own update": `const a = [1, 2]; console.log(a[0] + a[0]++ + a[0]);`,
  "logged operands of nested operators": spy + `console.log(n(1) + n(2) * n(3) - n(4), done());`,

  // Math.min and Math.max
  "Math.max with a decrement": `let i = 5; console.log(Math.max(i, i--, i), i);`,
  "Math.min with shift": `const a = [3, 1]; console.log(Math.min(a[0], a.shift()!, a[0]));`,
  "Math.max over generator values":
    "function* g() { yield 5; yield 3; } const it = g(); console.log(Math.max(it.next().value ?? 0, it.next().value ?? 0));",
  "Math.min of logged calls": spy + `console.log(Math.min(n(4), n(2), n(9)), done());`,

  // object literals
  "object literal with an update": `let i = 0; const o = { a: i, b: i++, c: i }; console.log(o.a, o.b, o.c);`,
  "object literal with computed keys": "let i = 0; const o = { [`k${i}`]: i++, [`k${i}`]: i }; console.log(JSON.stringify(o));",
  "object literal with pop": `const a = [1, 2]; const o = { n: a.length, p: a.pop(), m: a.length }; console.log(JSON.stringify(o));`,
  "object literal with a spread between updates": `let i = 0;
const base = { x: 1 };
const o = { a: i, ...base, b: i++, c: i };
console.log(JSON.stringify(o));`,
  "object literal values from logged calls": spy + `const o = { a: n(1), b: s("x"), c: n(2) }; console.log(JSON.stringify(o), done());`,

  // method receivers
  "includes evaluates the receiver first":
    spy + `console.log(arr(1, 2, 3).includes(n(2)), done()); console.log(arr(1).includes(n(5)), done());`,
  "join evaluates the receiver before the separator": `const trace: string[] = [];
function getS() { trace.push("getS"); return ["a", "b"]; }
function sep() { trace.push("sep"); return "-"; }
console.log(getS().join(sep()), trace.join());`,
  "indexOf and lastIndexOf receivers first": spy + `console.log(arr(3, 1, 3).indexOf(n(3)), arr(3, 1, 3).lastIndexOf(n(3)), done());`,
  "indexOf on a variable a call reassigns": `let a = [1, 2];
function swap() { a = [9, 8]; return 9; }
console.log(a.indexOf(swap()), a.indexOf(9));`,
  "charAt on a string a call reassigns": `let str = "abc";
function ch() { str = "xyz"; return 1; }
console.log(str.charAt(ch()), str);`,
  "string includes and indexOf with a reassigning argument": `let t = "hello";
function f() { t = "world"; return "l"; }
console.log(t.indexOf(f()), t.includes("h"));`,
  "concat with compound assignments": `let s = "ab"; console.log(s.concat(s += "c", s));`,
  "slice on an array a call replaces": `let xs = [1, 2, 3];
function reset() { xs = []; return 1; }
console.log(xs.slice(reset()), xs.length);`,
  "indexOf with an increment in the argument": `let k = 1; console.log([k, k].indexOf(k++), k);`,
  "string methods on logged receivers":
    spy + `console.log(s("abc").indexOf(s("b")), s("x").padStart(n(3), s("-")), s("a-b").split(s("-")), done());`,
  "replace and startsWith on logged receivers":
    spy + `console.log(s("a-b").replace(s("-"), s("+")), s("ab").startsWith(s("a")), s("ab").endsWith(s("b")), done());`,
  "slice and repeat on logged receivers": spy + `console.log(arr(1, 2, 3).slice(n(1), n(2)), s("ab").repeat(n(2)), done());`,
  "map get on a logged receiver":
    spy +
    `function m() { trace.push("m"); return new Map([["a", 1]]); }
console.log(m().get(s("a")), m().has(s("b")), done());`,
  "concat of logged arrays": spy + `console.log(arr(1).concat(arr(2), arr(3)).join(), done());`,
  "method of a logged object":
    spy +
    `class Box { constructor(public v: number) {} add(x: number) { return new Box(this.v + x); } }
function box(x: number) { trace.push("box" + x); return new Box(x); }
console.log(box(1).add(n(2)).v, done());`,
  "property of a receiver changed by the argument": `const o = { arr: [1, 2] };
function swap() { o.arr = [7]; return 7; }
console.log(o.arr.indexOf(swap()), o.arr.join());`,
  "in operator operands in order":
    spy +
    `function rec(): Record<string, number> { trace.push("rec"); return { a: 1 }; }
console.log(s("a") in rec(), done());`,
  "set add size chain": `const st = new Set([1]); console.log(st.size, st.add(2).size, st.size);`,
  "map set size chain": `const m = new Map<string, number>(); console.log(m.size, m.set("a", 1).size, m.size);`,

  // array mutators whose values are used
  "shift and unshift between lengths": `const a = [1, 2, 3]; console.log(a.shift(), a.length, a.unshift(0), a.length);`,
  "join before and after sort": `const a = [3, 1, 2]; console.log(a.join(), a.sort().join(), a.join());`,
  "join before and after reverse": `const a = [1, 2, 3]; console.log(a.slice().reverse().join(), a.reverse().join(), a.join());`,
  "splice between lengths": `const a = [1, 2, 3, 4]; console.log(a.length, a.splice(1, 2).join(), a.length);`,
  "concat receiver before push": `const a = [1]; const b = a.concat([a.push(2)]); console.log(b.join(), a.join());`,
  "map result before pop": `const a = [1, 2]; console.log(a.map((x) => x * 2).concat([a.pop()!]).join());`,
  "spread copy before splice": `const a = [1, 2]; console.log([...a].concat(a.splice(0, 1)).join(), a.join());`,
  "pop used twice in a binary operator": `const a = [4, 9]; console.log(a.pop()! - a.pop()!, a.length);`,

  // compound assignments to properties and elements
  "element compound assignment with its own update": `const a = [5]; a[0] += a[0]++; console.log(a[0]);`,
  "property compound assignment with a call that changes it": `const o = { a: 1 };
function f() { o.a = 100; return 1; }
o.a += f();
console.log(o.a);`,
  "element compound assignment with a call that changes it": `const a = [1, 2];
function f() { a[0] = 100; return 1; }
a[0] += f();
console.log(a.join());`,
  "variable compound assignment with a call that changes it": `let x = 1;
function f() { x = 100; return 1; }
x += f();
console.log(x);`,
  "field compound assignment with a method that changes it": `class C { n = 1; bump() { this.n = 50; return 1; } }
const c = new C();
c.n += c.bump();
console.log(c.n);`,
  "record compound assignment with its own update": `const r: Record<string, number> = { k: 3 }; r["k"] *= r["k"]++; console.log(r.k);`,
  "element compound assignment with an updated index": `let i = 0; const a = [10, 20, 30]; a[i++] += a[i]; console.log(a.join(), i);`,
  "string property compound assignment with an assignment": `const o = { s: "a" }; o.s += (o.s = "b") + o.s; console.log(o.s);`,
  "variable compound assignment with an assignment": `let x = 2; x *= (x = 3) + x; console.log(x);`,
  "compound assignment used as a value": `const o = { a: 5 }; console.log(o.a += o.a++, o.a);`,
  "float variable compound assignment with its own update": `let x = 1.5; x += x++; console.log(x);`,
  "element assignment with an update in the value": `let i = 0; const a = [1, 2, 3]; a[i] = i++; console.log(a.join(), i);`,
  "element assignment with an update in the index": `let i = 0; const a = [1, 2, 3]; a[i++] = i; console.log(a.join(), i);`,

  // ?. and ?? chains
  "?. and ?? on an updated index": `let i = 0;
const a: ({ v: number } | undefined)[] = [undefined, { v: 2 }];
console.log(i, a[i++]?.v ?? "none", i, a[i]?.v);`,
  "?? on pop between lengths": `const a = [1, 2]; console.log(a.length, a.pop() ?? 0, a.length);`,
  "?? with an update on the right": `let x: number | undefined; let i = 0; console.log(i, x ?? i++, i);`,
  "optional call with ?? and an update": `const o: { f?: () => number } = {}; let c = 0; console.log(c, o.f?.() ?? c++, c);`,
  "optional property of a logged call":
    spy +
    `function get(): { k: number } | null { trace.push("get"); return { k: 1 }; }
console.log(n(1), get()?.k, n(2), done());`,
  "map get ?? with an updated key": `let k = 0; const m = new Map([[0, "zero"]]); console.log(k, m.get(k++) ?? "?", k, m.get(k) ?? "?");`,
  "?. method call with a popping argument": `const a = [1, 2, 3];
const o: { pick(x: number): number } | undefined = { pick: (x: number) => x * 10 };
console.log(a.length, o?.pick(a.pop()!), a.length);`,

  // element reads: the object before the index
  "element object read before an index that needs statements": `const o = { xs: [1, 2] };
function swap() { o.xs = [7, 8]; return 0; }
const q: number[] = [];
console.log(o.xs[q.pop() ?? swap()], o.xs.join());`,
  "string read before an index that reassigns it": `let t = "ab";
function f() { t = "xyz"; return 2; }
console.log(t[f()] ?? "past the end", t);`,
  "element reads of logged arrays and indexes": spy + `console.log(arr(4, 5)[n(1)], arr(6, 7)[n(0) + n(1)], done());`,

  // generators
  "generator values in an array literal":
    "function* g() { let i = 0; while (true) yield i++; } const it = g(); console.log([it.next().value, it.next().value, it.next().value]);",
  "generator values in a subtraction":
    "function* g() { yield 1; yield 2; } const it = g(); console.log(it.next().value! - it.next().value!);",
  "generator next in user call arguments": `function* g() { yield "x"; yield "y"; }
const it = g();
function both(a: string | void, b: string | void) { return String(a) + String(b); }
console.log(both(it.next().value, it.next().value));`,

  // keys before objects, targets once
  "in: the key before a class instance": spy + `class Cfg { port = 80; }
function cfg(): Cfg { trace.push("cfg"); return new Cfg(); }
console.log(s("port") in cfg(), s("host") in cfg(), done());`,
  "logical assignment evaluates its element target once": `const slots: (number | undefined)[] = [undefined, 4, undefined, 0];
let i = 0;
slots[i++] ??= 10;
slots[i++] ??= 11;
slots[i++] ||= 12;
slots[i++] ||= 13;
let j = 0;
const v = (slots[j++] &&= 20);
console.log(slots, i, j, v);`,
  "logical assignment on a member of a call evaluates the call once": spy + `const box = { n: undefined as number | undefined };
function get() { trace.push("get"); return box; }
get().n ??= n(5);
get().n ??= n(6);
console.log(box.n, done());`,
  "compound element assignment keeps the index read before the right side": `let i = 1;
const a = [9, 8];
const c = [7, 6];
function pick(x: number) { return x > 0 ? c : a; }
const r = (pick(i)[i] += i++);
let k = 0;
const d = [1, 2, 3];
function bump() { k = 2; return 10; }
d[k] += bump();
console.log(r, a, c, i, d, k);`,

  // a field only constructors set is read after the value (Python's order) unless the value stores into it
  "a settled field's Map set from a call, and a constructor storing into it in the value": `class Reg {
  m = new Map<string, number>();
  other: Map<string, number>;
  constructor() {
    this.other = this.m;
    this.m.set("a", ((this.m = new Map()), 1));
    this.m.set("b", this.count());
  }
  count(): number { this.m.set("c", 3); return this.m.size; }
}
const r = new Reg();
console.log([...r.m.entries()].join(";"), [...r.other.entries()].join(";"));`,
  "a settled field of a value that may be undefined is read before the value's call": `class Reg { hits = new Map<string, number>(); }
const trace: string[] = [];
function count(): number { trace.push("count"); return 1; }
let reg: Reg | undefined;
try { reg!.hits.set("a", count()); } catch { trace.push("caught"); }
reg = new Reg();
reg.hits.set("b", count());
console.log(trace.join(" "), reg.hits.get("b"));`,
  "a settled field's array stored into from a call that changes another field": `class Buf {
  data: number[] = [0, 0];
  at = 0;
  step(): number { this.at++; return this.at * 10; }
  run(): string { this.data[this.at] = this.step(); this.data[1] += this.step(); return this.data.join() + " " + this.at; }
}
console.log(new Buf().run());`,
});
