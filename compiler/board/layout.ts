// Where the compiled files go on the board. The entry module (the program that
// starts at boot) becomes main.py; other modules keep their paths, so imports
// work from the board's root. The "mpts" section of tsconfig.json can name the
// entry and the file it becomes (schema: schema/mpts-tsconfig.schema.json).
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "../typescript.js";
import { UsageError } from "../program.js";
import { isRuntimeFile } from "../runtime/helpers.js";

export interface MptsSettings {
  /** the .ts file whose module runs at boot, relative to tsconfig.json */
  entry?: string;
  /** the name the entry module gets on the board (default main.py) */
  mainFile?: string;
  /** the default --port: one port, several, "auto" or "all" */
  port?: string | string[];
  /** mpts flash uploads modules as .mpy bytecode (--mpy) */
  mpy?: boolean;
}

const settingTypes: Record<keyof MptsSettings, string> = {
  entry: "string",
  mainFile: "string",
  port: "string or array of strings",
  mpy: "boolean",
};
export const settingNames = Object.keys(settingTypes);

/** The tsconfig.json's "mpts" section for a project folder (a lone .ts file has none). */
export function readSettings(target: string): { settings: MptsSettings; configDir?: string } {
  const abs = path.resolve(target);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory()) return { settings: {} };
  const file = path.join(abs, "tsconfig.json");
  if (!fs.existsSync(file)) return { settings: {} };
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error) return { settings: {}, configDir: abs }; // loadProject reports a broken tsconfig
  const raw = (config as { mpts?: unknown }).mpts;
  if (raw === undefined) return { settings: {}, configDir: abs };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new UsageError(`${file}: "mpts" must be an object, such as { "entry": "src/main.ts" }`);
  const settings = raw as Record<string, unknown>;
  for (const [key, value] of Object.entries(settings)) {
    if (!(key in settingTypes))
      throw new UsageError(`${file}: mpts.${key} is not a setting (known: ${Object.keys(settingTypes).join(", ")})`);
    const ok =
      key === "port"
        ? typeof value === "string" || (Array.isArray(value) && value.every((v) => typeof v === "string"))
        : key === "mpy"
          ? typeof value === "boolean"
          : typeof value === "string";
    if (!ok) throw new UsageError(`${file}: mpts.${key} must be a ${settingTypes[key as keyof MptsSettings]}`);
  }
  const mainFile = settings.mainFile as string | undefined;
  if (mainFile !== undefined && !/^[\w-]+(\/[\w-]+)*\.py$/.test(mainFile))
    throw new UsageError(`${file}: mpts.mainFile must be a .py path on the board such as "main.py", not "${mainFile}"`);
  return { settings: settings as MptsSettings, configDir: abs };
}

export function settingPorts(settings: MptsSettings): string[] | undefined {
  return settings.port === undefined ? undefined : Array.isArray(settings.port) ? settings.port : [settings.port];
}

/** The modules a Python file imports (mpts emits absolute `import a.b` / `from a.b import x`). */
function importedModules(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/^[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import\b|import[ \t]+([\w. \t,]+))/gm)) {
    if (m[1]) found.push(m[1]);
    else for (const part of m[2].split(",")) found.push(part.trim().split(/\s+/)[0]);
  }
  return found;
}

/**
 * The output path of the entry module: the one named by mpts.entry, else
 * main.py, else the only module no other module imports.
 */
export function findEntry(py: { path: string; text: string }[], rootDir: string, settings: MptsSettings, configDir?: string): string {
  const modules = py.filter((f) => f.path.endsWith(".py") && !isRuntimeFile(f.path));
  if (settings.entry) {
    const tsFile = path.resolve(configDir ?? rootDir, settings.entry);
    const rel = path
      .relative(rootDir, tsFile)
      .split(path.sep)
      .join("/")
      .replace(/\.(m|c)?ts$/, ".py");
    if (!modules.some((f) => f.path === rel))
      throw new UsageError(`tsconfig.json: mpts.entry "${settings.entry}" is not a source file of the project`);
    return rel;
  }
  if (modules.some((f) => f.path === "main.py")) return "main.py";
  const imported = new Set(modules.flatMap((f) => importedModules(f.text)).map((m) => m.split(".").join("/") + ".py"));
  const roots = modules.filter((f) => !imported.has(f.path)).map((f) => f.path);
  if (roots.length === 1) return roots[0];
  const names = (roots.length ? roots : modules.map((f) => f.path)).map((p) => p.replace(/\.py$/, ".ts"));
  throw new UsageError(
    `cannot tell which module starts the program (${names.join(", ")}): name it main.ts, or set "mpts": { "entry": "<file>.ts" } in tsconfig.json`,
  );
}

export interface BoardLayout {
  /** the entry module's output path */
  entry: string;
  /** its name on the board */
  mainFile: string;
  /** output path -> board path */
  toBoard(local: string): string;
  /** board path (as a traceback names it) -> output path */
  toLocal(board: string): string;
}

export function boardLayout(entry: string, mainFile = "main.py", outputs: string[] = []): BoardLayout {
  if (entry !== mainFile && outputs.includes(mainFile))
    throw new UsageError(
      `${mainFile} on the board would be both the entry ${entry.replace(/\.py$/, ".ts")} and ${mainFile.replace(/\.py$/, ".ts")}; rename one, or set mpts.mainFile in tsconfig.json`,
    );
  return {
    entry,
    mainFile,
    toBoard: (local) => (local === entry ? mainFile : local),
    toLocal: (board) => (board === mainFile ? entry : board),
  };
}

/** The module name Python imports the board's main file by (lib/app.py -> lib.app). */
export function moduleName(pyPath: string): string {
  return pyPath.replace(/\.py$/, "").split("/").join(".");
}
