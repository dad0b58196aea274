// The typings from a user's project, as an editor sees them: a project with mpts
// in node_modules and `"types": ["mpts/runtime-typings"]` in its tsconfig, checked
// with TypeScript's language service (what VS Code runs): no errors, completions
// and hover docs for the board modules. mpts itself compiles the same project.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { compile, typingsDir } from "../../compiler/program.js";
import { packageRoot } from "../../compiler/paths.js";
import plugin from "../../compiler/plugin/index.js";

const mainTs = `import * as socket from "socket";
import { Pin } from "machine";

const led = Pin(2, Pin.OUT);
led.value(1);
const addr = socket.getaddrinfo("example.org", 80)[0][4];
const s = socket.socket();
s.connect(addr);
s.send(b\`GET / HTTP/1.0\\r\\n\\r\\n\`);
print(s.recv(100), led.value());
s.close();
`;

/** tsconfig settings a project may use; both module resolutions must find the typings. */
const configs: Record<string, Record<string, unknown>> = {
  bundler: {
    target: "ES2022",
    module: "ESNext",
    moduleResolution: "Bundler",
    lib: ["ES2022"],
    strict: true,
    noEmit: true,
    types: ["mpts/runtime-typings"],
  },
  nodenext: {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    lib: ["ES2022"],
    strict: true,
    noEmit: true,
    types: ["mpts/runtime-typings"],
  },
};

function makeProject(compilerOptions: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-editor-"));
  fs.mkdirSync(path.join(dir, "node_modules"));
  fs.symlinkSync(packageRoot, path.join(dir, "node_modules", "mpts"), "dir");
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "blink", type: "module", private: true }));
  fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["*.ts"] }, null, 2));
  fs.writeFileSync(path.join(dir, "main.ts"), mainTs);
  return dir;
}

function languageService(dir: string): ts.LanguageService {
  return ts.createLanguageService(languageServiceHost(dir), ts.createDocumentRegistry());
}

function languageServiceHost(dir: string): ts.LanguageServiceHost {
  const configFile = ts.readConfigFile(path.join(dir, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, dir);
  expect(parsed.errors).toEqual([]);
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => parsed.fileNames,
    getScriptVersion: () => "1",
    getScriptSnapshot: (f) => (fs.existsSync(f) ? ts.ScriptSnapshot.fromString(fs.readFileSync(f, "utf8")) : undefined),
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
  return host;
}

const flatten = (d: ts.Diagnostic) => ts.flattenDiagnosticMessageText(d.messageText, "\n");

describe("the typings in a user's editor", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  test("runtime-typings/index.d.ts references every .d.ts in the folder", () => {
    const index = fs.readFileSync(path.join(typingsDir, "index.d.ts"), "utf8");
    const referenced = [...index.matchAll(/^\/\/\/ <reference path="\.\/([^"]+)" \/>$/gm)].map((m) => m[1]).sort();
    const files = fs
      .readdirSync(typingsDir)
      .filter((f) => f.endsWith(".d.ts") && f !== "index.d.ts")
      .sort();
    expect(referenced).toEqual(files);
  });

  for (const [name, options] of Object.entries(configs)) {
    describe(`moduleResolution ${name}`, () => {
      let dir: string;
      let service: ts.LanguageService;
      let file: string;
      beforeAll(() => {
        dir = makeProject(options);
        dirs.push(dir);
        service = languageService(dir);
        file = path.join(dir, "main.ts");
      });

      test("the project type-checks with no diagnostics, with the typings loaded through the types entry", () => {
        const program = service.getProgram()!;
        const diagnostics = [
          ...program.getOptionsDiagnostics(),
          ...program.getGlobalDiagnostics(),
          ...service.getSyntacticDiagnostics(file),
          ...service.getSemanticDiagnostics(file),
        ];
        expect(diagnostics.map(flatten)).toEqual([]);
        // the typings came from the types entry, through node_modules/mpts (the symlink resolved)
        const typings = program
          .getSourceFiles()
          .map((f) => f.fileName)
          .filter((f) => f.includes("runtime-typings"));
        expect(typings.map((f) => path.basename(f)).sort()).toContain("socket.d.ts");
        expect(typings.map((f) => path.basename(f)).sort()).toContain("machine.d.ts");
        expect(typings.map((f) => path.basename(f))).toContain("index.d.ts");
      });

      test("completions after `socket.` list the module's members", () => {
        const pos = mainTs.indexOf("socket.getaddrinfo") + "socket.".length;
        const completions = service.getCompletionsAtPosition(file, pos, {});
        const names = completions!.entries.map((e) => e.name);
        expect(names).toContain("getaddrinfo");
        expect(names).toContain("socket");
        expect(names).toContain("AF_INET");
      });

      test("hover on getaddrinfo shows its doc comment", () => {
        const doc = /\/\*\* (.*?) \*\/\n\s*function getaddrinfo/.exec(fs.readFileSync(path.join(typingsDir, "socket.d.ts"), "utf8"))![1];
        const pos = mainTs.indexOf("getaddrinfo") + 3;
        const info = service.getQuickInfoAtPosition(file, pos)!;
        expect(ts.displayPartsToString(info.displayParts)).toContain("function getaddrinfo(host: string, port: number");
        expect(ts.displayPartsToString(info.documentation)).toBe(doc);
      });

      test("hover on Pin.OUT and completions on a Pin come from machine.d.ts", () => {
        const completions = service.getCompletionsAtPosition(file, mainTs.indexOf("led.value(1)") + "led.".length, {});
        expect(completions!.entries.map((e) => e.name)).toEqual(expect.arrayContaining(["value", "on", "off", "irq"]));
        const info = service.getQuickInfoAtPosition(file, mainTs.indexOf("Pin.OUT") + "Pin.".length)!;
        expect(ts.displayPartsToString(info.documentation).length).toBeGreaterThan(0);
      });

      test("mpts compiles the same project", () => {
        const result = compile(dir);
        expect(result.diagnostics.map((d) => d.message)).toEqual([]);
        const py = result.files.find((f) => f.path === "main.py")!.text;
        expect(py).toContain("import socket\nfrom machine import Pin\n");
        expect(py).toContain('addr = socket.getaddrinfo("example.org", 80)[0][4]\n');
      });
    });
  }
});

