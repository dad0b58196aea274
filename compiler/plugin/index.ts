// The TypeScript language service plugin: `"plugins": [{ "name": "mpts/plugin" }]`
// in tsconfig.json makes tsserver (VS Code, and any editor that uses it) show
// mpts's own diagnostics, such as `eval` or a regular expression, which
// MicroPython cannot run, as the user types, with their MPTS codes and the
// replacement to write. They come from the compiler's transforms run on the
// editor's program, so the editor and `mpts build` report the same things.
// tsserver loads plugins with require(): plugin/index.js (CommonJS) loads the
// bundle dist/plugin.cjs that `npm run bundle` builds from this file.
import * as path from "node:path";
import { ts } from "../typescript.js";
import { Codes, type MptsDiagnostic } from "../diagnostics.js";
import { ProgramInfo } from "../transform/program-info.js";
import { transformSourceFile } from "../transform/module.js";
import { importGraph } from "../transform/programs.js";
import { boardOptions, browserLibWarning } from "../board-options.js";
import { trimCompletions } from "./completions.js";

/** What VS Code shows next to the message: `mpts(1003)`. */
export const diagnosticSource = "mpts";

type Modules = { typescript: typeof ts };

/** The transforms compare node kinds with the compiler's TypeScript: only the same version's nodes can be handed to them. */
function sameVersion(a: string, b: string): boolean {
  return a.split(".").slice(0, 2).join(".") === b.split(".").slice(0, 2).join(".");
}

function commonDir(files: string[], fallback: string): string {
  if (files.length === 0) return fallback;
  let dir = path.dirname(files[0]);
  for (const f of files) while (!(f + "/").startsWith(dir.endsWith("/") ? dir : dir + "/")) dir = path.dirname(dir);
  return dir;
}

const isProjectFile = (f: ts.SourceFile) => !f.isDeclarationFile && !f.fileName.includes("/node_modules/");

/** The program-wide facts (module names, ordered dicts), once per program version, per file (its programs: programs.ts). */
const infos = new WeakMap<ts.Program, Map<ts.SourceFile, ProgramInfo>>();

function programInfo(program: ts.Program, sf: ts.SourceFile, currentDirectory: string): ProgramInfo {
  let info = infos.get(program);
  if (!info) {
    const sources = program.getSourceFiles().filter(isProjectFile);
    const options = program.getCompilerOptions();
    const configDir = options.configFilePath ? path.dirname(options.configFilePath as string) : currentDirectory;
    const rootDir = options.rootDir
      ? path.resolve(configDir, options.rootDir)
      : commonDir(
          sources.map((s) => s.fileName),
          configDir,
        );
    const checker = program.getTypeChecker();
    info = ProgramInfo.forPrograms(checker, rootDir, sources, importGraph(checker, sources));
    const defineClassFields = options.useDefineForClassFields ?? (options.target ?? ts.ScriptTarget.ES2022) >= ts.ScriptTarget.ES2022;
    for (const i of info.values()) i.defineClassFields = defineClassFields;
    infos.set(program, info);
  }
  return info.get(sf)!;
}

/**
 * mpts's diagnostics for one file of a program. Internal compiler failures
 * (MPTS1000) only count once the file type-checks: half-typed code is normal in
 * an editor, and `mpts build` does not transform code with type errors either.
 */
export function mptsDiagnostics(program: ts.Program, fileName: string, currentDirectory: string, typeChecks: boolean): MptsDiagnostic[] {
  const sf = program.getSourceFile(fileName);
  if (!sf || !isProjectFile(sf)) return [];
  const result = transformSourceFile(program.getTypeChecker(), sf, programInfo(program, sf, currentDirectory), false);
  return result.diagnostics.filter((d) => typeChecks || d.code !== Codes.internal);
}

function toTsDiagnostic(d: MptsDiagnostic, file: ts.SourceFile | undefined): ts.Diagnostic {
  const start = d.start ?? (file && d.line ? file.getPositionOfLineAndCharacter(d.line - 1, (d.column ?? 1) - 1) : 0);
  return {
    file,
    start,
    length: d.length ?? 1,
    messageText: d.message,
    category: d.category === "warning" ? ts.DiagnosticCategory.Warning : ts.DiagnosticCategory.Error,
    code: d.code,
    source: diagnosticSource,
  };
}

/** A language service host of the compiler's TypeScript over the editor's files (open buffers included). */
function shadowHost(host: ts.LanguageServiceHost): ts.LanguageServiceHost {
  return {
    getCompilationSettings: () => host.getCompilationSettings(),
    getScriptFileNames: () => host.getScriptFileNames(),
    getScriptVersion: (f) => host.getScriptVersion(f),
    getScriptSnapshot: (f) => host.getScriptSnapshot(f),
    getCurrentDirectory: () => host.getCurrentDirectory(),
    getDefaultLibFileName: (o) => host.getDefaultLibFileName(o),
    fileExists: (f) => (host.fileExists ? host.fileExists(f) : ts.sys.fileExists(f)),
    readFile: (f, e) => (host.readFile ? host.readFile(f, e) : ts.sys.readFile(f, e)),
    readDirectory: (...a) => (host.readDirectory ? host.readDirectory(...a) : ts.sys.readDirectory(...a)),
    directoryExists: (d) => (host.directoryExists ? host.directoryExists(d) : ts.sys.directoryExists(d)),
    getDirectories: (d) => (host.getDirectories ? host.getDirectories(d) : ts.sys.getDirectories(d)),
    realpath: (p) => (host.realpath ? host.realpath(p) : p),
    useCaseSensitiveFileNames: () => ts.sys.useCaseSensitiveFileNames,
  };
}

