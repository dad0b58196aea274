// The board's heap in the simulator's VM, as far as this VM allows.
//
// The VM (MicroPython's WebAssembly port, pyscript variant) grows its heap on
// demand: when an allocation fails it adds a new heap area of up to
// gc_get_max_new_split() bytes, a constant 128 MB in its code, and gc.mem_free()
// counts that constant as free. That function is patched here, at load time, to
// return the board's heap size: an object larger than the board's heap raises
// MemoryError, as on the board, and gc.mem_free() counts the board's heap.
//
// What this cannot do: the VM never collects garbage while a program runs (its
// collector runs only between calls from JavaScript, as a conservative scan of
// WebAssembly's registers is impossible), so the heap keeps growing by areas of
// up to that size; the total of many small live objects is not capped.
// docs/semantics/simulator.md says so.

/** An ESP32 without PSRAM: about 110 KB free after boot (MicroPython's esp32 port). */
export const DEFAULT_BOARD_HEAP = 110 * 1024;

// the whole body of gc_get_max_new_split: no locals, i32.const 134217728 (5-byte LEB128), end
const BODY = [0x08, 0x00, 0x41, 0x80, 0x80, 0x80, 0xc0, 0x00, 0x0b];

/** `bytes` as a 5-byte signed LEB128, the same length as the constant it replaces. */
function leb5(bytes: number): number[] {
  return [0, 7, 14, 21].map((s) => ((bytes >>> s) & 0x7f) | 0x80).concat([(bytes >>> 28) & 0x07]);
}

/** The VM's code with the new-area limit set to `bytes`, or undefined when the code is not the one expected. */
export function patchMaxNewSplit(wasm: Uint8Array, bytes: number): Uint8Array | undefined {
  const buf = Buffer.from(wasm.buffer, wasm.byteOffset, wasm.byteLength);
  const body = Buffer.from(BODY);
  const at = buf.indexOf(body);
  if (at < 0 || buf.indexOf(body, at + 1) >= 0) return undefined;
  const out = new Uint8Array(wasm);
  out.set(leb5(Math.max(0, Math.min(bytes, 0x7fffffff))), at + 3);
  return out;
}

/**
 * While the VM loads, WebAssembly.instantiate gets the patched code. Returns
 * whether the patch applied (a newer VM whose code differs loads unpatched).
 */
export async function withBoardHeap<T>(bytes: number, load: () => Promise<T>): Promise<{ vm: T; patched: boolean }> {
  const original = WebAssembly.instantiate;
  let patched = false;
  const instantiate = (source: unknown, imports?: WebAssembly.Imports) => {
    if (source instanceof Uint8Array || source instanceof ArrayBuffer) {
      const code = patchMaxNewSplit(source instanceof ArrayBuffer ? new Uint8Array(source) : source, bytes);
      if (code) {
        patched = true;
        return original(code, imports);
      }
    }
    return original(source as WebAssembly.Module, imports);
  };
  WebAssembly.instantiate = instantiate as typeof WebAssembly.instantiate;
  try {
    return { vm: await load(), patched };
  } finally {
    WebAssembly.instantiate = original;
  }
}
