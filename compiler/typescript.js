// TypeScript's compiler API: the copy inside ts-morph's @ts-morph/common (the
// version mpts is tested with), which ts-morph re-exports as `ts`. Every
// compiler file imports it from here (typescript.d.ts gives its types) instead
// of `import { ts } from "ts-morph"`, to start faster: Node imports a CommonJS
// package into an ES module only after scanning its source for export names
// (~0.2 s for ts-morph's 1 MB, on every `mpts build`), and ts-morph's own code
// (Project & co) is never used. require() loads it without either.
import { createRequire } from "node:module";
import * as path from "node:path";
import { preloadWithCodeCache } from "./code-cache.js";

/**
 * This file's path or URL. Not import.meta.url: the editor plugin's bundle
 * (dist/plugin.cjs) is CommonJS, where esbuild leaves import.meta empty; the
 * call stack names this file in every format the compiler runs in.
 */
function thisFile() {
  const prepare = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  try {
    Error.prepareStackTrace = (_, frames) => frames;
    Error.stackTraceLimit = 1;
    return new Error().stack[0].getFileName();
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
}

// resolved from ts-morph's folder, so it is the instance ts-morph itself uses
const fromTsMorph = createRequire(createRequire(thisFile()).resolve("ts-morph"));
const commonFile = fromTsMorph.resolve("@ts-morph/common");
preloadWithCodeCache(path.join(path.dirname(commonFile), "typescript.js"));
const common = fromTsMorph(commonFile);

export const ts = common.ts;
/** TypeScript's lib files (lib.es2022.d.ts, ...), which ts-morph keeps in memory rather than on disk. */
export const getLibFiles = common.getLibFiles;
