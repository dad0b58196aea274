// `for (const [k, v] of ...)` unpacks in the for target when every item is a tuple of
// exactly that length (Map entries, entries(), Object.entries, a [string, number][]);
// items that may be shorter or longer (number[][]) are bound one by one, as JavaScript
// reads undefined past the end and ignores the rest, where Python's unpacking raises.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const programs = {
  tuples: `
const m = new Map<string, number>([["a", 1], ["b", 2]]);
const out: string[] = [];
for (const [k, v] of m) out.push(\`\${k}=\${v}\`);
for (const [k, v] of m.entries()) out.push(\`\${k}:\${v}\`);
for (const [k, v] of Object.entries({ x: 3, y: 4 })) out.push(\`\${k}\${v}\`);
const pairs: [string, number][] = [["p", 5]];
for (const [name, n] of pairs) out.push(name + n);
const rows: number[][] = [[1, 2], [4, 5, 6]];
for (const [a, b] of rows) out.push(\`\${a}/\${b}\`);
console.log(out.join(" "));`,
};

diffSuite("for...of with an array pattern", { "tuples of fixed length, and rows of any length": programs.tuples });

describe("for...of with an array pattern: emitted Python", () => {
  const py = emittedPython(programs);

  test("fixed-length tuples unpack in the for target; rows of any length are bound one by one", () => {
    expect(py.tuples).toContain("for k, v in m.items():");
    expect(py.tuples).toContain("for name, n in pairs:");
    expect(py.tuples).toMatch(/for _item\d* in rows:/);
  });
});
