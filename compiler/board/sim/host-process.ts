// The simulator in a process of its own, started by `mpts run` under Node's
// permission model (sandboxed.ts): it may read mpts's own files and open
// sockets, and nothing else: no writes, no child processes, no other files.
// The parent sends the program; Ctrl-C comes as messages from the parent, so
// that a terminal's SIGINT (which reaches both processes) counts once.
import { simulate, type SimulateOptions } from "./simulate.js";
import { describeEvent } from "./events.js";
import * as colors from "../../cli/colors.js";

export interface StartMessage {
  type: "start";
  files: { path: string; text: string }[];
  entry: string;
  options: Pick<SimulateOptions, "bindHost" | "pins" | "insecureTls">;
}

export type ParentMessage = StartMessage | { type: "interrupt" } | { type: "kill" };
export type ChildMessage = { type: "done"; code: number; error?: string };

process.on("SIGINT", () => {});
process.on("message", (m: ParentMessage) => {
  if (m.type === "start") start(m);
});

function start(m: StartMessage): void {
  const sim = simulate(m.files, m.entry, {
    ...m.options,
    stdin: process.stdin,
    onOutput: (text) => process.stdout.write(text),
    onEvent: (e) =>
      process.stderr.write(
        describeEvent(e)
          .split("\n")
          .map((line) => colors.err.dim("[sim] ") + line)
          .join("\n") + "\n",
      ),
  });
  process.on("message", (c: ParentMessage) => {
    if (c.type === "interrupt") sim.interrupt();
    else if (c.type === "kill") void sim.kill();
  });
  void sim.done.then((r) => {
    process.stdin.destroy();
    process.send!({ type: "done", code: r.code, error: r.error } satisfies ChildMessage, () => process.disconnect());
  });
}
