// s.replace(/X+$/, ""), /^X+/, /^X+|X+$/g and \s+ runs with an empty replacement are
// rstrip / lstrip / strip of X's characters (compiler/builtins/regex-strip.ts); other
// flags, a replacement, a both-ends regex without g, or a pattern of another shape keep
// the regex. Each program runs in Node and the VM.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const programs = {
  strips: `
const texts = ["TWE=", "TQ==", "abc", "===", "", "a==b==", "a==\\n==", "000120", "__a_b__", "  pad me  ", "x]]", "1.50.."];
for (const t of texts) {
  console.log(JSON.stringify([t.replace(/=+$/, ""), t.replace(/^0+/, ""), t.replace(/^_+|_+$/g, ""), t.replace(/\\s+$/, ""),
    t.replace(/^\\s+|\\s+$/g, ""), t.replace(/[\\]]+$/, ""), t.replaceAll(/[.0]+$/g, ""), t.replace(/ +$/, "")]));
}`,

  kept: `
const texts = ["__a_b__", "a==\\n==\\n", "AaA", "x=="];
for (const t of texts) {
  console.log(JSON.stringify([t.replace(/^_+|_+$/, ""), t.replace(/a+$/i, ""), t.replace(/=+$/, "-"), t.replace(/=*$/, "")]));
}`,
};

diffSuite("runs taken off an end", {
  "one end, both ends, a class, whitespace": programs.strips,
  "a both-ends regex without g, the i flag, a replacement, *": programs.kept,
});

describe("runs taken off an end: emitted Python", () => {
  const py = emittedPython(programs);

  test("strip calls, no regex", () => {
    for (const call of [
      't.rstrip("=")',
      't.lstrip("0")',
      't.strip("_")',
      "t.rstrip()",
      "t.strip()",
      't.rstrip("]")',
      't.rstrip(".0")',
      't.rstrip(" ")',
    ])
      expect(py.strips).toContain(call);
    expect(py.strips).not.toContain("js_re");
  });

  test("the other shapes and flags keep the regex", () => {
    expect(py.kept).not.toMatch(/strip\(/);
  });
});
