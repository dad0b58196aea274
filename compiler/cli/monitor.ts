// mpts monitor [path] --port PORT: the board's output, with every traceback
// frame shown at its TypeScript file, line and column (from the last build's
// source maps) and the TypeScript source line under it.
//
// How it reads the board through mpremote: `connect PORT soft-reset exec
// "import main"` restarts the program (like the reset an ESP32 serial monitor
// does when it opens) and follows its output, which needs no terminal. Ctrl-C
// makes mpremote leave; the board keeps running the program. With --no-reset,
// mpts attaches to the running program with `connect PORT resume repl`, which
// needs a terminal: keys go to the board (Ctrl-C interrupts the program) and
// Ctrl-] or Ctrl-X leaves.
//
// mpts run --port PORT runs the project without flashing it: `connect PORT
// mount DIR exec "import main"`, the compiled files served from this computer.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compile, loadProject, UsageError } from "../program.js";
import { formatDiagnostic } from "../diagnostics.js";
import { BoardError, checkVersion, explainFailure, locateMpremote, startMpremote, type Mpremote } from "../board/mpremote.js";
import { resolvePorts } from "../board/ports.js";
import { boardLayout, findEntry, moduleName, readSettings, settingPorts } from "../board/layout.js";
import { LineRewriter, TracebackMapper } from "../board/traceback.js";

/** write: the board's output as it arrives (default: standard output) */
export type Io = { out: (s: string) => void; err: (s: string) => void; write?: (s: string) => void };

export interface MonitorOptions {
  port?: string[];
  /** false with --no-reset */
  reset?: boolean;
  mpremote?: string;
}

const stdoutWrite = (s: string) => void process.stdout.write(s);

/**
 * --port names the board's serial port. A number there (mpts run --port 8080)
 * is meant as a server's TCP port, which needs no option: say so, rather than
 * look for a serial device named 8080.
 */
export function checkSerialPorts(ports: string[] | undefined): void {
  const tcp = ports?.find((p) => /^\d+$/.test(p));
  if (tcp === undefined) return;
  throw new UsageError(
    `--port ${tcp} is not a serial port: --port names the board's USB serial port, such as /dev/ttyUSB0 or COM3 (or auto, the only board).\n` +
      `A server on the simulated board (mpts run without --port) keeps the port it binds, and the simulator prints where that port is ` +
      `on this computer, such as "[sim] port 80 on the board is 127.0.0.1:8080" (a port below 1024 moves 8000 up; --host opens it to the network).`,
  );
}

export async function monitor(target: string | undefined, options: MonitorOptions, io: Io): Promise<number> {
  const { settings, configDir } = readSettings(target ?? ".");
  let mapper: TracebackMapper | undefined;
  let mainFile = settings.mainFile ?? "main.py";
  try {
    const { rootDir, outDir } = loadProject(target ?? ".");
    const outputs = readOutputs(outDir);
    if (outputs.length === 0)
      io.err(
        `mpts: no build in ${path.relative(process.cwd(), outDir) || "."}: tracebacks show Python lines until mpts build or mpts flash`,
      );
    else {
      let entry: string | undefined;
      try {
        entry = findEntry(outputs, rootDir, settings, configDir);
      } catch (err) {
        if (!(err instanceof UsageError)) throw err;
      }
      const layout = boardLayout(entry ?? mainFile, settings.mainFile);
      mainFile = layout.mainFile;
      mapper = await TracebackMapper.fromOutDir(outDir, layout.toLocal);
    }
  } catch (err) {
    // without a project (no tsconfig.json here) the monitor still shows the output
    if (!(err instanceof UsageError) || target !== undefined) throw err;
    io.err("mpts: no project here (tsconfig.json): tracebacks show Python lines");
  }
  try {
    const m = locateMpremote(options.mpremote);
    await checkVersion(m);
    const ports = await resolvePorts(m, options.port?.length ? options.port : (settingPorts(settings) ?? ["auto"]));
    return await watchBoards(m, ports, moduleName(mainFile), mapper, io, options.reset !== false);
  } catch (err) {
    if (err instanceof BoardError) {
      io.err(`mpts: ${err.message}`);
      return 2;
    }
    throw err;
  }
}

/** The .py files of a build folder, as the last build left them. */
function readOutputs(outDir: string): { path: string; text: string }[] {
  if (!fs.existsSync(outDir)) return [];
  return fs
    .readdirSync(outDir, { recursive: true, encoding: "utf8" })
    .map((rel) => rel.split(path.sep).join("/"))
    .filter((rel) => rel.endsWith(".py") && !rel.split("/").includes("node_modules"))
    .map((rel) => ({ path: rel, text: fs.readFileSync(path.join(outDir, rel), "utf8") }));
}

/** The monitor proper: restart and follow, or (restart false) attach to the running program. */
export async function watchBoards(
  m: Mpremote,
  ports: string[],
  mainModule: string,
  mapper: TracebackMapper | undefined,
  io: Io,
  restart: boolean,
  stop?: AbortSignal,
): Promise<number> {
  if (restart) return followBoards(m, ports, mainModule, mapper, io, stop);
  if (ports.length > 1) throw new BoardError("several", "--no-reset attaches to one board; pass one --port");
  if (!process.stdin.isTTY)
    throw new UsageError(
      "the monitor with --no-reset needs a terminal: it attaches mpremote's repl, which reads the keyboard (Ctrl-] leaves)",
    );
  return attach(m, ports[0], mapper, io);
}