// Completion points: each @name comment marks a position (the comment is removed).
const completionTs = `import * as socket from "socket";
import { Pin } from "machine";

const led = Pin(2, Pin.OUT);
led./*@led*/value(1);
const out = Pin./*@Pin*/OUT;
led.irq(() => {}, Pin.IRQ_RISING, { /*@kw*/ });
const made = socket.socket./*@socketCtor*/length;
const resolve = socket.getaddrinfo./*@getaddrinfo*/length;
const kind = socket.SOCK_STREAM;
kind./*@brand*/toFixed(0);
class Mine {
  __secret = 1;
  count = 2;
}
new Mine()./*@mine*/count;
function helper(): void {}
helper./*@helper*/call(null);
print(out, made, resolve);
`;

describe("completions through mpts/plugin", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-completions-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const marks = new Map<string, number>();
  const source = completionTs.replace(/\/\*@(\w+)\*\//g, (_m, name: string, offset: number) => {
    marks.set(name, offset - [...marks.keys()].reduce((n, k) => n + `/*@${k}*/`.length, 0));
    return "";
  });
  fs.mkdirSync(path.join(dir, "node_modules"));
  fs.symlinkSync(packageRoot, path.join(dir, "node_modules", "mpts"), "dir");
  fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: configs.bundler, include: ["*.ts"] }));
  fs.writeFileSync(path.join(dir, "main.ts"), source);
  const file = path.join(dir, "main.ts");
  const host = languageServiceHost(dir);
  const plain = ts.createLanguageService(host, ts.createDocumentRegistry());
  const project = { projectService: { logger: { info: () => {} } } };
  const plugged = plugin({ typescript: ts } as never).create({
    languageService: plain,
    languageServiceHost: host,
    project,
    config: {},
  } as never);
  const names = (service: ts.LanguageService, mark: string) =>
    service.getCompletionsAtPosition(file, marks.get(mark)!, {})!.entries.map((e) => e.name);
  const FUNCTION_MEMBERS = ["apply", "bind", "call", "caller", "arguments", "prototype", "length", "name", "toString"];

  test("a board class called without new (Pin) offers its constants, and none of Function's members", () => {
    const got = names(plugged, "Pin");
    expect(got).toEqual(expect.arrayContaining(["OUT", "IN", "IRQ_RISING"]));
    for (const m of FUNCTION_MEMBERS) expect(got).not.toContain(m);
    // TypeScript alone offers them: the plugin is what removes them
    expect(names(plain, "Pin")).toEqual(expect.arrayContaining(["apply", "bind", "caller"]));
  });

  test("socket.socket and getaddrinfo, Python callables, offer no Function members", () => {
    for (const mark of ["socketCtor", "getaddrinfo"]) {
      const got = names(plugged, mark);
      for (const m of FUNCTION_MEMBERS) expect(got, mark).not.toContain(m);
      expect(names(plain, mark), mark).toContain("apply");
    }
  });

  test("no internal markers: __pythonType on a Pin, __brand on a constant, __pythonKeywords in keyword arguments", () => {
    expect(names(plain, "led")).toContain("__pythonType");
    expect(names(plugged, "led")).toEqual(expect.arrayContaining(["value", "on", "off", "irq"]));
    expect(names(plugged, "led")).not.toContain("__pythonType");
    expect(names(plain, "brand")).toContain("__brand");
    expect(names(plugged, "brand")).toEqual(expect.arrayContaining(["toFixed"]));
    expect(names(plugged, "brand")).not.toContain("__brand");
    expect(names(plain, "kw")).toContain("__pythonKeywords");
    expect(names(plugged, "kw")).toEqual(["wake"]);
  });

  test("the program's own classes and functions keep their members, __names included", () => {
    expect(names(plugged, "mine")).toEqual(expect.arrayContaining(["__secret", "count"]));
    expect(names(plugged, "helper")).toEqual(expect.arrayContaining(["call", "apply", "bind"]));
  });
});
