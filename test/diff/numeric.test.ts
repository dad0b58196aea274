// The whole-program numeric analysis (compiler/transform/numeric.ts): snippets
// run in Node and in MicroPython and must print the same, at the edges where an
// integer guess would be wrong (negative dividends, fractions reaching a
// variable through one call site, JSON.parse, large integers); and the Python
// it emits for its decisions, line by line.
import { describe, expect, test } from "vitest";
import { compileSnippets, diffSuite, emittedPython, pythonLines } from "../helpers/diff.js";

const edges = {
  "negative dividends keep JavaScript's sign": `
const out: string[] = [];
for (let i = -7; i <= 7; i++) out.push(\`\${i % 3},\${(i * 5) % 4},\${(i - 10) % 7}\`);
console.log(out.join(" "));
let acc = 0;
for (let i = 0; i < 20; i++) acc = (acc - i * 3) % 11;
console.log(acc, \`\${acc}\`, String(acc % 5));`,

  "a zero or negative divisor is NaN or the dividend's sign": `
function rem(a: number, b: number): number { return a % b; }
let d = 0;
for (let i = 0; i < 3; i++) d += i;
console.log(rem(7, 0), rem(-7, -3), rem(7, -3), 7 % (d - 3), \`\${5 % (d - 3)}\`);`,

  "a fraction through one call site keeps the float path": `
function wrap(x: number): number { return x % 4; }
function label(x: number): string { return \`<\${x}>\`; }
console.log(wrap(9), wrap(9.5), wrap(-2.25), label(3), label(0.1 + 0.2), label(-1.5));
class Meter { total = 0; add(v: number): void { this.total += v; } }
const m = new Meter();
m.add(2); m.add(0.5);
console.log(\`\${m.total}\`, m.total % 2);`,

  "an integer-only array, a class field and a loop counter": `
const data: number[] = [];
for (let i = 0; i < 300; i++) data.push((i * 37) & 255);
function sum(buf: number[]): number {
  let a = 1, b = 0;
  for (let i = 0; i < buf.length; i++) { a = (a + buf[i]) % 65521; b = (b + a) % 65521; }
  return b * 65536 + a;
}
class Led { changes = 0; constructor(public pin: number) {} flip(): void { this.changes++; } }
const leds: Led[] = [];
for (let p = 0; p < 5; p++) leds.push(new Led(p));
for (let t = 0; t < 12; t++) for (const led of leds) if ((t + led.pin) % 3 === 0) led.flip();
console.log(sum(data), leds.map((l) => \`\${l.pin}:\${l.changes}\`).join(" "));`,

  "values from JSON.parse are any number": `
interface Reading { id: number; temp: number; samples: number[] }
const r: Reading = JSON.parse('{"id": 3, "temp": 21.5, "samples": [1.5, -2, 3]}');
const s = JSON.parse("[2.5, -3, 4]") as number[];
let total = 0;
for (const v of r.samples) total += v;
console.log(r.id % 2, r.temp % 2, \`\${r.temp}\`, s[0] % 2, \`\${s[1] % 2}\`, total % 2, \`\${total}\`);
const own: Reading = { id: 1, temp: 20, samples: [1, 2] };
console.log(own.temp % 3, \`\${own.temp}\`);`,

  "-0, NaN and Infinity do not pass for integers": `
const z = -0;
const n = NaN;
const inf = Infinity;
const xs = [z, n, inf, -inf];
console.log(xs.map((x) => \`\${x}\`).join(","), String(z % 5), n % 3, inf % 3, 5 % inf, \`\${Math.floor(2.5) % 2}\`);`,

  "large integers and division": `
let big = 1;
for (let i = 0; i < 40; i++) big = (big * 3) % 1000000007;
const q = 7 / 2;
let half = 10;
half = half / 4;
console.log(big, \`\${big}\`, q % 2, \`\${q}\`, half % 1, Math.trunc(7 / 2) % 2, (2 ** 40) % 1000, \`\${2 ** 30}\`);`,

  "callbacks, returns and parameters of exported-style values": `
function apply(f: (x: number) => number, v: number): number { return f(v); }
const r1 = apply((x) => x % 3, -4.5);
const r2 = [1, 2, 3].map((x) => x * 2).reduce((a, b) => a + b, 0.5);
const pick = (xs: number[], i: number) => xs[i];
const ys = [1, -2, 3];
console.log(r1, r2 % 2, \`\${r2}\`, pick(ys, 1) % 3, \`\${pick([0.5, 1], 0)}\`);`,


  "shifts and masks wrap exactly where 32 bits overflow": `
function crc16(bytes: number[]): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}
const bytes: number[] = [];
for (let i = 0; i < 40; i++) bytes.push(("frame" + i).charCodeAt(i % 5) & 0xff);
let hi = 0xffff;
const wide = [hi << 15, hi << 16, (hi << 16) | 1, 0x7fffffff << 1, (hi * hi) & 0xff, -5 >> 1, -5 >>> 28, ~hi];
console.log(crc16(bytes), wide.join(","), (crc16(bytes) << 15) ^ 3, ((crc16(bytes) << 16) | 1) % 7);`,
};

