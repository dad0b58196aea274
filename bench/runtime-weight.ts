// npm run bench (runtime weight): what the runtime helpers cost a program. Lists every
// helper of mpts_rt.py with its own size and its size with the helpers it needs, then
// the emitted runtime of every sample and every bench/cpu program, in bytes, with the
// helpers it holds: mpts_rt.py, compiled when the program starts, and mpts_rt_slow.py,
// compiled when the program first takes a rare path (compiler/runtime/helpers.ts, "slow").
// Sizes are code bytes (bench/pysize.ts); raw bytes of the emitted files (comments
// included, as written to the board) are shown too.
// Writes bench/results/runtime-weight.json.
import * as fs from "node:fs";
import * as path from "node:path";
import { compile } from "../compiler/program.js";
import { allHelpers, runtimeFileNames, runtimeFiles } from "../compiler/runtime/helpers.js";
import { codeSize } from "./pysize.js";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

function helperRows() {
  return allHelpers().map((h) => ({
    name: h.name,
    own: codeSize(h.code),
    withNeeds: runtimeFiles([h.name]).reduce((n, f) => n + codeSize(f.text), 0),
    slow: h.slow === true,
    needs: h.needs,
  }));
}

/** The helpers an emitted mpts_rt.py holds. */
function helpersIn(text: string): string[] {
  return allHelpers()
    .filter((h) => text.includes(h.code))
    .map((h) => h.name);
}

function programRows() {
  const targets: { name: string; target: string }[] = [];
  for (const s of fs.readdirSync(path.join(root, "samples")).sort())
    targets.push({ name: "samples/" + s, target: path.join(root, "samples", s) });
  for (const f of fs.readdirSync(path.join(root, "bench/cpu")).sort())
    if (f.endsWith(".ts")) targets.push({ name: "bench/cpu/" + f.slice(0, -3), target: path.join(root, "bench/cpu", f) });
  return targets.map(({ name, target }) => {
    const r = compile(target, path.join(root, "bench/results/out"));
    if (r.diagnostics.length) return { name, error: r.diagnostics[0].message, raw: 0, code: 0, slow: 0, helpers: [] as string[] };
    const text = (p: string) => r.files.find((f) => f.path === p)?.text ?? "";
    const [main, slow] = runtimeFileNames.map(text);
    return {
      name,
      raw: Buffer.byteLength(main) + Buffer.byteLength(slow),
      code: codeSize(main),
      slow: slow ? codeSize(slow) : 0,
      helpers: helpersIn(main + slow),
    };
  });
}

/** Prints both tables (npm run bench runs this from emit.ts) and writes the JSON. */
export function runtimeWeight(): void {
  const helpers = helperRows();
  console.log("Runtime helpers (code bytes): own, with the helpers it needs");
  console.log("helper                    own  w/needs  needs (slow: in mpts_rt_slow.py unless the program calls it)");
  for (const h of helpers)
    console.log(
      `${h.name.padEnd(22)}${String(h.own).padStart(6)}${String(h.withNeeds).padStart(9)}  ${h.needs.join(", ")}${h.slow ? " (slow)" : ""}`,
    );
  const programs = programRows();
  console.log("\nEmitted runtime per program (code bytes of mpts_rt.py and of mpts_rt_slow.py; raw bytes of both files)");
  console.log("program                                code   slow    raw  helpers");
  for (const p of programs)
    console.log(
      `${p.name.padEnd(36)}${String(p.code).padStart(7)}${String(p.slow).padStart(7)}${String(p.raw).padStart(7)}  ${"error" in p ? "compile error: " + p.error : p.helpers.join(", ")}`,
    );
  fs.mkdirSync(path.join(root, "bench/results"), { recursive: true });
  fs.writeFileSync(
    path.join(root, "bench/results/runtime-weight.json"),
    JSON.stringify({ date: new Date().toISOString(), helpers, programs }, null, 2) + "\n",
  );
}

if (import.meta.url === `file://${process.argv[1]}`) runtimeWeight();
