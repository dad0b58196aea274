// String(n).padStart(w, "0") and n.toString(16 or 8).padStart(w, "0") (toUpperCase between
// them too) of a non-negative integer are one %0<w>d/x/X/o field, which a template around
// them takes in: `${String(h).padStart(2, "0")}:${...}` is "%02d:%02d" % (h, m). So is an
// integer of any sign padded to 2 or fewer characters (a negative one has two already).
// Negative numbers wider than that (JavaScript pads before the sign), fractions, and
// widths that may be negative keep the general padding.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const programs = {
  padded: `
const bytes = [0, 7, 171, 255];
const mac = bytes.map((x) => x.toString(16).padStart(2, "0")).join(":");
const upper = bytes.map((x) => x.toString(16).toUpperCase().padStart(2, "0")).join("-");
const h = 7;
const m = 5;
let w = 3;
w += 1;
const clock = \`\${String(h).padStart(2, "0")}:\${m.toString().padStart(2, "0")}\`;
console.log(mac, upper, clock, (8).toString(8).padStart(4, "0"), String(h).padStart(w, "0"), String(12345).padStart(2, "0"));`,

  general: `
function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}
const neg = -3;
console.log(pad(-5, 4), pad(42, 5), neg.toString(16).padStart(4, "0"), String(neg).padStart(3, "0"), String(1.5).padStart(5, "0"), String(7).padStart(-2, "0"));`,

  anySign: `
const out: string[] = [];
for (const v of [-300, -12, -3, 0, 5, 42, 4095]) {
  out.push(\`\${String(v).padStart(2, "0")}|\${v.toString(16).padStart(2, "0")}|\${v.toString(16).toUpperCase().padStart(1, "0")}|\${v.toString(8).padStart(2, "0")}|\${String(v).padStart(3, "0")}\`);
}
console.log(out.join(" "));`,
};

diffSuite("zero-padded integers", {
  "non-negative integers in base 10, 16 and 8": programs.padded,
  "negative numbers, fractions, widths of any sign": programs.general,
  "integers of any sign to 2 characters, and to 3": programs.anySign,
});

describe("zero-padded integers: emitted Python", () => {
  const py = emittedPython(programs);

  test("one field each, taken into the template around it", () => {
    expect(py.padded).toContain('["%02x" % x for x in bytes_]');
    expect(py.padded).toContain('["%02X" % x for x in bytes_]');
    expect(py.padded).toContain('clock = "%02d:%02d" % (h, m)');
    expect(py.padded).toContain('"%0*d" % (w, h)');
  });

  test("a number that may be negative or a fraction keeps the general padding", () => {
    // both calls are written in place, so pad is not defined (inline-calls.ts)
    expect(py.general).not.toContain("def pad(");
    expect(py.general).not.toContain("%0*");
    // the one call written in place with a non-negative integer (inline-calls.ts) is a field; pad(-5, 4) is not
    expect(py.general.match(/%0\d/g)).toEqual(["%05"]);
    expect(py.general).toContain('"0" * (4 - len(_t)) + _t, "%05d" % 42,');
  });

  test("an integer of any sign padded to 2 characters or fewer is a field, to 3 it is not", () => {
    expect(py.anySign).toContain('"%02d|%02x|%01X|%02o|%s" % (v, v, v, v, "0" * (3 - len(_t)) + _t)');
  });
});
