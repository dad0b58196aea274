// The entry's top-level code after its last definition runs in a function when
// it loops (compiler/python/main-function.ts), so its variables are locals, read
// and written by slot; the names a function, lambda or class shares with it stay
// globals. Each program runs in Node and in MicroPython with the same output.
import { describe, expect, test } from "vitest";
import { compile } from "../../compiler/program.js";
import { runInVm } from "../../compiler/board/vm.js";
import { project } from "../helpers/standin.js";
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const cases: Record<string, ShapeCase> = {
  "a top-level loop's counters are the function's locals": {
    source: `const readings = [3, 9, 4, 12, 7];
let total = 0;
let peaks = 0;
for (const r of readings) {
  total += r;
  if (r > 8) peaks++;
}
console.log(total, peaks);`,
    has: ["def main():", "    total = 0", "    for r in readings:", "main()"],
    lacks: ["global"],
  },
  "a variable a function reads or writes stays a global": {
    source: `let count = 0;
let last = "";
function bump(tag: string): void { count++; last = tag; }
const limit = 3;
for (let i = 0; i < limit; i++) bump("t" + i);
console.log(count, last);`,
    has: ["    global count, last", "main()"],
    lacks: ["global count, i", "global count, last, limit"],
  },
  "a variable bound before the last definition stays a global": {
    source: `let ticks = 0;
class Led { on = false; toggle(): void { this.on = !this.on; } }
const led = new Led();
while (ticks < 5) { led.toggle(); ticks++; }
console.log(ticks, led.on);`,
    has: ["    global ticks", "    while ticks < 5:"],
  },
  "closures made in the loop see each pass's own variable": {
    source: `const fns: (() => number)[] = [];
let seen = 0;
for (let i = 0; i < 3; i++) {
  const k = i * 10;
  fns.push(() => k + seen);
  seen++;
}
console.log(fns.map((f) => f()).join(","));`,
    has: ["def main():"],
  },
  "an arrow in the loop that assigns an outer variable": {
    source: `let hits = 0;
const total: number[] = [];
for (let i = 0; i < 4; i++) {
  const hit = (n: number) => { hits += n; };
  hit(i);
  total.push(hits);
}
console.log(hits, total.join(" "));`,
    has: ["def main():"],
  },
  "a comprehension in the function reads its locals": {
    source: `const scale = 3;
const out: number[][] = [];
for (let row = 0; row < 3; row++) {
  const base = row * scale;
  out.push([1, 2, 3].map((x) => x * base + scale));
}
console.log(JSON.stringify(out));`,
    has: ["def main():"],
  },
  "a program's own main keeps its name; the loop's function takes another": {
    source: `function main(n: number): number { return n * 2; }
let sum = 0;
for (let i = 0; i < 4; i++) sum += main(i);
// held as a value: the def stays, though the loop's call is written in place
const twice = main;
console.log(sum, twice(5));`,
    has: ["def main(n):", "def main_():", "main_()"],
  },
  "functions defined among the statements are defined first; what they read stays global": {
    source: `let limit = 3;
const scaled = (x: number, k: number = limit) => x * k;
let calls = 0;
function counted(s: string): string { calls++; return "[" + s + "]"; }
const out: number[] = [];
for (let i = 0; i < 3; i++) out.push(scaled(i));
limit = 10;
const tag = (s: string) => counted(s) + "!";
for (const w of ["a", "b"]) console.log(tag(w));
console.log(out.join(","), scaled(1), calls);`,
    has: ["def main():\n    global calls, limit\n    limit = 3\n"],
    lacks: ["global calls, limit, out"],
  },
  "a function declared in the loop's body, a var read by a later function, a caught error a closure keeps": {
    source: `const seen: string[] = [];
for (var i = 0; i < 3; i++) {
  function label(n: number): string { return "#" + n + "/" + i; }
  seen.push(label(i * 2));
}
function last(): number { return i; }
let saved: () => string = () => "none";
try {
  for (const w of ["a", "b", ""]) if (!w) throw new Error("empty after " + seen.length);
} catch (e) {
  saved = () => (e as Error).message;
}
console.log(seen.join(" "), last(), saved());`,
    has: ["def main():"],
  },
  "code without a loop stays at module level": {
    source: `const a = [1, 2, 3];
console.log(a.length, a.join("-"));`,
    has: ['print(len(a), "-".join([str(_x) for _x in a]))'],
    lacks: ["def main"],
  },
  "a loop before the last definition stays where it is": {
    source: `const xs: number[] = [];
for (let i = 0; i < 3; i++) xs.push(i * i);
function show(): void { console.log(xs.join(",")); }
show();`,
    has: ["show()"],
    lacks: ["def main"],
  },
  "try and catch around a loop, and the caught error's name": {
    source: `let n = 0;
try {
  for (;;) { n++; if (n > 3) throw new Error("stop at " + n); }
} catch (e) {
  console.log((e as Error).message, n);
}`,
    has: ["def main():"],
  },
  "a loop with promises: the timers still run after the top level": {
    source: `async function later(n: number): Promise<number> { return n + 1; }
const got: number[] = [];
for (let i = 0; i < 3; i++) later(i).then((v) => got.push(v));
setTimeout(() => console.log(got.join(",")), 0);`,
    has: ["def main():"],
  },
};

shapeSuite("top-level loops in a function", cases);

describe("the board's globals", () => {
  test("a variable the program declares (the board's global) stays global when the loop's code sets it", async () => {
    const dir = project({
      "src/main.ts": `declare let total: number;\ntotal = 0;\nfor (let i = 0; i < 4; i++) total += i;\nprint(total);\n`,
    });
    const result = compile(dir);
    expect(result.diagnostics).toEqual([]);
    const main = result.files.find((f) => f.path === "main.py")!.text;
    expect(main).toContain("def main():\n    global total\n    total = 0\n");
    const run = await runInVm([{ path: "main.py", text: main + "print(total * 10)\n" }], "main");
    expect(run.stdout).toBe("6\n60\n");
  });
});

describe("boot.ts", () => {
  test("boot.py keeps its loop at module level, where main.py and the REPL see its names; main.py's moves", async () => {
    const dir = project({
      "src/boot.ts": `let tries = 0;\nwhile (tries < 3) tries++;\nprint("boot", tries);\n`,
      "src/main.ts": `let sum = 0;\nfor (let i = 0; i < 4; i++) sum += i;\nprint("main", sum);\n`,
    });
    const result = compile(dir);
    expect(result.diagnostics).toEqual([]);
    const text = (p: string) => result.files.find((f) => f.path === p)!.text;
    expect(text("boot.py")).toBe('tries = 0\nwhile tries < 3:\n    tries += 1\nprint("boot", tries)\n');
    expect(text("main.py")).toContain("def main():\n    sum_ = 0\n");
    const run = await runInVm([{ path: "boot.py", text: text("boot.py") }], "boot");
    expect(run.stdout).toBe("boot 3\n");
  });
});
