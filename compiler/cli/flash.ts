// mpts flash [path] --port PORT: build, then put the program on the board with
// mpremote, sending only what changed, and restart it.
//
// Per board, three mpremote runs at most:
//   1. `exec` of a probe script: stops the running program (mpremote's
//      auto soft-reset), removes NAME.mpts-tmp files an interrupted upload
//      left, and reports which of our paths exist with their sizes, the files
//      an earlier flash wrote with their hashes (.mpts-files, see
//      board/manifest.ts), the free space and the board's .mpy version;
//   2. `fs sha256sum` of the files whose size matches, to skip unchanged ones,
//      and (--clean) of listed files the project no longer produces, which are
//      deleted only if mpts wrote exactly that content;
//   3. the upload: `fs mkdir` for missing folders, `fs cp` of each changed file
//      to NAME.mpts-tmp, one `exec` that renames them all into place (so a
//      dropped connection never leaves a truncated main.py: the board keeps
//      its previous files), `fs rm` of those stale files, then
//      `soft-reset` and `exec --no-follow "import main"` to restart the
//      program. (mpremote's soft-reset happens in raw-REPL mode, where
//      MicroPython does not run main.py, so mpts starts it.)
//
// With --mpy every module but main.py goes up as NAME.mpy (board/mpy.ts); the
// probe reports which .mpy version the board loads. A module's other form
// (NAME.py when NAME.mpy is sent, and the reverse) is deleted like --clean
// deletes: only when mpts wrote it and it is unchanged. A NAME.py that must
// stay stops the flash, since MicroPython would import it before NAME.mpy.
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compile, UsageError, writeOutput, type CompileResult } from "../program.js";
import { formatDiagnostic } from "../diagnostics.js";
import { BoardError, checkVersion, explainFailure, locateMpremote, runMpremote, startMpremote, type Mpremote } from "../board/mpremote.js";
import { resolvePorts } from "../board/ports.js";
import { boardLayout, findEntry, moduleName, readSettings, settingPorts, type BoardLayout, type MptsSettings } from "../board/layout.js";
import { TracebackMapper } from "../board/traceback.js";
import { cleanCandidates, formatManifest, manifestFile, parseManifest, planClean, tmpSuffix, type Manifest } from "../board/manifest.js";
import { probeBoard, py } from "../board/probe.js";
import { formatVersion, incompatibility, mpyCompiler, readHeader, staysSource, twinOf } from "../board/mpy.js";
import { watchBoards, type Io } from "./monitor.js";

export interface FlashOptions {
  port?: string[];
  clean?: boolean;
  /** false with --no-reset */
  reset?: boolean;
  monitor?: boolean;
  mpremote?: string;
  /** upload modules as .mpy bytecode (default: the tsconfig's mpts.mpy) */
  mpy?: boolean;
  /** the mpy-cross executable (default: MPTS_MPY_CROSS, else the built-in one) */
  mpyCross?: string;
  /** --watch: flash again after every save */
  watch?: boolean;
  /** ends the monitor that follows the upload (flash --watch, before the next upload) */
  stopMonitor?: AbortSignal;
}

export interface UploadFile {
  /** the file on this computer */
  local: string;
  /** its path on the board */
  board: string;
  data: Buffer;
}

export interface BoardReport {
  port: string;
  ok: boolean;
  sent: number;
  sentBytes: number;
  unchanged: number;
  removed: number;
  /** listed files --clean left in place (not written by mpts, or changed since) */
  kept: number;
  /** NAME.mpts-tmp files of an interrupted upload, removed */
  leftovers: number;
  restarted: boolean;
  seconds: number;
  error?: BoardError;
}

export async function flash(target: string, options: FlashOptions, io: Io): Promise<number> {
  const started = Date.now();
  const { settings, configDir } = readSettings(target);
  const result = compile(target);
  const cwd = process.cwd();
  for (const d of result.diagnostics) io.err(formatDiagnostic(d, cwd));
  const errors = result.diagnostics.filter((d) => d.category === "error").length;
  if (errors) {
    io.err(`\n${errors} error${errors === 1 ? "" : "s"}; nothing was uploaded.`);
    return 1;
  }
  writeOutput(result);
  const py = result.files.filter((f) => f.path.endsWith(".py"));
  const layout = boardLayout(
    findEntry(py, result.rootDir, settings, configDir),
    settings.mainFile,
    py.map((f) => f.path),
  );
  const outRel = path.relative(cwd, result.outDir) || ".";
  const renamed = layout.entry === layout.mainFile ? "" : `; ${layout.entry} runs as ${layout.mainFile}`;
  io.out(`mpts: built ${py.length} Python file${py.length === 1 ? "" : "s"} in ${outRel}${renamed}`);
  let files: UploadFile[] = py.map((f) => ({
    local: path.join(result.outDir, f.path),
    board: layout.toBoard(f.path),
    data: Buffer.from(f.text, "utf8"),
  }));
  const mpyDir = (options.mpy ?? settings.mpy) ? fs.mkdtempSync(path.join(os.tmpdir(), "mpts-mpy-")) : undefined;
  try {
    if (mpyDir) files = await compileToMpy(files, layout.mainFile, mpyDir, options.mpyCross, io);
    return await upload(files, layout, result, options, settings, started, io);
  } finally {
    if (mpyDir) fs.rmSync(mpyDir, { recursive: true, force: true });
  }
}

