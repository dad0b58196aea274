// Map values and Set elements in the numeric analysis (compiler/transform/numeric.ts):
// a Map (Set) whose set() (add()) values are all integers gives integers from
// get(), values(), entries(), forEach and spreads, so they print with str(), not
// js_num. Every alias (a variable, a parameter, a property, an array or Map
// holding it) shares the facts; a Map made from entries or reached through any
// keeps the float path, as does a fraction among the pairs a Map is made from. Node and MicroPython must print the same: the values
// below that must not pass for integers are floats equal to integers (6 / 3),
// which Python would print as 2.0.
import { describe, expect, test } from "vitest";
import { compileSnippets, diffSuite, emittedPython, inMain } from "../helpers/diff.js";

const cases = {
  "integer counts read every way": `
const counts = new Map<string, number>();
for (const w of "a b a c b a".split(" ")) counts.set(w, (counts.get(w) ?? 0) + 1);
const out: string[] = [];
for (const [k, v] of counts) out.push(\`\${k}=\${v}\`);
for (const [k, v] of counts.entries()) out.push(k + ":" + v);
for (const v of counts.values()) out.push(String(v));
counts.forEach((v, k) => out.push(\`\${k}\${v % 2}\`));
out.push([...counts.values()].join("+"), String(Array.from(counts.values()).reduce((a, b) => a + b, 0)));
console.log(out.join(" "), counts.get("a"), \`\${counts.get("zz")}\`, counts.get("b")! * 2);`,

  "a float value through an alias, a parameter, a property or a container": `
const direct = new Map<string, number>();
direct.set("x", 1);
const alias = direct;
alias.set("y", 6 / 3);
function put(m: Map<string, number>, k: string, v: number): void { m.set(k, v); }
const viaParam = new Map<string, number>();
viaParam.set("p", 1);
put(viaParam, "q", 9 / 3);
class Box { readonly m = new Map<number, number>(); }
const box = new Box();
box.m.set(1, 2);
const other = box.m;
other.set(2, 8 / 4);
const maps = [new Map<string, number>()];
maps[0].set("i", 1);
const first = maps[0];
first.set("j", 10 / 5);
const nested = new Map<string, Map<string, number>>();
nested.set("n", new Map<string, number>());
const inner = new Map<string, number>();
nested.set("o", inner);
nested.get("o")!.set("deep", 12 / 6);
const chained = new Map<string, number>().set("c", 1).set("d", 4 / 2);
console.log(\`\${direct.get("y")} \${viaParam.get("q")} \${box.m.get(2)} \${first.get("j")} \${inner.get("deep")} \${chained.get("d")}\`);
console.log(String(direct.get("x")), [...viaParam.values()].join(","), [...box.m.values()].map((v) => \`\${v}\`).join(","));`,

  "Maps the analysis does not make: from entries, JSON, a library": `
const fromEntries = new Map<string, number>([["a", 4 / 2], ["b", 1]]);
const fromJson = new Map<string, number>(Object.entries(JSON.parse('{"k": 2.0, "f": 1.5}')));
const copy = new Map(fromEntries);
const pairs = [...fromEntries];
console.log(\`\${fromEntries.get("a")} \${fromJson.get("k")} \${fromJson.get("f")} \${copy.get("a")} \${pairs[0][1]}\`);
const ints = new Map<string, number>();
ints.set("z", 3);
const entries = [...ints];
console.log(\`\${entries[0][1]} \${ints.get("z")}\`);`,

  "Maps made from written-out pairs: the values written there": `
const registers = new Map<string, number>([["led", 0], ["temp", 215], ["interval", 1000]]);
registers.set("fan", parseInt("12", 10));
registers.set("bad", parseInt("x", 10));
const halves = new Map<string, number>([["a", 1], ["b", 3 / 2], ["c", 6 / 3]]);
const nested = new Map<string, number>([["n", [4, 5].length], ...[["s", 9 / 3]] as [string, number][]]);
const out: string[] = [];
registers.forEach((v, k) => out.push(\`\${k}=\${v}\`));
for (const v of halves.values()) out.push(String(v));
console.log(out.join(","), \`\${nested.get("s")} \${registers.get("temp")! + 1}\`);`,

  "Set elements: integers, a float, from an array": `
const seen = new Set<number>();
for (let i = 0; i < 10; i++) seen.add((i * 7) % 4);
const floats = new Set<number>([1, 2]);
floats.add(10 / 2);
const src = [4 / 2, 3];
const fromArr = new Set(src);
const out: string[] = [];
for (const x of seen) out.push(\`\${x}\`);
seen.forEach((x, y) => out.push(String(x + y)));
for (const x of floats) out.push(\`\${x}\`);
for (const x of fromArr.values()) out.push(\`\${x}\`);
console.log(out.join(","), [...seen].map((x) => \`\${x}\`).join(""));`,

  "writes through an optional receiver (xs?.push, m?.set)": `
function addTo(xs?: number[], m?: Map<string, number>): void {
  xs?.push(6 / 3);
  m?.set("k", 8 / 4);
}
const xs = [1];
const m = new Map<string, number>([]);
const m2 = new Map<string, number>();
m2.set("j", 1);
addTo(xs, m2);
addTo([], m);
console.log(\`\${xs[1]} \${m2.get("k")} \${m2.get("j")}\`);`,

  "a Map or array passed through unknown and cast back": `
const m = new Map<string, number>();
m.set("a", 1);
function w(x: unknown): void { (x as Map<string, number>).set("c", 10 / 5); }
w(m);
const ys = [1];
let u: unknown;
u = ys;
(u as number[]).push(4 / 2);
console.log(\`\${m.get("c")} \${ys[1]}\`);`,
};

