// Colours for the command line, decided per stream: on for a terminal, off when
// the output is piped or redirected (a VS Code task's problem matcher, a log
// file), off whenever NO_COLOR is set (https://no-color.org), on with FORCE_COLOR.
import pc from "picocolors";

type Colors = ReturnType<typeof pc.createColors>;

export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  return stream.isTTY === true && env.TERM !== "dumb";
}

/** Colours for what goes to stdout. */
export const out: Colors = pc.createColors(colorEnabled(process.stdout));
/** Colours for what goes to stderr (diagnostics, simulator events). */
export const err: Colors = pc.createColors(colorEnabled(process.stderr));
