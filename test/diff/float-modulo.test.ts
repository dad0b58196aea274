// `%` of fractions (operators.ts): Python's float % (fmod, then the divisor's sign) is
// JavaScript's when the dividend is never negative nor -0 and the divisor is positive, so
// that is a plain `%`; otherwise js_mod. The analysis also bounds the remainder (no
// larger than either side), so toFixed of it is a %f field. Node's text is the judge.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const programs = {
  angles: `
const out: string[] = [];
for (let i = 0; i < 800; i++) {
  const course = (84 + i * 0.5) % 360;
  const phase = (i / 7) % 1;
  const tenths = (i * 0.1) % 0.3;
  out.push(\`\${course.toFixed(1)} \${phase.toFixed(3)} \${tenths.toFixed(4)}\`);
}
console.log(out.join(" "));`,
  signs: `
const out: string[] = [];
for (let i = -6; i <= 6; i++) {
  const back = (i * 0.75) % 2;
  const whole = (i * 1.5) % 3;
  out.push(\`\${back.toFixed(2)} \${whole.toFixed(1)} \${String(whole)}\`);
}
console.log(out.join(" "), Infinity % 5, NaN % 2, 5.5 % Infinity, -0 % 5, 0.5 % NaN);`,
};

diffSuite("% of fractions", {
  "a non-negative dividend and a positive divisor": programs.angles,
  "dividends of both signs, multiples that leave -0, NaN and Infinity": programs.signs,
});

describe("% of fractions: emitted Python", () => {
  const py = emittedPython(programs);

  test("a dividend that is never negative is a plain %, and its remainder of known size a %f field", () => {
    expect(py.angles).toContain("course = (84 + i * 0.5) % 360");
    expect(py.angles).toContain("phase = i / 7 % 1");
    expect(py.angles).toContain('"%.1f %.3f %.4f" % (course, phase, tenths)');
    expect(py.angles).not.toContain("js_");
  });

  test("a dividend that may be negative keeps js_mod, and its remainder may be -0", () => {
    expect(py.signs).toContain("back = js_mod(i * 0.75, 2)");
    expect(py.signs).toContain('"%.2f %.1f %s" % (back + 0.0, whole + 0.0, js_num(whole))');
  });
});