/**
 * The editor checks with the options `mpts build` uses (board-options.ts):
 * every file a module, no DOM. The service asks its host for them before each
 * new program; the same options object comes back while tsconfig.json is unchanged.
 */
function forceBoardOptions(host: ts.LanguageServiceHost): () => ts.CompilerOptions {
  const settings = host.getCompilationSettings.bind(host);
  let last: { from: ts.CompilerOptions; to: ts.CompilerOptions } | undefined;
  host.getCompilationSettings = () => {
    const from = settings();
    if (last?.from !== from) last = { from, to: boardOptions(from).options };
    return last.to;
  };
  return settings;
}

function init(modules: Modules): ts.server.PluginModule {
  const editorTs = modules.typescript;
  return {
    create(info: ts.server.PluginCreateInfo): ts.LanguageService {
      const service = info.languageService;
      const log = (s: string) => info.project?.projectService?.logger?.info(`[mpts] ${s}`);
      const tsconfigOptions = forceBoardOptions(info.languageServiceHost);
      // an editor running another TypeScript version gets a second program from the compiler's own TypeScript
      const direct = sameVersion(editorTs.version, ts.version);
      let shadow: ts.LanguageService | undefined;
      const programFor = (): ts.Program | undefined => {
        if (direct) return service.getProgram();
        shadow ??= ts.createLanguageService(shadowHost(info.languageServiceHost), ts.createDocumentRegistry());
        return shadow.getProgram();
      };
      log(`mpts diagnostics on (TypeScript ${editorTs.version}${direct ? "" : `, checked with ${ts.version}`})`);

      const proxy = Object.create(null) as ts.LanguageService;
      for (const key of Object.keys(service) as (keyof ts.LanguageService)[]) {
        const member = service[key];
        (proxy as unknown as Record<string, unknown>)[key] =
          typeof member === "function" ? (...args: unknown[]) => (member as (...a: unknown[]) => unknown).apply(service, args) : member;
      }
      proxy.getSemanticDiagnostics = (fileName: string) => {
        const prior = service.getSemanticDiagnostics(fileName);
        try {
          const program = programFor();
          if (!program) return prior;
          const typeChecks =
            !prior.some((d) => d.category === ts.DiagnosticCategory.Error) && service.getSyntacticDiagnostics(fileName).length === 0;
          const found = mptsDiagnostics(program, fileName, info.languageServiceHost.getCurrentDirectory(), typeChecks);
          // positions belong to the editor's copy of the file
          const file = service.getProgram()?.getSourceFile(fileName) as ts.SourceFile | undefined;
          // not at a type error's place, where it would say the same (a name or module that is not found)
          const errorsAt = new Set(prior.filter((d) => d.category === ts.DiagnosticCategory.Error).map((d) => d.start));
          return [...prior, ...found.map((d) => toTsDiagnostic(d, file)).filter((d) => !errorsAt.has(d.start))];
        } catch (err) {
          log(`failed on ${fileName}: ${err instanceof Error ? err.stack : String(err)}`);
          return prior;
        }
      };
      // completions without the typings' internal markers, nor Function's members on board callables
      proxy.getCompletionsAtPosition = (fileName, position, options, formatting) => {
        const prior = service.getCompletionsAtPosition(fileName, position, options, formatting);
        if (!prior) return prior;
        try {
          const program = programFor();
          return program ? (trimCompletions(program, fileName, position, prior as ts.CompletionInfo) as typeof prior) : prior;
        } catch (err) {
          log(`completions failed on ${fileName}: ${err instanceof Error ? err.stack : String(err)}`);
          return prior;
        }
      };
      // a tsconfig.json that asks for the DOM: the warning `mpts build` gives, on its "lib" entry
      proxy.getCompilerOptionsDiagnostics = () => {
        const prior = service.getCompilerOptionsDiagnostics();
        try {
          const options = tsconfigOptions();
          const warning = browserLibWarning(options, boardOptions(options).dropped);
          const file = options.configFile as ts.SourceFile | undefined;
          return warning ? [...prior, toTsDiagnostic(warning, warning.file === file?.fileName ? file : undefined)] : prior;
        } catch (err) {
          log(`failed on the compiler options: ${err instanceof Error ? err.stack : String(err)}`);
          return prior;
        }
      };
      return proxy;
    },
  };
}

export default init;
