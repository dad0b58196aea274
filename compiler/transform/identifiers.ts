// Identifiers: user bindings get the Python names chosen by the scope analysis;
// globals from the JavaScript library map to Python values or are refused.
import { builtString } from "./string-builders.js";
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import { Codes, unsupported } from "../diagnostics.js";
import type { TransformContext } from "./context.js";
import { isAnyLike, isFromLib, isNullable } from "./types.js";
import { skipParens } from "./parens.js";
import { libGlobalValue } from "../builtins/globals.js";
import { classExpressionName } from "./classes.js";
import { liveImportRef } from "./modules.js";
import { namespaceVariable } from "./namespaces.js";
import { pythonKeywords } from "../python/names.js";
import { isTestFile, isTestGlobalsFile } from "../testing/files.js";

export function transformIdentifier(ctx: TransformContext, id: ts.Identifier): py.Expr {
  // `{ list }`: the name of a shorthand property stands for the variable (which Python may spell list_)
  const sym =
    ts.isShorthandPropertyAssignment(id.parent) && id.parent.name === id
      ? ctx.checker.getShorthandAssignmentValueSymbol(id.parent)
      : ctx.checker.getSymbolAtLocation(id);
  if (!sym) {
    if (id.text === "undefined") return b.none();
    throw unsupported(id, Codes.unsupportedGlobal, `'${id.text}'`, "declare it or import it");
  }
  const inNamespace = namespaceVariable(ctx, id, sym);
  if (inNamespace) return inNamespace;
  const live = liveImportRef(ctx, id, sym);
  if (live) return live;
  const decl = sym.valueDeclaration ?? sym.declarations?.[0];
  let local = ctx.scopes.nameOf(sym);
  if (!local && decl && ts.isParameter(decl) && ts.isParameterPropertyDeclaration(decl, decl.parent)) {
    // the parameter of a parameter property: the scope analysis named the symbol of its declaration
    const declared = ctx.checker.getSymbolAtLocation(decl.name);
    if (declared) local = ctx.scopes.nameOf(declared);
  }
  if (local && ctx.scopes.isDeclaredGlobal(sym)) return boardGlobal(id, local);
  if (local) return builtString(ctx, id, sym, b.name(local)) ?? variable(ctx, sym, local);
  if (decl && ts.isClassExpression(decl)) {
    // a class expression's own name, used inside it
    const own = classExpressionName(decl);
    if (own) return b.name(own);
  }
  if (id.text === "undefined" && (!decl || isFromLib(decl))) return b.none();
  if (id.text === "arguments" && !decl) {
    throw unsupported(id, Codes.arguments, "'arguments'", "declare a rest parameter (...args: T[])");
  }
  if ((id.text === "eval" || id.text === "Function") && (!decl || isFromLib(decl))) {
    throw unsupported(
      id,
      Codes.eval,
      `'${id.text}'`,
      "write the code directly; MicroPython programs cannot compile JavaScript at run time",
    );
  }
  if (!decl || isFromLib(decl)) {
    const value = libGlobalValue(ctx, id);
    if (value) return value;
    throw unsupported(id, Codes.unsupportedGlobal, `The JavaScript global '${id.text}'`, globalAdvice(id.text));
  }
  if (isTestGlobalsFile(decl.getSourceFile().fileName) && !isTestFile(ctx.sourceFile.fileName)) {
    // test() and expect() exist only while mpts test runs the test files
    const instead = "put tests in a file named *.test.ts and run them with mpts test";
    throw unsupported(id, Codes.unsupportedGlobal, `'${id.text}' outside a test file`, instead);
  }
  // declared in the board typings or another ambient declaration: the Python name is the same
  return boardGlobal(id, id.text);
}

/**
 * A variable's name, marked when its declared type is a number, or has no undefined or null, and
 * no value it is given can be None despite its type (mayHoldNone): the passes over emitted Python
 * may then read it before the code that reads it runs (loop-invariants.ts).
 */
function variable(ctx: TransformContext, sym: ts.Symbol, local: string): py.Name {
  const name = b.name(local);
  const declared = ctx.checker.getTypeOfSymbol(sym);
  const flags = declared.flags;
  if (mayHoldNone(ctx, sym)) return name;
  if (flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral) && !(flags & ts.TypeFlags.Union)) name.number = true;
  if (ctx.program.strictNullChecks && !isNullable(declared) && !isAnyLike(declared)) name.nonNull = true;
  const list = sym.valueDeclaration?.parent;
  if (list && ts.isVariableDeclarationList(list) && list.flags & ts.NodeFlags.Const) name.constant = true;
  return name;
}

/**
 * Whether a variable may hold undefined where its type says otherwise: it is given an element
 * (`const d = devices[i]`, which past the end is undefined), a value asserted non-null or cast
 * (`x!`, `x as T`), or a destructured part. A parameter is taken at its type, and so is a for-of
 * variable (an element that exists).
 */
export function mayHoldNone(ctx: TransformContext, sym: ts.Symbol): boolean {
  const decl = sym.valueDeclaration;
  if (!decl || ts.isParameter(decl)) return false;
  const list = decl.parent;
  if (ts.isVariableDeclarationList(list) && (ts.isForOfStatement(list.parent) || ts.isForInStatement(list.parent))) return false;
  return (ctx.scopes.writes.get(sym) ?? [{ kind: "unknown" }]).some((w) => {
    if (w.kind === "unknown") return true;
    if (w.kind !== "init" && w.kind !== "assign") return false;
    const v = w.value && skipParens(w.value);
    return !!v && (ts.isElementAccessExpression(v) || ts.isNonNullExpression(v) || ts.isAsExpression(v) || ts.isTypeAssertionExpression(v));
  });
}

/** A global the board defines, by the name it was declared with: a name Python cannot spell is no board global. */
function boardGlobal(id: ts.Identifier, name: string): py.Expr {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !pythonKeywords.has(name)) return b.name(name);
  const why = pythonKeywords.has(name) ? "a Python keyword" : "not a Python name";
  throw unsupported(
    id,
    Codes.unsupportedGlobal,
    `The declared global '${name}' (${why}, so no board global has this name)`,
    "declare the name the board's Python code defines",
  );
}

function globalAdvice(name: string): string {
  switch (name) {
    case "eval":
    case "Function":
      return "write the code directly";
    case "Proxy":
    case "Reflect":
      return "use plain objects and explicit methods";
    case "Date":
      return "use the time module (time.time(), time.ticks_ms())";
    case "Symbol":
      return "use a string or a class";
    case "Int8Array":
    case "Uint8ClampedArray":
    case "Int16Array":
    case "Uint16Array":
    case "Int32Array":
    case "Uint32Array":
    case "Float32Array":
    case "Float64Array":
    case "BigInt64Array":
    case "BigUint64Array":
    case "ArrayBuffer":
    case "DataView":
      return "use Uint8Array (a bytearray) for bytes, MicroPython's array module (array.array('h', ...)) for other element types, or struct.pack/unpack for binary fields";
    case "process":
    case "require":
    case "Buffer":
    case "window":
    case "document":
    case "fetch":
    case "globalThis":
      return "Node and browser APIs do not exist on the board; use the MicroPython modules (socket, network, machine)";
    default:
      return "use a MicroPython module or write it in TypeScript";
  }
}
