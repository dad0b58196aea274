// npm run bench (emitted code): for every sample, the emitted .py size against
// the seed's original code, and for a CPU-bound set written twice (TypeScript
// compiled by mpts, and hand-written MicroPython), time, heap allocated and size,
// measured in the same run (how: bench/vm-measure.ts, bench/pysize.ts). Writes
// bench/results/emit.json. BENCH_ONLY=a,b limits the CPU set to those programs.
// Without BENCH_ONLY it also prints the runtime weight (bench/runtime-weight.ts).
import * as fs from "node:fs";
import * as path from "node:path";
import { compile } from "../compiler/program.js";
import { isRuntimeFile, runtimeFileNames } from "../compiler/runtime/helpers.js";
import { codeSize } from "./pysize.js";
import { heapOf, median, timesOf, type PyFile } from "./vm-measure.js";
import { runtimeWeight } from "./runtime-weight.js";

export { codeSize };

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const runs = Math.max(7, Number(process.env.BENCH_RUNS ?? 15));
const only = process.env.BENCH_ONLY?.split(",").filter(Boolean);

/** The goals of issue 11: mpts / hand-written at most these. */
export const goals = { time: 1.05, heap: 1.05, size: 1.15 };

export interface CpuRow {
  name: string;
  mptsUs: number;
  handUs: number;
  time: number;
  mptsAlloc: number;
  handAlloc: number;
  heap: number;
  mptsBytes: number; // program + mpts_rt.py, code bytes: what the board compiles when the program starts
  runtimeBytes: number; // of which mpts_rt.py
  slowBytes: number; // mpts_rt_slow.py: in flash, compiled only when a rare path is first taken
  handBytes: number;
  size: number; // mptsBytes / handBytes
  flash: number; // (mptsBytes + slowBytes) / handBytes
}

/** The compiled program's .py files, the entry module renamed prog.py. */
export function compiledCpu(name: string): PyFile[] {
  const dir = path.join(root, "bench/cpu");
  const r = compile(path.join(dir, name + ".ts"), path.join(root, "bench/results/out"));
  if (r.diagnostics.length) throw new Error(`${name}: ${r.diagnostics.map((d) => d.message).join("; ")}`);
  return r.files
    .filter((f) => f.path.endsWith(".py"))
    .map((f) => (f.path === name + ".py" ? { path: "prog.py", text: f.text } : { path: f.path, text: f.text }));
}

export function cpuNames(): string[] {
  return fs
    .readdirSync(path.join(root, "bench/cpu"))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => f.slice(0, -3))
    .filter((n) => !only || only.includes(n))
    .sort();
}

const ratio = (a: number, b: number) => +(a / b).toFixed(2);
const bytes = (files: PyFile[]) => files.reduce((n, f) => n + codeSize(f.text), 0);

async function cpuRow(name: string): Promise<CpuRow> {
  const mpts = compiledCpu(name);
  const hand = [{ path: "prog.py", text: fs.readFileSync(path.join(root, "bench/cpu", name + ".py"), "utf8") }];
  const [ha, hb] = [await heapOf(mpts, "prog"), await heapOf(hand, "prog")];
  if (ha.out !== hb.out) throw new Error(`${name}: mpts printed ${JSON.stringify(ha.out)}, hand-written ${JSON.stringify(hb.out)}`);
  const [ta, tb] = await timesOf([mpts, hand], "prog", runs);
  const mptsUs = Math.round(median(ta));
  const handUs = Math.round(median(tb));
  const slow = mpts.filter((f) => f.path === runtimeFileNames[1]);
  const mptsBytes = bytes(mpts) - bytes(slow);
  const handBytes = bytes(hand);
  return {
    name,
    mptsUs,
    handUs,
    time: ratio(mptsUs, handUs),
    mptsAlloc: ha.alloc,
    handAlloc: hb.alloc,
    heap: ratio(ha.alloc, hb.alloc),
    mptsBytes,
    runtimeBytes: bytes(mpts.filter((f) => f.path === runtimeFileNames[0])),
    slowBytes: bytes(slow),
    handBytes,
    size: ratio(mptsBytes, handBytes),
    flash: ratio(mptsBytes + bytes(slow), handBytes),
  };
}

function sampleSizes() {
  const dir = path.join(root, "samples");
  const rows = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const original = path.join(dir, name, "original.py");
    if (!fs.existsSync(original)) continue;
    const r = compile(path.join(dir, name));
    if (r.diagnostics.length) continue;
    const py = r.files.filter((f) => f.path.endsWith(".py") && !isRuntimeFile(f.path));
    const emitted = bytes(py);
    const orig = codeSize(fs.readFileSync(original, "utf8"));
    rows.push({ name, emitted, original: orig, ratio: ratio(emitted, orig), runtime: bytes(r.files.filter((f) => isRuntimeFile(f.path))) });
  }
  return rows;
}

/** The CPU table as text; a ratio over its goal is marked with *. */
export function cpuTable(cpu: CpuRow[]): string {
  const mark = (v: number, goal: number) => v.toFixed(2).padStart(6) + (v > goal ? "*" : " ");
  const lines = [
    `program          time: mpts us  hand us  ratio | heap: mpts B   hand B  ratio | size: mpts B (runtime)  hand B  ratio | +slow  flash`,
  ];
  for (const c of cpu)
    lines.push(
      `${c.name.padEnd(16)}${String(c.mptsUs).padStart(15)}${String(c.handUs).padStart(9)}${mark(c.time, goals.time)}|` +
        `${String(c.mptsAlloc).padStart(13)}${String(c.handAlloc).padStart(9)}${mark(c.heap, goals.heap)}|` +
        `${String(c.mptsBytes).padStart(13)}${`(${c.runtimeBytes})`.padStart(10)}${String(c.handBytes).padStart(8)}${mark(c.size, goals.size)}|` +
        `${String(c.slowBytes).padStart(6)}${c.flash.toFixed(2).padStart(7)}`,
    );
  lines.push(`goals: time <= ${goals.time}x, heap <= ${goals.heap}x, size <= ${goals.size}x (mpts / hand-written; * = over the goal)`);
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = only ? [] : sampleSizes();
  if (sizes.length) {
    console.log("Emitted size (bytes, without comments and blank lines) against the seed's original code");
    console.log("sample                         emitted  original  ratio  runtime helpers");
    for (const s of sizes)
      console.log(
        `${s.name.padEnd(30)}${String(s.emitted).padStart(8)}${String(s.original).padStart(10)}${s.ratio.toFixed(2).padStart(7)}${String(s.runtime).padStart(17)}`,
      );
  }
  const cpu: CpuRow[] = [];
  for (const name of cpuNames()) cpu.push(await cpuRow(name));
  console.log(`\nCPU-bound set: mpts / hand-written MicroPython, same VM, same run`);
  console.log(`time: median of ${runs} interleaved imports; heap: bytes allocated by the import, collector off;`);
  console.log(`size: code bytes (no comments or blank lines) the board compiles when the program starts: the program,`);
  console.log(`mpts's with mpts_rt.py; +slow: mpts_rt_slow.py, compiled only when a rare path is first taken; flash: all files`);
  console.log(cpuTable(cpu));
  fs.mkdirSync(path.join(root, "bench/results"), { recursive: true });
  fs.writeFileSync(
    path.join(root, "bench/results/emit.json"),
    JSON.stringify({ date: new Date().toISOString(), runs, sizes, cpu }, null, 2) + "\n",
  );
  if (!only) {
    console.log("");
    runtimeWeight();
  }
}
