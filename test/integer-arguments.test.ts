// MPTS1049: `/` straight into bytearray(), bytes() or range() is a float in Python, which they
// refuse with TypeError on the board (the common `bytearray(WIDTH * HEIGHT / 8)` of a display
// buffer); the diagnostic is at the division, and a program's own function of that name is free.
import { expect, test } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compile } from "../compiler/program.js";
import { Codes } from "../compiler/diagnostics.js";
import { runInVm } from "../compiler/board/vm.js";

function build(source: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-intargs-"));
  const file = path.join(dir, "main.ts");
  fs.writeFileSync(file, source);
  return compile(file);
}

test("bytearray, bytes and range given a `/` are MPTS1049 at the division", () => {
  const r = build(
    [
      "const W = 128;",
      "const buf = bytearray((W * 64) / 8);",
      "const zeros = bytes(W / 2);",
      "for (const i of range(0, W / 2)) print(i);",
      "print(buf, zeros);",
    ].join("\n"),
  );
  expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
    [Codes.floatCount, 2, 23],
    [Codes.floatCount, 3, 21],
    [Codes.floatCount, 4, 26],
  ]);
  expect(r.diagnostics[0].message).toBe(
    "bytearray() needs an integer, but `/` gives a float in Python (`(W * 64) / 8` is never an int, even when it divides exactly), so the board raises TypeError; write Math.floor((W * 64) / 8) or the integer itself",
  );
});

test("what the diagnostic says to write runs; a program's own range() is left alone", async () => {
  const r = build(
    [
      "const buf = bytearray(Math.floor((128 * 64) / 8));",
      "function range(n: number): number[] {",
      "  return [n];",
      "}",
      "print(len(buf), range(10 / 4)[0]);",
    ].join("\n"),
  );
  expect(r.diagnostics).toEqual([]);
  const run = await runInVm(r.files.filter((f) => f.path.endsWith(".py")), "main");
  expect(run).toEqual({ stdout: "1024 2.5\n" });
  // and what the board does with the float, as the diagnostic says
  const board = await runInVm([{ path: "f.py", text: "bytearray(128 * 64 / 8)\n" }], "f");
  expect(board.error).toMatch(/TypeError/);
});
