// npm run bench: wall time of `mpts build` against `tsc --noEmit` on the same
// files, as a ratio measured in the same run. Inputs: the programs in
// bench/inputs, once as they are and once copied into a 50-file project.
import { execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const tsc = path.join(root, "node_modules/typescript/bin/tsc");
const mpts = path.join(root, "bin/mpts.js");
const runs = Number(process.env.BENCH_RUNS ?? 5);

// bin/mpts.js runs the bundle only while it is newer than every compiler source (else the
// sources through tsx, several times slower): the bundle is what is measured, so make it fresh
function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}
const bundle = path.join(root, "dist/cli.js");
if (!fs.existsSync(bundle) || fs.statSync(bundle).mtimeMs < newest(path.join(root, "compiler"))) {
  console.log("dist/ is older than compiler/: npm run bundle first\n");
  execFileSync("npm", ["run", "bundle"], { cwd: root, stdio: "inherit" });
}

function project(copies: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-bench-"));
  const inputs = fs.readdirSync(path.join(root, "bench/inputs")).filter((f) => f.endsWith(".ts"));
  for (let c = 0; c < copies; c++) {
    for (const f of inputs) {
      const text = fs.readFileSync(path.join(root, "bench/inputs", f), "utf8");
      fs.writeFileSync(path.join(dir, `${path.basename(f, ".ts")}_${c}.ts`), text + "\nexport {};\n");
    }
  }
  const typings = path.join(root, "runtime-typings");
  fs.writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: "ES2022",
        module: "ESNext",
        moduleResolution: "Bundler",
        lib: ["ES2022"],
        types: [],
        noEmit: true,
        skipLibCheck: true,
        outDir: "out",
      },
      include: ["*.ts", path.join(typings, "*.d.ts")],
    }),
  );
  return dir;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * CPU time (user + system, ms) of the finished child processes this process has
 * waited for, from /proc (Linux; undefined elsewhere). The machine is shared:
 * another job's load stretches wall time far more than CPU time.
 */
function childrenCpuMs(): number | undefined {
  try {
    const stat = fs.readFileSync("/proc/self/stat", "utf8");
    // after "pid (name) ": state is field 3, cutime and cstime fields 16 and 17, in clock ticks (USER_HZ, 100 a second)
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[16 - 3]) + Number(fields[17 - 3])) * 10;
  } catch {
    return undefined;
  }
}

let lastCpuMs: number | undefined;

function time(cmd: string, args: string[], cwd: string): number {
  const cpu = childrenCpuMs();
  const t = process.hrtime.bigint();
  execFileSync(process.execPath, [cmd, ...args], { cwd, stdio: "pipe" });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  const after = childrenCpuMs();
  lastCpuMs = cpu === undefined || after === undefined ? undefined : after - cpu;
  return wall;
}

const results: {
  input: string;
  files: number;
  tscMs: number;
  mptsMs: number;
  ratio: number;
  tscCpuMs?: number;
  mptsCpuMs?: number;
  cpuRatio?: number;
}[] = [];
for (const [label, copies] of [
  ["bench/inputs (4 files)", 1],
  ["50-file project", 13],
] as const) {
  const dir = project(copies);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ts")).length;
  const tscTimes: number[] = [];
  const mptsTimes: number[] = [];
  const tscCpu: number[] = [];
  const mptsCpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    tscTimes.push(time(tsc, ["--noEmit", "-p", "."], dir));
    if (lastCpuMs !== undefined) tscCpu.push(lastCpuMs);
    mptsTimes.push(time(mpts, ["build", "."], dir));
    if (lastCpuMs !== undefined) mptsCpu.push(lastCpuMs);
  }
  const tscMs = median(tscTimes);
  const mptsMs = median(mptsTimes);
  const cpu =
    tscCpu.length === runs && mptsCpu.length === runs
      ? { tscCpuMs: median(tscCpu), mptsCpuMs: median(mptsCpu), cpuRatio: Number((median(mptsCpu) / median(tscCpu)).toFixed(2)) }
      : {};
  results.push({ input: label, files, tscMs: Math.round(tscMs), mptsMs: Math.round(mptsMs), ratio: Number((mptsMs / tscMs).toFixed(2)), ...cpu });
  fs.rmSync(dir, { recursive: true, force: true });
}

