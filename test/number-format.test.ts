// The number-formatting helpers, one by one, against Node: js_num (any number) and
// js_inum (integral numbers, without js_num's float-digit code) against String(x),
// js_to_fixed against toFixed (from 1e21 on it is String(x), found without js_num).
// Floats reach the VM as their 8 bytes, so no float parsing stands in between.
import { describe, expect, test } from "vitest";
import { runtimeFiles } from "../compiler/runtime/helpers.js";
import { runInVm } from "../compiler/board/vm.js";

const floats = [
  0.1, 0.1 + 0.2, 1 / 3, -2.5, 2.0, -0, 1e-7, 1.5e-7, 0.000001, 123456789.125, 1e21, 1e20, 123e20, -1.2345e25,
  1.7976931348623157e308, 5e-324, 2 ** 53, 2 ** 60, -(2 ** 53), 9007199254740993, 0.5, 4.35, 1.005, 1e-6 * 3,
  NaN, Infinity, -Infinity, 5e-7, 100 / 3, 2 ** -20, -5e-324, 1e-310, 2.5e-320, 2.2250738585072e-308, 1.23456789e-315,
];
const ints = [0, 1, -1, 7, -42, 65521, 2 ** 31, -(2 ** 31), 2 ** 53, -(2 ** 53) + 1];
const integralFloats = [2.0, -0, 1e15, 2 ** 53, -(2 ** 40), 123456789, 4.0 / 2];

function floatLiteral(x: number): string {
  const bytes = Buffer.alloc(8);
  bytes.writeDoubleLE(x);
  return `_f(b"${[...bytes].map((b) => "\\x" + b.toString(16).padStart(2, "0")).join("")}")`;
}

/** Every runtime file of these helpers, one after the other. */
const runtimeText = (used: string[]) =>
  runtimeFiles(used)
    .map((f) => f.text)
    .join("\n");

async function format(helper: string, pyValues: string[], alongside: string[] = []): Promise<string[]> {
  const prog = [
    "import struct",
    `from mpts_rt import ${helper}`,
    "def _f(b):",
    "    return struct.unpack('<d', b)[0]",
    ...pyValues.map((v) => `print(${helper}(${v}))`),
  ].join("\n");
  const run = await runInVm(
    [
      { path: "prog.py", text: prog + "\n" },
      ...runtimeFiles([helper, ...alongside]),
    ],
    "prog",
  );
  expect(run.error).toBeUndefined();
  return run.stdout.split("\n").slice(0, -1);
}

describe("number formatting helpers", () => {
  test("js_num prints ints and floats as String(x) does", async () => {
    const values = [...ints.map(String), ...floats.map(floatLiteral)];
    expect(await format("js_num", values)).toEqual([...ints, ...floats].map(String));
  });
  test("js_num and js_json_num on pseudo-random doubles of every kind", async () => {
    // random bit patterns (any exponent, subnormals), readings with a few decimals,
    // sums that need 16 or 17 digits, integral floats, each also negated
    const xs: number[] = [0, 1e-7, 1e21, 0.5, NaN, Infinity];
    const b = Buffer.alloc(8);
    let seed = 11;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 400; i++) {
      b.writeUInt32LE(next() * 2, 0);
      b.writeUInt32LE(next() * 2, 4);
      const bits = b.readDoubleLE();
      if (Number.isFinite(bits)) xs.push(bits);
      xs.push(next() / 10 ** (next() % 7), (next() % 1000) * 0.1 + 0.2, next() / 7, (next() % 4096) * 2 ** 20);
    }
    const all = [...xs, ...xs.map((x) => -x)];
    const values = all.map(floatLiteral);
    expect(await format("js_num", values)).toEqual(all.map(String));
    expect(await format("js_json_num", values)).toEqual(all.map((x) => JSON.stringify(x)));
  });
  test("js_inum prints integral ints and floats as String(x) does", async () => {
    const values = [...ints.map(String), ...integralFloats.map(floatLiteral)];
    expect(await format("js_inum", values)).toEqual([...ints, ...integralFloats].map(String));
  });
  test("js_to_fixed from 1e21 on prints String(x) without js_num", async () => {
    // powers of two (where the gap below is half the gap above), powers of ten and
    // their neighbours, pseudo-random mantissas, the largest double
    const big: number[] = [1e21, -1e21, 1.5e21, 123e20, 2 ** 70, 2 ** 100, 2 ** 1023, Number.MAX_VALUE, -Number.MAX_VALUE];
    for (let p = 21; p < 300; p += 13) {
      const x = Number("1e" + p);
      const b = Buffer.alloc(8);
      b.writeDoubleLE(x);
      const bits = b.readBigUInt64LE();
      for (const d of [-1n, 1n]) {
        b.writeBigUInt64LE(bits + d);
        big.push(b.readDoubleLE());
      }
      big.push(x, -x * 3.7);
    }
    let seed = 7;
    for (let i = 0; i < 40; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      big.push((1 + seed / 2147483648) * 2 ** (70 + (seed % 900)));
    }
    for (const p of [70, 71, 100, 500, 1000]) big.push(2 ** p, 2 ** p * (1 + 2 ** -52), 2 ** p * (1 - 2 ** -53));
    const values = big.map((x) => `${floatLiteral(x)}, 2`);
    expect(await format("js_to_fixed", values)).toEqual(big.map((x) => x.toFixed(2)));
    expect(runtimeText(["js_to_fixed"])).not.toContain("_js_digits");
    // with js_num in the program, its stand-in is just another name for it
    expect(await format("js_to_fixed", values, ["js_num"])).toEqual(big.map((x) => x.toFixed(2)));
    const both = runtimeText(["js_to_fixed", "js_num"]);
    expect(both).toContain("\njs_big_str = js_num\n");
    expect(both).not.toContain("def js_big_str");
  });
  test("js_to_fixed below 1e21 on pseudo-random doubles, ints and ties, 0 to 20 digits", async () => {
    // random bit patterns, readings with a few decimals, exact binary ties (x.5, x.125),
    // values next to a decimal tie (1.005), each also negated; Python ints as well
    const b = Buffer.alloc(8);
    let seed = 5;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const xs: number[] = [0, -0, 0.5, 2.5, 0.125, 1.005, 8.345, 1.45, 2 ** 52 + 0.5, 2 ** 60, 9.999e20, 5e-324];
    for (let i = 0; i < 150; i++) {
      b.writeUInt32LE(next() * 2, 0);
      b.writeUInt32LE(next() * 2, 4);
      const r = b.readDoubleLE();
      if (Math.abs(r) < 1e21) xs.push(r);
      xs.push(next() / 10 ** (next() % 7), ((next() % 4096) * 3.3) / 4095, (next() % 100000) / 2 ** (next() % 12));
    }
    const cases = [...xs, ...xs.map((x) => -x)].map((x) => [x, next() % 21] as const);
    const ints = [0, 7, -42, 65521, -(2 ** 31), 2 ** 53].map((n) => [n, next() % 21] as const);
    const values = [...cases.map(([x, d]) => `${floatLiteral(x)}, ${d}`), ...ints.map(([n, d]) => `${n}, ${d}`)];
    expect(await format("js_to_fixed", values)).toEqual([...cases, ...ints].map(([x, d]) => x.toFixed(d)));
  });
  test("js_inum brings no float-digit code", () => {
    const small = runtimeText(["js_inum"]);
    expect(small).not.toContain("_js_digits");
    expect(small).not.toContain("import math");
    expect(small.length).toBeLessThan(400);
  });
});
