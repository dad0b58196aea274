// The number-formatting helpers, one by one, against Node's String(x): js_num (any
// number) and js_inum (integral numbers, without js_num's float-digit code).
// Floats reach the VM as their 8 bytes, so no float parsing stands in between.
import { describe, expect, test } from "vitest";
import { runtimeSource } from "../compiler/runtime/helpers.js";
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

async function format(helper: string, pyValues: string[]): Promise<string[]> {
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
      { path: "mpts_rt.py", text: runtimeSource([helper]) },
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
  test("js_inum prints integral ints and floats as String(x) does", async () => {
    const values = [...ints.map(String), ...integralFloats.map(floatLiteral)];
    expect(await format("js_inum", values)).toEqual([...ints, ...integralFloats].map(String));
  });
  test("js_inum brings no float-digit code", () => {
    const small = runtimeSource(["js_inum"]);
    expect(small).not.toContain("_js_digits");
    expect(small).not.toContain("import math");
    expect(small.length).toBeLessThan(400);
  });
});
