// compiler/typescript.js loads TypeScript with require(), through a V8 code
// cache kept in the temp folder (compiler/code-cache.js): the cache is written
// by the first run, accepted as it is by the next, and a damaged one is replaced.
// The lib files' texts are kept there too.
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as nodeModule from "node:module";
import { ts as tsMorphTs } from "ts-morph";
import { ts } from "../compiler/typescript.js";

const shim = path.resolve("compiler/typescript.js");

/** A fresh node process that loads TypeScript through the shim, with `tmp` as its temp folder; what it printed. */
function loadIn(tmp: string): string {
  const script = `import { ts } from ${JSON.stringify(shim)}; console.log(ts.version)`;
  return execFileSync(process.execPath, ["--input-type=module", "-e", script], { env: { ...process.env, TMPDIR: tmp } }).toString().trim();
}

function cacheFiles(tmp: string, ext = ".bin"): string[] {
  return fs.existsSync(tmp) ? fs.readdirSync(tmp, { recursive: true }).map(String).filter((f) => f.endsWith(ext)) : [];
}

describe("TypeScript's loading", () => {
  it("is ts-morph's own TypeScript (nodes from either are the same)", () => {
    // ts-morph's `ts` is @ts-morph/common's frozen namespace of getters over the module compiler/typescript.js loads
    expect(ts.createSourceFile).toBe(tsMorphTs.createSourceFile);
    expect(ts.SyntaxKind).toBe(tsMorphTs.SyntaxKind);
    expect(ts.isIdentifier(tsMorphTs.factory.createIdentifier("x"))).toBe(true);
  });

  it("reads the lib files' texts from @ts-morph/common once, then from its copy in the cache folder", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-lib-files-test-"));
    const fromTsMorph = nodeModule.createRequire(nodeModule.createRequire(import.meta.url).resolve("ts-morph"));
    const libs: { fileName: string; text: string }[] = fromTsMorph("@ts-morph/common").getLibFiles();
    const es2022 = libs.find((f) => f.fileName === "lib.es2022.d.ts")!.text;
    const script = `import { getLibFiles } from ${JSON.stringify(shim)}; const f = getLibFiles(); console.log(f.length, JSON.stringify(f.find((x) => x.fileName === "lib.es2022.d.ts").text))`;
    const run = () =>
      execFileSync(process.execPath, ["--input-type=module", "-e", script], { env: { ...process.env, TMPDIR: tmp } }).toString().trim();
    const expected = `${libs.length} ${JSON.stringify(es2022)}`;
    const copies = () => cacheFiles(tmp).filter((f) => f.includes("/ts-lib-files-"));
    try {
      expect(run()).toBe(expected);
      const [copy] = copies();
      expect(copy).toMatch(/^mpts-code-cache-[^/]+\/ts-lib-files-\w+\.bin$/);
      const written = fs.statSync(path.join(tmp, copy)).mtimeMs;
      // the copy is read as it is
      expect(run()).toBe(expected);
      expect(fs.statSync(path.join(tmp, copy)).mtimeMs).toBe(written);
      // a damaged copy: the texts come from @ts-morph/common again, and the copy is written again
      fs.writeFileSync(path.join(tmp, copy), "[{");
      expect(run()).toBe(expected);
      expect(fs.statSync(path.join(tmp, copy)).size).toBeGreaterThan(es2022.length);
      expect(run()).toBe(expected);
      expect(copies()).toEqual([copy]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("keeps V8's code for it between runs, and replaces a damaged cache", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-code-cache-test-"));
    try {
      expect(loadIn(tmp)).toBe(ts.version);
      if ((nodeModule as { enableCompileCache?: unknown }).enableCompileCache) {
        // Node >= 22.1 caches with its own module.enableCompileCache
        expect(cacheFiles(tmp)).toEqual([]);
        return;
      }
      const [file] = cacheFiles(tmp);
      expect(file).toMatch(/^mpts-code-cache-[^/]+\/typescript-\w+\.bin$/);
      const cache = path.join(tmp, file);
      const written = fs.statSync(cache).mtimeMs;
      // accepted: the second run does not write it again
      expect(loadIn(tmp)).toBe(ts.version);
      expect(fs.statSync(cache).mtimeMs).toBe(written);
      // damaged: V8 rejects it, TypeScript still loads, and the run writes a good one
      fs.writeFileSync(cache, Buffer.alloc(1000, 7));
      expect(loadIn(tmp)).toBe(ts.version);
      expect(fs.statSync(cache).size).toBeGreaterThan(100000);
      expect(cacheFiles(tmp)).toEqual([file]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("keeps the 4 most recently written caches of a kind when it writes one, and drops temporary copies left for an hour", () => {
    if ((nodeModule as { enableCompileCache?: unknown }).enableCompileCache) return; // Node's own cache: not ours to prune
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-code-cache-prune-test-"));
    const dir = path.join(tmp, `mpts-code-cache-${process.getuid?.() ?? "user"}`);
    fs.mkdirSync(dir, { mode: 0o700 });
    // caches of other checkouts, written an hour apart; a killed run's temporary copies, old and new; another kind
    const hour = 3600;
    const now = Date.now() / 1000;
    const fake = (name: string, ageHours: number) => {
      fs.writeFileSync(path.join(dir, name), "x");
      fs.utimesSync(path.join(dir, name), now - ageHours * hour, now - ageHours * hour);
    };
    for (let i = 1; i <= 6; i++) fake(`typescript-old${i}.bin`, i);
    fake("typescript-old9.bin.1234", 2);
    fake("typescript-new9.bin.5678", 0);
    fake("ts-lib-files-other.bin", 50);
    try {
      expect(loadIn(tmp)).toBe(ts.version);
      const left = fs.readdirSync(dir).sort();
      const written = left.filter((f) => /^typescript-\w+\.bin$/.test(f) && !f.startsWith("typescript-old"));
      expect(written.length).toBe(1);
      expect(left).toEqual(
        [...written, "typescript-old1.bin", "typescript-old2.bin", "typescript-old3.bin", "typescript-new9.bin.5678", "ts-lib-files-other.bin"].sort(),
      );
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("keeps a separate cache for V8 flags set at run time, accepted by the next run with them", () => {
    if ((nodeModule as { enableCompileCache?: unknown }).enableCompileCache) return; // Node's own cache: not ours to key
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-code-cache-flags-test-"));
    // one script (the same command line) loading TypeScript with the flag or without it; with it
    // as mpts build sets it (compiler/cli/tiering.ts): first the flag, then TypeScript
    const script = path.join(tmp, "load.mjs");
    fs.writeFileSync(
      script,
      `import { setV8Flags } from ${JSON.stringify(path.resolve("compiler/code-cache.js"))};\n` +
        `if (process.argv[2] === "flag") setV8Flags("--interrupt-budget=1000000");\n` +
        `const { ts } = await import(${JSON.stringify(shim)});\nconsole.log(ts.version);\n`,
    );
    const load = (...args: string[]) =>
      execFileSync(process.execPath, [script, ...args], { env: { ...process.env, TMPDIR: tmp } }).toString().trim();
    try {
      const written = () => new Map(cacheFiles(tmp).map((f) => [f, fs.statSync(path.join(tmp, f)).mtimeMs]));
      expect(load()).toBe(ts.version);
      expect(load("flag")).toBe(ts.version);
      const first = written();
      expect(first.size).toBe(2);
      // each accepted by runs like the one that wrote it, in any order: neither is written again
      // (one shared file would be rejected and rewritten by every run unlike the last)
      expect(load("flag")).toBe(ts.version);
      expect(load()).toBe(ts.version);
      expect(load("flag")).toBe(ts.version);
      expect(written()).toEqual(first);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