/** The upload list with each module except main.py as .mpy, written to dir for mpremote to send. */
async function compileToMpy(
  files: UploadFile[],
  mainFile: string,
  dir: string,
  mpyCross: string | undefined,
  io: Io,
): Promise<UploadFile[]> {
  const compiler = mpyCompiler(mpyCross);
  const out: UploadFile[] = [];
  let version = "";
  for (const f of files) {
    if (staysSource(f.board, mainFile)) {
      out.push(f);
      continue;
    }
    // the board's .py path as the source name: tracebacks name it, and its source map applies
    const data = Buffer.from(await compiler.compile(f.data.toString("utf8"), f.board));
    const board = twinOf(f.board)!;
    const local = path.join(dir, board);
    fs.mkdirSync(path.dirname(local), { recursive: true });
    fs.writeFileSync(local, data);
    out.push({ local, board, data });
    version = formatVersion(readHeader(data)!);
  }
  const n = out.filter((f) => f.board.endsWith(".mpy")).length;
  io.out(`mpts: compiled ${n} module${n === 1 ? "" : "s"} to .mpy ${version} with ${compiler.description}`);
  return out;
}

async function upload(
  files: UploadFile[],
  layout: BoardLayout,
  result: CompileResult,
  options: FlashOptions,
  settings: MptsSettings,
  started: number,
  io: Io,
): Promise<number> {
  const restart = options.reset !== false && !options.monitor;
  if (options.monitor && options.reset === false && !process.stdin.isTTY)
    throw new UsageError(
      "--monitor with --no-reset needs a terminal: it attaches mpremote's repl, which reads the keyboard (Ctrl-] leaves)",
    );
  try {
    const m = locateMpremote(options.mpremote);
    await checkVersion(m);
    const ports = await resolvePorts(m, options.port?.length ? options.port : (settingPorts(settings) ?? ["auto"]));
    const many = ports.length > 1;
    const reports = await Promise.all(
      ports.map((port) =>
        flashBoard(m, port, files, { clean: options.clean ?? false, start: restart ? moduleName(layout.mainFile) : undefined }, (line) =>
          io.out(many ? `[${port}] ${line}` : `  ${line}`),
        ),
      ),
    );
    for (const r of reports) {
      if (r.ok) io.out(`mpts: ${r.port}: ${summary(r)}`);
      else io.err(`mpts: ${r.port}: ${r.error!.message}`);
    }
    const failed = reports.filter((r) => !r.ok).length;
    if (many) io.out(`mpts: ${reports.length - failed} of ${reports.length} boards flashed in ${seconds(Date.now() - started)}`);
    else io.out(`mpts: done in ${seconds(Date.now() - started)}`);
    if (failed) return 2;
    if (!options.monitor) return 0;
    const mapper = await TracebackMapper.create(
      result.files.filter((f) => f.path.endsWith(".py.map")).map((f) => ({ path: f.path.slice(0, -4), map: f.text })),
      result.outDir,
      layout.toLocal,
    );
    // --monitor restarts the program itself (from its first line of output), unless --no-reset
    return await watchBoards(m, ports, moduleName(layout.mainFile), mapper, io, options.reset !== false, options.stopMonitor);
  } catch (err) {
    if (err instanceof BoardError) {
      io.err(`mpts: ${err.message}`);
      return 2;
    }
    throw err;
  }
}

function summary(r: BoardReport): string {
  const parts = [`${r.sent} sent (${size(r.sentBytes)})`, `${r.unchanged} unchanged`];
  if (r.removed) parts.push(`${r.removed} removed`);
  if (r.kept) parts.push(`${r.kept} kept`);
  if (r.leftovers) parts.push(`${r.leftovers} partial upload${r.leftovers === 1 ? "" : "s"} removed`);
  if (r.restarted) parts.push("program restarted");
  return `${parts.join(", ")}, in ${seconds(r.seconds * 1000)}`;
}

