// mpts test: *.test.ts files use test() and expect() without an import, compile
// with the program's modules and run in MicroPython (the simulator, or a board
// through mpremote); one line per test with the failure at its TypeScript line,
// then `N passed, N failed`; status 1 when a test failed, 2 for usage errors.
// mpts build leaves the test files out. The expected lines are written from
// JavaScript's semantics; file:line:column are found in the sources' text.
import * as fs from "node:fs";
import * as path from "node:path";
import { execa } from "execa";
import { afterAll, describe, expect, test } from "vitest";
import { Bench, listFiles, project } from "./helpers/standin.js";

const mpts = path.resolve("bin/mpts.js");
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function makeProject(files: Record<string, string>): string {
  const dir = project(files);
  dirs.push(dir);
  return dir;
}

async function mptsIn(dir: string, args: string[], env: Record<string, string> = {}) {
  return execa("node", [mpts, ...args], { cwd: dir, reject: false, env: { ...env, NO_COLOR: "1" } });
}

/** `file:line:column` of the first occurrence of `snippet` in a source (as the user's editor counts). */
function at(files: Record<string, string>, file: string, snippet: string): string {
  const lines = files[file].split("\n");
  const line = lines.findIndex((l) => l.includes(snippet));
  if (line < 0) throw new Error(`${snippet} is not in ${file}`);
  return `${file}:${line + 1}:${lines[line].indexOf(snippet) + 1}`;
}

const calc = `export function add(a: number, b: number): number {
  return a + b;
}

export function parse(text: string): number {
  const n = parseInt(text);
  if (isNaN(n)) {
    throw new Error(\`not a number: \${text}\`);
  }
  return n;
}

export async function double(x: number): Promise<number> {
  await new Promise<void>((resolve) => setTimeout(() => resolve(), 5));
  return x * 2;
}

export class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
}
`;

const calcTest = `import { add, double, parse, Point } from "./calc";

test("add: toBe", () => {
  expect(add(1, 2)).toBe(3);
  expect(add(1, 2)).not.toBe(4);
});

test("add: a wrong expectation", () => {
  expect(add(2, 2)).toBe(5);
});

test("toEqual: arrays, objects and class instances", () => {
  expect([1, [2, 3]]).toEqual([1, [2, 3]]);
  expect({ a: 1, b: "x" }).toEqual({ a: 1, b: "x" });
  expect(new Point(1, 2)).toEqual(new Point(1, 2));
  expect([1, 2]).not.toEqual([1, 2, 3]);
});

test("toEqual: a difference deep inside", () => {
  expect({ pos: [0, 1] }).toEqual({ pos: [0, 2] });
});

test("toBe: an equal array is not the same array", () => {
  expect([1]).toBe([1]);
});

test("toThrow", () => {
  expect(() => parse("x")).toThrow();
  expect(() => parse("x")).toThrow("not a number");
  expect(() => parse("7")).not.toThrow();
});

test("toThrow: it did not throw", () => {
  expect(() => parse("7")).toThrow();
});

test("toThrow: another message", () => {
  expect(() => parse("x")).toThrow("too big");
});

test("not.toThrow: it threw", () => {
  expect(() => parse("y")).not.toThrow();
});

test("an error thrown in the program", () => {
  parse("z");
});

test("toContain", () => {
  expect("hello").toContain("ell");
  expect(["a", "b"]).toContain("c");
});

test("async: awaited", async () => {
  expect(await double(21)).toBe(42);
});

test("async: fails after an await", async () => {
  const v = await double(1);
  expect(v).toBe(3);
});
`;

