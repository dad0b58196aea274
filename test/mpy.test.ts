// .mpy bytecode (mpts flash --mpy): the built-in mpy-cross's output runs in the
// real MicroPython VM with tracebacks at the right lines, the board's .mpy
// version is checked before anything is sent, and a module's other form is
// replaced by the manifest's rules.
import { describe, expect, test } from "vitest";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { compile } from "../compiler/program.js";
import { flash } from "../compiler/cli/flash.js";
import { monitor } from "../compiler/cli/monitor.js";
import { incompatibility, mpyCompiler, readHeader } from "../compiler/board/mpy.js";
import { runInVm, type VmFile } from "../compiler/board/vm.js";
import { TracebackMapper } from "../compiler/board/traceback.js";
import { UsageError } from "../compiler/program.js";
import { Bench, capture, listFiles, project, tempDir, withEnv, writeFiles } from "./helpers/standin.js";

const app = {
  "src/app.ts": `import { check } from "./lib/util";\nconsole.log("checked " + check(2));\nconsole.log("checked " + check(20));\n`,
  "src/lib/util.ts": `export function check(n: number): number {\n  if (n > 10) {\n    throw new Error("too big: " + n);\n  }\n  return n * 2;\n}\n`,
};

const sha256 = (data: Uint8Array) => crypto.createHash("sha256").update(data).digest("hex");

/** The project's build: output path -> .py text, and the maps. */
function built(dir: string) {
  const result = compile(dir);
  expect(result.diagnostics).toEqual([]);
  const py = result.files.filter((f) => f.path.endsWith(".py"));
  const maps = result.files.filter((f) => f.path.endsWith(".py.map")).map((f) => ({ path: f.path.slice(0, -4), map: f.text }));
  return { result, py, maps };
}

/** A board's files (text, or bytes for a .mpy) as the VM takes them. */
function boardFiles(bench: Bench): VmFile[] {
  return listFiles(Object.values(bench.boards)[0])
    .filter((f) => f.endsWith(".py") || f.endsWith(".mpy"))
    .map((f) => ({ path: f, text: f.endsWith(".mpy") ? new Uint8Array(bench.bytes(f)) : bench.bytes(f).toString("utf8") }));
}

async function flashWith(bench: Bench, dir: string, options: Parameters<typeof flash>[1] = {}, env: Record<string, string> = {}) {
  const c = capture();
  const status = await withEnv(bench.env(env), () => flash(dir, options, c.io));
  return { status, out: c.out, err: c.err };
}

// the MicroPython line `throw new Error("too big: " + n)` became, found by its text
const raiseLine = (utilPy: string) => utilPy.split("\n").findIndex((l) => l.includes("raise ")) + 1;

