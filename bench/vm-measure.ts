// Running a program (a set of .py files with an entry module) in the MicroPython
// WebAssembly VM to measure the time and the heap its import takes.
//
// Heap: bytes allocated while importing the entry module in a fresh VM, with the
// collector off (gc.mem_alloc() after minus before), so every allocation counts,
// garbage included: compiling the sources, the runtime helpers' module, and what the
// program allocates as it runs. It is deterministic, so one run gives it. A fresh VM
// counts what a board pays on its first import, such as the interned names.
//
// Time: host clock around the import (the VM's ticks_us only counts milliseconds),
// in one VM shared by the two programs being compared, after warm-up runs of each,
// runs interleaved (a b a b ...) so that both see the same machine, collector on; each run forgets
// the modules the previous one imported, so it compiles and runs everything again.
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

export interface PyFile {
  path: string;
  text: string;
}

// The heap run keeps the collector off, so it needs room for everything a run allocates;
// the timed runs get a heap nearer a board's (an ESP32 without PSRAM has ~110 KB free), so
// that allocating costs the collections it would cost there.
const heapForAlloc = 64 * 1024 * 1024;
const heapForTime = 256 * 1024;

async function vm(out: { text: string }, heapsize: number) {
  return loadMicroPython({ heapsize, stdout: (l: string) => (out.text += l + "\n") });
}

function install(mp: Awaited<ReturnType<typeof vm>>, dir: string, files: PyFile[]) {
  mp.FS.mkdir(dir);
  for (const f of files) mp.FS.writeFile(`${dir}/${f.path}`, f.text);
}

/** Bytes allocated by `import entry` in a fresh VM, and what the program printed. */
export async function heapOf(files: PyFile[], entry: string): Promise<{ alloc: number; out: string }> {
  const out = { text: "" };
  const mp = await vm(out, heapForAlloc);
  install(mp, "/p", files);
  mp.runPython(`import gc, sys\nsys.path.insert(0, "/p")\ngc.collect()\ngc.disable()\n_a0 = gc.mem_alloc()`);
  mp.runPython(`import ${entry}`);
  mp.runPython(`_a1 = gc.mem_alloc()\nprint("MPTS_BENCH", _a1 - _a0)`);
  const m = /MPTS_BENCH (\d+)\n$/.exec(out.text);
  if (!m) throw new Error("no heap measurement: " + out.text);
  return { alloc: Number(m[1]), out: out.text.slice(0, m.index) };
}

// CPU time of this process rather than wall time: the VM runs on this thread, and on a
// shared machine wall time mostly measures the other processes (runs of the same program
// varied 4x in wall time, far less in CPU time). BENCH_CLOCK=wall gives wall time.
function clock(): number {
  if (process.env.BENCH_CLOCK === "wall") return Number(process.hrtime.bigint()) / 1000;
  const u = process.cpuUsage();
  return u.user + u.system;
}

/** Microseconds per import of each program: `runs` interleaved runs in one VM, after a warm-up. */
export async function timesOf(programs: PyFile[][], entry: string, runs: number): Promise<number[][]> {
  const out = { text: "" };
  const mp = await vm(out, heapForTime);
  programs.forEach((files, i) => install(mp, `/p${i}`, files));
  mp.runPython(`import gc, sys\nsys.path.insert(0, "")\n_base = set(sys.modules)`);
  const once = (i: number): number => {
    mp.runPython(
      `sys.path[0] = "/p${i}"\nfor _k in [k for k in sys.modules if k not in _base]:\n    del sys.modules[_k]\ngc.collect()`,
    );
    const t0 = clock();
    mp.runPython(`import ${entry}`);
    const t1 = clock();
    out.text = "";
    return t1 - t0;
  };
  // warm-up: V8 compiles the VM's hot functions again, optimised, in background threads
  // whose CPU time would count; three runs each and half a second at least
  let warm = 0;
  for (let w = 0; w < 3 || warm < 500_000; w++) programs.forEach((_, i) => (warm += once(i)));
  const times: number[][] = programs.map(() => []);
  for (let r = 0; r < runs; r++) programs.forEach((_, i) => times[i].push(once(i)));
  return times;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
