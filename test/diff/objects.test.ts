import { diffSuite } from "../helpers/diff.js";

diffSuite("objects", {
  "counters with ?? and a missing key (dict.get with a default)": `
const counts: Record<string, number> = {};
for (const w of ["a", "b", "a", "c", "a"]) counts[w] = (counts[w] ?? 0) + 1;
console.log(counts["a"], counts["b"], counts["z"] ?? -1, JSON.stringify(counts));
const m = new Map<string, number>([["x", 0]]);
console.log(m.get("x") ?? 5, m.get("y") ?? 5);
const maybe: Record<string, number | null> = { k: null };
console.log(maybe["k"] ?? 7, maybe["j"] ?? 8);`,
  "literals and nested": `
const p = { name: "ann", age: 30, tags: ["a", "b"], home: { city: "Oslo", zip: "0150" } };
console.log(p.name, p.age, p.tags[1], p.home.city);
p.home.city = "Bergen";
p.age += 1;
console.log(p.home.city, p.age, JSON.stringify(p));`,
  "computed and numeric keys": `
const k = "dyn";
const n = 3;
const o: Record<string, number> = { [k]: 1, [k + "2"]: 2, [n]: 3, 10: 4, 1.5: 5 };
console.log(o.dyn, o["dyn2"], o[3], o["10"], o[1.5]);
console.log(Object.keys(o).length);`,
  "Object.keys, values, entries keep insertion order": `
const o: Record<string, number> = { zeta: 1, alpha: 2, mid: 3 };
o.beta = 4;
o.aaa = 5;
console.log(Object.keys(o).join(","));
console.log(Object.values(o).join(","));
for (const [k, v] of Object.entries(o)) console.log(k, v);`,
  "Object.keys of an interface-typed object": `
interface Cfg { ssid: string; port: number; debug: boolean }
const c: Cfg = { ssid: "net", port: 80, debug: false };
console.log(Object.keys(c).join(" "));
console.log(Object.entries(c).map(([k, v]) => k + "=" + v).join("&"));`,
  "Object.assign": `
const a: Record<string, number> = { x: 1, y: 2 };
const r = Object.assign(a, { y: 20, z: 30 }, { w: 40 });
console.log(r === a, JSON.stringify(a));
const copy = Object.assign({}, a);
copy.x = 99;
console.log(a.x, copy.x);`,
  "Object.fromEntries": `
const o = Object.fromEntries([["b", 1], ["a", 2]]);
console.log(JSON.stringify(o), o.a);
const m = new Map<string, number>([["k", 5], ["j", 6]]);
console.log(JSON.stringify(Object.fromEntries(m)));
const doubled = Object.fromEntries(Object.entries({ p: 1, q: 2 }).map(([k, v]) => [k, v * 2]));
console.log(JSON.stringify(doubled));`,
  "in and delete": `
const o: Record<string, number> = { a: 1, b: 2, c: 3 };
console.log("a" in o, "z" in o);
delete o.a;
delete o["b"];
console.log("a" in o, Object.keys(o).join(","));
o.a = 7;
console.log(Object.keys(o).join(","));`,
  hasOwnProperty: `
const o: Record<string, number> = { a: 1 };
console.log(o.hasOwnProperty("a"), o.hasOwnProperty("b"));
console.log(Object.prototype.hasOwnProperty.call(o, "a"));`,
  "counters with ?? 0": `
const words = "the cat and the hat and the bat".split(" ");
const counts: Record<string, number> = {};
for (const w of words) counts[w] = (counts[w] ?? 0) + 1;
console.log(JSON.stringify(counts));
for (const k in counts) console.log(k, counts[k]);`,
  "counters with || 0 and +=": `
const counts: { [k: string]: number } = {};
for (const c of "hello") {
  counts[c] = (counts[c] || 0) + 1;
}
counts["h"] += 10;
console.log(Object.entries(counts).map(([k, v]) => k + v).join(" "));`,
  "reading a missing key": `
const o: Record<string, number> = { a: 1 };
const v = o["b"] as number | undefined;
const w = o.b as number | undefined;
console.log(v, v === undefined, w ?? "none", w === undefined);
const opt: { x?: number } = {};
console.log(opt.x, opt.x === undefined);`,
  "optional properties": `
interface P { name: string; nick?: string }
const a: P = { name: "ann" };
const b: P = { name: "bob", nick: "bobby" };
for (const p of [a, b]) console.log(p.nick ?? p.name, "nick" in p);
a.nick = "annie";
console.log(JSON.stringify(a));`,
  "console.log of objects": `
const o = { b: 1, a: "x", nested: { z: [1, 2], y: null }, "with space": true };
console.log(o);
console.log({});`,
  "object spread": `
const base = { a: 1, b: 2 };
const ext = { ...base, b: 3, c: 4 };
console.log(JSON.stringify(ext), JSON.stringify(base));`,
  "objects as maps of arrays": `
const groups: Record<string, string[]> = {};
for (const w of ["apple", "bean", "avocado", "beet", "corn"]) {
  const k = w[0];
  if (!(k in groups)) groups[k] = [];
  groups[k].push(w);
}
for (const [k, ws] of Object.entries(groups)) console.log(k, ws.join("|"));`,
  "object values sum": `
const prices: Record<string, number> = { tea: 2.5, cake: 3, jam: 4.25 };
const total = Object.values(prices).reduce((a, b) => a + b, 0);
console.log(total, Object.keys(prices).length);`,
  "JSON.stringify of a class instance and Object.keys": `
class Point { constructor(public x: number, public y: number) {} norm() { return this.x + this.y; } }
const p = new Point(3, 4);
console.log(JSON.stringify(p), Object.keys(p).join(","), p.norm());
const points = [new Point(1, 2), new Point(5, 6)];
console.log(JSON.stringify(points));`,
  "JSON.stringify nested values": `
const v = { n: 1, f: 2.5, whole: 3.0, neg: -0.125, s: "hi", b: true, nil: null, list: [1, "two", [3], { four: 4 }], empty: {}, none: [] };
console.log(JSON.stringify(v));`,
  "JSON.stringify strings with escapes": `
console.log(JSON.stringify('say "hi"\\\\ back'));
console.log(JSON.stringify("line1\\nline2\\ttab\\r"));
console.log(JSON.stringify("caf\\u00e9 \\u2713 \\u0001"));
console.log(JSON.stringify({ "key \\"q\\"": "v" }));`,
  "JSON.stringify numbers": `
console.log(JSON.stringify([1, 1.5, 10 / 2, 7 / 2, 0.1 + 0.2, 1e21, 1e-7, -0, NaN, Infinity]));
console.log(JSON.stringify(42), JSON.stringify(2.0), JSON.stringify(NaN));`,
  "JSON.stringify primitives and undefined": `
console.log(JSON.stringify("x"), JSON.stringify(true), JSON.stringify(null));
const o: { a: number; b?: number; c: string | undefined } = { a: 1, b: undefined, c: undefined };
console.log(JSON.stringify(o));
console.log(JSON.stringify([undefined, null, 1]));`,
  "JSON.stringify with indent": `
const v = { name: "x", list: [1, 2], nested: { a: [], b: {} } };
console.log(JSON.stringify(v, null, 2));
console.log(JSON.stringify([1, [2, 3]], null, "\t"));
console.log(JSON.stringify({}, null, 2), JSON.stringify([], null, 2));`,
  "JSON.parse objects, arrays and numbers": `
type Doc = { b: number; a: (number | string | boolean | null)[]; c: Record<string, number> };
const o: Doc = JSON.parse('{"b": 1, "a": [1, 2.5, "x", true, null], "c": {"z": 0, "y": -3}}');
console.log(o.b, o.a.length, o.a[1], o.a[2], o.a[3], o.a[4] === null, o.c.y);
const loose = JSON.parse('{"list": [1, 2, 3], "name": "abc"}');
console.log(loose.list.length, loose.name.length);
console.log(Object.keys(o).join(","), Object.keys(o.c).join(","));
const n: number = JSON.parse("42");
const f: number = JSON.parse("1.0");
const arr: number[] = JSON.parse("[3, 1, 2]");
console.log(n + 1, f, arr.sort().join(","));
const s: string = JSON.parse('"a\\\\nb\\\\u00e9"');
console.log(s, s.length);`,
  "JSON round trips": `
interface Reading { id: string; value: number; ok: boolean; tags: string[] }
const r: Reading = { id: "t1", value: 21.5, ok: true, tags: ["a", "b"] };
const text = JSON.stringify(r);
const back: Reading = JSON.parse(text);
console.log(text, back.value + 1, back.tags.join("/"), JSON.stringify(back) === text);
const deep = JSON.parse(JSON.stringify({ z: { y: [1, { x: 2 }] }, a: 1 }));
console.log(JSON.stringify(deep));`,
  "JSON.parse of a typed message": `
type Msg = { cmd: string; args: number[] };
const raw = '{"cmd":"move","args":[10,-20]}';
const msg = JSON.parse(raw) as Msg;
if (msg.cmd === "move") console.log("moving", msg.args[0] + msg.args[1]);`,
  "class instances: keys, entries, assign, hasOwnProperty": `
class Msg {
  #secret = 1;
  from = "a";
  $tag = "t";
  constructor(public to: string, private body: string) {}
  size() { return this.body.length + this.#secret; }
}
class Reply extends Msg { reply = true; }
const m = new Reply("b", "hello");
console.log(JSON.stringify(m), Object.keys(m).join(), m.size());
console.log(Object.entries(m).map(([k, v]) => k + "=" + v).join("&"));
const copy = Object.assign({}, m);
console.log(JSON.stringify(copy), m.hasOwnProperty("from"), Object.hasOwn(m, "nope"));`,
  "JSON.stringify drops undefined fields of a class": `
class Reading { id?: string; value = 0; unit: string | undefined = undefined; }
const r = new Reading();
r.value = 3;
console.log(JSON.stringify(r), JSON.stringify([r], null, 1));
r.id = "x";
console.log(JSON.stringify(r));
interface Status { ok: boolean; error: string | null }
const s: Status = { ok: false, error: null };
console.log(JSON.stringify(s));`,
  "JSON.parse errors": `
for (const text of ['{"a": [1, {"b": "x\\"y"}], "z": null}', "{bad", "[1, 2", '"open', "", "[1,]", '{"a" 1}', "1 2", "  [ ]  "]) {
  try {
    const v: unknown = JSON.parse(text);
    console.log("ok", JSON.stringify(v));
  } catch (e) {
    console.log("error", e instanceof SyntaxError);
  }
}`,
  "Object.keys of an array and Object.entries sorted": `
console.log(Object.keys(["a", "b"]).join(), Object.values(["a", "b"]).join());
const scores: Record<string, number> = { ann: 3, bob: 9, cy: 5 };
const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]).map(([k]) => k);
console.log(ranked.join(" > "));`,
});
