import { diffSuite } from "../helpers/diff.js";

diffSuite("symbols", {
  "description of Symbol(text)": `
const s = Symbol("tag");
console.log(s.description, s.description === "tag");`,
  "description of Symbol() is undefined": `
const s = Symbol();
console.log(s.description === undefined, String(s));`,
  "description of a number is its string": `
console.log(Symbol(42).description, Symbol(1.5).toString());`,
  "toString and String()": `
const s = Symbol("x");
console.log(s.toString(), String(s), String(Symbol()));`,
  "every Symbol() is unique": `
const a: symbol = Symbol("k");
const c: symbol = Symbol("k");
console.log(a === c, a === a, a !== c);`,
  "Symbol.for returns one symbol per key": `
console.log(Symbol.for("app") === Symbol.for("app"), Symbol.for("app") === Symbol.for("other"));`,
  "Symbol.for differs from Symbol()": `
console.log(Symbol.for("k") === Symbol("k"), Symbol.for("k").description);`,
  "Symbol.keyFor of a registered symbol": `
const s = Symbol.for("reg");
Symbol.for("another");
console.log(Symbol.keyFor(s));`,
  "Symbol.keyFor of an unregistered symbol is undefined": `
console.log(Symbol.keyFor(Symbol("loose")) === undefined, Symbol.keyFor(Symbol()) === undefined);`,
  "typeof a symbol": `
const s = Symbol("t");
console.log(typeof s, typeof s === "symbol", typeof "x" === "symbol");`,
  "typeof in a helper function of unknown values": `
function kind(v: unknown): string { return typeof v; }
console.log(kind(Symbol()), kind(1), kind("s"), kind({}));`,
  "symbols as object keys": `
const a = Symbol("k");
const c = Symbol("k");
const o: Record<symbol, number> = { [a]: 1 };
o[c] = 2;
console.log(o[a], o[c]);`,
  "symbols as Map keys": `
const red = Symbol("red");
const blue = Symbol("blue");
const names = new Map<symbol, string>([[red, "R"], [blue, "B"]]);
console.log(names.get(red), names.get(blue), names.has(Symbol("red")), names.size);`,
  "symbols in a Set": `
const s1 = Symbol("a");
const set = new Set([s1, Symbol("a")]);
console.log(set.size, set.has(s1));`,
  "symbols in arrays": `
const a = Symbol("a");
const c = Symbol("c");
const list = [a, c];
console.log(list.indexOf(c), list.includes(a), list.includes(Symbol("a")));`,
  "symbols as enum-like constants": `
const Colors = { RED: Symbol("red"), GREEN: Symbol("green") };
function name(c: symbol): string {
  if (c === Colors.RED) return "red";
  if (c === Colors.GREEN) return "green";
  return "?";
}
console.log(name(Colors.GREEN), name(Colors.RED), name(Symbol("red")));`,
  "a symbol in a switch": `
const GO = Symbol("go");
const STOP = Symbol("stop");
function act(s: symbol): string {
  switch (s) {
    case GO: return "going";
    case STOP: return "stopping";
    default: return "unknown";
  }
}
console.log(act(GO), act(STOP), act(Symbol()));`,
  "description in a template": `
const s = Symbol("tpl");
console.log(\`desc=\${s.description}\`, \`str=\${s.toString()}\`);`,
  "a symbol passed through a function": `
function describe(s: symbol): string { return s.description ?? "(none)"; }
console.log(describe(Symbol("p")), describe(Symbol()));`,
  "Symbol.for with a computed key": `
const ns = "app";
const s = Symbol.for(ns + ".id");
console.log(Symbol.keyFor(s), s === Symbol.for("app.id"));`,
  "Symbol.iterator names an object's iterator": `
const bag = {
  [Symbol.iterator]() {
    let n = 0;
    return { next: () => (n < 3 ? { value: n++ * 10, done: false } : { value: 0, done: true }) };
  },
};
console.log([...bag].join(","));`,
  "a symbol stored in a class field": `
class Token {
  readonly id = Symbol("token");
}
const t1 = new Token();
const t2 = new Token();
console.log(t1.id === t2.id, t1.id.description);`,
  "symbol descriptions sorted": `
const syms = [Symbol("b"), Symbol("c"), Symbol("a")];
console.log(syms.map((s) => s.description ?? "").sort().join(""));`,
  "Symbol.keyFor distinguishes registries": `
const local = Symbol("same");
const global = Symbol.for("same");
console.log(Symbol.keyFor(local) === undefined, Symbol.keyFor(global));`,
});
