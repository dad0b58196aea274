import { diffSuite } from "../helpers/diff.js";

diffSuite("arrays", {
  "integer arrays print as integers, and arrays that may hold floats keep JavaScript's number printing": `
const ints: number[] = [];
for (let i = 0; i < 4; i++) ints.push(i * 3);
ints[1] += 2;
function show(xs: number[]): string {
  let out = "";
  for (let i = 0; i < xs.length; i++) out += "<" + xs[i] + ">";
  return out;
}
console.log(show(ints), show([1, 2]));
const mixed: number[] = [1, 2];
mixed.push(2.5);
mixed[0] = 10 / 4;
console.log(show(mixed), "" + mixed[1]);
function addHalf(xs: number[]): void {
  xs.push(0.5);
}
const escaped: number[] = [1];
addHalf(escaped);
let text = "";
for (const v of escaped) text += v + ";";
console.log(text, \`\${ints[0]}|\${escaped[1]}\`);
const halves = [4, 6].map((v) => v / 2);
console.log("" + halves[0], [1, 2.0, 3].join("-"));`,
  "length read and truncation": `
const xs = [1, 2, 3, 4, 5];
console.log(xs.length);
xs.length = 2;
console.log(xs.length, xs.join(","));
xs.length = 0;
console.log(xs.length, JSON.stringify(xs));
const ys = [1];
ys.length = 3;
console.log(ys.length, JSON.stringify(ys), ys.join("-"));
ys.length -= 1;
console.log(ys.length);`,
  "push one, several, spread": `
const xs: number[] = [];
xs.push(1);
xs.push(2, 3);
const more = [4, 5];
xs.push(...more);
console.log(xs.join(" "));`,
  "push return value": `
const xs = [10];
const n = xs.push(20);
console.log(n);
const m = xs.push(30, 40);
console.log(m, xs.length);
if (xs.push(50) > 4) console.log("long");`,
  "pop and shift": `
const xs = [1, 2, 3, 4];
const last = xs.pop();
const first = xs.shift();
console.log(last, first, xs.join(","));
const empty: number[] = [];
console.log(empty.pop(), empty.shift());`,
  unshift: `
const xs = [3];
xs.unshift(2);
const n = xs.unshift(0, 1);
console.log(n, xs.join(","));`,
  slice: `
const xs = [1, 2, 3, 4, 5];
console.log(xs.slice(1, 3).join(","), xs.slice(2).join(","), xs.slice(-2).join(","));
console.log(xs.slice(1, -1).join(","), xs.slice().length, xs.slice(-10).length, xs.slice(3, 1).length);`,
  "splice remove": `
const xs = [1, 2, 3, 4, 5];
const removed = xs.splice(1, 2);
console.log(removed.join(","), xs.join(","));
xs.splice(-1);
console.log(xs.join(","));`,
  "splice insert and replace": `
const xs = ["a", "d"];
xs.splice(1, 0, "b", "c");
console.log(xs.join(""));
const old = xs.splice(0, 2, "X");
console.log(old.join(""), xs.join(""));`,
  concat: `
const a = [1, 2];
const b = [3];
const c = a.concat(b, [4, 5]);
const d = a.concat(9);
console.log(c.join(","), d.join(","), a.join(","));
const e = a.concat();
e.push(7);
console.log(a.length, e.length);`,
  join: `
const ns = [1, 2.5, 3];
console.log(ns.join());
console.log(ns.join(" - "));
console.log(["a", "b"].join(""));
const mixed: (number | null | undefined)[] = [1, null, undefined, 4];
console.log(mixed.join("|"));
console.log([true, false].join(","));
console.log([0.1 + 0.2, 1e21, -0.5].join(";"));`,
  "indexOf, lastIndexOf and includes": `
const xs = [5, 6, 7, 6];
console.log(xs.indexOf(6), xs.indexOf(9), xs.lastIndexOf(6), xs.indexOf(6, 2));
console.log(xs.includes(7), xs.includes(8));
const names = ["ann", "bob"];
console.log(names.indexOf("bob"), names.includes("cy"));`,
  map: `
const xs = [1, 2, 3];
console.log(xs.map((x) => x * 2).join(","));
console.log(xs.map((x, i) => x * i).join(","));
function square(n: number): number { return n * n; }
console.log(xs.map(square).join(","));
const labels = xs.map((x) => {
  const s = "#" + x;
  return s + "!";
});
console.log(labels.join(" "));`,
  "map to objects and strings": `
const xs = [1, 2];
const objs = xs.map((x) => ({ id: x, name: "n" + x }));
console.log(objs[1].name, objs.length);
console.log(xs.map(String).join("+"));`,
  filter: `
const xs = [1, 2, 3, 4, 5, 6];
console.log(xs.filter((x) => x % 2 === 0).join(","));
console.log(xs.filter((x, i) => i < 2).join(","));
const words = ["a", "", "b"];
console.log(words.filter((w) => w).length);
function big(n: number) { return n > 4; }
console.log(xs.filter(big).join(","));`,
  "reduce with and without initial value": `
const xs = [1, 2, 3, 4];
console.log(xs.reduce((a, b) => a + b));
console.log(xs.reduce((a, b) => a + b, 10));
console.log(xs.reduce((acc, x) => acc + String(x), ""));
console.log(xs.reduce((m, x) => Math.max(m, x), -Infinity));`,
  "reduce building an object": `
const words = ["apple", "avocado", "banana"];
const byLetter = words.reduce((acc, w) => {
  const k = w[0];
  acc[k] = (acc[k] ?? 0) + 1;
  return acc;
}, {} as Record<string, number>);
console.log(JSON.stringify(byLetter));`,
  forEach: `
const xs = ["a", "b", "c"];
xs.forEach((x) => console.log(x));
xs.forEach((x, i) => console.log(i, x));
let total = 0;
[1, 2, 3].forEach((n) => {
  total += n;
  if (n === 2) console.log("two");
});
console.log(total);`,
  "find and findIndex": `
const xs = [4, 9, 16];
console.log(xs.find((x) => x > 5), xs.find((x) => x > 100));
console.log(xs.findIndex((x) => x > 5), xs.findIndex((x) => x > 100));
const people = [{ name: "ann", age: 30 }, { name: "bob", age: 25 }];
const bob = people.find((p) => p.name === "bob");
console.log(bob ? bob.age : -1);
const nobody = people.find((p) => p.age > 90);
console.log(nobody === undefined);`,
  "some and every": `
const xs = [2, 4, 6];
console.log(xs.some((x) => x > 5), xs.some((x) => x > 6));
console.log(xs.every((x) => x % 2 === 0), xs.every((x) => x > 2));
const empty: number[] = [];
console.log(empty.some((x) => x > 0), empty.every((x) => x > 0));`,
  "sort without comparator": `
const ns = [10, 9, 1, 100, 25];
ns.sort();
console.log(ns.join(","));
const ws = ["pear", "Apple", "banana"];
ws.sort();
console.log(ws.join(","));`,
  "sort with comparators": `
const ns = [10, 9, 1, 100, 25];
ns.sort((a, b) => a - b);
console.log(ns.join(","));
ns.sort((a, b) => b - a);
console.log(ns.join(","));
const sorted = [3, 1, 2].sort((a, b) => a - b);
console.log(sorted.join(","));`,
  "sort on object fields and stability": `
const people = [
  { name: "ann", age: 30 },
  { name: "bob", age: 25 },
  { name: "cy", age: 30 },
  { name: "dee", age: 25 },
];
people.sort((a, b) => a.age - b.age);
console.log(people.map((p) => p.name).join(","));
people.sort((a, b) => b.age - a.age);
console.log(people.map((p) => p.name).join(","));
people.sort((a, b) => (a.name < b.name ? 1 : -1));
console.log(people.map((p) => p.name).join(","));`,
  "sort with a block comparator": `
const words = ["ccc", "a", "bb", "dd"];
words.sort((x, y) => {
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
});
console.log(words.join(" "));`,
  "reverse and at": `
const xs = [1, 2, 3];
const r = xs.reverse();
console.log(r.join(","), xs.join(","), r === xs);
console.log(xs.at(0), xs.at(-1), xs.at(-3));`,
  "Array.from": `
console.log(Array.from("abc").join("-"));
console.log(Array.from(new Set([1, 2, 2, 3])).join(","));
const m = new Map([["a", 1], ["b", 2]]);
console.log(JSON.stringify(Array.from(m)));
console.log(Array.from({ length: 4 }, (_, i) => i * i).join(","));
console.log(Array.from([1, 2, 3], (x) => x * 10).join(","));
function twice(x: number) { return x * 2; }
console.log(Array.from([1, 2], twice).join(","));`,
  "Array.isArray": `
const a: unknown = [1];
const o: unknown = { length: 1 };
console.log(Array.isArray(a), Array.isArray(o), Array.isArray("x"));`,
  "new Array and fill": `
const zeros = new Array(3).fill(0);
console.log(zeros.join(","), zeros.length);
const xs = [1, 2, 3, 4];
xs.fill(7);
console.log(xs.join(","));
const grid: number[][] = [];
for (let i = 0; i < 2; i++) grid.push(new Array(2).fill(i));
console.log(JSON.stringify(grid));`,
  "chained calls": `
const xs = [1, 2, 3, 4, 5, 6];
console.log(xs.filter((x) => x % 2 === 1).map((x) => x * x).join(","));
const total = xs.map((x) => x + 1).filter((x) => x > 3).reduce((a, b) => a + b, 0);
console.log(total);
console.log([3, 1, 2].slice().sort().reverse().join(""));`,
  "arrays of arrays": `
const grid = [[1, 2], [3, 4], [5, 6]];
console.log(grid.length, grid[1][0], grid[2].length);
grid[0][1] = 9;
console.log(grid.map((row) => row.join(" ")).join(" / "));
const flat: number[] = [];
for (const row of grid) for (const v of row) flat.push(v);
console.log(flat.join(","));`,
  "keys and entries iteration": `
const xs = ["a", "b", "c"];
for (const i of xs.keys()) console.log(i);
for (const [i, v] of xs.entries()) console.log(i, v);
for (const v of xs.values()) console.log(v);`,
  "console.log of arrays": `
console.log([1, 2, 3]);
console.log([]);
console.log(["a", "b"], [[1], [2, 3]]);
console.log([{ a: 1, b: "x" }]);`,
  "array toString and String()": `
const xs = [1, 2, 3];
console.log(xs.toString(), String(xs), "" + xs, \`\${xs}\`);`,
  "pop and shift on an empty array give undefined": `
const q: number[] = [];
console.log(q.pop(), q.shift());
q.pop();
q.shift();
const stack = [1, 2];
let top: number | undefined;
while ((top = stack.pop()) !== undefined) console.log("popped", top);
const work = ["a", "b"];
while (work.length > 0) console.log(work.shift()!);`,
  "push and unshift with spreads": `
const xs = [5];
const more = [9, 8];
console.log(xs.push(0, ...more), xs.join());
xs.unshift(...more);
console.log(xs.join());
console.log(xs.unshift(1, ...more, 2), xs.join());`,
  "forEach does not overwrite outer variables": `
const x = 5;
[1, 2].forEach((x) => console.log(x));
console.log(x);
const fns: (() => number)[] = [];
[1, 2, 3].forEach((v) => fns.push(() => v));
console.log(fns.map((f) => f()).join());
function count(): number {
  let n = 0;
  ["a", "b"].forEach(() => n++);
  const inner = () => [4, 5].forEach((v) => { n += v; });
  inner();
  return n;
}
console.log(count());`,
  "callbacks taking the array": `
const xs = [1, 2, 3];
xs.forEach((v, i, arr) => console.log(v, i, arr.length));
function show(v: number, i: number, arr: number[]) { return v + i + arr.length; }
console.log(xs.map(show).join(), xs.filter((v, i, arr) => v < arr.length).join());
console.log(xs.reduce((acc, v, i) => acc + v * i, 0), xs.reduce((acc, v, i, arr) => acc + arr[i], 0));`,
  "indexOf and includes on objects compare identity": `
const a = { id: 1 };
const objs = [a, { id: 1 }];
console.log(objs.indexOf(a), objs.indexOf({ id: 1 }), objs.lastIndexOf(objs[1]), objs.includes(a), objs.includes({ id: 1 }));
const rows = [[1], [1]];
console.log(rows.indexOf(rows[1]), rows.includes([1]));
function find<T>(items: T[], x: T): number { return items.indexOf(x); }
const built = ["ab", "cd"].map((s) => s + "!");
console.log(find(built, "c" + "d!"), find([1.5, 2.5], 2.5), find([a], a), [1000000, 2].includes(999999 + 1));`,
  "sort by tuple entries, descending and stable": `
const pairs: [string, number][] = [["x", 2], ["y", 1], ["z", 2], ["w", 1]];
pairs.sort((a, b) => b[1] - a[1]);
console.log(pairs.map((p) => p[0]).join());
pairs.sort((p, q) => p[1] - q[1]);
console.log(pairs.map((p) => p[0]).join());
const ns = [3, 20, 100, -1, -2, 5];
console.log(ns.slice().sort().join(), ns.slice().sort((a, b) => b - a).join());`,
  "fill ranges and Array(n)": `
console.log([1, 2, 3, 4, 5].fill(0, 1, 3).join(), [1, 2, 3].fill(9, -1).join(), [1, 2].fill(7, 5).join());
console.log(Array(3).fill("x").join(""), new Array(2).length, Array.of(4, 5).join());
const grid = Array.from({ length: 2 }, () => new Array(3).fill(0));
grid[0][1] = 5;
console.log(JSON.stringify(grid));`,
  "flat and flatMap": `
console.log([[1, 2], [3], 4].flat().join());
console.log([1, 2].flatMap((x) => [x, x * 10]).join());
console.log(["a b", "c"].flatMap((s) => s.split(" ")).length);`,
  "slice bounds from arithmetic": `
const xs = [1, 2, 3, 4, 5];
const half = xs.length / 2;
console.log(xs.slice(0, half).join(), xs.slice(half).join(), xs.at(-1), xs.at(half));
console.log(xs.splice(half, 1).join(), xs.join());`,
  "map, filter and find with named callbacks": `
const words = ["kiwi", "fig", "banana"];
function long(w: string): boolean { return w.length > 3; }
const isShort = (w: string) => w.length <= 3;
console.log(words.filter(long).join(), words.find(isShort), words.findIndex(isShort), words.some(isShort), words.every(long));
console.log(["10", "1", "3"].map(Number).sort((a, b) => a - b).join(), [0, 1, "", "x", null].filter(Boolean).length);`,
});