describe("the built-in mpy-cross", { timeout: 120_000 }, () => {
  test("emits .mpy v6.0 bytecode that MicroPython 1.27 runs as it runs the source, with the same traceback", async () => {
    const { py } = built(project(app));
    const mpy = mpyCompiler(undefined, {});
    const compiled: VmFile[] = [];
    for (const f of py) {
      const data = await mpy.compile(f.text, f.path);
      // "M", version 6, sub-version 0 and no native code, 31-bit small ints
      expect([...data.slice(0, 4)]).toEqual([0x4d, 6, 0, 31]);
      compiled.push({ path: f.path.replace(/\.py$/, ".mpy"), text: data });
    }
    const main = py.find((f) => f.path === "app.py")!;
    const asSource = await runInVm(
      py.map((f) => ({ path: f.path, text: f.text })),
      "app",
    );
    const asMpy = await runInVm([{ path: "main.py", text: main.text }, ...compiled.filter((f) => f.path !== "app.mpy")], "main");
    expect(asMpy.stdout).toBe("checked 4\n");
    expect(asSource.stdout).toBe("checked 4\n");
    const line = raiseLine(py.find((f) => f.path === "lib/util.py")!.text);
    expect(line).toBeGreaterThan(0);
    // the module's frame names its .py path (the source name mpts gives mpy-cross) and the line of its raise
    expect(asMpy.error).toContain(`  File "lib/util.py", line ${line}, in check\n`);
    const frames = (error?: string) => error!.split("\n").filter((l) => /^\s+File "lib\//.test(l));
    expect(frames(asMpy.error)).toEqual(frames(asSource.error));
    expect(asMpy.error).toMatch(/Error: too big: 20\n$/);
  });

  test("a module mpy-cross cannot compile is named in one line", async () => {
    await expect(mpyCompiler(undefined, {}).compile("def (:\n", "lib/broken.py")).rejects.toThrow(
      new UsageError("mpy-cross could not compile lib/broken.py: SyntaxError: invalid syntax"),
    );
  });

  test("many compiles leave Node's process handlers as they were", async () => {
    const before = [process.listenerCount("uncaughtException"), process.listenerCount("unhandledRejection")];
    const mpy = mpyCompiler(undefined, {});
    await Promise.all(Array.from({ length: 12 }, (_, i) => mpy.compile(`x = ${i}\n`, `m${i}.py`)));
    expect([process.listenerCount("uncaughtException"), process.listenerCount("unhandledRejection")]).toEqual(before);
  });
});

describe("another mpy-cross (--mpy-cross, MPTS_MPY_CROSS)", { timeout: 120_000 }, () => {
  test("is run with the source name and an output file; a missing one is a usage error", async () => {
    // an mpy-cross with mpy-cross's command line: it records its arguments and compiles with the npm package
    const dir = tempDir("mpts-mpy-cross-");
    const pkg = createRequire(import.meta.url).resolve("@pybricks/mpy-cross-v6/build/index.js");
    const log = path.join(dir, "args.json");
    writeFiles(dir, {
      "mpy-cross": `#!/usr/bin/env node
const fs = require("node:fs");
const a = process.argv.slice(2);
fs.writeFileSync(${JSON.stringify(log)}, JSON.stringify(a));
const m = require(${JSON.stringify(path.join(path.dirname(pkg), "mpy-cross-v6.js"))});
m({ arguments: ["-s", a[1], "x.py"], inputFileContents: fs.readFileSync(a[4], "utf8"),
    wasmBinary: fs.readFileSync(${JSON.stringify(path.join(path.dirname(pkg), "mpy-cross-v6.wasm"))}),
    callback: (status, mpy) => { if (mpy) fs.writeFileSync(a[3], mpy); process.exit(status); } });
`,
    });
    fs.chmodSync(path.join(dir, "mpy-cross"), 0o755);
    const external = mpyCompiler(undefined, { MPTS_MPY_CROSS: path.join(dir, "mpy-cross") });
    expect(external.description).toBe(`MPTS_MPY_CROSS ${path.join(dir, "mpy-cross")}`);
    const data = await external.compile("print('from', __name__)\n", "lib/x.py");
    const args = JSON.parse(fs.readFileSync(log, "utf8")) as string[];
    expect(args.slice(0, 3)).toEqual(["-s", "lib/x.py", "-o"]);
    expect(args[3]).toMatch(/module\.mpy$/);
    expect(args[4]).toMatch(/module\.py$/);
    const run = await runInVm([{ path: "lib/x.mpy", text: data }], "lib.x");
    expect(run).toEqual({ stdout: "from lib.x\n" });

    const missing = path.join(dir, "no-such-mpy-cross");
    await expect(mpyCompiler(missing).compile("x = 1\n", "x.py")).rejects.toThrow(
      new UsageError(`cannot run mpy-cross: --mpy-cross is ${missing}, which is not an executable program`),
    );
  });
});

describe("which boards load which .mpy", () => {
  const v60 = readHeader(new Uint8Array([0x4d, 6, 0, 31]))!;
  test("bytecode v6.x loads on any v6 board; the sub-version matters for native code only", () => {
    // sys.implementation._mpy of an ESP32 (1.23-1.29, xtensawin), the unix port on x64, the WebAssembly port
    for (const board of [0x2b06, 0x0b06, 0x0306]) expect(incompatibility(v60, board)).toBeUndefined();
    const native = { version: 6, subVersion: 1, arch: 10, smallIntBits: 31 };
    expect(incompatibility(native, 0x2b06)).toBe(
      "it loads .mpy v6.3 (sys.implementation._mpy = 11014) and these files are .mpy v6.1: flash without --mpy",
    );
  });
  test("an older firmware, and one that loads no .mpy", () => {
    expect(incompatibility(v60, 5)).toBe(
      "it loads .mpy v5 (sys.implementation._mpy = 5) and these files are .mpy v6.0: update its firmware to MicroPython 1.19 or newer, or flash without --mpy",
    );
    expect(incompatibility(v60, null)).toBe(
      "its MicroPython has no sys.implementation._mpy, so it loads no .mpy files: flash without --mpy",
    );
  });
});

describe("mpts flash --mpy", { timeout: 300_000 }, () => {
  test("modules go up as .mpy, main.py as source; the board's files run in MicroPython; the manifest hashes the bytes", async () => {
    const bench = new Bench();
    const dir = project(app);
    const r = await flashWith(bench, dir, { mpy: true });
    expect(r.err).toBe("");
    expect(r.status).toBe(0);
    expect(r.out).toContain("mpts: compiled 2 modules to .mpy v6.0 with the built-in mpy-cross (MicroPython 1.19, WebAssembly)\n");
    expect(listFiles(bench.boards["/dev/ttyUSB0"])).toEqual([".mpts-files", "lib/util.mpy", "main.py", "mpts_rt.mpy"]);
    expect(bench.files()["main.py"]).toBe(fs.readFileSync(path.join(dir, "dist/app.py"), "utf8"));
    const manifest = ["lib/util.mpy", "main.py", "mpts_rt.mpy"].map((p) => `${sha256(bench.bytes(p))} ${p}\n`).join("");
    expect(bench.files()[".mpts-files"]).toBe(manifest);
    expect(r.out).toContain("  sent      lib/util.mpy (");
    expect(bench.started()).toEqual(["main"]);
    const run = await runInVm(boardFiles(bench), "main");
    expect(run.stdout).toBe("checked 4\n");
    expect(run.error).toContain(
      `File "lib/util.py", line ${raiseLine(fs.readFileSync(path.join(dir, "dist/lib/util.py"), "utf8"))}, in check`,
    );

    // a second flash finds every file unchanged: the same source compiles to the same bytes
    bench.clearLog();
    const again = await flashWith(bench, dir, { mpy: true });
    expect(again.status).toBe(0);
    expect(again.out).toMatch(/\/dev\/ttyUSB0: 0 sent \(0 B\), 3 unchanged, program restarted/);
    expect(bench.calls().some((c) => c.includes("cp"))).toBe(false);
  });

  test("a board that loads another .mpy version, or none: one line, exit 2, nothing sent", async () => {
    const dir = project(app);
    for (const [mpy, reason] of [
      [
        "5",
        "it loads .mpy v5 (sys.implementation._mpy = 5) and these files are .mpy v6.0: update its firmware to MicroPython 1.19 or newer, or flash without --mpy",
      ],
      ["none", "its MicroPython has no sys.implementation._mpy, so it loads no .mpy files: flash without --mpy"],
    ]) {
      const bench = new Bench();
      const r = await flashWith(bench, dir, { mpy: true }, { MPREMOTE_STANDIN_MPY: mpy });
      expect(r.status).toBe(2);
      expect(r.err).toBe(`mpts: /dev/ttyUSB0: the board on /dev/ttyUSB0 cannot load the .mpy files: ${reason}\n`);
      // the version, the port, the probe; nothing hashed or sent
      expect(bench.calls().map((c) => c.slice(0, 3).join(" "))).toEqual(["--version", "connect list", "connect /dev/ttyUSB0 exec"]);
      expect(bench.files()).toEqual({});
    }
  });

  test("switching to .mpy deletes the .py mpts wrote, and back; a .py mpts may not delete stops the flash", async () => {
    const bench = new Bench();
    const dir = project(app);
    expect((await flashWith(bench, dir)).status).toBe(0);
    expect(listFiles(bench.boards["/dev/ttyUSB0"])).toEqual([".mpts-files", "lib/util.py", "main.py", "mpts_rt.py"]);

    const toMpy = await flashWith(bench, dir, { mpy: true });
    expect(toMpy.status).toBe(0);
    expect(toMpy.out).toContain("  removed   lib/util.py\n");
    expect(toMpy.out).toContain("  removed   mpts_rt.py\n");
    expect(listFiles(bench.boards["/dev/ttyUSB0"])).toEqual([".mpts-files", "lib/util.mpy", "main.py", "mpts_rt.mpy"]);
    expect(bench.files()[".mpts-files"]).toBe(
      ["lib/util.mpy", "main.py", "mpts_rt.mpy"].map((p) => `${sha256(bench.bytes(p))} ${p}\n`).join(""),
    );

    const back = await flashWith(bench, dir);
    expect(back.status).toBe(0);
    expect(back.out).toContain("  removed   lib/util.mpy\n");
    expect(listFiles(bench.boards["/dev/ttyUSB0"])).toEqual([".mpts-files", "lib/util.py", "main.py", "mpts_rt.py"]);

    // edited on the board: mpts may not delete it, and MicroPython would import it before the new .mpy
    const util = path.join(bench.boards["/dev/ttyUSB0"], "lib/util.py");
    fs.appendFileSync(util, "# tuned on the board\n");
    bench.clearLog();
    const blocked = await flashWith(bench, dir, { mpy: true });
    expect(blocked.status).toBe(2);
    expect(blocked.err).toBe(
      "mpts: /dev/ttyUSB0: lib/util.py on /dev/ttyUSB0 would be imported instead of the new lib/util.mpy (MicroPython prefers .py), and mpts may not delete it: changed on the board since mpts wrote it; delete it with `mpremote connect /dev/ttyUSB0 fs rm :lib/util.py`, or flash without --mpy\n",
    );
    expect(bench.calls().some((c) => c.includes("cp") || c.includes("rm"))).toBe(false);
    expect(fs.readFileSync(util, "utf8")).toMatch(/# tuned on the board\n$/);
  });

  test("tsconfig.json's mpts.mpy does what --mpy does; --no-mpy overrides it", async () => {
    const bench = new Bench();
    const dir = project(app, { mpts: { mpy: true } });
    expect((await flashWith(bench, dir)).status).toBe(0);
    expect(listFiles(bench.boards["/dev/ttyUSB0"])).toEqual([".mpts-files", "lib/util.mpy", "main.py", "mpts_rt.mpy"]);
    expect((await flashWith(bench, dir, { mpy: false })).status).toBe(0);
    expect(listFiles(bench.boards["/dev/ttyUSB0"])).toEqual([".mpts-files", "lib/util.py", "main.py", "mpts_rt.py"]);

    const bad = project(app, { mpts: { mpy: "yes" } });
    await expect(flashWith(bench, bad)).rejects.toThrow(new UsageError(`${path.join(bad, "tsconfig.json")}: mpts.mpy must be a boolean`));
  });

  test("mpts monitor maps a traceback from a .mpy module to its TypeScript line", async () => {
    const bench = new Bench();
    const dir = project(app);
    expect((await flashWith(bench, dir, { mpy: true })).status).toBe(0);
    // what the board prints when its program runs: the flashed files, run in MicroPython
    const run = await runInVm(boardFiles(bench), "main");
    const printed = path.join(bench.dir, "board-output.txt");
    fs.writeFileSync(printed, run.stdout + run.error);
    const c = capture();
    const status = await withEnv(bench.env({ MPREMOTE_STANDIN_ERROR: printed }), () => monitor(dir, { port: ["/dev/ttyUSB0"] }, c.io));
    expect(status).toBe(1);
    const line = raiseLine(fs.readFileSync(path.join(dir, "dist/lib/util.py"), "utf8"));
    const rel = path.relative(process.cwd(), path.join(dir, "src/lib/util.ts")).split(path.sep).join("/");
    expect(c.board).toContain(`  ${rel}:3:5, in check (lib/util.py line ${line})\n      throw new Error("too big: " + n);\n`);
    expect(c.board).toContain("checked 4\n");

    // the same mapping, from the build's maps directly
    const { maps, result } = built(dir);
    const mapper = await TracebackMapper.create(maps, result.outDir);
    expect(mapper.lookup("lib/util.py", line)).toMatchObject({ source: path.join(dir, "src/lib/util.ts"), line: 3, column: 4 });
  });
});
