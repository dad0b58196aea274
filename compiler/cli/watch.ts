// mpts build --watch: TypeScript's watch API (the builder program tsc --watch
// uses) re-checks only what a change affects, and only the files whose Python
// can change are transformed again: the changed files, the files the builder
// re-checked (their types depend on a change) and their importers (the names a
// module exports). The whole-program scans the transforms depend on (ordered
// dicts, asyncio, how interfaces are represented, enum lookups) re-read only
// those files and reuse what they found in the others (ProgramInfo.reusable);
// when an edit changes what a file contributes to them (programSummary),
// every file is compiled again. A .py is rewritten only when its text changed.
// As in `mpts build`, nothing is written while the program has errors; the
// files waiting for a fix are written once it compiles again. Each rebuild's
// files are written as in `mpts build` (output.ts): all or none, never over a
// file mpts did not write; removed sources' outputs are deleted only when mpts
// wrote them. A write that fails is reported and tried again at the next save.
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "../typescript.js";
import {
  commonDir,
  defaultOptions,
  besideTypeErrors,
  emitSourceFile,
  inSourceOrder,
  mptsView,
  outputPath,
  typingFiles,
  UsageError,
  writeOutput,
  type FileOutput,
} from "../program.js";
import { moduleNameClashes } from "../module-names.js";
import { OutputError, removeWritten } from "../output.js";
import { Codes, formatDiagnostic, type MptsDiagnostic } from "../diagnostics.js";
import { ProgramInfo } from "../transform/program-info.js";
import { flowSummary, type Representation } from "../transform/shapes.js";
import { recordSummary } from "../transform/records.js";
import { runtimeFiles } from "../runtime/helpers.js";
import * as colors from "./colors.js";
import { isTestFile } from "../testing/files.js";
import { importsOf } from "../transform/programs.js";
import { boardOptions, browserLibWarning } from "../board-options.js";
import { boardSystem } from "../ts-host.js";

export interface WatchOptions {
  outDir?: string;
  /** wait after a change before rebuilding, so a save that touches several files is one rebuild (tsc waits 250 ms) */
  debounceMs?: number;
  /** after each rebuild: the whole program's Python when it compiled, undefined when it has errors (mpts run --watch) */
  /** the program's files (Python and source maps) and the output folder, or undefined while it has errors */
  onResult?: (files: { path: string; text: string }[] | undefined, outDir?: string) => void;
}

type Io = { out: (s: string) => void; err: (s: string) => void };

export interface Watcher {
  close(): void;
}

/** tsc's watch status line, `[10:02:03 AM] message`, which VS Code's `$tsc-watch` matcher reads. */
function status(io: Io, message: string): void {
  io.out(`[${colors.out.gray(new Date().toLocaleTimeString())}] ${message}`);
}

