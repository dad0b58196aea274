// A project folder may hold several programs: a root of the import graph (a
// file no other project file imports) and everything it imports. How a file is
// compiled (ordered dicts, asyncio, dicts or attributes for interface values)
// depends only on its own programs: an unrelated program beside it never
// changes its Python, and a file an async or order-observing program imports
// gets what that program needs (run in the MicroPython VM).
import { describe, expect, test } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compile } from "../compiler/program.js";
import { runInVm } from "../compiler/board/vm.js";

type Files = Record<string, string>;

const tsconfig = JSON.stringify({
  compilerOptions: {
    strict: true,
    target: "ES2022",
    module: "ESNext",
    moduleResolution: "Bundler",
    lib: ["ES2022"],
    types: [],
    rootDir: "src",
    noEmit: true,
  },
  include: ["src"],
});

/** The project's Python files (path -> text); the build must succeed. */
function build(files: Files): Map<string, string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-scope-"));
  fs.writeFileSync(path.join(dir, "tsconfig.json"), tsconfig);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, "src", name)), { recursive: true });
    fs.writeFileSync(path.join(dir, "src", name), text);
  }
  const result = compile(dir);
  fs.rmSync(dir, { recursive: true, force: true });
  expect(result.diagnostics).toEqual([]);
  return new Map(result.files.filter((f) => f.path.endsWith(".py")).map((f) => [f.path, f.text]));
}

async function run(py: Map<string, string>, entry: string): Promise<string> {
  const r = await runInVm(
    [...py].map(([p, text]) => ({ path: p, text })),
    entry,
  );
  expect(r.error).toBeUndefined();
  return r.stdout;
}

// main.ts and the module it imports: plain dicts read by key, no asyncio
const program: Files = {
  "main.ts": `import { reading, label } from "./sensor";
const r = reading("t1", 21);
const tags = { room: "hall", floor: 1 };
print(label(r), tags.room, tags.floor);
`,
  "sensor.ts": `export interface Reading {
  name: string;
  value: number;
}
export function reading(name: string, value: number): Reading {
  return { name, value };
}
export function label(r: Reading): string {
  return r.name + "=" + r.value;
}
`,
};

// programs of their own beside it, each with a fact that would change how a file compiles
const unrelated: Record<string, Files> = {
  "an async program": {
    "blink.ts": `async function pause(ms: number): Promise<void> {
  await new Promise<void>((done) => setTimeout(done, ms));
}
async function blink(): Promise<void> {
  await pause(5);
  print("blinked");
}
blink();
`,
  },
  "a program that observes key order": {
    "report.ts": `const counts = { b: 2, a: 1 };
for (const k of Object.keys(counts)) print(k);
`,
  },
  "a program that passes class instances into its own interface": {
    "shapes.ts": `interface Reading {
  name: string;
  value: number;
}
class Probe implements Reading {
  constructor(public name: string, public value: number) {}
}
const all: Reading[] = [new Probe("p", 1)];
for (const r of all) print(r.name, r.value);
`,
  },
};

