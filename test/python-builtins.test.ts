// Python-only values (bytearray, len) cannot run in Node: the expected results
// are computed here in plain JavaScript, and the MicroPython run must match them.
import { expect, test } from "vitest";
import { checkSnippets } from "./helpers/typings.js";
import { runInVm } from "../compiler/board/vm.js";
import { inMain } from "./helpers/diff.js";

test("a checksum loop over a bytearray iterates its bytes and computes the right sum", async () => {
  const source = `
const buf = bytearray(300);
for (let i = 0; i < len(buf); i++) buf[i] = (i * 7) & 0xff;
let sum = 0;
for (let i = 0; i < len(buf); i++) sum = (sum + buf[i]) & 0xffff;
print(sum, buf[299]);
`;
  const r = checkSnippets({ source }).get("source")!;
  expect(r.errors).toEqual([]);
  // the filling loop stores by index; the summing loop only reads each byte
  expect(r.python).toContain(inMain("for i in range(len(buf)):\n    buf[i] = i * 7 & 255\n"));
  expect(r.python).toContain(inMain("for item in buf:\n    sum_ = sum_ + item & 65535\n"));
  let sum = 0;
  const bytes = Array.from({ length: 300 }, (_, i) => (i * 7) & 0xff);
  for (const v of bytes) sum = (sum + v) & 0xffff;
  const run = await runInVm([{ path: "s0.py", text: r.python! }], "s0");
  expect(run.error).toBeUndefined();
  expect(run.stdout).toBe(`${sum} ${bytes[299]}\n`);
});

test("a loop over an array.array's numbers by len() iterates them", async () => {
  const source = `import { array } from "array";
const samples = array("h", [3, -4, 500, -600, 7]);
let peak = 0;
for (let i = 0; i < len(samples); i++) if (Math.abs(samples[i]) > peak) peak = Math.abs(samples[i]);
print(peak);`;
  const r = checkSnippets({ source }).get("source")!;
  expect(r.errors).toEqual([]);
  expect(r.python).toContain(inMain("for sample in samples:\n    if abs(sample) > peak:\n        peak = abs(sample)\n"));
  const run = await runInVm([{ path: "s0.py", text: r.python! }], "s0");
  expect(run.error).toBeUndefined();
  expect(run.stdout).toBe(`${Math.max(...[3, -4, 500, -600, 7].map(Math.abs))}\n`);
});
