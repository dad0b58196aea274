// Math.min and Math.max of spreads of integers (numeric-bits.ts INFINT): the result is an
// integer, or an infinity when every spread is empty, so String() of it is str() or
// "Infinity" with the sign that can occur, without js_num; an infinity plus anything is
// no longer known to be one of those, nor is the minimum of floats. Math.max of integers
// with one never negative is never negative (Math.min: never positive).
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const programs = {
  integers: `
const readings = [812, 790, 1033, 640];
const none: number[] = [];
const below = [-4, -12, -7];
const out: string[] = [];
out.push(\`\${Math.min(...readings)} \${Math.max(...readings)} \${Math.min(...none)} \${Math.max(...none)}\`);
out.push(\`\${Math.min(...below)} \${Math.max(...below)} \${Math.max(...below, ...none)}\`);
const lo = Math.min(...none);
const hi = Math.max(...none);
const either = readings.length > 9 ? lo : 17;
out.push(\`\${lo} \${hi} \${-lo} \${-hi} \${either}\`);
out.push(String(Math.min(...new Set([5, 3, 5]))), String(Math.max(...new Set<number>())));
out.push(lo.toFixed(1), hi.toFixed(0), Math.min(...readings).toFixed(2));
const clamped = [-50, 20, 5000, -1].map((v) => Math.max(0, Math.min(4095, v)));
const capped = clamped.map((v) => Math.min(-1, v - 100));
const lowest = Math.min(...clamped);
const highest = Math.max(...capped);
out.push(\`\${lowest} \${highest} \${Math.max(...clamped)}\`);
console.log(out.join(" | "));`,

  notIntegers: `
const halves = [2.5, 1.5];
const none: number[] = [];
const lo = Math.min(...none);
const out: string[] = [];
out.push(\`\${Math.min(...halves)} \${lo + 1} \${lo - lo} \${Math.max(...halves, 3)}\`);
out.push(halves.map((h) => \`\${Math.max(...none)}/\${h}\`).join(","));
console.log(out.join(" | "));`,
};

diffSuite("Math.min and Math.max of spreads", {
  "integers, empty spreads, signs, a Set": programs.integers,
  "fractions, arithmetic on an infinity, callbacks": programs.notIntegers,
});

describe("Math.min and Math.max of spreads: emitted Python", () => {
  const py = emittedPython(programs);

  test("integers or an infinity print without js_num, with only the infinity that can occur", () => {
    expect(py.integers).not.toContain("js_num");
    expect(py.integers).toContain('str(lo) if lo - lo == 0 else "Infinity"');
    expect(py.integers).toContain('str(hi) if hi - hi == 0 else "-Infinity"');
    // Math.max(0, x) is never negative, Math.min(-1, x) never positive
    expect(py.integers).toContain('str(lowest) if lowest - lowest == 0 else "Infinity"');
    expect(py.integers).toContain('str(highest) if highest - highest == 0 else "-Infinity"');
  });

  test("fractions, sums and a callback's values keep js_num", () => {
    expect(py.notIntegers.match(/js_num\(/g)?.length).toBe(4);
  });
});
