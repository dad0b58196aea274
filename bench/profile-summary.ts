// Where a CPU profile's time went: self time by file and by function, and with
// a pattern, the inclusive time of the functions whose "name file:line" matches.
//   node --cpu-prof --cpu-prof-dir=/tmp/prof dist/cli.js build <project>
//   node --import tsx bench/profile-summary.ts /tmp/prof/<file>.cpuprofile [count] ['^(transformSourceFile|typeCheck) ']
import * as fs from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const profile = JSON.parse(fs.readFileSync(process.argv[2], "utf8")) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const count = Number(process.argv[3] ?? 30);
const pattern = process.argv[4] ? new RegExp(process.argv[4]) : undefined;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const file = (n: Node) => n.callFrame.url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*\//, "");
const name = (n: Node) => `${n.callFrame.functionName || "(anonymous)"} ${file(n)}:${n.callFrame.lineNumber}`;
const add = (m: Map<string, number>, k: string, us: number) => m.set(k, (m.get(k) ?? 0) + us);

const selfByFile = new Map<string, number>();
const selfByFunction = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const us = profile.timeDeltas[i] ?? 0;
  total += us;
  const leaf = byId.get(id)!;
  add(selfByFile, file(leaf) || leaf.callFrame.functionName, us);
  add(selfByFunction, name(leaf), us);
  if (!pattern) return;
  // each function once per sample, however deep its recursion
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const k = name(byId.get(cur)!);
    if (pattern.test(k) && !seen.has(k)) seen.add(k), add(inclusive, k, us);
  }
});

const show = (title: string, m: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, count)) console.log(`${(us / 1000).toFixed(1).padStart(9)} ms  ${k}`);
};
console.log(`${(total / 1000).toFixed(0)} ms sampled`);
show("self time by file", selfByFile);
show("self time by function", selfByFunction);
if (pattern) show(`inclusive time of ${pattern}`, inclusive);
