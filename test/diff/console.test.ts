// console.log formatting: each snippet runs in Node and in MicroPython and must print the same.
import { diffSuite } from "../helpers/diff.js";

diffSuite("console", {
  "several arguments of primitive types": `
const name = "bob", age = 42, ok = true, off = false;
console.log("name:", name, "age:", age, ok, off);
console.log();
console.log("");
console.log(name + "!", age * 2, !ok);`,

  "null and undefined": `
let a: number | null = null;
let b: string | undefined;
const c = [1, 2, 3].find((x) => x > 5);
const m = new Map<string, number>();
console.log(null, undefined, a, b, c, m.get("k"));
function nothing(): void {}
console.log(nothing(), typeof b);`,

  "floats, integral floats, negative zero, NaN and Infinity": `
const half = 1 / 2, whole = 10 / 5, third = 1 / 3;
console.log(half, whole, third, 0.1 + 0.2, 2.5e-7, 1e21, 123.456, -1.5, 100 / 3);
console.log(-0, NaN, Infinity, -Infinity, Number.NaN, -Number.MAX_VALUE, Number.MIN_VALUE > 0);
const neg = -1.5;
const z = neg * 0;
console.log(z, [z], { z });`,

  "arrays of numbers, strings and booleans": `
console.log([1, 2, 3], [1.5, 2, -3.25], ["a", "b"], [true, false], [], [[]], [1, "two", true, null], [undefined]);`,

  "nested arrays": `
console.log([[1, 2], [3, [4, 5]]], [[[[1]]]], [[["deep", ["er"]]]]);`,

  "strings inside arrays are quoted and escaped": `
console.log(["it's", 'say "hi"', \`both ' and "\`, "tab\\there", "line\\nbreak", "back\\\\slash", "\\u0001"]);`,

  objects: `
console.log({ a: 1, b: "x" }, {}, { nested: { deep: { deeper: { deepest: 1 } } } }, { list: [1, 2], flag: false });
console.log({ "with space": 1, $dollar: 2, _under: 3, camelCase: 4, "kebab-case": 5 });`,

  "object property order follows insertion": `
const o: Record<string, number> = {};
o.zeta = 1;
o.alpha = 2;
o.mid = 3;
console.log(o, Object.keys(o));`,

  "null inside arrays and objects": `
const readings: (number | null)[] = [21.5, null, 22];
const rec: { id: number; value: string | null } = { id: 1, value: null };
console.log(readings, rec, [rec]);`,

  "class instances": `
class Point {
  constructor(public x: number, public y: number) {}
  norm(): number { return Math.sqrt(this.x * this.x + this.y * this.y); }
}
class Empty {}
class Sensor {
  readings: number[] = [];
  name: string;
  last: Point | null = null;
  constructor(name: string) { this.name = name; }
}
const s = new Sensor("t1");
s.readings.push(20, 21.5);
s.last = new Point(1, 2);
console.log(new Point(3, 4), new Empty(), s, [new Point(0, 0)]);`,

  "subclass instances list the base fields first": `
class Base { id = 7; constructor(public kind: string) {} }
class Led extends Base { on = false; constructor(public pin: number) { super("led"); } }
console.log(new Led(2));`,

  "Map and Set": `
const m = new Map<string, number>([["a", 1], ["b", 2]]);
const s = new Set<number>([1, 2]);
console.log(m, s, new Map<string, string>(), new Set<string>(), new Set(["x", "y"]));
const byName = new Map<string, number[]>();
byName.set("even", [2, 4]).set("odd", [1]);
console.log(byName, { tags: new Set(["a"]) }, [new Map([[1, "one"]])]);`,

  "long arrays break into aligned columns": `
console.log(Array.from({ length: 30 }, (_, i) => i * 7));
console.log(Array.from({ length: 10 }, (_, i) => "item" + i));
console.log(Array.from({ length: 7 }, (_, i) => i));`,

  "arrays over 100 items are cut": `
const xs: number[] = [];
for (let i = 0; i < 120; i++) xs.push(i);
console.log(xs);`,

  "long objects break one property per line": `
const cfg = { ssid: "my-home-network", password: "correct horse battery staple", port: 8080, retries: 3 };
console.log(cfg);
console.log({ a: cfg, b: [cfg] });`,

  "functions and classes": `
function handler() {}
const arrow = (x: number) => x;
class Thing {}
console.log(handler, [handler], { cb: handler });
console.log(typeof arrow, Thing);`,

  "format placeholders": `
const who = "Bob", n = 42.5;
console.log("%s is %d years", who, n);
console.log("%i and %f", n, "3.25x", "extra", 7);
console.log("json %j and %O", { a: [1, 2] }, "str");
console.log("100%% sure, %s", "yes");
console.log("%c styled", "color: red");
console.log("missing %s and %d", "one");
console.log("no placeholders here", 1, 2);
console.log("%s", { deep: { inner: 1 } }, [1, [2, [3]]]);
console.log("%s %s", null, undefined);`,

  "%s of class instances uses their own toString": `
class V { constructor(public x: number) {} toString() { return \`V(\${this.x})\`; } }
class W { constructor(public x: number) {} }
console.log("%s and %s and %s", new V(1), new W(2), ["a", ["b"]]);
console.log("%d items, %i, %f", "12", 3.9, -0.5, { a: 1 });
console.log("%d%% done", 50, "a%", "%s");`,

  "a lone string is printed as it is": `
console.log("100%% %s %d");`,

  "spread arguments": `
const xs = [1, "two", [3]];
console.log(...xs);
const words = ["a", "b"];
console.log("words:", ...words, "end");`,

  "console.error, info, warn and debug": `
console.error("error:", 1, [2]);
console.info("info", { ok: true });
console.warn("warn", null);
console.debug("debug", 1.5);`,

  "tuples and nested collections": `
const pair: [string, number] = ["x", 1];
const entries = [...new Map([["k", 1]]).entries()];
console.log(pair, entries, Object.entries({ a: 1, b: [2] }));`,

  "values logged in a loop": `
const temps = [21.5, 22, 19.75];
for (let i = 0; i < temps.length; i++) console.log("reading", i, "=", temps[i], temps[i] > 20 ? "warm" : "cool");
const stats = { min: Math.min(...temps), max: Math.max(...temps), avg: (21.5 + 22 + 19.75) / 3 };
console.log(stats);`,
});
