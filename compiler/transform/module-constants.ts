// Module-level integer constants as MicroPython's const(): `const MOD = 65521`
// becomes `MOD = const(65521)`, and `const HALF = Math.floor(WINDOW / 2)` of an earlier
// `const WINDOW = 5` `HALF = const(2)` (constant-value.ts), placed before the hoisted functions, so that
// MicroPython's compiler puts the number itself wherever the module reads MOD
// (a global lookup per use otherwise, the cost of a dict search in a hot loop).
// Moving it up is safe: a number has no effects and needs nothing defined first.
//
// MicroPython substitutes the name at parse time in every expression of the
// module after the definition, in functions too, whatever they bind: a parameter
// or local of the same name would read the constant, and assigning to one would
// not compile. So a name that the module uses for anything else stays a plain
// global. The name is still a global (no leading underscore), so other modules
// import it as before. MicroPython's compiler knows const() without an import.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import { someNode } from "./walk.js";
import { constantValue } from "./constant-value.js";

/** The largest magnitude MicroPython keeps as a small int on a 32-bit board. */
const SMALL_INT = 2 ** 30;

/** The initializer's value when it is a small integer the compiler can work out (constant-value.ts). */
function smallIntValue(checker: ts.TypeChecker, e: ts.Expression): number | undefined {
  const value = constantValue(checker, e);
  return value !== undefined && Number.isInteger(value) && Math.abs(value) < SMALL_INT && !Object.is(value, -0) ? value : undefined;
}

/** Every identifier of a file by its text: one walk, however many constants the file declares. */
const identifierIndex = new WeakMap<ts.SourceFile, Map<string, ts.Identifier[]>>();

export function identifiersNamed(file: ts.SourceFile, text: string): ts.Identifier[] {
  let index = identifierIndex.get(file);
  if (!index) {
    const found = new Map<string, ts.Identifier[]>();
    someNode(file, (n) => {
      if (!ts.isIdentifier(n)) return false;
      const same = found.get(n.text);
      if (same) same.push(n);
      else found.set(n.text, [n]);
      return false;
    });
    identifierIndex.set(file, (index = found));
  }
  return index.get(text) ?? [];
}

/** Whether `n` runs more than once per import: inside a function or a loop. */
function inFunctionOrLoop(n: ts.Node): boolean {
  for (let p = n.parent; p && !ts.isSourceFile(p); p = p.parent) {
    if (ts.isFunctionLike(p) || ts.isIterationStatement(p, false)) return true;
  }
  return false;
}

/** The declaration's name is used for nothing else in the file, and read from a function or a loop. */
function worthConst(checker: ts.TypeChecker, file: ts.SourceFile, name: ts.Identifier): boolean {
  const symbol = checker.getSymbolAtLocation(name);
  const uses = identifiersNamed(file, name.text).filter((n) => n !== name);
  return uses.every((n) => checker.getSymbolAtLocation(n) === symbol) && uses.some(inFunctionOrLoop);
}

/**
 * `const A = 1, B = -2` at module level: small integer literals, names used for
 * nothing else in the file and read where the lookup would repeat (a function or
 * a loop; elsewhere a global is read once, and the module stays plain Python 3).
 */
export function isMicroPythonConst(checker: ts.TypeChecker, file: ts.SourceFile, s: ts.Statement): s is ts.VariableStatement {
  return (
    ts.isVariableStatement(s) &&
    !!(s.declarationList.flags & ts.NodeFlags.Const) &&
    !s.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword) &&
    s.declarationList.declarations.every(
      (d) =>
        ts.isIdentifier(d.name) &&
        !!d.initializer &&
        smallIntValue(checker, d.initializer) !== undefined &&
        worthConst(checker, file, d.name),
    )
  );
}

/** The emitted `NAME = ...` statements as `NAME = const(5)`, the value worked out; left as they are if their shape is not that. */
export function asMicroPythonConsts(checker: ts.TypeChecker, s: ts.VariableStatement, emitted: py.Stmt[]): py.Stmt[] {
  const decls = s.declarationList.declarations;
  if (emitted.length !== decls.length) return emitted;
  const defs = emitted.map((stmt) =>
    stmt.kind === "Assign" && stmt.targets.length === 1 && stmt.targets[0].kind === "Name" ? { stmt, name: stmt.targets[0].id } : undefined,
  );
  // a name Python-renamed (`round` -> `round_`) must not be another identifier's text either
  const declared = new Set(decls.map((d) => (d.name as ts.Identifier).text));
  const renamed = new Set(defs.map((d) => d?.name ?? "").filter((n) => !declared.has(n)));
  const file = s.getSourceFile();
  if (defs.some((d) => !d) || [...renamed].some((n) => identifiersNamed(file, n).length > 0)) return emitted;
  return defs.map((d, i) => ({ ...d!.stmt, value: b.call("const", [b.num(smallIntValue(checker, decls[i].initializer!)!)]) }));
}
