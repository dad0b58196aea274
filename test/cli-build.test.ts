// `mpts build` end to end: the real command line, the files it writes, and the
// written program running in the MicroPython VM.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { execa } from "execa";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { SourceMapConsumer } from "source-map";
import { runInVm } from "../compiler/board/vm.js";
import { build } from "../compiler/cli/build.js";
import { compile, writeOutput, type CompileResult } from "../compiler/program.js";
import { watch, type Watcher } from "../compiler/cli/watch.js";
import { OutputError } from "../compiler/output.js";
import { formatDiagnostic } from "../compiler/diagnostics.js";

const mpts = path.resolve("bin/mpts.js");

function tempDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-cli-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort();
}

async function runBuilt(outDir: string, entry: string) {
  const files = listFiles(outDir)
    .filter((f) => f.endsWith(".py"))
    .map((f) => ({ path: f, text: fs.readFileSync(path.join(outDir, f), "utf8") }));
  return runInVm(files, entry);
}

describe("mpts build", () => {
  test("a single file with --out-dir gives OUT/foo.py, its source map, and a program MicroPython runs", async () => {
    const dir = tempDir({
      "x/foo.ts": `const names = ["ada", "grace"];\nfor (const n of names) console.log(\`hello \${n}\`, n.length / 2);\n`,
    });
    const r = await execa("node", [mpts, "build", "x/foo.ts", "--out-dir", "OUT"], { cwd: dir, reject: false });
    expect(r.exitCode).toBe(0);
    expect(listFiles(path.join(dir, "OUT"))).toEqual(["foo.py", "foo.py.map", "mpts_rt.py", "mpts_rt_slow.py"]);
    const run = await runBuilt(path.join(dir, "OUT"), "foo");
    expect(run.error).toBeUndefined();
    expect(run.stdout).toBe("hello ada 1.5\nhello grace 2.5\n");
  });

  test("a reader that closes the pipe early ends the command quietly, with the files written", async () => {
    const dir = tempDir({ "a.ts": `console.log("hi");\n` });
    // `true` exits without reading: mpts's report meets a closed pipe (EPIPE)
    const r = await execa("bash", ["-o", "pipefail", "-c", `node ${JSON.stringify(mpts)} build a.ts --out-dir out | true`], {
      cwd: dir,
      reject: false,
    });
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    expect(listFiles(path.join(dir, "out"))).toEqual(["a.py", "a.py.map"]);
  });

  test("no runtime file when the program needs no helper", async () => {
    const dir = tempDir({ "a.ts": `const s: string = "x";\nprint(s + "y");\n` });
    const r = await execa("node", [mpts, "build", "a.ts", "--out-dir", "out"], { cwd: dir, reject: false });
    expect(r.exitCode).toBe(0);
    expect(listFiles(path.join(dir, "out"))).toEqual(["a.py", "a.py.map"]);
    expect(fs.readFileSync(path.join(dir, "out/a.py"), "utf8")).toBe('s = "x"\nprint(s + "y")\n');
  });

  test("a project folder: tsconfig outDir, mirrored folders, imports that work from the board's root", async () => {
    const dir = tempDir({
      "tsconfig.json": JSON.stringify({
        compilerOptions: {
          strict: true,
          target: "ES2022",
          module: "ESNext",
          moduleResolution: "Bundler",
          rootDir: "src",
          outDir: "dist",
          lib: ["ES2022"],
          types: [],
        },
        include: ["src"],
      }),
      "src/main.ts": `import { twice } from "./lib/util";\nimport greet from "./greet";\nconsole.log(twice(Number("21")));\ngreet("board");\n`,
      "src/lib/util.ts": `export function twice(n: number): number {\n  return n * 2;\n}\n`,
      "src/greet.ts": `export default function greet(who: string): void {\n  console.log("hi " + who);\n}\n`,
    });
    const r = await execa("node", [mpts, "build"], { cwd: dir, reject: false });
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    expect(listFiles(path.join(dir, "dist")).filter((f) => f.endsWith(".py"))).toEqual([
      "greet.py",
      "lib/util.py",
      "main.py",
      "mpts_rt.py",
      "mpts_rt_slow.py",
    ]);
    expect(fs.readFileSync(path.join(dir, "dist/main.py"), "utf8")).toContain("from lib.util import twice\n");
    const run = await runBuilt(path.join(dir, "dist"), "main");
    expect(run.error).toBeUndefined();
    expect(run.stdout).toBe("42\nhi board\n");
  });

  test("type errors fail the build with tsc's message and write nothing", async () => {
    const dir = tempDir({ "bad.ts": `const ok = 1;\nconst n: number = "five";\nconsole.log(ok, n);\n` });
    const r = await execa("node", [mpts, "build", "bad.ts", "--out-dir", "out"], { cwd: dir, reject: false });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain("bad.ts(2,7): error TS2322: Type 'string' is not assignable to type 'number'.");
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  });

  test("an unsupported construct anywhere in the project writes no file at all", async () => {
    const dir = tempDir({
      "tsconfig.json": JSON.stringify({
        compilerOptions: {
          strict: true,
          target: "ES2022",
          module: "ESNext",
          moduleResolution: "Bundler",
          outDir: "out",
          lib: ["ES2022"],
          types: [],
        },
      }),
      "good.ts": `export const x = 1;\nconsole.log(x);\n`,
      "uses-eval.ts": `import { x } from "./good";\nconsole.log(eval("x"), x);\n`,
    });
    const r = await execa("node", [mpts, "build", "."], { cwd: dir, reject: false });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^uses-eval\.ts\(2,13\): error MPTS1003: 'eval' is not supported on MicroPython; write the code directly/m);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  });

  test("a single file type-checks against the board typings and Python builtins without a tsconfig", async () => {
    const dir = tempDir({
      "client.ts": [
        'import * as socket from "socket";',
        "",
        'const addr = socket.getaddrinfo("example.org", 80)[0][4];',
        "const s = socket.socket();",
        "s.connect(addr);",
        "s.send(b`GET / HTTP/1.0\\r\\nHost: example.org\\r\\n\\r\\n`);",
        "print(s.recv(512).decode());",
        "s.close();",
        "",
      ].join("\n"),
    });
    const r = await execa("node", [mpts, "build", "client.ts", "--out-dir", "out"], { cwd: dir, reject: false });
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    expect(fs.readFileSync(path.join(dir, "out/client.py"), "utf8")).toBe(
      [
        "import socket",
        "",
        'addr = socket.getaddrinfo("example.org", 80)[0][4]',
        "s = socket.socket()",
        "s.connect(addr)",
        's.send(b"GET / HTTP/1.0\\r\\nHost: example.org\\r\\n\\r\\n")',
        "print(s.recv(512).decode())",
        "s.close()",
        "",
      ].join("\n"),
    );
  });

  test("a lone file is a module: its top-level names may be the typings' global names (b, str, len)", async () => {
    const dir = tempDir({ "names.ts": `const b = 1;\nlet str = "x";\nconst len = 3;\nconsole.log(b, str, len);\n` });
    const r = await execa("node", [mpts, "build", "names.ts", "--out-dir", "out"], { cwd: dir, reject: false });
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    const run = await runBuilt(path.join(dir, "out"), "names");
    expect(run.error).toBeUndefined();
    expect(run.stdout).toBe("1 x 3\n");
  });

  test("a type error and an unsupported construct are both reported, in source order, and nothing is written", async () => {
    const dir = tempDir({
      "both.ts": `const code = "1 + 1";\nconst n: number = "five";\nconst v = eval(code);\nprint(n, v);\n`,
    });
    const r = await execa("node", [mpts, "build", "both.ts", "--out-dir", "out"], { cwd: dir, reject: false });
    expect(r.exitCode).toBe(1);
    expect(r.stderr.split("\n")).toEqual([
      "both.ts(2,7): error TS2322: Type 'string' is not assignable to type 'number'.",
      "both.ts(3,11): error MPTS1003: 'eval' is not supported on MicroPython; write the code directly; MicroPython programs cannot compile JavaScript at run time",
      "",
      "2 errors; nothing was written.",
    ]);
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  });

  test("code the checker cannot type gives its type errors and mpts's diagnostics, never an internal error", async () => {
    const dir = tempDir({
      // a call with a broken argument, which the transforms cannot compile; an unresolved name TypeScript reports once
      "broken.ts": `const q = [1, 2].map(=> 1);\nprint(q, missing);\nconst v = eval("1");\n`,
    });
    const r = await execa("node", [mpts, "build", "broken.ts", "--out-dir", "out"], { cwd: dir, reject: false });
    expect(r.exitCode).toBe(1);
    expect(r.stderr.split("\n")).toEqual([
      "broken.ts(1,22): error TS1135: Argument expression expected.",
      "broken.ts(1,26): error TS1005: ';' expected.",
      "broken.ts(2,10): error TS2304: Cannot find name 'missing'.",
      "broken.ts(3,11): error MPTS1003: 'eval' is not supported on MicroPython; write the code directly; MicroPython programs cannot compile JavaScript at run time",
      "",
      "4 errors; nothing was written.",
    ]);
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  });

  test("a missing path is a usage error (exit 2)", async () => {
    const dir = tempDir({});
    const r = await execa("node", [mpts, "build", "nope.ts"], { cwd: dir, reject: false });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe("mpts: nope.ts: no such file or folder");
  });

  test("the source map traces a Python line back to its TypeScript line", async () => {
    const dir = tempDir({
      "m.ts": `// a comment\nexport function area(w: number, h: number): number {\n  return w * h;\n}\n\nconsole.log(area(2, 3));\n`,
    });
    const r = await execa("node", [mpts, "build", "m.ts", "--out-dir", "out"], { cwd: dir, reject: false });
    expect(r.exitCode).toBe(0);
    const py = fs.readFileSync(path.join(dir, "out/m.py"), "utf8").split("\n");
    const returnLine = py.findIndex((l) => l.includes("return w * h")) + 1;
    const printLine = py.findIndex((l) => l.startsWith("print(")) + 1;
    const map = JSON.parse(fs.readFileSync(path.join(dir, "out/m.py.map"), "utf8"));
    expect(map.sources).toEqual(["../m.ts"]);
    await SourceMapConsumer.with(map, null, (consumer) => {
      expect(consumer.originalPositionFor({ line: returnLine, column: 4 }).line).toBe(3);
      expect(consumer.originalPositionFor({ line: printLine, column: 0 }).line).toBe(6);
    });
  });

  test("--help lists the command with examples", async () => {
    const r = await execa("node", [mpts, "build", "--help"], { reject: false });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain("mpts build src/blink.ts --out-dir out");
  });
});

