// TypeScript's compiler API: the copy inside ts-morph's @ts-morph/common (the
// version mpts is tested with), which ts-morph re-exports as `ts`. Every
// compiler file imports it from here (typescript.d.ts gives its types) instead
// of `import { ts } from "ts-morph"`, to start faster: Node imports a CommonJS
// package into an ES module only after scanning its source for export names
// (~0.2 s for ts-morph's 1 MB, on every `mpts build`), and ts-morph's own code
// (Project & co) is never used. require() loads it without either.
import { createRequire } from "node:module";
import * as path from "node:path";
import * as fs from "node:fs";
import { cachedJson, preloadWithCodeCache } from "./code-cache.js";

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
const tsFile = path.join(path.dirname(commonFile), "typescript.js");
preloadWithCodeCache(tsFile);

/**
 * The module @ts-morph/common's `ts` wraps (a frozen namespace of getters over it): the same
 * TypeScript, without loading @ts-morph/common itself, 3 MB that are mostly the lib files' texts
 * (~0.12 s CPU on every run).
 */
export const ts = fromTsMorph(tsFile);

const isLibList = (v) => Array.isArray(v) && v.length > 0 && v.every((f) => typeof f?.fileName === "string" && typeof f.text === "string");

/**
 * TypeScript's lib files (lib.es2022.d.ts, ...), which ts-morph keeps in memory rather than on disk:
 * read from @ts-morph/common once, then from a copy in mpts's cache folder (compiler/code-cache.js).
 */
export function getLibFiles() {
  let key = commonFile;
  try {
    const st = fs.statSync(commonFile);
    key = [commonFile, st.size, st.mtimeMs, ts.version].join("\n");
  } catch {
    // no stat: the path alone names the copy
  }
  return cachedJson("ts-lib-files", key, () => fromTsMorph(commonFile).getLibFiles().map(({ fileName, text }) => ({ fileName, text })), isLibList);
}
