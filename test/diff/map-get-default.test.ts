// `m.get(k) ?? d` as `m.get(k, d)` (compiler/transform/operators.ts): exact when the
// Map's value type excludes undefined and null (a missing key is then the only way
// get() gives undefined) and d is a constant (dict.get evaluates its default always).
// The cases below store undefined or null where the type allows it, or give a default
// whose evaluation shows, so a rule applied too widely prints something else than Node.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const cases = {
  "defined values: counts, strings, negative and boolean defaults": `
const counts = new Map<string, number>();
for (const w of "b a c a b a".split(" ")) counts.set(w, (counts.get(w) ?? 0) + 1);
const names: ReadonlyMap<number, string> = new Map([[1, "one"], [2, ""]]);
const flags = new Map<string, boolean>([["off", false]]);
console.log(counts.get("a") ?? -1, counts.get("zz") ?? -1, names.get(2) ?? "none", names.get(3) ?? "none", flags.get("off") ?? true, flags.get("on") ?? true);
const zero = new Map<string, number>([["z", 0]]);
console.log(zero.get("z") ?? 7, (zero.get("y") ?? 7) * 2);`,

  "values that may be undefined or null keep the test": `
const opt = new Map<string, number | undefined>();
opt.set("u", undefined);
const nul = new Map<string, string | null>([["n", null]]);
const loose = new Map<string, any>([["a", undefined], ["b", null]]);
const unk = new Map<string, unknown>([["v", undefined]]);
console.log(opt.get("u") ?? 5, opt.has("u"), nul.get("n") ?? "was null", loose.get("a") ?? "A", loose.get("b") ?? "B", unk.get("v") ?? "V");
function lookup<V>(m: Map<string, V>, k: string, d: V): V { return m.get(k) ?? d; }
const gen = new Map<string, number | undefined>([["x", undefined]]);
console.log(lookup(gen, "x", 3), lookup(new Map([["y", 4]]), "y", 0));`,

  "a default whose evaluation shows, an optional receiver, a WeakMap": `
let calls = 0;
function fallback(): number { calls++; return 9; }
const m = new Map<string, number>([["k", 1]]);
const a = m.get("k") ?? fallback();
const b = m.get("q") ?? fallback();
let maybe: Map<string, number> | undefined;
const c = maybe?.get("k") ?? 4;
maybe = m;
const d = maybe?.get("k") ?? 4;
class Key {}
const key = new Key();
const weak = new WeakMap<Key, number>([[key, 2]]);
console.log(a, b, calls, c, d, weak.get(key) ?? 0, weak.get(new Key()) ?? 0);`,
};

diffSuite("Map get with a default", cases);

describe("Map get with a default: emitted Python", () => {
  const py = emittedPython({
    defined: `
const counts = new Map<string, number>();
for (const w of "b a b".split(" ")) counts.set(w, (counts.get(w) ?? 0) + 1);
const labels = new Map<number, string>([[1, "x"]]);
console.log(labels.get(2) ?? "none", counts.get("b") ?? -1);`,
    undefinedValues: `
const opt = new Map<string, number | undefined>([["u", undefined]]);
console.log(opt.get("u") ?? 5);`,
  });

  test("values typed without undefined or null: dict.get with the default", () => {
    expect(py.defined).toContain("counts[w] = _counts_get(w, 0) + 1");
    expect(py.defined).toContain('labels.get(2, "none")');
    expect(py.defined).toContain('counts.get("b", -1)');
  });

  test("values that may be undefined: the None test stays", () => {
    expect(py.undefinedValues).not.toContain('.get("u", 5)');
    expect(py.undefinedValues).toContain("is not None");
  });
});

// Without strictNullChecks a value typed number may be undefined: the None test stays
diffSuite(
  "records and Maps with a default, strictNullChecks off",
  {
    "an undefined stored under a number type": `
const counts: Record<string, number> = { a: 1 };
counts["u"] = undefined;
const m = new Map<string, number>([["u", undefined]]);
console.log(counts["u"] ?? 7, counts["a"] ?? 7, counts["zz"] ?? 7, m.get("u") ?? 8, m.get("zz") ?? 8);`,
  },
  { strict: false },
);
