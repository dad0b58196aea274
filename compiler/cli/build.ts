// mpts build [path] [--out-dir DIR]
import * as path from "node:path";
import { compile, writeOutput } from "../program.js";
import { formatDiagnostic } from "../diagnostics.js";

export interface BuildOptions {
  outDir?: string;
}

/** Returns the process exit status: 0 built, 1 diagnostics. */
export function build(target: string, options: BuildOptions, io: { out: (s: string) => void; err: (s: string) => void }): number {
  const result = compile(target, options.outDir);
  const cwd = process.cwd();
  for (const d of result.diagnostics) io.err(formatDiagnostic(d, cwd));
  if (result.diagnostics.some((d) => d.category === "error")) {
    const n = result.diagnostics.filter((d) => d.category === "error").length;
    io.err(`\n${n} error${n === 1 ? "" : "s"}; nothing was written.`);
    return 1;
  }
  writeOutput(result);
  const pyFiles = result.files.filter((f) => f.path.endsWith(".py")).length;
  io.out(`mpts: wrote ${pyFiles} Python file${pyFiles === 1 ? "" : "s"} to ${path.relative(cwd, result.outDir) || "."}`);
  return 0;
}
