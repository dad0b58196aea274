import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import fs from "node:fs";
const mp = await loadMicroPython({ heapsize: 256*1024, stdout: (l) => console.log(l) });
const src = fs.readFileSync(process.argv[2], "utf8");
mp.runPython(src);
const names = process.argv.slice(3);
const res = Object.fromEntries(names.map((n) => [n, []]));
for (let r = 0; r < 9; r++) for (const n of names) {
  const t = process.cpuUsage();
  mp.runPython(`run(${n})`);
  const u = process.cpuUsage(t); res[n].push(u.user + u.system);
}
for (const n of names) { const s = res[n].sort((a, b) => a - b); console.log(n, s[4], "us (median of 9)"); }
