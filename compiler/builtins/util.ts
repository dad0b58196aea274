// Shared pieces for the standard-library mappings.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { isFromLib, libTypeName } from "../transform/types.js";
import { usesThis } from "../transform/this.js";

/** `Math` in `Math.floor(...)` when it is the JavaScript global, else undefined. */
export function libNamespace(ctx: TransformContext, node: ts.Expression): string | undefined {
  if (!ts.isIdentifier(node)) return undefined;
  const sym = ctx.checker.getSymbolAtLocation(node);
  if (!sym) return undefined;
  const decl = sym.valueDeclaration ?? sym.declarations?.[0];
  return isFromLib(decl) ? node.text : undefined;
}

export function args(ctx: TransformContext, call: ts.CallExpression | ts.NewExpression): py.Expr[] {
  return (call.arguments ?? []).map((a) => transformExpr(ctx, a));
}

export function hasSpread(call: ts.CallExpression | ts.NewExpression): boolean {
  return (call.arguments ?? []).some(ts.isSpreadElement);
}

/** `[a, b]`: an array pattern of plain names (no default, no rest, nothing nested). */
export function isNamesPattern(name: ts.BindingName): name is ts.ArrayBindingPattern {
  return (
    ts.isArrayBindingPattern(name) &&
    name.elements.length > 0 &&
    name.elements.every((e) => ts.isBindingElement(e) && ts.isIdentifier(e.name) && !e.initializer && !e.dotDotDotToken)
  );
}

/**
 * The inline form of a callback: an arrow or function expression with a single `return` or
 * expression body. With `patterns`, a parameter may also be an array pattern of plain names.
 */
export function inlineCallback(node: ts.Expression | undefined, patterns = false): (ts.ArrowFunction | ts.FunctionExpression) | undefined {
  if (!node) return undefined;
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  if (!ts.isArrowFunction(node) && !ts.isFunctionExpression(node)) return undefined;
  if (node.parameters.some((p) => p.dotDotDotToken || p.initializer || !(ts.isIdentifier(p.name) || (patterns && isNamesPattern(p.name)))))
    return undefined;
  if (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Async || node.asteriskToken) return undefined;
  if (ts.isFunctionExpression(node) && (node.name || usesThis(node))) return undefined;
  return node;
}

/** The returned expression of an inline callback's body, if it is a single expression. */
export function callbackExpression(fn: ts.ArrowFunction | ts.FunctionExpression): ts.Expression | undefined {
  if (!ts.isBlock(fn.body)) return fn.body;
  const stmts = fn.body.statements;
  if (stmts.length === 1 && ts.isReturnStatement(stmts[0]) && stmts[0].expression) return stmts[0].expression;
  return undefined;
}

/** What a callback's `return value` does in the loop its body is inlined into, before `continue` ends the pass. */
export type ReturnPass = (value: ts.Expression | undefined) => py.Stmt[];

/** `return` statements of a callback inlined as a loop body (forEach, map): each ends the pass, as `continue`. */
export const returnsAsContinue = new WeakMap<ts.Node, ReturnPass>();

/** Expressions whose value is thrown away though they are not expression statements (an inlined forEach body). */
export const discardedValues = new WeakSet<ts.Node>();

/** Whether the value of a call is unused, so `push` need not compute the new length. */
export function valueUnused(node: ts.Node): boolean {
  let n = node;
  while (ts.isParenthesizedExpression(n.parent)) n = n.parent;
  return ts.isExpressionStatement(n.parent) || discardedValues.has(n) || ts.isVoidExpression(n.parent);
}

/** A user callback that returns a promise (an async function): calling it must start the promise. */
export function returnsPromise(ctx: TransformContext, cbNode: ts.Expression): boolean {
  const sig = ctx.checker.getTypeAtLocation(cbNode).getCallSignatures()[0];
  const decl = sig?.getDeclaration();
  if (!sig || !decl || decl.getSourceFile().isDeclarationFile) return false;
  return libTypeName(sig.getReturnType()) === "Promise";
}
