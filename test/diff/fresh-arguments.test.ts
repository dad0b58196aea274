// A parameter every call hands a new array (a slice, a map's result, a literal) and that the
// function reads once, to copy it, is used without the copy (compiler/transform/
// fresh-arguments.ts): nobody else holds the array. Node's output is the judge; the copies
// that stay are those a caller could see the lack of.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const cases: Record<string, ShapeCase> = {
  "a median of fresh windows sorts each window in place": {
    source: `function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
const xs = [5, 1, 9, 3, 7, 2, 8];
const out: number[] = [];
for (let i = 0; i + 3 <= xs.length; i++) out.push(median(xs.slice(i, i + 3)));
console.log(out.join(","), median([4, 2, 6]), median(xs.map((x) => x * 2)), xs.join(","));`,
    has: ["    values.sort()\n"],
    lacks: ["values[:]"],
  },
  "one call hands its own array: the copy stays": {
    source: `function smallest(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[0];
}
const readings = [30, 10, 20];
console.log(smallest(readings.slice(1)), smallest(readings), readings.join(","));`,
    has: ["    sorted_ = values[:]\n"],
  },
  "a function also used as a value keeps the copy": {
    source: `function largest(values: number[]): number {
  const sorted = values.slice().sort((a, b) => b - a);
  return sorted[0];
}
const groups = [[3, 1], [2, 9]];
console.log(largest([4, 8, 1]), groups.map(largest).join(","), groups.map((g) => g.join("")).join(" "));`,
    has: ["    sorted_ = values[:]\n"],
  },
  "a parameter read again after the copy keeps it": {
    source: `function spread(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[sorted.length - 1] - sorted[0] + values[0];
}
console.log(spread([7, 3, 5]), spread([1, 2].concat([9])));`,
    has: ["    sorted_ = values[:]\n"],
  },
};

shapeSuite("copies of arrays every call makes anew", cases);
