// How soon V8 optimizes a function, for a one-shot `mpts build` (a second or
// two). V8 sends a function to its optimizing compiler (TurboFan, on background
// threads) once it has run ~66 KB of bytecode (the interrupt budget). In a
// 52-file build that compiled ~550 functions of TypeScript's parser and checker
// and of the transforms for ~0.9 s CPU, more than half of what tsc --noEmit
// costs in all, and the main thread finished no sooner for it: most of those
// functions run for milliseconds after they are optimized. A budget 15x larger
// leaves a build's main thread as fast (within a few %, also on 208 files) and
// still optimizes what a long build runs hot. The watch, which runs for hours,
// and the other commands keep V8's default.
//
// Imported first by main.ts, for its effect: the flag must be set before
// TypeScript is loaded through the code cache (see setV8Flags).
import * as nodeModule from "node:module";
import { setV8Flags } from "../code-cache.js";

/** `mpts build` without --watch, from the command line as main.ts reads it */
export function isOneShotBuild(argv: string[]): boolean {
  return argv[0] === "build" && !argv.some((a) => a === "-w" || a === "--watch");
}

/** the user's own tiering flags (command line or NODE_OPTIONS) win */
function ownTieringFlags(): boolean {
  const own = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].join(" ");
  return /--(no-)?(opt|turbofan|maglev)\b|--interrupt-budget/.test(own);
}

// Node >= 22.1 keeps the code cache itself (module.enableCompileCache), keyed without runtime
// flags: a build and a watch would reject each other's cache, so there V8's default stays (unmeasured)
const nodeCachesCode = "enableCompileCache" in nodeModule;
if (isOneShotBuild(process.argv.slice(2)) && !ownTieringFlags() && !nodeCachesCode) setV8Flags("--interrupt-budget=1000000");
