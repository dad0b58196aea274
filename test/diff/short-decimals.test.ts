// Short decimals (compiler/transform/numeric-decimals.ts): an integer divided by a
// divisor of 10**4, exact decimals added and multiplied, and literals with at most four
// digits after the point print with "%.15g" (and toFixed with "%.<n>f") instead of a
// runtime helper. Node's text is the judge, for every value in wide ranges, and for the
// cases where the rule must not apply (-0, sums of rounded decimals, too many digits).
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

diffSuite("short decimals", {
  "integers divided by divisors of 10**4, over a range": `
const divisors = [2, 4, 5, 8, 10, 16, 20, 25, 50, 100, 125, 1000, 10000];
let out = "";
let count = 0;
for (let n = -3000; n <= 3000; n += 7) {
  out += \`\${n / 2},\${n / 4},\${n / 5},\${n / 8},\${n / 10},\${n / 16},\${n / 20},\${n / 25},\${n / 50},\${n / 100},\${n / 125},\${n / 1000},\${n / 10000};\`;
  count++;
  if (count % 40 === 0) { console.log(out); out = ""; }
}
console.log(out, divisors.length);`,

  "wide numerators up to fifteen digits": `
let base = 1;
for (let i = 0; i < 36; i++) {
  const n = base + i * 7919;
  console.log(String(n / 10), String(n / 10000), String(-n / 4), \`\${n / 16}\`);
  base = base * 2 + 1;
}`,

  "exact decimals added and multiplied": `
function reading(n: number): number {
  return 18 + (n % 40) / 4;
}
let text = "";
for (let n = 0; n < 120; n++) {
  const q = (n % 9) / 8;
  text += \`\${reading(n)} \${q + n} \${q * 3} \${n - q} \${0.25 * n} \${n * 0.5 + 0.125}|\`;
}
console.log(text);`,

  "JSON.stringify of a reading with decimal fields": `
interface Sample { id: number; volts: number; temp: number; ratio: number }
function sample(i: number): Sample {
  return { id: i, volts: (i * 37) % 3300 / 1000, temp: (i % 400) / 10 - 5, ratio: (i % 16) / 16 };
}
const out: string[] = [];
for (let i = 0; i < 300; i += 3) out.push(JSON.stringify(sample(i)));
console.log(out.join(""));`,

  "toFixed with at least the decimal's digits": `
let s = "";
for (let raw = -205; raw <= 205; raw += 3) {
  const t = raw / 10;
  const h = raw / 4;
  s += \`\${t.toFixed(1)} \${t.toFixed(2)} \${t.toFixed(4)} \${h.toFixed(2)} \${h.toFixed(3)}|\`;
}
console.log(s);`,

  "toFixed with fewer digits than the decimal keeps JavaScript's rounding": `
let s = "";
for (let raw = -41; raw <= 41; raw++) {
  const q = raw / 8;
  s += \`\${q.toFixed(1)} \${q.toFixed(2)} \${(raw / 1000).toFixed(2)}|\`;
}
console.log(s);`,

  "negative zero is never printed as -0": `
const zero = Math.random() > 2 ? 1 : 0;
const half = zero / 2;
const neg = -half;
const times = half * -3;
const quarter = -zero / 4;
console.log(\`\${neg} \${times} \${quarter}\`, String(neg), JSON.stringify({ neg, times }), neg.toFixed(2), times.toFixed(1));
for (let i = -2; i <= 2; i++) {
  const v = (i * 0) / 10;
  console.log(\`\${v} \${-v} \${v * -1} \${(i / 4) * (i - i)}\`);
}`,

  "rounded decimals combined: the helper's exact digits": `
let s = "";
for (let n = 0; n < 60; n++) {
  const a = n / 10;
  s += \`\${a + 0.2} \${a * 3} \${a + 1} \${a / 10} \${0.1 * n} \${(n / 5) * (n / 5)}|\`;
}
console.log(s, 0.1 + 0.2, 1.1 * 3, 0.3 - 0.1);`,

  "too many digits or too small: exponents and long digits stay JavaScript's": `
for (let n = 1; n < 200000000; n *= 13) {
  console.log(\`\${n / 100000} \${n / 1e6} \${n / 3} \${(n * 1000000) / 10000}\`);
}
const tiny = 1 / 10000;
console.log(\`\${tiny} \${tiny / 10} \${tiny / 100}\`);
console.log(\`\${123456789012345 / 10} \${987654321098 / 1000}\`);`,

  "accumulated decimals in a loop": `
let acc = 0;
let t = 0;
const out: string[] = [];
for (let i = 0; i < 50; i++) {
  acc += 0.25;
  t = t + 0.1;
  out.push(\`\${acc}/\${t}\`);
}
console.log(out.join(" "));`,

  "join of integer, decimal, mixed and holey number arrays": `
const ints: number[] = [];
for (let i = -4; i < 30; i++) ints.push(i * 37);
const tenths = ints.map((x) => x / 10);
const mixed: number[] = [1, 2.5, 1 / 3, -0.125, 1e21, 1e-7];
const holes: number[] = new Array(4);
holes[2] = 0.5;
console.log(ints.join(","), tenths.join(" "), mixed.join("|"), holes.join("-"), [ -1 / 4, 0 / 4].join());`,

  "toFixed with fewer digits than the decimal, and of integers of known width, with ties": `
const out: string[] = [];
for (let n = -2000; n <= 2000; n += 13) {
  const half = n / 8;
  out.push(\`\${half.toFixed(1)} \${(n / 1000).toFixed(2)} \${(n / 16).toFixed(0)} \${(n * 7).toFixed(1)} \${(n / 10000).toFixed(3)}\`);
}
console.log(out.join("|"));
let sum = 0;
for (let i = 0; i < 40; i++) sum += i * 1e6;
console.log((sum / 3).toFixed(2), (sum * sum).toFixed(1));`,

  "decimal literals": `
const step = 0.25;
const gain = 1.5;
const limit = 3.3;
const offsets = [0.5, -0.75, 12.125, 0.0625, 1.0001];
console.log(\`\${step} \${gain} \${limit} \${-gain}\`, String(step * 4), JSON.stringify(offsets));
for (const o of offsets) console.log(\`\${o} \${o + 1} \${o * 2}\`);`,
});

