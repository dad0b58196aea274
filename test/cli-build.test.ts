// `mpts build` end to end: the real command line, the files it writes, and the
// written program running in the MicroPython VM.
import { describe, expect, test } from "vitest";
import { execa } from "execa";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { SourceMapConsumer } from "source-map";
import { runInVm } from "../compiler/board/vm.js";

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
    expect(listFiles(path.join(dir, "OUT"))).toEqual(["foo.py", "foo.py.map", "mpts_rt.py"]);
    const run = await runBuilt(path.join(dir, "OUT"), "foo");
    expect(run.error).toBeUndefined();
    expect(run.stdout).toBe("hello ada 1.5\nhello grace 2.5\n");
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
      "src/main.ts": `import { twice } from "./lib/util";\nimport greet from "./greet";\nconsole.log(twice(21));\ngreet("board");\n`,
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

  test("a missing path is a usage error (exit 2)", async () => {
    const dir = tempDir({});
    const r = await execa("node", [mpts, "build", "nope.ts"], { cwd: dir, reject: false });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe("mpts: nope.ts: no such file or folder");
  });

  test("the source map traces a Python line back to its TypeScript line", async () => {
    const dir = tempDir({
      "m.ts": `// a comment\nfunction area(w: number, h: number): number {\n  return w * h;\n}\n\nconsole.log(area(2, 3));\n`,
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
    expect(tty.stdout).toContain("mpts: wrote 41 Python files to out");
    // 40 modules and the runtime helpers file
    const piped = await execa("node", [mpts, "build", "."], { cwd: dir, reject: false });
    expect(piped.exitCode).toBe(0);
    expect(piped.stderr).toBe("");
    expect(piped.stdout).toBe("mpts: wrote 41 Python files to out");
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
