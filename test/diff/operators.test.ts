// Operators: arithmetic, bitwise, comparison, equality, logical, update and
// assignment operators, the conditional and comma operators, each run in Node
// and in MicroPython with identical output.
import { diffSuite } from "../helpers/diff.js";

diffSuite("operators", {
  "let and const": `
let a = 1;
const b = 2;
a = a + b;
let c: number;
c = a * 10;
console.log(a, b, c);`,

  "arithmetic on integers": `
const a = 17, b = 5;
console.log(a + b, a - b, a * b, a / b, a % b, a ** 2, -a, +a);
console.log(b - a, 0 - 0, 3 * -4, -(a - b));`,

  "division gives integers when integral": `
const xs = [4, 9, 10, -12, 1, 7];
for (const x of xs) console.log(x / 2, x / 3, x / -1);
console.log(4 / 2, 1 / 3, 2 / 4, 6 / 3 * 2, 10 / 4 / 5);
let n = 100;
n /= 4;
console.log(n, n / 5, \`\${n / 5}\`, "" + n / 5);`,

  "remainder with negative operands": `
const pairs: [number, number][] = [[7, 3], [-7, 3], [7, -3], [-7, -3], [0, 5], [-1, 5], [5, 7], [-5, 7]];
for (const [a, b] of pairs) console.log(a, b, a % b);
console.log(-7 % 3, 7 % -3, -0 % 5 === 0);`,

  "remainder of floats": `
const vals = [5.5, -5.5, 7.25, -0.5];
for (const v of vals) console.log(v % 2, v % -2, v % 0.75);
let m = 10;
m %= 3;
let k = -10;
k %= 3;
console.log(m, k);`,

  exponentiation: `
const base = 3;
console.log(2 ** 10, 2 ** 0, base ** 3, (-2) ** 3, 2 ** -2, 4 ** 0.5, 2 ** 3 ** 2, (2 ** 3) ** 2);
let p = 2;
p **= 5;
console.log(p, -(2 ** 2), 10 ** 15, 2 ** 31);`,

  "bitwise and or xor not": `
const a = 0b1100, b = 0b1010;
console.log(a & b, a | b, a ^ b, ~a, ~b, ~0, ~-1, ~~7);
console.log(-5 & 0xff, -1 | 0, -16 ^ 5, 0xffffffff | 0, 0x80000000 | 0, ~0xffffffff);`,

  shifts: `
const one = 1;
console.log(1 << 31, 1 << 32, 1 << 33, one << 31, 3 << 30, 255 << 24, -1 << 1);
console.log(-8 >> 1, -1 >> 31, 1024 >> 3, 0x80000000 >> 0, 7 >> 33);
console.log(-1 >>> 0, -8 >>> 1, -1 >>> 28, 8 >>> 1, 0x80000000 >>> 31, -1 >>> 32);`,

  "bitwise on floats truncates": `
const f = 3.7, g = -3.7;
console.log(f | 0, g | 0, ~~f, ~~g, f >> 0, g >>> 0, f & 1, f << 1, 2.9 ^ 1.9);`,

  "bitwise compound assignment": `
let x = 0xf0;
x &= 0x3c; console.log(x);
x |= 0x01; console.log(x);
x ^= 0xff; console.log(x);
x <<= 28; console.log(x);
x >>= 2; console.log(x);
x >>>= 1; console.log(x);
let y = -1;
y >>>= 0;
console.log(y);`,

  "comparison results as values": `
const a = 1, b = 2, c = 3;
console.log(a < b, b < a, a <= 1, a >= 2, c > b, c >= c);
console.log((a < b) === (b < c), Number(a < b) < c, Number(c > b) > a, Number(a > b) < 1);
const r = a < b;
console.log(r, !r, typeof r);`,

  "comparison of strings": `
const s = "apple", t = "banana";
console.log(s < t, s > t, s <= "apple", "Z" < "a", "10" < "9", "" < "a", "abc" < "abd");`,

  "comparison with NaN": `
const n = NaN;
console.log(n < 1, n > 1, n === n, n !== n, n == n, Number.isNaN(n), 1 < Infinity, -Infinity < -1e308);`,

  "strict equality on primitives": `
const a = 1, b = 1.0, s = "1";
console.log(a === b, a !== b, s === "1", s !== "1", true === true, (a as number) === (s as unknown as number));
const x: string | number = Math.random() > 2 ? "1" : 1;
console.log(x === 1, x === "1", x !== 1);`,

  "loose equality with null and undefined": `
const u: number | undefined = undefined;
const n: number | null = null;
const v: number | null = 0;
console.log(u == null, n == null, v == null, u === undefined, n === null, v !== null, n == undefined);
console.log(u != null, v != undefined, v !== undefined, n !== null);`,

  "equality on objects is identity": `
const a = [1, 2];
const b = [1, 2];
const c = a;
const o = { x: 1 };
const p = { x: 1 };
console.log(a === b, a === c, a !== b, a == c, o === p, o === o, o != p);
class P { constructor(public x: number) {} }
const p1 = new P(1), p2 = new P(1);
console.log(p1 === p2, p1 === p1, p1 !== p2);`,

  "logical operators as values": `
const z = 0, one = 1, e = "", s = "hi";
console.log(z || 5, one || 5, e || "dflt", s || "dflt", z && 5, one && 5, e && "x", s && "x");
const nn: number | null = Math.random() > 2 ? 1 : null;
const us: string | undefined = Math.random() > 2 ? "s" : undefined;
console.log(z ?? 7, e ?? "x", nn ?? 7, us ?? "u");
console.log(z || e || "last", one && s && "all", z || one && s);`,

  "logical operators with objects": `
const empty: number[] = [];
const full = [1];
const fallback = [9];
const r1 = empty || fallback;
const r2 = empty && fallback;
const o = {};
const r3 = o || { y: 1 };
console.log(r1, r2, r3, full || fallback);
const maybe: number[] | null = Math.random() > 2 ? [1] : null;
console.log(maybe || fallback, maybe && maybe.length, maybe ?? empty);`,

  truthiness: `
const vals: unknown[] = [[], {}, "", "0", 0, -0, NaN, 1, -1, null, undefined, true, false, " ", [0]];
for (const v of vals) console.log(v ? "truthy" : "falsy", !v, !!v);
const arr: number[] = [];
if (arr) console.log("empty array is truthy");
const obj: Record<string, number> = {};
if (obj) console.log("empty object is truthy");
const nan = NaN;
if (!nan) console.log("NaN is falsy");`,

  "not operator": `
const a = 0, b = 3, s = "", t = "x";
console.log(!a, !b, !s, !t, !!s, !!t, !(a < b), !(a && b), !a || !b, !(a || b));
const list: string[] = [];
const nothing: string | null = Math.random() > 2 ? "x" : null;
console.log(!list, !nothing, !!nothing);`,

  "short-circuit evaluation order": `
let log = "";
function f(name: string, v: number): number { log += name; return v; }
const r = f("a", 0) && f("b", 1);
const q = f("c", 1) || f("d", 2);
const w = f("e", 0) || f("f", 0) || f("g", 3);
const missing: number | null = Math.random() > 2 ? 1 : null;
const n = missing ?? f("h", 4);
console.log(r, q, w, n, log);`,

  "short-circuit with side effects on the right": `
const arr = [1, 2, 3];
let i = 0;
const a = i > 0 && arr[i++] > 0;
const b = i === 0 || arr[i++] > 0;
const c = arr[i] ?? (i = 9);
console.log(a, b, c, i);
let hits = 0;
const ok = arr.length > 5 && ++hits > 0;
console.log(ok, hits);`,

  "prefix and postfix updates in expressions": `
let i = 5;
const a = i++;
const b = ++i;
const c = i--;
const d = --i;
console.log(a, b, c, d, i, i++ + ++i, i);
let j = 0;
console.log(j++, j++, ++j, j);`,

  "updates as array index and call arguments": `
const arr = [10, 20, 30, 40];
let i = 0;
console.log(arr[i++], arr[i++], arr[++i], i);
function pair(x: number, y: number): string { return x + ":" + y; }
let k = 1;
console.log(pair(k++, k++), pair(++k, k), k);
const out: number[] = [];
let n = 0;
while (n < 3) out.push(n++ * 10);
console.log(out, n);`,

  "updates on members and elements": `
const o = { n: 1 };
class C { count = 0; items = [5, 6]; }
const c = new C();
const arr = [1, 2, 3];
let i = 0;
console.log(o.n++, o.n, ++o.n, c.count++, c.count, --c.count);
console.log(arr[i]++, arr[i], ++arr[1], arr[2]--, arr);
console.log(c.items[1]++, c.items, arr[i++]++, arr, i);
const m: Record<string, number> = { k: 1 };
m["k"]++;
m.k += 10;
console.log(m.k, m["k"]--, m.k);`,

  "compound assignment of every kind": `
let x = 10;
x += 5; console.log(x);
x -= 3; console.log(x);
x *= 2; console.log(x);
x /= 8; console.log(x);
x %= 2; console.log(x);
x **= 3; console.log(x);
let y = 7;
y /= 2; console.log(y);
y *= 2; console.log(y);
y -= 0.5; console.log(y);`,

  "compound assignment on members and elements": `
const o = { total: 1, label: "n" };
const arr = [1, 2, 3];
class Acc { sum = 0; add(v: number) { this.sum += v; return this; } }
o.total += 41;
o.total *= 2;
o.label += "=" + o.total;
arr[0] += 10;
arr[1] *= arr[2];
arr[2] **= 2;
arr[arr.length - 1] -= 1;
console.log(o.total, o.label, arr, new Acc().add(3).add(4).sum);
let idx = 0;
arr[idx++] += 100;
console.log(arr, idx);`,

  "compound assignment on strings": `
let s = "a";
s += 1;
s += true;
s += null;
s += 2.5;
s += "!";
s += [1, 2];
console.log(s);
let t = "";
for (let i = 0; i < 3; i++) t += i;
console.log(t, t.length);`,

  "compound assignment as a value": `
let a = 1;
const b = (a += 4);
const c = (a *= 2) + 1;
console.log(a, b, c);
const o = { v: 2 };
console.log((o.v += 3), o.v, (o.v **= 2), o.v);`,

  "chained assignment": `
let a: number, b: number, c: number;
a = b = c = 5;
console.log(a, b, c);
const o: { x: number; y: number } = { x: 0, y: 0 };
o.x = o.y = 7;
const arr = [0, 0];
arr[0] = arr[1] = a + 1;
console.log(o, arr);`,

  "assignment inside expressions": `
const items = [3, 2, 1, 0, 9];
let pos = 0;
function next(): number { return items[pos++]; }
let x: number;
let sum = 0;
while ((x = next()) !== 0) sum += x;
console.log(sum, pos);
let y: number;
console.log((y = 4) * 2, y);
let line: string | undefined;
const lines = ["a", "b", "c"];
let got = "";
let at = 0;
while ((line = lines[at++]) !== "c") got += line;
console.log(got, at);`,

  "logical assignment": `
let a = 0, b = 1;
let s: string | null = null;
a ||= 5;
b &&= 7;
s ??= "set";
s ??= "again";
const o: { n?: number; m: number } = { m: 0 };
o.n ??= 3;
o.m ||= 4;
console.log(a, b, s, o.n, o.m);
const arr: number[] = [];
let calls = 0;
function bump(): number { calls++; return 2; }
let c = 1;
c ||= bump();
console.log(c, calls, arr.length);`,

  "ternaries nested": `
function grade(n: number): string {
  return n >= 90 ? "A" : n >= 80 ? "B" : n >= 70 ? "C" : "F";
}
console.log([95, 85, 75, 10].map(grade).join(""));
const a = 1, b = 2;
console.log(a > b ? a : b, (a < b ? a : b) * 10, a ? (b ? "both" : "a") : "none");
const t = true ? false ? 1 : 2 : 3;
console.log(t);`,

  "ternaries with side effects": `
let count = 0;
function hit(v: number): number { count++; return v; }
const flag = count === 0;
const r = flag ? hit(1) : hit(2);
const arr = [0, 0];
let i = 0;
const r2 = flag ? arr[i++] : arr[i--];
const cond: number[] = [];
const r3 = cond ? "obj truthy" : "obj falsy";
console.log(r, r2, r3, count, i);`,

  "comma operator": `
let a = 0, b = 0;
const c = (a++, b += 2, a + b);
for (let i = 0, j = 10; i < j; i += 3, j -= 3) console.log(i, j);
console.log(a, b, c);`,

  "void operator": `
let n = 0;
function inc(): number { return ++n; }
const u = void inc();
console.log(u, n, void 0, u === undefined);`,

  "unary plus and minus": `
const s = "42", f = "3.5", e = "", w = "  7  ", bad = "x1", hex = "0x1f";
console.log(+s, +f, +e, +w, +bad, +hex, +true, +false, -s, -"-2");
const n = 5;
console.log(-n, - -n, -(-n), +n, -0 === 0, "" + -0);`,

  "typeof checks": `
const vals: unknown[] = [1, 1.5, "s", true, undefined, [1], { a: 1 }, () => 1, NaN];
for (const v of vals) console.log(typeof v);
const x: unknown = 3;
if (typeof x === "number") console.log("number", x + 1);
const y: string | number = Math.random() > 2 ? 1 : "str";
console.log(typeof y === "string", typeof y !== "string", typeof y == "number");
function f() {}
console.log(typeof f, typeof f === "function", typeof {} === "object", typeof [] === "object");`,

  "in and instanceof": `
const o: Record<string, number> = { a: 1 };
const arr = [5, 6];
console.log("a" in o, "b" in o, 0 in arr, 1 in arr, 2 in arr, -1 in arr);
class A {}
class B extends A {}
const b = new B();
console.log(b instanceof A, b instanceof B, new A() instanceof B, [] instanceof Array);`,

  "32-bit integer idioms": `
function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = ((h << 5) - h + s.charCodeAt(i)) | 0;
  return h;
}
function crc32(bytes: number[]): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
const big = 3000000000;
const hi = 0xab, lo = 0xcd;
const word = (hi << 8) | lo;
console.log(hash("hello world, this is a longer string"), crc32([104, 105]), (big + big) | 0, big >>> 0, big >> 1, big ^ 0);
console.log(word, word & 0xff, (word >> 8) & 0xff, ~word, -word >>> 0, (0x7fffffff + 1) | 0, 0x12345678 << 4);`,

  "NaN is falsy": `
const a = parseInt("abc") || 0;
const b = Number("x") || -1;
const c = parseFloat("2.5abc") || 0;
const d = parseInt("42") || 0;
const n = parseFloat("nope");
const m = 0.5 * 0;
console.log(a, b, c, d, !n, n ? "yes" : "no", !m, m || "zero", n && 1, "" + parseInt("z"));
if (n) console.log("wrong"); else console.log("NaN is falsy");`,

  "updates of outer variables inside functions": `
let counter = 0;
function next(): number { return counter++; }
function peek(): number { return ++counter; }
function add(v: number): number { return (counter += v); }
const make = () => { let n = 0; return () => n++; };
const g = make();
console.log(next(), next(), peek(), add(10), counter, g(), g(), g());`,

  "operator precedence round trip": `
const a = 2, b = 3, c = 4;
console.log(a + b * c, (a + b) * c, a - (b - c), a - b - c, a * b % c, a * (b % c), -(a ** 2) === -4);
console.log(a << b + 1, (a << b) + 1, a & b | c, a & (b | c), a ^ b & c, (a ^ b) & c, a | b ^ c);
console.log(a < b === b < c, (a < b) === true, a + b < c === false, !(a > b) && c > b, a > b || c > b && a === 2);
console.log(-(a - b), -(-a), a - -b, a + +b, ~a + 1, ~(a + 1), -(a ** 2), (-a) ** 2);`,

  "mixed arithmetic and string concatenation": `
const a = 1, b = 2;
console.log(a + b + "x", "x" + a + b, "x" + (a + b), a + "" + b, "" + a * b, a + b + "" + a + b);
const f = 0.5;
console.log("f=" + f, f + "=f", "sum " + (f + a), 1 + 2 + "3" + 4 + 5);`,

  "float arithmetic": `
const a = 0.1, b = 0.2;
console.log(a + b, a * 3, 1 - 0.9, 0.5 + 0.5, 1.5 * 2, 2.5 - 0.5, 1e3 + 0.5, 3 * 1.1);
let acc = 0;
for (let i = 0; i < 10; i++) acc += 0.1;
console.log(acc, acc === 1, Math.abs(acc - 1) < 1e-9);`,
});