diffSuite("numeric analysis", edges);

const crc = `
function crc16(bytes: number[]): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}
const out: number[] = [];
for (let i = 0; i < 20; i++) out.push(i * 13 & 0xff);
let all = 0;
all ^= crc16(out);
console.log(all, crc16(out) << 16);`;

/** The emitted Python of each snippet (compiled once, checked against Node too). */
const emitted = {
  checksum: `
const data: number[] = [];
for (let i = 0; i < 64; i++) data.push(i * 3);
function adler(buf: number[]): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < buf.length; i++) {
    a = (a + buf[i]) % 65521;
    b = (b + a) % 65521;
  }
  return b * 65536 + a;
}
console.log(adler(data));`,
  checksumFloat: `
const data: number[] = [];
for (let i = 0; i < 64; i++) data.push(i * 3);
function adler(buf: number[]): number {
  let a = 1;
  for (let i = 0; i < buf.length; i++) a = (a + buf[i]) % 65521;
  return a;
}
console.log(adler(data), adler([-0.5, 1]), adler([0.5, 1]));`,
  fields: `
class Led {
  changes = 0;
  constructor(public pin: number) {}
  toggle(): void { this.changes++; }
}
const leds: Led[] = [];
for (let p = 0; p < 4; p++) leds.push(new Led(p));
for (let t = 0; t < 9; t++) for (const led of leds) if ((t + led.pin) % 3 === 0) led.toggle();
let page = "";
for (const led of leds) page += \`\${led.pin}=\${led.changes};\`;
console.log(page);`,
  negative: `
let x = 0;
for (let i = 0; i < 10; i++) x = (x - i) % 7;
console.log(x, \`\${x}\`);`,
  crc,
  template: `
const values = [3, 5, 8];
let html = "";
for (let i = 0; i < values.length; i++) html += \`<td>\${values[i]}</td>\`;
console.log(html);`,
};

describe("numeric analysis: emitted Python", () => {
  const py = emittedPython(emitted);
  const lines = pythonLines;

  test("an integer-only module array passed to a function: plain %", () => {
    expect(lines(py.checksum)).toContain("a = (a + item) % 65521");
    expect(lines(py.checksum)).toContain("b = (b + a) % 65521");
    expect(py.checksum).not.toContain("js_mod");
  });

  test("a call site passing a negative fraction: js_mod stays (a fraction that is never negative would take a plain %)", () => {
    expect(lines(py.checksumFloat)).toContain("a = js_mod(a + item, 65521)");
  });

  test("class fields and parameter properties given only integers: plain % and str formatting", () => {
    expect(lines(py.fields)).toContain("if (t + led.pin) % 3 == 0:");
    expect(lines(py.fields)).toContain('_page_append("%d=%d;" % (led.pin, led.changes))');
    expect(py.fields).not.toContain("js_");
  });

  test("a possibly negative integer dividend: an inline expression, not a call", () => {
    expect(lines(py.negative)).toContain("x = _t % 7 if (_t := x - i) >= 0 else -(-_t % 7)");
    expect(py.negative).not.toContain("js_mod");
  });

  test("bit widths: a 16-bit value shifted by 1 or 8 stays plain; by 16 it may wrap", () => {
    expect(lines(py.crc)).toContain("crc ^= byte << 8");
    expect(py.crc).toContain("(crc << 1 ^ 4129) & 65535");
    expect(lines(py.crc)).toContain("all_ ^= crc16(out)");
    expect(py.crc).toContain("js_shl(crc16(out), 16)");
  });

  test("an element of an integer array in a template: a format field", () => {
    expect(lines(py.template)).toContain('html = ["<td>%d</td>" % value for value in values]');
    expect(py.template).not.toContain("js_num");
  });

  test("board integers (int and uint in the typings): ticks_ms, len, ticks_diff", () => {
    // board modules do not run in Node: compiled only
    const board = compileSnippets({
      ticks: `
import { ticks_ms, ticks_diff } from "time";
const start = ticks_ms();
const text = "hello";
console.log(start % 1000, \`\${len(text) % 4}\`, ticks_diff(ticks_ms(), start) % 60);`,
    });
    const out = [...board.outputs.values()][0];
    expect(out.diagnostics).toEqual([]);
    const ls = lines(out.python!);
    expect(ls).toContain("print(start % 1000, len(text) % 4, _t % 60 if (_t := ticks_diff(ticks_ms(), start)) >= 0 else -(-_t % 60))");
  });
});
