// mpts run --watch: the build's watch mode, with the simulated program
// restarted after each successful rebuild. The old program's process is ended
// first, so its sockets are closed and a server's port is free for the new one.
// A build with errors leaves the program stopped until the next good save.
import * as path from "node:path";
import { watch } from "./watch.js";
import { prepareSandboxed, type PreparedSandbox, type SandboxedRun } from "../board/sim/sandboxed.js";
import type { SimulatorOptions } from "../board/sim/host-process.js";
import { boardTraceback, pickEntry } from "./run.js";
import * as colors from "./colors.js";

type Io = { out: (s: string) => void; err: (s: string) => void };

export function runWatching(target: string, options: SimulatorOptions, io: Io): Promise<number> {
  const sim = (text: string) => io.err(colors.err.dim("[sim] ") + text);
  let current: SandboxedRun | undefined;
  // the next simulator, its VM already loaded, so a restart waits only for the build
  let spare: PreparedSandbox | undefined = prepareSandboxed(options);
  // a save that leaves the Python as it was (a comment, a type) does not restart a running program
  let lastProgram = "";
  // rebuilds arrive one after another; each waits until the previous program is gone
  let queue = Promise.resolve();
  const stop = async () => {
    const running = current;
    current = undefined;
    if (running) await running.stop();
  };
  const start = (files: { path: string; text: string }[], outDir: string) => {
    const py = files.filter((f) => f.path.endsWith(".py"));
    const entry = pickEntry(py.map((f) => f.path));
    if (!entry) return sim("no entry module; name it main.ts");
    const sandbox = spare ?? prepareSandboxed(options);
    spare = prepareSandboxed(options);
    const run = sandbox.run(py, entry.replace(/\.py$/, "").split("/").join("."));
    current = run;
    void run.done.then(({ code, error }) => {
      if (current !== run) return;
      current = undefined;
      // a traceback at the TypeScript's lines, as `mpts run` shows it
      const shown = error ? boardTraceback(error.trimEnd(), files, outDir) : Promise.resolve(undefined);
      void shown.then((text) => {
        if (text) io.err(text);
        sim(`the program ended (status ${code}); waiting for a change`);
      });
    });
  };
  const watcher = watch(target, {
    onResult: (files, outDir) => {
      queue = queue.then(async () => {
        const program = JSON.stringify(files?.filter((f) => f.path.endsWith(".py")) ?? null);
        if (program === lastProgram && current) return;
        lastProgram = program;
        const restarting = current !== undefined;
        await stop();
        if (!files) return sim(restarting ? "program stopped until the errors are fixed" : "waiting for the errors to be fixed");
        if (restarting) sim(`restarting ${path.basename(path.resolve(target))}`);
        start(files, outDir ?? path.dirname(path.resolve(target)));
      });
    },
  }, io);
  // Ctrl-C ends the program and the watch together
  return new Promise((resolve) => {
    process.once("SIGINT", () => {
      watcher.close();
      const unused = spare;
      spare = undefined;
      void queue
        .then(stop)
        .then(() => unused?.discard())
        .then(() => resolve(130));
    });
  });
}
