// How soon V8 optimizes a function, for a one-shot `mpts build` (a second or
// two). V8 sends a function to its optimizing compiler (TurboFan, on background
// threads) once it has run ~66 KB of bytecode (the interrupt budget). In a
// 52-file build that compiled ~550 functions of TypeScript's parser and checker
// and of the transforms for ~0.9 s CPU, more than half of what tsc --noEmit
// costs in all, and the main thread finished no sooner for it: most of those
// functions run for milliseconds after they are optimized. A budget 15x larger
// leaves a build's main thread as fast (within a few %, also on 208 files) and
// still optimizes what a long build runs hot; the watch, which runs for hours,
// keeps V8's default.
import * as v8 from "node:v8";

export function optimizeOnlyHotCode(): void {
  // the user's own tiering flags win
  const own = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].join(" ");
  if (/--(no-)?(opt|turbofan|maglev)\b|--interrupt-budget/.test(own)) return;
  v8.setFlagsFromString("--interrupt-budget=1000000");
}
