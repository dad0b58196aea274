// The programs in a project folder. A program is a root of the import graph (a
// file no other project file imports: main.ts, or another program beside it)
// with everything it imports, transitively. Facts the transforms read from the
// whole program (ordered dicts, asyncio, how interfaces are represented) come
// from the files of the file's own programs, so adding an unrelated program to
// src/ never changes another file's Python; a file shared by several programs
// gets the union of their facts.
import { ts } from "../typescript.js";
import * as path from "node:path";

/** The project files one file imports or re-exports from (its own file names, as in `byPath`). */
export function importsOf(checker: ts.TypeChecker, sf: ts.SourceFile, byPath: ReadonlyMap<string, string>): Set<string> {
  const deps = new Set<string>();
  for (const stmt of sf.statements) {
    if (
      !(ts.isImportDeclaration(stmt) || ts.isExportDeclaration(stmt)) ||
      !stmt.moduleSpecifier ||
      !ts.isStringLiteral(stmt.moduleSpecifier)
    )
      continue;
    const symbol = checker.getSymbolAtLocation(stmt.moduleSpecifier);
    const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    let file = decl && ts.isSourceFile(decl) ? byPath.get(path.resolve(decl.fileName)) : undefined;
    // a file without imports or exports is a script, which has no module symbol
    if (!file && stmt.moduleSpecifier.text.startsWith(".")) {
      const base = path.resolve(path.dirname(sf.fileName), stmt.moduleSpecifier.text.replace(/\.(m|c)?js$/, ""));
      const found = [base, base + ".ts", base + ".tsx", base + ".mts", path.join(base, "index.ts")].find((c) => byPath.has(c));
      file = found && byPath.get(found);
    }
    if (file) deps.add(file);
  }
  return deps;
}

/** Every project file's imports among the project files, by file name. */
export function importGraph(checker: ts.TypeChecker, sources: readonly ts.SourceFile[]): Map<string, Set<string>> {
  const byPath = new Map(sources.map((s) => [path.resolve(s.fileName), s.fileName]));
  return new Map(sources.map((s) => [s.fileName, importsOf(checker, s, byPath)]));
}

/**
 * Per file, the files of every program it belongs to, in source order (files
 * of the same programs get the same array). Files
 * that only import each other (a cycle nothing else imports) are a program of
 * their own, started from the first of them.
 */
export function programScopes<F extends { fileName: string }>(sources: readonly F[], imports: ReadonlyMap<string, ReadonlySet<string>>): Map<F, F[]> {
  const imported = new Set<string>();
  for (const deps of imports.values()) for (const d of deps) imported.add(d);
  const reach = (root: string): Set<string> => {
    const seen = new Set([root]);
    const stack = [root];
    while (stack.length) for (const d of imports.get(stack.pop()!) ?? []) if (!seen.has(d) && (seen.add(d), true)) stack.push(d);
    return seen;
  };
  const programs: Set<string>[] = [];
  const covered = new Set<string>();
  const add = (root: string) => {
    const files = reach(root);
    programs.push(files);
    files.forEach((f) => covered.add(f));
  };
  for (const s of sources) if (!imported.has(s.fileName)) add(s.fileName);
  for (const s of sources) if (!covered.has(s.fileName)) add(s.fileName);
  // files of the same programs share one scope (one array)
  const byPrograms = new Map<string, F[]>();
  const scopes = new Map<F, F[]>();
  for (const s of sources) {
    const mine = programs.filter((p) => p.has(s.fileName));
    const key = mine.map((p) => programs.indexOf(p)).join(",");
    let scope = byPrograms.get(key);
    if (!scope) byPrograms.set(key, (scope = sources.filter((o) => mine.some((p) => p.has(o.fileName)))));
    scopes.set(s, scope);
  }
  return scopes;
}
