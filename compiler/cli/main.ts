// The mpts command line. Exit status: 0 ok, 1 diagnostics, 2 usage or environment errors.
import { Command, CommanderError } from "commander";
import { build } from "./build.js";
import { run } from "./run.js";
import { watch } from "./watch.js";
import { init } from "./init.js";
import { UsageError } from "../program.js";

const io = { out: (s: string) => console.log(s), err: (s: string) => console.error(s) };

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  let status = 0;
  program
    .name("mpts")
    .description("Compile TypeScript to MicroPython for ESP32 boards")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  program
    .command("build")
    .description("compile a project (a folder with tsconfig.json) or one .ts file to MicroPython")
    .argument("[path]", "folder with tsconfig.json, or a .ts file", ".")
    .option("--out-dir <dir>", "where to write the .py files (default: the tsconfig outDir, or next to a single file)")
    .option("-w, --watch", "keep running: rebuild what a saved change affects, with tsc's watch output")
    .addHelpText("after", "\nExamples:\n  mpts build                       build the project in this folder\n  mpts build src/blink.ts --out-dir out\n  mpts build --watch               rebuild on every save (Ctrl-C stops)\n")
    .action((target: string, opts: { outDir?: string; watch?: boolean }) => {
      if (opts.watch) watch(target, opts, io);
      else status = build(target, opts, io);
    });
  program
    .command("init")
    .description("create a project: src/main.ts, tsconfig.json, package.json, VS Code tasks and settings")
    .argument("[dir]", "the folder to create the project in", ".")
    .option("--force", "overwrite files that already exist")
    .addHelpText("after", "\nExamples:\n  mpts init blink                  create the project in ./blink\n  mpts init --force                (re)create it in this folder, overwriting its files\n")
    .action(async (dir: string, opts: { force?: boolean }) => {
      status = await init(dir, opts, io);
    });
  program
    .command("run")
    .description("compile and run a program in MicroPython on this computer")
    .argument("[path]", "folder with tsconfig.json, or a .ts file", ".")
    .option("--pin <N=V...>", "set an input pin's level, such as --pin 4=1")
    .option("--host <address>", "where a server that binds 0.0.0.0 listens on this computer", "127.0.0.1")
    .option("--insecure-tls", "accept any TLS server certificate (a local test server with a self-signed one)")
    .addHelpText("after", "\nExamples:\n  mpts run samples/hello\n  mpts run samples/seed003-echo-server --pin 4=1\n")
    .action(async (target: string, opts: { pin?: string[]; host?: string; insecureTls?: boolean }) => {
      status = await run(target, opts, io);
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

process.exitCode = await main(process.argv.slice(2));
