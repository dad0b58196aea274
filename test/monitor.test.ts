// Board output with tracebacks at TypeScript lines: real tracebacks from the
// MicroPython VM mapped through the build's source maps; mpts monitor, flash
// --monitor and run --port against the mpremote stand-in.
import { describe, expect, test } from "vitest";
import { execa } from "execa";
import * as fs from "node:fs";
import * as path from "node:path";
import { compile, UsageError } from "../compiler/program.js";
import { runInVm } from "../compiler/board/vm.js";
import { boardLayout, findEntry } from "../compiler/board/layout.js";
import { LineRewriter, TracebackMapper } from "../compiler/board/traceback.js";
import { flash } from "../compiler/cli/flash.js";
import { monitor } from "../compiler/cli/monitor.js";
import { run } from "../compiler/cli/run.js";
import { Bench, capture, project, withEnv } from "./helpers/standin.js";

const mpts = path.resolve("bin/mpts.js");

/** Build a project, run it in the VM with its files where the board keeps them, and map the traceback. */
async function crash(files: Record<string, string>, extra?: Record<string, unknown>) {
  const dir = project(files, extra);
  const result = compile(dir);
  expect(result.diagnostics).toEqual([]);
  const py = result.files.filter((f) => f.path.endsWith(".py"));
  const layout = boardLayout(
    findEntry(py, result.rootDir, {}),
    "main.py",
    py.map((f) => f.path),
  );
  const vm = await runInVm(
    py.map((f) => ({ path: layout.toBoard(f.path), text: f.text })),
    "main",
  );
  expect(vm.error).toBeDefined();
  const maps = result.files.filter((f) => f.path.endsWith(".py.map")).map((f) => ({ path: f.path.slice(0, -4), map: f.text }));
  const mapper = await TracebackMapper.create(maps, result.outDir, layout.toLocal, dir);
  return { dir, vm, mapped: mapper.mapText(vm.error!), mapper };
}

/**
 * Checks the frame mpts printed for the source line holding `marker`: the
 * TypeScript file (relative to this process's folder), that line, a column
 * inside its code, the function, and the TypeScript line under it.
 */
function frameAt(files: Record<string, string>, file: string, marker: string, fn: string | RegExp, dir?: string) {
  const lines = files[file].split("\n");
  const index = lines.findIndex((l) => l.includes(marker));
  expect(index).toBeGreaterThanOrEqual(0);
  const shown = dir ? path.relative(process.cwd(), path.join(dir, file)).split(path.sep).join("/") : file;
  return (text: string) => {
    const out = text.split("\n");
    const at = out.findIndex((l) => l.startsWith(`  ${shown}:${index + 1}:`));
    expect(at, `no frame at ${shown}:${index + 1} in\n${text}`).toBeGreaterThanOrEqual(0);
    const m = /^  \S+:\d+:(\d+), in (\S+) \([\w/]+\.py line \d+\)$/.exec(out[at])!;
    expect(m, out[at]).not.toBeNull();
    const column = Number(m[1]);
    expect(column).toBeGreaterThanOrEqual(lines[index].search(/\S/) + 1);
    expect(column).toBeLessThanOrEqual(lines[index].length);
    if (typeof fn === "string") expect(m[2]).toBe(fn);
    else expect(m[2]).toMatch(fn);
    expect(out[at + 1]).toBe("      " + lines[index].trim());
  };
}

