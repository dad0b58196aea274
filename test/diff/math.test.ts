// Math and number conversions: each snippet runs in Node and in MicroPython and must print the same.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

diffSuite("math", {
  "floor, ceil and trunc": `
const xs = [2.5, -2.5, 0.5, -0.5, 3, -3, 7.999, -7.001];
for (const x of xs) console.log(x, Math.floor(x), String(Math.ceil(x)), \`\${Math.trunc(x)}\`);
const n = 7;
console.log(Math.floor(n / 2), Math.ceil(n / 2), Math.floor(n), Math.trunc(-n / 2));`,

  "round takes halves up": `
const xs = [2.5, -2.5, 0.5, -0.5, 1.4999, 1.5, -1.5, -1.6, 3, 1234.5678];
console.log(xs.map((x) => \`\${Math.round(x)}\`).join(" "));
console.log(Math.round(2.5), Math.round(-2.5), Math.round(0.5), Math.round(1234.5678 * 100) / 100);`,

  "abs, sign, pow and sqrt": `
console.log(Math.abs(-5), Math.abs(5.5), Math.abs(-0.25), Math.sign(-3), Math.sign(0), Math.sign(2.5));
console.log(Math.pow(2, 10), Math.pow(2, -1), Math.pow(9, 0.5), Math.pow(1.5, 2), 2 ** 8);
console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(0), Math.cbrt(27), Math.cbrt(-8), Math.hypot(3, 4), Math.hypot(), Math.hypot(5));`,

  "min and max with several values, spread and none": `
const xs = [4, -2, 9.5, 3];
console.log(Math.min(3, 1, 2), Math.max(3, 1, 2), Math.min(5), Math.max(-1.5, -2.5));
console.log(Math.min(...xs), Math.max(...xs), Math.max(0, ...xs, 20));
const none: number[] = [];
console.log(Math.min(), Math.max(), Math.max(...none), Math.min(...none));`,

  constants: `
console.log(Math.PI, Math.E, Math.SQRT2, Math.LN2, Math.PI.toFixed(4));
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON > 0, Number.MAX_SAFE_INTEGER + 1);`,

  "trigonometry and logarithms": `
const r = (x: number) => Math.round(x * 1e6) / 1e6;
console.log(r(Math.sin(Math.PI / 2)), r(Math.cos(0)), r(Math.atan2(1, 1) * 4), r(Math.exp(1)), r(Math.log(Math.E)), Math.log2(8), Math.log10(1000));`,

  "random stays in range": `
let ok = true;
for (let i = 0; i < 200; i++) {
  const x = Math.random();
  if (x < 0 || x >= 1) ok = false;
  const d = Math.floor(Math.random() * 6) + 1;
  if (d < 1 || d > 6 || d !== Math.floor(d)) ok = false;
}
console.log("in range:", ok);`,

  "Math functions as values": `
console.log([1.5, 2.5, -1.5].map(Math.round), [4, 9].map(Math.sqrt), [3, 8, 1].reduce((a, b) => Math.max(a, b)), [-1, 2].map(Math.abs));`,

  "parseInt with radix, garbage and signs": `
console.log(parseInt("42"), parseInt("  42abc"), parseInt("abc"), parseInt(""), parseInt("-17"), parseInt("+8"), parseInt("3.99"));
console.log(parseInt("ff", 16), parseInt("0x1f"), parseInt("0x1F", 16), parseInt("1010", 2), parseInt("12", 2), parseInt("z", 36), parseInt("7", 1));
console.log(Number.parseInt("077"), parseInt("1e3"), isNaN(parseInt("x1")), parseInt("  -0x10"));`,

  "parseInt of bare signs and prefixes, odd radixes, tabs and non-ASCII": `
const texts = ["-", "0x", "-0", "0x-1", "+0x1G", "\t9z", "é1", "1é", "Zz", " 12 ", "0X7f"];
console.log(texts.map((t) => parseInt(t)).join(" "), texts.map((t) => parseInt(t, 36)).join(" "));
console.log(parseInt(" 12 ", 10.7), parseInt("12", -3), parseInt("12", 37), parseInt("0x10", 16), parseInt("0x10", 10), parseInt("10", 0));`,

  "parseInt of digit strings (int() directly) and of what only looks like them": `
const samples = ["0", "007", "12", "1_0", "\u0661\u0662", "\uff11", "\u00b2", " 12", "12 ", "12\\n", "0x10", "99999", "", "-0"];
console.log(samples.map((s) => parseInt(s)).join(" "), samples.map((s) => parseInt(s, 10)).join(" "));
console.log(parseInt("12", 2), parseInt("19", 8), parseInt("10", 16), parseInt("10", 0), parseInt(String(42)), parseInt("11", 36));`,

  "parseInt of string expressions, in callbacks and with radix 10": `
const parts = "a 12 0x1f 7z 0042".split(" ");
const rec: Record<string, string> = { n: "08" };
console.log(parts.map((p) => parseInt(p)).join(","), parts.map((p, i) => parseInt(parts[i], 10)).join(","), [1, 2].map((i) => parseInt(parts[i])).join(","));
console.log(parseInt(parts[1]) + parseInt(parts[2], 10), parseInt(parts[2], 16), parseInt(rec.n), parseInt(rec["n"] + "9"), parseInt(parts[3]) || -1, parseInt(parts[0]) || -1);`,

  parseFloat: `
console.log(parseFloat("3.14abc"), parseFloat(".5"), parseFloat("1e3"), parseFloat("abc"), parseFloat("-2.5e-3x"), parseFloat("  7  "));
console.log(parseFloat("1."), parseFloat("1.e2"), parseFloat("Infinity"), parseFloat("-Infinityx"), parseFloat("0x10"), Number.parseFloat("12.50"));`,

  "Number() of strings, booleans and null": `
console.log(Number("12"), Number(""), Number("12px"), Number("  3.5  "), Number("0x1f"), Number("0b101"), Number("1e3"), Number("-7"));
console.log(Number("Infinity"), Number("inf"), Number("1_000"), Number("."), Number("5."), Number(true), Number(false), Number(null));
const s = "99";
console.log(Number(s) + 1, +s + 1, Number(s + "1"));`,

  "String() and toString of numbers": `
const f = 2.5, whole = 6 / 3, big = 1e21, small = 1e-7;
console.log(String(42), String(f), String(whole), String(-0), String(NaN), String(Infinity), String(big), String(small), String(0.000001));
console.log((255).toString(), f.toString(), whole.toString(), (1 / 3).toString(), (123456789012345680000).toString());`,

  "toString with a radix": `
const n = 255;
console.log(n.toString(16), n.toString(2), n.toString(8), (-255).toString(16), (0).toString(2), n.toString(36), (35).toString(36));
const radix = 16;
console.log((4096).toString(radix), n.toString(10), (3000).toString(32));
const bits = (13).toString(2).padStart(8, "0");
console.log(bits);`,

  "toFixed rounding": `
console.log((1.005).toFixed(2), (2.5).toFixed(0), (1.45).toFixed(1), (8.345).toFixed(2), (0.125).toFixed(2), (1.5).toFixed(0));
console.log((3.14159).toFixed(0), (3.14159).toFixed(1), (3.14159).toFixed(2), (5).toFixed(2), (0).toFixed(1), (10).toFixed());
console.log((-1.5).toFixed(0), (-2.5).toFixed(0), (-0.0001).toFixed(2), (-3.14159).toFixed(3), (-7).toFixed(1));
const t = 21.456;
console.log("temp " + t.toFixed(1) + "C", (t * 100).toFixed(0), (1e21).toFixed(2), (123.456).toFixed(10));`,

  "isNaN, isFinite and Number.isInteger": `
const values = [0, 1.5, -3, NaN, Infinity, -Infinity, 1e300, 2 ** 53];
for (const v of values) console.log(String(v), isNaN(v), Number.isNaN(v), isFinite(v), Number.isFinite(v), Number.isInteger(v), Number.isSafeInteger(v));
console.log(Number.isInteger(5.0), Number.isInteger(10 / 4), Number.isInteger(10 / 5), isNaN(Number("x")), isNaN(parseFloat("1.5")));`,

  "conversion functions as values": `
console.log(["1", "2.5", "x"].map(Number), [1, 2.5, 10 / 2].map(String), [0, 1, "", "a", null].filter(Boolean), ["1.5", "2e1"].map(parseFloat));
console.log(["1", "2", "3"].map(parseInt), ["10", "11"].map((s) => parseInt(s, 2)));`,

  "integer division and remainders": `
const a = 17, b = 5;
console.log(a / b, Math.floor(a / b), a % b, -a % b, a % -b, 5.5 % 2, (a - (a % b)) / b);`,

  "large numbers and float formatting": `
console.log(2 ** 31, 2 ** 32 + 1, Number.MAX_SAFE_INTEGER * 2, 1e15, 1e16, 123456789 * 1000, 0.1 * 3, 1 / 3, 100 / 3);
console.log(1.5e300, 2.5e-7, 0.00001234, 1234.5e-10, -1e21, 5e-7);`,

  "Math.log1p": `
console.log(Math.log1p(42), Math.log1p(0), Math.log1p(1e-10), Math.log1p(-0.5), Math.log1p(-1), Math.log1p(Infinity));`,
  "Math.log1p of a small variable": `
const xs = [1e-15, 2e-8, 0.001, 1, 1000];
// the last bit may differ from V8's (see docs/semantics/stdlib-collections.md): compare the value times 1e12, rounded
console.log(xs.map((x) => (Math.log1p(x) * 1e12).toFixed(0)).join(" "));`,
  "Math.log1p as a callback": `
console.log([0, 1, 2].map(Math.log1p).map((v) => v.toFixed(6)).join(","));`,
  "Math.clz32": `
console.log(Math.clz32(1), Math.clz32(0), Math.clz32(0xffffffff), Math.clz32(1000), Math.clz32(-1), Math.clz32(2.5));`,
  "Math.imul": `
console.log(Math.imul(3, 4), Math.imul(-5, 12), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 2), Math.imul(65536, 65536));`,
  "Math.imul in a hash function": `
let h = 0;
for (const c of "hello") h = (Math.imul(31, h) + c.charCodeAt(0)) | 0;
console.log(h);`,
});

