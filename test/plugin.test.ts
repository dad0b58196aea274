// The language service plugin ("plugins": [{ "name": "mpts/plugin" }]): mpts's
// diagnostics among TypeScript's, as an editor gets them. Through the language
// service API (the plugin's create() wrapping a real LanguageService, as tsserver
// does), and through a real tsserver that loads the plugin from node_modules.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawn } from "node:child_process";
import ts from "typescript";
import { afterAll, describe, expect, test } from "vitest";
import { packageRoot } from "../compiler/paths.js";
import init from "../compiler/plugin/index.js";
import { Codes } from "../compiler/diagnostics.js";

const mainTs = `const code = "1 + 1";
const value = eval(code);
print(value);
const digits = /[0-9]+(?=px)/;
print(digits);
const n: number = "five";
print(n);
`;

const tsconfig = {
  compilerOptions: {
    strict: true,
    target: "ES2022",
    module: "ESNext",
    moduleResolution: "Bundler",
    lib: ["ES2022"],
    types: ["mpts/runtime-typings"],
    plugins: [{ name: "mpts/plugin" }],
    noEmit: true,
  },
  include: ["src"],
};

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function makeProject(files: Record<string, string>, config: object = tsconfig): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-plugin-"));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, "node_modules"));
  fs.symlinkSync(packageRoot, path.join(dir, "node_modules", "mpts"), "dir");
  fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(config, null, 2));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** A language service over the project, with files the test can edit in memory (an editor's open buffers). */
function editor(dir: string) {
  const configPath = path.join(dir, "tsconfig.json");
  const parsed = ts.parseJsonSourceFileConfigFileContent(ts.readJsonConfigFile(configPath, ts.sys.readFile), ts.sys, dir, undefined, configPath);
  const buffers = new Map<string, { text: string; version: number }>();
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => parsed.fileNames,
    getScriptVersion: (f) => String(buffers.get(f)?.version ?? 0),
    getScriptSnapshot: (f) => {
      const text = buffers.get(f)?.text ?? (fs.existsSync(f) ? fs.readFileSync(f, "utf8") : undefined);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => dir,
    getCompilationSettings: () => parsed.options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  const edit = (file: string, text: string) => buffers.set(file, { text, version: (buffers.get(file)?.version ?? 0) + 1 });
  return { host, service, edit };
}

/** The plugin applied as tsserver applies it: create() with the project's service and host. */
function withPlugin(typescript: typeof ts, service: ts.LanguageService, host: ts.LanguageServiceHost): ts.LanguageService {
  const logged: string[] = [];
  const project = { projectService: { logger: { info: (s: string) => logged.push(s) } } };
  const info = { languageService: service, languageServiceHost: host, project, serverHost: ts.sys, config: {} };
  return init({ typescript } as never).create(info as never) as unknown as ts.LanguageService;
}

const text = (d: ts.Diagnostic) => ts.flattenDiagnosticMessageText(d.messageText, "\n");
const span = (source: string, d: ts.Diagnostic) => source.slice(d.start!, d.start! + d.length!);

describe("the plugin through the language service API", () => {
  const dir = makeProject({ "src/main.ts": mainTs, "src/clean.ts": `export const twice = (n: number): number => n * 2;\n` });
  const file = path.join(dir, "src/main.ts");

  test("eval and a regular expression get MPTS1003 and MPTS1006 at their code, next to TypeScript's own errors", () => {
    const { host, service } = editor(dir);
    const plugged = withPlugin(ts, service, host);
    const diagnostics = plugged.getSemanticDiagnostics(file);
    const mine = diagnostics.filter((d) => d.source === "mpts");
    expect(mine.map((d) => d.code)).toEqual([Codes.eval, Codes.regex]);
    const [evalDiag, regexDiag] = mine;
    expect(evalDiag.start).toBe(mainTs.indexOf("eval(code)"));
    expect(span(mainTs, evalDiag)).toBe("eval");
    expect(text(evalDiag)).toMatch(/^'eval' is not supported on MicroPython; write the code directly/);
    expect(span(mainTs, regexDiag)).toBe("/[0-9]+(?=px)/");
    expect(text(regexDiag)).toMatch(/^The lookahead \(\?=\.\.\.\) in \/\[0-9\]\+\(\?=px\)\/ is not supported on MicroPython; match the following text/);
    for (const d of mine) {
      expect(d.category).toBe(ts.DiagnosticCategory.Error);
      expect(d.file?.fileName).toBe(file);
    }
    // TypeScript's own diagnostics are still there, unchanged
    const own = diagnostics.filter((d) => d.source !== "mpts");
    expect(own.map((d) => d.code)).toEqual([2322]);
    expect(own.map(text)).toEqual(service.getSemanticDiagnostics(file).map(text));
    // and the rest of the service passes through
    const quick = plugged.getQuickInfoAtPosition(file, mainTs.indexOf("digits"));
    expect(ts.displayPartsToString(quick!.displayParts)).toBe("const digits: RegExp");
  });

  test("a file without unsupported constructs gets none, and an edit updates the diagnostics", () => {
    const { host, service, edit } = editor(dir);
    const plugged = withPlugin(ts, service, host);
    expect(plugged.getSemanticDiagnostics(path.join(dir, "src/clean.ts"))).toEqual([]);
    expect(plugged.getSemanticDiagnostics(file).filter((d) => d.source === "mpts")).toHaveLength(2);
    // the user replaces eval while typing (the buffer, not yet saved)
    const fixed = mainTs.replace("eval(code)", "int(code)");
    edit(file, fixed);
    const after = plugged.getSemanticDiagnostics(file).filter((d) => d.source === "mpts");
    expect(after.map((d) => d.code)).toEqual([Codes.regex]);
    expect(span(fixed, after[0])).toBe("/[0-9]+(?=px)/");
  });

  test("an editor on another TypeScript version gets the same diagnostics from the compiler's own TypeScript", () => {
    const { host, service } = editor(dir);
    const older = { ...ts, version: "5.4.5" } as typeof ts;
    const plugged = withPlugin(older, service, host);
    const mine = plugged.getSemanticDiagnostics(file).filter((d) => d.source === "mpts");
    expect(mine.map((d) => [d.code, span(mainTs, d)])).toEqual([
      [
        Codes.eval,
        span(
          mainTs,
          withPlugin(ts, service, host)
            .getSemanticDiagnostics(file)
            .find((d) => d.code === Codes.eval)!,
        ),
      ],
      [Codes.regex, "/[0-9]+(?=px)/"],
    ]);
  });
});

describe("the plugin checks with mpts build's options", () => {
  // a lone-looking file (no import or export) naming the typings' globals, the board's print and setTimeout
  const board = `const b = 1;\nlet str = "x";\nconst len = 3;\nprint(b, str, len);\nsetTimeout(() => console.log("later"), 5);\n`;
  const { lib: _lib, ...withoutLib } = tsconfig.compilerOptions;

  test(`every file is a module, and a tsconfig without "lib" gets no DOM`, () => {
    const dir = makeProject({ "src/main.ts": board }, { ...tsconfig, compilerOptions: withoutLib });
    const file = path.join(dir, "src/main.ts");
    const { host, service } = editor(dir);
    // TypeScript alone: the file shares the global scope with the typings (b, str, len)
    expect(service.getSemanticDiagnostics(file).map((d) => d.code)).toEqual([2451, 2451, 2451]);
    expect(service.getDefinitionAtPosition(file, board.indexOf("print"))!.map((d) => path.basename(d.fileName))).toContain("lib.dom.d.ts");
    const plugged = withPlugin(ts, service, host);
    expect(plugged.getSemanticDiagnostics(file).map(text)).toEqual([]);
    expect(plugged.getCompilerOptionsDiagnostics()).toEqual([]);
    // print, setTimeout and console are the board's alone
    for (const name of ["print", "setTimeout", "console"]) {
      const files = plugged.getDefinitionAtPosition(file, board.indexOf(name))!.map((d) => d.fileName);
      expect(files.length, name).toBeGreaterThan(0);
      for (const f of files) expect(f, name).toMatch(/\/runtime-typings\//);
    }
  });

  test(`a tsconfig asking for the DOM: the warning on its "lib" entry, and the file checks without it`, () => {
    const config = { ...tsconfig, compilerOptions: { ...withoutLib, lib: ["ES2022", "DOM"] } };
    const dir = makeProject({ "src/main.ts": board }, config);
    const file = path.join(dir, "src/main.ts");
    const { host, service } = editor(dir);
    const plugged = withPlugin(ts, service, host);
    expect(plugged.getSemanticDiagnostics(file).map(text)).toEqual([]);
    const [warning, ...others] = plugged.getCompilerOptionsDiagnostics();
    expect(others).toEqual([]);
    expect(warning.code).toBe(Codes.browserLib);
    expect(warning.category).toBe(ts.DiagnosticCategory.Warning);
    expect(warning.file?.fileName).toBe(path.join(dir, "tsconfig.json"));
    expect(span(fs.readFileSync(path.join(dir, "tsconfig.json"), "utf8"), warning)).toBe('"DOM"');
    expect(text(warning)).toMatch(/^A board has no DOM: "DOM" in "lib" is left out/);
  });
});

/** tsserver's protocol over stdio: requests are JSON lines, answers are Content-Length framed. */
function tsserver(cwd: string) {
  const proc = spawn(
    process.execPath,
    [path.join(packageRoot, "node_modules/typescript/lib/tsserver.js"), "--allowLocalPluginLoads", "--disableAutomaticTypingAcquisition"],
    { cwd, stdio: ["pipe", "pipe", "inherit"] },
  );
  let buffer = "";
  const waiting = new Map<number, (body: unknown) => void>();
  proc.stdout.setEncoding("utf8");
  proc.stdout.on("data", (chunk: string) => {
    buffer += chunk;
    for (;;) {
      const m = /^Content-Length: (\d+)\r\n\r\n/.exec(buffer);
      if (!m) break;
      const start = m[0].length;
      // the length counts bytes
      const body = Buffer.from(buffer.slice(start)).subarray(0, Number(m[1])).toString("utf8");
      if (Buffer.byteLength(buffer.slice(start)) < Number(m[1])) break;
      buffer = buffer.slice(start + body.length);
      const msg = JSON.parse(body);
      if (msg.type === "response") waiting.get(msg.request_seq)?.(msg);
    }
  });
  let seq = 0;
  const request = (command: string, args: unknown) =>
    new Promise<{ success: boolean; body: unknown }>((resolve) => {
      const id = ++seq;
      waiting.set(id, resolve as (b: unknown) => void);
      proc.stdin.write(JSON.stringify({ seq: id, type: "request", command, arguments: args }) + "\n");
    });
  return { request, close: () => proc.kill() };
}

describe("the plugin in tsserver", () => {
  test("tsserver loads mpts/plugin from the project's node_modules and reports MPTS1003 with its text", async () => {
    const dir = makeProject({ "src/main.ts": mainTs });
    const file = path.join(dir, "src/main.ts");
    const server = tsserver(dir);
    try {
      await server.request("open", { file, projectRootPath: dir });
      const answer = (await server.request("semanticDiagnosticsSync", { file, includeLinePosition: true })) as {
        success: boolean;
        body: { code: number; source?: string; message: string; startLocation: { line: number; offset: number } }[];
      };
      expect(answer.success).toBe(true);
      const mine = answer.body.filter((d) => d.source === "mpts");
      expect(mine.map((d) => d.code)).toEqual([Codes.eval, Codes.regex]);
      // line 2, column 15: `eval(code)` (1-based, as editors show it)
      expect(mine[0].startLocation).toEqual({ line: 2, offset: mainTs.split("\n")[1].indexOf("eval") + 1 });
      expect(mine[0].message).toMatch(/^'eval' is not supported on MicroPython; write the code directly/);
      expect(answer.body.some((d) => d.code === 2322)).toBe(true);
    } finally {
      server.close();
    }
  }, 60000);
});
