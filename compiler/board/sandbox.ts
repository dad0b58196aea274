// Seals the MicroPython WebAssembly VM so that a program reaches what a board
// program reaches and nothing of the computer it runs on.
//
// The pyscript build of MicroPython has two modules, `js` and `jsffi`, that hand
// Python any JavaScript object (globalThis, then `process`). A board has neither.
// Three layers, each enough on its own against an ordinary program:
// 1. The modules are removed from the VM's table of built-in modules, so
//    `import js`, `__import__("js")` and the like raise ImportError as on a board.
// 2. JavaScript never gives Python an object: the simulator's modules talk to the
//    host through a character device (/dev/mpts) that carries JSON text, and the
//    VM's root JavaScript object (what `js` would see) is an empty frozen object.
//    A program that forges a proxy through `uctypes` therefore finds nothing.
// 3. `hardenRealm` (worker thread only) removes the Function constructors, the
//    one route from any JavaScript object back to the realm's globals.
// `mpts run` adds Node's permission model around the whole simulator (run.ts).

/** The loaded VM, as the WebAssembly package returns it (untyped there). */
export interface MicroPythonVm {
  runPython(code: string): unknown;
  FS: {
    writeFile(path: string, data: string | Uint8Array): void;
    mkdirTree(path: string): void;
    makedev(major: number, minor: number): number;
    registerDevice(dev: number, ops: DeviceOps): void;
    mkdev(path: string, dev: number): void;
  };
  globals: { get(name: string): unknown; delete(name: string): void };
  _module: { getValue(ptr: number, type: "i32"): number; setValue(ptr: number, value: number, type: "i32"): void };
}

interface DeviceOps {
  open(): void;
  close(): void;
  read(stream: unknown, buffer: Uint8Array, offset: number, length: number): number;
  write(stream: unknown, buffer: Uint8Array, offset: number, length: number): number;
}

/** The modules of the pyscript build that reach JavaScript. */
const HOST_MODULES = ["js", "jsffi"];

/** Answers one request from the VM: [op, args] in, a JSON reply out. */
export type HostCall = (op: string, args: unknown[]) => string;

/** Path of the device the simulator's Python modules use to reach the host. */
export const HOST_DEVICE = "/dev/mpts";

/** A cleared entry of the module table: where, and the key it had. */
export interface ClearedEntry {
  address: number;
  key: number;
}

/** Seals the VM; returns the module-table entries it cleared (tests undo them to try the other layers). */
export function sealVm(mp: MicroPythonVm, host: HostCall): ClearedEntry[] {
  installHostDevice(mp, host);
  const root = globalThis as { proxy_js_ref?: unknown[] };
  if (!Array.isArray(root.proxy_js_ref)) throw new Error("mpts: this MicroPython build has no proxy table to seal");
  root.proxy_js_ref[0] = Object.freeze(Object.create(null));
  return removeBuiltinModules(mp);
}

/**
 * Requests are a line of JSON (`[op, args]`) written to the device; the reply
 * is read back as `<length>\n<json>`. Only text crosses: no JavaScript object
 * ever reaches Python.
 */
function installHostDevice(mp: MicroPythonVm, host: HostCall): void {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  let request: Uint8Array[] = [];
  let reply: Uint8Array = new Uint8Array(0);
  const answer = (line: string): string => {
    try {
      const parsed: unknown = JSON.parse(line);
      if (!Array.isArray(parsed) || typeof parsed[0] !== "string" || !Array.isArray(parsed[1])) {
        return JSON.stringify({ error: "bad request", errno: 22 });
      }
      return host(parsed[0], parsed[1]);
    } catch {
      return JSON.stringify({ error: "bad request", errno: 22 });
    }
  };
  const dev = mp.FS.makedev(64, 0);
  mp.FS.registerDevice(dev, {
    open() {},
    close() {},
    read(_stream, buffer, offset, length) {
      const n = Math.min(length, reply.length);
      buffer.set(reply.subarray(0, n), offset);
      reply = reply.subarray(n);
      return n;
    },
    write(_stream, buffer, offset, length) {
      const chunk = buffer.slice(offset, offset + length);
      request.push(chunk);
      if (chunk[chunk.length - 1] === 10) {
        const line = decoder.decode(concat(request));
        request = [];
        const body = encoder.encode(answer(line));
        reply = concat([encoder.encode(body.length + "\n"), body]);
      }
      return length;
    },
  });
  mp.FS.mkdev(HOST_DEVICE, dev);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The built-in module table is constant data in the VM's memory: pairs of
 * (name, module object). The key of each host module's entry is cleared, so the
 * import machinery no longer finds it. The module objects' addresses come from
 * `id()`, and the table lies below any heap object.
 */
function removeBuiltinModules(mp: MicroPythonVm): ClearedEntry[] {
  mp.runPython(
    `import ${HOST_MODULES.join(", ")}\n_mpts_ids = " ".join(str(i) for i in [${HOST_MODULES.map((m) => `id(${m})`).join(", ")}, id([])])\ndel ${HOST_MODULES.join(", ")}`,
  );
  const ids = String(mp.globals.get("_mpts_ids")).split(" ").map(Number);
  mp.globals.delete("_mpts_ids");
  const heapObject = ids.pop()!;
  const mem = mp._module;
  const cleared: ClearedEntry[] = [];
  for (let p = 4; p < heapObject; p += 4) {
    const value = mem.getValue(p, "i32");
    if (!ids.includes(value)) continue;
    const key = mem.getValue(p - 4, "i32");
    // an interned name (qstr) as an object: low three bits 0b010
    if ((key & 7) === 2) {
      mem.setValue(p - 4, 0, "i32");
      cleared.push({ address: p - 4, key });
    }
  }
  if (cleared.length < ids.length) throw new Error("mpts: could not remove the js modules from this MicroPython build");
  mp.runPython(
    `for _m in (${HOST_MODULES.map((m) => JSON.stringify(m)).join(", ")},):\n    try:\n        __import__(_m)\n    except ImportError:\n        pass\n    else:\n        raise SystemExit("mpts: module " + _m + " still importable")\ndel _m`,
  );
  return cleared;
}

/**
 * Removes the Function constructors of this realm (plain, async, generator,
 * async generator): from any JavaScript object they lead back to globalThis.
 * Only for the simulator's worker thread, which runs nothing but the VM.
 */
export function hardenRealm(): void {
  const kinds = [function () {}, async function () {}, function* () {}, async function* () {}];
  for (const fn of kinds) {
    Object.defineProperty(Object.getPrototypeOf(fn), "constructor", { value: undefined, writable: false, configurable: false });
  }
  for (const name of ["eval", "Function"]) {
    Object.defineProperty(globalThis, name, { value: undefined, writable: false, configurable: false });
  }
}
