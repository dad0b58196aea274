// A program's top-level loop runs inside a function, as a careful person writes
// it (`def main(): ...` then `main()`): MicroPython reads and writes a
// function's locals by slot, but a module's variables through the globals
// dictionary, a hash lookup per use, so a loop at module level runs ~1.3x as
// long. The move is Python's own scoping, not a change of meaning:
//
// - what moves is the entry module's code after its last class, import or
//   MicroPython constant, and only when that code loops; the functions defined
//   among it are defined first (definableFirst), as a def runs no code;
// - a name it binds stays a global (declared `global` in the function) when a
//   function, lambda or class reads or writes it, code before it binds it, or the
//   program declares it (`declare let x`: the board's global);
//   every other name it binds is the function's own local;
// - nothing else can see the entry module's names: no module imports the entry.
//
// A traceback names the function; the build's source map says which function it
// is and which line calls it, so tracebacks still show `<module>` (traceback.ts).
import type * as py from "./ast.js";
import { boundNames, freeNames, isScope, namesReadByDefining } from "./free-names.js";
import { eachNode, someNode, spelledNames } from "./mentions.js";

export interface MainFunction {
  body: py.Stmt[];
  /** the function's name, when the code moved */
  wrapper?: string;
}

/** A function, class, import, or a MicroPython `X = const(...)`, which only module level folds into the code that reads it. */
function isDefinition(s: py.Stmt): boolean {
  if (s.kind === "FunctionDef" || s.kind === "ClassDef" || s.kind === "Import" || s.kind === "ImportFrom") return true;
  return s.kind === "Assign" && s.value.kind === "Call" && s.value.func.kind === "Name" && s.value.func.id === "const";
}

/** Whether `node` has a node of one of `kinds` (a loop; an await or a yield), not inside a function it defines. */
function contains(node: unknown, kinds: ReadonlySet<string>): boolean {
  return someNode(node, (n) => kinds.has(n.kind as string), isScope);
}

/** The free names of every function, lambda and class in `node`. */
function namesTakenByFunctions(node: unknown, out: Set<string>): Set<string> {
  eachNode(node, (n) => {
    if (!isScope(n)) return true;
    freeNames(n).forEach((x) => out.add(x));
    return false; // its own free names include those of the functions inside it
  });
  return out;
}

/**
 * The functions among `region`'s statements that can be defined before all of
 * it: a `def` runs no code of the program unless its decorators or defaults
 * read something the region binds, and its name is bound nowhere else there.
 */
function definableFirst(region: py.Stmt[]): Set<py.Stmt> {
  const defs = region.filter((s): s is py.FunctionDef => s.kind === "FunctionDef");
  const others = boundNames(region.filter((s) => s.kind !== "FunctionDef"));
  const names = defs.map((d) => d.name);
  return new Set(
    defs.filter((d) => {
      if (others.has(d.name) || names.indexOf(d.name) !== names.lastIndexOf(d.name)) return false;
      return [...namesReadByDefining(d)].every((n) => !others.has(n) && !names.includes(n));
    }),
  );
}

/** `boardGlobals`: names the program declares (`declare let x`), globals the board defines, which stay global. */
export function mainFunction(body: py.Stmt[], boardGlobals: ReadonlySet<string> = new Set()): MainFunction {
  // classes run code when defined, so the moved code starts after the last one (and after the imports and constants)
  let start = body.length;
  while (start > 0 && (body[start - 1].kind === "FunctionDef" || !isDefinition(body[start - 1]))) start--;
  const region = body.slice(start);
  if (!contains(region, new Set(["For", "While"])) || contains(region, new Set(["Await", "Yield"]))) return { body };
  const first = definableFirst(region);
  const head = [...body.slice(0, start), ...region.filter((s) => first.has(s))];
  const tail = region.filter((s) => !first.has(s));
  const shared = namesTakenByFunctions(body, new Set([...boundNames(head), ...boardGlobals]));
  const globals = [...boundNames(tail)].filter((n) => shared.has(n)).sort();
  const taken = spelledNames(body);
  let name = "main";
  while (taken.has(name)) name += "_";
  const fn: py.FunctionDef = {
    kind: "FunctionDef",
    name,
    params: [],
    body: [...(globals.length ? [{ kind: "Global", names: globals } as py.Stmt] : []), ...tail],
  };
  const call: py.Stmt = { kind: "ExprStmt", value: { kind: "Call", func: { kind: "Name", id: name }, args: [] } };
  return { body: [...head, fn, call], wrapper: name };
}
