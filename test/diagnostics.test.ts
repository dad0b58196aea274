// Programs that must fail: each names the expected code, and `/*!*/` marks where
// the diagnostic must point (the marker is removed before compiling).
import { beforeAll, describe, expect, test } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadProject, compileSources, typeCheck, type FileOutput } from "../compiler/program.js";
import type { MptsDiagnostic } from "../compiler/diagnostics.js";
import { Codes } from "../compiler/diagnostics.js";

const cases: { name: string; code: number; source: string; text?: RegExp }[] = [
  { name: "eval", code: Codes.eval, source: `const r = /*!*/eval("1 + 1");\nconsole.log(r);` },
  { name: "Function constructor", code: Codes.eval, source: `const f = new /*!*/Function("return 1");\nconsole.log(f);` },
  { name: "Proxy", code: Codes.unsupportedGlobal, source: `const p = new /*!*/Proxy({}, {});\nconsole.log(p);`, text: /Proxy/ },
  { name: "Reflect", code: Codes.unsupportedGlobal, source: `console.log(/*!*/Reflect.ownKeys({}));` },
  { name: "Symbol.toPrimitive", code: Codes.unsupportedMember, source: `const s = /*!*/Symbol.toPrimitive;\nconsole.log(typeof s);` },
  { name: "Date", code: Codes.unsupportedMember, source: `const d = /*!*/new Date();\nconsole.log(d);`, text: /Date\.now\(\)/ },
  {
    name: "arguments",
    code: Codes.arguments,
    source: `function f() {\n  return /*!*/arguments.length;\n}\nconsole.log(f());`,
    text: /rest parameter/,
  },
  { name: "async generator", code: Codes.asyncGenerator, source: `/*!*/async function* g() {\n  yield 1;\n}\nconsole.log(g);` },
  {
    name: "for await",
    code: Codes.asyncGenerator,
    source: `async function f(xs: Promise<number>[]) {\n  /*!*/for await (const x of xs) console.log(x);\n}\nf([]);`,
  },
  { name: "regular expression", code: Codes.regex, source: `const r = /*!*//a+(?=b)/;\nconsole.log(r);` },
  { name: "regex in split", code: Codes.regex, source: `console.log("a,b".split(/*!*//(?<=a),/));` },
  {
    name: "getter in object literal",
    code: Codes.getterInObject,
    source: `const o = {\n  /*!*/get x() {\n    return 1;\n  },\n};\nconsole.log(o.x);`,
    text: /class/,
  },
  {
    name: "this at the top level of a module",
    code: Codes.thisOutsideClass,
    source: `console.log(/*!*/this);`,
  },
  {
    name: "a function that uses this, used as a value",
    code: Codes.functionThis,
    source: `function f(this: { x: number }) {\n  return this.x;\n}\nconst g = /*!*/f;\nconsole.log(typeof g);`,
    text: /\.call\(obj/,
  },
  { name: "BigInt", code: Codes.bigint, source: `const big = /*!*/10n;\nconsole.log(big);` },
  {
    name: "decorator",
    code: Codes.decorator,
    source: `function dec(c: unknown, _: unknown) {\n  return c as never;\n}\n/*!*/@dec\nclass A {}\nconsole.log(A);`,
  },
  {
    name: "namespace merged with a function",
    code: Codes.namespace,
    source: `function N() {\n  return 1;\n}\n/*!*/namespace N {\n  export const x = 1;\n}\nconsole.log(N.x);`,
    text: /MicroPython functions take no attributes/,
  },
  {
    name: "computed method name not known when compiling",
    code: Codes.computedClassMember,
    source: `let k = "m";\nclass A {\n  /*!*/[k]() {\n    return 1;\n  }\n}\nconsole.log(A);`,
    text: /const string/,
  },
  {
    name: "dynamic import",
    code: Codes.dynamicImport,
    source: `async function f() {\n  const m = await /*!*/import("./other");\n  console.log(m);\n}\nf();`,
  },
  { name: "sparse array", code: Codes.sparseArray, source: `const xs = /*!*/[1, , 3];\nconsole.log(xs);` },
  {
    name: "new.target",
    code: Codes.newTarget,
    source: `class A {\n  constructor() {\n    console.log(/*!*/new.target);\n  }\n}\nnew A();`,
  },
  {
    name: "tagged template",
    code: Codes.taggedTemplate,
    source: `console.log(/*!*/b\`\u20ac\`);`,
  },
  { name: "array copyWithin", code: Codes.unsupportedMember, source: `console.log([1, 2]./*!*/copyWithin(0, 1));` },
  { name: "Math.fround", code: Codes.unsupportedMember, source: `console.log(/*!*/Math.fround(1.5));` },
  { name: "JSON.stringify replacer", code: Codes.unsupportedSyntax, source: `console.log(JSON.stringify({ a: 1 }, /*!*/(k, v) => v));` },
  {
    name: "Promise.race",
    code: Codes.unsupportedMember,
    source: `async function f() {\n  return /*!*/Promise.race([Promise.resolve(1)]);\n}\nf();`,
  },
  { name: "array copyWithin", code: Codes.unsupportedMember, source: `console.log([1, 2]./*!*/copyWithin(0, 1));` },
  { name: "string normalize", code: Codes.unsupportedMember, source: `console.log("a"./*!*/normalize());` },
  {
    name: "Object.getOwnPropertyDescriptor",
    code: Codes.unsupportedMember,
    source: `const o = { x: 1 };\nconsole.log(/*!*/Object.getOwnPropertyDescriptor(o, "x"));`,
    text: /property attributes/,
  },
  {
    name: "Object.defineProperty with a getter",
    code: Codes.unsupportedMember,
    source: `const o = {};\nObject.defineProperty(o, "x", { /*!*/get: () => 1 });\nconsole.log(o);`,
  },
  {
    name: "Object.defineProperty with configurable: false",
    code: Codes.unsupportedMember,
    source: `const o: any = {};\nObject.defineProperty(o, "x", { value: 1, /*!*/configurable: false });\nconsole.log(o.x);`,
    text: /property attributes/,
  },
  {
    name: "Object.assign onto an array",
    code: Codes.unsupportedMember,
    source: `const a = Object.assign(/*!*/[1, 2], { tag: "t" });\nconsole.log(a.tag);`,
  },
  {
    name: "Object.assign onto a class instance from a variable",
    code: Codes.unsupportedMember,
    source: `class P {\n  x = 1;\n}\nconst src = { x: 2 };\nconst p = Object.assign(new P(), /*!*/src);\nconsole.log(p.x);`,
    text: /assign the fields one by one/,
  },
  {
    name: "Map keyed by object",
    code: Codes.collectionObjectKey,
    source: `const m = /*!*/new Map<object, number>();\nconsole.log(m.size);`,
  },
  { name: "top-level await", code: Codes.topLevelAwait, source: `const v = /*!*/await Promise.resolve(1);\nconsole.log(v);` },
  {
    name: "Map keyed by arrays",
    code: Codes.collectionObjectKey,
    source: `const m = /*!*/new Map<number[], string>();\nconsole.log(m.size);`,
  },
  {
    name: "closure over a loop variable changed later",
    code: Codes.loopCaptureWrite,
    source: `const fns: (() => number)[] = [];\nfor (let i = 0; i < 3; i++) {\n  let x = i;\n  fns.push(() => x);\n  /*!*/x = 10;\n}\nconsole.log(fns.length);`,
  },
  {
    name: "call with another this",
    code: Codes.functionThis,
    source: `class A {\n  n = 1;\n  get(): number {\n    return this.n;\n  }\n}\nconst a = new A();\nconsole.log(/*!*/a.get.call({ n: 2 }));`,
  },
  { name: "Node module", code: Codes.nodeModule, source: `import * as fs from /*!*/"fs";\nconsole.log(fs);` },
  {
    name: "Error subclass unknown to mpts",
    code: Codes.unsupportedGlobal,
    source: `const e = /*!*/new AggregateError([], "x");\nconsole.log(e.message);`,
  },
  { name: "globalThis", code: Codes.unsupportedGlobal, source: `console.log(typeof /*!*/globalThis);` },
];

interface Compiled {
  outputs: Map<string, FileOutput>;
  tsErrors: Map<string, string[]>;
  dir: string;
}

function prepare(): Compiled {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-diag-"));
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
        experimentalDecorators: false,
      },
      include: ["*.ts"],
    }),
  );
  fs.writeFileSync(path.join(dir, "other.ts"), "export const x = 1;\n");
  cases.forEach((c, i) => fs.writeFileSync(path.join(dir, `case_${i}.ts`), c.source.replace("/*!*/", "") + "\nexport {};\n"));
  const { project, rootDir } = loadProject(dir);
  const tsErrors = new Map<string, string[]>();
  const checkerDiagnostics = new Map<string, MptsDiagnostic[]>();
  for (const d of typeCheck(project)) {
    if (!d.file) continue;
    if (d.source === "mpts") checkerDiagnostics.set(d.file, [...(checkerDiagnostics.get(d.file) ?? []), d]);
    else tsErrors.set(d.file, [...(tsErrors.get(d.file) ?? []), `${d.line}: ${d.message}`]);
  }
  const outputs = new Map<string, FileOutput>();
  for (const o of compileSources(project, rootDir, dir)) {
    // mpts diagnostics found while type-checking (Node modules) come first, as in a build
    const early = checkerDiagnostics.get(o.sourceFile);
    outputs.set(o.sourceFile, early ? { ...o, python: undefined, diagnostics: [...early, ...o.diagnostics] } : o);
  }
  return { outputs, tsErrors, dir };
}

function markerPosition(source: string): { line: number; column: number } {
  const before = source.slice(0, source.indexOf("/*!*/"));
  const lines = before.split("\n");
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

describe("unsupported constructs are diagnostics with a code, a position and a remedy", () => {
  let compiled: Compiled;
  beforeAll(() => {
    compiled = prepare();
  });
  test("there are at least 30 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });
  cases.forEach((c, i) => {
    test(c.name, () => {
      const file = path.join(compiled.dir, `case_${i}.ts`);
      expect(compiled.tsErrors.get(file) ?? [], "the program must type-check").toEqual([]);
      const out = compiled.outputs.get(file)!;
      expect(out.python, "no output for a failed file").toBeUndefined();
      expect(out.diagnostics.length).toBeGreaterThan(0);
      const d = out.diagnostics[0];
      expect({ code: d.code, line: d.line, column: d.column }).toEqual({ code: c.code, ...markerPosition(c.source) });
      expect(d.message).toMatch(/is not supported on MicroPython; .+/);
      if (c.text) expect(d.message).toMatch(c.text);
    });
  });
});
