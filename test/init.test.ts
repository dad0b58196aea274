// `mpts init`: the project it creates builds with `mpts build`, its program runs
// on the simulated board and serves its page to a Node HTTP client, its files
// are prettier-formatted, its VS Code build task's problem matchers read every
// diagnostic, and it never overwrites a file without --force.
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import { execa } from "execa";
import * as prettier from "prettier";
import ts from "typescript";
import { afterAll, describe, expect, test } from "vitest";
import { compile } from "../compiler/program.js";
import { packageRoot } from "../compiler/paths.js";
import { simulate } from "../compiler/board/sim/simulate.js";
import type { SimEvent } from "../compiler/board/sim/net.js";

const mpts = path.resolve("bin/mpts.js");
const expectedFiles = [
  ".gitignore",
  ".vscode/extensions.json",
  ".vscode/settings.json",
  ".vscode/tasks.json",
  "README.md",
  "package.json",
  "src/main.ts",
  "src/page.test.ts",
  "src/page.ts",
  "tsconfig.json",
];

// VS Code's `$tsc` pattern (extensions/typescript-language-features/package.json, problemPatterns "tsc")
const vscodeTsc = /^([^\s].*)[\(:](\d+)[,:](\d+)(?:\):\s+|\s+-\s+)(error|warning|info)\s+TS(\d+)\s*:\s*(.*)$/;

const root = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-init-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => !f.startsWith("node_modules") && !f.startsWith("dist") && fs.statSync(path.join(dir, f)).isFile())
    .sort();
}

/** `mpts init` with the given colour settings, none inherited from this environment. */
async function init(args: string[], colors: Record<string, string> = {}) {
  const env: Record<string, string | undefined> = { ...process.env, ...colors };
  for (const k of ["NO_COLOR", "FORCE_COLOR"]) if (!(k in colors)) delete env[k];
  return execa("node", [mpts, "init", ...args], { cwd: root, reject: false, env, extendEnv: false });
}

function get(host: string, port: number): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host, port, path: "/" }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode!, type: String(res.headers["content-type"]), body }));
      })
      .on("error", reject);
  });
}

