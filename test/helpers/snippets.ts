// Snippets compiled by mpts as one project (each a module of its own) and a compiled
// module run in the MicroPython VM: what the differential tests (diff.ts) and the
// random-program search (bench/random-programs.ts) share. No test runner here.
import { ts } from "ts-morph";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadProject, compileSources, type FileOutput } from "../../compiler/program.js";
import { fromTsDiagnostic, formatDiagnostic } from "../../compiler/diagnostics.js";
import { runtimeFiles } from "../../compiler/runtime/helpers.js";
import { runInVm, type VmRun } from "../../compiler/board/vm.js";

export interface CompiledSnippets {
  dir: string;
  /** by source file: case_<i>.ts for the i-th snippet */
  outputs: Map<string, FileOutput>;
  tsErrors: Map<string, string[]>;
}

/** `options`: extra compiler options for the snippets' tsconfig (such as noUncheckedIndexedAccess). */
export function compileSnippets(cases: Record<string, string>, options: Record<string, unknown> = {}): CompiledSnippets {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-diff-"));
  fs.writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: "ES2022",
        module: "ESNext",
        moduleResolution: "Bundler",
        lib: ["ES2022"],
        types: [],
        noEmit: true,
        ...options,
      },
      include: ["*.ts"],
    }),
  );
  Object.entries(cases).forEach(([, source], i) => {
    fs.writeFileSync(path.join(dir, `case_${i}.ts`), source + "\nexport {};\n");
  });
  const { project, rootDir } = loadProject(dir);
  const tsErrors = new Map<string, string[]>();
  for (const d of ts.getPreEmitDiagnostics(project)) {
    const m = fromTsDiagnostic(d);
    if (m.category !== "error" || !m.file) continue;
    const list = tsErrors.get(m.file) ?? [];
    list.push(formatDiagnostic(m, dir));
    tsErrors.set(m.file, list);
  }
  const outputs = new Map<string, FileOutput>();
  for (const o of compileSources(project, rootDir, dir)) outputs.set(o.sourceFile, o);
  return { dir, outputs, tsErrors };
}

/** A compiled module (and the runtime helpers it uses) run in the MicroPython VM. */
export async function runCompiled(out: FileOutput): Promise<VmRun> {
  const files = [{ path: out.path, text: out.python! }];
  if (out.helpers.size) files.push(...runtimeFiles(out.helpers));
  // a deterministic board clock: timer order must not depend on how busy the host is
  return runInVm(files, out.path.replace(/\.py$/, "").split("/").join("."), { clock: "fast" });
}
