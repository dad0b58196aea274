// mpts test [path]: compile the project with its *.test.ts files and run every
// test, in the simulator (MicroPython on this computer) or, with --port, on
// the board through mpremote (the files served from this computer, nothing
// flashed). One line per test, then `N passed, N failed`. Exit status: 0 all
// passed, 1 a test failed (or the program does not compile), 2 usage or board trouble.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { formatDiagnostic } from "../diagnostics.js";
import { simulate } from "../board/sim/simulate.js";
import { BoardError, checkVersion, explainFailure, locateMpremote, startMpremote } from "../board/mpremote.js";
import { resolvePorts } from "../board/ports.js";
import { readSettings, settingPorts } from "../board/layout.js";
import { TracebackMapper } from "../board/traceback.js";
import { compileTests, runnerModule, type TestBuild } from "../testing/compile.js";
import { TestReport } from "../testing/report.js";

export interface TestOptions {
  /** `--port PORT`: run on that board instead of the simulator */
  port?: string[];
  mpremote?: string;
}

type Io = { out: (s: string) => void; err: (s: string) => void };

export async function runTests(target: string, options: TestOptions, io: Io): Promise<number> {
  const build = compileTests(target);
  const cwd = process.cwd();
  for (const d of build.diagnostics) io.err(formatDiagnostic(d, cwd));
  const errors = build.diagnostics.filter((d) => d.category === "error").length;
  if (errors) {
    io.err(`\n${errors} error${errors === 1 ? "" : "s"}; no test ran.`);
    return 1;
  }
  if (build.tests.length === 0) {
    io.err(`mpts: no test files in ${target}: name them *.test.ts (such as src/main.test.ts)`);
    return 2;
  }
  const maps = build.files.filter((f) => f.path.endsWith(".py.map")).map((f) => ({ path: f.path.slice(0, -4), map: f.text }));
  const mapper = await TracebackMapper.create(maps, build.outDir);
  const report = new TestReport(mapper, new Map(build.tests.map((t) => [t.module, t.source])), io.out);
  const status = options.port?.length ? await onBoard(target, build, report, options, io) : await inSimulator(build, report, mapper, io);
  if (status !== undefined) return status;
  io.out(`${report.passed} passed, ${report.failed} failed`);
  return report.failed ? 1 : 0;
}

/** Run in the simulator; a status when the run could not finish. */
async function inSimulator(build: TestBuild, report: TestReport, mapper: TracebackMapper, io: Io): Promise<number | undefined> {
  const py = build.files.filter((f) => f.path.endsWith(".py"));
  const sim = simulate(py, runnerModule, { onOutput: (text) => report.push(text) });
  let sigints = 0;
  const onSigint = () => {
    if (++sigints === 1) sim.interrupt();
    else void sim.kill();
  };
  process.on("SIGINT", onSigint);
  const { code, error } = await sim.done.finally(() => process.off("SIGINT", onSigint));
  report.end();
  if (sigints || code === 130) {
    io.err("mpts: stopped the tests");
    return 130;
  }
  if (report.finished) return undefined;
  if (error) io.err(mapper.mapText(error.trimEnd()));
  io.err(`mpts: the tests stopped before they all ran (${report.passed} passed, ${report.failed} failed)`);
  return 1;
}

/** Run on the board from a temporary folder that mpremote mounts; a status when the run could not finish. */
async function onBoard(target: string, build: TestBuild, report: TestReport, options: TestOptions, io: Io): Promise<number | undefined> {
  const { settings } = readSettings(target);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-test-"));
  try {
    for (const f of build.files.filter((f) => f.path.endsWith(".py"))) {
      fs.mkdirSync(path.dirname(path.join(dir, f.path)), { recursive: true });
      fs.writeFileSync(path.join(dir, f.path), f.text);
    }
    const m = locateMpremote(options.mpremote);
    await checkVersion(m);
    const ports = await resolvePorts(m, options.port?.length ? options.port : (settingPorts(settings) ?? ["auto"]));
    if (ports.length !== 1) throw new BoardError("several", "mpts test --port runs the tests on one board; pass one port");
    report.skip = (line) => /^Local directory .* is mounted at \/remote$/.test(line); // mpremote's notice
    const run = startMpremote(m, ["connect", ports[0], "mount", dir, "exec", `import ${runnerModule}`], {
      onOutput: (text) => report.push(text),
    });
    const onSigint = () => run.interrupt();
    process.on("SIGINT", onSigint);
    const res = await run.done.finally(() => process.off("SIGINT", onSigint));
    report.end();
    if (res.interrupted) {
      io.err("mpts: stopped the tests on the board");
      return 130;
    }
    if (report.finished) return undefined;
    if (res.exitCode !== 0 && res.stderr.trim()) throw explainFailure(ports[0], res.stderr + res.stdout);
    io.err(`mpts: the tests stopped before they all ran (${report.passed} passed, ${report.failed} failed)`);
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
