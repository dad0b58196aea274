// The cheap forms of JSON code (their behaviour is in test/diff/json-text.test.ts and
// key-count.test.ts): JSON.stringify of a fresh object is one format string and leaves the
// program's objects plain dicts; Object.keys(o).length is len(o) and keeps JSON.parse on json.loads.
import { expect, test } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compile } from "../compiler/program.js";

function build(source: string): { main: string; rt: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-json-emit-"));
  const file = path.join(dir, "main.ts");
  fs.writeFileSync(file, source);
  const r = compile(file);
  expect(r.diagnostics).toEqual([]);
  const text = (name: string) => r.files.find((f) => f.path === name)?.text ?? "";
  return { main: text("main.py"), rt: text("mpts_rt.py") };
}

test("a factory's object (a record: records.ts) is read by position into one format string; no OrderedDict, no js_json", () => {
  const { main, rt } = build(
    [
      "interface R { id: string; t: number; n: number; ok: boolean; note: string | null }",
      'function make(n: number): R { return { id: "a%", t: n / 3, n: 3, ok: n > 1, note: n ? "x" : null }; }',
      "for (let i = 0; i < 3; i++) console.log(JSON.stringify(make(i)));",
      // a call outside a loop keeps the def (the loop's call is written in place)
      "console.log(JSON.stringify(make(7)));",
    ].join("\n"),
  );
  expect(main).toContain('return ("a%", n / 3, 3, n > 1, "x" if n else None)');
  expect(main).toContain(
    '    print("{\\"id\\":\\"a%%\\",\\"t\\":%s,\\"n\\":3,\\"ok\\":%s,\\"note\\":%s}" % (js_json_num(_t[_T]), "true" if _t[_OK] else "false", "null" if _t1 is None else js_json_str(_t1)))',
  );
  expect(main).not.toContain("OrderedDict");
  expect(rt).not.toContain("def js_json(");
  expect(rt).not.toContain("def js_fields(");
});

test("a literal argument needs no dict; integers go into %d fields", () => {
  const { main } = build('let k = 0;\nfor (let i = 0; i < 2; i++) { k = i * 2; console.log(JSON.stringify({ n: k, s: "q", z: null, w: { v: true } })); }');
  expect(main).toContain('print("{\\"n\\":%d,\\"s\\":\\"q\\",\\"z\\":null,\\"w\\":{\\"v\\":true}}" % (k,))');
});

test("an object that may hold undefined, or whose keys are not known, keeps the general writer", () => {
  const { main } = build(
    [
      "function f(n: number) { return n ? { a: 1 } : { b: 2 }; }",
      "const o: { a?: number } = {};",
      "console.log(JSON.stringify(f(1)), JSON.stringify({ x: o.a }), JSON.stringify(o));",
    ].join("\n"),
  );
  expect(main).toContain("js_json(f(1), None, True)");
  expect(main).toContain("js_json(OrderedDict(x=o.get(\"a\")), None, True)");
});

test("Object.keys(o).length counts without ordering: JSON.parse stays json.loads", () => {
  const { main } = build('const c = JSON.parse(\'{"b": 1, "a": 2}\');\nconsole.log(Object.keys(c).length, Object.values(c).length);');
  expect(main).toContain("c = js_json_loads(");
  expect(main).toContain("print(len(c), len(c.values()))");
  const ordered = build('const c = JSON.parse(\'{"b": 1}\');\nconsole.log(Object.keys(c).length, Object.keys(c)[0]);');
  expect(ordered.main).toContain("js_json_parse(");
});
