// Reads mpts_rt.py into named helpers and writes the subset a program uses,
// with the helpers they depend on and the modules they import.
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
}

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
    helpers.set(name, { name, needs, imports, code: part.slice(nl + 1).trim(), aliasOf });
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

/** The source of mpts_rt.py holding exactly `used` and their dependencies, in a stable order. */
export function runtimeSource(used: Iterable<string>): string {
  const helpers = load();
  const names = helperClosure(used);
  // a stand-in whose original is there anyway becomes a name for the original
  const ordered = names.map((n) => {
    const h = helpers.get(n)!;
    return h.aliasOf && names.includes(h.aliasOf) ? { ...h, imports: [], code: `${h.name} = ${h.aliasOf}` } : h;
  });
  const imports = [...new Set(ordered.flatMap((h) => h.imports))].sort();
  const head = "# mpts runtime helpers used by this program (generated; do not edit)\n";
  const importLines = imports.map((m) => `import ${m}\n`).join("");
  return head + importLines + "\n\n" + ordered.map((h) => h.code).join("\n\n\n") + "\n";
}
