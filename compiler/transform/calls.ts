// Calls and `new`: super calls, standard-library calls (builtins/), user
// functions and classes. Calling an async function without awaiting it starts
// it as an asyncio task, as JavaScript starts a promise.
import { ts } from "../typescript.js";
import { markStableMethod } from "./stable-methods.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { withOptionalChain, attrName } from "./access.js";
import { builtinCall, builtinNew } from "../builtins/index.js";
import { spreadToList } from "./literals.js";
import { callWithKeywords, keywordParameterIndex } from "./keywords.js";
import { returnsUserPromise, startPromise } from "../builtins/promise.js";
import { adaptArity, functionMethodCall } from "./functions.js";
import { Codes, unsupported } from "../diagnostics.js";
import { isConstant, isNamespace, transformOrdered, withOrderedOperands } from "./order.js";
import { checkIntegerArguments } from "./integer-arguments.js";
import { inlinedCall } from "./inline-calls.js";

export function transformArgs(ctx: TransformContext, args: readonly ts.Expression[]): py.Expr[] {
  return transformOrdered(ctx, args, (a) => {
    if (ts.isSpreadElement(a)) return b.starred(spreadToList(ctx, a.expression, transformExpr(ctx, a.expression), false));
    return adaptArity(ctx, a, transformExpr(ctx, a));
  });
}

/** All arguments as one Python list (for spreads into a builtin that takes an iterable). */
export function argumentList(ctx: TransformContext, args: readonly ts.Expression[]): py.Expr {
  const pieces: py.Expr[] = [];
  let current: py.Expr[] | undefined;
  for (const a of args) {
    if (ts.isSpreadElement(a)) {
      current = undefined;
      pieces.push(spreadToList(ctx, a.expression, transformExpr(ctx, a.expression), false));
    } else {
      if (!current) pieces.push(b.list((current = [])));
      current.push(transformExpr(ctx, a));
    }
  }
  if (pieces.length === 0) return b.list([]);
  return pieces.reduce((acc, p) => b.bin(acc, "+", p));
}

function superRef(ctx: TransformContext, node: ts.Node): py.Expr {
  // zero-argument super() needs the method's own frame; inside an arrow function name the class
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isArrowFunction(n)) {
      const cls = ts.findAncestor(n, ts.isClassLike);
      if (cls?.name) return b.call("super", [transformExpr(ctx, cls.name), b.name("self")]);
    }
    if (ts.isMethodDeclaration(n) || ts.isConstructorDeclaration(n) || ts.isGetAccessorDeclaration(n) || ts.isSetAccessorDeclaration(n))
      break;
  }
  return b.call("super");
}

function skipOuter(node: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node))
    node = node.expression;
  return node;
}

/**
 * What JavaScript evaluates, in order, before calling: the function (or the object
 * and key of a method), then each argument. Functions written in place, classes,
 * library namespaces and object literals that become Python keyword arguments are
 * left to the call's own transform.
 */
function callOperands(ctx: TransformContext, node: ts.CallExpression | ts.NewExpression): ts.Expression[] {
  const ops: ts.Expression[] = [];
  const callee = skipOuter(node.expression);
  if (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) {
    const recv = callee.expression;
    if (recv.kind !== ts.SyntaxKind.SuperKeyword && !isNamespace(ctx, recv)) ops.push(recv);
    if (ts.isElementAccessExpression(callee)) ops.push(callee.argumentExpression);
  } else if (callee.kind !== ts.SyntaxKind.SuperKeyword && callee.kind !== ts.SyntaxKind.ImportKeyword && !isConstant(ctx, callee)) {
    ops.push(callee);
  }
  const kw = keywordParameterIndex(ctx, node);
  (node.arguments ?? []).forEach((a, i) => {
    if (ts.isSpreadElement(a)) ops.push(a.expression);
    else if (!(i === kw && ts.isObjectLiteralExpression(skipOuter(a))) && !ts.isFunctionLike(skipOuter(a))) ops.push(a);
  });
  return ops;
}

export function transformCall(ctx: TransformContext, node: ts.CallExpression): py.Expr {
  return withOptionalChain(ctx, node, () => withOrderedOperands(ctx, callOperands(ctx, node), () => transformCallInOrder(ctx, node)));
}

function transformCallInOrder(ctx: TransformContext, node: ts.CallExpression): py.Expr {
  const callee = node.expression;
  if (callee.kind === ts.SyntaxKind.ImportKeyword) {
    throw unsupported(node, Codes.dynamicImport, "A dynamic import()", "use a static import at the top of the file");
  }
  if (callee.kind === ts.SyntaxKind.SuperKeyword) {
    return b.call(b.attr(superRef(ctx, node), "__init__"), transformArgs(ctx, node.arguments));
  }
  if (ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.SuperKeyword) {
    return b.call(b.attr(superRef(ctx, node), attrName(callee.name.text)), transformArgs(ctx, node.arguments));
  }
  checkIntegerArguments(ctx, node);
  // builtins first: Object.prototype.hasOwnProperty.call(o, k) is one
  const builtin = builtinCall(ctx, node);
  if (builtin) return markStableMethod(ctx, node, builtin);
  const fnMethod = functionMethodCall(ctx, node, (args) => transformArgs(ctx, args));
  if (fnMethod) return fnMethod;
  const inlined = inlinedCall(ctx, node);
  if (inlined) return inlined;
  const func = transformExpr(ctx, callee);
  let call: py.Expr = markStableMethod(
    ctx,
    node,
    callWithKeywords(ctx, node, func, (args) => transformArgs(ctx, args)),
  );
  // a promise starts running when created, awaited or not
  if (returnsUserPromise(ctx, node)) call = startPromise(ctx, node, call);
  return call;
}

export function transformNew(ctx: TransformContext, node: ts.NewExpression): py.Expr {
  return withOrderedOperands(ctx, callOperands(ctx, node), () => transformNewInOrder(ctx, node));
}

function transformNewInOrder(ctx: TransformContext, node: ts.NewExpression): py.Expr {
  checkIntegerArguments(ctx, node);
  const builtin = builtinNew(ctx, node);
  if (builtin) return builtin;
  // board classes are plain Python calls: `new Pin(2)` and `Pin(2)` are both `Pin(2)`
  return callWithKeywords(ctx, node, transformExpr(ctx, node.expression), (args) => transformArgs(ctx, args));
}
