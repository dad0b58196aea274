// What mpts changes in a program's compiler options, whatever tsconfig.json
// says, in `mpts build`, the watch and the editor plugin alike: every source
// file is a module (Python modules never share one global scope, so a lone
// file's `const name = ...` must not clash with the typings' globals), and a
// board has no DOM (whose print, setTimeout and console would stand in for the
// board's; TypeScript adds it when tsconfig.json has no "lib").
import { ts } from "./typescript.js";
import { Codes, type MptsDiagnostic } from "./diagnostics.js";

/** The browser's libraries: lib.dom.d.ts, lib.dom.iterable.d.ts, lib.webworker.d.ts... */
const browserLib = /^lib\.(dom|webworker)(\.[\w.]+)?\.d\.ts$/i;

/** The target's default library without the DOM: lib.es2022.full.d.ts -> lib.es2022.d.ts. */
function targetLib(options: ts.CompilerOptions): string {
  const name = ts.getDefaultLibFileName(options);
  return name === "lib.d.ts" ? "lib.es5.d.ts" : name.replace(/\.full\.d\.ts$/, ".d.ts");
}

export interface BoardOptions {
  options: ts.CompilerOptions;
  /** the browser libraries tsconfig.json asked for, left out ("lib.dom.d.ts") */
  dropped: string[];
}

export function boardOptions(options: ts.CompilerOptions): BoardOptions {
  const forced: ts.CompilerOptions = { ...options, moduleDetection: ts.ModuleDetectionKind.Force };
  if (options.noLib) return { options: forced, dropped: [] };
  const lib = options.lib ?? [];
  const dropped = lib.filter((l) => browserLib.test(l));
  const kept = lib.filter((l) => !browserLib.test(l));
  forced.lib = kept.length ? kept : [targetLib(options)];
  return { options: forced, dropped };
}

/** The string literals of compilerOptions.lib in one tsconfig file. */
function libEntries(config: ts.TsConfigSourceFile): ts.StringLiteral[] {
  const root = config.statements[0]?.expression;
  const prop = (o: ts.Node | undefined, name: string) =>
    o && ts.isObjectLiteralExpression(o)
      ? o.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isStringLiteral(p.name) && p.name.text === name)
          ?.initializer
      : undefined;
  const lib = prop(prop(root, "compilerOptions"), "lib");
  return lib && ts.isArrayLiteralExpression(lib) ? lib.elements.filter(ts.isStringLiteral) : [];
}

/**
 * The one warning for a tsconfig.json that asks for the DOM, at the first such
 * "lib" entry (in the tsconfig or a file it extends).
 */
export function browserLibWarning(options: ts.CompilerOptions, dropped: string[]): MptsDiagnostic | undefined {
  if (dropped.length === 0) return undefined;
  const configPath = options.configFilePath as string | undefined;
  const configFile = options.configFile as ts.TsConfigSourceFile | undefined;
  const files = [configPath, ...(configFile?.extendedSourceFiles ?? [])].filter((f): f is string => !!f);
  for (const file of files) {
    const source = file === configPath && configFile ? configFile : ts.readJsonConfigFile(file, ts.sys.readFile);
    const entries = libEntries(source).filter((e) => browserLib.test(`lib.${e.text}.d.ts`));
    if (entries.length === 0) continue;
    const start = entries[0].getStart(source);
    const { line, character } = source.getLineAndCharacterOfPosition(start);
    const names = entries.map((e) => `"${e.text}"`).join(", ");
    return {
      code: Codes.browserLib,
      message: `A board has no DOM: ${names} in "lib" ${entries.length > 1 ? "are" : "is"} left out, so print, setTimeout and console are the board's; remove ${entries.length > 1 ? "them" : "it"} from "lib"`,
      file,
      line: line + 1,
      column: character + 1,
      start,
      length: entries[0].getEnd() - start,
      category: "warning",
      source: "mpts",
    };
  }
  return {
    code: Codes.browserLib,
    message: `A board has no DOM: the "lib" of tsconfig.json asks for ${dropped.join(", ")}, which is left out`,
    file: configPath,
    category: "warning",
    source: "mpts",
  };
}
