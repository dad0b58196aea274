// Numbers written out through the runtime's formatting paths: JSON.stringify (ints
// by str, floats by js_num), toFixed past 1e21, String() of floats, integral results
// and subnormals. The helpers one by one: test/number-format.test.ts.
import { diffSuite } from "../helpers/diff.js";

diffSuite("number formatting paths", {
  "JSON.stringify of integers, floats and non-finite numbers": `
const half = 1 / 2;
const reading = { temp: 21.5, raw: 4095, neg: -7, tiny: 1e-7, big: 1e21, third: 1 / 3, whole: 4 / 2, nan: NaN, inf: Infinity, ninf: -Infinity, negzero: -0 * half };
console.log(JSON.stringify(reading));
console.log(JSON.stringify([0.1 + 0.2, 2 ** 53, 1.5 * 2 ** 60, -1.5e-7, 5e-324, 123456789.125]));`,
  "JSON.stringify of a reading built in a loop": `
const out: string[] = [];
for (let n = 0; n < 6; n++) out.push(JSON.stringify({ n, temp: 18 + n / 4, volts: (n * 3.3) / 4095 }));
console.log(out.join("\\n"));`,
  "toFixed beyond 1e21 and on integral floats": `
const xs = [1e21, -1.5e22, 1.5 * 2 ** 70, 1e20, 2.5, 4 / 2, -0.000001];
for (const x of xs) console.log(x.toFixed(2), x.toFixed(0));`,
  "toFixed with digits that are not an integer literal": `
function show(x: number, digits?: number): string {
  return x.toFixed(digits);
}
const wanted: (number | undefined)[] = [undefined, 0, 1, 2.9, 3];
for (const d of wanted) console.log(show(2 / 3, d), show(-1234.5678, d), show(1e21, d), show(7, d));
console.log((0.5).toFixed(1.7), (2 / 3).toFixed(2.2), (12345.6789).toFixed(undefined));`,
  "toFixed of ints and floats that the analysis cannot tell apart": `
const xs: number[] = JSON.parse("[0, -0, 3, -7, 0.125, -0.375, 2.675, 1e-7, -1e-7, 9007199254740993, 1e20, 999999999999999900000]");
for (const x of xs) console.log(x.toFixed(0), x.toFixed(2), x.toFixed(5), x.toFixed(20));`,
  "String() of floats, integral floats and subnormals": `
const xs = [0.1, 1 / 3, 6 / 3, -0.5, 1e-7, 123e20, 5e-324, 2.5e-320, -1.5 * 2 ** 60, -Infinity, NaN];
console.log(xs.map((x) => String(x)).join(" "));
console.log(\`\${xs[1]} \${xs[2]} \${xs[6]}\`);`,
});
