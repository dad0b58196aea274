// Records (compiler/transform/records.ts): a plain interface whose values the program
// only makes with object literals and reads member by member is a tuple read by
// position. The first suite is the rule applied (its output must still be JavaScript's);
// the second is one program per reason to give up, each printing something a tuple
// would print differently (console.log shows `('a', 1)` for a tuple, `{ ... }` in Node).
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython, pythonLines } from "../helpers/diff.js";

const router = `
interface Request { method: string; path: string; query: Map<string, string>; }
function parse(line: string): Request | null {
  const parts = line.split(" ");
  if (parts.length !== 3) return null;
  const [method, target] = parts;
  const query = new Map<string, string>();
  const q = target.indexOf("?");
  const path = q < 0 ? target : target.substring(0, q);
  if (q >= 0) for (const pair of target.substring(q + 1).split("&")) query.set(pair.split("=")[0], pair.split("=")[1] ?? "");
  return { method, path, query };
}
function handle(req: Request): string {
  if (req.path === "/led" && req.method === "GET") return "led " + (req.query.get("pin") ?? "?");
  return req.path === "/" ? "root" : "404";
}
for (const line of ["GET / HTTP/1.1", "GET /led?pin=5 HTTP/1.1", "POST /x HTTP/1.1", "BROKEN"]) {
  const req = parse(line);
  console.log(req ? handle(req) : "bad", req === null, req !== undefined && req?.method);
}`;

const counter = `
interface Counter { name: string; count: number; }
function counter(name: string): Counter { return { name, count: 0 }; }
const c = counter("clicks");
c.count++;
c.count += 2;
c.name = c.name.toUpperCase();
console.log(c.name, c.count);`;

const reordered = `
interface Pair { a: number; b: number; }
let n = 0;
const next = () => ++n;
function pair(): Pair { return { b: next(), a: next() }; }
const p = pair();
console.log(p.a, p.b);
const q: Pair = { b: n, a: n + 10 };
console.log(q.a, q.b);`;

const nested = `
interface Point { x: number; y: number; }
interface Segment { from: Point; to: Point; label: string; }
function seg(x: number): Segment { return { from: { x, y: 0 }, to: { x: x * 2, y: 1 }, label: "s" + x }; }
function length(s: Segment): number { return Math.abs(s.to.x - s.from.x) + Math.abs(s.to.y - s.from.y); }
let total = 0;
for (let i = 0; i < 4; i++) total += length(seg(i));
console.log(total, seg(3).to.x, seg(2).label);`;

const linked = `
interface Node { value: number; next: Node | null; }
let head: Node | null = null;
for (let i = 0; i < 5; i++) head = { value: i * i, next: head };
let sum = 0;
for (let n = head; n; n = n.next) sum += n.value;
if (head) head.value = 100;
console.log(sum, head?.value, head?.next?.value);`;

const stringified = `
interface Reading { sensor: string; temp: number; ok: boolean; }
function reading(n: number): Reading { return { sensor: "s" + n, temp: n / 4, ok: n % 2 === 0 }; }
for (let n = 0; n < 3; n++) console.log(JSON.stringify(reading(n)));`;

const callbacks = `
interface Route { path: string; handler: (arg: string) => string; }
const route: Route = { path: "/a", handler: (arg) => "got " + arg };
console.log(route.path, route.handler("x"));`;

const arrays = `
interface Pin { pin: number; name: string; on: boolean; }
const pins: Pin[] = [{ pin: 2, name: "led", on: true }];
pins.push({ pin: 4, name: "fan", on: false }, { pin: 5, name: "pump", on: true });
pins.unshift({ pin: 1, name: "first", on: false });
function byName(name: string): Pin | undefined { return pins.find((p) => p.name === name); }
const fan = byName("fan");
if (fan) fan.on = true;
pins[0] = { pin: 0, name: "zero", on: pins.length > 3 };
let lit = 0;
for (const p of pins) if (p.on) lit++;
for (const { pin, name } of pins.slice(1)) console.log(pin, name);
const sorted = pins.filter((p) => p.pin > 0).sort((a, b) => b.pin - a.pin);
console.log(lit, sorted.map((p) => p.name).join(","), pins.some((p) => !p.on), pins.reduce((n, p) => n + p.pin, 0));
console.log(pins.findIndex((p) => p.name === "pump"), pins.at(-1)?.name, pins.pop()?.pin, pins.length);`;

