// A Map or Set held in a class's field and read only by key stays a plain dict
// (compiler/transform/unordered-collections.ts), even in a program that iterates another
// Map: a dict's lookups are hashed, an OrderedDict's are linear in MicroPython. Each case
// below also reads the field's order in one way the analysis must see (a non-keyed read,
// the instance printed, passed as another type, kept in an array, a subclass, a generic
// class): twelve keys inserted out of order make a plain dict's hash order show if the
// collection lost its order there.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const prelude = `
const names = ["kappa", "beta", "zeta", "alpha", "theta", "mu", "eta", "iota", "delta", "lambda", "gamma", "epsilon"];
const listed = new Map<string, number>();
for (const n of names) listed.set(n, n.length);
console.log([...listed.keys()].join(","));`;

const registry = `
class Registry {
  private byName = new Map<string, number>();
  readonly seen: Set<string>;
  #hits = new Map<string, number>();
  constructor() { this.seen = new Set<string>(); }
  add(n: string, v: number): void {
    this.byName.set(n, v);
    this.seen.add(n);
    this.#hits.set(n, (this.#hits.get(n) ?? 0) + 1);
  }
  lookup(n: string): number { return (this.byName.get(n) ?? -1) + (this.#hits.get(n) ?? 0); }
  count(): number { return this.byName.size + this.seen.size; }
  reset(): void { this.byName = new Map(); this.byName.set("z", 26); }
}`;

const keyedOnly = `${prelude}${registry}
function fill(r: Registry): Registry { names.forEach((n, i) => r.add(n, i)); return r; }
const reg = fill(new Registry());
const other = new Registry();
console.log(reg.lookup("mu"), reg.count(), reg.seen.has("zeta"), reg === other, other.count());
reg.reset();
console.log(reg.lookup("z"), reg.count());`;

diffSuite("Maps and Sets held in class fields", {
  "read only by key": keyedOnly,

  "a method iterates the field": `${prelude}
class Log {
  private last = new Map<string, number>();
  note(n: string, v: number): void { this.last.set(n, v); }
  dump(): string { return [...this.last.keys()].join(","); }
}
const log = new Log();
names.forEach((n, i) => log.note(n, i));
console.log(log.dump());`,

  "the instance printed whole": `${prelude}
class Tally { counts = new Map<string, number>(); }
const t = new Tally();
for (const n of names) t.counts.set(n, n.length);
console.log(t.counts.get("mu"));
console.log(t);`,

  "the instance passed as an interface, kept in an array": `${prelude}
interface HasCounts { counts: Map<string, number> }
class Tally { counts = new Map<string, number>(); }
const t = new Tally();
for (const n of names) t.counts.set(n, n.length);
const loose: HasCounts = t;
console.log([...loose.counts.keys()].join(","));
const all = [new Tally()];
for (const n of names) all[0].counts.set(n, 1);
all.forEach((x) => console.log([...x.counts.keys()].join(",")));`,

  "a subclass reads the field's order": `${prelude}
class Base { protected seen = new Set<string>(); mark(n: string): void { this.seen.add(n); } }
class Lister extends Base { list(): string { return [...this.seen].join(","); } }
const l = new Lister();
names.forEach((n) => l.mark(n));
console.log(l.list());`,

  "a generic class": `${prelude}
class Box<T> { items = new Map<string, T>(); put(k: string, v: T): void { this.items.set(k, v); } }
const b = new Box<number>();
names.forEach((n, i) => b.put(n, i));
console.log([...b.items.values()].join(","));`,

  "the instance returned as this": `${prelude}
class Chain { keys = new Set<string>(); with(n: string): this { this.keys.add(n); return this; } }
let c = new Chain();
for (const n of names) c = c.with(n);
console.log([...c.keys].join(","));`,
});

describe("Maps and Sets held in class fields: emitted Python", () => {
  const py = emittedPython({
    keyedOnly,
    iterated: `${prelude}
class Log {
  private last = new Map<string, number>();
  note(n: string, v: number): void { this.last.set(n, v); }
  dump(): string { return [...this.last.keys()].join(","); }
}
const log = new Log();
log.note("a", 1);
console.log(log.dump());`,
  });

  test("read only by key: dicts beside an ordered Map", () => {
    expect(py.keyedOnly).toContain("self.byName = {}");
    expect(py.keyedOnly).toContain("self.seen = {}");
    expect(py.keyedOnly).toContain("self._hits = {}");
    expect(py.keyedOnly).toContain("listed = OrderedDict()");
  });

  test("a field only constructors set is stored into without a temporary", () => {
    expect(py.keyedOnly).toContain("self._hits[n] = self._hits.get(n, 0) + 1");
    expect(py.keyedOnly).toContain("self.seen[n] = None");
  });

  test("iterated by a method: the field keeps its order", () => {
    expect(py.iterated).toContain("self.last = OrderedDict()");
  });
});