const emitted = {
  template: `
for (let raw = 0; raw < 5; raw++) console.log(\`t=\${raw / 10} q=\${(raw % 8) / 4 + 18}\`);`,
  json: `
interface R { temp: number; hum: number }
function r(n: number): R { return { temp: (n % 40) / 4, hum: 35 + (n % 17) }; }
for (let n = 0; n < 3; n++) console.log(JSON.stringify(r(n)));`,
  toFixed: `
for (let raw = 0; raw < 5; raw++) console.log(\`\${(raw / 10).toFixed(2)} \${(raw / 8).toFixed(1)}\`);`,
  join: `
const xs: number[] = [];
for (let i = 0; i < 4; i++) xs.push(i * 3);
console.log(xs.join(","), xs.map((x) => x / 4).join(" "));`,
  negZero: `
const z = Math.random() > 2 ? 1 : 0;
console.log(String(-(z / 4)));`,
  rounded: `
for (let n = 0; n < 3; n++) console.log(String(n / 10 + 1));`,
};

describe("short decimals: emitted Python", () => {
  const py = emittedPython(emitted);

  test("a template field, no helper", () => {
    expect(py.template).toContain(`"t=%.15g q=%.15g" % (raw / 10, raw % 8 / 4 + 18)`);
    expect(py.template).not.toContain("js_num");
  });

  test("a JSON field, no helper", () => {
    expect(py.json).toContain(`"{\\"temp\\":%.15g,\\"hum\\":%d}"`);
    expect(py.json).not.toContain("js_json_num");
  });

  test("toFixed is a %f field, with enough digits or fewer (MicroPython rounds halves away from zero, as toFixed)", () => {
    expect(py.toFixed).toContain(`"%.2f %.1f" % (raw / 10, raw / 8)`);
    expect(py.toFixed).not.toContain("js_");
  });

  test("join of integers is str(), of short decimals %.15g", () => {
    expect(py.join).toContain("[str(_x) for _x in xs]");
    expect(py.join).toContain('"%.15g" % _x1');
    expect(py.join).not.toContain("js_num");
  });

  test("a negation that may be -0, and a rounded decimal plus one, keep js_num", () => {
    expect(py.negZero).toContain("js_num(");
    expect(py.rounded).toContain("js_num(");
  });
});
