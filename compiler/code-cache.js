// V8's compiled code for TypeScript's compiler (a 9 MB CommonJS file), kept
// between runs: without it every `mpts build` spends ~0.2 s CPU compiling the
// same functions again. Node >= 22.1 has this built in (module.enableCompileCache,
// which tsc itself turns on); on older Node the file is compiled here with
// vm.Script and the cache V8 makes after a run, then put into require's cache
// where @ts-morph/common's require('./typescript') finds it. cachedBytes keeps
// other data the same way (the lib files' texts, compiler/typescript.js).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vm from "node:vm";
import { isAscii } from "node:buffer";
import * as nodeModule from "node:module";
import * as v8 from "node:v8";

/** V8 flags set by setV8Flags: they shape the compiled code, so they name the cache as the command line's do */
const runtimeFlags = [];

/**
 * Set V8 flags (v8.setFlagsFromString) before preloadWithCodeCache loads anything: V8 rejects a
 * cache made under other flags, so a cache written at exit after a flag had changed would be
 * rejected and written again on every run.
 */
export function setV8Flags(flags) {
  v8.setFlagsFromString(flags);
  runtimeFlags.push(flags);
}

/** A folder only this user can write, or undefined (then nothing is cached). */
function cacheDir() {
  const dir = path.join(os.tmpdir(), `mpts-code-cache-${process.getuid?.() ?? "user"}`);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = fs.statSync(dir);
  if (process.getuid && (st.uid !== process.getuid() || st.mode & 0o022)) return undefined;
  return dir;
}

/** How many caches of one kind stay: each checkout, Node version and flag set makes its own (a pruned one is made again). */
const KEEP = 4;

/**
 * Remove all but the KEEP most recently written `<kind>-<hash>.bin` files (and temporary copies a
 * killed run left an hour ago), after writing a new one: nothing else removes them from the temp folder.
 */
function prune(dir, kind) {
  try {
    const mine = fs
      .readdirSync(dir)
      .filter((f) => f.startsWith(kind + "-") && /^[0-9a-z]+\.bin(\.\d+)?$/.test(f.slice(kind.length + 1)))
      .map((f) => ({ f, written: fs.statSync(path.join(dir, f)).mtimeMs }))
      .sort((a, b) => b.written - a.written);
    const stale = Date.now() - 3600_000;
    const temporary = ({ f }) => /\.\d+$/.test(f);
    const old = [...mine.filter((c) => !temporary(c)).slice(KEEP), ...mine.filter((c) => temporary(c) && c.written < stale)];
    for (const { f } of old) fs.rmSync(path.join(dir, f), { force: true });
  } catch {
    // another run pruning at the same time, or a folder we cannot list: next time
  }
}

/** A short hash of a string (FNV-1a), for cache file names. */
function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Load the CommonJS file `file` into require's cache, compiled from the code cache when there is a valid one. */
export function preloadWithCodeCache(file) {
  // a named import would not link on Node 20, which lacks it
  if (nodeModule.enableCompileCache) {
    nodeModule.enableCompileCache();
    return;
  }
  // already loaded (a test that imported ts-morph first): a second copy would be compiled and run for nothing
  if (nodeModule.Module._cache[file]) return;
  let cacheFile;
  let cachedData;
  try {
    const st = fs.statSync(file);
    // V8 rejects a cache made from other source or other flags; the name keeps such caches apart
    const key = [file, st.size, st.mtimeMs, process.version, process.arch, [...process.execArgv, ...runtimeFlags].join(" ")].join("\n");
    const dir = cacheDir();
    if (dir) cacheFile = path.join(dir, `${path.basename(file, ".js")}-${hash(key)}.bin`);
    if (cacheFile && fs.existsSync(cacheFile)) cachedData = fs.readFileSync(cacheFile);
  } catch {
    // no cache: compile as require() would
  }
  // TypeScript's compiler is ASCII: read as latin1 it is the same text, decoded without UTF-8's work
  const bytes = fs.readFileSync(file);
  const source = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  const wrapper = "(function (exports, require, module, __filename, __dirname) { " + source + "\n})";
  const script = new vm.Script(wrapper, { filename: file, cachedData });
  const module = new nodeModule.Module(file);
  module.filename = file;
  const require = nodeModule.createRequire(file);
  script.runInThisContext().call(module.exports, module.exports, require, module, file, path.dirname(file));
  module.loaded = true;
  require.cache[file] = module;
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    // at exit the cache also holds the functions this run compiled (the parser's, the checker's)
    process.once("exit", () => {
      try {
        const temp = `${cacheFile}.${process.pid}`;
        fs.writeFileSync(temp, script.createCachedData());
        fs.renameSync(temp, cacheFile);
        prune(path.dirname(cacheFile), path.basename(file, ".js"));
      } catch {
        // a full or read-only disk: the next run compiles again
      }
    });
  }
}

/**
 * Bytes made by `compute`, kept in the same folder between runs under a name made from `key`
 * (which must change whenever they would), and what `decode` makes of them; `decode` throws on
 * bytes `compute` did not make (a damaged copy), which are then made and written again.
 */
export function cachedBytes(name, key, compute, decode) {
  let cacheFile;
  try {
    const dir = cacheDir();
    if (dir) cacheFile = path.join(dir, `${name}-${hash(key)}.bin`);
    if (cacheFile && fs.existsSync(cacheFile)) return decode(fs.readFileSync(cacheFile));
  } catch {
    // unreadable or damaged: made again, and written again
  }
  const bytes = compute();
  if (cacheFile) {
    try {
      const temp = `${cacheFile}.${process.pid}`;
      fs.writeFileSync(temp, bytes);
      fs.renameSync(temp, cacheFile);
      prune(path.dirname(cacheFile), name);
    } catch {
      // a full or read-only disk: the next run makes them again
    }
  }
  return decode(bytes);
}