describe("each program compiles on its own facts", () => {
  test("the program alone: plain dicts, no asyncio", async () => {
    const py = build(program);
    expect(py.get("main.py")).toBe(`from sensor import reading, label

r = reading("t1", 21)
tags = {"room": "hall", "floor": 1}
print(label(r), tags["room"], tags["floor"])
`);
    expect(await run(py, "main")).toBe("t1=21 hall 1\n");
  });

  for (const [what, files] of Object.entries(unrelated)) {
    test(`${what} beside it leaves its Python byte for byte as it was`, async () => {
      const alone = build(program);
      const beside = build({ ...program, ...files });
      for (const file of alone.keys()) if (file !== "mpts_rt.py") expect(beside.get(file), file).toBe(alone.get(file));
      expect(await run(beside, "main")).toBe("t1=21 hall 1\n");
    });
  }

  test("the unrelated programs do get their facts: asyncio, OrderedDict, attributes", async () => {
    const py = build({ ...program, ...unrelated["an async program"], ...unrelated["a program that observes key order"] });
    expect(py.get("blink.py")).toMatch(/^import asyncio$/m);
    expect(py.get("blink.py")).toMatch(/^asyncio\.run_until_complete\(\)$/m);
    expect(await run(py, "blink")).toBe("blinked\n");
    expect(py.get("report.py")).toMatch(/OrderedDict\(/);
    expect(await run(py, "report")).toBe("b\na\n");
  });
});

describe("a file shared by programs gets the union of their facts", () => {
  test("an entry that only imports a module with a timer runs the event loop", async () => {
    const py = build({
      "main.ts": `import { later } from "./timer";\nlater("done");\nprint("first");\n`,
      "timer.ts": `export function later(message: string): void {\n  setTimeout(() => print(message), 5);\n}\n`,
    });
    expect(py.get("main.py")).toMatch(/^asyncio\.run_until_complete\(\)$/m);
    expect(await run(py, "main")).toBe("first\ndone\n");
  });

  test("a module whose objects another program lists by key makes them in order, for that program and the one beside it", async () => {
    const shared: Files = {
      "config.ts": `export function defaults() {\n  return { zeta: 1, alpha: 2, mid: 3 };\n}\n`,
      "main.ts": `import { defaults } from "./config";\nconst d = defaults();\nprint(d.zeta + d.alpha + d.mid);\n`,
    };
    const lister = { "list.ts": `import { defaults } from "./config";\nconsole.log(Object.keys(defaults()).join(","));\n` };
    const alone = build(shared);
    expect(alone.get("config.py")).not.toMatch(/OrderedDict/);
    const py = build({ ...shared, ...lister });
    expect(py.get("config.py")).toMatch(/OrderedDict\(/);
    expect(await run(py, "list")).toBe("zeta,alpha,mid\n");
    // main.ts, in a program that never looks at the order, is compiled as before
    expect(py.get("main.py")).toBe(alone.get("main.py"));
    expect(await run(py, "main")).toBe("6\n");
  });

  test("a record type one program gives up is a dict in every program that shares its module (records.ts)", async () => {
    const shared: Files = {
      "sensor.ts": program["sensor.ts"],
      "main.ts": program["main.ts"],
      // a program of its own that makes a Reading with its own literal
      "make.ts": `import { label, type Reading } from "./sensor";\nconst r: Reading = { name: "m", value: 2 };\nprint(label(r));\n`,
    };
    const alone = build(shared);
    expect(alone.get("sensor.py")).toContain("return (name, value)");
    expect(alone.get("make.py")).toContain('r = ("m", 2)');
    // a second program makes a Reading and prints it whole: no program may build or read it as a tuple
    const py = build({ ...shared, "dump.ts": `import { reading } from "./sensor";\nconsole.log(reading("d", 1));\n` });
    expect(py.get("sensor.py")).not.toContain("return (name, value)");
    expect(py.get("sensor.py")).toContain("return OrderedDict(name=name, value=value)");
    expect(await run(py, "main")).toBe("t1=21 hall 1\n");
    expect(await run(py, "dump")).toBe("{ name: 'd', value: 1 }\n");
    expect(await run(py, "make")).toBe("m=2\n");
  });

  test("a module whose interface values are class instances in one program and dicts in another reads both", async () => {
    const shared: Files = {
      "sensor.ts": program["sensor.ts"],
      "main.ts": program["main.ts"],
      "probe.ts": `import { label, type Reading } from "./sensor";
class Probe implements Reading {
  constructor(public name: string, public value: number) {}
}
print(label(new Probe("p", 7)));
`,
    };
    const py = build(shared);
    expect(await run(py, "main")).toBe("t1=21 hall 1\n");
    expect(await run(py, "probe")).toBe("p=7\n");
  });
});
