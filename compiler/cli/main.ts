// The mpts command line. Exit status: 0 ok, 1 diagnostics, 2 usage or environment errors.
import "./tiering.js"; // first: it sets V8 flags before TypeScript is loaded
import * as fs from "node:fs";
import * as path from "node:path";
import { Command, CommanderError } from "commander";
import { build } from "./build.js";
import { run } from "./run.js";
import { watch } from "./watch.js";
import { init } from "./init.js";
import { flash, type FlashOptions } from "./flash.js";
import { flashWatching } from "./flash-watch.js";
import { checkSerialPorts, monitor } from "./monitor.js";
import { runTests } from "./test.js";
import { UsageError } from "../program.js";
import { packageRoot } from "../paths.js";

const io = { out: (s: string) => console.log(s), err: (s: string) => console.error(s) };

/** mpts's version, from its package.json */
const version = () => (JSON.parse(fs.readFileSync(path.join(packageRoot, "package.json"), "utf8")) as { version: string }).version;

/** a repeatable option: --port A --port B */
const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  let status = 0;
  program
    .name("mpts")
    .description("Compile TypeScript to MicroPython for ESP32 boards")
    .version(version(), "-v, --version", "print mpts's version")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  program
    .command("build")
    .description("compile a project (a folder with tsconfig.json) or one .ts file to MicroPython")
    .argument("[path]", "folder with tsconfig.json, or a .ts file", ".")
    .option("--out-dir <dir>", "where to write the .py files (default: the tsconfig outDir, or next to a single file)")
    .option("-w, --watch", "keep running: rebuild what a saved change affects, with tsc's watch output")
    .addHelpText(
      "after",
      "\nExamples:\n  mpts build                       build the project in this folder\n  mpts build src/blink.ts --out-dir out\n  mpts build --watch               rebuild on every save (Ctrl-C stops)\n",
    )
    .action((target: string, opts: { outDir?: string; watch?: boolean }) => {
      if (opts.watch) watch(target, opts, io);
      else status = build(target, opts, io);
    });
  program
    .command("init")
    .description("create a project: src/main.ts, tsconfig.json, package.json, VS Code tasks and settings")
    .argument("[dir]", "the folder to create the project in", ".")
    .option("--force", "overwrite files that already exist")
    .addHelpText(
      "after",
      "\nExamples:\n  mpts init blink                  create the project in ./blink\n  mpts init --force                (re)create it in this folder, overwriting its files\n",
    )
    .action(async (dir: string, opts: { force?: boolean }) => {
      status = await init(dir, opts, io);
    });
  program
    .command("run")
    .description("compile and run a program in MicroPython on this computer")
    .argument("[path]", "folder with tsconfig.json, or a .ts file", ".")
    .option("--pin <N=V...>", "set an input pin's level, such as --pin 4=1, or its levels over time: --pin 4=0@0,1@2s,0@2500ms")
    .option("--sensor <KIND:PIN=V...>", "a simulated sensor's readings: dht:4=21.5,40 (°C, %) or ds18x20:5=19.25[,22] (°C per sensor)")
    .option("--host <address>", "where a server that binds 0.0.0.0 listens on this computer", "127.0.0.1")
    .option("--insecure-tls", "accept any TLS server certificate (a local test server with a self-signed one)")
    .option("--heap <size>", "the board's heap, such as 4M for a board with PSRAM (default 110K, an ESP32's without)")
    .option("--sockets <n>", "how many sockets the board can have open at once (default 10, an ESP32's)")
    .option("-w, --watch", "rebuild on every save and restart the program (its ports are free again at once)")
    .option(
      "--port <port>",
      "run on the board at this serial port instead (auto: the only board), through mpremote, without flashing",
      collect,
    )
    .option("--mpremote <path>", "the mpremote executable (default: MPTS_MPREMOTE, or mpremote on PATH)")
    .addHelpText(
      "after",
      "\nExamples:\n" +
        "  mpts run samples/hello                           print, then exit\n" +
        "  mpts run --watch                                 restart the program in this folder on every save\n" +
        "  mpts run samples/seed002-pin-server --pin 4=1    input pin 4 reads 1; its port 80 is 127.0.0.1:8080 here\n" +
        "  mpts run samples/seed001-web-server --host 0.0.0.0   its server reachable from other computers\n" +
        "  mpts run samples/dht-logger --sensor dht:4=21.5,40 --sensor ds18x20:5=19.25   the sensors' readings\n" +
        "  mpts run --port /dev/ttyUSB0                     run on the board at that serial port, nothing flashed\n",
    )
    .action(
      async (target: string, opts: { pin?: string[]; sensor?: string[]; host?: string; insecureTls?: boolean; watch?: boolean; port?: string[]; mpremote?: string }) => {
        checkSerialPorts(opts.port);
        status = await run(target, opts, io);
      },
    );
  program
    .command("flash")
    .description("build, upload the changed files to the board with mpremote, and restart its program")
    .argument("[path]", "folder with tsconfig.json, or a .ts file", ".")
    .option(
      "--port <port>",
      "the board's serial port; repeat for several boards; auto (default): the only board; all: every board",
      collect,
    )
    .option("--clean", "remove files an earlier flash put on the board that the project no longer produces")
    .option("--no-reset", "do not restart the program after the upload")
    .option("--monitor", "then show the board's output, tracebacks at TypeScript lines")
    .option("-w, --watch", "flash again after every save: upload what changed, restart the program, follow its output")
    .option("--mpy", "upload every module but main.py as .mpy bytecode (mpy-cross): less heap and time on the board")
    .option("--no-mpy", "upload .py source even when tsconfig.json sets mpts.mpy")
    .option("--mpy-cross <path>", "the mpy-cross executable for --mpy (default: MPTS_MPY_CROSS, else mpts's own, .mpy v6)")
    .option("--mpremote <path>", "the mpremote executable (default: MPTS_MPREMOTE, or mpremote on PATH)")
    .addHelpText(
      "after",
      "\nExamples:\n  mpts flash --monitor             flash the only connected board, then watch it\n  mpts flash --port /dev/ttyUSB0 --port /dev/ttyUSB1\n  mpts flash --port all --clean    every connected board, old files removed\n  mpts flash --mpy                 modules as bytecode: the board imports them without compiling\n  mpts flash --watch               on every save: upload what changed, restart, follow the output\n",
    )
    .action(async (target: string, opts: FlashOptions) => {
      checkSerialPorts(opts.port);
      status = opts.watch ? await flashWatching(target, opts, io) : await flash(target, opts, io);
    });
  program
    .command("monitor")
    .description("restart the board's program and show its output, tracebacks at TypeScript lines (Ctrl-C leaves)")
    .argument("[path]", "the project whose last build maps the tracebacks (default: this folder)")
    .option("--port <port>", "the board's serial port (auto, the default: the only board)", collect)
    .option("--no-reset", "attach to the running program without restarting it (mpremote's repl: Ctrl-] leaves)")
    .option("--mpremote <path>", "the mpremote executable (default: MPTS_MPREMOTE, or mpremote on PATH)")
    .addHelpText(
      "after",
      "\nExamples:\n  mpts monitor                     restart the only connected board's program and follow it\n  mpts monitor --port /dev/ttyUSB0 --no-reset   attach without restarting (Ctrl-] leaves)\n",
    )
    .action(async (target: string | undefined, opts: { port?: string[]; reset?: boolean; mpremote?: string }) => {
      checkSerialPorts(opts.port);
      status = await monitor(target, opts, io);
    });
  program
    .command("test")
    .description("compile the *.test.ts files with the program and run their tests in the simulator, or on a board with --port")
    .argument("[path]", "folder with tsconfig.json (every test file), or one .test.ts file", ".")
    .option(
      "--port <port>",
      "run the tests on the board at this serial port (auto: the only board), through mpremote, nothing flashed",
      collect,
    )
    .option("--mpremote <path>", "the mpremote executable (default: MPTS_MPREMOTE, or mpremote on PATH)")
    .addHelpText(
      "after",
      "\nExamples:\n  mpts test                        every test of the project in this folder, in the simulator\n  mpts test src/calc.test.ts       the tests of one file\n  mpts test --port auto            on the connected board, nothing flashed\n",
    )
    .action(async (target: string, opts: { port?: string[]; mpremote?: string }) => {
      checkSerialPorts(opts.port);
      status = await runTests(target, opts, io);
    });
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof UsageError) {
      io.err(`mpts: ${err.message}`);
      return 2;
    }
    io.err(`mpts: internal error: ${err instanceof Error ? err.message : String(err)}\nThis is a bug in mpts; please report it.`);
    return 2;
  }
  return status;
}

// a reader that stops early (`mpts build | head -1`) closes the pipe: stop quietly, as cat does
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE") throw err;
    process.exit(process.exitCode ?? 0);
  });
process.exitCode = await main(process.argv.slice(2));