/**
 * Restart the program on each board and show its output until it ends or
 * Ctrl-C. Status: 0 finished or left, 1 the program raised, 2 board trouble.
 */
export async function followBoards(
  m: Mpremote,
  ports: string[],
  mainModule: string,
  mapper: TracebackMapper | undefined,
  io: Io,
  stop?: AbortSignal,
): Promise<number> {
  const many = ports.length > 1;
  io.err(`mpts: restarting the program on ${ports.join(", ")}; Ctrl-C leaves (the board keeps running)`);
  const runs = ports.map((port) => {
    const rw = new LineRewriter(mapper, io.write ?? stdoutWrite, many ? `[${port}] ` : "");
    const run = startMpremote(m, ["connect", port, "soft-reset", "exec", `import ${mainModule}`], { onOutput: (t) => rw.push(t) });
    return { port, run, done: run.done.finally(() => rw.end()) };
  });
  let left = false;
  const onSigint = () => {
    left = true;
    for (const r of runs) r.run.interrupt();
  };
  process.on("SIGINT", onSigint);
  // flash --watch: the next upload needs the serial port
  const onStop = () => {
    left = true;
    for (const r of runs) r.run.interrupt();
  };
  stop?.addEventListener("abort", onStop, { once: true });
  try {
    const results = await Promise.all(runs.map((r) => r.done));
    let status = 0;
    results.forEach((res, i) => {
      const port = runs[i].port;
      if (left || res.interrupted) return;
      if (res.exitCode === 0) io.err(`mpts: the program on ${port} finished`);
      else if (res.stderr.trim()) {
        io.err(`mpts: ${explainFailure(port, res.stderr + res.stdout).message}`);
        status = 2;
      } else {
        io.err(`mpts: the program on ${port} stopped with an exception`);
        status = Math.max(status, 1);
      }
    });
    if (left && !stop?.aborted) io.err(`mpts: left the monitor; the board${many ? "s keep" : " keeps"} running the program`);
    return status;
  } finally {
    process.off("SIGINT", onSigint);
    stop?.removeEventListener("abort", onStop);
  }
}

/** --no-reset: mpremote's repl on this terminal, its output mapped. */
async function attach(m: Mpremote, port: string, mapper: TracebackMapper | undefined, io: Io): Promise<number> {
  // mpremote puts the terminal in raw mode: lines need their \r
  const rw = new LineRewriter(mapper, io.write ?? stdoutWrite, "", "\r\n");
  const res = await startMpremote(m, ["connect", port, "resume", "repl"], { stdin: "inherit", onOutput: (t) => rw.push(t) }).done;
  rw.end();
  if (res.exitCode !== 0 && res.stderr.trim()) {
    io.err(`mpts: ${explainFailure(port, res.stderr + res.stdout).message}`);
    return 2;
  }
  return 0;
}

export interface BoardRunOptions {
  port?: string[];
  mpremote?: string;
}

/** mpts run --port PORT: run on the board from this computer's files, nothing flashed. */
export async function runOnBoard(target: string, options: BoardRunOptions, io: Io): Promise<number> {
  const { settings, configDir } = readSettings(target);
  const result = compile(target);
  const cwd = process.cwd();
  for (const d of result.diagnostics) io.err(formatDiagnostic(d, cwd));
  if (result.diagnostics.some((d) => d.category === "error")) return 1;
  const py = result.files.filter((f) => f.path.endsWith(".py"));
  const entry = findEntry(py, result.rootDir, settings, configDir);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-run-"));
  try {
    for (const f of py) {
      fs.mkdirSync(path.dirname(path.join(dir, f.path)), { recursive: true });
      fs.writeFileSync(path.join(dir, f.path), f.text);
    }
    // the maps name their sources relative to the build folder, wherever the files were written
    const maps = result.files.filter((f) => f.path.endsWith(".py.map")).map((f) => ({ path: f.path.slice(0, -4), map: f.text }));
    const mapper = await TracebackMapper.create(maps, result.outDir);
    const m = locateMpremote(options.mpremote);
    await checkVersion(m);
    const ports = await resolvePorts(m, options.port?.length ? options.port : (settingPorts(settings) ?? ["auto"]));
    if (ports.length !== 1) throw new BoardError("several", "mpts run --port runs the program on one board; pass one port");
    const rw = new LineRewriter(
      mapper,
      io.write ?? stdoutWrite,
      "",
      "\n",
      (line) => !/^Local directory .* is mounted at \/remote$/.test(line),
    );
    const run = startMpremote(m, ["connect", ports[0], "mount", dir, "exec", `import ${moduleName(entry)}`], {
      onOutput: (t) => rw.push(t),
    });
    const onSigint = () => run.interrupt();
    process.on("SIGINT", onSigint);
    const res = await run.done.finally(() => process.off("SIGINT", onSigint));
    rw.end();
    if (res.interrupted) {
      io.err("mpts: stopped the program on the board");
      return 130;
    }
    if (res.exitCode === 0) return 0;
    if (res.stderr.trim()) throw explainFailure(ports[0], res.stderr + res.stdout);
    return 1;
  } catch (err) {
    if (err instanceof BoardError) {
      io.err(`mpts: ${err.message}`);
      return 2;
    }
    throw err;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
