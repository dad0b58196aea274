// Programs of several ES modules: compiled as a project (tsconfig.json), written
// to disk, and run from their entry module in the MicroPython VM; Node runs the
// same files (transpiled to CommonJS, which keeps live bindings) and both must
// print the same.
import { describe, expect, test } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { ts } from "ts-morph";
import { compile, writeOutput } from "../compiler/program.js";
import { runInVm } from "../compiler/board/vm.js";

type Files = Record<string, string>;

function writeFiles(dir: string, files: Files): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
}

function runNode(files: Files, entry: string, nodeOnly: Files = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-modules-node-"));
  const js: Files = { "package.json": JSON.stringify({ type: "commonjs" }), ...nodeOnly };
  for (const [rel, text] of Object.entries(files)) {
    if (rel.endsWith(".d.ts")) continue;
    js[rel.replace(/\.ts$/, ".js")] = ts.transpileModule(text, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    }).outputText;
  }
  writeFiles(dir, js);
  return execFileSync(process.execPath, [entry.replace(/\.ts$/, ".js")], { cwd: dir, encoding: "utf8", timeout: 10000 });
}

/** Compile the program with mpts, write it out, run `entry` in the VM; compare with Node. */
async function checkProgram(files: Files, entry = "main.ts", nodeOnly: Files = {}, vmOnly: Files = {}): Promise<Map<string, string>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-modules-"));
  const compilerOptions = {
    strict: true,
    target: "ES2022",
    module: "ESNext",
    moduleResolution: "Bundler",
    lib: ["ES2022"],
    types: [],
    noEmit: true,
  };
  writeFiles(dir, { "tsconfig.json": JSON.stringify({ compilerOptions, include: ["**/*.ts"] }), ...files });
  const outDir = path.join(dir, "dist");
  const result = compile(dir, outDir);
  expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.source}${d.code} ${d.message}`)).toEqual([]);
  writeOutput(result);
  const py = new Map<string, string>();
  for (const f of result.files) if (f.path.endsWith(".py")) py.set(f.path, fs.readFileSync(path.join(outDir, f.path), "utf8"));
  const expected = runNode(files, entry, nodeOnly);
  expect(expected.length, "the program must print something").toBeGreaterThan(0);
  const listing = [...py].map(([p, t]) => `# ${p}\n${t}`).join("\n");
  const vm = await runInVm(
    [...[...py].map(([p, text]) => ({ path: p, text })), ...Object.entries(vmOnly).map(([p, text]) => ({ path: p, text }))],
    entry.replace(/\.ts$/, "").split("/").join("."),
    { clock: "fast" },
  );
  expect(vm.error, "MicroPython raised; the Python was:\n" + listing).toBeUndefined();
  expect(vm.stdout, "MicroPython printed something else; the Python was:\n" + listing).toBe(expected);
  return py;
}

