// Random programs, compiled by mpts and run in Node and in the MicroPython VM: a differential
// check on code nobody wrote by hand. Each program is made from a seed (the same seed, the same
// program) out of the constructs the compiler rewrites most: callbacks with statements (map,
// filter, find, some, every, forEach) and their early returns, `[k, v]` parameters over Map
// entries, Math.min/max of spreads, parseFloat of random text, toFixed of values of no known
// size, joins of arrays with holes; integer division, remainders and bit operations on
// signed values; string methods; a class with a Set; a switch; small functions and methods
// called in loops, helpers that may change the array a loop walks, lengths read on every
// pass, callbacks with an index, callbacks that grow or shrink the array they walk; records held
// by a class in an array and a Map; a dictionary of numbers stringified; Number() of text;
// functions stored in fields and arrays, called through them. Not part of
// `npm test` (a
// search, not a specification); run it after changing a rewrite:
//
//   node --import tsx bench/random-programs.ts [first seed] [count]
//
// It prints each seed whose outputs differ (or that fails to compile) and the file to look at.
import * as fs from "node:fs";
import * as path from "node:path";
import { runInNode } from "../test/helpers/node-run.js";
import { compileSnippets, runCompiled } from "../test/helpers/snippets.js";

/** A small deterministic generator: programs depend on the seed only. */
class Source {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state * 1103515245 + 12345) % 2147483648;
    return this.state / 2147483648;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
}

