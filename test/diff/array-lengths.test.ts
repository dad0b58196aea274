// An array's length is positive when every array its expression may hold is made by a literal
// with an item and never shortened (numeric analysis, docs/semantics/numbers.md): `i % xs.length`
// is then a plain `%`. Anything that may empty the array keeps js_mod, whose NaN for `% 0` the
// cases print.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const cases: Record<string, ShapeCase> = {
  "a constant list cycled by a counter, through a parameter too": {
    source: `const COLORS = ["red", "green", "blue"];
let seed = 7;
function pick(n: number): number {
  seed = (seed * 75 + 74) % 65537;
  return seed % n;
}
const out: string[] = [];
for (let i = 0; i < 6; i++) out.push(\`\${COLORS[pick(COLORS.length)]}:\${(i * 7) % COLORS.length}\`);
console.log(out.join(" "));`,
    has: ["    return seed % n", "COLORS[pick(_COLORS_len)]"],
    lacks: ["js_mod"],
  },
  "a field made with items and only pushed to": {
    source: `class Ring {
  items: number[] = [4, 5];
  add(v: number) { this.items.push(v); }
  at(i: number): number { return this.items[i % this.items.length]; }
}
const r = new Ring();
r.add(9);
console.log(\`\${r.at(7)} \${17 % r.items.length}\`);`,
    has: ['print("%d %d" % (r.at(7), 17 % len(r.items)))'],
    lacks: ["js_mod"],
  },
  "pop, shift, splice, slice, filter and a written length may empty it": {
    source: `const a = [1, 2]; a.pop(); a.pop();
const b = [1]; b.shift();
const c = [1, 2]; c.splice(0);
const d = [3].slice(1);
const e = [3].filter((x) => x > 5);
const f = [7]; f.length = 0;
function len(xs: number[]): number { return xs.length; }
const g = [1];
console.log(\`\${5 % a.length} \${5 % b.length} \${5 % c.length} \${5 % d.length} \${5 % e.length} \${5 % f.length} \${5 % len(g)} \${5 % len([])}\`);`,
    has: [],
    lacks: [" % len(a)"],
  },
  "an empty literal, a spread, or an array built by a call": {
    source: `let xs = ["a"];
if (Date.now() < 0) xs = [];
const ys = [..."".split("x").slice(1)];
const zs = "a,b".split(",");
console.log(\`\${4 % xs.length} \${4 % ys.length} \${4 % zs.length}\`);`,
    has: [],
    lacks: [" % len(ys)", " % len(zs)"],
  },
};

shapeSuite("array lengths known positive", cases);