describe("mpts build: a board has no DOM", () => {
  const config = (extra: Record<string, unknown>) =>
    JSON.stringify(
      { compilerOptions: { strict: true, target: "ES2022", module: "ESNext", moduleResolution: "Bundler", outDir: "out", ...extra } },
      null,
      2,
    );
  const main = `print("hi");\nsetTimeout(() => console.log("later"), 5);\nconst b = 2;\nconsole.log(b);\n`;

  test(`a tsconfig.json without "lib" (TypeScript would add the DOM): print, setTimeout and console are the board's`, async () => {
    const dir = tempDir({ "tsconfig.json": config({}), "main.ts": main });
    const r = await execa("node", [mpts, "build", "."], { cwd: dir, reject: false });
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    const run = await runBuilt(path.join(dir, "out"), "main");
    expect(run.error).toBeUndefined();
    expect(run.stdout).toBe("hi\n2\nlater\n");
  });

  test(`a tsconfig.json asking for the DOM: one warning at its "lib" entry, and the program builds without it`, async () => {
    const dir = tempDir({ "tsconfig.json": config({ lib: ["ES2022", "DOM", "DOM.Iterable"] }), "main.ts": main });
    const r = await execa("node", [mpts, "build", "."], { cwd: dir, reject: false });
    expect(r.exitCode).toBe(0);
    // line 10 of the tsconfig, the column of "DOM"
    const line = fs.readFileSync(path.join(dir, "tsconfig.json"), "utf8").split("\n")[9];
    expect(line.trim()).toBe('"DOM",');
    expect(r.stderr).toBe(
      `tsconfig.json(10,${line.indexOf('"DOM"') + 1}): warning MPTS1044: A board has no DOM: "DOM", "DOM.Iterable" in "lib" are left out, so print, setTimeout and console are the board's; remove them from "lib"`,
    );
    const run = await runBuilt(path.join(dir, "out"), "main");
    expect(run.error).toBeUndefined();
    expect(run.stdout).toBe("hi\n2\nlater\n");
  });
});

