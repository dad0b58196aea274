// Holders of records (compiler/transform/record-holders.ts): a class instance and a Map
// hold records as tuples when every record comes out of them as a typed expression and
// the holder is only used through its members. The first suite is the rule applied; the
// second is one program per reason to give up, each printing or comparing something a
// tuple would show differently.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython, pythonLines } from "../helpers/diff.js";

const classField = `
interface Reading { id: number; value: number; }
class Log {
  items: Reading[] = [];
  private last: Reading | null = null;
  add(id: number, value: number): void {
    const r: Reading = { id, value };
    this.items.push(r);
    this.last = r;
  }
  latest(): Reading | null { return this.last; }
  total(): number { let s = 0; for (const r of this.items) s += r.value; return s; }
}
const log = new Log();
for (let i = 0; i < 5; i++) log.add(i, i * 3);
const latest = log.latest();
console.log(log.total(), log.items[2].value, latest ? latest.id : -1, log.items.length);`;

const mapOfRecords = `
interface Device { id: string; rssi: number; seen: number; }
const devices = new Map<string, Device>();
function heard(id: string, rssi: number, t: number): void {
  const known = devices.get(id);
  if (!known || rssi > known.rssi) devices.set(id, { id, rssi, seen: t });
}
const ids = ["a", "b", "c", "a", "b", "d"];
for (let t = 0; t < 12; t++) heard(ids[t % ids.length], -40 - ((t * 7) % 30), t);
const ranked = [...devices.values()].sort((x, y) => y.rssi - x.rssi || x.id.localeCompare(y.id));
console.log(ranked.map((d) => d.id + ":" + d.rssi + "@" + d.seen).join(" "));
for (const [id, d] of devices) console.log(id, d.seen);
for (const d of devices.values()) if (d.rssi > -50) console.log("near", d.id);
devices.forEach((d, id) => console.log(id === d.id, d.rssi));
const copies = Array.from(devices.values());
console.log(devices.size, devices.has("a"), copies.length, copies[0].id, devices.delete("a"), devices.size);`;

const registry = `
interface Sensor { pin: number; name: string; }
class Registry {
  private byName = new Map<string, Sensor>();
  private static created = 0;
  constructor() { Registry.created++; }
  add(s: Sensor): Registry { this.byName.set(s.name, s); return this; }
  pin(name: string): number { return this.byName.get(name)?.pin ?? -1; }
  static count(): number { return Registry.created; }
}
class Board extends Registry {
  describe(): string { return "board " + this.pin("led"); }
}
const b = new Board();
b.add({ pin: 2, name: "led" }).add({ pin: 4, name: "fan" });
console.log(b.pin("fan"), b.pin("none"), b.describe(), Registry.count());`;

const spreadCopy = `
interface Pt { x: number; y: number; }
const pts: Pt[] = [{ x: 1, y: 2 }, { x: 3, y: 4 }];
const more: Pt[] = [...pts, { x: 5, y: 6 }];
more[0].x = 10;
console.log(pts[0].x, more[0].x, more.length, more[2].y);`;

// instances of subclasses where their base class is expected (an array of the base, a parameter): holders as the base is
const subclassArray = `
interface Band { low: number; high: number; }
abstract class Sensor {
  constructor(readonly name: string, protected band: Band) {}
  abstract convert(raw: number): number;
  outside(v: number): boolean { return v < this.band.low || v > this.band.high; }
}
class Half extends Sensor {
  constructor(name: string) { super(name, { low: 1, high: 5 }); }
  convert(raw: number): number { return raw / 2; }
}
class Twice extends Half {
  convert(raw: number): number { return raw * 2; }
}
class Hub {
  constructor(private sensors: Sensor[]) {}
  alerts(raw: number): string { return this.sensors.filter((s) => s.outside(s.convert(raw))).map((s) => s.name).join(","); }
}
function solo(s: Sensor): boolean { return s.outside(3); }
const hub = new Hub([new Half("h"), new Twice("t")]);
console.log(hub.alerts(4), hub.alerts(11), solo(new Twice("x")));`;

