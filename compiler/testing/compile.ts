// Compiles a project with its test files for mpts test: the program's modules
// and the *.test.ts modules (as mpts build would compile them), mpts_test.py
// (test(), expect() and the runner) and an entry module that runs the tests.
// Nothing is written: the files go to the simulator or, through a temporary
// folder, to the board.
import * as fs from "node:fs";
import * as path from "node:path";
import { compileSources, loadProject, typeCheck, UsageError, type OutputFile } from "../program.js";
import { runtimeFiles } from "../runtime/helpers.js";
import { runtimeDir } from "../paths.js";
import type { MptsDiagnostic } from "../diagnostics.js";
import { isTestFile } from "./files.js";

/** The module that runs the tests (a project file that would compile to it is refused). */
export const runnerModule = "_mpts_tests";

export interface TestModule {
  /** Python module name, such as `lib.util_test` */
  module: string;
  /** the TypeScript file */
  source: string;
}

export interface TestBuild {
  outDir: string;
  /** .py and .py.map files, paths relative to the output folder */
  files: OutputFile[];
  tests: TestModule[];
  diagnostics: MptsDiagnostic[];
}

/** The nearest folder at or above `dir` with a tsconfig.json. */
function projectOf(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, "tsconfig.json"))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/** target: a project folder (all its tests) or one .test.ts file (compiled within its project, if it has one). */
export function compileTests(target: string): TestBuild {
  const abs = path.resolve(target);
  if (!fs.existsSync(abs)) throw new UsageError(`${target}: no such file or folder`);
  const single = fs.statSync(abs).isFile();
  if (single && !isTestFile(abs)) throw new UsageError(`${target}: not a test file; test files are named *.test.ts`);
  const project = single ? projectOf(path.dirname(abs)) : abs;
  let loaded = loadProject(project ?? abs, { tests: true });
  if (single && project && !loaded.project.getSourceFile(abs)) loaded = loadProject(abs, { tests: true }); // outside the tsconfig's files
  const { rootDir, outDir } = loaded;
  const diagnostics = typeCheck(loaded.project);
  if (diagnostics.some((d) => d.category === "error")) return { outDir, files: [], tests: [], diagnostics };
  const outputs = compileSources(loaded.project, rootDir, outDir, undefined, true);
  const errors = outputs.flatMap((o) => o.diagnostics);
  if (errors.length) return { outDir, files: [], tests: [], diagnostics: [...diagnostics, ...errors] };
  const tests = outputs
    .filter((o) => (single ? o.sourceFile === abs : isTestFile(o.sourceFile)))
    .map((o) => ({ module: o.path.replace(/\.py$/, "").split("/").join("."), source: o.sourceFile }))
    .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const files: OutputFile[] = [];
  const helpers = new Set<string>();
  for (const o of outputs) {
    o.helpers.forEach((h) => helpers.add(h));
    files.push({ path: o.path, text: o.python! }, { path: o.path + ".map", text: o.map! });
  }
  for (const own of ["mpts_rt.py", "mpts_test.py", runnerModule + ".py"]) {
    const clash = outputs.find((o) => o.path === own);
    if (clash)
      throw new UsageError(
        `${path.relative(process.cwd(), clash.sourceFile)} compiles to ${own}, which mpts test needs for itself; rename the file`,
      );
  }
  if (helpers.size) files.push(...runtimeFiles(helpers));
  files.push({ path: "mpts_test.py", text: fs.readFileSync(path.join(runtimeDir, "mpts_test.py"), "utf8") });
  const list = tests.map((t) => JSON.stringify(t.module)).join(", ");
  files.push({ path: runnerModule + ".py", text: `import mpts_test\n\nmpts_test.run([${list}])\n` });
  return { outDir, files, tests, diagnostics };
}
