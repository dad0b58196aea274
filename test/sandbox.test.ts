// The simulator is a sandbox: a simulated program reaches the simulated board,
// sockets through the simulator and the console, and nothing of this computer.
// Each route a review found (and more) is tried against every layer: the
// build, the sealed VM (no js/jsffi modules), the VM with those modules put
// back as a program could with uctypes (the worker's JavaScript then has
// nothing to give), and Node's permission model around `mpts run`.
import { afterAll, describe, expect, test } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { execa } from "execa";
import { compile } from "../compiler/program.js";
import { Codes } from "../compiler/diagnostics.js";
import { simulate } from "../compiler/board/sim/simulate.js";
import { permissionFlags } from "../compiler/board/sim/sandboxed.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-sandbox-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A file the escapes try to create or read on this computer. */
const canary = path.join(tmp, "canary.txt");
const secret = path.join(tmp, "secret.txt");
fs.writeFileSync(secret, "host secret 1234");

function project(name: string, source: string): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "main.ts"), source);
  return dir;
}

describe("build", () => {
  test("a project that declares module \"js\" in a .d.ts is refused with MPTS1042 at the import", () => {
    const dir = project("declared", `import * as js from "js";\nconsole.log(js.process);\n`);
    fs.writeFileSync(path.join(dir, "js.d.ts"), `declare module "js" {\n  export const process: { pid: number };\n}\n`);
    fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, lib: ["ES2022"] }, include: ["*.ts"] }));
    const result = compile(dir);
    const d = result.diagnostics.find((x) => x.code === Codes.hostModule);
    expect([d?.line, d?.column, d?.message]).toEqual([1, 21, expect.stringMatching(/^The module 'js' \(MicroPython's WebAssembly bridge/)]);
    expect(result.files).toEqual([]);
  });

  const forms: [string, string][] = [
    ["@ts-ignore on an import of jsffi", `// @ts-ignore\nimport { to_js } from /*!*/"jsffi";\nconsole.log(to_js);\n`],
    ["a side-effect import of pyscript", `// @ts-ignore\nimport /*!*/"pyscript";\nconsole.log(1);\n`],
  ];
  for (const [name, marked] of forms) {
    test(`${name} is refused with MPTS1042 at the module name`, () => {
      const at = marked.indexOf("/*!*/");
      const before = marked.slice(0, at).split("\n");
      const dir = project("build-" + forms.findIndex((f) => f[0] === name), marked.replace("/*!*/", ""));
      const result = compile(path.join(dir, "main.ts"));
      const d = result.diagnostics.find((x) => x.code === Codes.hostModule);
      expect(d?.message).toMatch(/no board has it/);
      expect([d?.line, d?.column]).toEqual([before.length, before[before.length - 1].length + 1]);
      expect(result.files).toEqual([]);
    });
  }
});

/** Tries each route in Python; prints one line per route. */
const ESCAPES = `
def attempt(name, fn):
    try:
        fn()
        print(name, "REACHED")
    except BaseException as e:
        print(name, "blocked", type(e).__name__)

def imp(m):
    return lambda: __import__(m)

attempt("import js", imp("js"))
attempt("import jsffi", imp("jsffi"))
attempt("import pyscript", imp("pyscript"))
import sys, builtins
attempt("sys.modules", lambda: sys.modules["js"])
attempt("builtins", lambda: getattr(builtins, "js"))
attempt("globals", lambda: globals()["js"])
attempt("eval", lambda: eval("__import__('js')"))
attempt("exec", lambda: exec("import jsffi"))
attempt("host file", lambda: open(${JSON.stringify(secret)}).read())
attempt("host passwd", lambda: open("/etc/passwd").read())
attempt("write host file", lambda: open(${JSON.stringify(canary)}, "w").write("x"))
import os
print("root", sorted(os.listdir("/")))
`;

describe("the sealed VM (simulate, in this process)", () => {
  test("every route to js, jsffi, pyscript and host files is blocked, as on a board", async () => {
    let out = "";
    const sim = simulate([{ path: "main.py", text: ESCAPES }], "main", { onOutput: (t) => (out += t) });
    const { code, error } = await sim.done;
    expect({ code, error }).toEqual({ code: 0, error: undefined });
    expect(out.trim().split("\n")).toEqual([
      "import js blocked ImportError",
      "import jsffi blocked ImportError",
      "import pyscript blocked ImportError",
      "sys.modules blocked KeyError",
      "builtins blocked AttributeError",
      "globals blocked KeyError",
      "eval blocked ImportError",
      "exec blocked ImportError",
      "host file blocked OSError",
      "host passwd blocked OSError",
      "write host file blocked OSError",
      // the VM's own memory file system, with the program and the simulator's modules
      expect.stringMatching(/^root \[.*'main\.py'.*'socket\.py'.*\]$/),
    ]);
    expect(out).not.toContain("REACHED");
    expect(fs.existsSync(canary)).toBe(false);
  });

  test("the host device answers a malformed request with an error, not a crash", async () => {
    let out = "";
    const program = `f = open("/dev/mpts", "r+b")\nfor req in (b"not json\\n", b'{"a": 1}\\n', b'["no such op", []]\\n'):\n    f.write(req)\n    print(f.read(int(f.readline())))\n`;
    const sim = simulate([{ path: "main.py", text: program }], "main", { onOutput: (t) => (out += t) });
    expect((await sim.done).code).toBe(0);
    expect(out).toBe(
      `b'{"error":"bad request","errno":22}'\nb'{"error":"bad request","errno":22}'\nb'{"error":"simulator: unknown operation no such op"}'\n`,
    );
  });
});

