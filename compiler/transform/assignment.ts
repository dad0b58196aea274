// Assignment to any JavaScript target: names, members, elements and
// destructuring patterns. Inside an expression a name is assigned with `:=`,
// anything else through statements that run first.
import { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { memberTarget, readMember, elementTarget, indexExpr } from "./access.js";
import { assignPattern } from "./destructuring.js";
import { builtinPropertyAssign } from "../builtins/index.js";
import { Codes, unsupported } from "../diagnostics.js";
import * as T from "./types.js";
import { printExpr } from "../python/printer.js";

function unwrap(node: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node) || ts.isTypeAssertionExpression(node) || ts.isSatisfiesExpression(node))
    node = node.expression;
  return node;
}

/** Emit `value` into a statement, turning `t = t op v` into `t op= v`. */
function assignStmt(target: py.Expr, value: py.Expr): py.Stmt {
  if (value.kind === "BinOp" && sameTarget(value.left, target) && value.op !== "**") {
    return b.augAssign(target, value.op, value.right);
  }
  return b.assign(target, value);
}

function sameTarget(a: py.Expr, t: py.Expr): boolean {
  if (a === t) return true;
  const plain = (e: py.Expr) => e.kind === "Name" || e.kind === "Attribute" || e.kind === "Subscript";
  return plain(a) && plain(t) && printExpr(a) === printExpr(t);
}

/**
 * Assign to `targetNode`. `makeValue` receives the current value when `needsCurrent`
 * (compound assignment). Returns an expression holding the assigned value.
 */
export function assignTo(
  ctx: TransformContext,
  targetNode: ts.Expression,
  makeValue: (current?: py.Expr) => py.Expr,
  valueNode: ts.Node,
  asExpression: boolean,
  needsCurrent = false,
): py.Expr {
  const target = unwrap(targetNode);
  if (ts.isIdentifier(target)) {
    const name = transformExpr(ctx, target) as py.Name;
    const value = makeValue(needsCurrent ? name : undefined);
    if (asExpression) return { kind: "NamedExpr", target: name.id, value };
    ctx.addPreceding(assignStmt(name, value));
    return name;
  }
  if (ts.isPropertyAccessExpression(target)) {
    const special = builtinPropertyAssign(ctx, target, makeValue, needsCurrent);
    if (special) return special;
    const obj = ctx.once(transformExpr(ctx, target.expression));
    const t = memberTarget(ctx, target, obj);
    const value = makeValue(needsCurrent ? readMember(ctx, target, obj) : undefined);
    return finish(ctx, t, value, asExpression);
  }
  if (ts.isElementAccessExpression(target)) {
    const obj = ctx.once(transformExpr(ctx, target.expression));
    let t = elementTarget(ctx, target, obj);
    if (t.kind === "Subscript") t = b.sub(t.value, ctx.once(t.index));
    let current: py.Expr | undefined;
    if (needsCurrent) {
      const recv = ctx.checker.getTypeAtLocation(target.expression);
      const plain = !T.isArray(ctx.checker, recv, true) && !T.isClassInstance(recv) && t.kind === "Subscript" && (t as py.Subscript).value === obj;
      current = plain ? b.method(obj, "get", [(t as py.Subscript).index]) : t;
    }
    void indexExpr;
    return finish(ctx, t, makeValue(current), asExpression);
  }
  if (ts.isArrayLiteralExpression(target) || ts.isObjectLiteralExpression(target)) {
    const value = ctx.once(makeValue());
    assignPattern(ctx, target, value);
    return value;
  }
  throw unsupported(targetNode, Codes.unsupportedSyntax, "Assignment to this kind of target", "assign to a variable, property or element");
}

function finish(ctx: TransformContext, target: py.Expr, value: py.Expr, asExpression: boolean): py.Expr {
  if (!asExpression) {
    ctx.addPreceding(assignStmt(target, value));
    return target;
  }
  const v = ctx.once(value);
  ctx.addPreceding(b.assign(target, v));
  return v;
}
