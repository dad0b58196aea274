// Template strings as `%` formatting (compiler/transform/literals.ts): the same
// text as Node for every kind of value, a literal `%` in the text, one value or
// many; and the Python it emits (%d for a proven integer, %s for a string, a
// converted value otherwise, no tuple around a single value).
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython, pythonLines } from "../helpers/diff.js";

diffSuite("template strings as % formatting", {
  "every kind of value, and percent signs in the text": `
const n = 7;
const neg = -3;
const f = 2.5;
const s = "50% off";
const t: [number, string] = [1, "x"];
const arr = [1, 2, 3];
const obj = { a: 1 };
const nothing: string | undefined = undefined;
const big = 2 ** 40;
console.log(\`\${n}% of \${s} is %d %s %%\`);
console.log(\`[\${neg}|\${f}|\${t}|\${arr}|\${obj}|\${nothing}|\${big}|\${null}|\${true}]\`);
console.log(\`\${s}\`, \`%\${n}\`, \`\${n}%\`, \`(\${t})\`);`,

  "a tuple-like array alone in a template is text, not format arguments": `
const pair: [string, string] = ["a", "b"];
const one: [number] = [5];
console.log(\`<\${pair}>\`, \`<\${one}>\`, \`<\${[]}>\`);`,

  "+ chains on strings, += onto a string, and radix text inside a template": `
let n = 0;
for (let i = 0; i < 5; i++) n += i * 51;
const s = "id";
const f = 0.5;
let page = "<p>";
page += "n=" + n + "; " + s + "%" + f;
page += s + n;
page += "" + n;
console.log(page, "a" + "b" + n, s + "-" + (n + 1) + "-" + (f + n), "%d" + n);
console.log(\`crc \${n.toString(16)} oct \${n.toString(8)} bin \${n.toString(2)} neg \${(-n).toString(16)}\`);
console.log("hex " + n.toString(16), n.toString(16) + "!");`,

  "numbers the analysis cannot prove integers": `
function show(x: number): string { return \`x=\${x}\`; }
console.log(show(3), show(0.1 + 0.2), show(-0), show(NaN), show(1e21), show(Infinity));`,
});

const emitted = {
  ints: `
let total = 0;
for (let i = 0; i < 4; i++) total += i;
const name = "pump";
console.log(\`\${name}: \${total} runs, 100%\`);`,
  single: `
const label = "led";
console.log(\`<\${label}>\`);`,
  mixed: `
const temp = 64.5 / 3;
console.log(\`t=\${temp}\`);`,
  concat: `
let n = 0;
for (let i = 0; i < 3; i++) n += i;
const s = "id";
let line = "";
line += "<td>" + n + "</td>";
console.log("n=" + n + ";" + s, "n=" + s, s + n, "crc " + n.toString(16));`,
};

describe("template strings: emitted Python", () => {
  const py = emittedPython(emitted);
  const lines = pythonLines;

  test("a proven integer is %d, a string %s, a literal % doubled, values in a tuple", () => {
    expect(lines(py.ints)).toContain('print("%s: %d runs, 100%%" % (name, total))');
  });

  test("one value needs no tuple", () => {
    expect(lines(py.single)).toContain('print("<%s>" % label)');
  });

  test("a + chain with a converted value is one format; two strings stay a +", () => {
    expect(lines(py.concat)).toContain('line += "<td>%d</td>" % n');
    expect(lines(py.concat)).toContain('print("n=%d;%s" % (n, s), "n=" + s, s + str(n), "crc %x" % n)');
  });

  test("a number that may be fractional is converted the JavaScript way first (two strings: a +)", () => {
    expect(lines(py.mixed)).toContain('print("t=" + js_num(temp))');
  });
});
