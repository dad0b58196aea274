import { diffSuite } from "../helpers/diff.js";

diffSuite("types", {
  "optional property access": `
interface Node2 { value: number; next?: Node2; }
const list: Node2 = { value: 1, next: { value: 2 } };
console.log(list.next?.value, list.next?.next?.value);
let maybe: Node2 | undefined;
console.log(maybe?.value);
maybe = list;
console.log(maybe?.value);`,

  "optional chain continues after the optional link": `
interface Inner { name: string; }
interface Outer { inner?: Inner; }
const a: Outer = {};
const b: Outer = { inner: { name: "bob" } };
console.log(a.inner?.name.length, b.inner?.name.length);
console.log(a.inner?.name.toUpperCase(), b.inner?.name.toUpperCase());`,

  "optional element access": `
const arrs: (number[] | undefined)[] = [[1, 2, 3], undefined];
for (const a of arrs) console.log(a?.[1], a?.[0]);
const rec: Record<string, string> | null = Math.random() > 2 ? null : { k: "v" };
console.log(rec?.["k"]);`,

  "optional call of a function": `
let cb: ((n: number) => number) | undefined;
console.log(cb?.(1));
cb = (n) => n * 2;
console.log(cb?.(21));`,

  "optional method call": `
class Svc { name = "svc"; hello(): string { return "hi from " + this.name; } }
interface Holder { svc?: Svc; log?: (s: string) => string; }
const h1: Holder = {};
const h2: Holder = { svc: new Svc(), log: (s) => "LOG " + s };
console.log(h1.svc?.hello(), h2.svc?.hello());
console.log(h1.log?.("x"), h2.log?.("y"));`,

  "optional method that may be missing": `
class Greeter { greet?(): string; }
class Loud extends Greeter { greet() { return "HELLO"; } }
const gs: Greeter[] = [new Greeter(), new Loud()];
for (const g of gs) console.log(g.greet?.());`,

  "chains with two optional links": `
interface C { d?: { e?: number } }
const xs: (C | undefined)[] = [undefined, {}, { d: {} }, { d: { e: 5 } }];
for (const x of xs) console.log(x?.d?.e);`,

  "optional chain evaluates the left side once": `
let calls = 0;
interface Box { v?: { n: number } }
function get(): Box { calls++; return { v: { n: calls * 10 } }; }
console.log(get()?.v?.n, calls);
class Counter {
  reads = 0;
  private inner = { label: "in" };
  get item(): { label: string } | undefined { this.reads++; return this.inner; }
}
const c = new Counter();
console.log(c.item?.label, c.item?.label.length, c.reads);`,

  "optional chain in a condition": `
interface User { profile?: { admin: boolean } }
const users: User[] = [{}, { profile: { admin: false } }, { profile: { admin: true } }];
for (const u of users) {
  if (u.profile?.admin) console.log("admin");
  else console.log("not admin");
}`,

  "nullish coalescing keeps 0, empty string and false": `
const values: (number | string | boolean | null | undefined)[] = [0, "", false, null, undefined, 5];
for (const v of values) console.log(String(v ?? "default"));
function pick(i: number): number | undefined { return i > 0 ? undefined : 0; }
console.log(pick(0) ?? 10, pick(1) ?? 10);`,

  "nullish coalescing evaluates the right side only when needed": `
let evaluated = 0;
function fallback(): string { evaluated++; return "fb"; }
const a: string | null = "have";
const b: string | null = null;
console.log(a ?? fallback(), b ?? fallback(), evaluated);`,

  "logical assignment operators": `
function none(): number | undefined { return undefined; }
let a = none();
a ??= 5;
a ??= 7;
let s = "";
s ||= "filled";
s ||= "again";
let t = "x";
t &&= t + "y";
let z = 0;
z &&= 99;
console.log(a, s, t, z);
const o: { n?: number; label: string; on: boolean } = { label: "", on: false };
o.n ??= 1;
o.n ??= 2;
o.label ||= "none";
o.on ||= true;
console.log(o.n, o.label, o.on);
const counts: Record<string, number[]> = {};
(counts["a"] ??= []).push(1);
(counts["a"] ??= []).push(2);
console.log(counts["a"].length);`,

  "logical assignment on class fields": `
class Cache {
  value?: string;
  hits = 0;
  get(): string { this.value ??= "computed"; this.hits++; return this.value; }
}
const c = new Cache();
console.log(c.get(), c.get(), c.hits);`,

  "numeric enums with implicit and explicit values": `
enum Dir { Up, Down, Left = 10, Right }
enum Flags { None = 0, A = 1 << 0, B = 1 << 1, AB = A | B }
console.log(Dir.Up, Dir.Down, Dir.Left, Dir.Right);
console.log(Flags.AB, (Flags.AB & Flags.B) !== 0);
const d: Dir = Dir.Left;
console.log(d === Dir.Left, d > Dir.Down);`,

  "string enums": `
enum Color { Red = "RED", Green = "GREEN" }
const c: Color = Color.Green;
console.log(c, Color.Red, c === Color.Green, \`color=\${c}\`);
function paint(col: Color): string { return "painted " + col; }
console.log(paint(Color.Red));`,

  "enum in switch": `
enum State { Idle, Running, Done }
function label(s: State): string {
  switch (s) {
    case State.Idle: return "idle";
    case State.Running: return "running";
    default: return "done";
  }
}
console.log(label(State.Idle), label(State.Running), label(State.Done));
enum Mode { Fast = "fast", Slow = "slow" }
function speed(m: Mode): number {
  switch (m) {
    case Mode.Fast: return 10;
    case Mode.Slow: return 1;
  }
}
console.log(speed(Mode.Fast) + speed(Mode.Slow));`,

  "enums as map and record keys": `
enum Pin { Led = 2, Button = 0 }
const names = new Map<Pin, string>();
names.set(Pin.Led, "led");
names.set(Pin.Button, "button");
console.log(names.get(Pin.Led), names.get(Pin.Button), names.size);
enum Level { Low = "low", High = "high" }
const limits: Record<Level, number> = { [Level.Low]: 1, [Level.High]: 9 };
console.log(limits[Level.High], limits[Level.Low]);`,

  "const enum": `
const enum Size { S = 1, M = 2, L = 3 }
const sizes = [Size.S, Size.L];
console.log(sizes.join(","), Size.M * 2);`,

  "generic functions": `
function first<T>(xs: T[]): T | undefined { return xs.length > 0 ? xs[0] : undefined; }
function pair<A, B>(a: A, b: B): [A, B] { return [a, b]; }
function mapAll<T, U>(xs: T[], f: (x: T) => U): U[] { const out: U[] = []; for (const x of xs) out.push(f(x)); return out; }
console.log(first([3, 4]), first<string>(["a"]), first([] as number[]));
const p = pair("k", 2);
console.log(p[0], p[1]);
console.log(mapAll([1, 2, 3], (x) => "n" + x).join(","));`,

  "generic constraints": `
interface HasLen { length: number; }
function longest<T extends HasLen>(a: T, b: T): T { return a.length >= b.length ? a : b; }
console.log(longest("abc", "de"), longest([1, 2], [1, 2, 3]).length);
function getProp<T, K extends keyof T>(o: T, k: K): T[K] { return o[k]; }
const cfg = { host: "h", port: 1 };
console.log(getProp(cfg, "host"), getProp(cfg, "port"));`,

  "type assertions, as const, non-null and satisfies are erased": `
const raw: unknown = "text";
const s = raw as string;
const n = <number>(<unknown>5);
const dirs = ["n", "s"] as const;
const cfg = { mode: "auto", retries: 3 } satisfies { mode: string; retries: number };
const maybe: string | undefined = Math.random() < 2 ? "here" : undefined;
console.log(s.length, n + 1, dirs.length, dirs[1], cfg.mode, cfg.retries, maybe!.length);
const el = [1, 2, 3].find((x) => x > 1)!;
console.log(el * 2);`,

  "type aliases and interfaces": `
type Id = number;
type Point = { x: number; y: number };
type Shape = { kind: "circle"; r: number } | { kind: "rect"; w: number; h: number };
interface Named { name: string; }
interface Pet extends Named { legs: number; }
const id: Id = 5;
const pt: Point = { x: 1, y: 2 };
function area(s: Shape): number { return s.kind === "circle" ? 3 * s.r * s.r : s.w * s.h; }
const pet: Pet = { name: "cat", legs: 4 };
console.log(id, pt.x + pt.y, area({ kind: "circle", r: 2 }), area({ kind: "rect", w: 2, h: 3 }), pet.name, pet.legs);`,

  "declare statements are erased": `
declare const BUILD: string;
declare function external(x: number): number;
declare class Ext { run(): void; }
declare namespace Lib { const v: number; }
declare global { interface Window2 { x: number } }
console.log("declarations compiled to nothing");`,

  "readonly arrays and tuples types": `
const xs: readonly number[] = [1, 2, 3];
const t: readonly [string, number] = ["a", 1];
function sum(a: ReadonlyArray<number>): number { return a.reduce((s, x) => s + x, 0); }
console.log(sum(xs), t[0], t[1]);`,

  "union narrowing with in and typeof": `
interface Cat { meow: string }
interface Dog { bark: string }
function speak(a: Cat | Dog): string { return "meow" in a ? a.meow : a.bark; }
function show(x: string | number): string { return typeof x === "string" ? x.toUpperCase() : (x * 2).toString(); }
console.log(speak({ meow: "m" }), speak({ bark: "b" }), show("s"), show(4));`,

  "interface method signatures on object literals": `
interface Greeter { prefix: string; greet(name: string): string; }
const g: Greeter = { prefix: "hi ", greet: (name: string) => "hello " + name };
console.log(g.prefix, g.greet("bob"));`,

  "interface implemented by a class and by an object literal": `
interface Shape { name: string; area(): number; }
class Sq implements Shape { name = "sq"; constructor(private s: number) {} area() { return this.s * this.s; } }
const lit: Shape = { name: "lit", area: () => 7 };
const shapes: Shape[] = [new Sq(3), lit];
for (const s of shapes) console.log(s.name, s.area());
shapes[0].name = "renamed";
shapes[1].name = "lit2";
console.log(shapes.map((s) => s.name).join(","));`,

  "enum reverse mapping": `
enum Dir { Up, Down, Left = 10, Right }
const d: Dir = Dir.Left;
console.log(Dir[d], Dir[Dir.Up], Dir[Dir.Right], Dir["Down"]);
function name(x: Dir): string { return Dir[x]; }
console.log([Dir.Down, Dir.Up].map(name).join(","));`,

  "enum values in templates and as computed keys": `
enum Kind { A = "a", B = "b" }
enum Num { One = 1, Two }
const table = { [Kind.A]: 1, [Kind.B]: 2 };
console.log(\`\${Kind.A}-\${Num.Two}\`, table[Kind.B], table["a"]);`,

  "chained nullish coalescing": `
function maybe(i: number): string | undefined { return i === 2 ? "two" : undefined; }
console.log(maybe(0) ?? maybe(1) ?? maybe(2) ?? "none", maybe(0) ?? maybe(1) ?? "none");
const label = \`value: \${maybe(5) ?? "n/a"}\`;
console.log(label);`,

  "optional chain with non-null assertion and method results": `
class Repo {
  private items = new Map<string, { name: string; tags?: string[] }>();
  add(id: string, name: string, tags?: string[]) { this.items.set(id, { name, tags }); return this; }
  find(id: string) { return this.items.get(id); }
}
const r = new Repo().add("1", "one", ["x", "y"]).add("2", "two");
console.log(r.find("1")?.name, r.find("3")?.name, r.find("1")?.tags!.length, r.find("2")?.tags?.length);
console.log(r.find("1")!.tags?.[1]);`,

  "optional call does not evaluate its arguments when the function is missing": `
let n = 0;
function bump(): number { n++; return n; }
const fns: (((x: number) => number) | undefined)[] = [undefined, (x) => x * 10];
for (const f of fns) console.log(f?.(bump()), n);
let i = 0;
const g: ((x: number) => void) | undefined = undefined as ((x: number) => void) | undefined;
g?.(i++);
console.log(i);`,

  "optional chain keeps the evaluation order of arguments": `
const order: string[] = [];
function a(): number { order.push("a"); return 1; }
function b(): { v: number } | undefined { order.push("b"); return { v: 2 }; }
function add(x: number, y: number | undefined): number { return x + (y ?? 0); }
console.log(add(a(), b()?.v), order.join(""));`,

  "user-defined type guards and discriminated unions": `
interface Fish { kind: "fish"; swim(): string; }
interface Bird { kind: "bird"; fly(): string; }
type Pet = Fish | Bird;
function isFish(p: Pet): p is Fish { return p.kind === "fish"; }
const pets: Pet[] = [
  { kind: "fish", swim: () => "swims" },
  { kind: "bird", fly: () => "flies" },
];
for (const p of pets) {
  console.log(isFish(p) ? p.swim() : p.fly());
  switch (p.kind) {
    case "fish": console.log("f", p.swim()); break;
    case "bird": console.log("b", p.fly()); break;
  }
}`,

  "generic class with a default type and an interface constraint": `
interface Keyed { key: string; }
class Registry<T extends Keyed = Keyed> {
  private byKey = new Map<string, T>();
  add(item: T): this { this.byKey.set(item.key, item); return this; }
  get(key: string): T | undefined { return this.byKey.get(key); }
  keys(): string[] { return [...this.byKey.keys()]; }
}
const reg = new Registry<{ key: string; n: number }>();
reg.add({ key: "a", n: 1 }).add({ key: "b", n: 2 });
console.log(reg.keys().join(","), reg.get("b")?.n, reg.get("z")?.n);`,

  "untyped values from JSON": `
const data: any = JSON.parse('{"temp": 21, "tags": ["a", "b"], "nested": {"ok": true}}');
console.log(data.temp, data.tags.length, data.nested.ok, data.missing);
data.temp = 22;
data["extra"] = "x";
console.log(data.temp, data.extra, data.tags[1]);`,

  "as const objects and satisfies": `
const PINS = { led: 2, button: 0 } as const;
type PinName = keyof typeof PINS;
const names: PinName[] = ["led", "button"];
for (const n of names) console.log(n, PINS[n]);
const cfg = { ssid: "net", retries: 3 } satisfies Record<string, string | number>;
console.log(cfg.ssid, cfg.retries);`,

  "enum declared in two parts": `
enum Level { Low = 1, Mid }
enum Level { High = 10 }
console.log(Level.Low, Level.Mid, Level.High, Level[Level.High], Level[Level.Low]);`,
});
