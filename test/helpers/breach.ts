import { parentPort, workerData } from "node:worker_threads";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import { hardenRealm, sealVm, type MicroPythonVm } from "../../compiler/board/sandbox.js";

let out = "";
const mp: MicroPythonVm = await loadMicroPython({ stdout: (l: string) => (out += l + "\n"), stderr: (l: string) => (out += l + "\n") });
const cleared = sealVm(mp, () => "{}");
hardenRealm();
for (const entry of cleared) mp._module.setValue(entry.address, entry.key, "i32");
try {
  mp.runPython((workerData as { python: string }).python);
} catch (err) {
  out += "raised " + (err as Error).message.split("\n").slice(-2).join(" ") + "\n";
}
parentPort!.postMessage({ out });
