// npm run bench (emitted code): for every sample, the emitted .py size against
// the seed's original code, and for a CPU-bound set written twice (TypeScript
// compiled by mpts, and hand-written MicroPython), run time and heap allocated
// in the same MicroPython VM, in the same run. Writes bench/results/emit.json.
import * as fs from "node:fs";
import * as path from "node:path";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import { compile } from "../compiler/program.js";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const runs = Number(process.env.BENCH_RUNS ?? 7);

/** Source size without comments and blank lines (a fair measure of code). */
export function codeSize(py: string): number {
  return py
    .split("\n")
    .map((l) => l.replace(/\s+#.*$/, "").replace(/^\s*#.*$/, ""))
    .filter((l) => l.trim() !== "")
    .join("\n").length;
}

interface Measure {
  us: number;
  alloc: number;
  out: string;
}

async function measure(files: { path: string; text: string }[], entry: string): Promise<Measure> {
  let out = "";
  const mp = await loadMicroPython({ heapsize: 4 * 1024 * 1024, stdout: (l: string) => (out += l + "\n") });
  for (const f of files) mp.FS.writeFile("/" + f.path, f.text);
  // no collection during the run, so mem_alloc's growth is everything the program allocated
  mp.runPython(`import gc\ngc.collect()\ngc.disable()\n_a0 = gc.mem_alloc()`);
  // the VM's ticks_us only counts milliseconds here: time the import from the host instead
  const t0 = process.hrtime.bigint();
  mp.runPython(`import ${entry}`);
  const t1 = process.hrtime.bigint();
  mp.runPython(`print("MPTS_BENCH", gc.mem_alloc() - _a0)`);
  const m = /MPTS_BENCH (\d+)\n$/.exec(out);
  if (!m) throw new Error("no measurement: " + out);
  return { us: Math.round(Number(t1 - t0) / 1000), alloc: Number(m[1]), out: out.slice(0, m.index) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function cpuSet() {
  const dir = path.join(root, "bench/cpu");
  const names = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => f.slice(0, -3))
    .sort();
  const rows = [];
  for (const name of names) {
    const r = compile(path.join(dir, name + ".ts"), path.join(root, "bench/results/out"));
    if (r.diagnostics.length) throw new Error(`${name}: ${r.diagnostics.map((d) => d.message).join("; ")}`);
    const mpts = r.files
      .filter((f) => f.path.endsWith(".py"))
      .map((f) => (f.path === name + ".py" ? { path: "prog.py", text: f.text } : f));
    const hand = [{ path: "prog.py", text: fs.readFileSync(path.join(dir, name + ".py"), "utf8") }];
    const a: Measure[] = [];
    const b: Measure[] = [];
    for (let i = 0; i < runs; i++) {
      a.push(await measure(mpts, "prog"));
      b.push(await measure(hand, "prog"));
    }
    if (a[0].out !== b[0].out)
      throw new Error(`${name}: mpts printed ${JSON.stringify(a[0].out)}, hand-written ${JSON.stringify(b[0].out)}`);
    const usA = median(a.map((m) => m.us));
    const usB = median(b.map((m) => m.us));
    const allocA = median(a.map((m) => m.alloc));
    const allocB = median(b.map((m) => m.alloc));
    rows.push({
      name,
      mptsUs: usA,
      handUs: usB,
      time: +(usA / usB).toFixed(2),
      mptsAlloc: allocA,
      handAlloc: allocB,
      heap: +(allocA / allocB).toFixed(2),
    });
  }
  return rows;
}

function sampleSizes() {
  const dir = path.join(root, "samples");
  const rows = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const original = path.join(dir, name, "original.py");
    if (!fs.existsSync(original)) continue;
    const r = compile(path.join(dir, name));
    if (r.diagnostics.length) continue;
    const py = r.files.filter((f) => f.path.endsWith(".py") && f.path !== "mpts_rt.py");
    const runtime = r.files.find((f) => f.path === "mpts_rt.py");
    const emitted = py.reduce((n, f) => n + codeSize(f.text), 0);
    const orig = codeSize(fs.readFileSync(original, "utf8"));
    rows.push({ name, emitted, original: orig, ratio: +(emitted / orig).toFixed(2), runtime: runtime ? codeSize(runtime.text) : 0 });
  }
  return rows;
}

const sizes = sampleSizes();
console.log("Emitted size (bytes, without comments and blank lines) against the seed's original code");
console.log("sample                         emitted  original  ratio  runtime helpers");
for (const s of sizes)
  console.log(
    `${s.name.padEnd(30)}${String(s.emitted).padStart(8)}${String(s.original).padStart(10)}${s.ratio.toFixed(2).padStart(7)}${String(s.runtime).padStart(17)}`,
  );
const cpu = await cpuSet();
console.log(`\nCPU-bound set, median of ${runs} runs in the same MicroPython VM (mpts / hand-written)`);
console.log("program           mpts us   hand us   time   mpts alloc  hand alloc   heap");
for (const c of cpu)
  console.log(
    `${c.name.padEnd(16)}${String(c.mptsUs).padStart(9)}${String(c.handUs).padStart(10)}${c.time.toFixed(2).padStart(7)}${String(c.mptsAlloc).padStart(13)}${String(c.handAlloc).padStart(12)}${c.heap.toFixed(2).padStart(7)}`,
  );
fs.mkdirSync(path.join(root, "bench/results"), { recursive: true });
fs.writeFileSync(
  path.join(root, "bench/results/emit.json"),
  JSON.stringify({ date: new Date().toISOString(), runs, sizes, cpu }, null, 2) + "\n",
);
