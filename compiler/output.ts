// Writes a compiled program into its output folder all at once or not at all,
// and never over a file mpts did not write. Every file is first written into a
// staging folder inside the output folder (the same file system, so moving a
// file into place is a rename); then each file is moved into place, the one it
// replaces kept aside (by a second name) until all are in place. When a step fails,
// what was moved is moved back, so the previous output stays as it was.
import * as fs from "node:fs";
import * as path from "node:path";
import { UsageError } from "./errors.js";
import { isRuntimeFile, runtimeHead } from "./runtime/helpers.js";

/** The output folder cannot be written: a one-line cause, exit status 2. */
export class OutputError extends UsageError {}

export interface OutputFile {
  /** path relative to the output folder, with forward slashes */
  path: string;
  text: string;
}

/** A path as the user typed it: relative to the working folder when inside it. */
function show(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel === "" ? "." : rel.startsWith("..") || path.isAbsolute(rel) ? p : rel;
}

const elsewhere = "write the output elsewhere (--out-dir, or outDir in tsconfig.json)";
const chooseFolder = "choose a folder for the output (--out-dir, or outDir in tsconfig.json)";

/** Whether `text` is a source map mpts wrote for the Python file `py` (its basename). */
function isMptsMap(text: string, py: string): boolean {
  let map: { version?: unknown; file?: unknown; sources?: unknown; mappings?: unknown };
  try {
    map = JSON.parse(text);
  } catch {
    return false;
  }
  return (
    map.version === 3 &&
    map.file === py &&
    typeof map.mappings === "string" &&
    Array.isArray(map.sources) &&
    map.sources.every((s) => typeof s === "string" && /\.(m|c)?tsx?$/.test(s))
  );
}

/**
 * Whether the file `rel` of the output folder is one mpts wrote. mpts knows its
 * files without a list of its own: every .py it writes has a source map beside
 * it naming that .py and its TypeScript source, and the runtime files start
 * with mpts's line. A hand-written main.py has no such map.
 */
export function writtenByMpts(outDir: string, rel: string): boolean {
  const abs = path.join(outDir, rel);
  if (isRuntimeFile(rel)) return fs.readFileSync(abs, "utf8").split("\n")[0] === runtimeHead;
  if (rel.endsWith(".py.map")) return isMptsMap(fs.readFileSync(abs, "utf8"), path.basename(rel, ".map"));
  if (!rel.endsWith(".py")) return false;
  const map = abs + ".map";
  return fs.existsSync(map) && fs.statSync(map).isFile() && isMptsMap(fs.readFileSync(map, "utf8"), path.basename(rel));
}

/** The output folder, and every folder and file the output will replace, can take mpts's files. */
function checkTargets(outDir: string, files: readonly OutputFile[]): void {
  let existing = outDir;
  while (!fs.existsSync(existing)) existing = path.dirname(existing);
  if (!fs.statSync(existing).isDirectory())
    throw new OutputError(
      existing === outDir
        ? `the output folder ${show(outDir)} is a file; ${chooseFolder}`
        : `the output folder ${show(outDir)} cannot be made: ${show(existing)} is a file; ${chooseFolder}`,
    );
  for (const f of files) {
    const parts = f.path.split("/");
    for (let i = 1; i < parts.length; i++) {
      const dir = path.join(outDir, ...parts.slice(0, i));
      if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory())
        throw new OutputError(`${show(dir)} is a file where mpts writes a folder (for ${f.path}); move it or ${elsewhere}`);
    }
    const dest = path.join(outDir, f.path);
    if (!fs.existsSync(dest)) continue;
    if (!fs.statSync(dest).isFile()) throw new OutputError(`${show(dest)} is a folder where mpts writes a file; move it or ${elsewhere}`);
    if (!writtenByMpts(outDir, f.path))
      throw new OutputError(`${show(dest)} was not written by mpts, and mpts does not overwrite it; move it or ${elsewhere}`);
  }
}

