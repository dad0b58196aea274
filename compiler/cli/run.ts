// mpts run [path]: compile and run the program on the simulated board on this
// computer: MicroPython with real sockets, pins in memory, OLED text in the log.
import * as path from "node:path";
import { compile, UsageError } from "../program.js";
import { isRuntimeFile } from "../runtime/helpers.js";
import { formatDiagnostic } from "../diagnostics.js";
import { runSandboxed } from "../board/sim/sandboxed.js";
import { runWatching } from "./run-watch.js";
import { runOnBoard } from "./monitor.js";
import { parseSchedule, type PinStep } from "../board/sim/pin-inputs.js";
import { hideSimulatorFrames } from "../board/sim/sim-traceback.js";
import { simulatorFiles } from "../board/sim/simulate.js";
import { TracebackMapper } from "../board/traceback.js";
import { parseSensors, type SensorReadings } from "../board/sim/sensors.js";

export interface RunOptions {
  /** `--pin N=V`: input levels */
  pin?: string[];
  /** `--heap SIZE`: the board's heap (110K, 4M, or bytes) */
  heap?: string;
  /** `--sockets N`: how many sockets the board can have open at once */
  sockets?: string;
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
    if (spec.includes("@")) continue;
    const m = /^(\w+)=(\d+)$/.exec(spec);
    if (!m) throw new UsageError(`--pin ${spec}: expected N=V, such as --pin 4=1, or N=V@TIME,V@TIME..., such as --pin 4=0@0,1@2s`);
    pins[m[1]] = Number(m[2]);
  }
  return pins;
}

/** `--pin 4=0@0,1@2s`: levels over time, ms from the program's start (see pin-inputs.ts). */
export function parsePinSchedules(specs: string[] | undefined): Record<string, PinStep[]> {
  const schedules: Record<string, PinStep[]> = {};
  for (const spec of specs ?? []) {
    if (!spec.includes("@")) continue;
    const m = /^(\w+)=(.*)$/.exec(spec);
    if (!m) throw new UsageError(`--pin ${spec}: expected N=V@TIME,V@TIME..., such as --pin 4=0@0,1@2s`);
    try {
      schedules[m[1]] = parseSchedule(m[2]);
    } catch (e) {
      throw new UsageError(`--pin ${spec}: ${(e as Error).message}`);
    }
  }
  return schedules;
}

/** `--heap 110K`, `4M`, `200000`: bytes (K and M are 1024 and 1024 * 1024). */
export function parseHeap(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)([KkMm]?)$/.exec(text);
  const bytes = m ? Math.round(Number(m[1]) * (/k/i.test(m[2]) ? 1024 : /m/i.test(m[2]) ? 1024 * 1024 : 1)) : NaN;
  if (!(bytes >= 16 * 1024 && bytes <= 1024 * 1024 * 1024))
    throw new UsageError(`--heap ${text}: expected a size from 16K to 1024M, such as --heap 4M or --heap 200K`);
  return bytes;
}

function parseSockets(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(text)) throw new UsageError(`--sockets ${text}: expected a number of sockets, such as --sockets 16`);
  return Number(text);
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
  const simulated = {
    sensors: sensorOptions(options.sensor),
    pinSchedule: parsePinSchedules(options.pin),
    maxSockets: parseSockets(options.sockets),
    boardHeap: parseHeap(options.heap),
  };
  if (options.watch) return runWatching(target, { bindHost: options.host, pins, insecureTls: options.insecureTls, ...simulated }, io);
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
    options: { bindHost: options.host, pins, insecureTls: options.insecureTls, ...simulated },
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
    if (error) io.err(await boardTraceback(error.trimEnd(), result.files, result.outDir));
    return code;
  } finally {
    process.off("SIGINT", onSigint);
  }
}

/**
 * A traceback as `mpts monitor` shows a board's: without the simulator's own
 * modules' frames (a board has them built in), each frame at its TypeScript
 * file, line and column with the TypeScript line under it.
 */
export async function boardTraceback(text: string, files: { path: string; text: string }[], outDir: string): Promise<string> {
  const program = new Set(files.map((f) => f.path));
  const simulator = new Set(
    simulatorFiles()
      .map((f) => f.path)
      .filter((p) => !program.has(p)),
  );
  const maps = files.filter((f) => f.path.endsWith(".py.map")).map((f) => ({ path: f.path.slice(0, -4), map: f.text }));
  const mapper = await TracebackMapper.create(maps, outDir);
  return mapper.mapText(hideSimulatorFrames(text, (file) => simulator.has(file)));
}

export function pickEntry(paths: string[]): string | undefined {
  const candidates = paths.filter((p) => !isRuntimeFile(p));
  return candidates.find((p) => path.basename(p) === "main.py") ?? (candidates.length === 1 ? candidates[0] : undefined);
}