export function size(bytes: number): string {
  return bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(1)} kB`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

const sha256 = (data: Buffer) => crypto.createHash("sha256").update(data).digest("hex");

function parentDirs(paths: string[]): string[] {
  const dirs = new Set<string>();
  for (const p of paths) {
    const parts = p.split("/").slice(0, -1);
    for (let i = 1; i <= parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
  }
  return [...dirs].sort((a, b) => a.split("/").length - b.split("/").length || a.localeCompare(b));
}

/** Rename uploaded NAME.mpts-tmp files over NAME and record the manifest. */
function commitScript(renames: string[], manifest: Manifest): string {
  return `import os
def _mv(t, d):
    try:
        os.rename(t, d)
    except OSError:
        os.remove(d)  # FAT will not rename onto an existing file
        os.rename(t, d)
for _p in ${py(renames)}:
    _mv(_p + ${py(tmpSuffix)}, _p)
${manifestWrite(manifest)}
print("mpts:committed")
`;
}

function manifestWrite(manifest: Manifest): string {
  return `_f = open(${py(manifestFile + tmpSuffix)}, "w")
_f.write(${py(formatManifest(manifest))})
_f.close()
try:
    os.rename(${py(manifestFile + tmpSuffix)}, ${py(manifestFile)})
except OSError:
    os.remove(${py(manifestFile)})
    os.rename(${py(manifestFile + tmpSuffix)}, ${py(manifestFile)})`;
}

/** After `fs rm`: drop folders left empty (a folder with other files stays) and record the manifest. */
function pruneScript(dirs: string[], manifest: Manifest): string {
  return `import os
for _d in ${py(dirs)}:
    try:
        os.rmdir(_d)
    except OSError:
        pass
