// A read past the end stored in an object or array literal whose declared type admits
// undefined (an iterator's { value, done }, an optional field, any) gives undefined, as in
// JavaScript. Each snippet runs in Node and in MicroPython and must print the same.
import { diffSuite } from "../helpers/diff.js";

diffSuite("literal-member-reads", {
  "a hand-written iterator reads its value before testing done": `
const names = ["ada", "bob", "cy"];
function each(): IterableIterator<string> {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { return { value: names[i], done: i++ >= names.length }; },
  };
}
let all = "";
for (const n of each()) all += n + ";";
console.log(all);`,

  "pairs from an iterator, destructured": `
const temps = [21, 23, 19];
function pairs(): IterableIterator<[number, number]> {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { return { value: [i, temps[i]], done: i++ >= temps.length }; },
  };
}
let s = 0;
for (const [k, t] of pairs()) s += k * t;
let last: [number, number] | undefined;
for (last of pairs()) {}
console.log(s, last);`,

  "optional fields and any-typed literals take undefined past the end": `
interface Window { first?: number; last?: number; count: number }
const xs = [4, 5];
const w: Window = { first: xs[0], last: xs[5], count: xs.length };
const loose: any = { at3: xs[3], list: [xs[1], xs[9]] };
console.log(JSON.stringify(w), w.last === undefined, loose.at3 === undefined, loose.list[1] === undefined);`,
});
