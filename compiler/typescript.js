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
import { cachedBytes, preloadWithCodeCache } from "./code-cache.js";

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
export const ts = withValues(fromTsMorph(tsFile));

/**
 * TypeScript's exports as plain values: the module defines each of its ~2,200 exports as a getter,
 * so every `ts.isIdentifier(n)` of the transforms' per-node tests called a function first. The
 * values are read once; none of the exports mpts uses is reassigned after TypeScript has loaded.
 */
function withValues(module) {
  const values = {};
  for (const name in module) values[name] = module[name];
  return values;
}

/** The lib files as one file: a line of [name, byte length] pairs, then their texts one after another. */
function encodeLibs(files) {
  const texts = files.map((f) => Buffer.from(f.text, "utf8"));
  const index = JSON.stringify(files.map((f, i) => [f.fileName, texts[i].length]));
  return Buffer.concat([Buffer.from(index + "\n", "utf8"), ...texts]);
}

/** The lib files of such a file, each text decoded when first read (most programs read few of the 108; lib.dom.d.ts alone is 2 MB). */
function decodeLibs(bytes) {
  const lineEnd = bytes.indexOf(10);
  if (lineEnd < 0) throw new Error("not a copy of the lib files");
  const files = [];
  let at = lineEnd + 1;
  for (const [fileName, length] of JSON.parse(bytes.toString("utf8", 0, lineEnd))) {
    if (typeof fileName !== "string" || !Number.isInteger(length) || length < 0) throw new Error("not a copy of the lib files");
    const start = at;
    let text;
    files.push({
      fileName,
      get text() {
        return (text ??= bytes.toString("utf8", start, start + length));
      },
    });
    at += length;
  }
  if (files.length === 0 || at !== bytes.length) throw new Error("not a copy of the lib files");
  return files;
}

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
  return cachedBytes("ts-lib-files", key, () => encodeLibs(fromTsMorph(commonFile).getLibFiles()), decodeLibs);
}
