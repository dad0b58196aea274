import { diffSuite } from "../helpers/diff.js";

// flat(depth), reduceRight, join(undefined), ES2023's copying methods and findLast,
// and type parameters constrained to arrays or strings
diffSuite(
  "array-extra",
  {
    "flat with depth 0 copies": `
const xs = [1, [2, 3], 4];
const f = xs.flat(0);
console.log(JSON.stringify(f), f !== xs);`,
    "flat with depth 2 and Infinity": `
const deep = [1, [2, [3, [4, [5]]]]];
console.log(JSON.stringify(deep.flat(2)), JSON.stringify(deep.flat(Infinity)));`,
    "flat with undefined depth is one level": `
console.log(JSON.stringify([[1], [[2]]].flat(undefined)), JSON.stringify([[]].flat()));`,
    "flat with a variable depth": `
function flatten(xs: unknown[], d: number) { return xs.flat(d); }
console.log(JSON.stringify(flatten([1, [2, [3]]], 1)), JSON.stringify(flatten([1, [2, [3]]], 3)));`,
    "reduceRight without an initial value": `
console.log([1, 3, 5, 7].reduceRight((t, x) => t * x), ["a", "b", "c"].reduceRight((s, x) => s + x));`,
    "reduceRight with an initial value": `
console.log([1, 3, 5, 7].reduceRight((t, x) => t + x, 10), [1, 2, 3].reduceRight((acc: number[], x) => [...acc, x], []).join(""));`,
    "reduceRight passes the index and the array": `
console.log([5, 6, 7].reduceRight((acc, x, i, arr) => acc + x * i + arr.length, 0));`,
    "reduceRight of an empty array without an initial value throws": `
try {
  ([] as number[]).reduceRight((a, b) => a + b);
  console.log("no throw");
} catch (e) {
  console.log("threw", e instanceof TypeError);
}`,
    "reduceRight of an empty array with an initial value": `
console.log([].reduceRight(() => 1, undefined) === undefined, ([] as number[]).reduceRight((a, b) => a + b, 42));`,
    "reduceRight with a named function": `
function pair(acc: string, x: string): string { return acc + "(" + x + ")"; }
console.log(["x", "y", "z"].reduceRight(pair, ">"));`,
    "join(undefined) uses commas": `
console.log([].join(undefined) === "", ["test1"].join(undefined), [1, 2, 3].join(undefined));`,
    "toReversed leaves the original": `
const original = [1, 2, 3, 4, 5];
const reversed = original.toReversed();
console.log(JSON.stringify({ original, reversed }));`,
    "toSorted leaves the original": `
const original = [5, 2, 1, 4, 3];
const sorted = original.toSorted();
console.log(JSON.stringify({ original, sorted }));`,
    "toSorted with a comparator": `
const xs = [3, 10, 2];
console.log(xs.toSorted((a, b) => b - a).join(","), xs.toSorted().join(","), xs.join(","));`,
    "toSorted of strings and objects": `
const names = ["bob", "Al", "carl"];
const people = [{ n: "b", age: 30 }, { n: "a", age: 20 }];
console.log(names.toSorted().join(" "), people.toSorted((p, q) => p.age - q.age).map((p) => p.n).join(""));`,
    "toSpliced removes and inserts on a copy": `
const xs = [1, 2, 3, 4];
console.log(xs.toSpliced(1, 2).join(","), xs.toSpliced(1, 0, 9, 8).join(","), xs.toSpliced(-1, 1, 0).join(","), xs.join(","));`,
    "with replaces one element on a copy": `
const xs = ["a", "b", "c"];
console.log(xs.with(1, "B").join(""), xs.with(-1, "Z").join(""), xs.join(""));`,
    "with out of range throws RangeError": `
try {
  [1, 2].with(5, 0);
} catch (e) {
  console.log(e instanceof RangeError);
}`,
    "findLast and findLastIndex": `
const xs = [3, 8, 1, 9, 2];
console.log(xs.findLast((x) => x > 5), xs.findLastIndex((x) => x > 5), xs.findLast((x) => x > 50) === undefined, xs.findLastIndex((x) => x > 50));`,
    "findLast with the index": `
const words = ["a", "bb", "cc", "d"];
console.log(words.findLast((w, i) => w.length === 2 && i < 2), words.findLastIndex((w, i) => i % 2 === 0));`,
    "a generic constrained to number[] reads length and iterates": `
function sum<T extends number[]>(xs: T): number {
  let s = 0;
  xs.forEach((x) => { s += x; });
  return s + xs.length * 100;
}
console.log(sum([1, 2, 3]));`,
    "a generic constrained through a type alias": `
type Nums = number[];
function last<T extends Nums>(xs: T): number { return xs[xs.length - 1]; }
console.log(last([4, 5, 6]));`,
    "a generic constrained to a tuple with rest": `
function count<T extends [...number[]]>(xs: T): number { return xs.length; }
console.log(count([1, 2, 3, 4]));`,
    "a generic constrained to string": `
function shout<T extends string>(s: T): string { return s.toUpperCase() + s.length; }
console.log(shout("hey"));`,
    "a generic constrained to string through an alias": `
type Str = string;
function size<T extends Str>(s: T): number { return s.length; }
console.log(size("string"));`,
    "a generic constrained to number": `
function twice<T extends number>(n: T): string { return String(n * 2) + "/" + n.toFixed(1); }
console.log(twice(2.5));`,
    "a generic array's map and join": `
function show<T extends string[]>(xs: T): string { return xs.map((x) => x + "!").join(" "); }
console.log(show(["a", "b"]));`,
  },
  { lib: ["ES2022", "ES2023.Array"] },
);
