// mpts build [path] [--out-dir DIR]
import * as path from "node:path";
import { compile, writeOutput, type Progress } from "../program.js";
import { formatDiagnostic } from "../diagnostics.js";
import { OutputError } from "../output.js";

export interface BuildOptions {
  outDir?: string;
}

/** A one-line progress display on a terminal for builds big enough to wait for; nothing when piped. */
function progressLine(): { update: Progress; clear: () => void } {
  const tty = process.stderr.isTTY === true;
  const started = Date.now();
  let shown = false;
  return {
    update(step, done, total) {
      if (!tty || Date.now() - started < 300) return;
      const text = step === "type-checking" ? `mpts: type-checking ${total} files` : `mpts: compiling ${done + 1}/${total} ${step}`;
      process.stderr.write("\r\x1b[K" + text.slice(0, (process.stderr.columns || 80) - 1));
      shown = true;
    },
    clear() {
      if (shown) process.stderr.write("\r\x1b[K");
    },
  };
}

/** Returns the process exit status: 0 built, 1 diagnostics, 2 an output folder mpts cannot write. */
export function build(target: string, options: BuildOptions, io: { out: (s: string) => void; err: (s: string) => void }): number {
  const progress = progressLine();
  let result;
  try {
    result = compile(target, options.outDir, progress.update);
  } finally {
    progress.clear();
  }
  const cwd = process.cwd();
  for (const d of result.diagnostics) io.err(formatDiagnostic(d, cwd));
  if (result.diagnostics.some((d) => d.category === "error")) {
    const n = result.diagnostics.filter((d) => d.category === "error").length;
    io.err(`\n${n} error${n === 1 ? "" : "s"}; nothing was written.`);
    return 1;
  }
  try {
    writeOutput(result);
  } catch (err) {
    if (!(err instanceof OutputError)) throw err;
    io.err(`mpts: ${err.message}`);
    return 2;
  }
  const pyFiles = result.files.filter((f) => f.path.endsWith(".py")).length;
  io.out(`mpts: wrote ${pyFiles} Python file${pyFiles === 1 ? "" : "s"} to ${path.relative(cwd, result.outDir) || "."}`);
  return 0;
}
