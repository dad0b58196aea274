// Runs a compiled program on the simulated board: MicroPython in a worker
// thread, with the simulator's modules (socket, network, machine, mpython,
// time, asyncio) installed and their hardware served from this thread.
import { Worker } from "node:worker_threads";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { simulatorDir } from "../../paths.js";
import { ConsoleInput } from "./stdin.js";
import { RpcServer, type RpcReply, type RpcRequest } from "./rpc.js";
import { NetHost, type SimEvent } from "./net.js";
import { BoardHost } from "./board.js";
import { PinInputs, type PinStep } from "./pin-inputs.js";
import { DEFAULT_BOARD_HEAP } from "./board-heap.js";
import type { SensorReadings } from "./sensors.js";
import type { WorkerInput, WorkerMessage, WorkerProgram } from "./worker.js";
import { boardImports } from "./board-imports.js";

export interface SimulateOptions {
  /** address a board-side 0.0.0.0 binds to; 127.0.0.1 unless the user says otherwise */
  bindHost?: string;
  /** host names answered locally (tests) */
  resolve?: Record<string, string>;
  /** test peers: "address:port" the board connects to -> the local port that really answers */
  peers?: Record<string, number>;
  /** what `input()` reads: this computer's terminal (process.stdin) or fixed lines; none means end of input */
  stdin?: NodeJS.ReadableStream | string[];
  /** initial input pin levels (`--pin 4=1`) */
  pins?: Record<string, number>;
  /** input levels that change during the run (`--pin 4=0@0,1@2s`); ms from the program's start */
  pinSchedule?: Record<string, PinStep[]>;
  /** how many sockets may be open at once (default: an ESP32's 10) */
  maxSockets?: number;
  /** sensor readings (`--sensor dht:4=21.5,40`, see sensors.ts); defaults when none */
  sensors?: SensorReadings;
  /** TLS clients accept any server certificate (tests with self-signed ones); verified otherwise */
  insecureTls?: boolean;
  /** the board's heap in bytes (`mpts run --heap 4M`): the VM's fixed heap, collected as on the board; default an ESP32's */
  boardHeap?: number;
  onOutput?: (text: string) => void;
  onEvent?: (event: SimEvent) => void;
}

export interface Simulation {
  /** resolves with the program's exit status: 0 ended, 1 raised, 130 interrupted */
  done: Promise<{ code: number; error?: string }>;
  /** Ctrl-C: raises KeyboardInterrupt in the program at its next blocking call */
  interrupt(): void;
  /** stop at once */
  kill(): Promise<void>;
  /** the board's hardware as the program left it (output pins, OLED text) */
  board: BoardHost;
}

/** The Python modules that make the VM a board. */
export function simulatorFiles(): { path: string; text: string }[] {
  const read = (f: string) => fs.readFileSync(path.join(simulatorDir, f), "utf8");
  const files = [
    { path: "socket.py", text: read("socket.py") },
    { path: "usocket.py", text: "from socket import *\nfrom socket import _call\n" },
    { path: "time.py", text: read("sim_time.py") },
  ];
  for (const f of fs.readdirSync(path.join(simulatorDir, "asyncio"))) {
    if (f.endsWith(".py")) files.push({ path: "asyncio/" + f, text: read("asyncio/" + f) });
  }
  // the firmware's frozen MQTT client and HTTP library, reimplemented over the simulator's sockets
  for (const f of ["umqtt/simple.py", "umqtt/robust.py", "requests/__init__.py", "urequests.py"]) files.push({ path: f, text: read(f) });
  for (const extra of ["network.py", "machine.py", "mpython.py", "ssl.py"]) {
    if (fs.existsSync(path.join(simulatorDir, extra))) files.push({ path: extra, text: read(extra) });
  }
  files.push({ path: "umachine.py", text: "from machine import *\n" });
  // the firmware's frozen drivers (neopixel, dht, onewire, ds18x20...), simulated
  for (const f of fs.readdirSync(path.join(simulatorDir, "drivers"))) {
    if (f.endsWith(".py")) files.push({ path: f, text: read("drivers/" + f) });
  }
  return files;
}

