// Sorting a copy made by iterating (`[...xs].sort(...)`, `Array.from(xs).sort(...)`) is
// Python's sorted(xs) when a list's own sort would do (strings with no comparator,
// numbers by `a - b` or `b - a`); `xs.slice()` stays `xs[:]` then sort(), twice as fast
// in MicroPython as sorted(), which iterates; a comparator of another shape, or a sort
// in place keep their forms.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython, inMain } from "../helpers/diff.js";

const programs = {
  copies: `
const xs = [5, 1, 4, 1];
const up = xs.slice().sort((p, q) => p - q);
const down = [...xs].sort((p, q) => q - p);
const names = ["b", "c", "a"];
const abc = names.slice().sort();
const viaFrom = Array.from(xs).sort((p, q) => p - q);
const byKey = [{ n: 2 }, { n: 1 }].slice().sort((p, q) => p.n - q.n);
function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
const bytes = new Array<number>(4).fill(0);
for (let i = 0; i < 4; i++) bytes[i] = (i * 91) & 255;
const sortedBytes = bytes.slice().sort((p, q) => p - q);
up.push(0);
const inPlace = xs.sort((p, q) => q - p);
console.log(up.join(), down.join(), abc.join(), viaFrom.join(), byKey.map((o) => o.n).join(), median([9, 3, 7]), sortedBytes.join(), bytes.join(), inPlace.join(), xs.join());`,
};

diffSuite("sorted copies", { "slice, spread and Array.from copies; a byte array; in place": programs.copies });

describe("sorted copies: emitted Python", () => {
  const py = emittedPython(programs);

  test("a copy made by iterating is sorted(); a slice is sorted in place", () => {
    // xs[:] and sort() is twice as fast as sorted(), which iterates
    expect(py.copies).toContain(inMain("up = xs[:]\nup.sort()\n"));
    expect(py.copies).toContain("down = sorted(xs, reverse=True)\n");
    expect(py.copies).toContain(inMain("abc = names[:]\nabc.sort()\n"));
    expect(py.copies).toContain("viaFrom = sorted(xs)\n");
    // median's only call hands it a new list: no copy (fresh-arguments.ts)
    expect(py.copies).toContain("    values.sort()\n    sorted_ = values\n");
    expect(py.copies).toContain("xs.sort(reverse=True)\n");
  });
});
