// .mpy bytecode for the board (mpts flash --mpy): MicroPython imports a module's
// precompiled bytecode without parsing and compiling its source on the board,
// which saves the heap the compiler needs and the time it takes.
//
// The compiler is mpy-cross. Built in: MicroPython 1.19's mpy-cross compiled to
// WebAssembly (the npm package @pybricks/mpy-cross-v6), which emits .mpy v6.0.
// A board loads bytecode-only .mpy files whose major version matches its own
// (sys.implementation._mpy); the sub-version (6.3 on MicroPython 1.23 to 1.29)
// only matters for native code, which mpts never emits. --mpy-cross PATH (or
// MPTS_MPY_CROSS) names another mpy-cross, such as the firmware's own.
//
// The source name given to mpy-cross (-s lib/util.py) is what tracebacks show,
// so they name the .py path whose source map leads back to TypeScript; mpy-cross
// keeps the line numbers.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createRequire } from "node:module";
import { UsageError } from "../program.js";

export interface MpyHeader {
  version: number;
  subVersion: number;
  /** 0: bytecode only; other values name a native-code architecture */
  arch: number;
  smallIntBits: number;
}

/** The header of a .mpy file: "M", version, sub-version and arch, small-int bits. */
export function readHeader(data: Uint8Array): MpyHeader | undefined {
  if (data.length < 4 || data[0] !== 0x4d) return undefined;
  return { version: data[1], subVersion: data[2] & 3, arch: data[2] >> 2, smallIntBits: data[3] };
}

/** v6.3; before version 6 the second byte held feature flags, not a sub-version */
export const formatVersion = (h: { version: number; subVersion: number }) =>
  h.version >= 6 ? `v${h.version}.${h.subVersion}` : `v${h.version}`;

/** The MicroPython release that introduced each .mpy version, for the remedy. */
const firstRelease: Record<number, string> = { 3: "1.9.3", 4: "1.11", 5: "1.12", 6: "1.19" };

/**
 * Why a board whose sys.implementation._mpy is `boardMpy` (null: it has none)
 * cannot load this bytecode, or undefined when it can. The low byte of _mpy is
 * the version, the next byte holds the sub-version (2 bits) and the arch.
 */
export function incompatibility(header: MpyHeader, boardMpy: number | null): string | undefined {
  if (boardMpy === null) return "its MicroPython has no sys.implementation._mpy, so it loads no .mpy files: flash without --mpy";
  const board = { version: boardMpy & 0xff, subVersion: (boardMpy >> 8) & 3 };
  const native = header.arch !== 0 && header.subVersion !== board.subVersion;
  if (board.version === header.version && !native) return undefined;
  const release = firstRelease[header.version];
  const update = release && board.version < header.version ? `update its firmware to MicroPython ${release} or newer, or ` : "";
  return `it loads .mpy ${formatVersion(board)} (sys.implementation._mpy = ${boardMpy}) and these files are .mpy ${formatVersion(header)}: ${update}flash without --mpy`;
}

export interface MpyCompiler {
  /** for messages: which mpy-cross */
  description: string;
  /** The .mpy of a module's source; sourceName (lib/util.py) is the name tracebacks show. */
  compile(text: string, sourceName: string): Promise<Uint8Array>;
}

/** --mpy-cross, else MPTS_MPY_CROSS, else the built-in WebAssembly mpy-cross. */
export function mpyCompiler(option?: string, env: NodeJS.ProcessEnv = process.env): MpyCompiler {
  if (option) return externalCompiler(option, "--mpy-cross");
  if (env.MPTS_MPY_CROSS) return externalCompiler(env.MPTS_MPY_CROSS, "MPTS_MPY_CROSS");
  return builtinCompiler();
}

const failure = (sourceName: string, lines: string[]) =>
  new UsageError(
    `mpy-cross could not compile ${sourceName}: ${
      lines
        .map((l) => l.trim())
        .filter(Boolean)
        .pop() ?? "it failed without a message"
    }`,
  );