describe("parseInt: emitted Python", () => {
  const py = emittedPython({
    strings: `
const parts = "a 12".split(" ");
const q = new Map<string, string>([["pin", "5"]]);
const pin = parseInt(q.get("pin") ?? "2");
console.log(parts.map((p) => parseInt(p)).join(","), [0, 1].map((i) => parseInt(parts[i])).join(","), pin, parseInt(parts[1], 10), parseInt(parts[1], 16));`,
  });

  test("a string of ASCII digits goes to int() without a call; in a callback the comprehension stays; radix 16 tries int() in js_parse_hex", () => {
    expect(py.strings).toContain('pin = int(_t) if (_t := q.get("pin", "2")).isdigit() else js_parse_int(_t)');
    expect(py.strings).toContain("[int(p) if p.isdigit() else js_parse_int(p) for p in parts]");
    expect(py.strings).toContain("[js_parse_int(parts[i]) for i in [0, 1]]");
    expect(py.strings).toContain("js_parse_int(_t1, 10)");
    expect(py.strings).toContain("js_parse_hex(parts[1])");
  });
});

// Math.floor, trunc and round of a number the numeric analysis proves never negative are int(),
// which truncates as floor does there; a value that may be negative keeps math.floor
const rounding = {
  signs: `
const readings = [0.25, 3.5, 2.49, 7.999, 1023.5, 0];
const offsets = [-0.5, 0.75, -2.5];
const out: number[] = [];
for (const r of readings) {
  const scaled = r * 3.3 + 0.125;
  out.push(Math.floor(scaled), Math.round(scaled), Math.trunc(scaled), Math.round(Math.sqrt(r) * 10));
}
for (const o of offsets) out.push(Math.floor(o * 3), Math.round(o), Math.trunc(o * 1.5));
console.log(out.join(" "));`,
};

diffSuite("math: rounding of values never negative", rounding);

describe("math: rounding of values never negative: emitted Python", () => {
  const py = emittedPython(rounding);

  test("int() of a value never negative; math.floor of one that may be", () => {
    expect(py.signs).toContain("_out_extend([int(scaled), int(scaled + 0.5), int(scaled), ");
    expect(py.signs).toContain("math.floor(o * 3), math.floor(o + 0.5)");
  });
});
