// Loads a project (a folder with tsconfig.json, or one .ts file with mpts's
// defaults), type-checks it like tsc, and compiles every source file to Python
// in memory. Nothing is written unless the whole program compiled (output.ts
// writes it all or nothing).
import { ts } from "./typescript.js";
import * as fs from "node:fs";
import * as path from "node:path";
import { SourceMapGenerator } from "source-map";
import { Codes, formatDiagnostic, fromTsDiagnostic, type MptsDiagnostic } from "./diagnostics.js";
import { ProgramInfo } from "./transform/program-info.js";
import { importGraph } from "./transform/programs.js";
import { transformSourceFile } from "./transform/module.js";
import { printModule } from "./python/printer.js";
import { runtimeFiles } from "./runtime/helpers.js";
import { caseClashes, moduleNameClashes } from "./module-names.js";
import { writeFiles, type OutputFile } from "./output.js";
import { UsageError } from "./errors.js";
import { isTestFile } from "./testing/files.js";
import { boardOptions, browserLibWarning } from "./board-options.js";
import { createBoardProgram } from "./ts-host.js";
import { rememberingChecker } from "./transform/checker-cache.js";

import { typingsDir } from "./paths.js";
import { isStackOverflow, tooDeep } from "./transform/depth.js";

export { typingsDir, UsageError, type OutputFile };

export interface CompileResult {
  outDir: string;
  rootDir: string;
  files: OutputFile[];
  diagnostics: MptsDiagnostic[];
}

/**
 * A project that cannot be loaded: a tsconfig.json TypeScript cannot read (JSON
 * syntax, unknown options; tsc's diagnostics at their place in the file), or
 * source files whose names differ only in case.
 */
export class ProjectError extends UsageError {
  constructor(readonly diagnostics: MptsDiagnostic[]) {
    super(diagnostics.map((d) => formatDiagnostic(d, process.cwd())).join("\n"));
  }
}

/** Parse tsconfig.json as tsc does; its errors (with file, line and column) stop the build before any checking. */
function checkProject(config: string): ts.ParsedCommandLine {
  let unrecoverable: ts.Diagnostic | undefined;
  const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d: ts.Diagnostic) => (unrecoverable = d) };
  const parsed = ts.getParsedCommandLineOfConfigFile(config, { noEmit: true }, host);
  const errors = parsed ? ts.getConfigFileParsingDiagnostics(parsed) : unrecoverable ? [unrecoverable] : [];
  const diagnostics = errors.filter((d) => d.category === ts.DiagnosticCategory.Error).map(fromTsDiagnostic);
  if (diagnostics.length) throw new ProjectError(diagnostics);
  const clashes = caseClashes(parsed!.fileNames.filter((f) => !f.endsWith(".d.ts")));
  if (clashes.length) throw new ProjectError(clashes);
  return parsed!;
}

/** mpts's compiler options for a lone .ts file: strict, ES2022 without the DOM. */
export const defaultOptions: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2022.d.ts", "lib.es2023.array.d.ts"],
  types: [],
  moduleDetection: ts.ModuleDetectionKind.Force,
  noEmit: true,
  skipLibCheck: true,
};

/** mpts's board typings, which every program compiles against. */
export function typingFiles(): string[] {
  if (!fs.existsSync(typingsDir)) return [];
  return fs
    .readdirSync(typingsDir)
    .filter((f) => f.endsWith(".d.ts"))
    .map((f) => path.join(typingsDir, f));
}

/**
 * tests: keep the project's *.test.ts files, which every command but mpts test leaves out.
 * alsoFiles: more source files compiled with the first (a folder of single files, as tests check snippets).
 */