describe("modules", () => {
  test("named exports and imports, with renaming", async () => {
    await checkProgram({
      "math2.ts": `
export const PI2 = 6.28;
export function square(x: number): number { return x * x; }
export class Point { constructor(public x: number, public y: number) {} norm2(): number { return square(this.x) + square(this.y); } }
const hidden = 1;
export { hidden as visible };`,
      "main.ts": `
import { square, Point, PI2 as TAU, visible } from "./math2";
import { square as sq } from "./math2";
console.log(square(4), sq(5), TAU, visible, new Point(3, 4).norm2());`,
    });
  });

  test("default exports: a function, a class and an expression", async () => {
    await checkProgram({
      "fn.ts": `export default function greet(name: string): string { return "hi " + name; }`,
      "anon.ts": `export default function (a: number, b: number): number { return a + b; }`,
      "cls.ts": `export default class Box { constructor(readonly v: number) {} twice(): number { return this.v * 2; } }`,
      "expr.ts": `const base = 40;\nexport default base + 2;`,
      "obj.ts": `export default { name: "cfg", size: 3 };`,
      "main.ts": `
import greet from "./fn";
import add from "./anon";
import Box from "./cls";
import answer from "./expr";
import config from "./obj";
console.log(greet("ada"), add(2, 3), new Box(21).twice(), answer, config.name, config.size);`,
    });
  });

  test("a default and named imports from one module", async () => {
    await checkProgram({
      "shapes.ts": `
export default class Shape { area(): number { return 0; } }
export class Square extends Shape { constructor(private s: number) { super(); } area(): number { return this.s * this.s; } }
export const UNIT = 1;`,
      "main.ts": `
import Shape, { Square, UNIT } from "./shapes";
const s: Shape = new Square(3);
console.log(s.area(), new Shape().area(), UNIT, s instanceof Shape);`,
    });
  });

  test("import * as a namespace", async () => {
    await checkProgram({
      "util.ts": `
export const version = "1.2";
export function shout(s: string): string { return s.toUpperCase() + "!"; }
export default function unused() { return 0; }`,
      "main.ts": `
import * as util from "./util";
console.log(util.version, util.shout("hey"));`,
    });
  });

  test("re-exports: export { x } from, export * from, renamed", async () => {
    await checkProgram({
      "a.ts": `export const a = 1;\nexport function fa(): string { return "fa"; }`,
      "b.ts": `export const b = 2;\nexport const shared = "from b";`,
      "index.ts": `
export { a, fa as callA } from "./a";
export * from "./b";
export const own = 3;`,
      "main.ts": `
import { a, callA, b, shared, own } from "./index";
console.log(a, callA(), b, shared, own);`,
    });
  });

  test("nested folders import each other", async () => {
    await checkProgram({
      "lib/util.ts": `export function clamp(x: number, lo: number, hi: number): number { return Math.min(hi, Math.max(lo, x)); }`,
      "lib/deep/conv.ts": `
import { clamp } from "../util";
export function percent(x: number): string { return clamp(Math.round(x * 100), 0, 100) + "%"; }`,
      "main.ts": `
import { clamp } from "./lib/util";
import { percent } from "./lib/deep/conv";
console.log(clamp(15, 0, 10), percent(0.256), percent(3));`,
    });
  });

  test("an entry module in a subfolder", async () => {
    await checkProgram(
      {
        "app/main.ts": `import { name } from "../shared/info";\nconsole.log("app sees", name);`,
        "shared/info.ts": `export const name = "shared";`,
      },
      "app/main.ts",
    );
  });

  test("a module imported by two others runs once", async () => {
    await checkProgram({
      "config.ts": `
console.log("config loaded");
export const settings: { level: number } = { level: 1 };`,
      "left.ts": `
import { settings } from "./config";
console.log("left loaded");
export function bump(): void { settings.level++; }`,
      "right.ts": `
import { settings } from "./config";
console.log("right loaded");
export function level(): number { return settings.level; }`,
      "main.ts": `
import { bump } from "./left";
import { level } from "./right";
bump();
bump();
console.log("level", level());`,
    });
  });

  test("an exported let changed through an exported function is live", async () => {
    await checkProgram({
      "counter.ts": `
export let count = 0;
export let label = "start";
export function increment(): number { count++; label = "n=" + count; return count; }
export function reset(): void { count = 0; }`,
      "main.ts": `
import { count, label, increment, reset } from "./counter";
import * as counter from "./counter";
console.log(count, label);
increment();
increment();
console.log(count, label, counter.count);
function show(): string { return "in a function: " + count; }
console.log(show());
reset();
console.log(count, counter.count, \`\${count}\`);`,
    });
  });

  test("type-only imports are erased", async () => {
    await checkProgram({
      "types.ts": `
export interface User { name: string; age: number }
export type Id = number;
export enum Color { Red, Green }
export const DEFAULT_AGE = 30;`,
      "main.ts": `
import type { User } from "./types";
import { type Id, DEFAULT_AGE } from "./types";
import { Color } from "./types";
const u: User = { name: "ann", age: DEFAULT_AGE };
const id: Id = 7;
console.log(u.name, u.age, id, Color.Green);`,
    });
  });

  test("a module of only types and a side-effect import", async () => {
    await checkProgram({
      "shapes.ts": `export interface Shape { area(): number }`,
      "setup.ts": `console.log("setup ran");`,
      "main.ts": `
import "./setup";
import type { Shape } from "./shapes";
const sq: Shape = { area: () => 4 };
console.log("area", sq.area());`,
    });
  });

  test("exported names that are Python keywords and builtins", async () => {
    await checkProgram({
      "names.ts": `
export function print2(s: string): void { console.log("p2:" + s); }
export const list = [1, 2, 3];
export function str(x: number): string { return "<" + x + ">"; }
export const None = "none!";
export class type { kind = "type class"; }
export function len(xs: number[]): number { return xs.length * 100; }
export const lambda = (x: number) => x + 1;`,
      "main.ts": `
import { print2, list, str, None, type, len, lambda } from "./names";
import * as names from "./names";
print2("x");
console.log(list.length, str(5), None, new type().kind, len(list), lambda(1));
console.log(names.list[1], names.str(2), names.None, names.lambda(2));
const print = (s: string) => console.log("local print " + s);
print("ok");`,
    });
  });

  test("helper-like, dollar and unicode names across modules", async () => {
    await checkProgram({
      "weird.ts": `
export const js_str = "not the helper";
export function $(sel: string): string { return "[" + sel + "]"; }
export const $count = 2;
export const café = "crème";
export function π(): number { return 3; }
export const S_x = "plain S_x";
export const _ = "underscore";`,
      "main.ts": `
import { js_str, $, $count, café, π, S_x, _ } from "./weird";
const js_num = 5;
console.log(js_str, $("a"), $count, café, π(), S_x, _, js_num, String(js_num));`,
    });
  });

  test("names that escape to the same Python spelling stay apart", async () => {
    await checkProgram({
      "clash.ts": `
export const $x = "dollar x";
export const S_x = "S underscore x";
export const list_ = "list underscore";
export const list = ["real", "list"];
export function _private(): string { return "underscored"; }
export const _ = "just underscore";`,
      "index.ts": `export * from "./clash";\nexport const extra = 1;`,
      "main.ts": `
import { $x, S_x, list_, list, _private, _ } from "./index";
import * as clash from "./clash";
console.log($x, S_x, list_, list.join("+"), _private(), _);
console.log(clash.$x, clash.S_x, clash.list_, clash.list.length, clash._private(), clash._);`,
    });
  });

  test("export * loses to a local export of the same name; default is not re-exported", async () => {
    await checkProgram({
      "base.ts": `export const shared = "from base";\nexport const onlyBase = "base only";\nexport default "base default";`,
      "mid.ts": `export const shared = "from mid";\nexport * from "./base";`,
      "main.ts": `
import { shared, onlyBase } from "./mid";
import * as mid from "./mid";
console.log(shared, onlyBase, mid.shared);`,
    });
  });

  test("default as a named export, and importing default by name", async () => {
    await checkProgram({
      "lib.ts": `
function helper(): string { return "helper as default"; }
export { helper as default };`,
      "anonclass.ts": `export default class { hello(): string { return "anonymous class"; } }`,
      "main.ts": `
import { default as h } from "./lib";
import theDefault from "./lib";
import Anon from "./anonclass";
console.log(h(), theDefault(), new Anon().hello());`,
    });
  });

  test("a live let re-exported through an index module", async () => {
    await checkProgram({
      "state.ts": `
export let ticks = 0;
export let lastName: string | undefined;
export function tick(name: string): void { ticks += 1; lastName = name; }`,
      "index.ts": `export { ticks, lastName, tick } from "./state";\nimport { ticks as count } from "./state";\nexport { count };`,
      "outer.ts": `export * from "./index";`,
      "main.ts": `
import { ticks, lastName, tick } from "./index";
import { count } from "./outer";
import * as idx from "./index";
import * as outer from "./outer";
console.log(ticks, lastName === undefined);
tick("a");
tick("b");
const snapshot = { ticks, lastName };
console.log(ticks, lastName, snapshot.ticks, snapshot.lastName);
for (let i = 0; i < 2; i++) tick("loop" + i);
console.log(\`ticks=\${ticks} last=\${lastName}\`);
console.log(count, idx.ticks, idx.count, outer.count, outer.lastName);`,
    });
  });

  test("files named like board modules or with dashes", async () => {
    await checkProgram({
      "math.ts": `export function double(x: number): number { return x * 2; }`,
      "json.ts": `export const format = "my json";`,
      "time.ts": `export function now(): string { return "my time"; }`,
      "my-utils.ts": `export const dashed = "dashed file";`,
      "class.ts": `export const kw = "keyword file";`,
      "main.ts": `
import { double } from "./math";
import { format } from "./json";
import { now } from "./time";
import { dashed } from "./my-utils";
import { kw } from "./class";
console.log(double(21), format, now(), dashed, kw, JSON.stringify({ a: [1, 2] }), Math.floor(2.5));`,
    });
  });

  test("a side-effect import of a file whose name is also a local name", async () => {
    await checkProgram({
      "print.ts": `console.log("print module ran");`,
      "lib/setup.ts": `console.log("lib/setup ran");`,
      "main.ts": `
import "./print";
import "./lib/setup";
const lib = { name: "local lib" };
console.log("main", lib.name);`,
    });
  });

  test("exported async functions awaited from another module", async () => {
    await checkProgram({
      "net.ts": `
export function delay(ms: number): Promise<void> { return new Promise((r) => setTimeout(r, ms)); }
export async function fetchValue(v: number): Promise<number> { await delay(5); return v * 10; }`,
      "main.ts": `
import { fetchValue, delay } from "./net";
async function main() {
  console.log("start");
  const [a, b] = await Promise.all([fetchValue(1), fetchValue(2)]);
  await delay(1);
  console.log("got", a + b);
}
main();
console.log("after main()");`,
    });
  });

  test("async calls handed to the board's asyncio stay coroutines", async () => {
    // Node stands in for the board's asyncio with a small shim of the same functions
    const shim = `
exports.sleep_ms = (ms) => new Promise((r) => setTimeout(r, ms));
exports.create_task = (p) => p;
exports.gather = (...ps) => Promise.all(ps);`;
    await checkProgram(
      {
        "asyncio.d.ts": `declare module "asyncio" {
  export function sleep_ms(ms: number): Promise<void>;
  export function create_task<T>(coro: Promise<T>): Promise<T>;
  export function gather<T>(...aws: Promise<T>[]): Promise<T[]>;
}`,
        "main.ts": `
import * as asyncio from "asyncio";
async function blink(name: string, n: number): Promise<string> {
  for (let i = 0; i < n; i++) { await asyncio.sleep_ms(4 + i); console.log(name, i); }
  return name;
}
async function main() {
  await asyncio.sleep_ms(1);
  const t = asyncio.create_task(blink("a", 2));
  const r = await asyncio.gather(blink("b", 2), blink("c", 1));
  console.log(r.join(","), await t);
}
asyncio.create_task(main());
console.log("scheduled");`,
      },
      "main.ts",
      { "node_modules/asyncio/index.js": shim },
    );
  });

  test("an async callback given to a board function still runs", async () => {
    // a board module with a callback API: Python for the VM, JavaScript for Node
    await checkProgram(
      {
        "hw.d.ts": `declare module "hw" {\n  export function onEvents(handler: (n: number) => void, count: number): void;\n}`,
        "main.ts": `
import { onEvents } from "hw";
function sleep(ms: number): Promise<void> { return new Promise((r) => setTimeout(r, ms)); }
onEvents(async (n) => { console.log("event", n); await sleep(90 - n * 40); console.log("handled", n); }, 3);
console.log("registered");`,
      },
      "main.ts",
      { "node_modules/hw/index.js": "exports.onEvents = (handler, count) => { for (let i = 0; i < count; i++) handler(i); };" },
      { "hw.py": "def onEvents(handler, count):\n    for i in range(count):\n        handler(i)\n" },
    );
  });

  test("timers set in an imported module", async () => {
    await checkProgram({
      "blink.ts": `
export function startBlink(times: number): void {
  let n = 0;
  const h = setInterval(() => { n++; console.log("blink", n); if (n === times) clearInterval(h); }, 3);
}`,
      "main.ts": `import { startBlink } from "./blink";\nstartBlink(3);\nconsole.log("blinking");`,
    });
  });

  test("a class imported and extended in another module", async () => {
    await checkProgram({
      "base.ts": `
export class Animal {
  constructor(protected name: string) {}
  speak(): string { return this.name + " makes a sound"; }
}`,
      "dog.ts": `
import { Animal } from "./base";
export class Dog extends Animal { speak(): string { return this.name + " barks; " + super.speak(); } }`,
      "main.ts": `
import { Dog } from "./dog";
import { Animal } from "./base";
const d = new Dog("rex");
console.log(d.speak(), d instanceof Animal);`,
    });
  });
});

