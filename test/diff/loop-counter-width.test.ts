// A for loop's counter stepped only by its incrementor is never wider than its start
// or its limit plus the step (numeric-scan.ts counterBound): `i << 24` of such a
// counter needs no 32-bit wrapping, and `i / 10` prints with "%.15g". Node's output is
// the judge, also where a write elsewhere (the body, the condition, a closure) lets the
// counter escape its limit and JavaScript's 32-bit shift wraps.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

diffSuite("loop counter width", {
  "bounded counters shifted and divided": `
const out: number[] = [];
for (let i = 0; i < 100; i++) out.push(i << 24);
for (let i = 127; i >= 0; i -= 3) out.push(i << 24);
for (let i = 0; i <= 127; i += 5) out.push((i << 24) | i);
for (let i = 200; i > -120; i--) out.push(i << 23);
console.log(out.join(","));
let t = "";
for (let i = 0; i < 50; i++) t += \`\${i / 10} \`;
console.log(t);`,

  "a write in the body lets the counter past its limit": `
const out: number[] = [];
for (let i = 0; i < 10; i++) {
  if (i === 5) i += 100;
  out.push(i << 25);
}
console.log(out.join(","));`,

  "a write in the condition": `
const out: number[] = [];
for (let i = 0; i++ < 10; ) out.push(i << 28);
for (let i = 0; (i += 50) < 300; i++) out.push(i << 23);
console.log(out.join(","));`,

  "a limit that grows, and a counter compared with another name": `
const out: number[] = [];
let limit = 4;
for (let i = 0; i < limit; i++) {
  if (limit < 300) limit *= 2;
  out.push(i << 23);
}
let j = 0;
for (let i = 0; j < 10; i++) {
  j++;
  out.push(i << 28);
}
console.log(out.join(","));`,
});

describe("loop counter width: emitted Python", () => {
  const py = emittedPython({
    shift: `
for (let i = 0; i < 100; i++) console.log(i << 24);`,
    escaped: `
for (let i = 0; i < 100; i++) { if (i > 50) i = i * 1000; console.log(i << 24); }`,
  });

  test("a bounded counter shifts without wrapping", () => {
    expect(py.shift).toContain("print(i << 24)");
  });

  test("a counter written in the body keeps the 32-bit wrap", () => {
    expect(py.escaped).not.toContain("print(i << 24)");
  });
});