const destructured = `
interface Sample { id: string; value: number | undefined; }
function sample(n: number): Sample { return { id: "s" + n, value: n > 0 ? n * 2 : undefined }; }
const { id, value: v = -1 } = sample(0);
const { value } = sample(3);
console.log(id, v, value);`;

// a function named by a const is called where its name is, as a declared one is
const namedArrow = `
interface Bucket { name: string; count: number; sum: number; }
const buckets = new Map<string, Bucket>();
const add = (key: string, v: number): void => {
  let b = buckets.get(key);
  if (!b) { b = { name: key, count: 0, sum: 0 }; buckets.set(key, b); }
  b.count++;
  b.sum += v;
};
const mean = (b: Bucket, scale: number) => (b.count > 0 ? (b.sum * scale) / b.count : -1);
for (let i = 0; i < 9; i++) add(i % 2 ? "odd" : "even", i);
for (const b of buckets.values()) console.log(b.name, b.count, mean(b, 10));`;

diffSuite("Records: interfaces as tuples", {
  router,
  counter,
  reordered,
  nested,
  linked,
  stringified,
  callbacks,
  destructured,
  arrays,
  namedArrow,
});

const point = `interface P { x: number; y: string; }
function mk(x: number): P { return { x, y: "v" + x }; }`;

const giveUps: Record<string, string> = {
  "console.log of a value": `${point}
const p = mk(1);
console.log(p.x, p);`,
  "String() and a template": `${point}
const p = mk(2);
console.log(p.y, String(p), \`\${p}\`);`,
  "a spread copy": `${point}
const p = mk(3);
const q = { ...p, x: 9 };
console.log(p.x, q.x, q.y);`,
  "Object.keys and entries": `${point}
const p = mk(4);
console.log(p.x, Object.keys(p).length, Object.entries(p).length);`,
  "the in operator": `${point}
const p = mk(5);
console.log(p.x, "x" in p, "z" in p);`,
  "a cast from JSON.parse": `${point}
const p = mk(6);
const parsed = JSON.parse('{"x": 7, "y": "w"}') as P;
console.log(p.x, parsed.x, parsed.y);`,
  "a value of type any": `${point}
const p = mk(7);
const loose: any = { x: 70, y: "loose" };
const typed: P = loose;
console.log(p.x, typed.x, typed.y);`,
  "a generic parameter": `${point}
function first<T>(xs: T): T { return xs; }
const p = first(mk(8));
console.log(p.x, p.y);`,
  "an export of the entry module": `${point}
export function made(): P { return mk(9); }
console.log(made().x);`,
  "destructuring with a rest element": `${point}
const { x, ...rest } = mk(10);
console.log(x, rest);`,
  "destructuring assignment": `${point}
let x = 0, y = "";
({ x, y } = mk(10));
console.log(x, y, mk(1).x);`,
  "an optional property": `interface O { x: number; note?: string; }
function mk(x: number): O { return x > 1 ? { x, note: "big" } : { x }; }
console.log(mk(1).note, mk(2).note, JSON.stringify(mk(1)));`,
  "a method": `interface M { x: number; twice(): number; }
const m: M = { x: 4, twice() { return this.x * 2; } };
console.log(m.x, m.twice());`,
  "an index signature": `interface D { x: number; [k: string]: number; }
const d: D = { x: 1 };
d["y"] = 2;
console.log(d.x, d.y);`,
  "a class instance": `${point}
class C implements P { constructor(public x: number, public y: string) {} }
function show(p: P): string { return p.x + p.y; }
console.log(show(mk(11)), show(new C(12, "c")));`,
  "two of them compared": `interface Q { x: number; y: number; }
function same(): Q { return { x: 1, y: 2 }; }
const a = same();
console.log(a === same(), a === a, a.x);`,
  "a structural twin": `${point}
interface Twin { x: number; y: string; }
const t: Twin = { x: 15, y: "t" };
const p: P = t;
console.log(mk(16).x, p.x, p.y);`,
  "a function taking one, passed on": `${point}
const show = (p: P) => p.x + ":" + p.y;
console.log([mk(17), mk(18)].map(show).join(","));`,
  "an array searched by identity": `${point}
const a = mk(21);
const ps: P[] = [a, mk(22)];
console.log(ps.indexOf(a), ps.includes(mk(21)), ps[1].x);`,
  "an array joined, or sorted without a comparator": `${point}
const ps: P[] = [mk(24), mk(23)];
console.log(ps.join("|"), ps.sort().length, ps[0].x);`,
  "an array printed": `${point}
const ps: P[] = [mk(25)];
console.log(ps[0].y, ps);`,
  "an array from JSON.parse": `${point}
const ps: P[] = JSON.parse('[{"x": 26, "y": "j"}]');
console.log(mk(27).x, ps[0].x, ps[0].y);`,
  "a callback taking an item as another type": `${point}
interface Loose { x: number; }
const ps: P[] = [mk(28)];
ps.forEach((p: Loose) => console.log(p.x, p));`,
  "a named function taking an item as another type": `${point}
interface Loose { x: number; }
const show = (p: Loose) => JSON.stringify(p);
const ps: P[] = [mk(29)];
console.log(ps[0].x, ps.map(show).join());`,
  "JSON.stringify of a value that is not fresh": `${point}
function text(p: P): string { return JSON.stringify(p); }
console.log(text(mk(19)));`,
  "a record held by one that gives up": `${point}
interface Box { p: P; n: number; }
const box: Box = { p: mk(20), n: 1 };
console.log(box.p.x, box);`,
};

