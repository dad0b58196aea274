// Reads mpts_rt.py into named helpers and writes the subset a program uses,
// with the helpers they depend on and the modules they import. Helpers marked
// `slow` (the rare paths of others: float digits past 15, text that is not a
// plain number, raising an error on bad input) go to a second file,
// mpts_rt_slow.py, with what only they need, which the board compiles only when
// a program first takes such a path: compiling code costs time and heap on
// every start, and most programs never reach these.
import * as fs from "node:fs";
import * as path from "node:path";
import { runtimeDir } from "../paths.js";

export interface Helper {
  name: string;
  needs: string[];
  imports: string[];
  code: string;
  /** "alias-of: js_num": a smaller stand-in for that helper, which replaces it when the program has both */
  aliasOf?: string;
  /** a rare path of other helpers (a plain function): kept in mpts_rt_slow.py, with what only it needs, unless the program calls it itself */
  slow?: boolean;
}

/** The runtime's files: every helper a program's modules import is in the first. */
export const runtimeFileNames: readonly string[] = ["mpts_rt.py", "mpts_rt_slow.py"];
const slowModule = runtimeFileNames[1].replace(/\.py$/, "");

/** Whether an output path is one of the runtime's files. */
export const isRuntimeFile = (p: string): boolean => runtimeFileNames.includes(p);

let cache: Map<string, Helper> | undefined;

function load(): Map<string, Helper> {
  if (cache) return cache;
  const source = fs.readFileSync(path.join(runtimeDir, "mpts_rt.py"), "utf8");
  const helpers = new Map<string, Helper>();
  const parts = source.split(/^# @helper /m).slice(1);
  for (const part of parts) {
    const nl = part.indexOf("\n");
    const header = part.slice(0, nl);
    const name = header.split(/\s+/)[0];
    const needs = /needs: ([\w, ]+?)(?:\s+imports:|$)/.exec(header)?.[1].split(/,\s*/).filter(Boolean) ?? [];
    const imports = /imports: ([\w, ]+)/.exec(header)?.[1].split(/,\s*/).filter(Boolean) ?? [];
    const aliasOf = /alias-of: (\w+)/.exec(header)?.[1];
    const slow = /^\S+\s+slow\b/.test(header);
    helpers.set(name, { name, needs, imports, code: part.slice(nl + 1).trim(), aliasOf, slow });
  }
  cache = helpers;
  return helpers;
}

/** Every helper of mpts_rt.py, in file order (for reports such as bench/runtime-weight.ts). */
export function allHelpers(): readonly Readonly<Helper>[] {
  return [...load().values()];
}

/** `used` and the helpers they need, in mpts_rt.py's order. */
export function helperClosure(used: Iterable<string>): string[] {
  const helpers = load();
  const wanted = new Set<string>();
  const add = (n: string) => {
    if (wanted.has(n)) return;
    const h = helpers.get(n);
    if (!h) throw new Error(`unknown runtime helper ${n}`);
    wanted.add(n);
    h.needs.forEach(add);
  };
  for (const n of used) add(n);
  return [...helpers.keys()].filter((n) => wanted.has(n));
}

export function helperExists(name: string): boolean {
  return load().has(name);
}

const head = "# mpts runtime helpers used by this program (generated; do not edit)\n";

/** The first line of every runtime file mpts writes. */
export const runtimeHead = head.trimEnd();

/**
 * The runtime files holding exactly `used` and their dependencies, in a stable order:
 * mpts_rt.py, and mpts_rt_slow.py when a helper the program reaches has a slow part.
 */
export function runtimeFiles(used: Iterable<string>): { path: string; text: string }[] {
  const helpers = load();
  const direct = new Set(used);
  const names = helperClosure(direct);
  // a stand-in whose original is there anyway becomes a name for the original
  const ordered = names.map((n) => {
    const h = helpers.get(n)!;
    return h.aliasOf && names.includes(h.aliasOf) ? { ...h, imports: [], code: `${h.name} = ${h.aliasOf}`, slow: false } : h;
  });
  // mpts_rt.py holds what the program calls and what that needs, up to a slow helper; the rest
  // (slow helpers, and what only they need, such as the error classes a failure path raises)
  // goes to mpts_rt_slow.py
  const byName = new Map(ordered.map((h) => [h.name, h]));
  const inMain = new Set<string>();
  const reach = (n: string) => {
    const h = byName.get(n)!;
    if (inMain.has(n) || (h.slow && !direct.has(n))) return;
    inMain.add(n);
    h.needs.forEach(reach);
  };
  direct.forEach(reach);
  const main = ordered.filter((h) => inMain.has(h.name));
  const slow = ordered.filter((h) => !inMain.has(h.name));
  const slowNames = new Set(slow.map((h) => h.name));
  // a main helper calls a slow one through a stand-in that imports mpts_rt_slow on the first call
  // and puts the real function in its place, so later calls cost nothing more
  const standIns = slow.filter((s) => main.some((h) => h.needs.includes(s.name))).map((s) => standIn(s));
  const files = [{ path: runtimeFileNames[0], text: fileText(main, [], standIns) }];
  if (slow.length) {
    const fromMain = [...new Set(slow.flatMap((h) => h.needs.filter((n) => !slowNames.has(n))))].sort();
    const importMain = fromMain.length ? [`from mpts_rt import ${fromMain.join(", ")}`] : [];
    files.push({ path: runtimeFileNames[1], text: fileText(slow, importMain, []) });
  }
  return files;
}

function fileText(helpers: Helper[], extraImports: string[], tail: string[]): string {
  const imports = [...new Set(helpers.flatMap((h) => h.imports))].sort().map((m) => `import ${m}`);
  const importLines = [...imports, ...extraImports].map((l) => l + "\n").join("");
  return head + importLines + "\n\n" + [...helpers.map((h) => h.code), ...tail].join("\n\n\n") + "\n";
}

function standIn(h: Helper): string {
  const params = new RegExp(`^def ${h.name}\\(([^)]*)\\):`, "m").exec(h.code)?.[1];
  if (params === undefined || params.includes("*")) throw new Error(`slow runtime helper ${h.name} must be a plain function`);
  const args = params
    .split(",")
    .map((p) => p.split("=")[0].trim())
    .filter(Boolean)
    .join(", ");
  return [
    `def ${h.name}(${params}):`,
    "    # a rare path: mpts_rt_slow.py is compiled on the first call, and its function takes this name",
    `    global ${h.name}`,
    `    from ${slowModule} import ${h.name}`,
    `    return ${h.name}(${args})`,
  ].join("\n");
}
