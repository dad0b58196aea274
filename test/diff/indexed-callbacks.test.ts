// Expression callbacks taking (item, index) walk the indices and read the item as xs[i]
// (compiler/builtins/callbacks.ts indexedParts): no (index, item) tuple per item as
// enumerate() makes. Only over an array or a Uint8Array the walk leaves alone, with a body
// that changes nothing and holds no function of its own; otherwise enumerate() stays.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const programs = {
  indexed: `
const xs = [3, 1, 4, 1, 5, 9, 2, 6];
const bytes = new Uint8Array([7, 0, 2, 3, 9]);
const same = new Uint8Array([7, 0, 2, 3, 9]);
console.log(xs.map((x, i) => x * i), xs.filter((x, i) => x > i), xs.find((x, i) => x + i > 8), xs.findIndex((x, i) => x === i + 2));
console.log(xs.some((x, i) => x < i), xs.every((x, i) => x >= 0 && i < 8), bytes.some((b, k) => b !== same[k]), Array.from(bytes.map((b, k) => b ^ k)));
const words = ["zero", "one", "two"];
console.log(words.map((w, i) => \`\${i}:\${w}\`).join(" "), words.filter((w, i) => w.length > i).length, [10, 20].map((_, i) => i));`,

  kept: `
let seen = 0;
function look(x: number): number {
  seen += x;
  return x;
}
const xs = [4, 5, 6];
const ys = xs.map((x, i) => look(x) + i);
const later = xs.map((x, i) => () => x + i);
const chars = "héllo".split("").map((c, i) => c + i);
console.log(ys, seen, later.map((f) => f()), chars.join(""));`,
};

diffSuite("callbacks taking (item, index)", {
  "map, filter, find, findIndex, some, every over arrays and bytes": programs.indexed,
  "a body that calls, one that makes a function, a string's characters": programs.kept,
});

describe("callbacks taking (item, index): emitted Python", () => {
  const py = emittedPython(programs);

  test("an index walk reading the item, no enumerate", () => {
    expect(py.indexed).toContain("[xs[i] * i for i in range(len(xs))]");
    expect(py.indexed).toContain("[xs[i] for i in range(len(xs)) if xs[i] > i]");
    expect(py.indexed).toContain("any(bytes_[k] != same[k] for k in range(len(bytes_)))");
    expect(py.indexed).not.toContain("enumerate(");
  });

  test("a body that may change the item, a function in the body, or a string's characters keep enumerate", () => {
    expect(py.kept.match(/enumerate\(/g)?.length).toBe(3);
  });
});
