// A bit reader's accumulator and counter: `acc = (acc << 6) | v; bits += 6; if (bits >= 8)
// { bits -= 8; out(acc >> bits & 0xff) }`. The counter's range at each read (intervals.ts)
// bounds the shift, so the accumulator's readers see a few low bits (demanded-bits.ts
// variableDemand) and each store masks it to them: a small int, where Python's would grow
// without end and JavaScript's wraps at 32 bits. Counters whose range the control flow
// widens, and accumulators read whole, keep the general code; every program runs in Node
// and the VM with shift counts and indices that reach past the ranges a wrong analysis would assume.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const programs = {
  base32: `
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
function base32(text: string): number[] {
  const out: number[] = [];
  let acc = 0;
  let have = 0;
  for (const ch of text) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) continue;
    acc = (acc << 5) | v;
    have += 5;
    if (have >= 8) {
      have -= 8;
      out.push((acc >> have) & 0xff);
    }
  }
  return out;
}
console.log(base32("JBSWY3DPEHPK3PXP").join(","), base32("MZXW6YTBOI").join(","), base32("77777777").join(","));`,

  varint: `
function sevenBit(bytes: number[]): number[] {
  const out: number[] = [];
  let acc = 0;
  let n = 0;
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    n += 8;
    while (n >= 7) {
      n -= 7;
      out.push((acc >>> n) & 0x7f);
    }
  }
  return out;
}
const data: number[] = [];
for (let i = 0; i < 40; i++) data.push((i * 97 + 13) & 0xff);
console.log(sevenBit(data).join(" "));`,

  // acc's readers see all 32 bits (24 + 8): no mask, the 32-bit wrap stays
  wide: `
let acc = 0;
let top = 0;
for (let i = 0; i < 30; i++) {
  acc = (acc << 7) | (i * 37 & 0x7f);
  top ^= (acc >> 24) & 0xff;
}
console.log(top, acc);`,

  // the counter goes past 31 on a path the loop's ranges must follow (continue before the subtraction)
  ranges: `
let value = 0;
let k = 0;
const seen: number[] = [];
for (let i = 0; i < 40; i++) {
  value = (value << 3) | (i & 7);
  k += 9;
  if (i % 5 === 0) continue;
  if (k >= 30) k -= 30;
  seen.push((value >> k) & 0xf, 1 << k);
}
let j = 0;
const got: number[] = [];
do {
  j += 3;
  if (j > 6) j -= 8;
  // -1 here is a count of 31
  got.push(1 << j, (0x5a5a5a5a >> (j + 26)) & 0xff);
} while (got.length < 24);
let s = 0;
switch (seen.length % 3) {
  case 0:
    s = 33;
    break;
  case 1:
    s = 2;
  default:
    s += 1;
}
console.log(seen.join(","), got.join(","), 1 << s, (0x12345678 >> s) & 0xff);`,

  // a counter read in a closure, or written by a form it does not count, is left as it is
  given: `
let shift = 0;
const read = () => shift;
let bits = 0;
const w: number[] = [];
for (let i = 0; i < 12; i++) {
  shift += 5;
  if (shift >= 8) shift -= 8;
  bits = bits + i * 3;
  w.push((0x7fffffff >> read()) & 0xff, (0x7fffffff >> bits) & 0xff);
}
// a compound assignment reads the accumulator too: >>= 2 sees two more bits than & 15 does
let acc = 0;
for (let i = 0; i < 12; i++) {
  acc = (acc << 4) | (i & 15);
  acc >>= 2;
  w.push(acc & 15);
}
console.log(w.join(","));`,

  // reads the checker resolves to something else: { acc } (a property) and export { acc } (an alias)
  aliased: `
let acc = 0;
for (let i = 0; i < 10; i++) acc = (acc << 3) | (i & 7);
export { acc };
let low = 0;
for (let i = 0; i < 10; i++) low = (low << 3) | (i & 7);
const held = { low };
let mode = 0;
export { mode as currentMode };
mode = 1 << 2;
console.log(JSON.stringify({ acc }), held.low & 0xff, mode);`,
};

diffSuite("bit readers", {
  "a base32 decoder's accumulator and counter": programs.base32,
  "seven-bit groups of bytes, while the counter holds 7": programs.varint,
  "an accumulator whose readers see 32 bits": programs.wide,
  "counters through continue, do-while and switch": programs.ranges,
  "counters read in a closure or written otherwise": programs.given,
  "accumulators read through a shorthand property or an export": programs.aliased,
});

describe("bit readers: emitted Python", () => {
  const py = emittedPython(programs);

  test("the accumulator is masked to the bits its readers see, the shift count needs no & 31", () => {
    // (acc >> have) & 0xff with have in 0..4: 8 + 7 bits (a count below 8)
    expect(py.base32).toContain("acc = (acc << 5 | v) & 32767");
    expect(py.base32).toContain("acc >> have & 255");
    // n in 0..6 where it is read: 7 + 7 bits
    expect(py.varint).toContain("acc = (acc << 8 | byte) & 16383");
    expect(py.varint).toContain("acc >> n & 127");
    expect(py.base32 + py.varint).not.toContain("js_shl");
  });

  test("readers that see 32 bits, or a count of no known range, keep the wrapping code", () => {
    expect(py.wide).toContain("js_");
    expect(py.wide).not.toContain("& 2147483647");
    // k passes 31 on the path that skips its subtraction; j reaches -1; s is 33 in one case
    expect(py.ranges).toContain("value >> (k & 31) & 15");
    expect(py.ranges).toContain("js_shl(1, j)");
    expect(py.ranges).toContain("js_shl(1, s)");
    expect(py.given).toContain("read() & 31");
    // found as reads, they see every bit: no mask
    expect(py.aliased).toContain("acc = js_shl(acc, 3) | i & 7");
    expect(py.aliased).toContain("low = js_shl(low, 3) | i & 7");
    expect(py.aliased).toContain("mode = 1 << 2");
    expect(py.given).toContain("bits & 31");
  });
});
