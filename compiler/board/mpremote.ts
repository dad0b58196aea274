// Runs mpremote (MicroPython's remote-control tool) through execa, never a
// shell, and turns its failures into one-line causes with a remedy.
import * as fs from "node:fs";
import * as path from "node:path";

/** `fs sha256sum`, which incremental upload relies on, arrived in mpremote 1.22. */
export const minVersion = [1, 22, 0] as const;

export type BoardErrorKind =
  | "missing" // mpremote is not installed
  | "too-old"
  | "no-port" // no such serial port, or no board found
  | "several" // --port auto with more than one board
  | "busy"
  | "denied"
  | "not-answering"
  | "no-space"
  | "mpy" // the board cannot load the .mpy files (flash --mpy)
  | "shadowed" // a .py mpts may not delete would be imported instead of its new .mpy
  | "dropped"
  | "failed";

/** A problem with the board, the serial port or mpremote: one line, cause and remedy. */
export class BoardError extends Error {
  constructor(
    readonly kind: BoardErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export interface Mpremote {
  file: string;
  /** arguments that come before mpremote's own, as in MPTS_MPREMOTE="python3 -m mpremote" */
  prefix: string[];
  /** where the executable came from, for messages */
  origin: string;
}

/** --mpremote, else MPTS_MPREMOTE, else `mpremote` on PATH. */
export function locateMpremote(option?: string, env: NodeJS.ProcessEnv = process.env): Mpremote {
  const [spec, origin] = option ? [option, "--mpremote"] : env.MPTS_MPREMOTE ? [env.MPTS_MPREMOTE, "MPTS_MPREMOTE"] : ["mpremote", "PATH"];
  // an existing file is the executable even when its path has spaces; otherwise
  // the value may be a command line such as "python3 -m mpremote"
  if (fs.existsSync(spec)) return { file: spec, prefix: [], origin };
  const [file, ...prefix] = spec.trim().split(/\s+/);
  return { file, prefix, origin };
}

export const installHint =
  "install it with `pip install mpremote` (or `pipx install mpremote`), or name it with --mpremote PATH or MPTS_MPREMOTE";

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** the run ended because of interrupt() */
  interrupted: boolean;
}

export interface RunOptions {
  /** each piece of standard output as it arrives */
  onOutput?: (text: string) => void;
  /** "inherit" hands mpremote this terminal (its repl needs one) */
  stdin?: "ignore" | "inherit";
}

export interface Running {
  done: Promise<RunResult>;
  /** Ctrl-C for mpremote: it leaves its exec/run and disconnects */
  interrupt(): void;
}

/** Start mpremote with these arguments. */
export function startMpremote(m: Mpremote, args: string[], options: RunOptions = {}): Running {
  const stdin = options.stdin ?? "ignore";
  // execa loads on first use: `mpts build` and `mpts run` never start mpremote
  // (wrapped: a subprocess is a promise of its result, which `then` would wait for)
  const started = import("execa").then(({ execa }) => ({
    child: execa(m.file, [...m.prefix, ...args], {
      reject: false,
      buffer: false,
      stdin,
      // its own process group, so the terminal's Ctrl-C reaches mpts only and mpts
      // forwards one; a repl on the terminal must stay in the foreground group
      detached: stdin !== "inherit" && process.platform !== "win32",
      env: { PYTHONUNBUFFERED: "1", PYTHONIOENCODING: "utf-8" },
    }),
  }));
  let stdout = "";
  let stderr = "";
  let interrupted = false;
  const done = started
    .then(({ child }) => {
      child.stdout?.setEncoding("utf8");
      child.stderr?.setEncoding("utf8");
      child.stdout?.on("data", (s: string) => {
        stdout += s;
        options.onOutput?.(s);
      });
      child.stderr?.on("data", (s: string) => (stderr += s));
      if (interrupted) child.kill("SIGINT");
      return child;
    })
    .then((r) => {
      const code = (r as { code?: string }).code;
      if (code === "ENOENT") throw new BoardError("missing", `mpremote not found (${describeOrigin(m)}): ${installHint}`);
      if (code === "EACCES") throw new BoardError("missing", `cannot run ${m.file}: it is not an executable program; ${installHint}`);
      return { exitCode: r.exitCode ?? (interrupted ? 130 : 1), stdout, stderr, interrupted };
    });
  return {
    done,
    interrupt() {
      interrupted = true;
      void started.then(({ child }) => child.kill("SIGINT"));
    },
  };
}

function describeOrigin(m: Mpremote): string {
  return m.origin === "PATH" ? "looked for `mpremote` on PATH" : `${m.origin} is ${[m.file, ...m.prefix].join(" ")}`;
}

export function runMpremote(m: Mpremote, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return startMpremote(m, args, options).done;
}

/** The version of mpremote, checked against the minimum mpts needs. */
export async function checkVersion(m: Mpremote): Promise<string> {
  const r = await runMpremote(m, ["--version"]);
  const match = /mpremote\s+v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(r.stdout + r.stderr);
  const need = minVersion.join(".");
  const upgrade = "upgrade it with `pip install --upgrade mpremote`";
  if (!match)
    throw new BoardError("too-old", `mpremote did not report its version, so it is older than ${need}, which mpts needs; ${upgrade}`);
  const have = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  for (let i = 0; i < 3; i++) {
    if (have[i] > minVersion[i]) break;
    if (have[i] < minVersion[i])
      throw new BoardError("too-old", `mpremote ${have.join(".")} is too old: mpts needs ${need} or newer (for fs sha256sum); ${upgrade}`);
  }
  return have.join(".");
}

export type PortAccess = "ok" | "denied" | "missing";

/** Can this user open the serial device? Only paths are checked (COM3 is not a file). */
export function portAccess(port: string): PortAccess {
  const device = port.startsWith("port:") ? port.slice(5) : port;
  if (!path.isAbsolute(device) || process.platform === "win32") return "ok";
  if (!fs.existsSync(device)) return "missing";
  try {
    fs.accessSync(device, fs.constants.R_OK | fs.constants.W_OK);
    return "ok";
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EACCES" || (err as NodeJS.ErrnoException).code === "EPERM" ? "denied" : "ok";
  }
}

/**
 * The cause of a failed mpremote run, from what it printed. mpremote says
 * "failed to access" both for a busy port and a forbidden one, so mpts looks
 * at the device itself to tell them apart.
 */
export function explainFailure(port: string, output: string, access: (port: string) => PortAccess = portAccess): BoardError {
  if (/failed to access/.test(output)) {
    const a = access(port);
    if (a === "denied")
      return new BoardError(
        "denied",
        `permission denied on ${port}: this user may not open serial ports; on Linux run \`sudo usermod -aG dialout $USER\` and log in again`,
      );
    if (a === "missing")
      return new BoardError("no-port", `there is no serial port ${port}: check the cable, or let mpts find the board with --port auto`);
    return new BoardError(
      "busy",
      `${port} is busy: another program holds it (a serial monitor, Thonny, an editor extension or another mpremote); close it and try again`,
    );
  }
  if (/no device found/.test(output))
    return new BoardError("no-port", "no board found: plug one in by USB (with a data cable) or name its port with --port");
  if (/could not enter raw repl|could not exec command|timeout waiting for first EOF/.test(output))
    return new BoardError(
      "not-answering",
      `the board on ${port} is not answering: its program ignores Ctrl-C (a busy loop, or an except that catches KeyboardInterrupt); press its reset (EN) button and run the command again right away`,
    );
  if (/No space left on device|ENOSPC|\[Errno 28\]/.test(output))
    return new BoardError(
      "no-space",
      `the board on ${port} is out of space: flash with --clean to remove old files, or delete some with \`mpremote fs rm\``,
    );
  if (/SerialException|device disconnected|Input\/output error|\[Errno 5\]|write failed/i.test(output))
    return new BoardError("dropped", `the connection to ${port} dropped (cable pulled, or the board reset); plug it in again and retry`);
  const lines = output
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const last = lines[lines.length - 1] ?? "mpremote failed without a message";
  return new BoardError("failed", `mpremote failed on ${port}: ${last.replace(/^mpremote:\s*/, "")}`);
}
