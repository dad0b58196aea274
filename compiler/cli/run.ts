// mpts run [path]: compile and run the program on the simulated board on this
// computer: MicroPython with real sockets, pins in memory, OLED text in the log.
import * as path from "node:path";
import { compile, UsageError } from "../program.js";
import { formatDiagnostic } from "../diagnostics.js";
import { runSandboxed } from "../board/sim/sandboxed.js";
import { runWatching } from "./run-watch.js";
import { runOnBoard } from "./monitor.js";
import { parseSensors, type SensorReadings } from "../board/sim/sensors.js";

export interface RunOptions {
  /** `--pin N=V`: input levels */
  pin?: string[];
  /** `--sensor KIND:PIN=V,...`: sensor readings (compiler/board/sim/sensors.ts) */
  sensor?: string[];
  /** `--host ADDR`: where a board-side 0.0.0.0 binds (default 127.0.0.1) */
  host?: string;
  /** `--insecure-tls`: TLS clients accept any server certificate (a local server with a self-signed one) */
  insecureTls?: boolean;
  /** `--watch`: rebuild on every save and restart the program */
  watch?: boolean;
  /** `--port PORT`: run on that board through mpremote instead of the simulator */
  port?: string[];
  mpremote?: string;
}

type Io = { out: (s: string) => void; err: (s: string) => void };

export function parsePins(specs: string[] | undefined): Record<string, number> {
  const pins: Record<string, number> = {};
  for (const spec of specs ?? []) {
    const m = /^(\w+)=(\d+)$/.exec(spec);
    if (!m) throw new UsageError(`--pin ${spec}: expected N=V, such as --pin 4=1`);
    pins[m[1]] = Number(m[2]);
  }
  return pins;
}

/** `--sensor` options as readings; a malformed one is a usage error saying what to write. */
function sensorOptions(specs: string[] | undefined): SensorReadings {
  try {
    return parseSensors(specs);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export async function run(target: string, options: RunOptions, io: Io): Promise<number> {
  if (options.port?.length) return runOnBoard(target, options, io);
  const pins = parsePins(options.pin);
  const sensors = sensorOptions(options.sensor);
  if (options.watch) return runWatching(target, { bindHost: options.host, pins, insecureTls: options.insecureTls, sensors }, io);
  const result = compile(target);
  const cwd = process.cwd();
  for (const d of result.diagnostics) io.err(formatDiagnostic(d, cwd));
  if (result.diagnostics.some((d) => d.category === "error")) return 1;
  const py = result.files.filter((f) => f.path.endsWith(".py"));
  const entry = pickEntry(py.map((f) => f.path));
  if (!entry) {
    io.err("mpts: no entry module; name it main.ts");
    return 2;
  }
  const sim = runSandboxed({
    files: py,
    entry: entry.replace(/\.py$/, "").split("/").join("."),
    options: { bindHost: options.host, pins, insecureTls: options.insecureTls, sensors },
  });
  // Ctrl-C raises KeyboardInterrupt at the program's next sleep or socket call;
  // a second one stops a program that never gets there (a busy loop)
  let sigints = 0;
  const onSigint = () => {
    if (++sigints === 1) sim.interrupt();
    else sim.kill();
  };
  process.on("SIGINT", onSigint);
  try {
    const { code, error } = await sim.done;
    if (sigints > 1) return 130;
    if (error) io.err(error.trimEnd());
    return code;
  } finally {
    process.off("SIGINT", onSigint);
  }
}

export function pickEntry(paths: string[]): string | undefined {
  const candidates = paths.filter((p) => p !== "mpts_rt.py");
  return candidates.find((p) => path.basename(p) === "main.py") ?? (candidates.length === 1 ? candidates[0] : undefined);
}
