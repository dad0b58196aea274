// Magnitudes of fractions (numeric-bits.ts `magnitudeOf`): a sum, product or quotient of
// finite values of known size is finite and of known size, so `toFixed` is MicroPython's
// %f (fixed-percent.test.ts) and `Math.round(x * 10) / 10` is a
// short decimal ("%.15g"). Node's text is the judge, over whole input ranges, and for
// values that grow without bound (overflow to Infinity) or divide by small fractions,
// where the rule must not apply. (Math.round of Infinity raises OverflowError, a
// documented deviation: stdlib-strings.md.)
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

diffSuite("fractions of known magnitude", {
  "an ADC count to volts and degrees, every count": `
const VREF = 3.3;
function toCelsius(raw: number): number {
  const volts = (raw * VREF) / 4095;
  return (volts - 0.5) * 100;
}
const lines: string[] = [];
let line = "";
for (let raw = 0; raw < 4096; raw++) {
  const t = toCelsius(raw);
  line += \`\${t.toFixed(2)} \${Math.round(t * 10) / 10} \${Math.floor(t) / 4};\`;
  if (raw % 128 === 127) { lines.push(line); line = ""; }
}
console.log(lines.join("\\n"));`,

  "quotients of integers, negative values and rounding to -0": `
const out: string[] = [];
for (let a = -40; a <= 40; a += 3) {
  for (let b = 1; b <= 7; b += 2) {
    const q = a / b;
    const r = Math.round(q * 100) / 100;
    out.push(\`\${q.toFixed(3)} \${String(r)} \${JSON.stringify({ r })} \${Math.round(-q / 100) / 10} \${Math.abs(-q).toFixed(1)}\`);
  }
}
console.log(out.join("|"));`,

  "values that outgrow any bound, and quotients by small fractions, keep the full helpers": `
let x = 1.5;
const grown: string[] = [];
for (let i = 0; i < 14; i++) {
  x *= 1e25;
  grown.push(x.toFixed(1), String(x / 10));
}
let y = 3;
for (let i = 0; i < 4; i++) y = y / 0.001;
console.log(grown.join(" "), y.toFixed(2), (7 / 0.5).toFixed(1));`,
});

const emitted = {
  bounded: `
function toCelsius(raw: number): number {
  return ((raw * 3.3) / 4095 - 0.5) * 100;
}
for (let raw = 0; raw < 4096; raw += 512) {
  const t = toCelsius(raw);
  console.log(\`\${t.toFixed(1)} \${Math.round(t * 10) / 10} \${Math.abs(t).toFixed(2)}\`);
}`,
  unbounded: `
let x = 1.5;
for (let i = 0; i < 30; i++) x *= 1e25;
console.log(\`\${x.toFixed(1)} \${x / 10}\`);`,
};

describe("fractions of known magnitude: emitted Python", () => {
  const py = emittedPython(emitted);

  test("toFixed of a bounded fraction is a %f field, and a rounded tenth a %.15g field", () => {
    expect(py.bounded).toContain(`"%.1f %.15g %.2f" % (t, math.floor(t * 10 + 0.5) / 10, abs(t))`);
    expect(py.bounded).not.toContain("js_");
  });

  test("a value multiplied without bound keeps js_to_fixed and js_num", () => {
    expect(py.unbounded).toContain("js_to_fixed(x, 1)");
    expect(py.unbounded).toContain("js_num(");
  });
});
