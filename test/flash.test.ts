// mpts flash against the mpremote stand-in (test/fixtures/mpremote-standin.py):
// a folder per board, mpremote's command grammar, failures on demand.
import { describe, expect, test } from "vitest";
import { execa } from "execa";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { flash, flashBoard } from "../compiler/cli/flash.js";
import { explainFailure } from "../compiler/board/mpremote.js";
import { parsePortList } from "../compiler/board/ports.js";
import { settingNames } from "../compiler/board/layout.js";
import { runInVm } from "../compiler/board/vm.js";
import { probeScript } from "../compiler/board/probe.js";
import { UsageError } from "../compiler/program.js";
import { Bench, capture, listFiles, project, standin, tempDir, withEnv, writeFiles } from "./helpers/standin.js";

const mpts = path.resolve("bin/mpts.js");

const app = {
  "src/app.ts": `import { twice } from "./lib/util";\nconsole.log("twice 21 is " + twice(Number("21")));\n`,
  "src/lib/util.ts": `export function twice(n: number): number {\n  return n * 2;\n}\n`,
};

async function flashWith(bench: Bench, dir: string, options: Parameters<typeof flash>[1] = {}, env: Record<string, string> = {}) {
  const c = capture();
  const status = await withEnv(bench.env(env), () => flash(dir, options, c.io));
  return { status, out: c.out, err: c.err };
}

const sha256 = (text: string) => crypto.createHash("sha256").update(text).digest("hex");

/** The manifest mpts should leave: each of these board files with the hash of its content there. */
const manifestFor = (board: Record<string, string>, paths: string[]) =>
  [...paths]
    .sort()
    .map((p) => `${sha256(board[p])} ${p}\n`)
    .join("");

/** flashBoard (no build) with these files, board path -> text, kept in a folder on this computer as a build would. */
async function upload(bench: Bench, files: Record<string, string>, options: { clean?: boolean; env?: Record<string, string> } = {}) {
  const local = tempDir("mpts-upload-");
  writeFiles(local, files);
  const list = Object.entries(files).map(([board, text]) => ({ local: path.join(local, board), board, data: Buffer.from(text) }));
  const log: string[] = [];
  const m = { file: standin, prefix: [], origin: "test" };
  const report = await withEnv(bench.env(options.env), () =>
    flashBoard(m, "/dev/ttyUSB0", list, { clean: options.clean ?? false, start: "main" }, (line) => log.push(line)),
  );
  return { report, log };
}

/** The upload command line (the one that copies files), or undefined. */
const uploadCall = (bench: Bench) => bench.calls().find((c) => c.includes("cp"));