const causes: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is used up",
  ENOTDIR: "a part of the path is a file",
  EISDIR: "it is a folder",
  EEXIST: "a file is in the way",
  ENAMETOOLONG: "the name is too long",
};

function isFsError(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === "string";
}

const stagePrefix = ".mpts-staging-";

/** An error of the file system as one line: the file, the cause, and whether the output was kept. */
function describe(err: NodeJS.ErrnoException & { dest?: string }, outDir: string, kept?: boolean): string {
  const inStage = (p?: string) => !p || p.includes(`${path.sep}${stagePrefix}`);
  const file = !inStage(err.path) ? err.path! : !inStage(err.dest) ? err.dest! : outDir;
  const cause = (err.code && causes[err.code]) ?? err.message;
  if (kept === undefined) return `cannot write ${show(file)}: ${cause}`;
  const after = kept ? `the output folder ${show(outDir)} was left as it was` : `some files of ${show(outDir)} could not be put back`;
  return `cannot write ${show(file)}: ${cause}; ${after}`;
}

/** Write `files` into `outDir`: all of them, or, when anything fails, none (OutputError). */
export function writeFiles(outDir: string, files: readonly OutputFile[]): void {
  if (files.length === 0) return;
  let stage: string | undefined;
  let madeOut: string | undefined;
  const undo: (() => void)[] = [];
  try {
    checkTargets(outDir, files);
    madeOut = fs.mkdirSync(outDir, { recursive: true });
    stage = fs.mkdtempSync(path.join(outDir, stagePrefix));
    // flat names in the staging folder: staging needs no folders of its own
    files.forEach((f, i) => fs.writeFileSync(path.join(stage!, `new-${i}`), f.text));
    const order = files.map((f, i) => ({ f, i })).sort((a, b) => (a.f.path < b.f.path ? -1 : a.f.path > b.f.path ? 1 : 0));
    for (const { f, i } of order) {
      const dest = path.join(outDir, f.path);
      const made = fs.mkdirSync(path.dirname(dest), { recursive: true });
      if (made) undo.push(() => fs.rmSync(made, { recursive: true, force: true }));
      if (fs.existsSync(dest)) {
        // the old file kept aside by a second name, so that the rename below replaces it in one
        // step: a reader (a watcher, an editor) never finds the file missing
        const old = path.join(stage, `old-${i}`);
        keepAside(dest, old);
        undo.push(() => fs.renameSync(old, dest));
      }
      fs.renameSync(path.join(stage, `new-${i}`), dest);
      undo.push(() => fs.rmSync(dest, { force: true }));
    }
  } catch (err) {
    let kept = true;
    for (const step of undo.reverse()) {
      try {
        step();
      } catch {
        kept = false;
      }
    }
    if (madeOut) tidy(madeOut);
    if (isFsError(err)) throw new OutputError(describe(err, outDir, kept));
    throw err;
  } finally {
    if (stage) tidy(stage);
  }
}

/** A second name for `file` (a copy where the file system has no hard links). */
function keepAside(file: string, aside: string): void {
  try {
    fs.linkSync(file, aside);
  } catch {
    fs.copyFileSync(file, aside);
  }
}

/** Remove a folder this write made; best effort, so that it never hides what happened before. */
function tidy(dir: string): void {
  try {
    fs.rmSync(dir, { recursive: true, force: true });
  } catch {
    // a staging folder left behind holds only copies; the output is what the error says
  }
}

/** Delete the outputs `rels` (a source that left the program) that mpts wrote; a file mpts did not write stays. */
export function removeWritten(outDir: string, rels: readonly string[]): void {
  try {
    // decide first: whether a .py is mpts's depends on its .map, which is removed too
    const owned = rels.filter((r) => fs.existsSync(path.join(outDir, r)) && writtenByMpts(outDir, r));
    for (const r of owned) fs.rmSync(path.join(outDir, r), { force: true });
  } catch (err) {
    if (isFsError(err)) throw new OutputError(describe(err, outDir));
    throw err;
  }
}