export function loadProject(
  target: string,
  options: { tests?: boolean; alsoFiles?: string[] } = {},
): { project: ts.Program; rootDir: string; outDir: string; entryHint?: string; warnings: MptsDiagnostic[] } {
  const abs = path.resolve(target);
  if (!fs.existsSync(abs)) throw new UsageError(`${target}: no such file or folder`);
  const stat = fs.statSync(abs);
  const extra = options.alsoFiles ?? [];
  if (stat.isDirectory()) {
    const config = path.join(abs, "tsconfig.json");
    if (!fs.existsSync(config))
      throw new UsageError(`${target}: no tsconfig.json in this folder; pass a .ts file or create one with 'mpts init'`);
    const parsed = checkProject(config);
    // every file a module, no DOM (board-options.ts), whatever the tsconfig says
    const board = boardOptions(parsed.options);
    const roots = parsed.fileNames.filter((f) => options.tests || !isTestFile(f));
    const project = createBoardProgram([...new Set([...roots, ...extra, ...typingFiles()])], { ...board.options, noEmit: true });
    const opts = project.getCompilerOptions();
    const sources = sourceFiles(project).map((f) => f.fileName);
    const rootDir = opts.rootDir ? path.resolve(abs, opts.rootDir) : commonDir(sources, abs);
    const outDir = opts.outDir ? path.resolve(abs, opts.outDir) : path.join(abs, "dist");
    const warning = browserLibWarning(parsed.options, board.dropped);
    return { project, rootDir, outDir, warnings: warning ? [warning] : [] };
  }
  if (!/\.(m|c)?ts$/.test(abs) || abs.endsWith(".d.ts"))
    throw new UsageError(`${target}: expected a .ts file or a folder with tsconfig.json`);
  const project = createBoardProgram([...typingFiles(), abs, ...extra], defaultOptions);
  return { project, rootDir: path.dirname(abs), outDir: path.dirname(abs), entryHint: abs, warnings: [] };
}

/** The program's own source files: not declarations, not packages' files. */
export function sourceFiles(program: ts.Program): ts.SourceFile[] {
  return program.getSourceFiles().filter((f) => !f.isDeclarationFile && !f.fileName.includes("/node_modules/"));
}

export function commonDir(files: string[], fallback: string): string {
  if (files.length === 0) return fallback;
  let dir = path.dirname(files[0]);
  for (const f of files) {
    while (!(f + "/").startsWith(dir.endsWith("/") ? dir : dir + "/")) dir = path.dirname(dir);
  }
  return dir;
}

/** What a long build is doing, for a progress line. */
export type Progress = (step: string, done: number, total: number) => void;

export function compile(target: string, outDirOverride?: string, progress?: Progress): CompileResult {
  let loaded;
  try {
    loaded = loadProject(target);
  } catch (err) {
    if (!(err instanceof ProjectError)) throw err;
    const dir = path.resolve(target);
    return { outDir: outDirOverride ? path.resolve(outDirOverride) : dir, rootDir: dir, files: [], diagnostics: err.diagnostics };
  }
  const { project, rootDir, outDir: defaultOut } = loaded;
  const outDir = outDirOverride ? path.resolve(outDirOverride) : defaultOut;
  progress?.("type-checking", 0, sourceFiles(project).length);
  const diagnostics = [...loaded.warnings, ...typeCheck(project)];
  const errors = diagnostics.filter((d) => d.category === "error");
  if (!errors.length) {
    const result = compileChecked(project, rootDir, outDir, progress);
    return { ...result, diagnostics: [...diagnostics, ...result.diagnostics] };
  }
  // mpts's own diagnostics too, as the editor shows them; nothing is written
  let mine: MptsDiagnostic[] = [];
  try {
    mine = compileFiles(project, rootDir, outDir, progress, false, true).flatMap((o) => o.diagnostics);
  } catch {
    // a whole-program scan that failed on type-broken code: the type errors say what to fix
  }
  return { outDir, rootDir, files: [], diagnostics: inSourceOrder([...diagnostics, ...besideTypeErrors(errors, mine)]) };
}

/** mpts's diagnostics but those at a type error's place, which say the same (a name or module that is not found). */
export function besideTypeErrors(typeErrors: MptsDiagnostic[], mine: MptsDiagnostic[]): MptsDiagnostic[] {
  const at = new Set(typeErrors.map((d) => `${d.file}:${d.line}:${d.column}`));
  return mine.filter((d) => !at.has(`${d.file}:${d.line}:${d.column}`));
}

