// toFixed as MicroPython's %f (numeric-decimals.ts fixesWithPercentF): for a finite value of
// known size below 10**(16 - digits), digits 0 to 4, "%.<d>f" rounds the exact binary value
// with halves away from zero, as toFixed does. Node's text is the judge: exact ties, the
// doubles next to them, values near the size limit, and -0.0, which %f prints with its sign
// (so a value that may be -0.0 is printed plus 0.0).
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const programs = {
  ties: `
const rows: string[] = [];
for (let k = -1200; k <= 1200; k++) {
  const tie = k / 16;
  const near = k / 1000 + 0.0005;
  const scaled = k * 0.005;
  rows.push(
    \`\${tie.toFixed(0)} \${tie.toFixed(1)} \${tie.toFixed(2)} \${tie.toFixed(3)} \${near.toFixed(0)} \${near.toFixed(1)} \${near.toFixed(2)} \${near.toFixed(3)} \${scaled.toFixed(1)} \${scaled.toFixed(2)} \${scaled.toFixed(4)}\`,
  );
}
console.log(rows.join("\\n"));`,

  large: `
const rows: string[] = [];
for (let i = 1; i < 256; i += 3) {
  const whole = i * 2199023255552 + 0.5;
  const hundredths = i * 17179869184 + i / 8;
  const tenths = (i * 3.3) / 7 + i * 68719476736;
  rows.push(\`\${whole.toFixed(0)} \${hundredths.toFixed(2)} \${hundredths.toFixed(1)} \${tenths.toFixed(1)}\`);
}
console.log(rows.join("\\n"));`,

  minusZero: `
function dht22(hi: number, lo: number): number {
  let t = (((hi & 0x7f) << 8) | lo) * 0.1;
  if (hi & 0x80) t = -t;
  return t;
}
let halves = 0.5;
for (let i = 0; i < 1100; i++) halves *= 0.5;
const out: string[] = [];
for (let i = 0; i < 4; i++) {
  const v = i / 7;
  out.push((0 * -v).toFixed(1), (-(i / 4)).toFixed(1), (-v / 100).toFixed(1), (-i / 8).toFixed(2));
}
out.push(dht22(0x80, 0).toFixed(1), dht22(0x80, 1).toFixed(1), dht22(0, 0).toFixed(1), dht22(0x81, 44).toFixed(0));
out.push((halves * -3.5).toFixed(1), halves.toFixed(2));
console.log(out.join(" "));`,

  helpers: `
const rows: string[] = [];
for (let k = -40; k <= 40; k++) {
  const x = k / 1000 + 0.0000005;
  // a count not known: js_fixed_digits takes %f for 0 to 4 digits (-0.0 at k = 0), js_fixed for more
  rows.push(\`\${x.toFixed(5)} \${x.toFixed(6)} \${x.toFixed(k & 3)} \${x.toFixed(k & 7)} \${(k * -0.25).toFixed(k & 7)}\`);
}
console.log(rows.join(" "));`,
};

// values of no known size: js_to_fixed takes %f for them below 1e12, js_fixed above
const unknownSizes = `
function show(x: number): string {
  return \`\${x.toFixed(0)} \${x.toFixed(1)} \${x.toFixed(2)} \${x.toFixed(3)} \${x.toFixed(4)} \${x.toFixed(5)}\`;
}
const rows: string[] = [];
for (let k = -300; k <= 300; k++) rows.push(show(k / 16), show(k / 1000 + 0.0005), show(k * 0.005), show(k * 3355443.25 + 0.125), show(-(k * 0.5)));
let sum = 0;
for (let i = 0; i < 90; i++) {
  sum = sum * 1.7 + i / 3;
  if (i % 7 === 0) rows.push(show(sum), show(-sum));
}
rows.push(show(-0.01), show(-0.00001), show(999999999999.99995), show(1e12 - 0.5), show(1e12 + 0.5), show(-1e12 - 0.25));
rows.push(show(5e20), show(1e21), show(-2.5e22), show(NaN), show(Infinity), show(-Infinity));
for (let i = 0; i < 3; i++) rows.push((-sum).toFixed(1));
console.log(rows.join("\\n"));
console.log(\`\${sum.toFixed(2)} \${(sum * -1).toFixed(3)}\`);`;

diffSuite("toFixed as %f", {
  "values of no known size (js_to_fixed)": unknownSizes,
  "exact ties and the doubles next to them, 0 to 4 digits": programs.ties,
  "values near the size limit of each digit count": programs.large,
  "-0.0 prints as 0": programs.minusZero,
  "more than 4 digits, or digits not known, keep the exact helper": programs.helpers,
});

describe("toFixed as %f: emitted Python", () => {
  const py = emittedPython(programs);
  const unknown = emittedPython({ unknownSizes });

  test("values of known size are %f fields, with no helper", () => {
    expect(py.ties).toContain(
      '"%.0f %.1f %.2f %.3f %.0f %.1f %.2f %.3f %.1f %.2f %.4f" % (tie, tie, tie, tie, near, near, near, near, scaled, scaled, scaled)',
    );
    expect(py.ties).not.toContain("js_");
    expect(py.large).toContain('"%.0f %.2f %.1f %.1f" % (whole, hundredths, hundredths, tenths)');
    expect(py.large).not.toContain("js_");
  });

  test("a value that may be -0.0 is printed plus 0.0; one that cannot be, as it is", () => {
    expect(py.minusZero).toContain('"%.1f" % (0 * -v + 0.0)');
    expect(py.minusZero).toContain('"%.1f" % (-(i / 4) + 0.0)');
    expect(py.minusZero).toContain('"%.1f" % (dht22(128, 0) + 0.0)');
    expect(py.minusZero).toContain('"%.1f" % (halves * -3.5 + 0.0)');
    expect(py.minusZero).toContain('"%.2f" % halves');
    expect(py.minusZero).not.toContain("js_");
  });

  test("values of no known size: %f in place below 1e12 where the code may run often, js_to_fixed for the rest", () => {
    expect(unknown.unknownSizes).toContain('"%.4f" % (x + 0.0) if -1e12 < x and x < 1e12 else js_to_fixed(x, 4)');
    // a value that is not a plain read is named once, by a walrus
    expect(unknown.unknownSizes).toMatch(
      /"%\.1f" % \((_t\d*) \+ 0\.0\) if -1e12 < \(\1 := -sum_\) and \1 < 1e12 else js_to_fixed\(\1, 1\)/,
    );
    // the module's run-once code keeps the call
    expect(unknown.unknownSizes).toContain('print("%s %s" % (js_to_fixed(sum_, 2), js_to_fixed(sum_ * -1, 3)))');
  });

  test("5 digits and more call js_fixed; a digit count not known, js_fixed_digits (%f for 0 to 4)", () => {
    expect(py.helpers).toContain("js_fixed(x, 5)");
    expect(py.helpers).toContain("js_fixed(x, 6)");
    expect(py.helpers).toContain("js_fixed_digits(x, k & 3)");
    expect(py.helpers).toContain("js_fixed_digits(x, k & 7)");
    expect(py.helpers).not.toContain("js_to_fixed");
  });
});
