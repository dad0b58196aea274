// `.length` on bytes, bytearray and memoryview (python.d.ts) compiles to len(x), as it
// does on strings and arrays: checked in the emitted Python and run in the MicroPython VM
// (Node has no bytes, so no differential test). Realistic mistakes stay type errors.
import { beforeAll, describe, expect, test } from "vitest";
import { checkSnippets, type CheckedSnippet } from "../helpers/typings.js";
import { runInVm } from "../../compiler/board/vm.js";

const program = `
const data = b\`GET /\\r\\n\`;
const buf = bytearray(6);
const view = memoryview(buf);
print(data.length, buf.length, view.length, memoryview(data).length);
// an integer, as a string's length is: text of it needs no number formatting
const twice = buf.length * 2;
print(\`\${twice} \${data.length} bytes\`, data.length + buf.length);
// a loop over the bytes by index
let sum = 0;
for (let i = 0; i < data.length; i++) sum += data[i];
print(sum);
// a value that may be missing, a union with strings, and destructuring
function size(x: bytes | null): number {
  return x?.length ?? -1;
}
function size2(x: string | bytes): number {
  return x.length;
}
const { length } = buf;
print(size(data), size(null), size2("héllo"), size2(b\`ab\`), length);
`;

const mistakes: Record<string, { source: string; error: RegExp }> = {
  "length called like a method": {
    source: `const data = b\`abc\`;\nprint(data.length());`,
    error: /TS2349: This expression is not callable/,
  },
  "length of bytes assigned": {
    source: `const buf = bytearray(4);\nbuf.length = 2;`,
    error: /TS2540: Cannot assign to 'length' because it is a read-only property/,
  },
  "size instead of length": {
    source: `const data = b\`abc\`;\nprint(data.size);`,
    error: /TS2339: Property 'size' does not exist on type 'bytes'/,
  },
};

let checked: Map<string, CheckedSnippet>;
beforeAll(() => {
  checked = checkSnippets({ program, ...Object.fromEntries(Object.entries(mistakes).map(([k, v]) => [k, v.source])) });
});

describe("bytes, bytearray and memoryview .length", () => {
  test("compiles to len() and runs in the VM", async () => {
    const r = checked.get("program")!;
    expect(r.errors).toEqual([]);
    expect(r.mptsErrors).toEqual([]);
    const py = r.python!;
    expect(py).toContain("print(len(data), len(buf), len(view), len(memoryview(data)))\n");
    expect(py).toContain('print("%d %d bytes" % (twice, len(data)), len(data) + len(buf))\n');
    expect(py).toContain("length = len(buf)\n");
    expect(py).not.toContain(".length");
    const run = await runInVm([{ path: "prog.py", text: py }], "prog");
    expect(run.error).toBeUndefined();
    expect(run.stdout).toBe(
      ["7 6 6 7", "12 7 bytes 13", String([..."GET /\r\n"].reduce((n, c) => n + c.charCodeAt(0), 0)), "7 -1 5 2 6", ""].join("\n"),
    );
  });

  for (const [name, { error }] of Object.entries(mistakes)) {
    test(`mistake: ${name}`, () => {
      expect(checked.get(name)!.errors.join("\n")).toMatch(error);
    });
  }
});
