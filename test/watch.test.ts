// `mpts build --watch`: a saved change is rebuilt, only what changed is
// rewritten, errors are reported without stopping the watch, and the Python it
// leaves is always what a full `mpts build` of the same sources writes, also
// when an edit in one file changes how another file must be compiled.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { execa } from "execa";
import { afterEach, describe, expect, test } from "vitest";
import { watch, type Watcher } from "../compiler/cli/watch.js";
import { compile } from "../compiler/program.js";
import { runInVm } from "../compiler/board/vm.js";

const tsconfig = JSON.stringify({
  compilerOptions: {
    strict: true,
    target: "ES2022",
    module: "ESNext",
    moduleResolution: "Bundler",
    lib: ["ES2022"],
    types: [],
    rootDir: "src",
    outDir: "dist",
  },
  include: ["src"],
});

const watchers: Watcher[] = [];
afterEach(() => {
  for (const w of watchers.splice(0)) w.close();
});

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-watch-"));
  fs.writeFileSync(path.join(dir, "tsconfig.json"), tsconfig);
  for (const [name, text] of Object.entries(files)) write(dir, name, text);
  return dir;
}

function write(dir: string, name: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  fs.writeFileSync(path.join(dir, name), text);
}

function pyFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    if (f.endsWith(".py")) out[f] = fs.readFileSync(path.join(dir, f), "utf8");
  }
  return out;
}

/** A watch on `dir` whose output the test reads: `log` holds stdout and stderr lines in order. */
function start(dir: string) {
  const log: string[] = [];
  const io = { out: (s: string) => log.push(s), err: (s: string) => log.push(s) };
  watchers.push(watch(dir, {}, io));
  const cycles = () => log.filter((l) => l.includes("Watching for file changes.")).length;
  /** Resolves with the log lines of the next finished rebuild. */
  const rebuilt = async (after: number): Promise<string[]> => {
    const t = Date.now();
    while (cycles() <= after) {
      if (Date.now() - t > 20000) throw new Error(`no rebuild; the log:\n${log.join("\n")}`);
      await new Promise((r) => setTimeout(r, 5));
    }
    // the lines of that rebuild (from its start line, or the first line)
    const end = log.findIndex(
      (l, i) =>
        l.includes("Watching for file changes.") &&
        log.slice(0, i + 1).filter((x) => x.includes("Watching for file changes.")).length === after + 1,
    );
    let begin = end;
    while (begin > 0 && !log[begin - 1].includes("Watching for file changes.")) begin--;
    return log.slice(begin, end + 1);
  };
  /** Make an edit and wait for the rebuild it starts (an editor's save may be seen as several changes: wait them out). */
  const edit = async (name: string, text: string): Promise<string[]> => {
    const before = cycles();
    write(dir, name, text);
    const lines = await rebuilt(before);
    await new Promise((r) => setTimeout(r, 150));
    return [...lines, ...log.slice(log.indexOf(lines[lines.length - 1]) + 1)];
  };
  return { log, rebuilt, edit, cycles };
}

/** The watch's output equals a full build of the same sources. */
function expectSameAsFullBuild(dir: string): void {
  const full = compile(dir);
  expect(full.diagnostics).toEqual([]);
  const expected = Object.fromEntries(full.files.filter((f) => f.path.endsWith(".py")).map((f) => [f.path, f.text]));
  expect(pyFiles(path.join(dir, "dist"))).toEqual(expected);
}

async function run(dir: string): Promise<string> {
  const files = Object.entries(pyFiles(path.join(dir, "dist"))).map(([p, text]) => ({ path: p, text }));
  const r = await runInVm(files, "main");
  expect(r.error).toBeUndefined();
  return r.stdout;
}

