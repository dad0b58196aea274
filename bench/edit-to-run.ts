// Edit-to-run on the simulator: with `mpts run --watch` running, the time from
// saving src/main.ts to the changed program's first output line (rebuild,
// the old program's process ended, a new sandboxed simulator started).
// Median of BENCH_RUNS (at least 5) saves. Goal: under 1 s. The same for
// `mpts flash --watch` on the board rig when ../shared/rig is there.
import { execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const mpts = path.join(root, "bin/mpts.js");
const runs = Math.max(Number(process.env.BENCH_RUNS ?? 5), 5);

const program = (n: number) => `import * as time from "time";
console.log("edit ${n}");
let blink = 0;
for (let i = 0; i < 20; i++) {
  blink = 1 - blink;
  time.sleep_ms(500);
}
`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Saves src/main.ts `runs` times under `mpts <args>` and times each save to the new program's first line. */
async function measure(args: string[], env: Record<string, string>, settleMs: number): Promise<{ medianMs: number; runsMs: number[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-edit-to-run-"));
  fs.mkdirSync(path.join(dir, "src"));
  const main = path.join(dir, "src/main.ts");
  fs.writeFileSync(main, program(0));
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
        rootDir: "src",
        outDir: "dist",
      },
      include: ["src", path.join(root, "runtime-typings")],
    }),
  );
  const child = spawn(process.execPath, [mpts, ...args], { cwd: dir, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const until = async (check: () => boolean, what: string) => {
    const start = Date.now();
    while (!check()) {
      if (Date.now() - start > 60000) throw new Error(`mpts run --watch: no ${what} after 60 s; its output:\n${out}`);
      await new Promise((r) => setTimeout(r, 1));
    }
  };
  const times: number[] = [];
  try {
    await until(() => out.includes("edit 0\n"), "first run");
    for (let i = 1; i <= runs; i++) {
      const t = process.hrtime.bigint();
      fs.writeFileSync(main, program(i));
      await until(() => out.includes(`edit ${i}\n`), `output of edit ${i}`);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      // let the watcher settle before the next save
      await new Promise((r) => setTimeout(r, settleMs));
    }
  } finally {
    child.kill("SIGINT");
    await new Promise((r) => child.once("exit", r));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { medianMs: Math.round(median(times)), runsMs: times.map(Math.round) };
}

const result = await measure(["run", "--watch", "."], {}, 300);
console.log(
  `\nmpts run --watch: save -> the changed program's first output line on the simulator ${result.medianMs} ms (median; ${result.runsMs.join(", ")} ms; goal < 1000 ms)`,
);

// The board rig (../shared/rig: the unix port behind a pseudo-terminal, real mpremote), when this machine has it
const rig = path.resolve(root, "../shared/rig/bin");
let board: { medianMs: number; runsMs: number[] } | undefined;
if (fs.existsSync(path.join(rig, "mpboard"))) {
  const boardDir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-bench-board-"));
  const tty = path.join(boardDir, "tty");
  fs.mkdirSync(path.join(boardDir, "fs"));
  const env = { PATH: `${rig}:${process.env.PATH}`, MPTS_MPREMOTE: path.join(rig, "mpremote") };
  execFileSync(path.join(rig, "mpboard"), ["start", "--port", tty, "--fs", path.join(boardDir, "fs")], { env: { ...process.env, ...env } });
  try {
    board = await measure(["flash", "--watch", ".", "--port", tty], env, 1000);
    console.log(
      `mpts flash --watch: save -> the changed program's first output line on the board rig ${board.medianMs} ms (median; ${board.runsMs.join(", ")} ms)`,
    );
  } finally {
    execFileSync(path.join(rig, "mpboard"), ["stop", "--port", tty], { env: { ...process.env, ...env } });
    fs.rmSync(boardDir, { recursive: true, force: true });
  }
} else console.log("(no ../shared/rig here: the board rig's edit-to-run is not measured)");
const resultsFile = path.join(root, "bench/results/build.json");
const earlier = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, "utf8")) : {};
fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
fs.writeFileSync(resultsFile, JSON.stringify({ ...earlier, editToRun: { simulator: result, boardRig: board } }, null, 2) + "\n");
