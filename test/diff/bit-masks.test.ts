// `<<`, `>>`, `>>>`, & | ^ under a non-negative mask compile to Python's plain
// operators where the mask takes at most the low 32 bits (demanded-bits.ts); everywhere
// else the result still wraps to 32 bits. Also the runtime js_shl at the edges of
// MicroPython's small-int range.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const rightShifts = {
  // bits up to the 32nd need no wrap; from the 33rd on the sign of the 32-bit value shows
  "right shifts under a mask": `
const xs = [0, 1, 0x12345, 0x7fffffff, 0x80000000, 0xdeadbeef, 0xffffffff, 2 ** 32 + 0x1234, 2 ** 40 + 0x87654321, -1, -0x80000000, -123456789, 2.75, -3.5, 1e20];
for (const x of xs) {
  console.log((x >> 16) & 0x7fff, (x >> 20) & 0xfff, (x >> 24) & 0xff, ((x ^ 0x5a5a) >> 8) & 0xffff, (x >>> 16) & 0xffff, (x >>> 24) & 0xff);
  console.log((x >> 21) & 0xfff, (x >> 31) & 3, (x >>> 28) & 0xff, ((x >> 8) >> 8) & 0xffff, ((x | 1) >> 4) & 0xfffffff);
}`,
  // an LCG's state in 0..2**32-1 is its own unsigned view; so is its state shifted down
  "an unsigned state": `
let seed = 99;
function pick(n: number): number {
  seed = (seed * 69069 + 1) % 4294967296;
  return (seed >>> 16) % n;
}
function sample(): number {
  seed = (seed * 214013 + 2531011) % 4294967296;
  return (seed >> 16) & 0x0fff;
}
const got: number[] = [];
for (let i = 0; i < 40; i++) got.push(pick(1000), sample(), seed >>> 0, seed >> 0);
console.log(got.join(" "));`,

  // a count of known width: no & 31, and a narrow value shifted by it cannot wrap
  "shift counts of known width": `
const buf = new Uint8Array(16);
const out: number[] = [];
for (let y = -3; y < 70; y += 5) {
  const i = (y & 15);
  buf[i] |= 1 << (y & 7);
  buf[(i + 1) & 15] &= ~(1 << (y & 7));
  out.push(1 << (y & 63), 3 << (y & 15), 0x7fff << (y & 31), (1 << (y & 31)) >>> 0);
}
for (let row = 0; row < 7; row++) out.push(0x49 & (1 << row), 1 << row);
console.log(out.join(" "), Array.from(buf).join(","));`,
};

diffSuite("bit masks: right shifts", rightShifts);

describe("bit masks: emitted Python", () => {
  const py = emittedPython(rightShifts);
  test("a right shift under a mask, and >>> of a value below 2**32, wrap nothing", () => {
    expect(py["an unsigned state"]).toContain("return (seed >> 16) % n");
    expect(py["an unsigned state"]).toContain("return seed >> 16 & 4095");
    // `seed >> 0` is not under a mask: its sign shows
    expect(py["an unsigned state"]).toContain("js_i32(seed) >> 0");
    expect(py["an unsigned state"]).not.toContain("4294967295");
  });
  test("a narrow value shifted by a count of known width: plain <<, stored in a byte with no mask", () => {
    const p = py["shift counts of known width"];
    expect(p).toContain("buf[i] |= 1 << (y & 7)\n");
    expect(p).toContain("73 & 1 << row, 1 << row");
    // a count that may pass 31 keeps JavaScript's five bits and the 32-bit wrap
    expect(p).toContain("js_shl(1, y & 63)");
  });
});

diffSuite("bit masks", {
  "shifts under a mask": `
const xs = [0, 1, 3, 0xff, 0x12345, 0x7fffffff, -1, -0x80000000, 2.75, -3.5, 1e20];
for (const x of xs) {
  console.log((x << 20) & 0x7fffffff, ((x << 4) ^ 0x1021) & 0xffff, (0xff & (x << 24)) | 0);
  console.log(((x << 31) | (x << 1)) & 0x7ffffffe, (((x << 9) & 0xfff0) ^ (x << 3)) & 0x3ff);
}`,

  "shift counts under a mask": `
const counts = [0, 1, 31, 32, 33, -1, -31, 4.5];
for (const n of counts) console.log((5 << n) & 0xffff, (-5 << n) & 0x7fffffff, (0x7fffffff << n) & 0x3ff);
console.log((1 << -1) & 0x7fffffff, (3 << 33) & 0xff);`,

  "a crc loop": `
function crc16(bytes: number[]): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}
console.log(crc16([1, 2, 3, 250, 0x7fff, -9]), crc16([]));`,

  "shifts that must still wrap": `
const xs = [1, 3, 0x7fffffff, -1, 0x40000000];
for (const x of xs) {
  // not a mask: >> sees the wrapped sign, a negative or >= 2**31 mask keeps the sign bit
  console.log(((x << 30) >> 30) & 0xff, (x << 31) & -1, (x << 31) & 0xffffffff, ((x << 31) + 1) & 0xff);
  let y = x;
  const low = (y <<= 31) & 0xff;
  console.log(low, y, (x << 31) ^ 0x7f, x << 30);
}`,

  "js_shl at the small-int edges": `
const xs = [0x3fffffff, 0x20000000, 0x1fffffff, -0x20000000, -0x20000001, 0x40000000, -0x40000000, -0x40000001, 0x7fffffff, -0x80000000];
for (const x of xs) console.log(x << 0, x << 1, x << 2, x << 31);
const big = 1e20, neg = -1e20;
console.log(big << 0, big << 3, neg << 1, 4294967297 << 0, 2147483648 << 0);`,
});
