// The differential test helper: each snippet is compiled by mpts (all snippets of
// one area in one program, as separate modules), run in Node and in the
// MicroPython VM, and both must print the same, non-empty output.
import { beforeAll, describe, expect, test } from "vitest";
import * as path from "node:path";
import { runInNode } from "./node-run.js";
import { compileSnippets, runCompiled, type CompiledSnippets } from "./snippets.js";

export { compileSnippets, type CompiledSnippets } from "./snippets.js";

/**
 * Snippets whose emitted Python a test reads: compiled together before the
 * tests (each checked against Node as checkCase does), the returned record
 * filled with each snippet's Python by name.
 */
export function emittedPython<K extends string>(cases: Record<K, string>): Record<K, string> {
  const py = {} as Record<K, string>;
  beforeAll(async () => {
    const compiled = compileSnippets(cases);
    const names = Object.keys(cases) as K[];
    for (const [i, name] of names.entries()) py[name] = await checkCase(compiled, i, cases[name]);
  }, 120_000);
  return py;
}

/** Module-level Python as it reads in the function a top-level loop runs in (compiler/python/main-function.ts). */
export const inMain = (text: string): string => text.replace(/^(?=.)/gm, "    ");

/** A Python text's lines without their indentation. */
export const pythonLines = (text: string): string[] => text.split("\n").map((l) => l.trim());

/** Compile, run in both, compare. Returns the Python for inspection. */
export async function checkCase(compiled: CompiledSnippets, index: number, source: string): Promise<string> {
  const file = path.join(compiled.dir, `case_${index}.ts`);
  expect(compiled.tsErrors.get(file) ?? [], "the snippet must type-check").toEqual([]);
  const out = compiled.outputs.get(file)!;
  expect(
    out.diagnostics.map((d) => `${d.line}:${d.column} MPTS${d.code} ${d.message}`),
    "mpts must compile the snippet",
  ).toEqual([]);
  const node = await runInNode(source);
  expect(node.error, "the snippet must run in Node").toBeUndefined();
  expect(node.stdout.length, "the snippet must print something").toBeGreaterThan(0);
  const mp = await runCompiled(out);
  expect(mp.error, "MicroPython raised:\n" + out.python).toBeUndefined();
  expect(mp.stdout, "MicroPython printed something else; the Python was:\n" + out.python).toBe(node.stdout);
  return out.python!;
}

/** One `describe` per area; one test per snippet. */
/** `options`: extra compiler options, as for compileSnippets (a wider lib: ["ES2022", "ES2023.Array"]). */
export function diffSuite(area: string, cases: Record<string, string>, options: Record<string, unknown> = {}): void {
  describe(area, () => {
    let compiled: CompiledSnippets;
    beforeAll(() => {
      compiled = compileSnippets(cases, options);
    });
    Object.entries(cases).forEach(([name, source], i) => {
      test(name, async () => {
        await checkCase(compiled, i, source);
      });
    });
  });
}
