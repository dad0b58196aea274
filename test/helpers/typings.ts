// Type-checks snippets against the board typings with mpts's single-file defaults,
// all in one program (each snippet a module), and compiles those that check.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadProject, compileSources, typeCheck } from "../../compiler/program.js";
import { formatDiagnostic } from "../../compiler/diagnostics.js";
import { ts } from "ts-morph";

export interface CheckedSnippet {
  /** tsc-style lines, `file(line,col): error TSnnnn: message`, file names relative */
  errors: string[];
  /** the emitted Python when the snippet type-checks and compiles */
  python?: string;
  mptsErrors: string[];
}

export function checkSnippets(snippets: Record<string, string>): Map<string, CheckedSnippet> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-typings-"));
  const names = Object.keys(snippets);
  names.forEach((name, i) => fs.writeFileSync(path.join(dir, `s${i}.ts`), snippets[name] + "\nexport {};\n"));
  // a folder of single files: the same options mpts uses for `mpts build file.ts`
  const files = names.map((_, i) => path.join(dir, `s${i}.ts`));
  const { project, rootDir } = loadProject(files[0], { alsoFiles: files.slice(1) });
  const diagnostics = typeCheck(project);
  const outputs = new Map(compileSources(project, rootDir, dir).map((o) => [o.sourceFile, o]));
  const result = new Map<string, CheckedSnippet>();
  names.forEach((name, i) => {
    const file = files[i];
    const errors = diagnostics.filter((d) => d.file === file && d.category === "error").map((d) => formatDiagnostic(d, dir));
    const out = outputs.get(file);
    result.set(name, {
      errors,
      python: errors.length === 0 && out && !out.diagnostics.length ? out.python : undefined,
      mptsErrors: (out?.diagnostics ?? []).map((d) => `MPTS${d.code}: ${d.message}`),
    });
  });
  return result;
}

/** Casts (`as`, `<T>x`, `x!`) and `any` in a program: ports of the seeds must need none. */
export function castsAndAny(source: string): string[] {
  const sf = ts.createSourceFile("port.ts", source, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isAsExpression(n) || ts.isTypeAssertionExpression(n) || ts.isNonNullExpression(n) || n.kind === ts.SyntaxKind.AnyKeyword)
      found.push(n.getText(sf));
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}
