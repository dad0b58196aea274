// Counter ranges (compiler/transform/intervals.ts) on generated control flow: a counter
// written by the counted forms inside ifs, whiles with break and continue, and an outer
// loop, read as shift counts (`1 << k`, `(v >> k) & 0xff`) where a range that left out a
// value the counter takes would drop the count's `& 31` and print something else, and as
// an accumulator's shift (demanded-bits.ts). Each program runs in Node and the VM.
import { diffSuite } from "../helpers/diff.js";

/** A small deterministic generator (an LCG), so the programs are the same on every run. */
function generator(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * n);
  };
}

function program(seed: number): string {
  const pick = generator(seed);
  // no === or !==: TypeScript narrows k to the literal, and a later comparison with another would not type-check
  const ops = ["<", "<=", ">", ">="];
  const literal = () => pick(40) - 4;
  const write = () => [`k += ${1 + pick(9)};`, `k -= ${1 + pick(9)};`, `k = ${literal()} as number;`, "k++;", "k--;"][pick(5)];
  const test = () => `k ${ops[pick(ops.length)]} ${literal()}`;
  const read = () =>
    ["out.push(1 << k);", "out.push((0x5a5a5a5a >> k) & 0xff);", "acc = (acc << 3) | (k & 7); out.push((acc >> k) & 0xf);"][pick(3)];
  const block = (depth: number, inLoop: boolean): string => {
    const lines: string[] = [];
    const n = 2 + pick(3);
    for (let i = 0; i < n; i++) {
      const choice = pick(depth > 2 ? 3 : 6);
      if (choice === 0) lines.push(write());
      else if (choice === 1) lines.push(read());
      else if (choice === 2) lines.push(inLoop && pick(3) === 0 ? `if (${test()}) ${pick(2) ? "continue" : "break"};` : write());
      else if (choice === 3) lines.push(`if (${test()}) {\n${block(depth + 1, inLoop)}\n} else {\n${block(depth + 1, inLoop)}\n}`);
      else if (choice === 4) lines.push(`while (${test()}) {\nif (++guard > 40) break;\n${block(depth + 1, true)}\n}`);
      else lines.push(`if (${test()} || ${test()}) {\n${block(depth + 1, inLoop)}\n}`);
    }
    return lines.join("\n");
  };
  return `
const out: number[] = [];
let guard = 0;
let acc = 0;
let k = ${literal()} as number;
for (let i = 0; i < 6; i++) {
${block(0, true)}
${read()}
}
console.log(out.join(","), k);`;
}

const programs: Record<string, string> = {};
for (let seed = 1; seed <= 20; seed++) programs[`generated counter program ${seed}`] = program(seed);

diffSuite("counter ranges", programs);
