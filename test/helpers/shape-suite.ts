// Differential snippets that also pin the shape of the emitted Python: each one
// runs in Node and in MicroPython (same output), then its Python must contain
// some lines and lack some text.
import { beforeAll, describe, expect, test } from "vitest";
import { checkCase, compileSnippets, type CompiledSnippets } from "./diff.js";

export interface ShapeCase {
  source: string;
  /** text the Python must contain (whole lines, with their indentation) */
  has: string[];
  /** text the Python must not contain */
  lacks?: string[];
}

export function shapeSuite(title: string, cases: Record<string, ShapeCase>): void {
  describe(title, () => {
    let compiled: CompiledSnippets;
    beforeAll(() => {
      compiled = compileSnippets(Object.fromEntries(Object.entries(cases).map(([k, c]) => [k, c.source])));
    });
    Object.entries(cases).forEach(([name, c], i) => {
      test(name, async () => {
        const python = await checkCase(compiled, i, c.source);
        for (const line of c.has) expect(python).toContain(line);
        for (const text of c.lacks ?? []) expect(python).not.toContain(text);
      });
    });
  });
}
