// The byte-array rule (compiler/transform/byte-arrays.ts) across modules: a
// module's exported function is followed into the files that import it, and a
// function named through a namespace import and handed on as a value keeps lists
// (run in the MicroPython VM).
import { describe, expect, test } from "vitest";
import * as fs from "node:fs";
import { compile } from "../compiler/program.js";
import { runInVm } from "../compiler/board/vm.js";
import { project } from "./helpers/standin.js";

async function buildAndRun(files: Record<string, string>): Promise<{ py: Map<string, string>; out: string }> {
  const dir = project(Object.fromEntries(Object.entries(files).map(([name, text]) => ["src/" + name, text])));
  const result = compile(dir);
  fs.rmSync(dir, { recursive: true, force: true });
  expect(result.diagnostics).toEqual([]);
  const py = new Map(result.files.filter((f) => f.path.endsWith(".py")).map((f) => [f.path, f.text]));
  const r = await runInVm(
    [...py].map(([p, text]) => ({ path: p, text })),
    "main",
  );
  expect(r.error).toBeUndefined();
  return { py, out: r.stdout };
}

const frames = `export function toBytes(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff);
  return out;
}
export function sum(bytes: number[]): number {
  let s = 0;
  for (const b of bytes) s += b;
  return s;
}
`;

describe("byte arrays across modules", () => {
  test("an imported module's exported function makes a bytearray its importer passes on", async () => {
    const { py, out } = await buildAndRun({
      "frames.ts": frames,
      "main.ts": `import { toBytes, sum } from "./frames";\nconsole.log(sum(toBytes("AB")), toBytes("xyz").length);\n`,
    });
    expect(py.get("frames.py")).toContain("    out = bytearray()\n");
    expect(out).toBe("131 3\n");
  });

  test("the function handed on as a value through a namespace import keeps the list", async () => {
    const { py, out } = await buildAndRun({
      "frames.ts": frames,
      "main.ts": `import * as f from "./frames";\nconsole.log(JSON.stringify(["ab", "c"].map(f.toBytes)), f.sum(f.toBytes("A")));\n`,
    });
    expect(py.get("frames.py")).not.toContain("bytearray");
    expect(out).toBe("[[97,98],[99]] 65\n");
  });
});
