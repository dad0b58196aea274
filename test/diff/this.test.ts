// `this` outside classes: methods and function expressions of object literals,
// functions declared with a `this` parameter called through call/apply/bind,
// arrows inside them, and plain calls (this is undefined).
import { diffSuite } from "../helpers/diff.js";

diffSuite("this outside classes", {
  "an object literal method reads its object": `
const counter = {
  count: 0,
  step: 2,
  bump() { this.count += this.step; return this.count; },
};
counter.bump();
console.log(counter.bump(), counter.count);`,

  "a function expression as a property reads its object": `
const greeter = {
  name: "ada",
  greet: function (greeting: string) { return greeting + ", " + this.name; },
};
console.log(greeter.greet("hi"));`,

  "one method calls another through this": `
const shape = {
  w: 3,
  h: 4,
  area() { return this.w * this.h; },
  describe() { return "area " + this.area() + " of " + this.w + "x" + this.h; },
};
console.log(shape.describe());`,

  "an arrow inside a method shares its this": `
const list = {
  factor: 10,
  items: [1, 2, 3],
  scaled() { return this.items.map((x) => x * this.factor); },
};
console.log(list.scaled().join(","));`,

  "methods see later changes to their object": `
const box = {
  value: 1,
  get() { return this.value; },
};
box.value = 42;
console.log(box.get());`,

  "a method that returns this allows chaining": `
const builder = {
  parts: [] as string[],
  add(p: string) { this.parts.push(p); return this; },
  build() { return this.parts.join("-"); },
};
console.log(builder.add("a").add("b").add("c").build());`,

  "each object made by a factory has its own this": `
function makeAccount(owner: string) {
  return {
    owner,
    balance: 0,
    deposit(n: number) { this.balance += n; return this; },
    report() { return this.owner + ": " + this.balance; },
  };
}
const a = makeAccount("ann");
const b = makeAccount("bob");
a.deposit(5).deposit(7);
b.deposit(1);
console.log(a.report(), "|", b.report());`,

  "objects made in a loop keep their own this": `
const objs = [];
for (let i = 0; i < 3; i++) {
  objs.push({ id: i, show() { return "id " + this.id; } });
}
console.log(objs.map((o) => o.show()).join(", "));`,

  "a method passed as a callback keeps its object": `
const formatter = {
  prefix: "> ",
  format(s: string) { return this.prefix + s; },
};
const lines = ["a", "b"].map((s) => formatter.format(s));
console.log(lines.join(" "));`,

  "an interface-typed object with methods using this": `
interface Stack {
  items: number[];
  push(n: number): void;
  peek(): number | undefined;
  size(): number;
}
const s: Stack = {
  items: [],
  push(n) { this.items.push(n); },
  peek() { return this.items.length ? this.items[this.items.length - 1] : undefined; },
  size() { return this.items.length; },
};
s.push(3);
s.push(9);
console.log(s.peek(), s.size());`,

  "optional call of a method that uses this": `
const obj: { v: string; f?(p: string): string; g?(p: string): string } = {
  v: "value",
  f(p: string) { return p + this.v; },
};
console.log(obj.f?.("f:"), obj.g?.("g:") ?? "no g");`,

  "a method read with a string key": `
const ops = {
  base: 100,
  add(n: number) { return this.base + n; },
  sub(n: number) { return this.base - n; },
};
for (const k of ["add", "sub"] as const) console.log(k, ops[k](1));`,

  "a nested object literal has its own this": `
const outer = {
  name: "outer",
  inner: {
    name: "inner",
    who() { return this.name; },
  },
  who() { return this.name + "/" + this.inner.who(); },
};
console.log(outer.who());`,

  "a method of an object literal inside a class method": `
class Widget {
  label = "widget";
  make() {
    const self = this;
    return {
      label: "literal",
      own() { return this.label; },
      outer: () => this.label,
      viaSelf() { return self.label; },
    };
  }
}
const m = new Widget().make();
console.log(m.own(), m.outer(), m.viaSelf());`,

  "a generator method using this": `
const range = {
  from: 2,
  to: 5,
  *values() { for (let i = this.from; i <= this.to; i++) yield i; },
};
console.log([...range.values()].join(" "));`,

  "an async method using this": `
const loader = {
  source: "disk",
  async load(name: string) { return name + " from " + this.source; },
};
loader.load("cfg").then((r) => console.log(r));`,

  "call with a this argument": `
function describe(this: { name: string }, suffix: string) {
  return this.name + suffix;
}
console.log(describe.call({ name: "x" }, "!"), describe.call({ name: "y" }, "?"));`,

  "apply with a this argument and an array": `
function total(this: { base: number }, a: number, b: number) {
  return this.base + a + b;
}
const args: [number, number] = [2, 3];
console.log(total.apply({ base: 10 }, args));`,

  "apply without an argument array": `
function get(this: { v: number }) {
  return this.v * 2;
}
console.log(get.apply({ v: 21 }));`,

  "bind fixes this and leading arguments": `
function join(this: { sep: string }, a: string, b: string) {
  return a + this.sep + b;
}
const dash = join.bind({ sep: "-" });
const withA = join.bind({ sep: "+" }, "a");
console.log(dash("x", "y"), withA("b"), withA("c"));`,

  "a function expression with a this parameter in a const": `
const scale = function (this: { k: number }, n: number) { return n * this.k; };
console.log(scale.call({ k: 3 }, 5), scale.apply({ k: 4 }, [5]), scale.bind({ k: 5 })(5));`,

  "a primitive as this": `
function twice(this: number) { return this * 2; }
function shout(this: string, end: string) { return this.toUpperCase() + end; }
console.log(twice.call(21), shout.call("hey", "!"));`,

  "destructuring this": `
function pick(this: { a: number; b: string }) {
  const { a, b } = this;
  return b.repeat(a);
}
console.log(pick.call({ a: 3, b: "ab" }));`,

  "an arrow in a this function sees that this": `
function collect(this: { tag: string }, xs: number[]) {
  return xs.map((x) => this.tag + x);
}
console.log(collect.call({ tag: "#" }, [1, 2, 3]).join(" "));`,

  "a plain call passes undefined as this": `
function whoAmI(this: unknown) {
  return this === undefined ? "no this" : "has this";
}
console.log(whoAmI(), whoAmI.call({}));`,

  "a this function put into an object literal": `
function speak(this: { sound: string }, times: number) {
  return this.sound.repeat(times);
}
const dog = { sound: "woof ", speak };
const cat = { sound: "meow ", talk: speak };
console.log(dog.speak(2).trim(), "|", cat.talk(1).trim());`,

  "call evaluates this before the arguments": `
const log: string[] = [];
function mark(this: { n: number }, a: number) { return this.n + a; }
function thisArg() { log.push("this"); return { n: 1 }; }
function arg() { log.push("arg"); return 2; }
console.log(mark.call(thisArg(), arg()), log.join(","));`,

  "a recursive function using this": `
function depth(this: { step: number }, n: number): number {
  return n <= 0 ? 0 : this.step + depth.call(this, n - 1);
}
console.log(depth.call({ step: 5 }, 4));`,

  "methods sharing state through this across calls": `
const game = {
  score: 0,
  history: [] as number[],
  hit(points: number) {
    this.score += points;
    this.history.push(this.score);
  },
  summary() {
    return this.history.join(" -> ") + " = " + this.score;
  },
};
[3, 5, 2].forEach((p) => game.hit(p));
console.log(game.summary());`,

  "an object literal method that does not use this stays a plain function": `
const util = {
  double(n: number) { return n * 2; },
  both(n: number) { return [util.double(n), n]; },
};
const d = util.double;
console.log(d(4), util.both(3).join(","));`,

  "call on a function that does not use this ignores it": `
function add(a: number, b: number) { return a + b; }
console.log(add.call(null, 1, 2), add.apply(undefined, [3, 4]), add.bind(null, 10)(5));`,

  "a method of a literal called through call with the same object": `
const o = {
  v: 7,
  get() { return this.v; },
};
console.log(o.get.call(o), o.get.apply(o), o.get.bind(o)());`,

  "this in a method of an object returned from a closure": `
function makeCounter(start: number) {
  let calls = 0;
  return {
    value: start,
    next() { calls++; this.value += 1; return this.value; },
    calls() { return calls; },
  };
}
const c = makeCounter(10);
c.next();
c.next();
console.log(c.value, c.calls());`,

  "a tag function that uses this via call": `
function label(this: { prefix: string }, strings: TemplateStringsArray, ...values: number[]) {
  return this.prefix + strings.join("|") + values.join(",");
}
function plainTag(strings: TemplateStringsArray, ...values: number[]) {
  return label.call({ prefix: "P:" }, strings, ...values);
}
console.log(plainTag\`a\${1}b\${2}c\`);`,

  "a parameter default reads this": `
function plus(this: { base: number }, n: number = this.base) { return n + this.base; }
const cfg = { base: 10, plus };
console.log(cfg.plus(), cfg.plus(1), plus.call({ base: 1 }));`,

  "a method reached through optional chaining and an array": `
type Item = { name: string; label(): string };
const items: (Item | undefined)[] = [{ name: "a", label() { return "<" + this.name + ">"; } }, undefined];
console.log(items[0]?.label(), items[1]?.label() ?? "none", items.map((i) => i?.label()).join(","));`,

  "an arrow returning an object literal whose method uses this": `
const make = (v: number) => ({ v, twice() { return this.v * 2; } });
console.log(make(4).twice(), make(5).twice());`,

  "a method replaces a property of its object": `
const store = {
  items: [3, 1, 2],
  sort() { this.items = [...this.items].sort((a, b) => a - b); return this; },
};
console.log(store.sort().items.join(","));`,

  "a method with rest parameters": `
const math = {
  scale: 2,
  sum(...xs: number[]) { return xs.reduce((a, b) => a + b, 0) * this.scale; },
};
console.log(math.sum(1, 2, 3), math.sum());`,

  "JSON.stringify and Object.keys of an object with methods": `
const point = {
  x: 1,
  y: 2,
  norm() { return Math.abs(this.x) + Math.abs(this.y); },
};
console.log(JSON.stringify(point), Object.keys(point).join(","), point.norm());`,

  "typeof a method that uses this": `
const o = { k: 1, m() { return this.k; } };
console.log(typeof o.m, typeof o.k, o.m());`,

  "a method of an object held in a Map": `
const registry = new Map<string, { hits: number; hit(): number }>();
registry.set("a", { hits: 0, hit() { return ++this.hits; } });
registry.get("a")!.hit();
console.log(registry.get("a")!.hit(), registry.get("a")!.hits);`,

  "this inside a nested function expression is the inner object": `
const outer = {
  tag: "outer",
  make() {
    return { tag: "inner", read: function () { return this.tag; } };
  },
};
console.log(outer.make().read(), outer.tag);`,

  "a state machine object with methods": `
const light = {
  state: "red" as "red" | "green" | "yellow",
  order: { red: "green", green: "yellow", yellow: "red" } as const,
  next() { this.state = this.order[this.state]; return this.state; },
};
const seen = [light.next(), light.next(), light.next(), light.next()];
console.log(seen.join(" -> "));`,

  "an optional call of a function that uses this": `
function hello(this: unknown, name: string) { return "hello " + name + (this === undefined ? "" : "!"); }
console.log(hello?.("a"), hello.call(1, "b"), typeof hello);`,
});
