// filter, find, some and every with a callback of statements are loops of the enclosing
// function (compiler/builtins/search-loops.ts): a return's value decides the item with
// JavaScript's truthiness, undefined (a bare return, the end of the block) is false, and
// find, some and every stop at the item that settles them. A callback that assigns its
// item keeps a function for filter and find, which give back the item itself.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const programs = {
  searches: `
const xs = [4, 9, 0, 7, 12];
const out: string[] = [];
const seen: number[] = [];
const big = xs.filter((v) => {
  seen.push(v);
  const twice = v * 2;
  return twice > 10;
});
const firstOdd = xs.find((v, i) => {
  if (i === 0) return false;
  return v % 2 === 1;
});
const none = xs.find((v) => {
  if (v > 100) return true;
});
const anyZero = xs.some((v) => {
  seen.push(-v);
  return v === 0;
});
const allSmall = xs.every((v) => {
  if (v > 100) return false;
  if (v < 0) return;
  return true;
});
const allPass = xs.every((v) => {
  if (v > 3) return true;
});
const counts = xs.filter((v) => {
  const rest = v % 4;
  return rest;
});
const words = ["a", "", " b "].filter((w) => {
  const t = w.trim();
  return t;
});
out.push(big.join(), String(firstOdd), String(none), String(anyZero), String(allSmall), String(allPass), counts.join(), words.join("|"));
console.log(out.join(" / "), seen.join());`,

  contexts: `
function firstLong(names: string[], min: number): string {
  const hit = names.find((n) => {
    const len = n.length;
    return len >= min;
  });
  return hit ?? "-";
}
const flag = firstLong(["ab", "abcd"], 3).length > 3;
const picked = flag
  ? [1, 2, 3].filter((v) => {
      const odd = v % 2;
      return odd === 1;
    })
  : [];
const changed = [1, 2, 3].filter((v) => {
  v = v * 10;
  return v > 15;
});
console.log(firstLong(["ab", "abcd"], 3), firstLong([], 1), picked.join(), changed.join());`,
};

diffSuite("filter, find, some and every with statements", {
  "returns, undefined, truthiness, early stops": programs.searches,
  "in a function, a condition; a callback that assigns its item": programs.contexts,
});

describe("filter, find, some and every with statements: emitted Python", () => {
  const py = emittedPython(programs);

  test("loops with no def, stopping at the settling item", () => {
    expect(py.searches).not.toMatch(/def (?!main\()/);
    expect(py.searches).toMatch(/for v\d* in xs:\n {8}_seen_append\d*\(-v\d*\)\n {8}if v\d* == 0:\n {12}anyZero = True\n {12}break\n/);
    expect(py.contexts).toMatch(/def firstLong\(names, min_\):\n {4}hit = None\n {4}for n in names:\n/);
  });

  test("a callback that assigns its item stays a function", () => {
    expect(py.contexts.match(/def _f/g)?.length).toBe(1);
  });
});
