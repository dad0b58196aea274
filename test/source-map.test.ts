// compiler/source-map.ts writes a file's source map itself: the text must be the
// one the source-map package's SourceMapGenerator wrote before it (an exact
// literal for a small map; the generator's own text for random ones, out of
// order and with repeats included).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SourceMapGenerator } from "source-map";
import { sourceMapText } from "../compiler/source-map.js";
import type { Mapping } from "../compiler/python/printer.js";

function generator(file: string, source: string, mappings: Mapping[]): string {
  const map = new SourceMapGenerator({ file });
  for (const m of mappings) {
    map.addMapping({
      generated: { line: m.generatedLine, column: m.generatedColumn },
      original: { line: m.sourceLine + 1, column: m.sourceColumn },
      source,
    });
  }
  return map.toString();
}

const at = (generatedLine: number, generatedColumn: number, sourceLine: number, sourceColumn: number): Mapping => ({
  generatedLine,
  generatedColumn,
  sourceLine,
  sourceColumn,
});

describe("source maps", () => {
  it("keeps mappings at one generated position in the order made, whatever their original positions", () => {
    // the printer marks an expression, then a part of it that comes earlier in the TypeScript
    expect(sourceMapText("a.py", "a.ts", [at(1, 4, 2, 9), at(1, 4, 1, 3)])).toBe(
      '{"version":3,"sources":["a.ts"],"names":[],"mappings":"IAES,AADN","file":"a.py"}',
    );
  });

  it("encodes lines, columns and differences as base 64 VLQs", () => {
    const mappings = [at(1, 0, 0, 0), at(1, 4, 0, 6), at(1, 4, 0, 6), at(3, 8, 2, 2), at(3, 40, 1, 50)];
    expect(sourceMapText("main.py", "../src/main.ts", mappings)).toBe(
      '{"version":3,"sources":["../src/main.ts"],"names":[],"mappings":"AAAA,IAAM;;QAEJ,gCADgD","file":"main.py"}',
    );
    expect(sourceMapText("empty.py", "empty.ts", [])).toBe('{"version":3,"sources":[],"names":[],"mappings":"","file":"empty.py"}');
  });

  it("writes the text SourceMapGenerator wrote, for any mappings", () => {
    const mapping = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 12 }), fc.nat(30), fc.oneof(fc.nat(8), fc.nat(3000)))
      .map(([l, c, sl, sc]) => at(l, c, sl, sc));
    const ordered = (ms: Mapping[]) =>
      [...ms].sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
    fc.assert(
      fc.property(fc.array(mapping, { maxLength: 60 }), fc.boolean(), (ms, inOrder) => {
        const mappings = inOrder ? ordered(ms) : ms;
        expect(sourceMapText("a.py", "src/a.ts", mappings)).toBe(generator("a.py", "src/a.ts", mappings));
      }),
      { numRuns: 500 },
    );
  });

  it("refuses a mapping the generator refused", () => {
    expect(() => sourceMapText("a.py", "a.ts", [at(0, 0, 0, 0)])).toThrow(/Invalid mapping/);
    expect(() => sourceMapText("a.py", "a.ts", [at(1, -1, 0, 0)])).toThrow(/Invalid mapping/);
  });
});
