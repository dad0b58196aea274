// mpts run [path]: compile in memory and run the program in the MicroPython VM
// on this computer. (The simulated board hardware and sockets come with the
// host simulator; plain programs run today.)
import * as path from "node:path";
import { compile } from "../program.js";
import { formatDiagnostic } from "../diagnostics.js";
import { runInVm } from "../board/vm.js";

export async function run(target: string, io: { out: (s: string) => void; err: (s: string) => void }): Promise<number> {
  const result = compile(target);
  const cwd = process.cwd();
  for (const d of result.diagnostics) io.err(formatDiagnostic(d, cwd));
  if (result.diagnostics.some((d) => d.category === "error")) return 1;
  const py = result.files.filter((f) => f.path.endsWith(".py"));
  const entry = pickEntry(py.map((f) => f.path));
  if (!entry) {
    io.err("mpts: no entry module; name it main.ts");
    return 2;
  }
  const r = await runInVm(py, entry.replace(/\.py$/, "").split("/").join("."));
  if (r.stdout) process.stdout.write(r.stdout);
  if (r.error) {
    io.err(r.error.trimEnd());
    return 1;
  }
  return 0;
}

function pickEntry(paths: string[]): string | undefined {
  const candidates = paths.filter((p) => p !== "mpts_rt.py");
  return candidates.find((p) => path.basename(p) === "main.py") ?? (candidates.length === 1 ? candidates[0] : undefined);
}
