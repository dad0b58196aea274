// Runs a sample and the seed's original code in the same simulated world (the
// same peers, the same pins) and records a transcript of what happened: what the
// program printed, every byte each peer received, and the board's events.
import * as fs from "node:fs";
import * as path from "node:path";
import { expect } from "vitest";
import { compile, type OutputFile } from "../../compiler/program.js";
import { simulate } from "../../compiler/board/sim/simulate.js";
import type { SimEvent } from "../../compiler/board/sim/net.js";
import { formatDiagnostic } from "../../compiler/diagnostics.js";

export interface Transcript {
  stdout: string;
  /** bytes each named peer received, as latin1 text */
  received: Record<string, string>;
  /** pin, oled and wifi events, one line each (listen events without the host's random port) */
  events: string[];
  exit: number;
}

export interface Peers {
  /** record bytes a peer received */
  record(peer: string, data: Buffer | string): void;
}

export interface World {
  resolve?: Record<string, string>;
  pins?: Record<string, number>;
  /** simulated sensor readings, as `mpts run --sensor` gives them */
  sensors?: Record<string, Record<string, number[]>>;
  insecureTls?: boolean;
  /** start the world's servers; return where the board's outbound connections go ("address:port" -> local port) */
  start?(peers: Peers): Promise<Record<string, number>>;
  /**
   * Drive a server on the board once it listens on `boardPort` (reachable at host:port). When it
   * resolves the program is interrupted, as a user stops a server, unless it resolves to
   * "ends by itself": then the program is left to finish (an interrupt then would race its cleanup).
   */
  onListen?(listen: { boardPort: number; host: string; port: number; udp: boolean }, peers: Peers): Promise<void | "ends by itself">;
  /** stop the world's servers */
  stop?(): Promise<void>;
  /** how long the program may run before it is interrupted (servers run until their clients are done) */
  timeoutMs?: number;
}

/** Compile a sample project in memory; fails the test on any diagnostic. */
export function compileSample(dir: string): OutputFile[] {
  const r = compile(dir);
  expect(r.diagnostics.map((d) => formatDiagnostic(d, dir))).toEqual([]);
  return r.files;
}

/** The emitted .py files must equal the reviewed snapshots in `<sample>/golden/` (MPTS_UPDATE_GOLDEN=1 rewrites them). */
export function checkGolden(dir: string, files: OutputFile[]): void {
  const goldenDir = path.join(dir, "golden");
  const py = files.filter((f) => f.path.endsWith(".py"));
  if (process.env.MPTS_UPDATE_GOLDEN === "1") {
    fs.rmSync(goldenDir, { recursive: true, force: true });
    for (const f of py) {
      fs.mkdirSync(path.dirname(path.join(goldenDir, f.path)), { recursive: true });
      fs.writeFileSync(path.join(goldenDir, f.path), f.text);
    }
  }
  const expected = fs.existsSync(goldenDir)
    ? fs
        .readdirSync(goldenDir, { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".py"))
        .sort()
    : [];
  expect(py.map((f) => f.path).sort(), "golden files (MPTS_UPDATE_GOLDEN=1 updates them)").toEqual(expected);
  for (const f of py) {
    expect(f.text, `${f.path} differs from its golden snapshot (MPTS_UPDATE_GOLDEN=1 updates it after review)`).toBe(
      fs.readFileSync(path.join(goldenDir, f.path), "utf8"),
    );
  }
}

function describe(e: SimEvent): string | undefined {
  switch (e.kind) {
    case "listen":
      return `${e.udp ? "udp" : "tcp"} listen ${e.boardPort}`;
    case "pin":
      return `pin ${e.pin} = ${e.value}`;
    case "oled":
      return "oled " + JSON.stringify(e.lines);
    case "wifi":
      return "wifi " + e.text;
    default:
      return JSON.stringify(e);
  }
}

/** Run Python files on the simulated board in `world`; `entry` is the module to import. */
export async function runInWorld(files: { path: string; text: string }[], entry: string, world: World): Promise<Transcript> {
  const received: Record<string, string> = {};
  const peers: Peers = {
    record(peer, data) {
      received[peer] = (received[peer] ?? "") + (typeof data === "string" ? data : data.toString("latin1"));
    },
  };
  const routes = (await world.start?.(peers)) ?? {};
  const events: string[] = [];
  let stdout = "";
  const driving: Promise<void>[] = [];
  let sim: ReturnType<typeof simulate> | undefined;
  sim = simulate(files, entry, {
    resolve: world.resolve,
    peers: routes,
    pins: world.pins,
    sensors: world.sensors,
    insecureTls: world.insecureTls,
    onOutput: (t) => {
      stdout += t;
    },
    onEvent: (e) => {
      const line = describe(e);
      if (line) events.push(line);
      if (e.kind === "listen" && world.onListen) {
        driving.push(
          world.onListen(e, peers).then((how) => {
            if (how !== "ends by itself") sim?.interrupt();
          }),
        );
      }
    },
  });
  const timer = setTimeout(() => sim?.interrupt(), world.timeoutMs ?? 10000);
  try {
    const { code, error } = await sim.done;
    await Promise.all(driving);
    if (error) stdout += error;
    return { stdout, received, events, exit: code };
  } finally {
    clearTimeout(timer);
    await world.stop?.();
  }
}

/** Python files of a compiled sample, and its entry module name. */
export function programOf(files: OutputFile[]): { files: { path: string; text: string }[]; entry: string } {
  const py = files.filter((f) => f.path.endsWith(".py"));
  return { files: py, entry: "main" };
}