/** Diagnostics file by file (in the order the files first appear), each file's by position. */
export function inSourceOrder(diagnostics: MptsDiagnostic[]): MptsDiagnostic[] {
  const files = [...new Set(diagnostics.map((d) => d.file))];
  const at = (d: MptsDiagnostic) => [files.indexOf(d.file), d.line ?? 0, d.column ?? 0];
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((x, y) => {
      const [a, b] = [at(x.d), at(y.d)];
      return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || x.i - y.i;
    })
    .map((x) => x.d);
}

const nodeModules =
  /^Cannot find module '((?:node:)?(?:fs|path|os|http|https|net|dgram|child_process|events|stream|url|util|crypto|buffer|readline|timers|worker_threads)(?:\/[\w/]+)?)'/;

/** The checker's diagnostics, tsc's text; an import of a Node module gets mpts's own advice instead. */
export function typeCheck(project: ts.Program): MptsDiagnostic[] {
  try {
    return ts.getPreEmitDiagnostics(project).flatMap((d) => mptsView(d) ?? []);
  } catch (err) {
    // tsc's checker recurses; past its stack (an && chain of ~800 links) it throws: say where, not "internal error"
    if (!isStackOverflow(err)) throw err;
    return [tooDeep(sourceFiles(project), "The TypeScript checker")];
  }
}

/** One checker diagnostic as mpts reports it (undefined: not reported). */
export function mptsView(d: ts.Diagnostic): MptsDiagnostic | undefined {
  const diag = fromTsDiagnostic(d);
  // mpts adds its typings itself, so a project whose node_modules has no mpts yet (`mpts init`, then build) still builds
  if (diag.code === 2688 && diag.message.includes("'mpts/runtime-typings'")) return undefined;
  const node =
    diag.code === 2307 || diag.code === 2591 ? nodeModules.exec(diag.message.replace(/^Cannot find name/, "Cannot find module")) : null;
  if (!node) return diag;
  return {
    ...diag,
    source: "mpts",
    code: Codes.nodeModule,
    message: `The Node module '${node[1]}' is not supported on MicroPython; use the MicroPython modules (socket, network, machine, time, os)`,
  };
}

export interface FileOutput {
  sourceFile: string;
  /** output path relative to the output folder, such as lib/util.py */
  path: string;
  python?: string;
  map?: string;
  helpers: Set<string>;
  diagnostics: MptsDiagnostic[];
}

/** Compile each project source file on its own (the program already type-checked). */
/** noEntry: no module is the program's entry (mpts test's runner is), so none runs the event loop when imported. */
export function compileSources(project: ts.Program, rootDir: string, outDir: string, progress?: Progress, noEntry = false): FileOutput[] {
  return compileFiles(project, rootDir, outDir, progress, noEntry);
}

/**
 * compileSources; `typeErrors`: the program has type errors, and a transform
 * may fail on what the checker could not type: such failures are not reported
 * (the type errors say what to fix; once they are fixed, a real one shows).
 */