export function watch(target: string, options: WatchOptions, io: Io): Watcher {
  const abs = path.resolve(target);
  if (!fs.existsSync(abs)) throw new UsageError(`${target}: no such file or folder`);
  const cwd = process.cwd();
  const debounce = options.debounceMs ?? 10;
  const system: ts.System = {
    ...boardSystem(),
    setTimeout: (cb, ms, ...args) => setTimeout(cb, Math.min(ms, debounce), ...args),
  };
  const report = (d: ts.Diagnostic) => {
    const m = mptsView(d);
    if (m) io.err(formatDiagnostic(m, cwd));
  };
  const reportStatus = (d: ts.Diagnostic) => {
    // 6193/6194 ("Found N errors") come from tsc's own emit; mpts reports its count itself
    if (d.code !== 6193 && d.code !== 6194) status(io, ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  };
  const factory = ts.createSemanticDiagnosticsBuilderProgram;
  type Builder = ts.SemanticDiagnosticsBuilderProgram;
  let host: ts.WatchCompilerHostOfConfigFile<Builder> | ts.WatchCompilerHostOfFilesAndCompilerOptions<Builder>;
  let layout: (sources: string[], options: ts.CompilerOptions) => { rootDir: string; outDir: string };
  if (fs.statSync(abs).isDirectory()) {
    const config = path.join(abs, "tsconfig.json");
    if (!fs.existsSync(config))
      throw new UsageError(`${target}: no tsconfig.json in this folder; pass a .ts file or create one with 'mpts init'`);
    host = ts.createWatchCompilerHost(config, { noEmit: true }, system, factory, report, reportStatus);
    layout = (sources, opts) => ({
      rootDir: opts.rootDir ? path.resolve(abs, opts.rootDir) : commonDir(sources, abs),
      outDir: options.outDir ? path.resolve(options.outDir) : opts.outDir ? path.resolve(abs, opts.outDir) : path.join(abs, "dist"),
    });
  } else {
    if (!/\.(m|c)?ts$/.test(abs) || abs.endsWith(".d.ts"))
      throw new UsageError(`${target}: expected a .ts file or a folder with tsconfig.json`);
    host = ts.createWatchCompilerHost([abs], defaultOptions, system, factory, report, reportStatus);
    layout = () => ({ rootDir: path.dirname(abs), outDir: options.outDir ? path.resolve(options.outDir) : path.dirname(abs) });
  }
  // doc comments parsed as tsc --watch parses them (ts-host.ts createBoardProgram)
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseForTypeErrors;
  // mpts always compiles against its typings, whatever the tsconfig includes; test files are mpts test's;
  // every file is a module and the DOM stays out (board-options.ts)
  const typings = typingFiles();
  const createProgram = host.createProgram;
  const state = new WatchState(io, cwd, layout);
  state.onResult = options.onResult;
  host.createProgram = (roots, opts, compilerHost, old, configDiagnostics, references) => {
    const files = [...new Set([...(roots ?? []).filter((f) => !isTestFile(f)), ...typings])];
    const board = boardOptions(opts ?? {});
    state.warnings = [browserLibWarning(opts ?? {}, board.dropped) ?? []].flat();
    return createProgram(files, board.options, compilerHost, old, configDiagnostics, references);
  };
  host.afterProgramCreate = (builder) => state.update(builder);
  const program = "configFileName" in host ? ts.createWatchProgram(host) : ts.createWatchProgram(host);
  return { close: () => program.close() };
}

interface Facts {
  rootDir: string;
  outDir: string;
  defineClassFields: boolean;
}

/** The whole-program facts one file's Python depends on (ordered, usesAsync...: ProgramInfo's flags) and its programs' files. */
function programFacts(info: ProgramInfo): string {
  const flags = Object.entries(info).filter(([, v]) => typeof v === "boolean");
  return JSON.stringify([flags, info.files.map((f) => f.fileName)]);
}

class WatchState {
  /** the last program's project files, to tell which ones changed */
  private sources = new Map<string, ts.SourceFile>();
  /** what was last written for each project file */
  private written = new Map<string, FileOutput>();
  /** project files whose output must be (re)computed once the program compiles */
  private pending = new Set<string>();
  private entries = new Map<string, boolean>();
  /** project files that left the program, whose outputs are deleted at the next successful build */
  private gone = new Set<string>();
  private imports = new Map<string, { sf: ts.SourceFile; deps: Set<string> }>();
  /** per file, what it contributes to the program-wide facts (programSummary) */
  private summaries = new Map<string, string>();
  private fileSet = "";
  /** per program scope (its files), representations of its types */
  private representations = new Map<string, Map<string, Representation>>();
  /** per file, programFacts of its last compile */
  private fileFacts = new Map<string, string>();
  private facts?: Facts;
  /** the tsconfig's own warnings (board-options.ts), reported at every rebuild */
  warnings: MptsDiagnostic[] = [];
  /** the runtime files as last written (none when no module uses a helper) */
  private runtime: { path: string; text: string }[] = [];

  constructor(
    private readonly io: Io,
    private readonly cwd: string,
    private readonly layout: (sources: string[], options: ts.CompilerOptions) => { rootDir: string; outDir: string },
  ) {}

  update(builder: ts.SemanticDiagnosticsBuilderProgram): void {
    const started = performance.now();
    const program = builder.getProgram();
    const sources = program.getSourceFiles().filter((f) => !f.isDeclarationFile && !f.fileName.includes("/node_modules/"));
    const names = new Set(sources.map((s) => s.fileName));
    let everything = this.facts === undefined;
    // check what the change affects (only those files' diagnostics are computed again)
    for (;;) {
      const next = builder.getSemanticDiagnosticsOfNextAffectedFile();
      if (!next) break;
      if (!("kind" in next.affected)) everything = true;
      else if (names.has(next.affected.fileName)) this.pending.add(next.affected.fileName);
    }
    for (const f of this.sources.keys()) if (!names.has(f)) this.gone.add(f);
    for (const sf of sources) if (this.sources.get(sf.fileName) !== sf) this.pending.add(sf.fileName);
    this.sources = new Map(sources.map((s) => [s.fileName, s]));
    for (const f of this.gone) if (names.has(f)) this.gone.delete(f);
    for (const f of this.pending) if (!names.has(f)) this.pending.delete(f);

    const tsDiagnostics = [
      ...builder.getConfigFileParsingDiagnostics(),
      ...builder.getOptionsDiagnostics(),
      ...builder.getGlobalDiagnostics(),
      ...builder.getSyntacticDiagnostics(),
      ...builder.getSemanticDiagnostics(),
    ].flatMap((d) => mptsView(d) ?? []);
    if (tsDiagnostics.some((d) => d.category === "error")) {
      if (everything) for (const s of sources) this.pending.add(s.fileName);
      const mine = besideTypeErrors(tsDiagnostics, this.diagnoseBroken(program, sources));
      return this.finish(inSourceOrder([...tsDiagnostics, ...mine]));
    }

    const checker = program.getTypeChecker();
    const options = program.getCompilerOptions();
    const { rootDir, outDir } = this.layout(
      sources.map((s) => s.fileName),
      options,
    );
    const imports = this.importGraph(checker, sources);
    const importers = new Map<string, string[]>();
    for (const [file, deps] of imports) for (const d of deps) importers.set(d, [...(importers.get(d) ?? []), file]);
    for (const sf of sources) {
      const entry = !importers.has(sf.fileName);
      if (this.entries.get(sf.fileName) !== entry) this.pending.add(sf.fileName);
      this.entries.set(sf.fileName, entry);
    }
    // files to transform again: the changed and re-checked ones and their importers;
    // the program-wide scans re-read only those and reuse what they found in the others
    const stale = new Set(this.pending);
    for (const f of this.pending) for (const i of importers.get(f) ?? []) stale.add(i);
    const reusable = new Set(sources.filter((s) => !stale.has(s.fileName)));
    // what the other files' Python depends on: when an edit changes it, every file is compiled again
    const fileSet = sources
      .map((s) => s.fileName)
      .sort()
      .join("\n");
    if (fileSet !== this.fileSet) everything = true;
    this.fileSet = fileSet;
    for (const f of stale) {
      const summary = programSummary(checker, this.sources.get(f)!);
      if (this.summaries.get(f) !== summary) everything = true;
      this.summaries.set(f, summary);
    }
    // each file with the facts of its own programs (programs.ts); a file whose facts changed is compiled again
    const infos = ProgramInfo.forPrograms(checker, rootDir, sources, imports, reusable);
    const defineClassFields = options.useDefineForClassFields ?? (options.target ?? ts.ScriptTarget.ES2022) >= ts.ScriptTarget.ES2022;
    const facts: Facts = { rootDir, outDir, defineClassFields };
    if (!this.facts || Object.keys(facts).some((k) => facts[k as keyof Facts] !== this.facts![k as keyof Facts])) everything = true;
    if (everything) this.representations = new Map();
    const fileFacts = new Map<string, string>();
    for (const [sf, info] of infos) {
      info.defineClassFields = defineClassFields;
      const scope = info.files.map((f) => f.fileName).join("\n");
      if (!this.representations.has(scope)) this.representations.set(scope, new Map());
      info.representations = this.representations.get(scope);
      fileFacts.set(sf.fileName, programFacts(info));
      if (this.fileFacts.get(sf.fileName) !== fileFacts.get(sf.fileName)) stale.add(sf.fileName);
    }
    if (this.facts && this.facts.outDir !== outDir) this.written.clear();
    const todo = everything ? new Set(sources.map((s) => s.fileName)) : stale;
    const info = infos.get(sources[0])!;
    const clashes = moduleNameClashes(sources, (sf) => outputPath(info, sf), checker);
    if (clashes.length) {
      for (const f of todo) this.pending.add(f);
      return this.finish(clashes);
    }

    const outputs = [...todo].map((f) => {
      const sf = this.sources.get(f)!;
      return emitSourceFile(checker, infos.get(sf)!, sf, outDir, this.entries.get(f)!);
    });
    const mptsDiagnostics = outputs.flatMap((o) => o.diagnostics);
    if (mptsDiagnostics.length) {
      for (const f of todo) this.pending.add(f);
      return this.finish(mptsDiagnostics);
    }

    // write what changed; forget (and delete) the outputs of files no longer in the program;
    // the state changes only once the files are written
    const written = new Map(this.written);
    const files: { path: string; text: string }[] = [];
    const obsolete: string[] = [];
    for (const o of outputs) {
      const before = written.get(o.sourceFile);
      if (before?.python === o.python && before?.path === o.path) continue;
      if (before && before.path !== o.path) obsolete.push(before.path, before.path + ".map");
      files.push({ path: o.path, text: o.python! }, { path: o.path + ".map", text: o.map! });
      written.set(o.sourceFile, o);
    }
    const deleted: string[] = [];
    for (const f of this.gone) {
      const before = written.get(f);
      if (before) {
        obsolete.push(before.path, before.path + ".map");
        deleted.push(before.path);
      }
      written.delete(f);
    }
    const helpers = new Set([...written.values()].flatMap((o) => [...o.helpers]));
    const runtime = helpers.size ? runtimeFiles(helpers) : [];
    for (const f of runtime) {
      const before = this.runtime.find((r) => r.path === f.path);
      if (before?.text !== f.text || !fs.existsSync(path.join(outDir, f.path))) files.push(f);
    }
    for (const r of this.runtime) if (!runtime.some((f) => f.path === r.path)) obsolete.push(r.path);
    try {
      writeOutput({ outDir, rootDir, files, diagnostics: [] });
      // a path another source's output now has stays
      removeWritten(
        outDir,
        obsolete.filter((p) => !files.some((f) => f.path === p)),
      );
    } catch (err) {
      if (!(err instanceof OutputError)) throw err;
      for (const f of todo) this.pending.add(f);
      this.io.err(`mpts: ${err.message}`);
      return this.finish([], 1);
    }
    this.pending.clear();
    this.facts = facts;
    this.fileFacts = fileFacts;
    this.written = written;
    this.runtime = runtime;
    for (const f of this.gone) {
      this.entries.delete(f);
      this.summaries.delete(f);
    }
    this.gone.clear();
    const py = files.filter((f) => f.path.endsWith(".py")).map((f) => f.path);
    const where = path.relative(this.cwd, outDir) || ".";
    const ms = colors.out.gray(`(${Math.round(performance.now() - started)} ms)`);
    if (py.length) this.io.out(`mpts: wrote ${py.join(", ")} to ${where} ${ms}`);
    if (deleted.length) this.io.out(`mpts: removed ${deleted.join(", ")} from ${where}`);
    this.finish([]);
  }

  /** The project files each project file imports (an imported file is not an entry module); unchanged files keep theirs. */
  private importGraph(checker: ts.TypeChecker, sources: readonly ts.SourceFile[]): Map<string, Set<string>> {
    const byPath = new Map(sources.map((s) => [path.resolve(s.fileName), s.fileName]));
    const sameFiles = sources.length === this.imports.size && sources.every((s) => this.imports.has(s.fileName));
    const graph = new Map<string, { sf: ts.SourceFile; deps: Set<string> }>();
    for (const sf of sources) {
      const before = this.imports.get(sf.fileName);
      const reuse = sameFiles && before?.sf === sf && !this.pending.has(sf.fileName);
      graph.set(sf.fileName, reuse ? before! : { sf, deps: importsOf(checker, sf, byPath) });
    }
    this.imports = graph;
    return new Map([...graph].map(([f, g]) => [f, g.deps]));
  }

  /**
   * mpts's own diagnostics while the program has type errors, as the editor
   * shows them: those of the files waiting for a fix (a file written since has
   * none). A transform that fails on code the checker could not type is not
   * reported; nothing is written and the watch's state is unchanged.
   */
  private diagnoseBroken(program: ts.Program, sources: readonly ts.SourceFile[]): MptsDiagnostic[] {
    try {
      const checker = program.getTypeChecker();
      const { rootDir, outDir } = this.layout(
        sources.map((s) => s.fileName),
        program.getCompilerOptions(),
      );
      const byPath = new Map(sources.map((s) => [path.resolve(s.fileName), s.fileName]));
      const imports = new Map(sources.map((s) => [s.fileName, importsOf(checker, s, byPath)]));
      const imported = new Set([...imports.values()].flatMap((d) => [...d]));
      const infos = ProgramInfo.forPrograms(checker, rootDir, sources, imports);
      return sources
        .filter((sf) => this.pending.has(sf.fileName))
        .flatMap((sf) => {
          try {
            return emitSourceFile(checker, infos.get(sf)!, sf, outDir, !imported.has(sf.fileName)).diagnostics;
          } catch {
            return [];
          }
        })
        .filter((d) => d.code !== Codes.internal);
    } catch {
      return [];
    }
  }

  /** `others`: errors reported otherwise (an output folder that cannot be written) */
  private finish(all: MptsDiagnostic[], others = 0): void {
    all = [...this.warnings, ...all];
    for (const d of all) this.io.err(formatDiagnostic(d, this.cwd));
    const n = all.filter((d) => d.category === "error").length + others;
    // uncoloured, as tsc prints it: VS Code's `$tsc-watch` matcher waits for this line
    status(this.io, `Found ${n} error${n === 1 ? "" : "s"}. Watching for file changes.`);
    this.onResult?.(n === 0 ? this.program() : undefined, this.facts?.outDir);
  }

  onResult?: WatchOptions["onResult"];

  /** The program's Python as last written: every module with its source map, and the runtime when one is used. */
  private program(): { path: string; text: string }[] {
    const files = [...this.written.values()].flatMap((o) => [
      { path: o.path, text: o.python! },
      ...(o.map ? [{ path: o.path + ".map", text: o.map }] : []),
    ]);
    return [...files, ...this.runtime];
  }
}

/**
 * What a file contributes to the facts other files' Python depends on, as text:
 * the shapes of the types it declares (structural types and classes, member by
 * member), where class instances and plain objects flow into structural types,
 * and the enums it looks up by value.
 */
function programSummary(checker: ts.TypeChecker, sf: ts.SourceFile): string {
  const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseFullyQualifiedType;
  const str = (t: ts.Type) => checker.typeToString(t, undefined, flags);
  const lines: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n) || ts.isClassLike(n) || ts.isEnumDeclaration(n)) {
      const symbol = n.name && checker.getSymbolAtLocation(n.name);
      if (symbol) {
        const t = checker.getDeclaredTypeOfSymbol(symbol);
        lines.push(`type ${str(t)}`);
        for (const p of checker.getPropertiesOfType(t))
          lines.push(`  ${p.name}${p.flags & ts.SymbolFlags.Optional ? "?" : ""}: ${str(checker.getTypeOfSymbolAtLocation(p, n))}`);
        for (const sig of [...t.getCallSignatures(), ...t.getConstructSignatures()])
          lines.push(`  ${checker.signatureToString(sig, undefined, flags)}`);
        for (const index of checker.getIndexInfosOfType(t)) lines.push(`  [${str(index.keyType)}]: ${str(index.type)}`);
      }
    }
    if (ts.isElementAccessExpression(n)) {
      const sym = checker.getTypeAtLocation(n.expression).getSymbol();
      if (sym && sym.flags & ts.SymbolFlags.Enum) lines.push(`enum lookup ${checker.getFullyQualifiedName(sym)}`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return [...lines, ...flowSummary(checker, sf), ...recordSummary(checker, sf)].join("\n");
}
