// The emitted form of strings built in loops (string-builders.ts); their behaviour is in
// test/diff/string-builders.test.ts.
import { expect, test } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compile } from "../compiler/program.js";

function python(source: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-builders-"));
  const file = path.join(dir, "main.ts");
  fs.writeFileSync(file, source);
  const r = compile(file, path.join(dir, "out"));
  expect(r.diagnostics).toEqual([]);
  return r.files.find((f) => f.path.endsWith("main.py"))!.text;
}

test("a string built in a loop and read once is a list joined at the read", () => {
  const py = python(
    [
      "function page(xs: number[]): string {",
      '  let html = "<ul>";',
      "  for (const x of xs) html += `<li>${x}</li>`;",
      '  html += "</ul>";',
      "  return html;",
      "}",
      "console.log(page([1, 2]));",
    ].join("\n"),
  );
  expect(py).toContain('html = ["<ul>"]');
  expect(py).toContain('html.append("</ul>")');
  expect(py).toContain('return "".join(html)');
});

test("a string read inside its loop, twice, or by a closure stays a str", () => {
  const sources = [
    'let s = ""; for (let i = 0; i < 3; i++) { s += i; if (s.length > 1) s += "!"; } console.log(s);',
    'let s = ""; for (let i = 0; i < 3; i++) s += i; console.log(s); console.log(s);',
    'let s = ""; const f = () => s; for (let i = 0; i < 3; i++) s += i; console.log(f());',
    'let s = ""; s += 1; s += 2; console.log(s);',
  ];
  for (const src of sources) {
    const py = python(src);
    expect(py).not.toContain(".append(");
    expect(py).not.toContain('"".join');
  }
});

test("a concatenation of strings goes in piece by piece, through append looked up once; literal text, or a try, keeps it whole", () => {
  const py = python(
    [
      'const HEX = "0123456789abcdef";',
      "function hex(bytes: number[]): string {",
      '  let out = "";',
      "  for (const b of bytes) out += HEX[b >> 4] + HEX[b & 15];",
      "  return out;",
      "}",
      "function tags(names: string[]): string {",
      '  let out = "";',
      '  for (const n of names) out += "<" + n + ">";',
      "  return out;",
      "}",
      "function risky(parts: string[][]): string {",
      '  let out = "";',
      "  try {",
      "    for (const p of parts) out += p[0] + p[1];",
      "  } catch {",
      '    out += "!";',
      "  }",
      "  return out;",
      "}",
      'console.log(hex([1, 255]), tags(["p"]), risky([["a", "b"]]));',
    ].join("\n"),
  );
  expect(py).toContain("_out_append = out.append");
  expect(py).toContain("_out_append(HEX[b >> 4])\n        _out_append(HEX[b & 15])");
  expect(py).toContain('"<%s>" % n');
  expect(py).toContain("p[0] + p[1]");
});
