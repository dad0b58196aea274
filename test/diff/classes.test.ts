import { describe, expect, test } from "vitest";
import * as path from "node:path";
import { diffSuite, compileSnippets } from "../helpers/diff.js";
import { Codes } from "../../compiler/diagnostics.js";

diffSuite("classes", {
  "constructor and methods": `
class Counter {
  count: number;
  constructor(start: number) { this.count = start; }
  inc(): void { this.count++; }
  get2(): number { return this.count * 2; }
}
const c = new Counter(5);
c.inc(); c.inc();
console.log(c.count, c.get2());`,

  "parameter properties public private readonly": `
class Point {
  constructor(public x: number, private y: number, readonly label: string, protected z = 7) {}
  describe(): string { return this.label + "(" + this.x + "," + this.y + "," + this.z + ")"; }
}
const p = new Point(1, 2, "p");
p.x = 10;
console.log(p.describe(), p.x, p.label);`,

  "field initialisers use parameter properties": `
class Box {
  area = () => this.w * this.h;
  describe = (): string => "box " + this.w + "x" + this.h;
  constructor(public w: number, public h: number) {}
}
const b = new Box(3, 4);
b.w = 5;
console.log(b.area(), b.describe());`,

  "field initialisers run before parameter properties are assigned (ES2022 fields)": `
class Sensor {
  seen = this.peek();
  constructor(public pin: number) {}
  peek(): string { return this.pin === undefined ? "pin unset" : "pin " + this.pin; }
}
const s = new Sensor(4);
console.log(s.seen, s.peek());`,

  "field initialisers after super() in a subclass": `
class Base {
  log: string[] = [];
  constructor(public id: number) { this.log.push("base " + id); }
}
class Derived extends Base {
  tag = "tag" + this.id;
  constructor(id: number, public extra: string) {
    super(id);
    this.log.push("derived " + this.tag + " " + this.extra);
  }
}
const d = new Derived(3, "x");
console.log(d.log.join("; "), d.tag, d.extra);`,

  "field initialisers give each instance its own array and object": `
class Bag {
  items: string[] = [];
  counts: Record<string, number> = {};
  add(s: string) { this.items.push(s); this.counts[s] = (this.counts[s] ?? 0) + 1; }
}
const a = new Bag();
const b = new Bag();
a.add("x"); a.add("x"); b.add("y");
console.log(a.items.length, b.items.length, a.counts["x"], b.counts["x"] ?? 0, b.counts["y"]);
console.log(a.items.join(","), b.items.join(","));`,

  "field initialisers run before the constructor body": `
class Log {
  lines: string[] = ["init"];
  constructor(first: string) { this.lines.push(first); }
}
console.log(new Log("ctor").lines.join(" > "));`,

  "uninitialised and optional fields": `
class Opt {
  a?: number;
  b!: string;
  c: number | undefined;
  setB(v: string) { this.b = v; }
}
const o = new Opt();
console.log(o.a === undefined, o.c === undefined);
o.setB("bee");
o.a = 3;
console.log(o.b, o.a);`,

  "static fields and methods": `
class MathUtil {
  static PI2 = 6.28;
  static twice(n: number): number { return n * 2; }
  static describe(): string { return "pi2=" + MathUtil.PI2; }
}
console.log(MathUtil.twice(21), MathUtil.PI2, MathUtil.describe());
MathUtil.PI2 = 7;
console.log(MathUtil.describe());`,

  "static counter incremented from the constructor": `
class Thing {
  static count = 0;
  id: number;
  constructor() { Thing.count++; this.id = Thing.count; }
}
const a = new Thing(); const b = new Thing(); const c = new Thing();
console.log(Thing.count, a.id, b.id, c.id);`,

  "static field referring to the class": `
class Color {
  constructor(public r: number, public g: number, public b: number) {}
  static BLACK = new Color(0, 0, 0);
  static WHITE = new Color(255, 255, 255);
  static ALL = [Color.BLACK, Color.WHITE];
  hex(): string { return this.r === 0 ? "#000" : "#fff"; }
}
console.log(Color.WHITE.r, Color.BLACK.hex(), Color.ALL.length, Color.ALL[1].hex());`,

  "static method uses this": `
class Reg {
  static items: string[] = [];
  static add(s: string): number { this.items.push(s); return this.items.length; }
}
Reg.add("a");
console.log(Reg.add("b"), Reg.items.join("+"));`,

  "getters and setters": `
class Temp {
  private c = 0;
  get celsius(): number { return this.c; }
  set celsius(v: number) { this.c = v; }
  get fahrenheit(): number { return this.c * 9 / 5 + 32; }
  set fahrenheit(f: number) { this.c = (f - 32) * 5 / 9; }
}
const t = new Temp();
t.celsius = 100;
console.log(t.celsius, t.fahrenheit);
t.fahrenheit = 32;
console.log(t.celsius);
t.celsius += 5;
console.log(t.celsius);`,

  "setter only": `
class Sink {
  log: string[] = [];
  set value(v: string) { this.log.push(v); }
}
const s = new Sink();
s.value = "a";
s.value = "b";
console.log(s.log.join(","));`,

  "inherited accessors": `
class Shape {
  protected _name = "shape";
  get name(): string { return this._name.toUpperCase(); }
  set name(v: string) { this._name = v; }
}
class Circle extends Shape {
  constructor(public r: number) { super(); }
  get area(): number { return Math.round(3.14159 * this.r * this.r); }
}
const c = new Circle(2);
console.log(c.name, c.area);
c.name = "round";
console.log(c.name);`,

  "extends and super call": `
class Animal {
  constructor(public name: string, public legs: number) {}
  describe(): string { return this.name + " has " + this.legs + " legs"; }
}
class Dog extends Animal {
  constructor(name: string, public breed: string) { super(name, 4); }
}
const d = new Dog("rex", "lab");
console.log(d.describe(), d.breed);`,

  "subclass without constructor passes arguments": `
class Base { constructor(public v: number) {} }
class Child extends Base { extra = this.v * 10; }
const c = new Child(4);
console.log(c.v, c.extra);`,

  "super method calls and overriding": `
class A {
  hello(): string { return "A"; }
  who(): string { return "I am " + this.hello(); }
}
class B extends A {
  hello(): string { return "B<" + super.hello() + ">"; }
}
class C extends B {
  hello(): string { return "C<" + super.hello() + ">"; }
}
console.log(new A().who(), new B().who(), new C().who());`,

  "super method inside an arrow function": `
class A {
  tag(s: string): string { return "[" + s + "]"; }
}
class B extends A {
  tag(s: string): string { return "{" + s + "}"; }
  all(xs: string[]): string[] { return xs.map((x) => super.tag(x) + this.tag(x)); }
}
console.log(new B().all(["a", "b"]).join(" "));`,

  "abstract classes and methods": `
abstract class Shape {
  abstract area(): number;
  abstract readonly kind: string;
  describe(): string { return this.kind + " " + this.area(); }
}
class Sq extends Shape {
  kind = "square";
  constructor(private s: number) { super(); }
  area(): number { return this.s * this.s; }
}
class Rect extends Shape {
  readonly kind = "rect";
  constructor(private w: number, private h: number) { super(); }
  area(): number { return this.w * this.h; }
}
const shapes: Shape[] = [new Sq(3), new Rect(2, 5)];
for (const s of shapes) console.log(s.describe());`,

  "instanceof with user classes": `
class Animal {}
class Cat extends Animal {}
class Car {}
const xs: object[] = [new Animal(), new Cat(), new Car()];
for (const x of xs) console.log(x instanceof Animal, x instanceof Cat, x instanceof Car);`,

  "instanceof narrows a union": `
class Circle { constructor(public r: number) {} }
class Square { constructor(public s: number) {} }
function area(sh: Circle | Square): number {
  if (sh instanceof Circle) return sh.r * sh.r * 3;
  return sh.s * sh.s;
}
console.log(area(new Circle(2)), area(new Square(3)));`,

  "toString in templates, concatenation and String()": `
class Vec {
  constructor(public x: number, public y: number) {}
  toString(): string { return "(" + this.x + ", " + this.y + ")"; }
}
const v = new Vec(1, 2);
console.log(\`v = \${v}\`);
console.log("v is " + v);
console.log(String(v), v.toString());
const vs = [new Vec(0, 0), new Vec(3, 4)];
console.log(vs.join(" -> "), "" + vs);`,

  "inherited toString": `
class Named { constructor(public n: string) {} toString() { return "Named:" + this.n; } }
class Sub extends Named {}
console.log(\`\${new Sub("s")}\`, "" + new Sub("t"));`,

  "class instances in arrays and maps": `
class Item { constructor(public name: string, public price: number) {} }
const items = [new Item("a", 3), new Item("b", 1), new Item("c", 2)];
items.sort((x, y) => x.price - y.price);
console.log(items.map((i) => i.name).join(""));
const byName = new Map<string, Item>();
for (const i of items) byName.set(i.name, i);
console.log(byName.get("c")!.price, byName.has("z"));
const total = items.reduce((s, i) => s + i.price, 0);
console.log(total, items.filter((i) => i.price > 1).length);
const keyed = new Map<Item, number>();
keyed.set(items[0], 10);
console.log(keyed.get(items[0]), keyed.get(items[1]));`,

  "this captured by arrow functions in methods": `
class Btn {
  clicks = 0;
  handlers: Array<() => void> = [];
  constructor(public label: string) {
    this.handlers.push(() => { this.clicks++; });
  }
  onClick(): () => string { return () => this.label + ":" + this.clicks; }
  fire() { this.handlers.forEach((h) => h()); }
}
const b = new Btn("ok");
const report = b.onClick();
b.fire(); b.fire();
console.log(report());
[1, 2, 3].forEach((n) => { b.clicks += n; });
console.log(report());`,

  "arrow function field captures this": `
class Timer {
  ticks = 0;
  tick = () => { this.ticks++; return this.ticks; };
}
const t = new Timer();
const f = t.tick;
f(); f();
console.log(t.ticks, t.tick());`,

  "callbacks to methods keep their object": `
class Acc {
  total = 0;
  add(n: number) { this.total += n; }
  addAll(xs: number[]) { xs.forEach((x) => this.add(x)); return this; }
}
console.log(new Acc().addAll([1, 2, 3]).total);`,

  "method chaining returns this": `
class Builder {
  parts: string[] = [];
  add(p: string): this { this.parts.push(p); return this; }
  build(): string { return this.parts.join("-"); }
}
console.log(new Builder().add("a").add("b").add("c").build());`,

  "class expressions": `
const Greeter = class {
  constructor(public who: string) {}
  greet() { return "hello " + this.who; }
};
const Named = class Inner { static kind = "inner"; id() { return Inner.kind; } };
console.log(new Greeter("you").greet(), new Named().id());
function make(base: number) {
  return class { value = base * 2; };
}
const K = make(21);
console.log(new K().value);`,

  "private hash fields": `
class Account {
  #balance = 0;
  #log: string[] = [];
  static #created = 0;
  constructor(public owner: string) { Account.#created++; }
  deposit(n: number) { this.#balance += n; this.#log.push("+" + n); }
  get balance() { return this.#balance; }
  #secret() { return "s" + this.#balance; }
  reveal() { return this.#secret() + " " + this.#log.join(""); }
  static created() { return Account.#created; }
}
const a = new Account("ann");
a.deposit(5); a.deposit(7);
new Account("bob");
console.log(a.balance, a.reveal(), Account.created());`,

  "private hash field and public field with the same name": `
class Twin {
  #v = 1;
  v = 2;
  sum() { return this.#v + this.v; }
}
console.log(new Twin().sum());`,

  "interfaces implemented by classes": `
interface Shape {
  name: string;
  area(): number;
}
class Sq implements Shape {
  name = "sq";
  constructor(private s: number) {}
  area() { return this.s * this.s; }
}
class Circ implements Shape {
  constructor(public name: string, private r: number) {}
  area() { return Math.round(3.14 * this.r * this.r); }
}
function show(s: Shape): string { return s.name + "=" + s.area(); }
const shapes: Shape[] = [new Sq(2), new Circ("c", 1)];
console.log(shapes.map(show).join(" "));
const first: Shape = shapes[0];
console.log(first.name, first.area());`,

  "interface with a getter property implemented by a class": `
interface HasSize { readonly size: number; }
class Stack implements HasSize {
  private items: number[] = [];
  push(n: number) { this.items.push(n); }
  get size() { return this.items.length; }
}
const s = new Stack();
s.push(1); s.push(2);
const h: HasSize = s;
console.log(h.size);`,

  "interface typed data objects": `
interface Config { host: string; port: number; tags: string[]; }
const cfg: Config = { host: "localhost", port: 80, tags: ["a"] };
cfg.port = 8080;
cfg.tags.push("b");
function url(c: Config) { return c.host + ":" + c.port; }
console.log(url(cfg), cfg.tags.length);`,

  "optional properties read as undefined": `
interface Opts { name: string; retries?: number; verbose?: boolean; }
function describe(o: Opts): string {
  return o.name + " " + (o.retries ?? 3) + " " + (o.verbose === undefined ? "unset" : String(o.verbose));
}
console.log(describe({ name: "a" }));
console.log(describe({ name: "b", retries: 0, verbose: false }));
const o: Opts = { name: "c" };
console.log(o.retries === undefined, o.retries);
o.retries = 5;
console.log(o.retries);`,

  "generic class": `
class Stack<T> {
  private items: T[] = [];
  push(x: T): void { this.items.push(x); }
  pop(): T | undefined { return this.items.pop(); }
  peek(): T | undefined { return this.items[this.items.length - 1]; }
  get size(): number { return this.items.length; }
}
const s = new Stack<number>();
s.push(1); s.push(2); s.push(3);
console.log(s.pop(), s.size, s.peek());
const t = new Stack<string>();
t.push("x");
console.log(t.pop(), t.pop(), t.size);`,

  "class members named like python keywords and builtins": `
class Weird {
  from = 1;
  print = 2;
  None = 3;
  lambda(): number { return this.from + this.print + this.None; }
  str(): string { return "s"; }
  len(): number { return 9; }
}
const w = new Weird();
console.log(w.lambda(), w.str(), w.len(), w.from);`,

  "methods passed as callbacks bound by arrow": `
class Fmt {
  constructor(private prefix: string) {}
  fmt(s: string) { return this.prefix + s; }
}
const f = new Fmt("> ");
console.log(["a", "b"].map((s) => f.fmt(s)).join("|"));`,

  "object identity of instances": `
class N { constructor(public v: number) {} }
const a = new N(1);
const b = new N(1);
const c = a;
console.log(a === b, a === c, a !== b, a.v === b.v);`,

  "console.log of an instance": `
class P { constructor(public x: number, public name: string) {} }
console.log(new P(1, "a"));
console.log([new P(2, "b")].length);`,

  "override calling base constructor logic": `
class Base {
  log: string[] = [];
  constructor() { this.log.push("base"); this.init(); }
  init() { this.log.push("base-init"); }
}
class Derived extends Base {
  constructor() { super(); this.log.push("derived"); }
  init() { this.log.push("derived-init"); }
}
console.log(new Derived().log.join(","));`,

  "protected members across subclasses": `
class Base {
  protected count = 0;
  protected bump(): number { return ++this.count; }
}
class Sub extends Base {
  run(): string { this.bump(); this.bump(); return "count=" + this.count; }
}
console.log(new Sub().run());`,

  "static method polymorphic this and new this()": `
class Model {
  static table = "models";
  static create<T extends Model>(this: new () => T): T { return new this(); }
  static describe(): string { return "table " + this.table; }
  kind(): string { return "model"; }
}
class User extends Model {
  static table = "users";
  kind(): string { return "user"; }
}
console.log(User.create().kind(), Model.create().kind(), User.describe(), Model.describe());`,

  "super getter and overridden accessors": `
class Base {
  protected _v = 1;
  get value(): number { return this._v; }
  set value(n: number) { this._v = n; }
  get label(): string { return "base"; }
}
class Twice extends Base {
  get value(): number { return super.value * 2; }
  set value(n: number) { this._v = n + 1; }
  get label(): string { return super.label + "+twice"; }
}
const t = new Twice();
console.log(t.value, t.label);
t.value = 4;
console.log(t.value);`,

  "static initialisation block": `
class Table {
  static rows: string[] = [];
  static ready = false;
  static {
    for (let i = 0; i < 3; i++) this.rows.push("row" + i);
    Table.ready = true;
  }
}
console.log(Table.rows.join(","), Table.ready);`,

  "class expression referring to itself and instanceof": `
const Node2 = class N {
  children: InstanceType<typeof N>[] = [];
  constructor(public label: string) {}
  add(label: string) { const c = new N(label); this.children.push(c); return c; }
};
const root = new Node2("root");
root.add("a").add("b");
console.log(root.children.length, root.children[0].children[0].label, root instanceof Node2);`,

  "parameter property named like a python builtin": `
class Item {
  constructor(public id: number, public type: string, public list: number[]) {
    console.log("made", id, type, list.length);
  }
  describe() { return this.type + "#" + this.id; }
}
const it = new Item(7, "box", [1, 2]);
console.log(it.describe(), it.id, it.list.length);`,

  "interface with optional method called through the interface": `
interface Plugin { name: string; init?(): string; }
class WithInit implements Plugin { name = "a"; init() { return "init " + this.name; } }
class NoInit implements Plugin { name = "b"; }
const ps: Plugin[] = [new WithInit(), new NoInit()];
for (const p of ps) console.log(p.name, p.init?.() ?? "no init");`,

  "generic function over an interface implemented by classes": `
interface Sized { size(): number; }
class Bag implements Sized { constructor(private n: number) {} size() { return this.n; } }
class Pair implements Sized { size() { return 2; } }
function biggest<T extends Sized>(xs: T[]): T { let best = xs[0]; for (const x of xs) if (x.size() > best.size()) best = x; return best; }
const items: Sized[] = [new Bag(1), new Pair(), new Bag(5)];
console.log(biggest(items).size());`,

  "class instance keyed access with a string": `
class Settings { volume = 3; brightness = 7; }
const s = new Settings();
const keys: (keyof Settings)[] = ["volume", "brightness"];
for (const k of keys) console.log(k, s[k]);
s["volume"] = 9;
const k2: keyof Settings = "brightness";
s[k2] = 1;
console.log(s.volume, s.brightness);`,

  "delete of an optional field on an instance": `
class Conn { session?: string = "abc"; }
const c = new Conn();
delete c.session;
console.log(c.session === undefined, c.session);`,

  "singleton in a static field whose constructor reads the static": `
class Config {
  static instance: Config | undefined = new Config("default");
  static created = 0;
  readonly previous: string;
  constructor(public name: string) {
    this.previous = Config.instance?.name ?? "none";
    Config.created = (Config.created ?? 0) + 1;
  }
}
const c = new Config("custom");
console.log(Config.instance!.name, Config.instance!.previous, c.previous, Config.created);`,

  "mixin returning a class expression": `
type Ctor<T = {}> = new (...args: any[]) => T;
function Named<TBase extends Ctor>(Base: TBase) {
  return class extends Base {
    label = "named";
    describe() { return "I am " + this.label; }
  };
}
class Plain { constructor(public id: number) {} }
const NamedPlain = Named(Plain);
const np = new NamedPlain(5);
console.log(np.describe(), np.id, np instanceof Plain, np instanceof NamedPlain);`,

  "generic abstract base class with a constrained type": `
abstract class Repo<T extends { id: number }> {
  protected items: T[] = [];
  add(x: T): void { this.items.push(x); }
  find(id: number): T | undefined { return this.items.find((i) => i.id === id); }
  abstract name(): string;
}
class UserRepo extends Repo<{ id: number; user: string }> { name() { return "users"; } }
const ur = new UserRepo();
ur.add({ id: 1, user: "ann" });
console.log(ur.name(), ur.find(1)?.user, ur.find(2)?.user);`,
});