describe("mpts build progress", () => {
  test("a build long enough to wait for shows a progress line on a terminal, and none when piped", async () => {
    const files: Record<string, string> = {
      "tsconfig.json": JSON.stringify({
        compilerOptions: {
          strict: true,
          target: "ES2022",
          module: "ESNext",
          moduleResolution: "Bundler",
          lib: ["ES2022"],
          types: [],
          outDir: "out",
        },
        include: ["*.ts"],
      }),
    };
    const body = fs.readFileSync("bench/inputs/server.ts", "utf8") + "\nexport {};\n";
    for (let i = 0; i < 40; i++) files[`f${i}.ts`] = body;
    const dir = tempDir(files);
    // `script` gives the command a pseudo-terminal, as a user's shell does
    const tty = await execa("script", ["-qec", `node ${mpts} build .`, "/dev/null"], { cwd: dir, reject: false });
    expect(tty.exitCode).toBe(0);
    expect(tty.stdout).toMatch(/mpts: compiling \d+\/40 f\d+\.ts/);
    expect(tty.stdout).toContain("mpts: wrote 40 Python files to out");
    // the 40 modules (the program needs no runtime helper file)
    const piped = await execa("node", [mpts, "build", "."], { cwd: dir, reject: false });
    expect(piped.exitCode).toBe(0);
    expect(piped.stderr).toBe("");
    expect(piped.stdout).toBe("mpts: wrote 40 Python files to out");
  });
});

