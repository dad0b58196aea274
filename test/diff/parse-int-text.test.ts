// parseInt gives an integer or NaN (numeric-bits.ts NANINT), never another fraction, and
// so do sums and products of such values: their text is str(), or "NaN", without js_num.
// Node's text is the judge.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const programs = {
  fields: `
interface Fix { sats: number; alt: number }
const lines = ["07,12", "x,3", "11,", " -4,9"];
const fixes: Fix[] = [];
for (const line of lines) {
  const parts = line.split(",");
  fixes.push({ sats: parseInt(parts[0], 10), alt: Number.parseInt(parts[1]) });
}
let total = 0;
const out: string[] = [];
for (const f of fixes) {
  total += f.sats * 2 - f.alt;
  out.push(\`\${f.sats}/\${f.alt}=\${f.sats + f.alt}\`);
}
const sums = fixes.map((f) => \`\${f.sats - f.alt}\`);
const n = parseInt("0x1f");
const z = parseInt("-0");
console.log(out.join(" "), sums.join(" "), \`\${total} \${n} \${String(z)}\`, n + 1);`,
};

diffSuite("parseInt results as text", {
  "integers and NaN in record fields, sums and products": programs.fields,
});

describe("parseInt results as text: emitted Python", () => {
  const py = emittedPython(programs);

  test("str() or NaN, no js_num", () => {
    expect(py.fields).toContain('"NaN" if f[_SATS] != f[_SATS] else str(f[_SATS])');
    expect(py.fields).toContain('"NaN" if total != total else str(total)');
  });

  test("a sum is named once where it is read twice, and not in a callback, which keeps its js_num", () => {
    expect(py.fields).toContain('"NaN" if (_t2 := f[_SATS] + f[_ALT]) != _t2 else str(_t2)');
    expect(py.fields).toMatch(/js_num\(f1?\[_SATS\] - f1?\[_ALT\]\)/);
  });
});