console.log(`mpts build vs tsc --noEmit, median of ${runs} runs each (wall time, including process start; CPU: user + system)\n`);
console.log("input                     files   tsc ms   mpts ms   mpts/tsc | tsc CPU ms  mpts CPU ms  mpts/tsc");
for (const r of results) {
  const cpu = r.cpuRatio === undefined ? " (no /proc)" : `${String(r.tscCpuMs).padStart(11)}${String(r.mptsCpuMs).padStart(13)}${r.cpuRatio.toFixed(2).padStart(10)}`;
  console.log(
    `${r.input.padEnd(26)}${String(r.files).padStart(5)}${String(r.tscMs).padStart(9)}${String(r.mptsMs).padStart(10)}${r.ratio.toFixed(2).padStart(11)} |${cpu}`,
  );
}
fs.mkdirSync(path.join(root, "bench/results"), { recursive: true });
fs.writeFileSync(
  path.join(root, "bench/results/build.json"),
  JSON.stringify({ date: new Date().toISOString(), runs, results }, null, 2) + "\n",
);

// `mpts build --watch` on the 50-file project: the time from saving one file to
// its .py being rewritten (the watcher's reaction included), against a full
// `mpts build` of the same project in the same run. Target: under 100 ms.
async function watchRebuild(): Promise<{ files: number; fullBuildMs: number; rebuildMs: number; rebuildsMs: number[] }> {
  const dir = project(13);
  const sources = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort();
  const full: number[] = [];
  for (let i = 0; i < runs; i++) full.push(time(mpts, ["build", "."], dir));
  const child = spawn(process.execPath, [mpts, "build", "--watch", "."], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const cycles = () => out.split("Watching for file changes.").length - 1;
  const until = async (check: () => boolean, what: string) => {
    const start = Date.now();
    while (!check()) {
      if (Date.now() - start > 60000) throw new Error(`mpts build --watch: no ${what} after 60 s; its output:\n${out}`);
      await new Promise((r) => setTimeout(r, 1));
    }
  };
  const rebuilds: number[] = [];
  try {
    await until(() => cycles() > 0, "first build");
    for (let i = 0; i < Math.max(runs, 5); i++) {
      const name = sources[(i * 7) % sources.length];
      const py = path.join(dir, "out", name.replace(/\.ts$/, ".py"));
      const marker = `bench_touch_${i}`;
      const done = cycles();
      const t = process.hrtime.bigint();
      fs.appendFileSync(path.join(dir, name), `export const ${marker} = ${i};\n`);
      // the watch replaces output files as it writes them: one may be missing for a moment
      const text = () => {
        try {
          return fs.readFileSync(py, "utf8");
        } catch {
          return "";
        }
      };
      await until(() => text().includes(marker), `rewrite of ${path.basename(py)}`);
      rebuilds.push(Number(process.hrtime.bigint() - t) / 1e6);
      await until(() => cycles() > done, "end of the rebuild");
    }
  } finally {
    child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return {
    files: sources.length,
    fullBuildMs: Math.round(median(full)),
    rebuildMs: Math.round(median(rebuilds)),
    rebuildsMs: rebuilds.map(Math.round),
  };
}

const watchResult = await watchRebuild();
console.log(
  `\nmpts build --watch, ${watchResult.files} files: one changed file's .py rewritten ${watchResult.rebuildMs} ms after the save (median; ${watchResult.rebuildsMs.join(", ")} ms)`,
);
console.log(
  `full mpts build of the same project: ${watchResult.fullBuildMs} ms (${(watchResult.fullBuildMs / watchResult.rebuildMs).toFixed(0)}x the rebuild)`,
);
const resultsFile = path.join(root, "bench/results/build.json");
fs.writeFileSync(resultsFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(resultsFile, "utf8")), watch: watchResult }, null, 2) + "\n");