describe("help", () => {
  test("every command has --help with examples", async () => {
    for (const command of ["build", "run", "init", "flash", "monitor"]) {
      const r = await execa("node", [mpts, command, "--help"], { reject: false });
      expect(r.exitCode, command).toBe(0);
      expect(r.stdout, command).toMatch(new RegExp(`Examples:\\n  mpts ${command}`));
    }
  });
});

// A broken tsconfig.json and an output folder mpts cannot (or must not) write
// are the user's to fix: tsc's diagnostic, or one line and exit status 2, never
// an "internal error"; and a write that fails leaves the previous output as it was.
describe("mpts build: the tsconfig and the output folder", () => {
  const tsconfig = {
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
  };
  const sources = {
    "tsconfig.json": JSON.stringify(tsconfig),
    "src/main.ts": `import { reading } from "./sensors/util";\nconsole.log("reading", reading());\n`,
    // a number parsed from text, which needs a runtime helper to print (so the output has an mpts_rt.py)
    "src/sensors/util.ts": `export function reading(): number {\n  return parseFloat("1.5");\n}\n`,
  };
  const io = () => {
    const err: string[] = [];
    const out: string[] = [];
    return { out, err, io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) } };
  };
  const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), "utf8");
  const staging = (dir: string) => fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.includes(".mpts-staging"));

  test("a tsconfig.json that is not JSON: tsc's diagnostic at its line and column, exit 1", async () => {
    const dir = tempDir({ ...sources, "tsconfig.json": `{\n  "compilerOptions": {\n    "strict": true,\n  }\n  "include": ["src"]\n}\n` });
    const r = await execa("node", [mpts, "build"], { cwd: dir, reject: false });
    expect(r.stderr).toBe("tsconfig.json(5,3): error TS1005: ',' expected.\n\n1 error; nothing was written.");
    expect(r.exitCode).toBe(1);
    expect(fs.existsSync(path.join(dir, "dist"))).toBe(false);
  });

  test("an unknown option and a missing base config: tsc's diagnostics, the option at its place", () => {
    const dir = tempDir({ ...sources, "tsconfig.json": `{\n  "extends": "./base.json",\n  "compilerOptions": { "strictt": true }\n}\n` });
    const result = compile(dir);
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map((d) => formatDiagnostic(d, dir))).toEqual([
      "tsconfig.json(3,24): error TS5025: Unknown compiler option 'strictt'. Did you mean 'strict'?",
      `error TS5083: Cannot read file '${dir}/base.json'.`,
    ]);
  });

  test("--out-dir naming a file: one line, exit 2, the file untouched", () => {
    const dir = tempDir({ ...sources, "notes.txt": "mine\n" });
    const { err, io: log } = io();
    expect(build(dir, { outDir: path.join(dir, "notes.txt") }, log)).toBe(2);
    expect(err).toEqual([
      `mpts: the output folder ${dir}/notes.txt is a file; choose a folder for the output (--out-dir, or outDir in tsconfig.json)`,
    ]);
    expect(read(dir, "notes.txt")).toBe("mine\n");
  });

  test("--out-dir into the sources never overwrites a hand-written file there, and writes nothing", () => {
    const dir = tempDir({ ...sources, "src/main.py": `print("hand-written")\n` });
    const { err, io: log } = io();
    expect(build(dir, { outDir: path.join(dir, "src") }, log)).toBe(2);
    expect(err).toEqual([
      `mpts: ${dir}/src/main.py was not written by mpts, and mpts does not overwrite it; move it or write the output elsewhere (--out-dir, or outDir in tsconfig.json)`,
    ]);
    expect(read(dir, "src/main.py")).toBe(`print("hand-written")\n`);
    expect(listFiles(path.join(dir, "src"))).toEqual(["main.py", "main.ts", "sensors/util.ts"]);
  });

  describe("one compiled program, written into output folders in different states", () => {
    const dir = tempDir(sources);
    let compiled: CompileResult;
    beforeAll(() => {
      compiled = compile(dir);
    });
    const writeTo = (outDir: string) => writeOutput({ ...compiled, outDir });
    const refused = (outDir: string) => {
      try {
        writeTo(outDir);
      } catch (err) {
        expect(err).toBeInstanceOf(OutputError);
        return (err as Error).message;
      }
      throw new Error("the write was not refused");
    };

    test("mpts's own earlier output is replaced", () => {
      expect(compiled.diagnostics).toEqual([]);
      const out = path.join(dir, "again");
      writeTo(out);
      fs.writeFileSync(path.join(out, "main.py"), "# edited by hand in the output\n");
      writeTo(out);
      expect(read(out, "main.py")).toBe(compiled.files.find((f) => f.path === "main.py")!.text);
      expect(listFiles(out)).toEqual(["main.py", "main.py.map", "mpts_rt.py", "mpts_rt_slow.py", "sensors/util.py", "sensors/util.py.map"]);
    });

    test("a .py without the source map mpts writes beside it is not mpts's", () => {
      const out = path.join(dir, "nomap");
      writeTo(out);
      fs.rmSync(path.join(out, "sensors/util.py.map"));
      expect(refused(out)).toBe(
        `${out}/sensors/util.py was not written by mpts, and mpts does not overwrite it; move it or write the output elsewhere (--out-dir, or outDir in tsconfig.json)`,
      );
      expect(staging(out)).toEqual([]);
    });

    test("a runtime file mpts did not write", () => {
      const out = path.join(dir, "rt");
      fs.mkdirSync(out);
      fs.writeFileSync(path.join(out, "mpts_rt.py"), "def helper(): pass\n");
      expect(refused(out)).toBe(
        `${out}/mpts_rt.py was not written by mpts, and mpts does not overwrite it; move it or write the output elsewhere (--out-dir, or outDir in tsconfig.json)`,
      );
      expect(listFiles(out)).toEqual(["mpts_rt.py"]);
    });

    test("a folder where a file goes, a file where a folder goes, a file in the output folder's path", () => {
      const a = path.join(dir, "folder-in-the-way");
      fs.mkdirSync(path.join(a, "main.py"), { recursive: true });
      expect(refused(a)).toBe(
        `${a}/main.py is a folder where mpts writes a file; move it or write the output elsewhere (--out-dir, or outDir in tsconfig.json)`,
      );
      const b = path.join(dir, "file-in-the-way");
      fs.mkdirSync(b);
      fs.writeFileSync(path.join(b, "sensors"), "");
      expect(refused(b)).toBe(
        `${b}/sensors is a file where mpts writes a folder (for sensors/util.py); move it or write the output elsewhere (--out-dir, or outDir in tsconfig.json)`,
      );
      fs.writeFileSync(path.join(dir, "notes.txt"), "");
      expect(refused(path.join(dir, "notes.txt/out"))).toBe(
        `the output folder ${dir}/notes.txt/out cannot be made: ${dir}/notes.txt is a file; choose a folder for the output (--out-dir, or outDir in tsconfig.json)`,
      );
      expect(listFiles(a)).toEqual([]);
      expect(listFiles(b)).toEqual(["sensors"]);
    });
  });

  test("a folder the user cannot write: one line, exit 2, and the previous output as it was", async () => {
    const dir = tempDir(sources);
    const first = compile(dir);
    writeOutput(first);
    const before = Object.fromEntries(listFiles(path.join(dir, "dist")).map((f) => [f, read(path.join(dir, "dist"), f)]));
    fs.writeFileSync(path.join(dir, "src/main.ts"), `import { reading } from "./sensors/util";\nconsole.log("reading v2", reading());\n`);
    fs.writeFileSync(path.join(dir, "src/sensors/util.ts"), `export function reading(): number {\n  return 2;\n}\n`);
    // main.py is moved into place before sensors/util.py, whose folder refuses it: main.py must be put back
    const root = process.getuid?.() === 0;
    const setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].find((p) => fs.existsSync(p));
    // nobody must be able to read this checkout (a clone in a private temporary folder is not)
    const nobodyReads =
      !!setpriv &&
      (await execa(setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", "test", "-r", mpts], { reject: false })).exitCode === 0;
    if (root && !nobodyReads) {
      // no user chmod applies to: a file in the way of the folder stands in for the failure
      fs.rmSync(path.join(dir, "dist/sensors"), { recursive: true });
      fs.writeFileSync(path.join(dir, "dist/sensors"), "");
      const r = await execa("node", [mpts, "build"], { cwd: dir, reject: false });
      expect(r.stderr).toBe(
        "mpts: dist/sensors is a file where mpts writes a folder (for sensors/util.py); move it or write the output elsewhere (--out-dir, or outDir in tsconfig.json)",
      );
      expect(r.exitCode).toBe(2);
      expect(read(dir, "dist/main.py")).toBe(before["main.py"]);
      return;
    }
    fs.chmodSync(path.join(dir, "dist/sensors"), 0o555);
    // as root, chmod denies nothing: the command runs as the user nobody
    if (root)
      for (const f of ["", ...fs.readdirSync(dir, { recursive: true, encoding: "utf8" })]) fs.chownSync(path.join(dir, f), 65534, 65534);
    const command = root ? [setpriv!, "--reuid=65534", "--regid=65534", "--clear-groups", "node"] : ["node"];
    const r = await execa(command[0], [...command.slice(1), mpts, "build"], { cwd: dir, reject: false });
    expect(r.stderr).toBe("mpts: cannot write dist/sensors/util.py: permission denied; the output folder dist was left as it was");
    expect(r.exitCode).toBe(2);
    const after = Object.fromEntries(listFiles(path.join(dir, "dist")).map((f) => [f, read(path.join(dir, "dist"), f)]));
    expect(after).toEqual(before);
    expect(staging(path.join(dir, "dist"))).toEqual([]);
    // an output folder that cannot take a file at all
    fs.chmodSync(path.join(dir, "dist"), 0o555);
    const r2 = await execa(command[0], [...command.slice(1), mpts, "build"], { cwd: dir, reject: false });
    expect(r2.stderr).toBe("mpts: cannot write dist: permission denied; the output folder dist was left as it was");
    expect(r2.exitCode).toBe(2);
    expect(Object.fromEntries(listFiles(path.join(dir, "dist")).map((f) => [f, read(path.join(dir, "dist"), f)]))).toEqual(before);
  }, 120_000); // two runs of the command line as another user
});

