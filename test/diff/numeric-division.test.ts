// Math.floor/ceil/trunc/round of a quotient of integers (compiler/builtins/math.ts):
// Python's exact `a // b` (ceil: `-(-a // b)`) instead of a float quotient
// rounded; trunc as floor where the quotient cannot be negative, sign-symmetric
// by a positive divisor, else the float path; round only by a positive constant
// (`(2a + c) // 2c`). Node and MicroPython must print the same for negative
// dividends and divisors, fractions, and integers near 2**53.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const cases = {
  "floor, ceil and trunc of integer quotients of every sign": `
const out: string[] = [];
for (let a = -9; a <= 9; a += 2)
  for (const b of [1, 2, 3, 7, -2, -5]) {
    out.push(\`\${Math.floor(a / b)},\${Math.ceil(a / b)},\${Math.trunc(a / b)},\${Math.round(a / b)}\`);
  }
console.log(out.join(" "));
let n = 0;
for (let i = 0; i < 100; i++) n += Math.floor(i / 7) + Math.trunc(i / 3) + Math.ceil(i / 4);
console.log(n, \`\${n}\`, Math.floor(n / 10) % 7);
const r: string[] = [];
for (let a = -11; a <= 11; a++)
  r.push(\`\${Math.round(a / 2)}:\${Math.round(a / 4)}:\${Math.round(a / 3)}:\${Math.round(a / -2)}:\${Math.trunc(a / 3)}:\${Math.trunc((a - 1) / 4) % 3}\`);
console.log(r.join(" "));`,

  "fractions and integers near 2**53 keep JavaScript's results": `
const xs = [7.5, -7.5, 0.25, 2 ** 52 + 1, 2 ** 53 - 1, -(2 ** 52) - 3];
const out: string[] = [];
for (const x of xs) out.push(\`\${Math.floor(x / 2)} \${Math.ceil(x / 3)} \${Math.trunc(x / 4)}\`);
const big = 2 ** 52 + 7;
out.push(String(Math.floor(big / 3)), String(Math.ceil(big / 5)), String(Math.trunc(big / 9)));
let f = 10;
f = f / 4;
out.push(String(Math.floor(f / 1)), String(Math.floor(9 / f)));
console.log(out.join("|"));`,
};

diffSuite("integer division from the numeric analysis", cases);

const emitted = {
  quotients: `
function parts(i: number, d: number): string {
  return \`\${Math.floor(i / 40)} \${Math.ceil(i / 40)} \${Math.trunc(i / 40)} \${Math.trunc(d / 40)} \${Math.trunc(i / d)} \${Math.floor(i / d)}\`;
}
for (let i = 0; i < 90; i += 30) console.log(parts(i, i - 45));
let x = 9;
x = x / 2;
console.log(Math.floor(x / 2), Math.floor(7 / 2));
for (let i = -3; i < 3; i++) console.log(\`\${Math.round(i / 4)} \${Math.round(i / -4)}\`);`,
};

describe("integer division: emitted Python", () => {
  const py = emittedPython(emitted);

  test("integer quotients: //, ceil negated, trunc by a positive divisor sign-symmetric", () => {
    expect(py.quotients).toContain('"%d %d %d %d %d %d" % (i // 40, -(-i // 40), i // 40, d // 40 if d >= 0 else -(-d // 40), math.trunc(i / d), i // d)');
    // x may be a fraction: the float path stays (int(), x being never negative: math.ts)
    expect(py.quotients).toContain("print(int(x / 2), 7 // 2)");
    // round of a quotient by a positive constant: on integers; by a negative one, the float path
    expect(py.quotients).toContain('"%d %d" % ((i * 2 + 4) // 8, math.floor(i / -4 + 0.5))');
  });
});
