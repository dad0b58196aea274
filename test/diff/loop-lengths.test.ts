// Lengths a loop reads on every pass but cannot change are computed once before it
// (compiler/transform/loop-lengths.ts): `s === word.length - 1` in a loop over the
// letters reads a local. They stay in the loop when the loop can change them: a
// push, a store through another name, a reassigned variable, a variable declared in
// the loop, a read inside a function the loop makes (it may run after a change).
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const hoisted: Record<string, ShapeCase> = {
  "a string's last index in a loop over it": {
    source: `function spaced(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; i++) {
    out += word[i];
    if (i < word.length - 1) out += "-";
  }
  return out;
}
console.log(spaced("SOS"), spaced(""), spaced("a"));`,
    has: ["    _word_n = len(word) - 1\n", "        if i < _word_n:\n"],
  },
  "an array's length in a while test, the array only read": {
    source: `function firstAbove(xs: number[], limit: number): number {
  let i = 0;
  while (i < xs.length && xs[i] <= limit) i++;
  return i < xs.length ? xs[i] : -1;
}
console.log(firstAbove([3, 8, 12, 5], 7), firstAbove([1, 2], 7), firstAbove([], 0));`,
    has: ["    _xs_len = len(xs)\n", "    while i < _xs_len and xs[i] <= limit:\n"],
  },
  // the body moves the index itself, so the loop stays a while loop whose test runs on every pass
  "a for loop's test when the body moves the index (no range())": {
    source: `function unescape(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "%" && i + 2 < s.length) {
      out += String.fromCharCode(parseInt(s.substring(i + 1, i + 3), 16));
      i += 2;
    } else out += s[i];
  }
  return out;
}
console.log(unescape("a%20b%21"), unescape(""), unescape("100%"));`,
    has: ["    _s_len = len(s)\n", "    while i < _s_len:\n"],
  },
  "lengths of outer loops' values in an inner loop": {
    source: `const words = "dot dash / dash dot".split(" / ");
const out: number[] = [];
words.forEach((word, w) => {
  const letters = word.split(" ");
  letters.forEach((letter, l) => {
    for (let s = 0; s < letter.length; s++) {
      const last = s === letter.length - 1;
      out.push(!last ? 1 : l < letters.length - 1 ? 3 : w < words.length - 1 ? 7 : 0);
    }
  });
});
console.log(out.join(""));`,
    has: [
      "        _letters_n = len(letters) - 1\n        _words_n = len(words) - 1\n        for l in range(len(letters)):\n            letter = letters[l]\n            _letter_n = len(letter) - 1\n",
    ],
  },
  "a variable declared in an outer loop: before the inner loop": {
    source: `const total: number[] = [];
for (const w of ["ab", "cde", ""]) {
  const t = w + "!";
  for (let i = 0; i < 2; i++) total.push(t.length - 1 + i);
}
console.log(total.join(","));`,
    has: ['        t = w + "!"\n        _t_n = len(t) - 1\n        for i in range(2):\n            _total_append(_t_n + i)\n'],
  },
};

// a parameter's array in a loop that calls `note`, which pushes onto `log`; `calls` are the program's last line
const weighSource = (log: string, calls: string) => `const log: string[] = ${log};
function note(s: string): number {
  log.push(s);
  return log.length;
}
function weigh(names: string[]): number {
  let total = 0;
  for (let i = 0; i < names.length; i++) total += note(names[i]) * i;
  return total;
}
${calls}`;

// no array of the parameter's kind is ever resized (numeric.ts neverResized)
hoisted["a parameter's array no code of the program resizes, in a loop that calls a function"] = {
  source: weighSource("[]", `console.log(weigh(["a", "bb", "ccc"]), weigh(["d"]), log.join(""));`),
  has: ["    for i in range(len(names)):\n"],
};

const stays: Record<string, ShapeCase> = {
  // a slice shares its array's kind with the array it was cut from, which the called function pushes to
  "a parameter's array of a kind some code resizes, in a loop that calls a function": {
    source: weighSource(`["x", "y"]`, `console.log(weigh(["a", "bb"]), weigh(log.slice(0, 2)), log.join(""));`),
    has: ["    while i < len(names):\n"],
  },
  "a for loop that moves its index and grows the array it tests": {
    source: `const q = [1, 2];
for (let i = 0; i < q.length; i++) {
  if (q[i] < 10) q.push(q[i] * 4);
  if (q[i] % 2 === 0) i++;
}
console.log(q.join(","));`,
    has: ["while i < len(q):\n"],
    lacks: ["_q_len"],
  },
  "the loop pushes onto the array": {
    source: `const q = [1];
let passes = 0;
while (passes < q.length) {
  if (q[passes] < 20) q.push(q[passes] * 3);
  passes++;
}
console.log(passes, q.join(","));`,
    has: ["while passes < len(q):\n"],
  },
  "another name for the array grows it": {
    source: `function walk(): number {
  const xs = [1, 2];
  const ys = xs;
  let i = 0;
  let seen = 0;
  while (i < ys.length) {
    if (xs.length < 5) xs.push(i);
    seen += ys.length;
    i++;
  }
  return seen;
}
console.log(walk());`,
    has: ["    while i < len(ys):\n"],
    lacks: ["_ys_len"],
  },
  "the variable is reassigned in the loop": {
    source: `let s = "abcdef";
let steps = 0;
while (s.length > 1) {
  s = s.slice(0, s.length - 2);
  steps++;
}
console.log(steps, s);`,
    has: ["while len(s) > 1:\n"],
    lacks: ["_s_len", "_s_n"],
  },
  "a variable that may be undefined, narrowed in the loop": {
    source: `function total(names: (string | undefined)[], extra: string | undefined): number {
  let n = 0;
  for (const name of names) {
    if (name !== undefined) n += name.length;
    if (extra !== undefined) n += extra.length;
  }
  return n;
}
console.log(total(["ab", undefined, "c"], undefined), total(["x"], "yz"));`,
    has: ["            n += len(extra)\n"],
    lacks: ["_extra_len"],
  },
  "a read inside a function the loop makes": {
    source: `const xs = [1, 2, 3];
const counts: (() => number)[] = [];
for (let i = 0; i < 3; i++) counts.push(() => xs.length - 1);
xs.push(4);
console.log(counts.map((f) => f()).join(","));`,
    has: ["lambda: len(xs) - 1"],
  },
  "the last element by index": {
    source: `const xs = ["a", "b", "c"];
let out = "";
for (let i = 0; i < 3; i++) out += xs[xs.length - 1] + i;
console.log(out);`,
    has: ["xs[-1] + str(i) for i in range(3)"],
    lacks: ["_xs_n", "_xs_len", "len(xs)"],
  },
};

shapeSuite("loop lengths: computed once before the loop", hoisted);
shapeSuite("loop lengths: read on every pass", stays);
