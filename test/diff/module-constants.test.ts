// Module-level integer constants as MicroPython const() (compiler/transform/
// module-constants.ts): programs that read them from functions defined earlier,
// from loops and from other modules print what Node prints; names used for
// anything else in the module stay plain globals (MicroPython would substitute
// the number into a parameter or local of the same name).
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

diffSuite("module integer constants", {
  "read by a function declared before them, in a loop, negative and hex": `
function scale(x: number): number { return (x * FACTOR + OFFSET) & MASK; }
const FACTOR = 3, OFFSET = -7;
const MASK = 0xff;
const MODULUS = 251;
let acc = 0;
for (let i = 0; i < 100; i++) acc = (acc + scale(i)) % MODULUS;
console.log(acc, FACTOR, OFFSET, MASK, MODULUS);`,

  "a parameter, a local and a property with a constant's name": `
const LIMIT = 10;
const STEP = 2;
const COUNT = 4;
function clamp(LIMIT: number): number { return Math.min(LIMIT, 5); }
function twice(): number { const STEP = 3; return STEP * 2; }
const cfg = { COUNT: 9 };
class Box { static LIMIT = 1; }
console.log(clamp(LIMIT), twice(), STEP, cfg.COUNT, COUNT, Box.LIMIT);`,

  "floats, large integers and computed values stay ordinary": `
const VREF = 3.3;
const BIG = 2 ** 40;
const HUGE = 4294967296;
const DERIVED = VREF * 2;
function f(): number { return VREF + BIG + HUGE + DERIVED; }
console.log(f());`,

  "constants worked out from earlier ones, Math and operators": `
const WINDOW = 5;
const HALF = Math.floor(WINDOW / 2);
const PERIOD_MS = 60 * 1000;
const MASK = (1 << 6) - 1;
const EDGE = -Math.ceil(WINDOW / 3) + Math.max(2, 7 % 4) ** 2;
function window(xs: number[], i: number): number[] {
  return xs.slice(i - HALF, i + HALF + 1);
}
let t = 0;
for (let i = 0; i < 4; i++) t += (PERIOD_MS >> i) & MASK;
console.log(window([1, 2, 3, 4, 5, 6, 7], 3).join(","), t, EDGE, WINDOW);`,
});

const emitted = {
  derived: `
const WINDOW = 5;
const HALF = Math.floor(WINDOW / 2);
const PERIOD_MS = 60 * 1000;
function span(i: number): number[] {
  return [i - HALF, i + HALF, PERIOD_MS];
}
console.log(span(3).join(","), WINDOW);`,
  hoisted: `
function adler(data: number[]): number {
  let a = 1;
  for (const x of data) a = (a + x) % MOD;
  return a;
}
const MOD = 65521;
console.log(adler([1, 2, 3]));`,
  shadowed: `
const PIN = 2;
function blink(PIN: number): number { return PIN + 1; }
console.log(blink(PIN));`,
  topLevel: `
const PORT = 10000;
console.log("port", PORT);`,
  float: `
const VREF = 3.3;
function volts(raw: number): number { return (raw * VREF) / 4095; }
console.log(volts(100) > 0);`,
};

describe("module integer constants: emitted Python", () => {
  const py = emittedPython(emitted);

  test("const() before the function that reads it", () => {
    expect(py.hoisted.indexOf("MOD = const(65521)\n")).toBeGreaterThanOrEqual(0);
    expect(py.hoisted.indexOf("MOD = const(65521)")).toBeLessThan(py.hoisted.indexOf("def adler("));
  });

  test("a constant worked out from literals and earlier constants is a const() of its value", () => {
    expect(py.derived).toContain("HALF = const(2)\nPERIOD_MS = const(60000)\n");
    expect(py.derived).toContain("WINDOW = 5\n");
  });

  test("a name also used as a parameter stays a plain global", () => {
    expect(py.shadowed).toContain("PIN = 2\n");
    expect(py.shadowed).not.toContain("const(");
  });

  test("a constant read once, at the top level, stays plain Python 3", () => {
    expect(py.topLevel).toContain("PORT = 10000\n");
    expect(py.topLevel).not.toContain("const(");
  });

  test("a float is no const()", () => {
    expect(py.float).toContain("VREF = 3.3\n");
    expect(py.float).not.toContain("const(");
  });
});