${manifestWrite(manifest)}
`;
}

export async function flashBoard(
  m: Mpremote,
  port: string,
  files: UploadFile[],
  options: { clean: boolean; start?: string },
  log: (s: string) => void,
): Promise<BoardReport> {
  const t0 = Date.now();
  const report: BoardReport = {
    port,
    ok: false,
    sent: 0,
    sentBytes: 0,
    unchanged: 0,
    removed: 0,
    kept: 0,
    leftovers: 0,
    restarted: false,
    seconds: 0,
  };
  try {
    const produced = new Set(files.map((f) => f.board));
    // a module's other form (util.py for util.mpy, or the reverse) is replaced by this upload
    const twins = files.map((f) => twinOf(f.board)).filter((t): t is string => t !== undefined && !produced.has(t));
    const probe = await probeBoard(m, port, [...parentDirs(files.map((f) => f.board)), ...files.map((f) => f.board), ...twins], log);
    for (const p of probe.leftovers) log(`removed   ${p} (left by an interrupted upload)`);
    report.leftovers = probe.leftovers.length;
    for (const f of files.filter((f) => f.board.endsWith(".mpy"))) {
      const reason = probe.mpy !== undefined && incompatibility(readHeader(f.data)!, probe.mpy);
      if (reason) throw new BoardError("mpy", `the board on ${port} cannot load the .mpy files: ${reason}`);
    }
    const owned = parseManifest(probe.owned);
    const stillThere = [...owned.keys()].filter((p) => probe.stat.get(p)?.kind === "f");
    const replaced = twins.filter((p) => probe.stat.get(p)?.kind === "f");
    // the files this flash may delete: --clean's, and the replaced forms, by the same rule
    const considered = [...new Set([...(options.clean ? stillThere : []), ...replaced])];
    const candidates = cleanCandidates(owned, produced, considered);
    // only files of the same size can be unchanged; the board hashes those
    const sameSize = files.filter((f) => probe.stat.get(f.board)?.kind === "f" && probe.stat.get(f.board)!.size === f.data.length);
    const remoteSums = new Map<string, string>();
    const toHash = [...sameSize.map((f) => f.board), ...candidates];
    if (toHash.length) {
      const r = await runMpremote(m, ["connect", port, "resume", "fs", "sha256sum", ...toHash.map((p) => ":" + p)]);
      if (r.exitCode !== 0) throw explainFailure(port, r.stdout + r.stderr);
      let current: string | undefined;
      for (const line of r.stdout.split(/\r?\n/)) {
        const name = /^sha256sum :(.*)$/.exec(line);
        if (name) current = name[1];
        else if (current && /^[0-9a-f]{64}$/.test(line.trim())) remoteSums.set(current, line.trim());
      }
    }
    const changed = files.filter((f) => remoteSums.get(f.board) !== sha256(f.data));
    for (const f of files) if (!changed.includes(f)) log(`unchanged ${f.board}`);
    report.unchanged = files.length - changed.length;

    const { remove: stale, kept } = planClean(owned, produced, considered, remoteSums);
    const shadowing = kept.find((k) => k.path.endsWith(".py") && replaced.includes(k.path));
    if (shadowing)
      throw new BoardError(
        "shadowed",
        `${shadowing.path} on ${port} would be imported instead of the new ${twinOf(shadowing.path)} (MicroPython prefers .py), and mpts may not delete it: ${shadowing.reason}; delete it with \`mpremote connect ${port} fs rm :${shadowing.path}\`, or flash without --mpy`,
      );
    for (const k of kept) log(`kept      ${k.path}: ${k.reason}`);
    report.kept = kept.length;
    // what this flash wrote, with the hash of what it wrote; without --clean the
    // earlier entries stay (a later --clean decides), with it the list is settled
    const manifest: Manifest = new Map(options.clean ? [] : stillThere.filter((p) => !stale.includes(p)).map((p) => [p, owned.get(p)]));
    for (const f of files) manifest.set(f.board, sha256(f.data));

    if (probe.space) {
      const { blockSize, free } = probe.space;
      const newDirs = parentDirs(changed.map((f) => f.board)).filter((d) => probe.stat.get(d)?.kind !== "d");
      const need = changed.reduce((n, f) => n + Math.ceil(f.data.length / blockSize), 0) + newDirs.length + 1;
      if (need > free)
        throw new BoardError(
          "no-space",
          `the board on ${port} is out of space: this upload needs ${size(need * blockSize)} and ${size(free * blockSize)} are free; flash with --clean to remove old files, or delete some with \`mpremote fs rm\``,
        );
    }

    const args = ["connect", port, "resume"];
    const missingDirs = parentDirs(changed.map((f) => f.board)).filter((d) => probe.stat.get(d)?.kind !== "d");
    if (missingDirs.length) args.push("fs", "mkdir", ...missingDirs.map((d) => ":" + d), "+");
    for (const f of changed) args.push("fs", "cp", f.local, ":" + f.board + tmpSuffix, "+");
    const manifestChanged = formatManifest(manifest) !== formatManifest(owned);
    // the stale files stay listed until `fs rm` has removed them
    if (changed.length || manifestChanged || stale.length)
      args.push(
        "exec",
        commitScript(
          changed.map((f) => f.board),
          new Map([...manifest, ...stale.map((p) => [p, owned.get(p)] as const)]),
        ),
      );
    if (stale.length) {
      const emptied = parentDirs(stale)
        .filter((d) => !parentDirs([...produced]).includes(d))
        .reverse();
      args.push("fs", "rm", ...stale.map((p) => ":" + p), "+", "exec", pruneScript(emptied, manifest));
    }
    if (options.start) args.push("soft-reset", "exec", "--no-follow", `import ${options.start}`);
    if (args.length === 3) {
      report.ok = true;
      return report;
    }

    // progress from mpremote's own lines: "cp LOCAL :NAME.mpts-tmp" starts a
    // file (so the one before it is done), "rm :NAME" removes one
    const byTmp = new Map(changed.map((f) => [f.board + tmpSuffix, f]));
    let sending: UploadFile | undefined;
    let committed = false;
    const finishSending = () => {
      if (!sending) return;
      log(`sent      ${sending.board} (${size(sending.data.length)})`);
      report.sent++;
      report.sentBytes += sending.data.length;
      sending = undefined;
    };
    let pending = "";
    const onLine = (line: string) => {
      const cp = /^cp .* :(.*)$/.exec(line);
      const rm = /^rm :(.*)$/.exec(line);
      if (cp && byTmp.has(cp[1])) {
        finishSending();
        sending = byTmp.get(cp[1]);
      } else if (line === "mpts:committed") {
        finishSending();
        committed = true;
      } else if (rm) {
        log(`removed   ${rm[1]}`);
        report.removed++;
      }
    };
    const r = await startMpremote(m, args, {
      onOutput: (text) => {
        const lines = (pending + text).split(/\r?\n/);
        pending = lines.pop() ?? "";
        lines.forEach(onLine);
      },
    }).done;
    if (pending) onLine(pending);
    if (r.exitCode !== 0) {
      const err = explainFailure(port, r.stdout + r.stderr);
      if (sending) log(`failed    ${sending.board}`);
      const kept = committed ? "" : "; nothing on the board was replaced, it keeps its previous program";
      throw new BoardError(err.kind, err.message + kept);
    }
    report.restarted = options.start !== undefined;
    report.ok = true;
    return report;
  } catch (err) {
    if (!(err instanceof BoardError) || err.kind === "missing" || err.kind === "too-old") throw err;
    report.error = err;
    return report;
  } finally {
    report.seconds = (Date.now() - t0) / 1000;
  }
}
