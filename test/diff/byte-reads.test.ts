// An element of bytes, a bytearray or a Uint8Array is a byte (0..255) for the numeric analysis;
// an element of an array.array is any number (its typecode may be signed, wide or a float), so
// `%` of it keeps JavaScript's sign rule (compiler/transform/types.ts holdsOnlyBytes). These
// use MicroPython's modules, so the expected output is written here (what JavaScript's rules give).
import { describe, expect, test } from "vitest";
import path from "node:path";
import { compileSnippets, runCompiled } from "../helpers/snippets.js";

const cases = {
  arrays: `import { array } from "array";
const a = array("i", [-5, 1000, 7]);
const f = array("f", [2.5, -0.5]);
let s = 0;
for (let i = 0; i < len(a); i++) s += a[i] % 3;
console.log(\`\${a[0] % 4} \${a[1]} \${s} \${f[0]} \${f[1] % 2}\`);`,
  bytes: `const b = bytes("az", "utf-8");
const ba = bytearray(3);
ba[0] = 200;
console.log(\`\${b[0] % 7} \${ba[0] % 7} \${b[1]}\`);`,
};

describe("element reads of byte sequences", () => {
  const compiled = compileSnippets(cases);
  const out = (i: number) => compiled.outputs.get(path.join(compiled.dir, `case_${i}.ts`))!;

  test("array.array elements may be negative, wide or fractions: JavaScript's %", async () => {
    expect(out(0).python).toContain("js_mod(a[0], 4)");
    expect((await runCompiled(out(0))).stdout).toBe("-1 1000 0 2.5 -0.5\n");
  });

  test("bytes and bytearray elements are bytes: plain % and %d", async () => {
    expect(out(1).python).toContain('print("%d %d %d" % (b[0] % 7, ba[0] % 7, b[1]))');
    expect((await runCompiled(out(1))).stdout).toBe("6 4 122\n");
  });
});
