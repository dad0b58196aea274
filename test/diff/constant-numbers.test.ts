// Indices and counts written as constants that Python's int() would reject or
// read differently (NaN, fractions, Infinity): converted at compile time the
// JavaScript way. Each snippet runs in Node and in MicroPython.
import { diffSuite } from "../helpers/diff.js";

diffSuite("constant-numbers", {
  "NaN and fractional constants as string positions and widths": `
const s = "sensor";
console.log(s.charCodeAt(NaN), s.charAt(NaN), s.charCodeAt(2.9), s.charAt(-0.5));
console.log("[" + s.padEnd(NaN) + "]", "[" + s.padStart(NaN, "*") + "]", "[" + s.padStart(8.7, ".") + "]");
console.log(s.substr(NaN, 3), s.slice(1.5, NaN), s.repeat(NaN) === "", s.at(NaN));`,

  "NaN, fractional and infinite constant indices read undefined": `
const s = "01234";
const xs = [10, 20, 30];
console.log(s[NaN] === undefined, xs[NaN] === undefined, xs[1.5] === undefined, s[-0.5] === undefined);
console.log(xs[Infinity] ?? "none", s[-Infinity] ?? "none", xs[0.5] ?? "none", typeof xs[2.2]);`,

  "NaN and fractional constants as array positions": `
const xs = [1, 2, 3, 4, 5];
console.log(xs.slice(NaN, 2), xs.slice(1.9), xs.indexOf(3, NaN), xs.includes(1, 0.5));
const ys = [...xs];
ys.splice(NaN, 1);
console.log(ys, xs.at(NaN), xs.at(-1.5));`,

  "a string asserted to be a number converts as the string it is": `
// @ts-ignore
const blank = "" as number;
const word = "five" as unknown as number;
console.log("[" + \`\${blank}\` + "]", \`\${word}!\`, String(word));`,
});