describe("mpts build --watch and files mpts did not write", () => {
  const watchers: Watcher[] = [];
  afterAll(() => watchers.forEach((w) => w.close()));

  test("a hand-written file in the output is reported, kept, and the build is written once it is moved; module name clashes are reported", async () => {
    const dir = tempDir({
      "tsconfig.json": JSON.stringify({
        compilerOptions: {
          strict: true,
          target: "ES2022",
          module: "ESNext",
          moduleResolution: "Bundler",
          lib: ["ES2022"],
          types: [],
          outDir: "dist",
        },
        include: ["*.ts"],
      }),
      "main.ts": `console.log("one");\n`,
      "dist/main.py": `print("hand-written")\n`,
    });
    const log: string[] = [];
    watchers.push(watch(dir, { debounceMs: 1 }, { out: (s) => log.push(s), err: (s) => log.push(s) }));
    const builds = () => log.filter((l) => l.includes("Watching for file changes.")).length;
    const waitFor = async (n: number) => {
      while (builds() < n) await new Promise((r) => setTimeout(r, 5));
    };
    await waitFor(1);
    expect(log.slice(1)).toEqual([
      `mpts: ${dir}/dist/main.py was not written by mpts, and mpts does not overwrite it; move it or write the output elsewhere (--out-dir, or outDir in tsconfig.json)`,
      expect.stringMatching(/\] Found 1 error\. Watching for file changes\.$/),
    ]);
    expect(fs.readFileSync(path.join(dir, "dist/main.py"), "utf8")).toBe(`print("hand-written")\n`);
    fs.renameSync(path.join(dir, "dist/main.py"), path.join(dir, "main.py.mine"));
    fs.writeFileSync(path.join(dir, "main.ts"), `console.log("two");\n`);
    await waitFor(2);
    expect(log.some((l) => l.startsWith("mpts: wrote main.py to"))).toBe(true);
    expect(fs.readFileSync(path.join(dir, "dist/main.py"), "utf8")).toBe(`print("two")\n`);
    // sources added while watching that would be one module: MPTS1041, and the first one's output stays
    fs.writeFileSync(path.join(dir, "my-file.ts"), `export const a = 1;\n`);
    await waitFor(3);
    fs.writeFileSync(path.join(dir, "my_file.ts"), `export const b = 2;\n`);
    while (!log.some((l) => l.includes("MPTS1041"))) await new Promise((r) => setTimeout(r, 5));
    expect(log.find((l) => l.includes("MPTS1041"))).toBe(
      `${dir}/my_file.ts(1,1): error MPTS1041: './my-file.ts' and this file both become the Python module 'my_file' (my_file.py), so one would overwrite the other; rename one of them`,
    );
    expect(fs.readFileSync(path.join(dir, "dist/my_file.py"), "utf8")).toBe("a = 1\n");
  });
});
