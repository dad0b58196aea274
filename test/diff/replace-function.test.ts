import { diffSuite } from "../helpers/diff.js";

// String.prototype.replace/replaceAll with a string pattern and a replacer function.
diffSuite("replace with a function", {
  "replace calls the function for the first match, replaceAll for each": `
const calls: unknown[] = [];
function note(...args: unknown[]): string { calls.push(...args); return "[" + String(args[0]) + "]"; }
console.log("one two one".replace("one", note), "one two one".replaceAll("one", note));
console.log(JSON.stringify(calls));`,

  "fewer parameters, the index, a missing match, and overlapping text": `
const s = "a-b-c";
console.log(s.replace("-", (m) => m + m), s.replaceAll("-", (m, i) => String(i)), s.replace("?", () => "never"));
console.log("aaaa".replaceAll("aa", (m: string) => m.toUpperCase() + "."), "x".replace("x", (m, i, whole) => whole + i));`,

  "an empty pattern matches before every character and at the end": `
const seen: unknown[] = [];
const mark = (...a: unknown[]) => { seen.push(a[1]); return "|"; };
console.log("abc".replace("", mark), "abc".replaceAll("", mark), "".replaceAll("", mark), JSON.stringify(seen));`,
});
