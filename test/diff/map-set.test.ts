// `m.set(k, v)` as a statement on a Map held in a field is `self.m[k] = v` (compiler/builtins/
// collections.ts): Python reads v before the map, which no one can tell when v and k are names
// or constants and the map is read without a getter. Otherwise the map is read first, into a
// temporary, as JavaScript reads it.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const cases: Record<string, ShapeCase> = {
  "a Map in a field, set by name": {
    source: `class Cache {
  private byId = new Map<string, number>();
  private outer = { inner: new Map<number, string>() };
  put(id: string, n: number): void {
    this.byId.set(id, n);
    this.byId.set("last", 0);
    this.outer.inner.set(n, id);
  }
  dump(): string { return [...this.byId].join(";") + " " + [...this.outer.inner.values()].join(); }
}
const c = new Cache();
c.put("a", 1);
c.put("b", 2);
console.log(c.dump());`,
    has: ["        self.byId[id_] = n", '        self.byId["last"] = 0'],
    lacks: ["_t = self.byId"],
  },
  "a Map behind a getter is read first, as JavaScript reads it": {
    source: `const log: string[] = [];
class Holder {
  private store = new Map<string, string>();
  get map(): Map<string, string> { log.push("get"); return this.store; }
  set(k: string, v: string): void { this.map.set(k, v); }
  size(): number { return this.store.size; }
}
const h = new Holder();
h.set("x", "1");
console.log(log.join(), h.size());`,
    has: ["_t = self.map"],
  },
  "a getter behind an interface's property is read first too (it may change the value's variable)": {
    source: `interface HasMap { readonly table: Map<string, string>; }
let value = "first";
class Swapping implements HasMap {
  private store = new Map<string, string>();
  get table(): Map<string, string> { value = "second"; return this.store; }
}
function put(h: HasMap, k: string): void { h.table.set(k, value); }
const s: HasMap = new Swapping();
put(s, "x");
console.log(s.table.get("x"));`,
    has: ["    _t = h.table\n"],
  },
  "a value that calls keeps JavaScript's order": {
    source: `const order: string[] = [];
const m = { inner: new Map<string, number>() };
function key(): string { order.push("key"); return "k"; }
function value(): number { order.push("value"); return 1; }
m.inner.set(key(), value());
console.log(order.join(), m.inner.get("k"));`,
    has: ['_t1 = m["inner"]', "_t2 = key()"],
  },
  "a chained set uses the map twice": {
    source: `class Pins { levels = new Map<number, number>(); }
const p = new Pins();
p.levels.set(2, 1).set(4, 0);
console.log([...p.levels.entries()].join(";"));`,
    // a field only constructors set: nothing can change what p.levels is between the two
    has: ["p.levels[2] = 1\np.levels[4] = 0"],
  },
};

shapeSuite("Map.set as a statement", cases);
