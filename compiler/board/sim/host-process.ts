// The simulator in a process of its own, started by `mpts run` under Node's
// permission model (sandboxed.ts): it may read mpts's own files and open
// sockets, and nothing else: no writes, no child processes, no other files.
// The parent sends the program; Ctrl-C comes as messages from the parent, so
// that a terminal's SIGINT (which reaches both processes) counts once.
import { prepareSimulation, type PreparedSimulation, type SimulateOptions } from "./simulate.js";
import { describeEvent } from "./events.js";
import * as colors from "../../cli/colors.js";

export type SimulatorOptions = Pick<
  SimulateOptions,
  "bindHost" | "pins" | "insecureTls" | "pinSchedule" | "maxSockets" | "boardHeap" | "sensors"
>;

/** `prepare` loads the VM; `start` gives it the program (mpts run --watch prepares the next simulator ahead). */
export type ParentMessage =
  | { type: "prepare"; options: SimulatorOptions }
  | { type: "start"; files: { path: string; text: string }[]; entry: string }
  | { type: "interrupt" }
  | { type: "kill" };
export type ChildMessage = { type: "done"; code: number; error?: string };

process.on("SIGINT", () => {});
let sim: PreparedSimulation | undefined;
process.on("message", (m: ParentMessage) => {
  if (m.type === "prepare") sim = prepare(m.options);
  else if (m.type === "start") sim?.start(m.files, m.entry);
  else if (m.type === "interrupt") sim?.interrupt();
  else if (m.type === "kill") void sim?.kill();
});

function prepare(options: SimulatorOptions): PreparedSimulation {
  const prepared = prepareSimulation({
    ...options,
    stdin: process.stdin,
    onOutput: (text) => process.stdout.write(text),
    onEvent: (e) =>
      process.stderr.write(
        describeEvent(e, colors.colorEnabled(process.stderr))
          .split("\n")
          .map((line) => colors.err.dim("[sim] ") + line)
          .join("\n") + "\n",
      ),
  });
  void prepared.done.then((r) => {
    process.stdin.destroy();
    process.send!({ type: "done", code: r.code, error: r.error } satisfies ChildMessage, () => process.disconnect());
  });
  return prepared;
}