// Identifiers that Python spells differently: keywords, builtins, mpts's own
// helper names, `$` and non-ASCII letters. One-file programs, run as above.
describe("names", () => {
  test("locals named like Python builtins and keywords", async () => {
    await checkProgram({
      "main.ts": `
const print = (s: string) => console.log("user print: " + s);
const len = 3, str = "s", list = [1, 2], dict = { a: 1 }, range = 4, type = "t", id = 9;
let None = "js None", True = 1, def = 2, lambda = 3, pass = 4, self = 5, cls = 6, nonlocal = 7, yield_ = 8;
function sum(xs: number[]): number { let total = 0; for (const x of xs) total += x; return total * 10; }
print(str + len);
console.log(list.length, dict.a, range, type, id, None, True + def + lambda + pass + self + cls + nonlocal + yield_);
console.log(sum([1, 2, 3]), Math.max(...list), String(len), [3, 1, 2].sort().join(""));
function shadow(print: (s: string) => void, len: number) { print("inner " + len); console.log("real console", len); }
shadow((s) => console.log("passed " + s), 7);
export {};`,
    });
  });

  test("user names that look like mpts helpers", async () => {
    await checkProgram({
      "main.ts": `
const js_str = "mine";
function js_num(x: number): string { return "num" + x; }
class JsPromise { constructor(public v: number) {} }
const js_start = 1, JsTimer = 2, asyncio = "not the module", OrderedDict = "od", mpts_rt = "rt", math = 5, json = "j", random = 0.5;
async function main() {
  await new Promise<void>((r) => setTimeout(r, 2));
  console.log(js_str, js_num(2), new JsPromise(3).v, js_start + JsTimer, asyncio, OrderedDict, mpts_rt, math, json, random);
  console.log(String(2.5), \`\${js_num(1)}\`, Math.floor(2.7), JSON.stringify({ k: [1] }), Object.keys({ b: 1, a: 2 }).join());
}
main();`,
    });
  });

  test("dollar signs and underscores", async () => {
    await checkProgram({
      "main.ts": `
const $ = (s: string) => "<" + s + ">";
const $$ = 2, $a = 3, S_a = 4, a$b = 5, _ = 6, __ = 7, _t = 8, _f1 = 9;
class $Store { $items: number[] = [1]; get$(): number { return this.$items.length; } }
const obj = { $key: "dollar key", _under: "under" };
console.log($("x"), $$, $a, S_a, a$b, _, __, _t, _f1, new $Store().get$(), obj.$key, obj._under, JSON.stringify(obj));`,
    });
  });

  test("unicode identifiers", async () => {
    await checkProgram({
      "main.ts": `
const café = "crème";
const π = 3.14159;
const 名前 = "なまえ";
function größe(n: number): number { return n * 2; }
class Ünicode { ñame = "ñ"; grüß(): string { return "grüß " + this.ñame; } }
const données = { clé: 1 };
console.log(café, π.toFixed(2), 名前, größe(21), new Ünicode().grüß(), données.clé, JSON.stringify(données));`,
    });
  });
});

