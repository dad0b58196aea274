// map() with a callback of statements is a loop of the enclosing function that appends
// each result (callbacks.ts inlineLoopBody with a return pass): a return appends its value
// and ends the pass, a block whose end is reached appends undefined. The loop runs where
// the call is evaluated: only when a condition takes that branch, each time a loop
// condition is tested, after the operands to its left.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython, inMain } from "../helpers/diff.js";

const programs = {
  results: `
const xs = [4, 9, 2, 7];
const windowed = xs.map((v, i) => {
  if (i === 0) return v;
  const prev = xs[i - 1];
  return v > prev ? v - prev : prev - v;
});
const maybe = xs.map((v) => {
  if (v > 5) return;
  return v * 3;
});
const grid = xs.map((v) => {
  const row = [1, 2].map((k) => {
    const cell = k * v;
    return cell % 5;
  });
  return row.join("");
});
const v = "outer";
const shadow = xs.map((v) => {
  let acc = 0;
  [1, 2, 3].forEach((k) => {
    if (k === 2) return;
    acc += k * v;
  });
  return acc;
});
console.log(windowed.join(), maybe.join("|"), grid.join(" "), shadow.join(), v);`,

  order: `
const log: string[] = [];
function note(s: string): number { log.push(s); return s.length; }
const xs = [1, 2, 3];
const flag = xs.length > 5;
const a = flag ? xs.map((v) => { note("m" + v); return v * 2; }) : [];
const b = flag && xs.map((v) => { note("n" + v); return v; }).length > 0;
let n = 0;
while (n < 2 && xs.map((v) => { n += v; return v; }).length > 0) n++;
const c = [note("first"), ...xs.map((v) => { note("x" + v); return v; })];
function inFunction(ys: number[]): string {
  let count = 0;
  const doubled = ys.map((y) => {
    count++;
    if (y < 0) return 0;
    return y * 2;
  });
  return doubled.join("+") + "=" + count;
}
console.log(a.length, b, n, c.join(), inFunction([3, -1, 5]), log.join(" "));`,

  staysFunction: `
const fns: (() => number)[] = [];
const kept = [1, 2].map((v) => {
  const d = v * 10;
  fns.push(() => d);
  return d;
});
const found = [5, 6].map((v) => {
  for (const w of [6, 7]) if (w === v) return "hit";
  return "miss";
});
console.log(kept.join(), fns.map((f) => f()).join(), found.join());`,
};

diffSuite("map with a callback of statements", {
  "early returns, undefined, nested callbacks, shadowed names": programs.results,
  "evaluated where the call is: conditions, loop conditions, operands to the left, in a function": programs.order,
  "a closure kept for later or a return inside a loop keeps a function": programs.staysFunction,
});

describe("map with a callback of statements: emitted Python", () => {
  const py = emittedPython(programs);

  test("the callback is a loop appending each result, with no def", () => {
    expect(py.results).not.toMatch(/def (?!main\()/);
    // the module's v is kept: the first callback's v is v1
    // the result is built in the variable the program declares for it
    // (its append looked up once before the loop, loop-invariants.ts)
    expect(py.results).toContain(
      inMain(
        "windowed = []\n_windowed_append = windowed.append\nfor i in range(len(xs)):\n    v1 = xs[i]\n    if i == 0:\n        _windowed_append(v1)\n        continue\n",
      ),
    );
    expect(py.results).toContain(
      inMain(
        "maybe = []\n_maybe_append = maybe.append\nfor v2 in xs:\n    if v2 > 5:\n        _maybe_append(None)\n        continue\n    _maybe_append(v2 * 3)\n",
      ),
    );
    // a loop of two passes looks its append up in each
    expect(py.results).toContain(
      "        row = []\n        for k in [1, 2]:\n            cell = k * v3\n            row.append(cell % 5)\n",
    );
    expect(py.order).toContain(
      "def inFunction(ys):\n    count = 0\n    doubled = []\n    _doubled_append = doubled.append\n    for y in ys:\n        count += 1\n",
    );
  });

  test("a closure kept for later, or a return inside a loop, keeps the callback a function", () => {
    expect(py.staysFunction.match(/def _f/g)?.length).toBe(2);
  });
});
