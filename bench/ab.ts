// A/B of two builds of one program in the MicroPython WebAssembly VM, as emit.ts measures
// (vm-measure.ts): heap of each (and whether they print the same), then time, interleaved
// runs in one VM. For a change to the compiler, build the program before and after it:
//   node dist/cli.js build bench/cpu/csv_log.ts --out-dir /tmp/a   (at the commit before)
//   node dist/cli.js build bench/cpu/csv_log.ts --out-dir /tmp/b   (after)
//   node --import tsx bench/ab.ts /tmp/a /tmp/b csv_log 9
import { readdirSync, readFileSync } from "node:fs";
import { heapOf, median, timesOf, type PyFile } from "./vm-measure.js";

const [dirA, dirB, entry, runs = "15"] = process.argv.slice(2);
if (!dirA || !dirB || !entry) {
  console.error("usage: node --import tsx bench/ab.ts DIR_A DIR_B ENTRY_MODULE [RUNS]");
  process.exit(2);
}
const load = (dir: string): PyFile[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".py"))
    .map((f) => ({ path: f, text: readFileSync(`${dir}/${f}`, "utf8") }));
const a = load(dirA);
const b = load(dirB);
const [heapA, heapB] = [await heapOf(a, entry), await heapOf(b, entry)];
if (heapA.out !== heapB.out) console.log(`the two print different output:\n${heapA.out}\n---\n${heapB.out}`);
const [timesA, timesB] = await timesOf([a, b], entry, Number(runs));
const [ta, tb] = [median(timesA), median(timesB)];
console.log(
  `A ${ta.toFixed(0)} us ${heapA.alloc} B | B ${tb.toFixed(0)} us ${heapB.alloc} B | B/A time ${(tb / ta).toFixed(3)}, heap ${(heapB.alloc / heapA.alloc).toFixed(3)}`,
);
