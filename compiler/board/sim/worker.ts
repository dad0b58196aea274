// The simulated board: MicroPython runs on this worker thread, so that the host
// thread stays free to serve its sockets, pins and Ctrl-C.
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import { RpcClient } from "./rpc.js";
import { hardenRealm, sealVm, type MicroPythonVm } from "../sandbox.js";
import { withCollectingVm } from "./gc-vm.js";
import { SIM_MODULES_HEAP } from "./board-heap.js";

export interface WorkerInput {
  port: MessagePort;
  shared: SharedArrayBuffer;
  /** the board's heap: the VM's fixed heap (plus SIM_MODULES_HEAP), collected as the program runs (see gc-vm.ts) */
  boardHeap: number;
}

/** The program comes after the VM is ready (a simulator can be started before the program is known). */
export interface WorkerProgram {
  files: { path: string; text: string }[];
  entry: string;
  /** the modules the program imports that are not its own (board-imports.ts) */
  boardModules: string[];
}

export type WorkerMessage = { type: "out"; text: string } | { type: "exit"; code: number; error?: string };

const input = workerData as WorkerInput;
const client = new RpcClient(input.port, input.shared);
let interrupted = false;
const host = (op: string, args: unknown[]): string => {
  const reply = client.call(op, args);
  if ("interrupted" in reply) interrupted = true;
  return JSON.stringify(reply);
};

const post = (m: WorkerMessage) => parentPort!.postMessage(m);
const mp = await withCollectingVm<MicroPythonVm>(() =>
  loadMicroPython({
    heapsize: input.boardHeap + SIM_MODULES_HEAP,
    stdout: (line: string) => post({ type: "out", text: line + "\n" }),
    stderr: (line: string) => post({ type: "out", text: line + "\n" }),
  }),
);
sealVm(mp, host);
hardenRealm();
const program = await new Promise<WorkerProgram>((resolve) => parentPort!.once("message", resolve));
for (const f of program.files) {
  const dir = f.path.split("/").slice(0, -1).join("/");
  if (dir) mp.FS.mkdirTree("/" + dir);
  mp.FS.writeFile("/" + f.path, f.text);
}
try {
  // the board collects when its heap is full; the VM's start set a threshold of 16 KB allocated
  mp.runPython("import gc\ngc.threshold(-1)\ndel gc");
  // input() reads the host's console (the VM's own would wait forever)
  mp.runPython(
    `import builtins\ndef _input(prompt=""):\n    from socket import _host\n    line = _host("input", [prompt])\n    if line is None:\n        raise EOFError\n    return line\nbuiltins.input = _input\ndel _input`,
  );
  mp.runPython(
    `import sys\nfor _m in [m for m in sys.modules if m == "asyncio" or m.startswith("asyncio.")]:\n    sys.modules.pop(_m)`,
  );
  // The board's modules the program imports, in flash on a board, take heap here: they are
  // imported first, and what is left above the board's heap is held back, so that the program
  // starts with the board's free memory (board-imports.ts)
  mp.runPython(
    [
      "import gc, sys",
      "_m = None",
      `for _m in ${JSON.stringify(program.boardModules)}:`,
      "    try:",
      "        __import__(_m)",
      "    except ImportError:",
      "        pass",
      "gc.collect()",
      `_extra = gc.mem_free() - ${input.boardHeap}`,
      'sys.modules["_mpts_held_heap"] = bytearray(_extra) if _extra > 0 else b""',
      "del _m, _extra, gc, sys",
    ].join("\n"),
  );
  mp.runPython(`import ${program.entry}`);
  post({ type: "exit", code: 0 });
} catch (err) {
  const message = err instanceof Error ? err.message : String(err);
  // sys.exit(n) ends the program with status n, as on the board's REPL-less run
  const exit = /SystemExit: (\d+)\s*$/.exec(message) ?? (/SystemExit\s*$/.test(message) ? [, "0"] : null);
  const stopped = interrupted || /KeyboardInterrupt/.test(message);
  if (exit) post({ type: "exit", code: Number(exit[1]) });
  else post({ type: "exit", code: stopped ? 130 : 1, error: stopped ? undefined : message });
}
