// Where `mpts build`'s CPU time went, by phase: each sample of one or more CPU
// profiles counts for the innermost phase function on its stack (the mean over
// the profiles is shown). Functions are matched by name in the bundle (dist/cli.js).
//   for i in 1 2 3 4 5; do node --cpu-prof --cpu-prof-dir=/tmp/prof dist/cli.js build <project>; done
//   node --import tsx bench/profile-phases.ts /tmp/prof/*.cpuprofile
import * as fs from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string };
  children?: number[];
}

const phases: [RegExp, string][] = [
  [/^loadProject$/, "program: reading and parsing (loadProject)"],
  [/^typeCheck2?$/, "type check (getPreEmitDiagnostics)"],
  [/^forPrograms$/, "whole-program facts (program-info.ts)"],
  [/^get numeric$/, "numeric analysis (numeric*.ts)"],
  [/^get byteArrays$/, "byte arrays (byte-arrays.ts)"],
  [/^ScopeInfo$/, "names (scopes.ts)"],
  [/^printModule$/, "printing"],
  [/^(SourceMapGenerator|addMapping|toString|sourceMapText)$/, "source maps"],
  [/^compileFiles$/, "the transforms (the rest of compileFiles)"],
  [/^writeFiles$/, "writing"],
];
const other = "start: Node, loading TypeScript and the compiler; other";

const files = process.argv.slice(2);
const totals = new Map<string, number>();
let sampled = 0;
for (const file of files) {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  profile.samples.forEach((id, i) => {
    const us = (profile.timeDeltas[i] ?? 0) / files.length;
    sampled += us;
    let phase = other;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const name = byId.get(cur)!.callFrame.functionName;
      const hit = phases.find(([re]) => re.test(name));
      if (hit) {
        phase = hit[1];
        break;
      }
    }
    totals.set(phase, (totals.get(phase) ?? 0) + us);
  });
}
console.log(`${(sampled / 1000).toFixed(0)} ms sampled (mean of ${files.length} profiles)`);
for (const [phase, us] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`${(us / 1000).toFixed(0).padStart(7)} ms  ${phase}`);
