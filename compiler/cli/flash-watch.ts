// mpts flash --watch: after every save that compiles, the monitor lets go of
// the serial port, the changed files go up (flash's incremental upload) and the
// program restarts with its output followed, tracebacks at TypeScript lines. A
// save with errors shows them; the board keeps running the last good program.
import { watch } from "./watch.js";
import { flash, type FlashOptions } from "./flash.js";
import type { Io } from "./monitor.js";

export function flashWatching(target: string, options: FlashOptions, io: Io): Promise<number> {
  let stop: AbortController | undefined;
  let current: Promise<number> = Promise.resolve(0);
  let queue = Promise.resolve();
  let lastProgram = "";
  const watcher = watch(target, {
    onResult: (files) => {
      queue = queue.then(async () => {
        if (!files) return io.err("mpts: not flashed; the board keeps running the last program that compiled");
        const program = JSON.stringify(files);
        if (program === lastProgram) return;
        lastProgram = program;
        stop?.abort();
        await current;
        stop = new AbortController();
        // the monitor restarts the program itself, from its first line of output
        current = flash(target, { ...options, watch: false, monitor: true, stopMonitor: stop.signal }, io);
      });
    },
  }, io);
  return new Promise((resolve) => {
    process.once("SIGINT", () => {
      watcher.close();
      void queue.then(() => current).then(() => resolve(130));
    });
  });
}