/** Runs `python` in a worker whose VM is sealed and hardened, with js/jsffi put back. */
function breach(python: string): Promise<{ out: string; crashed: boolean }> {
  return new Promise((resolve) => {
    let out = "";
    const worker = new Worker(new URL("./helpers/breach-worker.mjs", import.meta.url), { workerData: { python }, stdout: true, stderr: true });
    worker.stdout.on("data", (d) => (out += d));
    worker.stderr.on("data", () => {});
    worker.on("message", (m: { out: string }) => (out += m.out));
    worker.on("error", () => resolve({ out, crashed: true }));
    worker.on("exit", (code) => resolve({ out, crashed: code !== 0 }));
  });
}

describe("with js and jsffi put back (as uctypes could), the worker's JavaScript has nothing to give", () => {
  const routes: [string, string][] = [
    ["js reads the root object", `import js\nprint("process" if getattr(js, "process", None) is not None else "nothing")`],
    [
      "a JavaScript object's Function constructor",
      `import jsffi\nctor = jsffi.to_js({}).constructor.constructor\nprint("process", ctor("return process")().pid)`,
    ],
    [
      "an array's prototype chain",
      `import jsffi\nf = jsffi.to_js([]).constructor.__proto__.constructor\nf("return process")().getBuiltinModule("fs").writeFileSync(${JSON.stringify(canary)}, "x")\nprint("wrote")`,
    ],
  ];
  for (const [name, python] of routes) {
    test(name, async () => {
      const { out } = await breach(python);
      expect(out).not.toMatch(/process \d|wrote|^process$/m);
      expect(fs.existsSync(canary)).toBe(false);
    });
  }

  test("the breach harness itself runs Python (so the routes above are really tried)", async () => {
    const { out, crashed } = await breach(`import js, jsffi\nprint("modules back", type(jsffi.to_js({})).__name__)`);
    expect({ out: out.trim(), crashed }).toEqual({ out: "modules back JsProxy", crashed: false });
  });
});

describe("mpts run", () => {
  test("a TypeScript program using declared __import__, exec and open reaches nothing of this computer", async () => {
    const dir = project(
      "cli",
      [
        "declare function __import__(name: string): unknown;",
        "declare function exec(code: string): void;",
        "declare function open(path: string, mode?: string): { read(): string; write(s: string): number };",
        "function attempt(name: string, fn: () => unknown): void {",
        "  try {",
        "    fn();",
        "    console.log(name, 'REACHED');",
        "  } catch (e) {",
        "    console.log(name, 'blocked');",
        "  }",
        "}",
        "attempt('import js', () => __import__('js'));",
        "attempt('exec', () => exec('import jsffi'));",
        `attempt('read', () => open(${JSON.stringify(secret)}).read());`,
        `attempt('write', () => open(${JSON.stringify(canary)}, 'w').write('x'));`,
        "attempt('id', () => exec(\"import os; os.system('id')\"));",
        "",
      ].join("\n"),
    );
    const r = await execa("node", [path.resolve("bin/mpts.js"), "run", "main.ts"], { cwd: dir, reject: false, env: { NO_COLOR: "1" } });
    expect(r.stdout.split("\n")).toEqual(["import js blocked", "exec blocked", "read blocked", "write blocked", "id blocked"]);
    expect(r.exitCode).toBe(0);
    expect(fs.existsSync(canary)).toBe(false);
  });

  test("the simulator's process runs under Node's permission model: no writes, no other files, no processes", async () => {
    const probe = [
      `const fs = require("fs");`,
      `for (const [name, fn] of [`,
      `  ["write", () => fs.writeFileSync(${JSON.stringify(canary)}, "x")],`,
      `  ["read", () => fs.readFileSync(${JSON.stringify(secret)}, "utf8")],`,
      `  ["spawn", () => require("child_process").execSync("id")],`,
      `  ["mpts's own files", () => fs.readFileSync(${JSON.stringify(path.resolve("package.json"))}).length > 0],`,
      `]) { try { console.log(name, fn() === true ? "allowed" : "REACHED"); } catch (e) { console.log(name, e.code); } }`,
    ].join("\n");
    const r = await execa("node", [...permissionFlags(), "-e", probe], { reject: false });
    expect(r.stdout.split("\n")).toEqual(["write ERR_ACCESS_DENIED", "read ERR_ACCESS_DENIED", "spawn ERR_ACCESS_DENIED", "mpts's own files allowed"]);
    expect(fs.existsSync(canary)).toBe(false);
  });
});
