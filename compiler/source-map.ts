// A file's source map (version 3) as text: one source, no names, from the
// printer's mappings. Written here rather than with the source-map package's
// SourceMapGenerator, which validated and copied every mapping into objects of
// its own (~30 ms of a 52-file build's main thread); the text is the same as
// the generator's: mappings in the order made (sorted if a generated position goes back),
// an exact repeat of the previous mapping left out, the same JSON fields.
import type { Mapping } from "./python/printer.js";

const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** A base 64 VLQ: the sign in the lowest bit, 5 bits a digit, the 6th bit set when more digits follow. */
function vlq(value: number): string {
  let rest = value < 0 ? (-value << 1) + 1 : value << 1;
  let out = "";
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += digits[digit];
  } while (rest > 0);
  return out;
}

/** generated line and column, then original line and column */
function compare(a: Mapping, b: Mapping): number {
  return (
    a.generatedLine - b.generatedLine ||
    a.generatedColumn - b.generatedColumn ||
    a.sourceLine - b.sourceLine ||
    a.sourceColumn - b.sourceColumn
  );
}

/** `file`'s source map, mapping into `source` (a path relative to the map). */
export function sourceMapText(file: string, source: string, mappings: readonly Mapping[]): string {
  for (const m of mappings) {
    // what SourceMapGenerator refused: a bug in the printer, not in the user's program
    if (!(m.generatedLine > 0 && m.generatedColumn >= 0 && m.sourceLine >= 0 && m.sourceColumn >= 0)) {
      throw new Error(`Invalid mapping: ${JSON.stringify(m)}`);
    }
  }
  // as the generator: in order while each mapping's generated position is at or after the last one's
  // (whatever their original positions); else all sorted by the full comparison
  let sorted = mappings;
  for (let i = 1; i < mappings.length; i++) {
    const [a, b] = [mappings[i - 1], mappings[i]];
    const after = b.generatedLine > a.generatedLine || (b.generatedLine === a.generatedLine && b.generatedColumn >= a.generatedColumn);
    if (!after && compare(a, b) > 0) {
      sorted = [...mappings].sort(compare);
      break;
    }
  }
  let text = "";
  let line = 1;
  let column = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i];
    if (m.generatedLine !== line) {
      column = 0;
      text += ";".repeat(m.generatedLine - line);
      line = m.generatedLine;
    } else if (i > 0) {
      if (compare(m, sorted[i - 1]) === 0) continue;
      text += ",";
    }
    // the source's index is always 0: its difference from the previous one too
    text += vlq(m.generatedColumn - column) + "A" + vlq(m.sourceLine - sourceLine) + vlq(m.sourceColumn - sourceColumn);
    column = m.generatedColumn;
    sourceLine = m.sourceLine;
    sourceColumn = m.sourceColumn;
  }
  return JSON.stringify({ version: 3, sources: mappings.length ? [source] : [], names: [], mappings: text, file });
}