// Each source becomes one Python module named after its path: names that would
// make two modules one (or hide a board module) are MPTS1041 at the later file.
describe("module names are unique", () => {
  /** The diagnostics of compiling `files` as a project, as `file(line,col) code: message` with paths relative to the project, sorted. */
  function clashes(files: Files): string[] {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-clash-"));
    const compilerOptions = { strict: true, target: "ES2022", module: "ESNext", moduleResolution: "Bundler", lib: ["ES2022"], types: [] };
    writeFiles(dir, { "tsconfig.json": JSON.stringify({ compilerOptions, include: ["**/*.ts"] }), ...files });
    const result = compile(dir, path.join(dir, "dist"));
    expect(result.files).toEqual([]);
    expect(fs.existsSync(path.join(dir, "dist"))).toBe(false);
    return result.diagnostics.map((d) => `${path.relative(dir, d.file!)}(${d.line},${d.column}) ${d.source}${d.code}: ${d.message}`).sort();
  }

  test("each clash is reported at the later file, naming the other and the remedy", () => {
    expect(
      clashes({
        // a dash and an underscore
        "my-file.ts": `export const a = 1;`,
        "my_file.ts": `export const b = 2;`,
        // a file named like a board module is renamed (time.ts -> time_.py), which a time_.ts beside it already is
        "lib/time.ts": `export const t = 1;`,
        "lib/time_.ts": `export const u = 2;`,
        // a file named like a folder of modules
        "net.ts": `export const n = 1;`,
        "net/wifi.ts": `export const w = 2;`,
        // module names that differ only in case
        "My-Sensor.ts": `export const s = 1;`,
        "my_sensor.ts": `export const z = 2;`,
        // a file and a folder named like modules the board typings declare that are no reserved names (keeping their names)
        "mpython.ts": `export const m = 1;`,
        "umachine/pins.ts": `export const p = 2;`,
        "main.ts": `
import { a } from "./my-file";
import { b } from "./my_file";
import { t } from "./lib/time";
import { u } from "./lib/time_";
import { n } from "./net";
import { w } from "./net/wifi";
import { s } from "./My-Sensor";
import { z } from "./my_sensor";
import { m } from "./mpython";
import { p } from "./umachine/pins";
console.log(a, b, t, u, n, w, s, z, m, p);`,
      }),
    ).toEqual([
      "lib/time_.ts(1,1) mpts1041: './time.ts' and this file both become the Python module 'lib.time_' (lib/time_.py), so one would overwrite the other; rename one of them",
      "mpython.ts(1,1) mpts1041: this file becomes the Python module 'mpython' (mpython.py), the name of the board module 'mpython' (declared in mpython.d.ts): on the board one would be loaded in place of the other; rename the file",
      "my_file.ts(1,1) mpts1041: './my-file.ts' and this file both become the Python module 'my_file' (my_file.py), so one would overwrite the other; rename one of them",
      "my_sensor.ts(1,1) mpts1041: './My-Sensor.ts' becomes the Python module 'My_Sensor' and this file 'my_sensor', which differ only in case: on a file system that ignores case (macOS, Windows, a board's FAT) one .py would overwrite the other; rename one of them",
      "net.ts(1,1) mpts1041: this file becomes the Python module 'net' (net.py), which is also the folder of './net/wifi.ts' ('net.wifi'); MicroPython imports the folder, never this file: rename the file or the folder",
      "umachine/pins.ts(1,1) mpts1041: this file's folder becomes the Python package 'umachine', the name of the board module 'umachine' (declared in machine.d.ts): on the board one would be loaded in place of the other; rename the folder",
    ]);
  });

  test("a file named like a board module that the program also imports is refused; alone it is renamed", () => {
    expect(
      clashes({
        "socket.ts": `export const port = 80;`,
        "main.ts": `import * as socket from "socket";\nimport { port } from "./socket";\nconst s = socket.socket();\ns.close();\nconsole.log(port);`,
      }),
    ).toEqual([
      "socket.ts(1,1) mpts1041: this file has the name of the board module 'socket' (declared in socket.d.ts), which './main.ts' imports; the program would have two modules called 'socket': rename this file",
    ]);
  });

  test("file names that differ only in case", () => {
    // two programs, neither imported (TypeScript itself reports an import of either spelling, TS1149)
    expect(clashes({ "Sensor.ts": `console.log("one program");`, "sensor.ts": `console.log("another program");` })).toEqual([
      "sensor.ts(1,1) mpts1041: './Sensor.ts' and this file have names that differ only in case, which TypeScript takes for one file, as does a file system that ignores case (macOS, Windows, a board's FAT); rename one of them",
    ]);
  });

  test("MicroPython imports the folder, not the file of the same name (why lib.ts beside lib/ is refused)", async () => {
    const vm = await runInVm(
      [
        { path: "lib.py", text: "X = 'the file'\n" },
        { path: "lib/util.py", text: "Y = 'util'\n" },
        { path: "main.py", text: "import lib\nprint(getattr(lib, 'X', 'no X'))\n" },
      ],
      "main",
    );
    expect(vm.error).toBeUndefined();
    expect(vm.stdout).toBe("no X\n");
  });

  test("files named like the runtime (mpts_rt.ts, mpts_rt_slow.ts) get their own modules beside mpts_rt.py", async () => {
    const py = await checkProgram({
      "mpts_rt.ts": `export const helper = "user helper";`,
      "mpts_rt_slow.ts": `export const other = "user's slow";`,
      "main.ts": `import { helper } from "./mpts_rt";\nimport { other } from "./mpts_rt_slow";\nconsole.log(helper, other, [1.5, 2].map((x) => x * 2), 0.1 + 0.2);`,
    });
    expect([...py.keys()].sort()).toEqual(["main.py", "mpts_rt.py", "mpts_rt_.py", "mpts_rt_slow.py", "mpts_rt_slow_.py"]);
  });
});
