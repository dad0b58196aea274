// Runs compiled Python in the real MicroPython VM (the official WebAssembly
// port), with the board-like asyncio of the simulator installed.
import * as fs from "node:fs";
import * as path from "node:path";
import { simulatorDir } from "../paths.js";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import { sealVm, type MicroPythonVm } from "./sandbox.js";

export interface VmRun {
  stdout: string;
  /** the MicroPython traceback when the program raised, else undefined */
  error?: string;
}

export interface VmFile {
  path: string;
  /** the file's text, or its bytes (a .mpy) */
  text: string | Uint8Array;
}

export interface VmOptions {
  heapSize?: number;
  /**
   * "real" (the default): ticks_ms is the host's clock. "fast": a deterministic
   * clock, as if the board computed in no time; sleeps still take their time
   * (see simulator/fast-clock/time.py). Tests that compare timer order use it.
   */
  clock?: "real" | "fast";
}

/** Run `entry` (a module name) after writing `files` into the VM's root folder. */
export async function runInVm(files: VmFile[], entry: string, options: VmOptions = {}): Promise<VmRun> {
  let stdout = "";
  const mp: MicroPythonVm = await loadMicroPython({
    heapsize: options.heapSize ?? 8 * 1024 * 1024,
    stdout: (line: string) => {
      stdout += line + "\n";
    },
    stderr: (line: string) => {
      stdout += line + "\n";
    },
  });
  // no simulated hardware here: the host answers nothing
  sealVm(mp, () => JSON.stringify({ error: "no simulated board in this VM", errno: 19 }));
  for (const f of files) {
    const dir = f.path.split("/").slice(0, -1).join("/");
    if (dir) mp.FS.mkdirTree("/" + dir);
    mp.FS.writeFile("/" + f.path, f.text);
  }
  // the board's asyncio (a package) replaces the VM's own, which runs on the JavaScript event loop
  const asyncioDir = path.join(simulatorDir, "asyncio");
  mp.FS.mkdirTree("/asyncio");
  for (const f of fs.readdirSync(asyncioDir)) {
    if (f.endsWith(".py")) mp.FS.writeFile("/asyncio/" + f, fs.readFileSync(path.join(asyncioDir, f), "utf8"));
  }
  if (options.clock === "fast") mp.FS.writeFile("/time.py", fs.readFileSync(path.join(simulatorDir, "fast-clock", "time.py"), "utf8"));
  try {
    mp.runPython(
      `import sys\nfor _m in [m for m in sys.modules if m == "asyncio" or m.startswith("asyncio.")]:\n    sys.modules.pop(_m)\nimport ${entry}`,
    );
    return { stdout };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { stdout, error: message };
  }
}
