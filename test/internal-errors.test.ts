// A failure inside the compiler is reported as a diagnostic at the user's code,
// never as a stack trace, and the rest of the file is still checked.
import { expect, test } from "vitest";
import { Project, ts } from "ts-morph";
import { transformSourceFile } from "../compiler/transform/module.js";
import { ProgramInfo } from "../compiler/transform/program-info.js";
import { Codes } from "../compiler/diagnostics.js";

test("an exception inside a transform becomes MPTS1000 at the statement being compiled", () => {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { strict: true, target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts"] },
  });
  const file = project.createSourceFile("/m.ts", "const a = 1;\nconst b = a + 1;\nconst c = b + 1;\n").compilerNode;
  const checker = project.getTypeChecker().compilerObject;
  // a checker that fails on the second statement, standing in for a bug in mpts
  const second = file.statements[1];
  const broken = new Proxy(checker, {
    get(target, prop) {
      const value = Reflect.get(target, prop);
      if (prop !== "getTypeAtLocation") return typeof value === "function" ? value.bind(target) : value;
      return (node: ts.Node) => {
        if (node.pos >= second.pos && node.end <= second.end) throw new Error("boom");
        return target.getTypeAtLocation(node);
      };
    },
  });
  const info = new ProgramInfo(checker, "/", [file]);
  const result = transformSourceFile(broken, file, info, true);
  expect(result.diagnostics).toHaveLength(1);
  const d = result.diagnostics[0];
  expect(d.code).toBe(Codes.internal);
  expect(d.line).toBe(2);
  expect(d.message).toMatch(/^mpts could not compile this \w+: boom\. This is a bug in mpts/);
});
