// Boards for tests of mpts flash/monitor/run --port: the mpremote stand-in
// (test/fixtures/mpremote-standin.py) with one folder per board.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const standin = path.resolve("test/fixtures/mpremote-standin.py");

export function tempDir(prefix = "mpts-board-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

export const tsconfig = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    compilerOptions: {
      strict: true,
      target: "ES2022",
      module: "ESNext",
      moduleResolution: "Bundler",
      rootDir: "src",
      outDir: "dist",
      lib: ["ES2022"],
      types: [],
    },
    include: ["src"],
    ...extra,
  });

/** A project folder: tsconfig.json (rootDir src, outDir dist) and these files. */
export function project(files: Record<string, string>, extra?: Record<string, unknown>): string {
  const dir = tempDir("mpts-project-");
  writeFiles(dir, { "tsconfig.json": tsconfig(extra), ...files });
  return dir;
}

export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join("/"))
    .sort();
}

/** A set of boards on fake serial ports, and what mpremote was asked. */
export class Bench {
  readonly dir = tempDir();
  readonly boards: Record<string, string> = {};
  readonly log = path.join(this.dir, "mpremote.log");

  constructor(ports: string[] = ["/dev/ttyUSB0"]) {
    for (const [i, port] of ports.entries()) this.addBoard(port, `board${i}`);
  }

  /** A port path that exists on this computer, as a real /dev/ttyUSB0 does. */
  device(name: string): string {
    const p = path.join(this.dir, name);
    fs.writeFileSync(p, "");
    return p;
  }

  addBoard(port: string, name: string): string {
    const folder = path.join(this.dir, name);
    fs.mkdirSync(folder, { recursive: true });
    this.boards[port] = folder;
    return folder;
  }

  /** Environment for the stand-in; extra sets its failure modes (see the script). */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return { MPTS_MPREMOTE: standin, MPREMOTE_STANDIN_BOARDS: JSON.stringify(this.boards), MPREMOTE_STANDIN_LOG: this.log, ...extra };
  }

  /** Every finished mpremote run so far: its argv (after `mpremote`) and when it ran, in order of starting. */
  runs(): { argv: string[]; start: number; end: number }[] {
    if (!fs.existsSync(this.log)) return [];
    return fs
      .readFileSync(this.log, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { argv: string[]; start: number; end: number })
      .sort((a, b) => a.start - b.start);
  }

  /** Every mpremote command line so far. */
  calls(): string[][] {
    return this.runs().map((r) => r.argv);
  }

  clearLog(): void {
    fs.rmSync(this.log, { force: true });
  }

  /** The files on a board, path -> text. */
  files(port = Object.keys(this.boards)[0]): Record<string, string> {
    const root = this.boards[port];
    return Object.fromEntries(listFiles(root).map((f) => [f, fs.readFileSync(path.join(root, f), "utf8")]));
  }

  /** One file of a board as bytes (a .mpy). */
  bytes(file: string, port = Object.keys(this.boards)[0]): Buffer {
    return fs.readFileSync(path.join(this.boards[port], file));
  }

  /** The modules the board's program was started with (exec "import X"), in order. */
  started(port = Object.keys(this.boards)[0]): string[] {
    const f = this.boards[port] + ".started";
    return fs.existsSync(f) ? fs.readFileSync(f, "utf8").split("\n").filter(Boolean) : [];
  }
}

/** Run fn with these environment variables set (tests in a file run one at a time). */
export async function withEnv<T>(env: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** An io for the commands that keeps what they print. */
export function capture() {
  const io = {
    out: "",
    err: "",
    board: "",
  };
  return Object.assign(io, {
    io: {
      out: (s: string) => void (io.out += s + "\n"),
      err: (s: string) => void (io.err += s + "\n"),
      write: (s: string) => void (io.board += s),
    },
  });
}
