// TypeScript's compiler API, directly: a program over the project's files
// with TypeScript's own lib files served from memory. ts-morph's TypeScript
// keeps its lib files (lib.es2022.d.ts, ...) in memory rather than on disk;
// they are served at the path ts-morph's projects use, where the transforms
// recognise the JavaScript library (transform/types.ts isFromLib).
import { getLibFiles, ts } from "./typescript.js";

export const libDir = "/node_modules/typescript/lib";

let libs: Map<string, { text: string }> | undefined;

/** lib file path -> its file (whose text is read when first asked for), loaded once per process. */
export function libFiles(): Map<string, { text: string }> {
  if (libs) return libs;
  libs = new Map(getLibFiles().map((f) => [`${libDir}/${f.fileName}`, f]));
  return libs;
}

/** ts.sys with the lib files in memory: the watch's and the build's file system. */
export function boardSystem(base: ts.System = ts.sys): ts.System {
  const files = libFiles();
  return {
    ...base,
    getExecutingFilePath: () => `${libDir}/typescript.js`,
    fileExists: (f) => files.has(f) || base.fileExists(f),
    directoryExists: (d) => d === libDir || base.directoryExists(d),
    readFile: (f, encoding) => files.get(f)?.text ?? base.readFile(f, encoding),
    watchFile: (f, cb, interval, opts) => (files.has(f) ? { close() {} } : base.watchFile!(f, cb, interval, opts)),
  };
}

/** A program as tsc would build it for these roots and options, lib files from memory. */
export function createBoardProgram(rootNames: readonly string[], options: ts.CompilerOptions): ts.Program {
  const files = libFiles();
  const host = ts.createCompilerHost(options, true);
  // as tsc parses: doc comments only where they can change a type error (parsing the lib files and board typings
  // with all their doc comments took ~40% longer); nothing in mpts reads them
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseForTypeErrors;
  const getSourceFile = host.getSourceFile;
  host.getDefaultLibLocation = () => libDir;
  host.getDefaultLibFileName = (opts) => `${libDir}/${ts.getDefaultLibFileName(opts)}`;
  host.fileExists = (f) => files.has(f) || ts.sys.fileExists(f);
  host.readFile = (f) => files.get(f)?.text ?? ts.sys.readFile(f);
  host.directoryExists = (d) => d === libDir || ts.sys.directoryExists(d);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const lib = files.get(fileName);
    if (lib !== undefined) return ts.createSourceFile(fileName, lib.text, languageVersion, false);
    return getSourceFile.call(host, fileName, languageVersion, onError, shouldCreate);
  };
  return ts.createProgram({ rootNames, options, host });
}
