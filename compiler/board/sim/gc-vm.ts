// The simulator's VM with the board's fixed heap and a collector that runs while
// the program runs, as on the board.
//
// The npm VM (MicroPython's WebAssembly port, pyscript variant) never collects
// while Python runs: WebAssembly's locals are invisible to a conservative scan,
// so it grows its heap instead. vm/micropython-gc.wasm is that same VM rewritten
// (vm/build.sh, vm/README.md): its heap never grows, and gc_collect() calls the
// host (mpts_gc). The host unwinds the WebAssembly stack into memory (Binaryen's
// asyncify), so that every live pointer sits in memory; marks the unwound
// locals and the C stack; sweeps; and rewinds the program where it stopped.
// JavaScript's code (micropython.mjs) is the npm package's own: only the binary
// it instantiates differs.
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { packageRoot } from "../../paths.js";

/** sha256 of the npm package's micropython.wasm that vm/micropython-gc.wasm was made from */
const NPM_WASM_SHA256 = fs.readFileSync(path.join(packageRoot, "vm/npm-wasm.sha256"), "utf8").trim();

// room for the unwound locals of the deepest stack (asyncify traps if it overflows)
const UNWIND_BYTES = 256 * 1024;

interface GcExports {
  memory: WebAssembly.Memory;
  malloc(n: number): number;
  asyncify_start_unwind(data: number): void;
  asyncify_stop_unwind(): void;
  asyncify_start_rewind(data: number): void;
  asyncify_stop_rewind(): void;
  emscripten_stack_get_current(): number;
  emscripten_stack_get_base(): number;
  mpts_gc_start(): void;
  mpts_mark(ptrs: number, count: number): void;
  mpts_gc_end(): void;
}

const NORMAL = 0;
const UNWINDING = 1;
const REWINDING = 2;

/** Exports that trampoline: a call that unwound to collect is collected, then rewound, until it returns. */
function collecting(ex: GcExports & Record<string, unknown>, host: { depth: number; state: number; data: number }) {
  const collect = () => {
    const heap = new Int32Array(ex.memory.buffer);
    const sp = ex.emscripten_stack_get_current();
    ex.mpts_gc_start();
    ex.mpts_mark(host.data + 8, (heap[host.data >> 2] - (host.data + 8)) >> 2);
    ex.mpts_mark(sp, (ex.emscripten_stack_get_base() - sp) >> 2);
    ex.mpts_gc_end();
  };
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(ex)) {
    if (typeof value !== "function" || name.startsWith("asyncify_") || name.startsWith("mpts_")) {
      out[name] = value;
      continue;
    }
    const f = value as (...args: unknown[]) => unknown;
    out[name] = (...args: unknown[]) => {
      host.depth++;
      try {
        let result = f(...args);
        while (host.state === UNWINDING) {
          ex.asyncify_stop_unwind();
          host.state = NORMAL;
          collect();
          host.state = REWINDING;
          ex.asyncify_start_rewind(host.data);
          result = f(...args);
        }
        return result;
      } finally {
        host.depth--;
      }
    };
  }
  return out;
}

/**
 * While the VM loads, WebAssembly.instantiate gets vm/micropython-gc.wasm in
 * place of the npm package's binary. Throws if the npm binary is not the one
 * it was made from (a newer package needs vm/build.sh again).
 */
export async function withCollectingVm<T>(load: () => Promise<T>): Promise<T> {
  const original = WebAssembly.instantiate;
  const instantiate = async (source: unknown, imports?: WebAssembly.Imports) => {
    if (!(source instanceof Uint8Array || source instanceof ArrayBuffer)) {
      return original(source as WebAssembly.Module, imports);
    }
    const bytes = source instanceof ArrayBuffer ? new Uint8Array(source) : source;
    const sha = crypto.createHash("sha256").update(bytes).digest("hex");
    if (sha !== NPM_WASM_SHA256) {
      throw new Error(`mpts: the installed MicroPython VM is not the one vm/micropython-gc.wasm was made from (run vm/build.sh)`);
    }
    const host = { depth: 0, state: NORMAL, data: 0 };
    let ex: (GcExports & Record<string, unknown>) | undefined;
    const env = { ...(imports?.env as Record<string, unknown>) };
    env.mpts_gc = () => {
      if (host.state === REWINDING) {
        host.state = NORMAL;
        ex!.asyncify_stop_rewind();
        return;
      }
      // JavaScript called back into Python: its frame cannot be unwound, so no collection now
      if (host.depth !== 1) return;
      if (!host.data) host.data = ex!.malloc(UNWIND_BYTES + 8);
      const heap = new Int32Array(ex!.memory.buffer);
      heap[host.data >> 2] = host.data + 8;
      heap[(host.data >> 2) + 1] = host.data + 8 + UNWIND_BYTES;
      host.state = UNWINDING;
      ex!.asyncify_start_unwind(host.data);
    };
    const code = fs.readFileSync(path.join(packageRoot, "vm/micropython-gc.wasm"));
    const result = await original(code, { ...imports, env: env as WebAssembly.ModuleImports });
    ex = result.instance.exports as unknown as GcExports & Record<string, unknown>;
    return { module: result.module, instance: { exports: collecting(ex, host) } as unknown as WebAssembly.Instance };
  };
  WebAssembly.instantiate = instantiate as typeof WebAssembly.instantiate;
  try {
    return await load();
  } finally {
    WebAssembly.instantiate = original;
  }
}
