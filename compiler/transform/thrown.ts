// JavaScript throws any value; Python raises only exceptions. A program that
// throws something other than an Error (a string, a number, a plain object)
// raises it wrapped in the runtime's JsThrow, and its catch clauses unwrap
// it, so `catch (e) { e === "boom" }` sees the value that was thrown. A
// program that throws only Errors keeps plain `raise` and `except`.
import { ts } from "../typescript.js";
import * as T from "./types.js";

/** Every part of `t` (null and undefined aside) is an Error: a library *Error or a class extending one. */
export function isErrorType(checker: ts.TypeChecker, t: ts.Type): boolean {
  const parts = (t.isUnion() ? t.types : [t]).filter((p) => !(p.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
  return parts.length > 0 && parts.every((p) => isErrorObject(checker, p, 0));
}

function isErrorObject(checker: ts.TypeChecker, t: ts.Type, depth: number): boolean {
  if (depth > 20 || !(t.flags & ts.TypeFlags.Object)) return false;
  const sym = t.getSymbol();
  if (sym && /Error$/.test(sym.getName()) && T.isFromLib(sym.declarations?.[0])) return true;
  const target = (t as ts.TypeReference).target ?? t;
  if (!(target as ts.InterfaceType).objectFlags || !((target as ts.ObjectType).objectFlags & ts.ObjectFlags.ClassOrInterface)) return false;
  return (checker.getBaseTypes(target as ts.InterfaceType) ?? []).some((base) => isErrorObject(checker, base, depth + 1));
}

/** `throw e` in the catch clause that declared `e`, with `e` never assigned: it rethrows what was caught. */
export function isRethrowOfCaught(checker: ts.TypeChecker, expr: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr)) expr = expr.expression;
  if (!ts.isIdentifier(expr)) return false;
  const sym = checker.getSymbolAtLocation(expr);
  const decl = sym?.valueDeclaration;
  if (!decl || !ts.isVariableDeclaration(decl) || !ts.isCatchClause(decl.parent)) return false;
  let assigned = false;
  const visit = (n: ts.Node): void => {
    if (assigned) return;
    if (
      ts.isBinaryExpression(n) &&
      n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      n.operatorToken.kind <= ts.SyntaxKind.LastAssignment &&
      ts.isIdentifier(n.left) &&
      checker.getSymbolAtLocation(n.left) === sym
    )
      assigned = true;
    else ts.forEachChild(n, visit);
  };
  visit(decl.parent.block);
  return !assigned;
}

/**
 * Could this throw statement raise something that is not an Error? A value of
 * type any or unknown counts, except the rethrow of a caught exception (which,
 * in a program that throws only Errors, is one).
 */
export function throwsNonError(checker: ts.TypeChecker, node: ts.ThrowStatement): boolean {
  const t = checker.getTypeAtLocation(node.expression);
  if (isErrorType(checker, t)) return false;
  return !(T.isAnyLike(t) && isRethrowOfCaught(checker, node.expression));
}