describe("mpts test", { timeout: 120000 }, () => {
  const files = { "src/calc.ts": calc, "src/calc.test.ts": calcTest };
  const t = "src/calc.test.ts";

  test("one line per test, failures at their TypeScript line, the summary, and status 1", async () => {
    const dir = makeProject(files);
    const r = await mptsIn(dir, ["test"]);
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n")).toEqual([
      "✓ add: toBe",
      `✗ add: a wrong expectation: expected 5, received 4 (${at(files, t, "expect(add(2, 2))")})`,
      "✓ toEqual: arrays, objects and class instances",
      `✗ toEqual: a difference deep inside: expected { pos: [0, 2] }, received { pos: [0, 1] }, first difference at pos[1] (${at(files, t, "expect({ pos")})`,
      `✗ toBe: an equal array is not the same array: expected [1], received [1], an equal value but not the same object (toEqual compares contents) (${at(files, t, "expect([1]).toBe")})`,
      "✓ toThrow",
      `✗ toThrow: it did not throw: expected a throw, received no throw (${at(files, t, 'expect(() => parse("7")).toThrow()')})`,
      `✗ toThrow: another message: expected a throw with "too big", received Error: not a number: x (${at(files, t, 'expect(() => parse("x")).toThrow("too big")')})`,
      `✗ not.toThrow: it threw: expected no throw, received Error: not a number: y (${at(files, t, 'expect(() => parse("y"))')})`,
      `✗ an error thrown in the program: Error: not a number: z (${at(files, "src/calc.ts", "throw new Error")}, via ${at(files, t, 'parse("z")')})`,
      `✗ toContain: expected something containing "c", received ["a", "b"] (${at(files, t, 'expect(["a", "b"])')})`,
      "✓ async: awaited",
      `✗ async: fails after an await: expected 3, received 2 (${at(files, t, "expect(v).toBe(3)")})`,
      "4 passed, 9 failed",
    ]);
    expect(r.exitCode).toBe(1);
  });

  test("mpts build of the same project leaves the test files out", async () => {
    const dir = makeProject(files);
    const r = await mptsIn(dir, ["build"]);
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    expect(listFiles(path.join(dir, "dist"))).toEqual(["calc.py", "calc.py.map", "mpts_rt.py", "mpts_rt_slow.py"]);
  });

  test("all passing: status 0; a test's own output passes through; one .test.ts file runs alone", async () => {
    const dir = makeProject({
      "src/calc.ts": calc,
      "src/a.test.ts": `import { add } from "./calc";\n\ntest("add: toBe", () => {\n  expect(add(1, 2)).toBe(3);\n});\n`,
      "src/b.test.ts": `import { add } from "./calc";\n\ntest("prints", () => {\n  console.log("sum", add(2, 3));\n});\n`,
    });
    const all = await mptsIn(dir, ["test"]);
    expect(all.stdout.split("\n")).toEqual(["✓ add: toBe", "sum 5", "✓ prints", "2 passed, 0 failed"]);
    expect(all.exitCode).toBe(0);
    const one = await mptsIn(dir, ["test", "src/b.test.ts"]);
    expect(one.stdout.split("\n")).toEqual(["sum 5", "✓ prints", "1 passed, 0 failed"]);
    expect(one.exitCode).toBe(0);
  });

  test("a test file that throws while loading, and an async test that never finishes, fail", async () => {
    const bad = {
      "src/broken.test.ts": `throw new Error("broken at load");\n`,
      "src/slow.test.ts": `test("never settles", async () => {\n  await new Promise<void>(() => {});\n}, 50);\n\ntest("after it", () => {\n  expect(1 + 1).toBe(2);\n});\n`,
    };
    const dir = makeProject(bad);
    const r = await mptsIn(dir, ["test"]);
    expect(r.stdout.split("\n")).toEqual([
      `✗ src/broken.test.ts: Error: broken at load (${at(bad, "src/broken.test.ts", "throw")})`,
      "✗ never settles: the test did not finish within 50 ms",
      "✓ after it",
      "1 passed, 2 failed",
    ]);
    expect(r.exitCode).toBe(1);
  });

  test("compile errors and usage errors", async () => {
    const dir = makeProject({
      "src/main.ts": `expect(1).toBe(1);\n`,
      "src/x.test.ts": `test("typo", () => {\n  expect(1).toBe("1");\n});\n`,
    });
    const typed = await mptsIn(dir, ["test"]);
    expect(typed.stderr).toContain("src/x.test.ts(2,18): error TS2345");
    expect(typed.stderr).toContain("no test ran.");
    expect(typed.exitCode).toBe(1);
    // test() and expect() exist only in test files
    const build = await mptsIn(dir, ["build"]);
    expect(build.stderr.split("\n")[0]).toBe(
      "src/main.ts(1,1): error MPTS1002: 'expect' outside a test file is not supported on MicroPython; put tests in a file named *.test.ts and run them with mpts test",
    );
    expect(build.exitCode).toBe(1);
    const none = makeProject({ "src/main.ts": `console.log(1);\n` });
    const empty = await mptsIn(none, ["test"]);
    expect(empty.stderr).toBe("mpts: no test files in .: name them *.test.ts (such as src/main.test.ts)");
    expect(empty.exitCode).toBe(2);
    const notTest = await mptsIn(none, ["test", "src/main.ts"]);
    expect(notTest.stderr).toBe("mpts: src/main.ts: not a test file; test files are named *.test.ts");
    expect(notTest.exitCode).toBe(2);
    const help = await mptsIn(none, ["test", "--help"]);
    expect(help.stdout).toMatch(/Examples:\n {2}mpts test /);
    expect(help.exitCode).toBe(0);
  });

  test("every sample's tests pass", async () => {
    const samples = fs.readdirSync("samples").filter((s) => fs.existsSync(path.join("samples", s, "src")));
    const tested = samples.filter((s) => fs.readdirSync(path.join("samples", s, "src")).some((f) => f.endsWith(".test.ts")));
    expect(tested.length).toBeGreaterThan(0);
    for (const s of tested) {
      const src = path.join("samples", s, "src");
      const count = fs
        .readdirSync(src)
        .filter((f) => f.endsWith(".test.ts"))
        .reduce((n, f) => n + (fs.readFileSync(path.join(src, f), "utf8").match(/^test\(/gm)?.length ?? 0), 0);
      const r = await mptsIn(".", ["test", path.join("samples", s)]);
      expect(
        r.stdout.split("\n").filter((l) => l.startsWith("✗")),
        s,
      ).toEqual([]);
      expect(r.stdout.split("\n").at(-1), s).toBe(`${count} passed, 0 failed`);
      expect(r.exitCode, s).toBe(0);
    }
  });

  test("--port runs the tests on the board through mpremote, from a mounted folder, nothing flashed", async () => {
    const bench = new Bench();
    dirs.push(bench.dir);
    const board = {
      "src/calc.ts": calc,
      "src/calc.test.ts": `import { add } from "./calc";\n\ntest("adds", () => {\n  expect(add(1, 2)).toBe(3);\n});\n\ntest("wrong", () => {\n  expect(add(1, 2)).toEqual(4);\n});\n`,
    };
    const dir = makeProject(board);
    const r = await mptsIn(dir, ["test", "--port", "/dev/ttyUSB0"], bench.env());
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("✓ adds");
    // the stand-in runs CPython, whose file paths are this computer's: the line is the board's (checked by hand on a board)
    expect(lines[1]).toMatch(/^✗ wrong: expected 4, received 3( \(.*\))?$/);
    expect(lines.slice(2)).toEqual(["1 passed, 1 failed"]);
    expect(r.exitCode).toBe(1);
    const call = bench.calls().find((a) => a.includes("mount"))!;
    expect(call.slice(2)).toEqual(["mount", call[3], "exec", "import _mpts_tests"]);
    expect(fs.existsSync(call[3])).toBe(false);
    expect(bench.files()).toEqual({});
  });
});