function workerUrl(): { url: URL; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith(".ts")) return { url: new URL("./worker-dev.mjs", import.meta.url), execArgv: [] };
  // bundled: dist/cli.js sits next to dist/sim-worker.js
  return { url: new URL("./sim-worker.js", import.meta.url), execArgv: [] };
}

export function simulate(program: { path: string; text: string }[], entry: string, options: SimulateOptions = {}): Simulation {
  const sim = prepareSimulation(options);
  sim.start(program, entry);
  return sim;
}

/** A simulation whose VM loads now and whose program comes later (a restart waits only for the program to run). */
export interface PreparedSimulation extends Simulation {
  start(program: { path: string; text: string }[], entry: string): void;
}

export function prepareSimulation(options: SimulateOptions = {}): PreparedSimulation {
  const bindHost = options.bindHost ?? "127.0.0.1";
  const log = (e: SimEvent) => options.onEvent?.(e);
  const net = new NetHost({
    bindHost,
    resolve: options.resolve,
    peers: options.peers,
    log,
    insecureTls: options.insecureTls,
    maxSockets: options.maxSockets,
  });
  // a terminal (not fixed lines) can also type `pin N V` during the run
  const typed = options.stdin !== undefined && !Array.isArray(options.stdin);
  const inputs = new PinInputs(options.pins, options.pinSchedule, typed);
  let finish: (r: { code: number; error?: string }) => void = () => {};
  const board = new BoardHost({
    bindHost,
    inputs,
    sensors: options.sensors,
    log,
    // the program waits for an answer that never comes; let its last output arrive, then end
    onReset: () => setTimeout(() => finish({ code: 0 }), 50),
  });
  const consoleInput = new ConsoleInput(
    options.stdin,
    (text) => options.onOutput?.(text),
    (line) => {
      const m = /^\s*pin\s+(\w+)\s+(\d+)\s*$/.exec(line);
      if (m) inputs.set(m[1], Number(m[2]));
      return m !== null;
    },
  );
  const handle = async (req: RpcRequest, signal: AbortSignal): Promise<RpcReply> => {
    if (req.op === "input") return consoleInput.read(String(req.args[0] ?? ""));
    return board.handles(req.op) ? board.handle(req.op, req.args) : net.handle(req.op, req.args, signal);
  };
  const rpc = new RpcServer(handle);
  const { url, execArgv } = workerUrl();
  const input: WorkerInput = {
    port: rpc.workerPort,
    shared: rpc.shared,
    boardHeap: options.boardHeap ?? DEFAULT_BOARD_HEAP,
  };
  const worker = new Worker(url, { workerData: input, transferList: [rpc.workerPort], execArgv });
  const done = new Promise<{ code: number; error?: string }>((resolve) => {
    let finished = false;
    finish = (r) => {
      if (!finished) {
        finished = true;
        resolve(r);
      }
    };
    worker.on("message", (m: WorkerMessage) => {
      if (m.type === "out") options.onOutput?.(m.text);
      else if (!finished) {
        finished = true;
        resolve({ code: m.code, error: m.error });
      }
    });
    worker.on("error", (err) => {
      if (!finished) {
        finished = true;
        resolve({ code: 1, error: String(err) });
      }
    });
    worker.on("exit", () => {
      if (!finished) {
        finished = true;
        resolve({ code: 1, error: "the simulator stopped unexpectedly" });
      }
    });
  }).finally(() => {
    consoleInput.close();
    net.closeAll();
    board.close();
    rpc.close();
    void worker.terminate();
  });
  return {
    start: (program, entry) => {
      if (typed) consoleInput.listen();
      worker.postMessage({ files: [...simulatorFiles(), ...program], entry, boardModules: boardImports(program) } satisfies WorkerProgram);
    },
    done,
    interrupt: () => rpc.interrupt(),
    kill: async () => {
      await worker.terminate();
      net.closeAll();
      board.close();
      rpc.close();
    },
    board,
  };
}