function program(r: Source): string {
  const num = () => r.pick([String(r.int(-5, 20)), String(r.int(-5, 20)), `${r.int(1, 9)} / ${r.pick([2, 4, 3])}`, `${r.int(0, 9)}.5`]);
  const list = () => "[" + Array.from({ length: r.int(0, 5) }, num).join(", ") + "]";
  const value = () => r.pick(["v * 2", `v + ${num()}`, `v % ${r.int(2, 5)}`, "v - t", "Math.floor(v / 2)", "t", "v"]);
  const test = () => r.pick([`v > ${r.int(-2, 8)}`, "v % 2 === 0", `t < ${r.int(0, 10)}`, `i > ${r.int(0, 3)}`]);
  const body = (method: string, arr: string) => {
    const lines = [`const t = ${r.pick([`v * ${r.int(1, 3)}`, `v + ${num()}`, `v % ${r.int(2, 5)}`, "Math.floor(v / 2)"])};`];
    for (let k = r.int(0, 3); k > 0; k--) {
      const kind = r.pick(["return", "bare", "count", "branch", "grow", "shrink"]);
      if (kind === "return") lines.push(`if (${test()}) return ${method === "map" ? value() : test()};`);
      else if (kind === "bare") lines.push(`if (${test()}) return;`);
      else if (kind === "count") lines.push(`acc += ${value()};`);
      // the callback changes the length of the array it walks (not shortened under map, which
      // leaves a hole, nor find, which calls the callback with undefined: mpts skips both)
      else if (kind === "grow") lines.push(`if (${test()} && ${arr}.length < ${r.int(2, 8)}) ${arr}.push(${value()});`);
      else if (kind === "shrink" && method !== "map" && method !== "find")
        lines.push(`if (${test()}) ${arr}.${r.pick(["pop", "shift"])}();`);
      else lines.push(`if (${test()}) { acc -= 1; } else { acc += 2; }`);
    }
    if (r.next() < 0.8) lines.push(`return ${method === "map" ? value() : test()};`);
    return lines.join("\n  ");
  };
  const out = ["let acc = 0;", "const outs: string[] = [];"];
  for (let k = 0; k < 5; k++) {
    const method = r.pick(["map", "filter", "find", "some", "every", "forEach"]);
    out.push(`const xs${k}: number[] = ${list()};`);
    out.push(`const r${k} = xs${k}.${method}((v, i) => {\n  ${body(method, `xs${k}`)}\n});`);
    if (method === "forEach") out.push("outs.push(String(acc));");
    else if (method === "map" || method === "filter") out.push(`outs.push(r${k}.map((x) => String(x)).join(","));`);
    else out.push(`outs.push(String(r${k}));`);
    out.push(`outs.push(\`\${Math.min(...xs${k})} \${Math.max(...xs${k})}\`);`);
  }
  out.push("const m = new Map<string, number>();");
  out.push('xs0.forEach((v, i) => m.set("k" + (i % 3), (m.get("k" + (i % 3)) ?? 0) + v));');
  out.push("const pairs = [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));");
  out.push('outs.push(pairs.map(([k, v]) => `${k}=${v}`).join(" "));');
  out.push(`outs.push(xs1.filter((v) => v > ${r.int(-2, 6)}).map((w) => w * 2 + 0.5).join(","));`);
  const chars = ["0", "1", "5", "9", ".", "e", "+", "-", " ", "_", "x", "I", "n", "f"];
  const texts = Array.from({ length: 6 }, () => Array.from({ length: r.int(0, 6) }, () => r.pick(chars)).join(""));
  out.push(`for (const s of ${JSON.stringify(texts)}) outs.push(String(parseFloat(s)));`);
  out.push(`for (const v of [${Array.from({ length: 4 }, num).join(", ")}, acc / 7]) outs.push(v.toFixed(${r.int(0, 5)}));`);
  out.push(`const ints = [${Array.from({ length: r.int(1, 4) }, () => r.int(-9, 99)).join(", ")}];`);
  if (r.next() < 0.5) out.push(`ints.length = ${r.int(0, 6)};`);
  out.push('outs.push(ints.join("/"));');
  // numbers: integer division and remainders with signs, bit operations, rounding
  const a = r.int(-40, 40),
    bb = r.pick([3, -3, 7, 2, -8]);
  out.push(`let na = ${a};`);
  out.push(`for (let i = 0; i < ${r.int(1, 6)}; i++) na = na * ${r.int(-3, 3)} + i;`);
  out.push(
    `outs.push(String(na % ${bb}), String(Math.floor(na / ${bb})), String(Math.trunc(na / ${bb})), String(na >> 1), String(na >>> 28), String(na & 0xff), String(na | 1), String(~na), String(Math.round(na / 4)), String(Math.abs(na) ** 2));`,
  );
  out.push(`outs.push((na / 3).toFixed(2), String(na / 8), \`\${na * 0.1}\`, String(-na * 0), String(na % 1), String(2 ** 31 + na | 0));`);
  // strings
  out.push(`const words: string[] = ${JSON.stringify(Array.from({ length: r.int(0, 5) }, () => r.pick(["ab", "Cd", "", "x y", "12"])))};`);
  out.push(
    `outs.push(words.map((w) => w.toUpperCase()).join("+"), words.filter((w) => w.length > 1).length.toString(), words.join("").slice(${r.int(-3, 3)}, ${r.int(-3, 6)}), words.indexOf("ab").toString(), String(words.includes("12")));`,
  );
  out.push(
    `outs.push(words.reduce((s, w) => s + w.length, 0).toString(), [...words].reverse().join("|"), words.some((w) => w.startsWith("C")) ? "C" : "-");`,
  );
  // a class with fields and a Map/Set
  out.push(
    `class Counter { n = 0; seen = new Set<string>(); add(w: string): number { if (!this.seen.has(w)) { this.seen.add(w); this.n++; } return this.n; } }`,
  );
  out.push(`const cnt = new Counter();`);
  out.push(`outs.push(words.map((w) => cnt.add(w)).join(","), String(cnt.seen.size), [...cnt.seen].sort().join(","));`);
  out.push(`switch (na % 3) { case 0: outs.push("zero"); break; case 1: case -1: outs.push("one"); break; default: outs.push("two"); }`);
  // small functions and methods called in loops (written in place), helpers that may or may not
  // change the array a loop walks, lengths read on every pass, callbacks with an index
  const step = r.pick([
    `this.x = (this.x * ${r.int(2, 9)} + ${r.int(0, 9)}) % ${r.int(11, 97)};`,
    `this.x += ${r.int(-3, 5)};`,
    "this.n++;",
  ]);
  out.push(`class Stepper { x = ${r.int(0, 9)}; n = 0; tick(): number { ${step} return this.x % ${r.int(2, 7)} + this.n; } }`);
  out.push(
    `function mix(a: number, b: number): number { return ${r.pick(["a * 2 + b", "a - b * 3", "(a + b) % 4", "a > b ? a : b", "Math.max(a, b) - Math.min(a, b)"])}; }`,
  );
  const grows = r.next() < 0.5;
  out.push(`const queue: number[] = ${list()};`);
  out.push(
    `function visit(v: number): number { ${grows ? `if (queue.length < ${r.int(3, 8)}) queue.push(v + 1); ` : ""}return mix(v, ${r.int(-2, 4)}); }`,
  );
  out.push("const st = new Stepper();");
  out.push(`let tot = 0;`);
  out.push(`for (let i = 0; i < queue.length; i++) tot += visit(queue[i]) * (i + 1);`);
  out.push(`for (let i = 0; i < queue.length; i++) if (i > ${r.int(0, 3)} && st.tick() > 1) tot += mix(i, tot % 5);`);
  out.push(`queue.${r.pick(["forEach", "map", "filter"])}((v) => { tot += visit(v); return v > ${r.int(0, 5)}; });`);
  // a function with a constant and a module constant, written in place in loops; a block that shadows the name
  out.push(`const GAIN = ${r.int(-3, 9)};`);
  out.push(`function conv(v: number): number { const s = v * GAIN + ${num()}; return s % ${r.int(2, 7)}; }`);
  out.push(
    `function convAll(n: number): number { let t = 0; for (let i = 0; i < n; i++) { ${r.next() < 0.5 ? "if (i > 9) { const GAIN = 1; t += GAIN; } " : ""}t += conv(i); } return t; }`,
  );
  out.push(`tot += convAll(${r.int(1, 5)});`);
  // a copy of an argument that every call may or may not make anew (fresh-arguments.ts); two-value min/max
  out.push("function lowest(vs: number[]): number { const s = vs.slice().sort((a, b) => a - b); return s.length ? s[0] : -1; }");
  out.push(`outs.push(String(lowest(queue.slice(${r.int(0, 2)}))), String(lowest(queue.map((q) => q * ${r.int(-2, 2)}))));`);
  if (r.next() < 0.5) out.push("outs.push(String(lowest(queue)));");
  out.push(
    `outs.push(String(Math.${r.pick(["min", "max"])}(${r.pick(["tot", "st.tick()", String(r.int(-3, 9))])}, ${r.pick(["na", "st.tick()", "tot % 7", String(r.int(-3, 9))])})));`,
  );
  // records sorted by comparators of keys (ties, both directions, NaN keys in some seeds);
  // a constant list cycled by `%` of its length, and one a call may empty
  // (every f NaN or none: a comparator that meets NaN among numbers is inconsistent, and its order the engine's)
  const allNaN = r.next() < 0.3;
  const rows = Array.from(
    { length: r.int(0, 6) },
    () =>
      `{ n: ${r.int(-2, 3)}, s: ${JSON.stringify(r.pick(["a", "b", "ab", ""]))}, f: ${allNaN ? "NaN" : r.pick(["0.5", "2", "-1", "3"])} }`,
  );
  out.push(`const rows = [${rows.join(", ")}];`);
  const term = () =>
    r.pick([
      "a.n - b.n",
      "b.n - a.n",
      "a.s.localeCompare(b.s)",
      "b.s.localeCompare(a.s)",
      "a.f - b.f",
      "b.f - a.f",
      "a.s.length - b.s.length",
    ]);
  const chain = () => Array.from({ length: r.int(1, 3) }, term).join(" || ");
  out.push(`outs.push(rows.slice().sort((a, b) => ${chain()}).map((o) => o.s + o.n + "/" + o.f).join(","));`);
  out.push(`rows.sort((a, b) => ${chain()}); outs.push(rows.map((o) => o.s + o.n).join(","));`);
  out.push(`const CYCLE = [${Array.from({ length: r.int(1, 4) }, () => r.int(-3, 9)).join(", ")}];`);
  out.push(`const spent: number[] = [${Array.from({ length: r.int(0, 3) }, () => r.int(0, 9)).join(", ")}];`);
  out.push(`function drain(xs: number[]): void { ${r.next() < 0.5 ? "while (xs.length) xs.pop();" : "xs.push(1);"} }`);
  out.push("drain(spent);");
  out.push(
    `for (let i = 0; i < ${r.int(1, 6)}; i++) outs.push(String(CYCLE[(i * ${r.int(1, 7)}) % CYCLE.length] + (tot % CYCLE.length)), String(i % spent.length));`,
  );
  // records held by a class (an array and a Map of the same objects), updated in place or
  // replaced, read back by get, for-of over entries, a spread of values, forEach; in some seeds
  // a callback typed as a structural twin, or a record stringified whole
  const mutate = r.next() < 0.5;
  out.push("interface Dev { id: string; level: number; hits: number; }");
  out.push(
    `class Registry { all: Dev[] = []; byId = new Map<string, Dev>(); note(id: string, level: number): Dev { ` +
      `let d = this.byId.get(id); if (!d) { d = { id, level, hits: 0 }; this.byId.set(id, d); this.all.push(d); } ` +
      (mutate
        ? `d.hits++; if (level > d.level) d.level = level; return d; } }`
        : `const next: Dev = { id, level: Math.max(level, d.level), hits: d.hits + 1 }; this.byId.set(id, next); return next; } }`),
  );
  out.push("const reg = new Registry();");
  const ids = Array.from({ length: r.int(1, 8) }, () => `[${JSON.stringify(r.pick(["a", "b", "c"]))}, ${r.int(-3, 9)}]`);
  out.push(`for (const [id, level] of [${ids.join(", ")}] as [string, number][]) outs.push(String(reg.note(id, level).hits));`);
  out.push(`outs.push([...reg.byId.values()].sort((a, b) => ${r.pick(["b.level - a.level || a.id.localeCompare(b.id)", "a.hits - b.hits", "a.id.localeCompare(b.id)"])}).map((d) => d.id + d.level).join(","));`);
  out.push("for (const [id, d] of reg.byId) outs.push(id + d.hits);");
  out.push('reg.byId.forEach((d, id) => outs.push(id === d.id ? "=" : "!"));');
  out.push('outs.push(reg.all.map((d) => d.id + ":" + d.hits).join(" "), String(reg.byId.get("a")?.level ?? -1));');
  const holderGiveUp = r.pick(["none", "none", "twin", "whole"]);
  if (holderGiveUp === "twin") out.push('reg.byId.forEach((d: { id: string }) => outs.push(JSON.stringify(d)));');
  if (holderGiveUp === "whole") out.push("outs.push(JSON.stringify(reg.all[0] ?? null));");
  // a dictionary of numbers written by key, by name, by a literal and a spread, counted by key, and
  // in some seeds given a fraction or written by Object.assign; JSON.stringify of it; Number() of text
  out.push(`const tally: Record<string, number> = { ${r.pick(["", "base: 1", `base: ${num()}`])} };`);
  out.push(`for (const w of ${JSON.stringify(Array.from({ length: r.int(0, 6) }, () => r.pick(["a", "b", "c"])))}) tally[w] = (tally[w] ?? 0) + ${r.pick(["1", "2", "0.5"])};`);
  if (r.next() < 0.5) out.push(`tally.extra = ${num()};`);
  if (r.next() < 0.2) out.push("Object.assign(tally, { merged: 2.75 });");
  out.push(`const wider: Record<string, number> = { ...tally, tail: ${r.int(-3, 9)} };`);
  out.push("const lastOf: Record<string, number> = {};");
  out.push(`for (let i = 0; i < ${r.int(0, 7)}; i++) lastOf["k" + (i % 3)] = ${r.pick(["i * 3 - 4", "i", "i / 2", "-i"])};`);
  out.push("outs.push(JSON.stringify(tally), JSON.stringify(wider), JSON.stringify(lastOf));");
  const texts2 = Array.from({ length: 4 }, () => r.pick(["12", "007", " 5", "-3", "1.5", "", "x", "1e2", "0x10", "99999999999999999"]));
  out.push(`for (const s of ${JSON.stringify(texts2)}) outs.push(String(Number(s)), String(+s + 1), String(-s));`);
  out.push(`const label = ${JSON.stringify(r.pick(["dot dash", "a bc def", "", "x"]))};`);
  out.push(
    `label.split(" ").forEach((w, wi) => { for (let c = 0; c < w.length; c++) tot += c === w.length - 1 ? wi : st.tick() % 3 === 0 ? 1 : 2; });`,
  );
  out.push(`const tail = queue.length > 1 ? queue[queue.length - 1] * 10 + queue[queue.length - 2] : -1;`);
  out.push('outs.push(String(tot), String(tail), String(st.x), String(st.n), queue.join(","));');
  // functions stored in a class's field and an array, called through them with integers (in
  // some seeds negative ones or fractions), or through call() in some seeds
  const arg = () => r.pick(["i", "i * 2", "i + 1", "i - 2", "i / 2", "tot % 5", "i + 0.5"]);
  out.push("type Fn = (n: number) => string;");
  out.push(`const fa: Fn = (n) => \`\${n % ${r.int(2, 5)}}:\${n}\`;`);
  out.push(`function fb(n: number): string { return String(n % ${r.int(2, 5)}) + "/" + n; }`);
  out.push("class Job { constructor(readonly fn: Fn) {} }");
  out.push("const jobs = [new Job(fa), new Job(fb)];");
  out.push("const calls: Fn[] = [fb, fa];");
  out.push(`for (let i = 0; i < ${r.int(1, 5)}; i++) outs.push(jobs[i % 2].fn(${arg()}), calls[(i + 1) % 2](${arg()}));`);
  if (r.next() < 0.3) out.push(`outs.push(fb.call(null, ${r.int(-5, 5)}));`);
  out.push('console.log(outs.join(" | "), acc);');
  return out.join("\n");
}

const first = Number(process.argv[2] ?? 1);
const count = Number(process.argv[3] ?? 100);
const sources = Array.from({ length: count }, (_, i) => program(new Source(first + i)));
const { dir, outputs } = compileSnippets(Object.fromEntries(sources.entries()));
let differ = 0;
for (const [i, source] of sources.entries()) {
  const seed = first + i;
  const out = outputs.get(path.join(dir, `case_${i}.ts`))!;
  if (out.diagnostics.length || !out.python) {
    console.log(`seed ${seed}: not compiled (${out.diagnostics.map((d) => d.message).join("; ")})`);
    continue;
  }
  const node = await runInNode(source);
  const mp = await runCompiled(out);
  if (node.error || mp.error || mp.stdout !== node.stdout) {
    differ++;
    fs.writeFileSync(path.join(dir, `case_${i}.py`), out.python);
    console.log(`seed ${seed}: Node and MicroPython differ (${path.join(dir, `case_${i}`)}.ts / .py)`);
  }
}
console.log(`${count} programs from seed ${first}: ${differ} differ (${dir})`);
