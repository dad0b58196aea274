// Rewrites the text (wasm-dis) of MicroPython 1.27.0's WebAssembly VM, pyscript
// variant, as published on npm, so that it can collect garbage while a program
// runs. Function numbers are those of that exact binary: build.sh checks its
// sha256 first, and every rewrite below checks the code it replaces.
//
//   node patch-wat.mjs in.wat out.wat
import fs from "node:fs";

const [input, output] = process.argv.slice(2);
const lines = fs.readFileSync(input, "utf8").split("\n");

function span(name) {
  const start = lines.findIndex((l) => l === ` (func ${name}` || l.startsWith(` (func ${name} `));
  if (start < 0) throw new Error(`no function ${name}`);
  const end = lines.findIndex((l, i) => i > start && l === " )");
  return [start, end];
}
function expect(name, needle) {
  const [s, e] = span(name);
  const text = lines.slice(s, e + 1).join("\n");
  if (!text.includes(needle)) throw new Error(`${name} is not the function expected (no ${needle})`);
  return [s, e];
}
function replace(name, needle, body) {
  const [s, e] = expect(name, needle);
  lines.splice(s, e - s + 1, ...body);
}

// $18 gc_collect_start (marks the state's roots and the Python stack), $20
// gc_collect_end (sweeps): the host calls them around its own marking.
expect("$18", "(i32.const 185108)");
expect("$20", "");
// The root-marking loop of $18 (gc_collect_root inlined, over the Python
// stack) becomes mpts_mark(ptrs, count): the host marks the C stack with it.
const [s18, e18] = span("$18");
const body18 = lines.slice(s18, e18 + 1);
const loopAt = body18.findIndex((l) => l.trim() === "(loop $label$7");
if (loopAt < 0) throw new Error("$18: no root loop");
const indent = body18[loopAt].slice(0, body18[loopAt].indexOf("("));
const loopEnd = body18.findIndex((l, i) => i > loopAt && l === indent + ")");
const loop = body18.slice(loopAt, loopEnd + 1);
if (!loop.some((l) => l.includes("(call $19"))) throw new Error("$18: the root loop does not mark ($19)");
const mark = [
  " (func $mpts_mark (param $p i32) (param $n i32)",
  ...Array.from({ length: 9 }, (_, k) => `  (local $${k} i32)`),
  "  (local.set $1 (local.get $p))",
  "  (local.set $5 (local.get $n))",
  "  (if (i32.eqz (local.get $5)) (return))",
  "  (local.set $0 (i32.const 0))",
  "  (local.set $6 (i32.add (i32.const 185108) (i32.const 384)))",
  ...loop,
  " )",
];

// gc_collect: was "set a flag, collect when JavaScript next enters at top level";
// now the host unwinds the stack (asyncify), marks every root, sweeps, rewinds.
replace("$1218", "(i32.store8 offset=186124", [" (func $1218", "  (call $mpts_gc)", " )"]);
// gc_get_max_new_split: the heap never grows (was 128 MB), except by a little
// while the VM formats an uncaught exception for JavaScript, which needs heap
// (a MemoryError's own traceback, on a full heap).
replace("$1217", "(i32.const 134217728)", [
  " (func $1217 (result i32)",
  "  (select (i32.const 16384) (i32.const 0) (global.get $mpts_reporting))",
  " )",
]);
// proxy_convert_mp_to_js_exc_cside: reporting while it runs
{
  const [s, e] = expect("$1258", "(i32.const 64)");
  lines.splice(e, 0, "  (global.set $mpts_reporting (i32.const 0))");
  lines.splice(s + 1 + lines.slice(s + 1).findIndex((l) => !l.startsWith("  (local ")), 0, "  (global.set $mpts_reporting (i32.const 1))");
}
// nlr_jump_fail looped forever; a trap ends the run with an error instead
replace("$1219", "(br $label$1)", [" (func $1219 (param $0 i32)", "  (unreachable)", " )"]);

let text = lines.join("\n");
const at = (what) => {
  const i = text.indexOf(what);
  if (i < 0) throw new Error(`no ${what}`);
  return i;
};
const imports = at("\n (import ") + 1;
text = text.slice(0, imports) + ' (import "env" "mpts_gc" (func $mpts_gc))\n' + text.slice(imports);
const globals = at("\n (global ") + 1;
text = text.slice(0, globals) + " (global $mpts_reporting (mut i32) (i32.const 0))\n" + text.slice(globals);
const exports = at("\n (export ") + 1;
text =
  text.slice(0, exports) +
  ' (export "mpts_gc_start" (func $18))\n (export "mpts_gc_end" (func $20))\n (export "mpts_mark" (func $mpts_mark))\n' +
  text.slice(exports);
const end = text.trimEnd().lastIndexOf(")");
text = text.slice(0, end) + mark.join("\n") + "\n)\n";
fs.writeFileSync(output, text);