describe("mpts build --watch", () => {
  test("rebuilds a changed file, rewrites only it, reports errors in tsc's format and recovers", async () => {
    const dir = project({
      "src/main.ts": `import { scale } from "./lib/util";\nconsole.log(scale(21));\n`,
      "src/lib/util.ts": `export function scale(n: number): number {\n  return n * 2;\n}\n`,
    });
    const w = start(dir);
    const first = await w.rebuilt(0);
    expect(first[0]).toMatch(/^\[.*\] Starting compilation in watch mode\.\.\.$/);
    expect(first.at(-1)).toMatch(/^\[.*\] Found 0 errors\. Watching for file changes\.$/);
    expect(await run(dir)).toBe("42\n");
    const mainPy = path.join(dir, "dist/main.py");
    const mainWritten = fs.statSync(mainPy).mtimeMs;

    // a change in util.ts: its .py is rewritten; main.py, whose Python is the same, is not
    const changed = await w.edit("src/lib/util.ts", `export function scale(n: number): number {\n  return n * 3;\n}\n`);
    expect(changed.some((l) => /^mpts: wrote lib\/util\.py to \S*dist /.test(l))).toBe(true);
    expect(changed.some((l) => l.includes("main.py"))).toBe(false);
    expect(fs.statSync(mainPy).mtimeMs).toBe(mainWritten);
    expect(await run(dir)).toBe("63\n");
    expectSameAsFullBuild(dir);

    // a type error: reported as tsc reports it, nothing written, the watch goes on
    const bad = await w.edit(
      "src/lib/util.ts",
      `export function scale(n: number): number {\n  const k: number = "three";\n  return n * k;\n}\n`,
    );
    // (paths are relative to the current folder, as tsc prints them)
    expect(bad.some((l) => l.endsWith("src/lib/util.ts(2,9): error TS2322: Type 'string' is not assignable to type 'number'."))).toBe(true);
    expect(bad.at(-1)).toMatch(/Found 1 error\. Watching for file changes\.$/);
    expect(await run(dir)).toBe("63\n");

    // an mpts diagnostic in another file while the first is still broken... then fixed: both reported, then none
    const unsupported = await w.edit("src/main.ts", `import { scale } from "./lib/util";\nconsole.log(scale(eval("7")));\n`);
    expect(unsupported.some((l) => /(^|\/)src\/lib\/util\.ts\(2,9\): error TS2322/.test(l))).toBe(true);
    // mpts's own diagnostics are reported in the same rebuild, as the editor shows them
    expect(unsupported.some((l) => /(^|\/)src\/main\.ts\(2,19\): error MPTS1003: 'eval' is not supported on MicroPython/.test(l))).toBe(
      true,
    );
    expect(unsupported.at(-1)).toMatch(/Found 2 errors\. Watching for file changes\.$/);
    const fixedType = await w.edit("src/lib/util.ts", `export function scale(n: number): number {\n  return n * 4;\n}\n`);
    expect(fixedType.some((l) => /(^|\/)src\/main\.ts\(2,19\): error MPTS1003: 'eval' is not supported on MicroPython/.test(l))).toBe(true);
    expect(await run(dir)).toBe("63\n");
    const fixed = await w.edit("src/main.ts", `import { scale } from "./lib/util";\nconsole.log(scale(7));\n`);
    expect(fixed.at(-1)).toMatch(/Found 0 errors\. Watching for file changes\.$/);
    // the file fixed while the other was broken is written now
    expect(fixed.some((l) => /^mpts: wrote .*lib\/util\.py/.test(l))).toBe(true);
    expect(await run(dir)).toBe("28\n");
    expectSameAsFullBuild(dir);

    // a new file, then its removal: its .py comes and goes
    const added = await w.edit("src/extra.ts", `export const extra = 1;\nconsole.log(extra);\n`);
    expect(added.some((l) => /wrote extra\.py/.test(l))).toBe(true);
    expect(fs.existsSync(path.join(dir, "dist/extra.py"))).toBe(true);
    const before = w.cycles();
    fs.rmSync(path.join(dir, "src/extra.ts"));
    await w.rebuilt(before);
    const t = Date.now();
    while (fs.existsSync(path.join(dir, "dist/extra.py")) && Date.now() - t < 10000) await new Promise((r) => setTimeout(r, 20));
    expect(fs.existsSync(path.join(dir, "dist/extra.py"))).toBe(false);
    expectSameAsFullBuild(dir);
  }, 60000);

  test("an edit that changes how other, unchanged files compile rebuilds them too", async () => {
    // util.ts never changes; what main.ts does decides util.py's Python: a class instance
    // passed where an interface is expected (attribute access), an enum looked up by
    // value (its names table), an object's key order observed (ordered dicts)
    const util = `export interface Point {\n  x: number;\n  y: number;\n}\nexport function sum(p: Point): number {\n  return p.x + p.y;\n}\nexport enum Dir {\n  Up,\n  Down,\n}\nexport function origin() {\n  return { y: 0, x: 0 };\n}\n`;
    const base = `import { sum, origin, Dir, type Point } from "./util";\nconsole.log(sum({ x: 1, y: 2 }), sum(origin()), Dir.Down);\n`;
    const dir = project({ "src/util.ts": util, "src/main.ts": base });
    const w = start(dir);
    await w.rebuilt(0);
    expectSameAsFullBuild(dir);
    expect(await run(dir)).toBe("3 0 1\n");

    const withClass =
      base + `class P implements Point {\n  constructor(public x: number, public y: number) {}\n}\nconsole.log(sum(new P(3, 4)));\n`;
    await w.edit("src/main.ts", withClass);
    expectSameAsFullBuild(dir);
    expect(await run(dir)).toBe("3 0 1\n7\n");

    const withLookup = withClass + `const d: number = Dir.Up;\nconsole.log(Dir[d]);\n`;
    await w.edit("src/main.ts", withLookup);
    expectSameAsFullBuild(dir);
    expect(await run(dir)).toBe("3 0 1\n7\nUp\n");

    const withKeys = withLookup + `console.log(Object.keys(origin()).join(","));\n`;
    await w.edit("src/main.ts", withKeys);
    expectSameAsFullBuild(dir);
    expect(await run(dir)).toBe("3 0 1\n7\nUp\ny,x\n");

    // and back: the facts go away again
    await w.edit("src/main.ts", base);
    expectSameAsFullBuild(dir);
    expect(await run(dir)).toBe("3 0 1\n");
  }, 60000);

  test("an edit that gives up a record, or assigns its property, rebuilds the file that makes it", async () => {
    // util.ts never changes; main.ts's uses decide whether Reading is a tuple, a list or a dict (records.ts)
    const util = `export interface Reading {\n  name: string;\n  value: number;\n}\nexport function reading(value: number): Reading {\n  return { name: "t", value };\n}\n`;
    const base = `import { reading } from "./util";\nconst r = reading(2);\nconsole.log(r.name, r.value);\n`;
    const dir = project({ "src/util.ts": util, "src/main.ts": base });
    const w = start(dir);
    await w.rebuilt(0);
    expectSameAsFullBuild(dir);
    expect(fs.readFileSync(path.join(dir, "dist/util.py"), "utf8")).toContain('return ("t", value)');
    expect(await run(dir)).toBe("t 2\n");

    await w.edit("src/main.ts", base + `r.value = 5;\nconsole.log(r.value);\n`);
    expectSameAsFullBuild(dir);
    expect(fs.readFileSync(path.join(dir, "dist/util.py"), "utf8")).toContain('return ["t", value]');
    expect(await run(dir)).toBe("t 2\n5\n");

    await w.edit("src/main.ts", base + `console.log(r);\n`);
    expectSameAsFullBuild(dir);
    expect(await run(dir)).toBe("t 2\n{ name: 't', value: 2 }\n");

    await w.edit("src/main.ts", base);
    expectSameAsFullBuild(dir);
    expect(fs.readFileSync(path.join(dir, "dist/util.py"), "utf8")).toContain('return ("t", value)');
  }, 60000);

  test("same-named interfaces in two files keep their own representations across edits", async () => {
    // one Shape only ever holds class instances (attributes), the other, a different type, plain objects (dict keys)
    const a = (n: number) =>
      `export function area(): number {\n  interface Shape {\n    w: number;\n  }\n  class Sq {\n    constructor(public w: number) {}\n  }\n  const s: Shape = new Sq(${n});\n  return s.w * s.w;\n}\n`;
    const b = `export function width(): string {\n  interface Shape {\n    w: string;\n  }\n  const s: Shape = { w: "5" };\n  return s.w;\n}\n`;
    const dir = project({
      "src/a.ts": a(2),
      "src/b.ts": b,
      "src/main.ts": `import { area } from "./a";\nimport { width } from "./b";\nconsole.log(area(), width());\n`,
    });
    const w = start(dir);
    await w.rebuilt(0);
    expect(await run(dir)).toBe("4 5\n");
    await w.edit("src/a.ts", a(3));
    expectSameAsFullBuild(dir);
    expect(await run(dir)).toBe("9 5\n");
    await w.edit("src/b.ts", b.replace('w: "5"', 'w: "6"'));
    expectSameAsFullBuild(dir);
    expect(await run(dir)).toBe("9 6\n");
  }, 60000);

  test("an unrelated program added beside main.ts leaves main.py alone; importing it gives main.py its facts", async () => {
    const main = `const tags = { room: "hall", floor: 1 };\nconsole.log(tags.room, tags.floor);\n`;
    const dir = project({ "src/main.ts": main });
    const w = start(dir);
    await w.rebuilt(0);
    const alone = fs.readFileSync(path.join(dir, "dist/main.py"), "utf8");
    const added = await w.edit("src/report.ts", `export const counts = { b: 2, a: 1 };\nconsole.log(Object.keys(counts).join(","));\n`);
    expect(added.some((l) => /wrote report\.py/.test(l))).toBe(true);
    expect(added.some((l) => l.includes("main.py"))).toBe(false);
    expect(fs.readFileSync(path.join(dir, "dist/main.py"), "utf8")).toBe(alone);
    expectSameAsFullBuild(dir);
    // main.ts now imports it: one program, whose key order is observed
    await w.edit("src/main.ts", `import { counts } from "./report";\n${main}console.log(counts.a);\n`);
    expect(fs.readFileSync(path.join(dir, "dist/main.py"), "utf8")).toMatch(/OrderedDict\(/);
    expectSameAsFullBuild(dir);
    expect(await run(dir)).toBe("b,a\nhall 1\n1\n");
  }, 60000);

  test("the runtime files follow the program: both written when an edit needs a helper with a rare path, both deleted when none does", async () => {
    const dir = project({ "src/main.ts": `console.log("start", 2 + 3);\n` });
    const w = start(dir);
    await w.rebuilt(0);
    const dist = path.join(dir, "dist");
    const runtime = () =>
      fs
        .readdirSync(dist)
        .filter((f) => f.startsWith("mpts_rt"))
        .sort();
    expect(runtime()).toEqual([]);
    // a float printed (js_num, whose rare paths are in mpts_rt_slow.py)
    await w.edit("src/main.ts", `const half = Number("7") / 2;\nconsole.log("half", half, 0.1 + 0.2);\n`);
    expect(runtime()).toEqual(["mpts_rt.py", "mpts_rt_slow.py"]);
    expectSameAsFullBuild(dir);
    expect(await run(dir)).toBe("half 3.5 0.30000000000000004\n");
    await w.edit("src/main.ts", `console.log("end", 4 * 5);\n`);
    expect(runtime()).toEqual([]);
    expectSameAsFullBuild(dir);
    expect(await run(dir)).toBe("end 20\n");
  }, 60000);

  test("a lone file is a module and a tsconfig asking for the DOM gets the warning, as in mpts build", async () => {
    const lone = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-watch-"));
    write(lone, "names.ts", `const b = 1;\nlet str = "x";\nconst len = 3;\nconsole.log(b, str, len);\n`);
    const log: string[] = [];
    const io = { out: (s: string) => log.push(s), err: (s: string) => log.push(s) };
    watchers.push(watch(path.join(lone, "names.ts"), {}, io));
    for (let t = Date.now(); !log.some((l) => l.includes("Watching for file changes."));) {
      if (Date.now() - t > 20000) throw new Error(log.join("\n"));
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(log.at(-1)).toMatch(/Found 0 errors\./);
    const r = await runInVm([{ path: "names.py", text: fs.readFileSync(path.join(lone, "names.py"), "utf8") }], "names");
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("1 x 3\n");

    const dir = project({ "src/main.ts": `print("hi");\nsetTimeout(() => console.log("later"), 5);\n` });
    const config = JSON.parse(tsconfig);
    config.compilerOptions.lib = ["ES2022", "DOM"];
    fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(config));
    const w = start(dir);
    const first = await w.rebuilt(0);
    const column = JSON.stringify(config).indexOf('"DOM"') + 1;
    const warnings = first.filter((l) => l.includes("MPTS1044"));
    expect(warnings).toEqual([
      `${path.join(dir, "tsconfig.json")}(1,${column}): warning MPTS1044: A board has no DOM: "DOM" in "lib" is left out, so print, setTimeout and console are the board's; remove it from "lib"`,
    ]);
    expect(first.at(-1)).toMatch(/Found 0 errors\./);
    expect(await run(dir)).toBe("hi\nlater\n");
  }, 60000);

  test("the command line: `mpts build --watch` keeps running and rewrites the .py of a saved file", async () => {
    const dir = project({ "src/main.ts": `console.log("one");\n` });
    const child = execa("node", [path.resolve("bin/mpts.js"), "build", "--watch"], { cwd: dir, reject: false, env: { NO_COLOR: "1" } });
    let out = "";
    child.stdout!.on("data", (d) => (out += d));
    const until = async (check: () => boolean) => {
      const t = Date.now();
      while (!check()) {
        if (Date.now() - t > 30000) throw new Error(`timed out; output:\n${out}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    try {
      await until(() => out.includes("Watching for file changes."));
      expect(fs.readFileSync(path.join(dir, "dist/main.py"), "utf8")).toContain('"one"');
      write(dir, "src/main.ts", `console.log("two");\n`);
      await until(() => fs.readFileSync(path.join(dir, "dist/main.py"), "utf8").includes('"two"'));
      expect(child.exitCode).toBeNull();
      expect(out).toMatch(/File change detected\. Starting incremental compilation\.\.\./);
      expect(out).not.toMatch(/\x1b\[/);
    } finally {
      child.kill();
    }
  }, 60000);
});