diffSuite("Map values in the numeric analysis", cases);

const emitted = {
  counts: `
const counts = new Map<string, number>();
for (const w of "a b a".split(" ")) counts.set(w, (counts.get(w) ?? 0) + 1);
for (const k of [...counts.keys()].sort()) console.log(\`\${k}: \${counts.get(k)}\`);
counts.forEach((v) => console.log(\`\${v}\`));`,
  pairs: `
const registers = new Map<string, number>([["led", 0], ["temp", 215]]);
registers.set("fan", parseInt("12", 10));
registers.forEach((v, k) => console.log(\`\${k}=\${v}\`));`,
  floats: `
const sums = new Map<string, number>();
sums.set("a", 1);
function addHalf(m: Map<string, number>): void { m.set("b", 1 / 3); }
addHalf(sums);
console.log(\`\${sums.get("a")}\`);`,
};

describe("Map values: emitted Python", () => {
  const py = emittedPython(emitted);

  test("a Map given only integers: its values print with str()", () => {
    expect(py.counts).toMatch(/print\("%s: %s" % \(k, "undefined" if (_t\d*) is None else str\(\1\)\)\)/);
    expect(py.counts).toContain("counts[w] = _counts_get(w, 0) + 1");
    expect(py.counts).toContain(inMain("for v in counts.values():\n    print(v)"));
    expect(py.counts).not.toContain("js_num");
  });

  test("a Map made from written-out integer pairs (and parseInt's integer or NaN): no js_num", () => {
    expect(py.pairs).toContain('"NaN" if v != v else str(v)');
    expect(py.pairs).not.toContain("js_num");
  });

  test("a Map given a fraction through a parameter: js_num stays", () => {
    expect(py.floats).toContain("js_num(");
  });

  test("a Map or array seen as any: written where the analysis cannot see, js_num stays", () => {
    // methods called on an any value do not run in mpts (js_get): compiled only
    const out = [
      ...compileSnippets({
        any: `
const m = new Map<string, number>();
m.set("a", 1);
const a: any = m;
a.set("b", 6 / 3);
const xs = [1];
(xs as any).push(8 / 4);
function w(x: any): void { x.set("c", 10 / 5); }
const m2 = new Map<string, number>();
m2.set("z", 1);
w(m2);
console.log(\`\${m.get("b")} \${xs[1]} \${m2.get("c")}\`);`,
      }).outputs.values(),
    ][0];
    expect(out.diagnostics).toEqual([]);
    expect(out.python).toContain('_t2 = "undefined" if _t is None else js_num(_t)');
    expect(out.python).toContain("_t3 = js_num(xs[1])");
    expect(out.python).toContain('"undefined" if _t1 is None else js_num(_t1)');
  });
});
