// Property and element access. Class members are Python attributes, plain
// object properties are dict keys; optional chains become None checks with the
// base evaluated once.
import { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import * as T from "./types.js";
import { isIntExpr, toJsString } from "./conversions.js";
import { builtinProperty } from "../builtins/index.js";
import { reservedNames } from "../python/names.js";

const pythonKeywords = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
  "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
  "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]);

/** Attribute spelling of a JavaScript member name. */
export function attrName(name: string): string {
  if (name.startsWith("#")) return "_" + name.slice(1);
  let s = name.replace(/\$/g, "S_").replace(/[^A-Za-z0-9_]/g, (c) => "U" + c.codePointAt(0)!.toString(16));
  if (pythonKeywords.has(s)) s += "_";
  return s;
}
void reservedNames;

/** Lowest `?.` link in the chain ending at `node` that is not yet a None check. */
function pendingOptionalLink(ctx: TransformContext, node: ts.Expression): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  let cur: ts.Expression = node;
  while (ts.isOptionalChain(cur) || ts.isNonNullChain(cur as ts.Node)) {
    const c = cur as ts.PropertyAccessExpression | ts.ElementAccessExpression | ts.CallExpression | ts.NonNullExpression;
    if ("questionDotToken" in c && c.questionDotToken && !ctx.handledOptionalLinks.has(c)) found = c;
    cur = c.expression;
  }
  return found;
}

/** If `node` ends an optional chain, `None if base is None else <rest of chain>`. */
export function withOptionalChain(ctx: TransformContext, node: ts.Expression, transform: () => py.Expr): py.Expr {
  const link = pendingOptionalLink(ctx, node) as ts.PropertyAccessExpression | undefined;
  if (!link) return transform();
  ctx.handledOptionalLinks.add(link);
  const base = ctx.once(transformExpr(ctx, link.expression));
  ctx.substitutions.set(link.expression, base);
  const rest = transformExpr(ctx, node);
  return b.ifExp(b.cmp(base, "is", b.none()), b.none(), rest);
}

export function transformPropertyAccess(ctx: TransformContext, node: ts.PropertyAccessExpression): py.Expr {
  return withOptionalChain(ctx, node, () => {
    const builtin = builtinProperty(ctx, node);
    if (builtin) return builtin;
    const obj = transformExpr(ctx, node.expression);
    return readMember(ctx, node, obj);
  });
}

export function readMember(ctx: TransformContext, node: ts.PropertyAccessExpression, obj: py.Expr): py.Expr {
  const name = node.name.text;
  switch (T.propertyStyle(ctx.checker, node)) {
    case "attribute":
      return b.attr(obj, attrName(ts.isPrivateIdentifier(node.name) ? "#" + name.slice(1) : name));
    case "optionalKey":
      return b.method(obj, "get", [b.str(name)]);
    default:
      return b.sub(obj, b.str(name));
  }
}

/** The Python target for assigning to `node.name`. */
export function memberTarget(ctx: TransformContext, node: ts.PropertyAccessExpression, obj: py.Expr): py.Expr {
  if (T.propertyStyle(ctx.checker, node) === "attribute") {
    const name = node.name.text;
    return b.attr(obj, attrName(ts.isPrivateIdentifier(node.name) ? "#" + name.slice(1) : name));
  }
  return b.sub(obj, b.str(node.name.text));
}

export function indexExpr(ctx: TransformContext, node: ts.ElementAccessExpression): py.Expr {
  const recvType = ctx.checker.getTypeAtLocation(node.expression);
  const arg = node.argumentExpression;
  const key = transformExpr(ctx, arg);
  const keyType = ctx.checker.getTypeAtLocation(arg);
  if (T.isArray(ctx.checker, recvType, true) || T.isString(recvType, true)) {
    // a list index must be an int; JavaScript numbers may be integral floats
    return T.isNumber(keyType) && !isIntExpr(ctx, arg) ? b.call("int", [key]) : key;
  }
  if (T.isNumber(keyType) && !T.isClassInstance(recvType)) {
    // JavaScript object keys are strings: o[1] is o["1"]
    return toJsString(ctx, arg, key);
  }
  return key;
}

export function transformElementAccess(ctx: TransformContext, node: ts.ElementAccessExpression): py.Expr {
  return withOptionalChain(ctx, node, () => {
    const obj = transformExpr(ctx, node.expression);
    const recvType = ctx.checker.getTypeAtLocation(node.expression);
    if (ts.isStringLiteralLike(node.argumentExpression) && !T.isArray(ctx.checker, recvType, true)) {
      const sym = ctx.checker.getSymbolAtLocation(node.argumentExpression);
      if (sym && T.propertyStyle(ctx.checker, node) === "attribute")
        return b.attr(obj, attrName(node.argumentExpression.text));
    }
    const key = indexExpr(ctx, node);
    if (T.isArray(ctx.checker, recvType, true) || T.isString(recvType, true) || T.isTuple(ctx.checker, recvType)) {
      return b.sub(obj, key);
    }
    if (T.isClassInstance(recvType)) return b.call("getattr", [obj, key, b.none()]);
    // plain objects used as records: a missing key reads as undefined
    return b.method(obj, "get", [key]);
  });
}

export function elementTarget(ctx: TransformContext, node: ts.ElementAccessExpression, obj: py.Expr): py.Expr {
  const recvType = ctx.checker.getTypeAtLocation(node.expression);
  if (ts.isStringLiteralLike(node.argumentExpression) && T.propertyStyle(ctx.checker, node) === "attribute" && T.isClassInstance(recvType))
    return b.attr(obj, attrName(node.argumentExpression.text));
  return b.sub(obj, indexExpr(ctx, node));
}