describe("mpts init", () => {
  const dir = path.join(root, "blink");

  test("creates the project's files, formatted with prettier", async () => {
    const r = await init(["blink"]);
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain("Created blink:");
    expect(r.stdout).toContain("npm install");
    expect(listFiles(dir)).toEqual(expectedFiles);
    for (const f of expectedFiles.filter((f) => /\.(ts|json|md)$/.test(f))) {
      expect(await prettier.check(fs.readFileSync(path.join(dir, f), "utf8"), { filepath: f }), f).toBe(true);
    }
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    expect(pkg.name).toBe("blink");
    expect(pkg.scripts).toMatchObject({
      build: "mpts build",
      run: "mpts run",
      flash: "mpts flash",
      watch: "mpts build --watch",
      test: "mpts test",
    });
    expect(Object.keys(pkg.devDependencies)).toEqual(expect.arrayContaining(["mpts", "typescript", "prettier"]));
    // from a checkout, the project links to it
    expect(pkg.devDependencies.mpts).toBe("file:" + path.relative(dir, packageRoot));
    const config = JSON.parse(fs.readFileSync(path.join(dir, "tsconfig.json"), "utf8"));
    expect(config.compilerOptions.types).toEqual(["mpts/runtime-typings"]);
    expect(config.compilerOptions.plugins).toEqual([{ name: "mpts/plugin" }]);
    // as mpts builds: every file a module, no DOM
    expect(config.compilerOptions.moduleDetection).toBe("force");
    expect(config.compilerOptions.lib).toEqual(["ES2022"]);
    const settings = JSON.parse(fs.readFileSync(path.join(dir, ".vscode/settings.json"), "utf8"));
    expect(settings["typescript.tsdk"]).toBe("node_modules/typescript/lib");
    expect(JSON.parse(fs.readFileSync(path.join(dir, ".vscode/extensions.json"), "utf8")).recommendations).toContain(
      "esbenp.prettier-vscode",
    );
  });

  test("the project builds with `mpts build` (before npm install, too)", async () => {
    const r = await execa("node", [mpts, "build"], { cwd: dir, reject: false });
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    expect(
      fs
        .readdirSync(path.join(dir, "dist"))
        .filter((f) => f.endsWith(".py"))
        .sort(),
    ).toEqual(["main.py", "mpts_rt.py", "page.py"]);
  });

  test("its program joins Wi-Fi on the simulated board and serves the pin levels to a Node HTTP client", async () => {
    const result = compile(dir);
    expect(result.diagnostics).toEqual([]);
    let out = "";
    const events: SimEvent[] = [];
    const sim = simulate(
      result.files.filter((f) => f.path.endsWith(".py")),
      "main",
      { pins: { "4": 1, "13": 1 }, onOutput: (t) => (out += t), onEvent: (e) => events.push(e) },
    );
    try {
      const t = Date.now();
      let listen: Extract<SimEvent, { kind: "listen" }> | undefined;
      while (!(listen = events.find((e): e is Extract<SimEvent, { kind: "listen" }> => e.kind === "listen" && e.boardPort === 80))) {
        if (Date.now() - t > 20000) throw new Error(`the program did not listen on port 80; output:\n${out}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(events.some((e) => e.kind === "wifi" && e.text.startsWith("connected to 'my-network'"))).toBe(true);
      const page = await get(listen.host, listen.port);
      expect(page.status).toBe(200);
      expect(page.type).toBe("text/html; charset=utf-8");
      const rows = [...page.body.matchAll(/<tr><td>GPIO (\d+)<\/td><td>[^<]*<\/td><td>(\d)<\/td><\/tr>/g)].map((m) => `${m[1]}=${m[2]}`);
      expect(rows).toEqual(["0=0", "4=1", "5=0", "13=1"]);
      expect(out).toMatch(/^connecting to my-network\.\.\.\nserving the pin page at http:\/\/127\.0\.0\.1\/\n/);
      // the LED was lit while the request was answered
      const led = () => events.filter((e) => e.kind === "pin" && e.pin === 2).map((e) => (e as { value: number }).value);
      while (led().length < 2 && Date.now() - t < 20000) await new Promise((r) => setTimeout(r, 20));
      expect(led()).toEqual([1, 0]);
    } finally {
      await sim.kill();
    }
  });

  test("an editor sees the project without errors, and resolves the plugin the tsconfig names", () => {
    fs.mkdirSync(path.join(dir, "node_modules"), { recursive: true });
    fs.symlinkSync(packageRoot, path.join(dir, "node_modules/mpts"), "dir");
    const configFile = path.join(dir, "tsconfig.json");
    const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(configFile, ts.sys.readFile).config, ts.sys, dir, undefined, configFile);
    expect(parsed.errors).toEqual([]);
    // a file without import or export, whose names are the typings' globals, is a module too
    const names = path.join(dir, "src/names.ts");
    fs.writeFileSync(names, `const b = 1;\nlet str = "x";\nconst len = 3;\nprint(b, str, len);\n`);
    let program: ts.Program;
    try {
      program = ts.createProgram([...parsed.fileNames, names], parsed.options);
      expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
    } finally {
      fs.rmSync(names);
    }
    // tsserver's own loading: require() with Node10 resolution from the project's node_modules
    const loaded = (ts.sys as unknown as { require(dir: string, name: string): { module?: unknown; error?: Error } }).require(
      path.join(dir, "node_modules"),
      config(dir).compilerOptions.plugins[0].name,
    );
    expect(loaded.error).toBeUndefined();
    expect(typeof (loaded.module as (m: unknown) => { create: unknown })({ typescript: ts }).create).toBe("function");
  });

  test("the build task's problem matchers ($tsc and mpts's) read every diagnostic of a failed build", async () => {
    const tasks = JSON.parse(fs.readFileSync(path.join(dir, ".vscode/tasks.json"), "utf8"));
    const build = tasks.tasks.find((t: { group?: { isDefault?: boolean } }) => t.group?.isDefault);
    expect(build).toMatchObject({ type: "npm", script: "build" });
    expect(build.problemMatcher[0]).toBe("$tsc");
    const mine = build.problemMatcher[1];
    expect(mine.base).toBe("$tsc");
    const pattern = new RegExp(mine.pattern.regexp);
    // a type error, then an unsupported construct: two builds
    const lines: string[] = [];
    for (const [name, code] of [
      ["type-error", `const level: number = "high";\nprint(level);\n`],
      ["unsupported", `print(eval("1"));\n`],
    ]) {
      const broken = path.join(root, name);
      fs.cpSync(dir, broken, { recursive: true });
      fs.appendFileSync(path.join(broken, "src/main.ts"), code);
      const r = await execa("node", [mpts, "build"], { cwd: broken, reject: false });
      expect(r.exitCode).toBe(1);
      lines.push(...r.stderr.split("\n").filter((l) => /error (MP)?TS\d+/.test(l)));
      fs.rmSync(broken, { recursive: true, force: true });
    }
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const tsc = vscodeTsc.exec(line);
      const mpts = pattern.exec(line);
      // exactly one matcher claims each line, with the file, line and column of the error
      expect(Boolean(tsc) !== Boolean(mpts), line).toBe(true);
      const m = (tsc ?? mpts)!;
      expect(m[1]).toBe("src/main.ts");
      expect(Number(m[2])).toBeGreaterThan(80);
      expect(m[4]).toBe("error");
    }
    expect(lines.some((l) => vscodeTsc.test(l))).toBe(true);
    expect(lines.some((l) => pattern.exec(l)?.[5] === "MPTS1003")).toBe(true);
  });

  test("refuses to overwrite existing files without --force (exit 2), and overwrites them with it", async () => {
    const main = path.join(dir, "src/main.ts");
    fs.writeFileSync(main, "// my own program\n");
    const r = await init(["blink"]);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("package.json");
    expect(r.stderr).toContain("src/main.ts");
    expect(r.stderr).toContain("nothing was written");
    expect(r.stderr).toContain("--force");
    expect(fs.readFileSync(main, "utf8")).toBe("// my own program\n");

    const forced = await init(["blink", "--force"]);
    expect(forced.exitCode).toBe(0);
    expect(fs.readFileSync(main, "utf8")).toContain("connectWifi");
  });

  test("colours: none when piped or with NO_COLOR, some with FORCE_COLOR", async () => {
    const plain = await init(["plain"]);
    expect(plain.exitCode).toBe(0);
    expect(plain.stdout).not.toMatch(/\x1b\[/);
    const forced = await init(["forced"], { FORCE_COLOR: "1" });
    expect(forced.stdout).toMatch(/\x1b\[32mCreated\x1b\[39m/);
    const vetoed = await init(["vetoed"], { FORCE_COLOR: "1", NO_COLOR: "1" });
    expect(vetoed.exitCode).toBe(0);
    expect(vetoed.stdout).not.toMatch(/\x1b\[/);
  });

  test("--help of init and build shows examples, and build's --watch", async () => {
    const initHelp = await execa("node", [mpts, "init", "--help"], { reject: false });
    expect(initHelp.exitCode).toBe(0);
    expect(initHelp.stdout).toMatch(/Usage: mpts init \[options\] \[dir\]/);
    expect(initHelp.stdout).toMatch(/--force/);
    expect(initHelp.stdout).toMatch(/Examples:\n {2}mpts init blink/);
    const buildHelp = await execa("node", [mpts, "build", "--help"], { reject: false });
    expect(buildHelp.stdout).toMatch(/-w, --watch/);
    expect(buildHelp.stdout).toMatch(/mpts build --watch/);
  });
});

function config(dir: string) {
  return JSON.parse(fs.readFileSync(path.join(dir, "tsconfig.json"), "utf8"));
}
