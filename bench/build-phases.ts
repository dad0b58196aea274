// CPU time of each phase of `mpts build` in one process: start (Node and loading
// the compiler), program (parsing), check (tsc's diagnostics), infos (the
// whole-program facts), transform (of which the numeric analysis and printing).
// Run it bundled, as dist/cli.js runs (through tsx the transpiling is timed too):
//   npx esbuild bench/build-phases.ts --bundle --platform=node --format=esm --packages=external --outfile=scratch/phases.mjs
//   node scratch/phases.mjs <project folder>
import * as P from "../compiler/program.js";
import { ProgramInfo } from "../compiler/transform/program-info.js";
import { importGraph } from "../compiler/transform/programs.js";
import { transformSourceFile } from "../compiler/transform/module.js";
import { printModule } from "../compiler/python/printer.js";
import { rememberingChecker } from "../compiler/transform/checker-cache.js";

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const start = cpu();
const loaded = P.loadProject(process.argv[2] ?? ".");
const parsed = cpu();
const diagnostics = P.typeCheck(loaded.project);
const checked = cpu();
const checker = rememberingChecker(loaded.project.getTypeChecker());
const sources = P.sourceFiles(loaded.project);
const infos = ProgramInfo.forPrograms(checker, loaded.rootDir, sources, importGraph(checker, sources));
const scanned = cpu();
let numeric = 0;
let print = 0;
for (const sf of sources) {
  const info = infos.get(sf)!;
  const n = cpu();
  void info.numeric;
  numeric += cpu() - n;
  const result = transformSourceFile(checker, sf, info, true);
  const p = cpu();
  printModule(result.module);
  print += cpu() - p;
}
const done = cpu();
const ms = (x: number) => x.toFixed(0);
console.log(
  `CPU ms: start ${ms(start)}, program ${ms(parsed - start)}, check ${ms(checked - parsed)}, infos ${ms(scanned - checked)}, ` +
    `transform ${ms(done - scanned)} (numeric analysis ${ms(numeric)}, printing ${ms(print)}); ${sources.length} files, ${diagnostics.length} diagnostics`,
);
