// forEach with a block body as a for loop in the enclosing Python scope
// (callbacks.ts inlineLoopBody): no function per element, no nonlocal for the counters
// it updates. The block's own variables get fresh names there and a `return` at the body's
// top level is `continue`; a body that returns from inside a loop of its own, or holds a
// function that may run later, stays a function. Node's text is the judge.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython, inMain } from "../helpers/diff.js";

const programs = {
  nested: `
function schedule(words: string[], unit: number): number[] {
  const out: number[] = [];
  let on = 0;
  words.forEach((word, w) => {
    const letters = word.split(" ");
    letters.forEach((letter, l) => {
      for (let s = 0; s < letter.length; s++) {
        const d = letter[s] === "." ? unit : 3 * unit;
        out.push(d);
        on += d;
      }
      out.push(l < letters.length - 1 ? 3 * unit : w < words.length - 1 ? 7 * unit : 0);
    });
  });
  out.push(on);
  return out;
}
console.log(schedule(["... ---", ".-"], 10).join(","), schedule([], 5).join(","));`,
  shadowing: `
const x = 10;
let total = 0;
const seen: string[] = [];
[1, 2, 3].forEach((v) => {
  const x = v * 2;
  let note;
  if (v > 1) note = "big";
  seen.push(\`\${x}:\${note}\`);
  total += x;
});
console.log(x, total, seen.join(" "));`,
  staysFunction: `
const fns: (() => number)[] = [];
[4, 5, 6].forEach((v) => {
  const doubled = v * 2;
  fns.push(() => doubled);
});
let firstBig = -1;
[1, 7, 9].forEach((v, i) => {
  if (v < 5) return;
  if (firstBig < 0) firstBig = i;
});
console.log(fns.map((f) => f()).join(","), firstBig);`,
  moduleLevel: `
let firsts = 0;
[[1, 2], [3, 9], [8]].forEach((row) => {
  let hits = 0;
  row.forEach((v) => {
    for (let k = 0; k < v; k++) {
      if (k > 1) return;
      hits++;
    }
  });
  firsts += hits;
});
function inFunction(rows: number[][]): number {
  let all = 0;
  rows.forEach((row) => {
    let hits = 0;
    row.forEach((v) => {
      for (let k = 0; k < v; k++) {
        if (k > 1) return;
        hits++;
      }
    });
    all += hits;
  });
  return all;
}
console.log(firsts, inFunction([[1], [2, 3, 1]]));`,
};

const declined = `
let total = 0;
function run(xs: number[]): void {
  xs.forEach((x) => {
    if (x < 0) return;
    total += x;
  });
}
run([1, -2, 3]);
console.log(total);`;

diffSuite("forEach with a block body", {
  "a body that returns and assigns a module variable from a function stays a function, with its return": declined,
  "an inner callback that stays a function assigns the inlined block's variable (global at module level, nonlocal in a function)":
    programs.moduleLevel,
  "nested forEach updating the enclosing function's variables": programs.nested,
  "the block's variables shadow outer ones and start afresh each pass": programs.shadowing,
  "a closure kept for later, and a body that returns early": programs.staysFunction,
});

describe("forEach with a block body: emitted Python", () => {
  const py = emittedPython(programs);

  test("nested callbacks are nested for loops of the function, with no def and no nonlocal", () => {
    expect(py.nested).toContain(
      '    for w in range(len(words)):\n        word = words[w]\n        letters = word.split(" ")\n        _letters_n = len(letters) - 1\n        _words_n = len(words) - 1\n        for l in range(len(letters)):\n            letter = letters[l]\n',
    );
    expect(py.nested).not.toContain("def _f");
    expect(py.nested).not.toContain("nonlocal");
  });

  test("a variable of the block that shadows an outer one gets a fresh name", () => {
    expect(py.shadowing).toMatch(/x1 = v \* 2/);
    expect(py.shadowing).not.toContain("def _f");
  });

  test("the inner function that assigns the inlined block's variable declares it global or nonlocal", () => {
    expect(py.moduleLevel).toContain(inMain("for row in [[1, 2], [3, 9], [8]]:\n    hits = 0\n\n    def _f(v):\n        global hits\n"));
    expect(py.moduleLevel).toContain("        def _f(v):\n            nonlocal hits\n");
  });

  test("a closure kept for later keeps the callback a function; a return at the body's top level is continue", () => {
    expect(py.staysFunction.match(/def _f/g)?.length).toBe(1);
    expect(py.staysFunction).toContain(
      inMain("_t = [1, 7, 9]\nfor i in range(len(_t)):\n    v = _t[i]\n    if v < 5:\n        continue\n"),
    );
  });
});