diffSuite("Record holders: class instances and Maps", { classField, mapOfRecords, registry, spreadCopy, subclassArray });

const reading = `interface R { id: number; v: string; }
function mk(id: number): R { return { id, v: "v" + id }; }`;

const giveUps: Record<string, string> = {
  "an instance printed": `${reading}
class Holder { r: R = mk(1); }
const h = new Holder();
console.log(h.r.id, JSON.stringify(h));`,
  "an instance stringified through this": `${reading}
class Holder { r: R = mk(2); text(): string { return JSON.stringify(this); } }
console.log(new Holder().text(), new Holder().r.v);`,
  "Object.values of an instance": `${reading}
class Holder { r: R = mk(3); }
const h = new Holder();
console.log(h.r.id, JSON.stringify(Object.values(h)));`,
  "a structural twin where a class is expected": `${reading}
class Holder { constructor(public r: R) {} }
class Twin { r = { id: 5, v: "twin" }; extra = 1; }
const hs: Holder[] = [new Holder(mk(4)), new Twin()];
console.log(hs[0].r.id, JSON.stringify(hs[1].r));`,
  "a generic class": `${reading}
class Box<T> { constructor(public item: T) {} text(): string { return JSON.stringify(this.item); } }
const b = new Box<R>(mk(6));
console.log(b.item.id, b.text());`,
  "a map's callback taking a value as another type": `${reading}
interface Loose { id: number; }
const m = new Map<string, R>();
m.set("a", mk(12));
m.forEach((r: Loose) => console.log(r.id, JSON.stringify(r)));`,
  "a map printed": `${reading}
const m = new Map<string, R>();
m.set("a", mk(7));
console.log(m.get("a")?.id, JSON.stringify([...m.entries()]));`,
  "a map from a value of type any": `${reading}
const loose: any = new Map([["a", { id: 9, v: "loose" }]]);
const m: Map<string, R> = loose;
m.set("b", mk(10));
console.log(m.get("a")?.v, m.get("b")?.v);`,
  "a map's iterator stepped by hand": `${reading}
const m = new Map<string, R>([]);
m.set("a", mk(11));
const first = m.values().next().value;
console.log(m.get("a")?.id, JSON.stringify(first));`,
};

diffSuite("Record holders: where the rule does not apply", giveUps);

describe("Record holders: emitted Python", () => {
  const py = emittedPython({ classField, mapOfRecords, registry, spreadCopy, subclassArray, ...giveUps });

  test("subclass instances in an array of their base class, and passed as one, hold tuples", () => {
    expect(py.subclassArray).toContain('super().__init__(name, (1, 5))');
    expect(py.subclassArray).toContain("self.band[_LOW]");
  });

  test("records in a class's fields and methods are tuples", () => {
    expect(pythonLines(py.classField)).toContain("r = (id_, value)");
    expect(py.classField).toContain("s += r[_VALUE]");
    expect(py.classField).toContain("log.items[2][_VALUE]");
  });

  test("records as a Map's values are tuples, read by position wherever they come out", () => {
    expect(py.mapOfRecords).toContain("devices[id_] = (id_, rssi, t)");
    expect(py.mapOfRecords).toContain("known[_RSSI]");
    expect(py.mapOfRecords).toContain("d[_SEEN]");
  });

  test("a class holding a Map of records, with a subclass and a static field", () => {
    expect(py.registry).toContain("_PIN = const(0)");
    expect(py.registry).toContain('(2, "led")');
  });

  test("a spread copy of an array of records holds the same tuples", () => {
    expect(py.spreadCopy).toContain("_X = const(0)");
  });

  test("every reason to give up keeps the dict", () => {
    for (const name of Object.keys(giveUps)) {
      const text = (py as Record<string, string>)[name];
      expect(text, name).not.toMatch(/= const\(\d\)/);
    }
  });
});