// Class constructs mpts refuses: a diagnostic with the code, never wrong output.
const refused: Record<string, { code: number; source: string }> = {
  "private name next to a member spelled the same": {
    code: Codes.privateName,
    source: `class A { #x = 1; _x = 2; sum() { return this.#x + this._x; } }\nconsole.log(new A().sum());`,
  },
  "private name redeclared in a subclass": {
    code: Codes.privateName,
    source: `class A { #x = 1; ax() { return this.#x; } }\nclass B extends A { #x = 2; bx() { return this.#x; } }\nconsole.log(new B().ax());`,
  },
  "assignment to a super property that is no setter": {
    code: Codes.superProperty,
    source: `class A { m() { return 1; } }\nclass B extends A { set2() { super.m = () => 2; } }\nnew B().set2();`,
  },
  "class with a static accessor used as a value": {
    code: Codes.unsupportedMember,
    source: `class A { static m = 0; static set n(v: number) { A.m = v; } }\nconst k: { n: number } = A;\nk.n = 1;`,
  },
  "reading an Error's stack": { code: Codes.unsupportedMember, source: `const e = new Error("x");\nconsole.log(e.stack);` },
};

describe("class diagnostics", () => {
  const compiled = compileSnippets(Object.fromEntries(Object.entries(refused).map(([k, v]) => [k, v.source])));
  Object.entries(refused).forEach(([name, { code }], i) => {
    test(name, () => {
      const file = path.join(compiled.dir, `case_${i}.ts`);
      expect(compiled.tsErrors.get(file) ?? []).toEqual([]);
      expect(compiled.outputs.get(file)!.diagnostics.map((d) => d.code)).toContain(code);
    });
  });
});
