// The differential test helper: each snippet is compiled by mpts (all snippets of
// one area in one program, as separate modules), run in Node and in the
// MicroPython VM, and both must print the same, non-empty output.
import { beforeAll, describe, expect, test } from "vitest";
import { ts } from "ts-morph";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadProject, compileSources, type FileOutput } from "../../compiler/program.js";
import { fromTsDiagnostic, formatDiagnostic } from "../../compiler/diagnostics.js";
import { runtimeSource } from "../../compiler/runtime/helpers.js";
import { runInVm } from "../../compiler/board/vm.js";
import { runInNode } from "./node-run.js";

export interface CompiledSnippets {
  dir: string;
  outputs: Map<string, FileOutput>;
  tsErrors: Map<string, string[]>;
}

/**
 * Snippets whose emitted Python a test reads: compiled together before the
 * tests (each checked against Node as checkCase does), the returned record
 * filled with each snippet's Python by name.
 */
export function emittedPython<K extends string>(cases: Record<K, string>): Record<K, string> {
  const py = {} as Record<K, string>;
  beforeAll(async () => {
    const compiled = compileSnippets(cases);
    const names = Object.keys(cases) as K[];
    for (const [i, name] of names.entries()) py[name] = await checkCase(compiled, i, cases[name]);
  }, 120_000);
  return py;
}

/** A Python text's lines without their indentation. */
export const pythonLines = (text: string): string[] => text.split("\n").map((l) => l.trim());

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

/** Compile, run in both, compare. Returns the Python for inspection. */
export async function checkCase(compiled: CompiledSnippets, index: number, source: string): Promise<string> {
  const file = path.join(compiled.dir, `case_${index}.ts`);
  expect(compiled.tsErrors.get(file) ?? [], "the snippet must type-check").toEqual([]);
  const out = compiled.outputs.get(file)!;
  expect(
    out.diagnostics.map((d) => `${d.line}:${d.column} MPTS${d.code} ${d.message}`),
    "mpts must compile the snippet",
  ).toEqual([]);
  const node = await runInNode(source);
  expect(node.error, "the snippet must run in Node").toBeUndefined();
  expect(node.stdout.length, "the snippet must print something").toBeGreaterThan(0);
  const files = [{ path: out.path, text: out.python! }];
  if (out.helpers.size) files.push({ path: "mpts_rt.py", text: runtimeSource(out.helpers) });
  // a deterministic board clock: timer order must not depend on how busy the host is
  const mp = await runInVm(files, out.path.replace(/\.py$/, "").split("/").join("."), { clock: "fast" });
  expect(mp.error, "MicroPython raised:\n" + out.python).toBeUndefined();
  expect(mp.stdout, "MicroPython printed something else; the Python was:\n" + out.python).toBe(node.stdout);
  return out.python!;
}

/** One `describe` per area; one test per snippet. */
/** `options`: extra compiler options, as for compileSnippets (a wider lib: ["ES2022", "ES2023.Array"]). */
export function diffSuite(area: string, cases: Record<string, string>, options: Record<string, unknown> = {}): void {
  describe(area, () => {
    let compiled: CompiledSnippets;
    beforeAll(() => {
      compiled = compileSnippets(cases, options);
    });
    Object.entries(cases).forEach(([name, source], i) => {
      test(name, async () => {
        await checkCase(compiled, i, source);
      });
    });
  });
}