// each flash starts several mpremote (stand-in) processes: on a loaded machine a
// test takes far longer than the default limit, and one cut off midway would
// go on changing process.env under the next test
describe("mpts flash", { timeout: 180_000 }, () => {
  test("uploads under temporary names renamed on the board; the entry becomes main.py; folders are made; the program restarts", async () => {
    const bench = new Bench();
    const dir = project(app);
    const r = await flashWith(bench, dir);
    expect(r.err).toBe("");
    expect(r.status).toBe(0);
    const board = bench.files();
    const built = (p: string) => fs.readFileSync(path.join(dir, "dist", p), "utf8");
    // app.ts is the only module nothing imports, so it starts the program
    expect(board["main.py"]).toBe(built("app.py"));
    expect(board["lib/util.py"]).toBe(built("lib/util.py"));
    expect(Object.keys(board).filter((f) => f.endsWith(".mpts-tmp") || f.endsWith(".map") || f === "app.py")).toEqual([]);
    // each file mpts wrote, with the hash of what it wrote
    expect(board[".mpts-files"]).toBe(
      manifestFor(
        board,
        Object.keys(board).filter((f) => f.endsWith(".py")),
      ),
    );
    const upload = uploadCall(bench)!;
    const text = upload.join(" ");
    expect(text).toContain(`fs mkdir :lib +`);
    expect(text).toContain(`fs cp ${path.join(dir, "dist", "app.py")} :main.py.mpts-tmp +`);
    expect(text).toContain(`fs cp ${path.join(dir, "dist", "lib", "util.py")} :lib/util.py.mpts-tmp +`);
    expect(upload[upload.indexOf("exec") + 1]).toContain("os.rename(");
    expect(upload.slice(-4)).toEqual(["soft-reset", "exec", "--no-follow", "import main"]);
    expect(bench.started()).toEqual(["main"]);
    expect(r.out).toContain("app.py runs as main.py");
    expect(r.out).toContain("  sent      main.py (");
    expect(r.out).toContain("  sent      lib/util.py (");
    expect(r.out).toMatch(/\/dev\/ttyUSB0: 4 sent \([\d.]+ k?B\), 0 unchanged, program restarted, in [\d.]+ s/);
    expect(r.out).toMatch(/done in [\d.]+ s/);
    // what the board holds is a program MicroPython runs from its root
    const run = await runInVm(
      Object.entries(board)
        .filter(([p]) => p.endsWith(".py"))
        .map(([p, t]) => ({ path: p, text: t })),
      "main",
    );
    expect(run.error).toBeUndefined();
    expect(run.stdout).toBe("twice 21 is 42\n");
  });

  test("a second flash sends only the changed files; the board hashes the ones whose size matches", async () => {
    const bench = new Bench();
    const dir = project(app);
    expect((await flashWith(bench, dir)).status).toBe(0);
    bench.clearLog();
    // same length, different content: only the hash can tell
    writeFiles(dir, { "src/lib/util.ts": app["src/lib/util.ts"].replace("n * 2", "n * 3") });
    const r = await flashWith(bench, dir);
    expect(r.status).toBe(0);
    const sums = bench.calls().find((c) => c.includes("sha256sum"))!;
    // the runtime helpers (number formatting) did not change either
    expect(sums.slice(sums.indexOf("sha256sum") + 1).sort()).toEqual([":lib/util.py", ":main.py", ":mpts_rt.py", ":mpts_rt_slow.py"]);
    const upload = uploadCall(bench)!;
    expect(upload.filter((a) => a.endsWith(".mpts-tmp"))).toEqual([":lib/util.py.mpts-tmp"]);
    expect(upload).not.toContain("mkdir");
    expect(r.out).toContain("  unchanged main.py");
    expect(r.out).toContain("  sent      lib/util.py");
    expect(r.out).toContain("1 sent");
    expect(bench.files()["lib/util.py"]).toContain("n * 3");

    // nothing changed: no copy at all, and the program still restarts
    bench.clearLog();
    const again = await flashWith(bench, dir);
    expect(again.status).toBe(0);
    expect(uploadCall(bench)).toBeUndefined();
    expect(again.out).toContain("0 sent (0 B), 4 unchanged, program restarted");
    expect(bench.started()).toEqual(["main", "main", "main"]);
  });

  test("a connection dropped mid-upload leaves the previous main.py whole; the next flash completes", async () => {
    const bench = new Bench();
    const dir = project({ "src/main.ts": `console.log("version one");\n` });
    expect((await flashWith(bench, dir)).status).toBe(0);
    const before = bench.files()["main.py"];
    writeFiles(dir, { "src/main.ts": `for (let i = 0; i < 3; i++) {\n  console.log("version two", i);\n}\n` });
    const r = await flashWith(bench, dir, {}, { MPREMOTE_STANDIN_FAIL_AFTER_BYTES: "10" });
    expect(r.status).toBe(2);
    expect(r.err).toContain("/dev/ttyUSB0: the connection to /dev/ttyUSB0 dropped");
    expect(r.err).toContain("nothing on the board was replaced, it keeps its previous program");
    expect(r.out).toContain("  failed    main.py");
    const board = bench.files();
    expect(board["main.py"]).toBe(before);
    // the truncated copy exists only under the temporary name
    expect(board["main.py.mpts-tmp"].length).toBe(10);
    expect(bench.started()).toEqual(["main"]);

    const retry = await flashWith(bench, dir);
    expect(retry.status).toBe(0);
    expect(bench.files()["main.py"]).toBe(fs.readFileSync(path.join(dir, "dist/main.py"), "utf8"));
    expect(Object.keys(bench.files())).not.toContain("main.py.mpts-tmp");
  });

  test("--clean removes what an earlier flash put there and the project dropped, never other files", async () => {
    const bench = new Bench();
    const dir = project({
      "src/main.ts": `import { hello } from "./old/helper";\nhello();\n`,
      "src/old/helper.ts": `export function hello(): void {\n  console.log("hello");\n}\n`,
    });
    // files that are not mpts's: the board's boot.py and data the program wrote
    writeFiles(bench.boards["/dev/ttyUSB0"], { "boot.py": "# boot\n", "data/log.txt": "x\n" });
    expect((await flashWith(bench, dir)).status).toBe(0);
    expect(Object.keys(bench.files())).toContain("old/helper.py");
    writeFiles(dir, { "src/main.ts": `console.log("no helper");\n` });
    fs.rmSync(path.join(dir, "src/old"), { recursive: true });

    const kept = await flashWith(bench, dir);
    expect(kept.status).toBe(0);
    expect(Object.keys(bench.files())).toContain("old/helper.py");
    expect(kept.out).not.toContain("removed");

    bench.clearLog();
    const cleaned = await flashWith(bench, dir, { clean: true });
    expect(cleaned.status).toBe(0);
    expect(cleaned.out).toContain("  removed   old/helper.py");
    expect(cleaned.out).toContain("1 removed");
    expect(uploadCall(bench) ?? bench.calls().find((c) => c.includes("rm"))).toContain(":old/helper.py");
    expect(listFiles(bench.boards["/dev/ttyUSB0"])).toEqual([".mpts-files", "boot.py", "data/log.txt", "main.py"]);
    expect(fs.existsSync(path.join(bench.boards["/dev/ttyUSB0"], "old"))).toBe(false);
    expect(bench.files()[".mpts-files"]).toBe(manifestFor(bench.files(), ["main.py"]));
  });

  test("--clean keeps files the board's list names that mpts never wrote, and says so", async () => {
    const bench = new Bench();
    const board = bench.boards["/dev/ttyUSB0"];
    writeFiles(board, { "boot.py": "# boot\n", "config.py": "SSID = 'home'\n" });
    const dir = project({ "src/main.ts": `console.log("hi");\n` });
    expect((await flashWith(bench, dir)).status).toBe(0);
    // names added to the list by hand or by another tool: one without a hash,
    // one with the hash of some other content
    const listed = bench.files()[".mpts-files"];
    fs.writeFileSync(path.join(board, ".mpts-files"), `${listed}boot.py\n${sha256("SSID = 'work'\n")} config.py\n`);
    bench.clearLog();
    const r = await flashWith(bench, dir, { clean: true });
    expect(r.err).toBe("");
    expect(r.status).toBe(0);
    expect(r.out).toContain("  kept      boot.py: not known to be written by mpts (no hash recorded)\n");
    expect(r.out).toContain("  kept      config.py: changed on the board since mpts wrote it\n");
    expect(r.out).toMatch(/\/dev\/ttyUSB0: 0 sent \(0 B\), 1 unchanged, 2 kept, program restarted, in/);
    expect(r.out).not.toContain("removed");
    expect(bench.files()["boot.py"]).toBe("# boot\n");
    expect(bench.files()["config.py"]).toBe("SSID = 'home'\n");
    // only the file with a recorded hash is worth hashing; nothing is removed
    const sums = bench.calls().find((c) => c.includes("sha256sum"))!;
    expect(sums.slice(sums.indexOf("sha256sum") + 1)).toEqual([":main.py", ":config.py"]);
    expect(bench.calls().some((c) => c.includes("rm"))).toBe(false);
    // --clean settles the list: it names only what mpts wrote
    expect(bench.files()[".mpts-files"]).toBe(manifestFor(bench.files(), ["main.py"]));
  });

  // the next three drive flashBoard (the per-board part of flash) with files
  // as they would come from a build, which keeps them quick
  test("--clean keeps a file mpts wrote that was changed on the board since, and removes the untouched one", async () => {
    const bench = new Bench();
    const board = bench.boards["/dev/ttyUSB0"];
    const first = await upload(bench, { "main.py": "import old.a\n", "old/a.py": "A = 1\n", "old/b.py": "B = 2\n" });
    expect(first.report.ok).toBe(true);
    // edited on the board (mpremote edit, or the program rewriting its own file)
    fs.appendFileSync(path.join(board, "old/b.py"), "# tuned on the board\n");
    const r = await upload(bench, { "main.py": "print('ab')\n" }, { clean: true });
    expect(r.report).toMatchObject({ ok: true, sent: 1, unchanged: 0, removed: 1, kept: 1, leftovers: 0 });
    expect(r.log).toContain("removed   old/a.py");
    expect(r.log).toContain("kept      old/b.py: changed on the board since mpts wrote it");
    expect(listFiles(board)).toEqual([".mpts-files", "main.py", "old/b.py"]);
    expect(bench.files()["old/b.py"]).toBe("B = 2\n# tuned on the board\n");
    expect(bench.files()[".mpts-files"]).toBe(manifestFor(bench.files(), ["main.py"]));
  });

  test("a list written by an older mpts (paths, no hashes): --clean deletes nothing; every flash records hashes", async () => {
    const bench = new Bench();
    const board = bench.boards["/dev/ttyUSB0"];
    const files = { "main.py": "import helper\n", "helper.py": "X = 1\n", "lib/util.py": "Y = 2\n" };
    expect((await upload(bench, files)).report.ok).toBe(true);
    writeFiles(board, { "old.py": "# from an older project\n" });
    fs.writeFileSync(path.join(board, ".mpts-files"), "helper.py\nlib/util.py\nmain.py\nold.py\n");

    // without --clean the old entries are carried over as they are (old.py sorts
    // last); the files mpts wrote get their hashes, though nothing is sent
    const kept = await upload(bench, files);
    expect(kept.report).toMatchObject({ ok: true, sent: 0, unchanged: 3, removed: 0, kept: 0 });
    expect(bench.files()[".mpts-files"]).toBe(manifestFor(bench.files(), ["helper.py", "lib/util.py", "main.py"]) + "old.py\n");

    fs.writeFileSync(path.join(board, ".mpts-files"), "helper.py\nlib/util.py\nmain.py\nold.py\n");
    bench.clearLog();
    const r = await upload(bench, { "main.py": "print('no helper')\n" }, { clean: true });
    expect(r.report).toMatchObject({ ok: true, sent: 1, removed: 0, kept: 3 });
    expect(r.log).toContain("kept      old.py: not known to be written by mpts (no hash recorded)");
    expect(r.log).toContain("kept      helper.py: not known to be written by mpts (no hash recorded)");
    expect(r.log).toContain("kept      lib/util.py: not known to be written by mpts (no hash recorded)");
    // nothing to check (no hash to compare with) and nothing removed
    expect(bench.calls().some((c) => c.includes("sha256sum") || c.includes("rm"))).toBe(false);
    expect(listFiles(board)).toEqual([".mpts-files", "helper.py", "lib/util.py", "main.py", "old.py"]);
    expect(bench.files()[".mpts-files"]).toBe(manifestFor(bench.files(), ["main.py"]));
  });

  test("*.mpts-tmp files an interrupted upload left, in any folder, are removed by the next flash", async () => {
    const bench = new Bench();
    const board = bench.boards["/dev/ttyUSB0"];
    const one = { "main.py": "print('version one')\n" };
    expect((await upload(bench, one)).report.ok).toBe(true);
    const dropped = await upload(
      bench,
      { "main.py": "print('version two, longer')\n" },
      { env: { MPREMOTE_STANDIN_FAIL_AFTER_BYTES: "10" } },
    );
    expect(dropped.report.ok).toBe(false);
    expect(dropped.report.error?.kind).toBe("dropped");
    expect(bench.files()["main.py.mpts-tmp"]).toBe("print('ver");
    // one from an earlier layout of the project, in a folder it no longer has
    writeFiles(board, { "lib/sensors/old.py.mpts-tmp": "def rea" });
    // version one again: nothing to send, so nothing overwrites the leftovers
    bench.clearLog();
    const r = await upload(bench, one);
    expect(r.report).toMatchObject({ ok: true, sent: 0, unchanged: 1, removed: 0, leftovers: 2 });
    expect(r.log).toContain("removed   main.py.mpts-tmp (left by an interrupted upload)");
    expect(r.log).toContain("removed   lib/sensors/old.py.mpts-tmp (left by an interrupted upload)");
    expect(uploadCall(bench)).toBeUndefined();
    expect(listFiles(board)).toEqual([".mpts-files", "main.py"]);
    expect(bench.files()["main.py"]).toBe("print('version one')\n");
  });

  test("the probe runs in the real MicroPython VM: removes *.mpts-tmp in any folder, reads hashed and hash-less manifest lines", async () => {
    const hash = sha256("print(1)\n");
    const board: Record<string, string> = {
      ".mpts-files": `${hash} lib/util.py\nold.py\n`,
      "lib/util.py": "print(1)\n",
      "old.py": "# old\n",
      "main.py.mpts-tmp": "pri",
      "lib/deep/x.py.mpts-tmp": "",
    };
    // the VM's root holds its own folders (dev, proc, ...): the board is a folder of its own
    const run = await runInVm(
      [
        ...Object.entries(board).map(([p, text]) => ({ path: "board/" + p, text })),
        { path: "probe.txt", text: probeScript(["lib", "main.py"]) },
        {
          path: "start.py",
          text: `import os\nos.chdir("/board")\nexec(open("/probe.txt").read())\nprint("left", sorted(os.listdir()), os.listdir("lib/deep"))\n`,
        },
      ],
      "start",
    );
    expect(run.error).toBeUndefined();
    const lines = run.stdout.split("\n").filter(Boolean);
    expect(lines.filter((l) => !/^mpts:(d|space) /.test(l)).sort()).toEqual(
      [
        `mpts:owned ${hash} lib/util.py`,
        "mpts:f 9 lib/util.py",
        "mpts:owned old.py",
        "mpts:f 6 old.py",
        "mpts:tmp main.py.mpts-tmp",
        "mpts:tmp lib/deep/x.py.mpts-tmp",
        "left ['.mpts-files', 'lib', 'old.py'] []",
        // the .mpy version MicroPython 1.27 (WebAssembly) loads: v6.3, no native code
        "mpts:mpy 774",
      ].sort(),
    );
    expect(lines.filter((l) => l.startsWith("mpts:d "))).toEqual([expect.stringMatching(/^mpts:d \d+ lib$/)]);
    expect(lines.filter((l) => l.startsWith("mpts:space "))).toEqual([expect.stringMatching(/^mpts:space \d+ \d+$/)]);
  });

  test("--no-reset uploads without restarting the program", async () => {
    const bench = new Bench();
    const dir = project(app);
    const r = await flashWith(bench, dir, { reset: false });
    expect(r.status).toBe(0);
    expect(bench.started()).toEqual([]);
    expect(bench.calls().some((c) => c.includes("soft-reset"))).toBe(false);
    expect(r.out).not.toContain("restarted");
  });

  test("a build with errors uploads nothing and does not call mpremote", async () => {
    const bench = new Bench();
    const dir = project({ "src/main.ts": `const n: number = "five";\nconsole.log(n);\n` });
    const r = await flashWith(bench, dir);
    expect(r.status).toBe(1);
    expect(r.err).toContain("error TS2322");
    expect(r.err).toContain("nothing was uploaded");
    expect(bench.calls()).toEqual([]);
    expect(bench.files()).toEqual({});
  });

  test("the tsconfig mpts section names the entry, its name on the board and the port", async () => {
    const bench = new Bench(["/dev/ttyUSB7"]);
    const dir = project(
      {
        "src/main.ts": `console.log("main");\n`,
        "src/blink.ts": `console.log("blink");\n`,
      },
      { mpts: { entry: "src/blink.ts", mainFile: "app.py", port: "/dev/ttyUSB7" } },
    );
    const r = await flashWith(bench, dir);
    expect(r.err).toBe("");
    expect(r.out).toContain("blink.py runs as app.py");
    const board = bench.files("/dev/ttyUSB7");
    expect(board["app.py"]).toBe(fs.readFileSync(path.join(dir, "dist/blink.py"), "utf8"));
    expect(board["main.py"]).toBe(fs.readFileSync(path.join(dir, "dist/main.py"), "utf8"));
    expect(bench.started("/dev/ttyUSB7")).toEqual(["app"]);
    // no connect list: the port came from tsconfig.json, not from auto
    expect(bench.calls().some((c) => c.join(" ") === "connect list")).toBe(false);

    const bad = project({ "src/main.ts": `console.log(1);\n` }, { mpts: { entyr: "src/main.ts" } });
    await expect(flashWith(bench, bad)).rejects.toThrow(
      new UsageError(`${path.join(bad, "tsconfig.json")}: mpts.entyr is not a setting (known: entry, mainFile, port, mpy)`),
    );
  });

  test("the JSON schema describes exactly the settings mpts reads", () => {
    const schema = JSON.parse(fs.readFileSync("schema/mpts-tsconfig.schema.json", "utf8"));
    const section = schema.properties.mpts;
    expect(Object.keys(section.properties).sort()).toEqual([...settingNames].sort());
    expect(section.additionalProperties).toBe(false);
    expect(new RegExp(section.properties.mainFile.pattern).test("main.py")).toBe(true);
    expect(new RegExp(section.properties.mainFile.pattern).test("/main.py")).toBe(false);
  });

  test("--port auto: the only board; none or several is a clear error", async () => {
    const dir = project(app);
    const none = new Bench([]);
    const r0 = await flashWith(none, dir, {}, { MPREMOTE_STANDIN_OTHER_PORTS: "/dev/ttyS0" });
    expect(r0.status).toBe(2);
    expect(r0.err).toContain("mpts: no board found: plug one in by USB");

    const two = new Bench(["/dev/ttyUSB0", "/dev/ttyUSB1"]);
    const r2 = await flashWith(two, dir);
    expect(r2.status).toBe(2);
    expect(r2.err).toMatch(
      /2 boards are connected \(\/dev\/ttyUSB0 \(.*\), \/dev\/ttyUSB1 \(.*\)\): choose one with --port, or use them all with --port all/,
    );
    expect(two.files("/dev/ttyUSB0")).toEqual({});

    // a serial port without USB ids is no board
    const one = new Bench(["/dev/ttyACM0"]);
    const r1 = await flashWith(one, dir, {}, { MPREMOTE_STANDIN_OTHER_PORTS: "/dev/ttyS0" });
    expect(r1.status).toBe(0);
    expect(Object.keys(one.files("/dev/ttyACM0"))).toContain("main.py");

    const all = await flashWith(two, dir, { port: ["all"] });
    expect(all.status).toBe(0);
    expect(Object.keys(two.files("/dev/ttyUSB1"))).toContain("main.py");
  });

  test("several --port flash in parallel with a report per board; one busy board does not stop the others", async () => {
    const bench = new Bench([]);
    // ports that exist here (as /dev/ttyUSB0 does with a board plugged in), so a busy one reads as busy
    const [a, b, c] = ["ttyUSB0", "ttyUSB1", "ttyUSB2"].map((n, i) => {
      const port = bench.device(n);
      bench.addBoard(port, `board${i}`);
      return port;
    });
    const dir = project(app);
    const r = await execa("node", [mpts, "flash", dir, "--port", a, "--port", b, "--port", c, "--no-reset"], {
      reject: false,
      env: bench.env({ MPREMOTE_STANDIN_BUSY: c, MPREMOTE_STANDIN_DELAY: "0.5" }),
    });
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toContain(`[${a}] sent      main.py`);
    expect(r.stdout).toContain(`[${b}] sent      lib/util.py`);
    expect(r.stdout).toContain(`mpts: ${a}: 4 sent (`);
    expect(r.stdout).toContain(`mpts: ${b}: 4 sent (`);
    expect(r.stderr).toContain(`mpts: ${c}: ${c} is busy: another program holds it`);
    expect(r.stdout).toContain("2 of 3 boards flashed");
    expect(bench.files(a)).toEqual(bench.files(b));
    expect(Object.keys(bench.files(a))).toContain("main.py");
    expect(bench.files(c)).toEqual({});
    // in parallel: the boards' first mpremote runs overlap in time
    const probes = bench.runs().filter((run) => run.argv[0] === "connect" && run.argv[1] !== c && run.argv[2] === "exec");
    expect(probes).toHaveLength(2);
    expect(Math.max(...probes.map((p) => p.start))).toBeLessThan(Math.min(...probes.map((p) => p.end)));
  });

  test("without mpremote: how to install it, and exit status 2", async () => {
    const bench = new Bench();
    const dir = project(app);
    const c = capture();
    const status = await withEnv({ ...bench.env(), MPTS_MPREMOTE: undefined, PATH: path.dirname(process.execPath) }, () =>
      flash(dir, {}, c.io),
    );
    expect(status).toBe(2);
    expect(c.err).toBe(
      "mpts: mpremote not found (looked for `mpremote` on PATH): install it with `pip install mpremote` (or `pipx install mpremote`), or name it with --mpremote PATH or MPTS_MPREMOTE\n",
    );
    expect(c.out).toContain("built 4 Python files");

    const named = await flashWith(bench, dir, {}, { MPTS_MPREMOTE: path.join(bench.dir, "no-such-mpremote") });
    expect(named.status).toBe(2);
    expect(named.err).toContain(`MPTS_MPREMOTE is ${path.join(bench.dir, "no-such-mpremote")}`);
    expect(named.err).toContain("pip install mpremote");
    // --mpremote wins over the environment
    const chosen = await flashWith(bench, dir, { mpremote: standin }, { MPTS_MPREMOTE: "/nowhere/mpremote" });
    expect(chosen.status).toBe(0);
  });

  test("an mpremote too old for fs sha256sum is refused before anything is sent", async () => {
    const bench = new Bench();
    const r = await flashWith(bench, project(app), {}, { MPREMOTE_STANDIN_VERSION: "1.20.0" });
    expect(r.status).toBe(2);
    expect(r.err).toContain(
      "mpts: mpremote 1.20.0 is too old: mpts needs 1.22.0 or newer (for fs sha256sum); upgrade it with `pip install --upgrade mpremote`",
    );
    expect(bench.calls()).toEqual([["--version"]]);
  });

  test("a board whose program ignores Ctrl-C is interrupted again; one that never answers gets a remedy", async () => {
    const bench = new Bench();
    const dir = project(app);
    const once = await flashWith(bench, dir, {}, { MPREMOTE_STANDIN_STUCK: "1" });
    expect(once.status).toBe(0);
    expect(once.out).toContain("the board is not answering; interrupting its program again (2 of 3)");
    expect(Object.keys(bench.files())).toContain("main.py");

    const stuck = new Bench();
    const never = await flashWith(stuck, dir, {}, { MPREMOTE_STANDIN_STUCK: "9" });
    expect(never.status).toBe(2);
    expect(never.err).toContain("the board on /dev/ttyUSB0 is not answering: its program ignores Ctrl-C");
    expect(never.err).toContain("press its reset (EN) button");
    expect(stuck.calls().filter((c) => c[0] === "connect" && c[2] === "exec")).toHaveLength(3);
  });

  test("a board without room for the upload is told so before anything is sent", async () => {
    const bench = new Bench();
    const r = await flashWith(bench, project(app), {}, { MPREMOTE_STANDIN_CAPACITY: String(2 * 4096) });
    expect(r.status).toBe(2);
    expect(r.err).toMatch(
      /the board on \/dev\/ttyUSB0 is out of space: this upload needs [\d.]+ kB and [\d.]+ kB are free; flash with --clean/,
    );
    expect(uploadCall(bench)).toBeUndefined();
    expect(bench.files()).toEqual({});
  });

  test("mpremote's messages become one-line causes with a remedy", () => {
    const busy = "mpremote: failed to access /dev/ttyUSB0 (it may be in use by another program)";
    expect(explainFailure("/dev/ttyUSB0", busy, () => "ok").kind).toBe("busy");
    const denied = explainFailure("/dev/ttyUSB0", busy, () => "denied");
    expect(denied.kind).toBe("denied");
    expect(denied.message).toBe(
      "permission denied on /dev/ttyUSB0: this user may not open serial ports; on Linux run `sudo usermod -aG dialout $USER` and log in again",
    );
    expect(explainFailure("/dev/ttyUSB9", busy, () => "missing").message).toContain("there is no serial port /dev/ttyUSB9");
    expect(explainFailure("COM3", "mpremote: cp: main.py.mpts-tmp: No space left on device.").kind).toBe("no-space");
    expect(
      explainFailure("COM3", "Traceback (most recent call last):\nmpremote.transport.TransportError: could not enter raw repl").kind,
    ).toBe("not-answering");
    expect(explainFailure("COM3", "serial.serialutil.SerialException: device reports readiness to read but returned no data").kind).toBe(
      "dropped",
    );
    expect(explainFailure("COM3", "mpremote: something new").message).toBe("mpremote failed on COM3: something new");
  });

  test("connect list output: only USB ports are boards", () => {
    const ports = parsePortList(
      "/dev/ttyS0 None 0000:0000 None None\n/dev/ttyUSB0 0001 10c4:ea60 Silicon Labs CP2102 USB to UART Bridge Controller\nCOM4 5&2B 1A86:7523 wch.cn USB-SERIAL CH340\n",
    );
    expect(ports.map((p) => [p.device, p.vidPid])).toEqual([
      ["/dev/ttyS0", "0000:0000"],
      ["/dev/ttyUSB0", "10c4:ea60"],
      ["COM4", "1a86:7523"],
    ]);
    expect(ports.filter((p) => p.vidPid !== "0000:0000").map((p) => p.description)).toEqual([
      "Silicon Labs CP2102 USB to UART Bridge Controller",
      "wch.cn USB-SERIAL CH340",
    ]);
  });

  test("the stand-in holds mpts to mpremote's grammar", async () => {
    const bench = new Bench();
    const run = (...args: string[]) => execa(standin, args, { reject: false, env: bench.env() });
    const unknown = await run("connect", "/dev/ttyUSB0", "upload", "main.py");
    expect([unknown.exitCode, unknown.stderr]).toEqual([1, "mpremote: 'upload' is not a command"]);
    // without "+", the next command is taken for more paths
    const noPlus = await run("connect", "/dev/ttyUSB0", "fs", "cp", standin, ":a.py", "fs", "ls");
    expect(noPlus.exitCode).toBe(1);
    expect(noPlus.stderr).toBe("mpremote: cp: destination does not exist");
    const noArg = await run("connect", "/dev/ttyUSB0", "exec");
    expect(noArg.exitCode).toBe(2);
    const badOption = await run("connect", "/dev/ttyUSB0", "exec", "--bogus", "1");
    expect(badOption.exitCode).toBe(2);
    const ok = await run(
      "connect",
      "/dev/ttyUSB0",
      "fs",
      "mkdir",
      ":d",
      "+",
      "cp",
      standin,
      ":d/x.py",
      "+",
      "sha256sum",
      ":d/x.py",
      "+",
      "eval",
      "1+1",
    );
    expect(ok.exitCode).toBe(0);
    expect(ok.stdout.split("\n").slice(-2)).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/), "2"]);
    const missing = await run("connect", "/dev/ttyUSB0", "fs", "sha256sum", ":nope.py");
    expect([missing.exitCode, missing.stderr]).toEqual([1, "mpremote: sha256sum: nope.py: No such file or directory."]);
  });
});