function compileFiles(
  project: ts.Program,
  rootDir: string,
  outDir: string,
  progress: Progress | undefined,
  noEntry: boolean,
  typeErrors = false,
): FileOutput[] {
  // one remembering checker for the whole build: the whole-program scans and each file's transform ask about the same nodes
  const checker = rememberingChecker(project.getTypeChecker());
  const sources = sourceFiles(project);
  // each file with the facts of its own programs (programs.ts)
  const imports = importGraph(checker, sources);
  const infos = ProgramInfo.forPrograms(checker, rootDir, sources, imports);
  const options = project.getCompilerOptions();
  const defineClassFields = options.useDefineForClassFields ?? (options.target ?? ts.ScriptTarget.ES2022) >= ts.ScriptTarget.ES2022;
  const strictNullChecks = options.strictNullChecks ?? !!options.strict;
  for (const info of infos.values()) {
    info.defineClassFields = defineClassFields;
    info.strictNullChecks = strictNullChecks;
  }
  const imported = new Set([...imports.values()].flatMap((deps) => [...deps]));
  const outputs = sources.map((sf, i): FileOutput => {
    progress?.(path.relative(rootDir, sf.fileName), i, sources.length);
    const emit = () => emitSourceFile(checker, infos.get(sf)!, sf, outDir, !noEntry && !imported.has(sf.fileName));
    if (!typeErrors) return emit();
    let out: FileOutput;
    try {
      out = emit();
    } catch {
      return { sourceFile: sf.fileName, path: "", helpers: new Set(), diagnostics: [] };
    }
    return { ...out, diagnostics: out.diagnostics.filter((d) => d.code !== Codes.internal) };
  });
  const info = infos.get(sources[0]);
  if (info)
    for (const d of moduleNameClashes(sources, (sf) => outputPath(info, sf), checker))
      outputs.find((o) => o.sourceFile === d.file)!.diagnostics.push(d);
  return outputs;
}

/** Where a source file's Python goes in the output folder, such as lib/util.py. */
export function outputPath(info: ProgramInfo, sf: ts.SourceFile): string {
  const module = info.moduleNameOf(sf);
  return (module ?? path.basename(sf.fileName, ".ts")).split(".").join("/") + ".py";
}

/** One source file's Python and source map (or its diagnostics); `mpts build --watch` calls it per changed file. */
export function emitSourceFile(
  checker: ts.TypeChecker,
  info: ProgramInfo,
  sf: ts.SourceFile,
  outDir: string,
  isEntry: boolean,
): FileOutput {
  const rel = outputPath(info, sf);
  const result = transformSourceFile(checker, sf, info, isEntry);
  const out: FileOutput = { sourceFile: sf.fileName, path: rel, helpers: result.helpers, diagnostics: result.diagnostics };
  if (result.diagnostics.length) return out;
  const printed = printModule(result.module);
  const map = new SourceMapGenerator({ file: path.basename(rel) });
  const sourcePath = path.relative(path.dirname(path.join(outDir, rel)), sf.fileName).replace(/\\/g, "/");
  for (const m of printed.mappings) {
    map.addMapping({
      generated: { line: m.generatedLine, column: m.generatedColumn },
      original: { line: m.sourceLine + 1, column: m.sourceColumn },
      source: sourcePath,
    });
  }
  out.python = printed.code;
  out.map = result.mainFunction ? withMainFunction(map, printed.code, result.mainFunction) : map.toString();
  return out;
}

/**
 * A source map that also names the function the top-level loop runs in and the
 * line that calls it (main-function.ts), so a traceback shows that code as the
 * module's, as it is in the TypeScript (traceback.ts).
 */
function withMainFunction(map: SourceMapGenerator, code: string, name: string): string {
  const line = code.split("\n").lastIndexOf(`${name}()`) + 1;
  return JSON.stringify({ ...map.toJSON(), x_mpts_main: { function: name, line } });
}

/** Compile a project that already type-checked into the files to write. */
export function compileChecked(project: ts.Program, rootDir: string, outDir: string, progress?: Progress): CompileResult {
  const outputs = compileSources(project, rootDir, outDir, progress);
  const diagnostics = outputs.flatMap((o) => o.diagnostics);
  if (diagnostics.length) return { outDir, rootDir, files: [], diagnostics };
  const files: OutputFile[] = [];
  const helpers = new Set<string>();
  for (const o of outputs) {
    o.helpers.forEach((h) => helpers.add(h));
    files.push({ path: o.path, text: o.python! }, { path: o.path + ".map", text: o.map! });
  }
  if (helpers.size) files.push(...runtimeFiles(helpers));
  return { outDir, rootDir, files, diagnostics };
}

/**
 * Write the compiled files (only called after a successful compile): all of
 * them or none, never over a file mpts did not write; else an OutputError.
 */
export function writeOutput(result: CompileResult): void {
  writeFiles(result.outDir, result.files);
}
