// Every source file becomes one Python module named after its path, so two
// sources must not get the same name (one .py would overwrite the other), a
// module must not be named like a folder of modules (MicroPython imports the
// folder, never the file), and a top-level module must not take the name of a
// board module (the board would load one in place of the other).
import * as path from "node:path";
import { ts } from "./typescript.js";
import { Codes, type MptsDiagnostic } from "./diagnostics.js";
import { boardModules } from "./python/names.js";

function atFile(file: string, message: string): MptsDiagnostic {
  return {
    code: Codes.moduleNameClash,
    message,
    file,
    line: 1,
    column: 1,
    start: 0,
    length: 0,
    category: "error",
    source: "mpts",
  };
}

/** `other` as an import specifier from `sf`'s folder, such as './my-file.ts'. */
function specifier(file: string, other: string): string {
  const rel = path.relative(path.dirname(file), other).replace(/\\/g, "/");
  return `'${rel.startsWith("../") ? rel : "./" + rel}'`;
}

/** The board modules the program can import: the modules the typings declare (`declare module "socket"`), and mpts's runtime. */
function declaredModules(checker: ts.TypeChecker): Map<string, string> {
  const found = new Map<string, string>([
    ["mpts_rt", "the mpts runtime (mpts_rt.py)"],
    ["mpts_rt_slow", "the mpts runtime (mpts_rt_slow.py)"],
  ]);
  for (const symbol of checker.getAmbientModules()) {
    const name = symbol.getName().replace(/^"|"$/g, "");
    const decl = symbol.declarations?.[0];
    if (!name.includes("*") && decl)
      found.set(name, `the board module '${name}' (declared in ${path.basename(decl.getSourceFile().fileName)})`);
  }
  for (const name of boardModules) if (!found.has(name)) found.set(name, `the board module '${name}'`);
  return found;
}

/**
 * MPTS1041 at each source whose Python module name another source, a folder of
 * modules or a board module already has. `outputPath` is where a source's
 * Python goes (`lib/util.py`); the diagnostic is at the later file by path.
 */
export function moduleNameClashes(
  sources: readonly ts.SourceFile[],
  outputPath: (sf: ts.SourceFile) => string,
  checker: ts.TypeChecker,
): MptsDiagnostic[] {
  const sorted = [...sources].sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  const modules = sorted.map((sf) => ({ sf, py: outputPath(sf), name: outputPath(sf).replace(/\.py$/, "").split("/").join(".") }));
  const diagnostics: MptsDiagnostic[] = [];
  const clashing = new Set<ts.SourceFile>();
  const report = (sf: ts.SourceFile, message: string) => {
    if (clashing.has(sf)) return;
    clashing.add(sf);
    diagnostics.push(atFile(sf.fileName, message));
  };
  // the same name, or names a file system that ignores case (macOS, Windows, a board's FAT) takes for the same
  const byName = new Map<string, (typeof modules)[number]>();
  for (const m of modules) {
    const first = byName.get(m.name.toLowerCase());
    if (!first) byName.set(m.name.toLowerCase(), m);
    else if (first.name === m.name)
      report(
        m.sf,
        `${specifier(m.sf.fileName, first.sf.fileName)} and this file both become the Python module '${m.name}' (${m.py}), so one would overwrite the other; rename one of them`,
      );
    else
      report(
        m.sf,
        `${specifier(m.sf.fileName, first.sf.fileName)} becomes the Python module '${first.name}' and this file '${m.name}', which differ only in case: on a file system that ignores case (macOS, Windows, a board's FAT) one .py would overwrite the other; rename one of them`,
      );
  }
  // a module named like the folder of other modules
  const folders = new Map<string, (typeof modules)[number]>();
  for (const m of modules) {
    const parts = m.name.split(".");
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join(".");
      if (!folders.has(folder)) folders.set(folder, m);
    }
  }
  for (const m of modules) {
    const inside = folders.get(m.name);
    if (inside)
      report(
        m.sf,
        `this file becomes the Python module '${m.name}' (${m.py}), which is also the folder of ${specifier(m.sf.fileName, inside.sf.fileName)} ('${inside.name}'); MicroPython imports the folder, never this file: rename the file or the folder`,
      );
  }
  // a top-level module or folder named like a board module
  const board = declaredModules(checker);
  const seen = new Set<string>();
  for (const m of modules) {
    const top = m.name.split(".")[0];
    const what = board.get(top);
    if (!what || seen.has(top)) continue;
    seen.add(top);
    const mine =
      top === m.name ? `this file becomes the Python module '${top}' (${m.py})` : `this file's folder becomes the Python package '${top}'`;
    report(
      m.sf,
      `${mine}, the name of ${what}: on the board one would be loaded in place of the other; rename the ${top === m.name ? "file" : "folder"}`,
    );
  }
  // a source named like a board module that the program also imports: mpts
  // renames the source (time.ts -> time_.py), but the program then has two
  // modules called `time`, which a reader cannot tell apart
  const imported = importedBoardModules(sources, board);
  for (const sf of sorted) {
    const stem = path.basename(sf.fileName).replace(/\.(m|c)?ts$/, "");
    const importer = imported.get(stem);
    if (!importer || path.dirname(outputPath(sf)) !== ".") continue;
    report(
      sf,
      `this file has the name of ${board.get(stem)}, which ${importer === sf ? "this file" : specifier(sf.fileName, importer.fileName)} imports; the program would have two modules called '${stem}': rename this file`,
    );
  }
  return diagnostics;
}

/** Board modules imported by bare name (`from "time"`), with the first file that imports each. */
function importedBoardModules(sources: readonly ts.SourceFile[], board: Map<string, string>): Map<string, ts.SourceFile> {
  const found = new Map<string, ts.SourceFile>();
  for (const sf of sources) {
    for (const st of sf.statements) {
      if (!(ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) || !st.moduleSpecifier || !ts.isStringLiteral(st.moduleSpecifier))
        continue;
      const spec = st.moduleSpecifier.text;
      if (board.has(spec) && !found.has(spec)) found.set(spec, sf);
    }
  }
  return found;
}

/**
 * MPTS1041 at each project file whose path differs from another's only in case
 * (ts-morph, which loads projects, would silently keep one of them).
 */
export function caseClashes(fileNames: readonly string[]): MptsDiagnostic[] {
  const first = new Map<string, string>();
  const diagnostics: MptsDiagnostic[] = [];
  for (const f of [...fileNames].sort()) {
    const other = first.get(f.toLowerCase());
    if (other === undefined) first.set(f.toLowerCase(), f);
    else
      diagnostics.push(
        atFile(
          f,
          `${specifier(f, other)} and this file have names that differ only in case, which TypeScript takes for one file, as does a file system that ignores case (macOS, Windows, a board's FAT); rename one of them`,
        ),
      );
  }
  return diagnostics;
}
