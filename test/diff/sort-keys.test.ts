// A comparator that compares keys of its two items, term after term with `||`, sorts by a key
// tuple with Python's own sort ((key..., position, item) tuples: stable), not a merge sort calling
// the comparator (compiler/builtins/sort-keys.ts). Words compared with localeCompare sort in place.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const players = `interface Player { name: string; score: number; age: number }
const players: Player[] = [
  { name: "bo", score: 3, age: 30 }, { name: "al", score: 5, age: 22 }, { name: "cy", score: 3, age: 22 },
  { name: "di", score: 5, age: 30 }, { name: "ed", score: 1, age: 41 }, { name: "al", score: 3, age: 19 },
  { name: "fa", score: 3, age: 22 },
];
const show = (ps: Player[]) => ps.map((p) => \`\${p.name}:\${p.score}:\${p.age}\`).join(" ");
`;

const cases: Record<string, ShapeCase> = {
  "a number descending, then a name": {
    source: `${players}console.log(show(players.slice().sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))));
console.log(show(players.slice().sort((a, b) => a.age - b.age || b.score - a.score || a.name.localeCompare(b.name))));`,
    has: ["(-a[_SCORE], a[_NAME], _i, a) for _i, a in enumerate(", "(a[_AGE], -a[_SCORE], a[_NAME], _i, a) for _i, a in enumerate("],
    lacks: ["js_sort_cmp"],
  },
  "every key descending: the tuple reversed, ties still in their order": {
    source: `${players}console.log(show(players.slice().sort((a, b) => b.score - a.score || b.age - a.age)));
console.log(show(players.slice().sort((a, b) => b.name.localeCompare(a.name))));`,
    has: ["(a[_SCORE], a[_AGE], -_i, a) for _i, a in enumerate(", "(a[_NAME], -_i, a) for _i, a in enumerate("],
    lacks: ["js_sort_cmp"],
  },
  "a name descending after an ascending key keeps the comparator": {
    source: `${players}console.log(show(players.slice().sort((a, b) => a.score - b.score || b.name.localeCompare(a.name))));`,
    has: ["js_sort_cmp("],
  },
  "a Map's entries by count, then key": {
    source: `const hits = new Map<string, number>();
for (const w of "b a c b a d b e e".split(" ")) hits.set(w, (hits.get(w) ?? 0) + 1);
const ranked = [...hits.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
console.log(ranked.map(([w, n]) => w + "=" + n).join(" "));`,
    has: ["js_sort_by(ranked, [(-x[1], x[0], _i, x) for _i, x in enumerate(ranked)])"],
  },
  "words by localeCompare sort in place": {
    source: `const words = ["pear", "apple", "fig", "apple", "banana"];
console.log(words.slice().sort((a, b) => a.localeCompare(b)).join(","), words.slice().sort((a, b) => b.localeCompare(a)).join(","));`,
    has: ["sort(reverse=True)"],
    lacks: ["js_sort_by", "js_sort_cmp"],
  },
  "a fraction that may be NaN keeps the comparator in a chain": {
    source: `const rows = [3, 2, 1, 0].map((i) => ({ v: i < 9 ? NaN : 0.5, i }));
console.log(rows.sort((a, b) => a.v - b.v || a.i - b.i).map((r) => r.i).join(","));`,
    has: ["js_sort_cmp("],
  },
  "a single key that may be NaN keeps the comparator (every pair is equal to JavaScript)": {
    source: `const readings = [5, 3, 9, 1, 7, 2, 8].map((id) => ({ id, level: id > 0 ? NaN : 1 }));
readings.sort((a, b) => a.level - b.level);
console.log(readings.map((r) => r.id).join(","));`,
    has: ["js_sort_cmp("],
  },
  "a getter is read per comparison, so it keeps the comparator": {
    source: `let reads = 0;
class Box {
  constructor(public w: number) {}
  get area(): number { reads++; return this.w * this.w; }
}
const boxes = [3, 1, 2, 5, 4].map((w) => new Box(w));
boxes.sort((a, b) => a.area - b.area || a.w - b.w);
console.log(boxes.map((x) => x.w).join(","), reads > 0);`,
    has: ["js_sort_cmp("],
  },
  "a getter behind an interface's property is a getter too": {
    source: `interface Item { n: number; name: string; }
let reads = 0;
class Counted implements Item {
  constructor(private v: number, public name: string) {}
  get n(): number { reads++; return this.v; }
}
const items: Item[] = [new Counted(3, "c"), new Counted(1, "a"), new Counted(2, "b"), new Counted(5, "e"), new Counted(4, "d")];
items.sort((a, b) => a.n - b.n || a.name.localeCompare(b.name));
console.log(items.map((i) => i.name).join(""), reads > 5);`,
    has: ["js_sort_cmp("],
  },
};

shapeSuite("comparators of keys", cases);