diffSuite("Records: where the rule does not apply", giveUps);

describe("Records: emitted Python", () => {
  const py = emittedPython({ router, counter, reordered, nested, linked, stringified, destructured, arrays, namedArrow, ...giveUps });

  test("a record is a tuple, read by position constants", () => {
    const lines = pythonLines(py.router);
    expect(lines).toContain("_METHOD = const(0)");
    expect(lines).toContain("_PATH = const(1)");
    expect(lines).toContain("_QUERY = const(2)");
    expect(lines).toContain("return (method, path, query)");
    expect(py.router).toContain('if req[_PATH] == "/led" and req[_METHOD] == "GET":');
  });

  test("a const arrow taking a record, called by its name (and written in place)", () => {
    const lines = pythonLines(py.namedArrow);
    expect(lines).toContain("b = [key, 0, 0]");
    expect(lines).toContain("print(b[_NAME], b[_COUNT], js_lognum(b[_SUM] * 10 / b[_COUNT] if b[_COUNT] > 0 else -1))");
  });

  test("a property assigned later: a list", () => {
    const lines = pythonLines(py.counter);
    expect(lines).toContain("return [name, 0]");
    expect(lines).toContain("c[_COUNT] += 1");
  });

  test("values written in another order than the interface's are evaluated in theirs", () => {
    const lines = pythonLines(py.reordered);
    expect(lines).toContain("_t = next_()");
    expect(lines).toContain("_t1 = next_()");
    expect(lines).toContain("return (_t1, _t)");
  });

  test("a record in a record's property, and a record that holds its own type", () => {
    expect(pythonLines(py.nested)).toContain('return ((x, 0), (x * 2, 1), "s%d" % x)');
    expect(py.nested).toContain("abs(s[_TO][_X] - s[_FROM][_X])");
    expect(pythonLines(py.linked)).toContain("head = [i * i, head]");
    expect(pythonLines(py.linked)).toContain("n = n[_NEXT]");
  });

  test("JSON.stringify of a fresh record reads it by position", () => {
    expect(py.stringified).toContain('(js_json_str(_t[_SENSOR]), _t[_TEMP], "true" if _t[_OK] else "false")');
  });

  test("destructuring reads by position", () => {
    expect(pythonLines(py.destructured)).toContain("id_ = _t[_ID]");
    expect(pythonLines(py.destructured)).toContain("value = _t2[_VALUE]");
  });

  test("an array of records holds them (lists here: one is assigned to); items taken out are read by position", () => {
    expect(pythonLines(py.arrays)).toContain('pins = [[2, "led", True]]');
    expect(pythonLines(py.arrays)).toContain('pins.extend([[4, "fan", False], [5, "pump", True]])');
    expect(py.arrays).toContain("p[_ON]");
  });

  test("every reason to give up keeps the dict", () => {
    for (const name of Object.keys(giveUps)) {
      const text = (py as Record<string, string>)[name];
      expect(text, name).not.toMatch(/= const\(\d\)/);
    }
  });
});
