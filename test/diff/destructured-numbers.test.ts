// Names bound by array destructuring in the numeric analysis: `[k, v]` of a Map's
// entries, of an array of pairs, of a callback's parameter (map, forEach, sort,
// reduce) or of a declaration gets the facts of the elements it reads, so an
// integer prints with %d. A Map's pair holds its key too, so only a Map with string
// keys lends its values' facts to a pair; numbers that must not pass for integers
// below are floats equal to integers (6 / 3), which Python prints as 2.0.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const programs = {
  integers: `
const hits = new Map<string, number>();
for (const w of "b a b c a b".split(" ")) hits.set(w, (hits.get(w) ?? 0) + 1);
const ranked = [...hits.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
console.log(ranked.map(([w, n]) => \`\${w}=\${n}\`).join(" "));
ranked.forEach(([w, n]) => console.log(\`\${w} \${n * 2}\`));
for (const e of hits) console.log(\`\${e[0]}:\${e[1]}\`);
const rows: [string, number][] = [["x", 4], ["y", 7]];
for (const [name, n] of rows) console.log(\`\${name}\${n + 1}\`);
const [first, second] = [10, 20];
console.log(\`\${first + second}\`);`,

  floats: `
const avg = new Map<string, number>([["a", 6 / 3]]);
avg.set("b", 1);
console.log([...avg.entries()].map(([k, v]) => \`\${k}=\${v}\`).join(" "));
const byNumber = new Map<number, number>();
byNumber.set(0.5, 1);
byNumber.set(4 / 2, 2);
for (const [k, v] of byNumber) console.log(\`\${k}->\${v}\`);
console.log([...byNumber.entries()].map(([k, v]) => \`\${k}/\${v}\`).join(" "));
const pairs: [number, number][] = [[1, 2]];
pairs.push([3, 8 / 4]);
pairs.forEach(([a, b]) => console.log(\`\${a},\${b}\`));
const total = pairs.reduce(([s, t], [a, b]) => [s + a, t + b], [0, 0]);
console.log(\`\${total[0]} \${total[1]}\`);
const [x, y] = [1, 9 / 3];
console.log(\`\${x} \${y}\`);
const s = new Set([1, 5 / 5]);
for (const [a, b] of s.entries()) console.log(\`\${a}=\${b}\`);`,
};

diffSuite("names bound by array destructuring", {
  "integer values": programs.integers,
  "floats equal to integers, and Maps with number keys": programs.floats,
});

describe("names bound by array destructuring: emitted Python", () => {
  const py = emittedPython(programs);

  test("integer elements print with %d, without js_num", () => {
    expect(py.integers).not.toContain("js_num");
    expect(py.integers).toContain('"%s=%d" % (w, n)');
    expect(py.integers).toContain('"%s:%d" % (e[0], e[1])');
    expect(py.integers).toContain("name + str(n + 1)");
    expect(py.integers).toContain("js_sort_by(ranked, [(-a[1], a[0], _i, a) for _i, a in enumerate(ranked)])"); // b[1] - a[1] is never NaN: a key
  });

  test("floats and a Map's number keys keep js_num", () => {
    expect(py.floats.match(/js_num\(/g)?.length).toBeGreaterThanOrEqual(8);
  });
});
