// `mpts run`'s simulator, in a child process under Node's permission model: a
// second wall around the sealed VM (../sandbox.ts). The child may read mpts's
// own files and the MicroPython package, open sockets and run its worker
// thread; it cannot write files, read others, or start processes.
import { fork } from "node:child_process";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { packageRoot } from "../../paths.js";
import type { ChildMessage, ParentMessage, SimulatorOptions } from "./host-process.js";

export interface SandboxedRun {
  done: Promise<{ code: number; error?: string }>;
  interrupt(): void;
  kill(): void;
  /** ends the simulator's process at once (its sockets close with it); resolves when it is gone */
  stop(): Promise<void>;
}

/** The folders the simulator reads: mpts itself and the packages it loads. */
function readableFolders(): string[] {
  const require = createRequire(import.meta.url);
  const wasm = path.dirname(require.resolve("@micropython/micropython-webassembly-pyscript/package.json"));
  return [packageRoot, wasm, path.dirname(require.resolve("picocolors/package.json"))];
}

let hostScriptPath: string | undefined;

function hostScript(): string {
  return (hostScriptPath ??= findHostScript());
}

function findHostScript(): string {
  const here = fileURLToPath(import.meta.url);
  // bundled: dist/cli.js sits next to dist/sim-host.js
  if (!here.endsWith(".ts")) return path.join(path.dirname(here), "sim-host.js");
  // A checkout being edited runs from its sources through tsx, which the
  // permission model stops (it starts esbuild): bundle the simulator first,
  // inside mpts's folder so that it still finds its own files.
  const outdir = path.join(packageRoot, "node_modules/.cache/mpts-sim");
  const esbuild = createRequire(import.meta.url)("esbuild") as typeof import("esbuild");
  esbuild.buildSync({
    entryPoints: { "sim-host": path.join(path.dirname(here), "host-process.ts"), "sim-worker": path.join(path.dirname(here), "worker.ts") },
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    target: "node20",
    outdir,
    logLevel: "warning",
  });
  return path.join(outdir, "sim-host.js");
}

export function permissionFlags(): string[] {
  // Node 20 calls it --experimental-permission; later versions --permission
  const flag = process.allowedNodeEnvironmentFlags.has("--permission") ? "--permission" : "--experimental-permission";
  return [flag, ...readableFolders().map((d) => `--allow-fs-read=${d}`), "--allow-worker", "--no-warnings"];
}

/** A sandboxed simulator started ahead of its program: `run` gives it the program; `discard` ends it unused. */
export interface PreparedSandbox {
  run(files: { path: string; text: string }[], entry: string): SandboxedRun;
  discard(): Promise<void>;
}

export function runSandboxed(start: { files: { path: string; text: string }[]; entry: string; options: SimulatorOptions }): SandboxedRun {
  return prepareSandboxed(start.options).run(start.files, start.entry);
}

export function prepareSandboxed(options: SimulatorOptions): PreparedSandbox {
  // NODE_OPTIONS could load code or widen the permissions: the simulator's process takes none
  const { NODE_OPTIONS: _ignored, ...env } = process.env;
  const child = fork(hostScript(), [], { env, execArgv: permissionFlags(), stdio: ["inherit", "inherit", "inherit", "ipc"] });
  const send = (m: ParentMessage) => {
    if (child.connected) child.send(m);
  };
  send({ type: "prepare", options });
  const done = new Promise<{ code: number; error?: string }>((resolve) => {
    let result: { code: number; error?: string } | undefined;
    child.on("message", (m: ChildMessage) => {
      if (m.type === "done") result = { code: m.code, error: m.error };
    });
    child.on("exit", (code, signal) => {
      resolve(result ?? { code: 1, error: `the simulator stopped unexpectedly (${signal ?? "exit status " + code})` });
    });
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await done;
  };
  return {
    discard: stop,
    run: (files, entry) => {
      send({ type: "start", files, entry });
      return {
        done,
        interrupt: () => send({ type: "interrupt" }),
        kill: () => {
          send({ type: "kill" });
          // a program stuck in a busy loop never lets the child read its messages
          setTimeout(() => child.kill("SIGKILL"), 1000).unref();
        },
        stop,
      };
    },
  };
}