describe("tracebacks at TypeScript lines", () => {
  test("a throw in an imported module: every frame at its TypeScript statement, with its source line", async () => {
    const files = {
      "src/main.ts": `import { check } from "./lib/util";\nconst items = [1, 2, 3];\nfunction go(n: number): number {\n  return check(n * 2); // <- go calls\n}\nconsole.log("start");\ngo(items.length); // <- module calls\n`,
      "src/lib/util.ts": `export function check(n: number): number {\n  if (n > 4) {\n    throw new Error("too big: " + n); // <- raises\n  }\n  return n;\n}\n`,
    };
    const { vm, mapped } = await crash(files);
    expect(vm.stdout).toBe("start\n");
    expect(vm.error).toContain('File "lib/util.py"');
    frameAt(files, "src/main.ts", "<- module calls", "<module>")(mapped);
    frameAt(files, "src/main.ts", "<- go calls", "go")(mapped);
    frameAt(files, "src/lib/util.ts", "<- raises", "check")(mapped);
    // the frame of the VM's own `import main` is not the program's
    expect(mapped).not.toContain("<stdin>");
    expect(mapped.trimEnd().split("\n").pop()).toBe("Error: too big: 6");
    expect(mapped.split("\n")[0]).toBe("Traceback (most recent call last):");
  });

  test("a MicroPython error in a method and a throw in an arrow function", async () => {
    const files = {
      "src/main.ts": [
        "class Shelf {",
        "  items: number[] = [1, 2];",
        "  pick(i: number): number {",
        "    const value = this.items[i]; // <- reads",
        "    return value * 2;",
        "  }",
        "}",
        "const shelf = new Shelf();",
        "console.log(shelf.pick(1));",
        "console.log(shelf.pick(5)); // <- picks",
        "",
      ].join("\n"),
    };
    const method = await crash(files);
    expect(method.vm.error).toContain("IndexError");
    frameAt(files, "src/main.ts", "<- reads", "pick")(method.mapped);
    frameAt(files, "src/main.ts", "<- picks", "<module>")(method.mapped);

    const arrow = {
      "src/main.ts": [
        "const seen: number[] = [];",
        "[1, 2, 3].forEach((n) => {",
        "  if (n > 2) {",
        '    throw new RangeError("three"); // <- raises',
        "  }",
        "  seen.push(n);",
        "});",
        "",
      ].join("\n"),
    };
    const r = await crash(arrow);
    frameAt(arrow, "src/main.ts", "<- raises", /\S/)(r.mapped);
    expect(r.mapped).toContain("RangeError: three");
  });

  test("a throw under a top-level loop, which runs in a function of its own: one frame of the module, none for that function's call", async () => {
    const files = {
      "src/main.ts": [
        "function check(n: number): number {",
        '  if (n > 2) throw new Error("over: " + n); // <- raises',
        "  return n;",
        "}",
        "let total = 0;",
        "for (let i = 0; i < 5; i++) {",
        "  total += check(i); // <- loop calls",
        "}",
        "console.log(total);",
        "",
      ].join("\n"),
    };
    const { vm, mapped } = await crash(files);
    expect(vm.error).toContain(", in main\n");
    const frames = mapped.split("\n").filter((l) => /^  \S+:\d+:\d+, in /.test(l));
    expect(frames).toHaveLength(2);
    frameAt(files, "src/main.ts", "<- loop calls", "<module>")(mapped);
    frameAt(files, "src/main.ts", "<- raises", "check")(mapped);
    expect(mapped).not.toMatch(/File "|in main\b/);
  });

  test("the entry module runs as main.py on the board; its frames map to its own .ts file", async () => {
    const files = { "src/app.ts": `function fail(): void {\n  throw new Error("from app"); // <- raises\n}\nfail();\n` };
    const { vm, mapped } = await crash(files);
    expect(vm.error).toContain('File "main.py"');
    frameAt(files, "src/app.ts", "<- raises", "fail")(mapped);
  });

  test("streamed output: lines split across chunks, prompts without a newline, raw-REPL markers", async () => {
    const files = { "src/main.ts": `console.log("a");\nthrow new Error("b"); // <- raises\n` };
    const { vm, mapper } = await crash(files);
    let out = "";
    const rw = new LineRewriter(mapper, (s) => (out += s));
    const text = vm.stdout + vm.error!;
    for (let i = 0; i < text.length; i += 7) rw.push(text.slice(i, i + 7).replace(/\n/g, "\r\n"));
    rw.push("\x04>>> ");
    await new Promise((r) => setTimeout(r, 300));
    frameAt(files, "src/main.ts", "<- raises", "<module>")(out);
    expect(out.endsWith("Error: b\n>>> ")).toBe(true);
    expect(out).not.toContain("\r");
  });
});

describe("mpts monitor, flash --monitor, run --port", () => {
  const files = {
    "src/main.ts": `import { check } from "./lib/util";\nconsole.log("checking");\ncheck(7); // <- calls\n`,
    "src/lib/util.ts": `export function check(n: number): void {\n  if (n > 4) {\n    throw new Error("too big"); // <- raises\n  }\n}\n`,
  };

  test("flash --monitor restarts the program after the upload and shows its crash at TypeScript lines; so does mpts monitor", async () => {
    const bench = new Bench();
    const dir = project(files);
    // what this program prints on a board: its real MicroPython output and traceback
    const built = compile(dir).files.filter((f) => f.path.endsWith(".py"));
    const vm = await runInVm(built, "main");
    fs.writeFileSync(path.join(bench.dir, "out.txt"), vm.stdout);
    fs.writeFileSync(path.join(bench.dir, "err.txt"), vm.error!);
    const env = bench.env({
      MPREMOTE_STANDIN_OUTPUT: path.join(bench.dir, "out.txt"),
      MPREMOTE_STANDIN_ERROR: path.join(bench.dir, "err.txt"),
    });

    const c = capture();
    const status = await withEnv(env, () => flash(dir, { monitor: true }, c.io));
    expect(status).toBe(1);
    expect(c.out).toContain("sent      main.py");
    const calls = bench.calls();
    // the upload leaves the restart to the monitor, which follows the output from the start
    expect(calls.find((a) => a.includes("cp"))).not.toContain("soft-reset");
    expect(calls[calls.length - 1]).toEqual(["connect", "/dev/ttyUSB0", "soft-reset", "exec", "import main"]);
    expect(c.board.startsWith("checking\nTraceback (most recent call last):\n")).toBe(true);
    frameAt(files, "src/main.ts", "<- calls", "<module>", dir)(c.board);
    frameAt(files, "src/lib/util.ts", "<- raises", "check", dir)(c.board);
    expect(c.err).toContain("mpts: the program on /dev/ttyUSB0 stopped with an exception");

    // later, mpts monitor maps with what the last build left in dist/
    const m = capture();
    const again = await withEnv({ ...env, MPREMOTE_STANDIN_ERROR: undefined }, () => monitor(dir, { port: ["/dev/ttyUSB0"] }, m.io));
    expect(again).toBe(0);
    expect(m.board).toBe("checking\n");
    expect(m.err).toContain("the program on /dev/ttyUSB0 finished");
    const withError = capture();
    expect(await withEnv(env, () => monitor(dir, {}, withError.io))).toBe(1);
    frameAt(files, "src/lib/util.ts", "<- raises", "check", dir)(withError.board);
  });

  test("Ctrl-C leaves the monitor cleanly; mpremote ends and the board keeps running", async () => {
    const bench = new Bench();
    const dir = project({ "src/main.ts": `console.log("tick");\n` });
    fs.writeFileSync(path.join(bench.dir, "out.txt"), "tick\n");
    const child = execa("node", [mpts, "monitor", dir, "--port", "/dev/ttyUSB0"], {
      reject: false,
      env: bench.env({ MPREMOTE_STANDIN_OUTPUT: path.join(bench.dir, "out.txt"), MPREMOTE_STANDIN_HANG: "1" }),
    });
    let seen = "";
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no output from the monitor: " + seen)), 20000);
      child.stdout!.on("data", (d: Buffer) => {
        seen += d.toString();
        if (seen.includes("tick\n")) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const pid = Number(fs.readFileSync(bench.boards["/dev/ttyUSB0"] + ".pid", "utf8"));
    child.kill("SIGINT");
    const r = await child;
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain("mpts: left the monitor; the board keeps running the program");
    expect(() => process.kill(pid, 0)).toThrow();
  });

  test("mpts run --port runs the program from this computer's files, nothing flashed; its crash maps to TypeScript", async () => {
    const bench = new Bench();
    const dir = project(files);
    const c = capture();
    const status = await withEnv(bench.env(), () => run(dir, { port: ["/dev/ttyUSB0"] }, c.io));
    expect(status).toBe(1);
    const call = bench.calls().find((a) => a.includes("mount"))!;
    expect(call[0]).toBe("connect");
    expect(call.slice(2)).toEqual(["mount", call[3], "exec", "import main"]);
    // the mounted folder was temporary; the board's own files were not touched
    expect(fs.existsSync(call[3])).toBe(false);
    expect(bench.files()).toEqual({});
    expect(c.board.startsWith("checking\n")).toBe(true);
    expect(c.board).not.toContain("is mounted at /remote");
    frameAt(files, "src/lib/util.ts", "<- raises", "check", dir)(c.board);

    const ok = project({ "src/main.ts": `const name = "board";\nconsole.log(\`hello from the \${name}\`);\n` });
    const c2 = capture();
    expect(await withEnv(bench.env(), () => run(ok, { port: ["auto"] }, c2.io))).toBe(0);
    expect(c2.board).toBe("hello from the board\n");
  });

  test("monitor --no-reset attaches mpremote's repl, which needs a terminal", async () => {
    const bench = new Bench();
    const dir = project({ "src/main.ts": `console.log(1);\n` });
    await expect(withEnv(bench.env(), () => monitor(dir, { reset: false, port: ["/dev/ttyUSB0"] }, capture().io))).rejects.toThrow(
      UsageError,
    );
  });
});