interface EmscriptenExit {
  (status: number, mpy: Uint8Array | undefined, out: string[], err: string[]): void;
}

type MpyCrossFactory = (module: {
  arguments: string[];
  inputFileContents: string;
  callback: EmscriptenExit;
  instantiateWasm: (imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance) => void) => object;
}) => Promise<unknown>;

let wasm: { factory: MpyCrossFactory; module: Promise<WebAssembly.Module> } | undefined;
/** one compile at a time: each is a fresh instance of the program, which exits when done */
let queue: Promise<unknown> = Promise.resolve();

function builtinCompiler(): MpyCompiler {
  return {
    description: "the built-in mpy-cross (MicroPython 1.19, WebAssembly)",
    compile(text, sourceName) {
      const next = queue.then(() => compileInWasm(text, sourceName));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

async function compileInWasm(text: string, sourceName: string): Promise<Uint8Array> {
  if (!wasm) {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve("@pybricks/mpy-cross-v6/package.json"));
    // the package's own compile() fetches the .wasm by path, which Node's fetch refuses
    wasm = {
      factory: require(path.join(dir, "build/mpy-cross-v6.js")) as MpyCrossFactory,
      module: WebAssembly.compile(fs.readFileSync(path.join(dir, "build/mpy-cross-v6.wasm"))),
    };
  }
  const module = await wasm.module;
  const restoreHandlers = keepProcessHandlers();
  return new Promise<Uint8Array>((resolve, reject) => {
    try {
      wasm!
        .factory({
          // its file system has only the current folder: the file gets a plain name there
          arguments: ["-s", sourceName, "module.py"],
          inputFileContents: text,
          instantiateWasm(imports, receive) {
            WebAssembly.instantiate(module, imports).then(receive, reject);
            return {};
          },
          callback(status, mpy, out, err) {
            if (status === 0 && mpy) resolve(mpy);
            else reject(failure(sourceName, [...out, ...err]));
          },
        })
        .catch(reject);
    } catch (err) {
      reject(err);
    } finally {
      restoreHandlers();
    }
  });
}

/** Emscripten adds process-wide error handlers each time it starts on Node; the returned function removes them. */
function keepProcessHandlers(): () => void {
  const exception = process.listeners("uncaughtException");
  const rejection = process.listeners("unhandledRejection");
  return () => {
    for (const l of process.listeners("uncaughtException")) if (!exception.includes(l)) process.off("uncaughtException", l);
    for (const l of process.listeners("unhandledRejection")) if (!rejection.includes(l)) process.off("unhandledRejection", l);
  };
}

function externalCompiler(file: string, origin: string): MpyCompiler {
  return {
    description: `${origin} ${file}`,
    async compile(text, sourceName) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-mpy-cross-"));
      try {
        const input = path.join(dir, "module.py");
        const output = path.join(dir, "module.mpy");
        fs.writeFileSync(input, text);
        const { execa } = await import("execa");
        const r = await execa(file, ["-s", sourceName, "-o", output, input], { reject: false });
        const code = (r as { code?: string }).code;
        if (code === "ENOENT" || code === "EACCES")
          throw new UsageError(`cannot run mpy-cross: ${origin} is ${file}, which is not an executable program`);
        if (r.exitCode !== 0 || !fs.existsSync(output)) throw failure(sourceName, `${r.stdout}\n${r.stderr}`.split("\n"));
        return new Uint8Array(fs.readFileSync(output));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** The other form of a module on the board: lib/util.py <-> lib/util.mpy. */
export function twinOf(boardPath: string): string | undefined {
  if (boardPath.endsWith(".mpy")) return boardPath.slice(0, -".mpy".length) + ".py";
  if (boardPath.endsWith(".py")) return boardPath.slice(0, -".py".length) + ".mpy";
  return undefined;
}

/** MicroPython runs boot.py and main.py at start only as source; the entry keeps its file too. */
export function staysSource(boardPath: string, mainFile: string): boolean {
  return boardPath === mainFile || boardPath === "main.py" || boardPath === "boot.py";
}
