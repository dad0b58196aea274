// A function literal handed to an array method that the emitted code calls itself
// (a comprehension or a loop calling it) gets exactly the arguments it declares,
// so its def has no `*_args`; one declaring none still gets the item, and one
// whose caller is a runtime helper or a user function takes the arguments its
// type passes in optional parameters, and any beyond them in `*_args`.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const programs = {
  declared: `
const xs = [3, 8, 1, 9];
const out: string[] = [];
// a return inside a loop of its own keeps each callback a function
const scaled = xs.map((v, i) => {
  for (let k = 0; k < 3; k++) if (k === i) return v * 10 + k;
  return v;
});
const big = xs.filter((v) => {
  for (const limit of [2]) if (v > limit) return true;
  return false;
});
const firstPair = [["a", 1], ["b", 2]].find(([name]) => {
  const n = String(name);
  return n === "b";
});
const withArray = xs.map((v, i, all) => {
  for (const w of all) if (w === v && i > 0) return -v;
  return v;
});
const constant = xs.map(() => {
  for (let k = 7; ; k++) return k;
});
xs.forEach((v, i) => {
  if (v > 5) out.push(String(i));
  else out.push("-");
});
function apply(f: (a: number, b: number, c: number) => number): number { return f(1, 2, 3); }
const viaUser = apply((a) => {
  const d = a * 4;
  return d;
});
console.log(scaled.join(","), big.join(","), firstPair?.[0], withArray.join(","), constant.join(","), out.join(""), viaUser);`,
  reduced: `
const bytes = [3, 8, 1, 9, 255];
// block bodies with loops keep each callback a function, which the emitted loop calls
const bits = bytes.reduce((n, byte) => {
  let c = 0;
  for (let v = byte; v; v >>= 1) c += v & 1;
  return n + c;
}, 0);
const weighted = bytes.reduce((sum, v, i) => {
  for (const w of [i + 1]) sum += v * w;
  return sum;
}, 0);
const last = bytes.reduce((acc, v, i, all) => {
  for (const x of all) if (x === v && i === all.length - 1) return acc + ":" + x;
  return acc;
}, "");
const counted = bytes.reduce((acc) => {
  for (const k of [1]) acc += k;
  return acc;
}, 0);
console.log(bits, weighted, last, counted);`,
  handlers: `
type Handler = (now: number) => void;
let count = 0;
function tick(): void { count++; }
function stamp(now: number, label = "t"): void { count += now; console.log(label, now); }
const handlers: Handler[] = [tick, stamp, () => { count += 10; }];
for (const h of handlers) h(5);
// a Handler widened to a type that passes more: the extra arguments are still dropped
const wide: (a: number, b: number, c: string) => void = handlers[0];
wide(1, 2, "x");
console.log(count);`,
};

diffSuite("callbacks called with the arguments they declare", {
  "map, filter, find, forEach with block bodies": programs.declared,
  "handlers declaring fewer parameters than their type, and called through wider types": programs.handlers,
  "reduce callbacks with block bodies": programs.reduced,
});

describe("callbacks called with the arguments they declare: emitted Python", () => {
  const py = emittedPython(programs);

  test("callbacks of comprehensions and loops take no *_args; one declaring none, or called by a user function, does", () => {
    expect(py.declared).toContain("def _f(v, i):");
    expect(py.declared).toContain("def _f1(v):");
    expect(py.declared).toContain("def _f3(v, i, all_):");
    // the arguments its type passes land in parameters, not in a tuple made per call
    expect(py.declared).toContain("def _f4(_arg=None, _arg1=None, _arg2=None, *_args):");
    expect(py.declared.match(/\*_args/g)?.length).toBe(2);
  });

  test("reduce's loop calls a callback declaring two to four parameters with that many: no extra parameters", () => {
    expect(py.reduced).toContain("def _f(n, byte):");
    expect(py.reduced).toContain("def _f1(sum_, v, i):");
    expect(py.reduced).toContain("def _f2(acc, v, i, all_):");
    // one declaring only the accumulator still gets the item
    expect(py.reduced).toContain("def _f3(acc, _arg=None, _arg1=None, _arg2=None, *_args):");
  });

  test("a handler takes its type's arguments in parameters (no tuple per call), and wider calls in *_args", () => {
    expect(py.handlers).toContain("def tick(_arg=None, *_args):");
    expect(py.handlers).toContain("def _f(_arg=None, *_args):");
  });
});
