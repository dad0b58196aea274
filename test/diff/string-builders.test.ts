// Strings built with `s += piece` in a loop and read once afterwards become a list of
// pieces joined at the read; every other use of `+=` on a string stays a str concatenation.
import { diffSuite } from "../helpers/diff.js";

diffSuite("string builders", {
  // the second piece needs statements of its own (a loop for map): they run after the first piece
  "pieces in order when a later one needs statements": `
const log: string[] = [];
function note(s: string): string {
  log.push(s);
  return s;
}
function words(groups: string[][]): string {
  let out = "";
  for (const g of groups) {
    const [first, ...rest] = g;
    out += note(first) + rest.map((r) => note(r)).join("");
  }
  return out;
}
console.log(words([["a", "b", "c"], ["d", "e"]]), log.join(","));`,
  // (each string of a chain of strings goes in as a piece of its own: test/string-builders.test.ts)
  "a concatenation of strings appended, in a try whose piece throws, with literal text": `
const HEX = "0123456789abcdef";
function hex(bytes: number[]): string {
  let out = "";
  for (const b of bytes) out += HEX[b >> 4] + HEX[b & 15] + (b > 127 ? "+" : "");
  return out;
}
function risky(parts: string[][]): string {
  let out = "";
  try {
    for (const p of parts) out += p[0] + p[1].toUpperCase();
  } catch {
    out += "!";
  }
  return out;
}
function tags(names: string[]): string {
  let out = "";
  for (const n of names) out += "<" + n + ">";
  return out;
}
console.log(hex([0, 15, 16, 171, 255]), risky([["a", "b"], ["c", undefined as unknown as string], ["e", "f"]]), tags(["p", "b"]));`,

  "pieces of every type": `
function render(xs: (number | string | boolean | undefined | number[])[]): string {
  let s = "<";
  for (const x of xs) s += x;
  s += ">";
  return s;
}
console.log(render([1, 2.5, -0, "a", true, undefined, [1, 2], 1e21, NaN]), render([]));`,

  "nested loops with break and continue": `
let out = "";
outer: for (let i = 0; i < 5; i++) {
  for (let j = 0; j < 5; j++) {
    if (j === 3) continue outer;
    if (i === 4) break outer;
    out += i * 10 + j;
    out += ",";
  }
}
console.log(out.length, out);`,

  "a builder per iteration": `
const rows: string[] = [];
for (let r = 0; r < 3; r++) {
  let row = "|";
  for (let c = 0; c < 4; c++) row += r * c + "|";
  rows.push(row);
}
console.log(rows.join("\\n"));`,

  "read inside the loop stays a string": `
let s = "";
for (let i = 0; i < 6; i++) {
  s += i;
  if (s.length > 3) s += "!";
}
console.log(s);`,

  "read by a closure stays a string": `
let log = "";
const show = () => log.length;
for (let i = 0; i < 4; i++) { log += "ab"; console.log(show()); }
console.log(log);`,

  "read twice stays a string": `
let s = "x";
for (let i = 0; i < 3; i++) s += i;
console.log(s);
console.log(s + s);`,

  "module builder read by a function": `
let page = "";
function size(): number { return page.length; }
for (let i = 0; i < 3; i++) page += "<p>" + i + "</p>";
console.log(size());`,

  "piece that reads the string": `
let s = "a";
for (let i = 0; i < 3; i++) s += s.length;
console.log(s);`,

  "appends outside loops only": `
let s = "a";
s += 1;
s += "b";
console.log(s);`,

  "plain assignment in the loop": `
let s = "";
for (let i = 0; i < 3; i++) s = s + i;
for (let i = 0; i < 3; i++) s += i;
console.log(s);`,

  "a piece computed with side effects": `
let n = 0;
function next(): string { n++; return "<" + n + ">"; }
let s = "";
for (let i = 0; i < 3; i++) s += next() + next();
console.log(s, n);`,

  "a builder in a branch and read in the same block": `
function f(on: boolean): string {
  if (on) {
    let s = "[";
    for (const c of "abc") s += c.toUpperCase();
    return s + "]";
  }
  return "off";
}
console.log(f(true), f(false));`,
});
