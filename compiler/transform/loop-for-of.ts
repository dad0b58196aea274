// `for...of` and `for...in` loops: the Python target and iterable, closing a
// generator with a finally block when the loop may stop early, and for...in's
// keys (a snapshot, skipping keys deleted while looping).
import { enumKeys, enumObject } from "./enum-objects.js";
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import { Codes, unsupported } from "../diagnostics.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { bindPattern } from "./destructuring.js";
import { isFunctionScope } from "./scopes.js";
import * as T from "./types.js";
import { assignTo } from "./assignment.js";
import { jsIterable, liveCollectionLoop } from "./iteration.js";
import { someNode, walkWith } from "./walk.js";
import { loopBody } from "./loops.js";
import { mayRunOtherCode, storesProperty } from "./loop-bound.js";

function forOfTarget(ctx: TransformContext, init: ts.ForInitializer): { target: py.Expr; prelude: py.Stmt[] } {
  if (ts.isVariableDeclarationList(init)) {
    const decl = init.declarations[0];
    const name = decl.name;
    if (ts.isIdentifier(name)) return { target: transformExpr(ctx, name), prelude: [] };
    // for (const [k, v] of ...): unpack directly when every element is a plain name
    // and the items are tuples of exactly that length (Python's unpacking is strict)
    if (
      ts.isArrayBindingPattern(name) &&
      name.elements.every((e) => ts.isBindingElement(e) && ts.isIdentifier(e.name) && !e.initializer && !e.dotDotDotToken) &&
      // (the pattern's type: the declaration's own is any when it has no annotation)
      T.isFixedTuple(ctx.checker, ctx.checker.getTypeAtLocation(name), name.elements.length)
    ) {
      return { target: b.tuple(name.elements.map((e) => transformExpr(ctx, (e as ts.BindingElement).name as ts.Identifier))), prelude: [] };
    }
    const t = b.name(ctx.temp("_item"));
    const [pre] = ctx.capture(() => bindPattern(ctx, name, t));
    return { target: t, prelude: pre };
  }
  const t = b.name(ctx.temp("_item"));
  const [pre] = ctx.capture(() => assignTo(ctx, init as ts.Expression, () => t, init, false));
  return { target: t, prelude: pre };
}

/** What `for...of` iterates, in Python. */
export function iterable(ctx: TransformContext, node: ts.Expression): py.Expr {
  const e = transformExpr(ctx, node);
  const t = ctx.checker.getTypeAtLocation(node);
  if (T.isMapType(t)) return b.method(e, "items");
  return jsIterable(ctx, node, e);
}

export function forOf(ctx: TransformContext, node: ts.ForOfStatement): py.Stmt[] {
  if (node.awaitModifier) throw unsupported(node, Codes.asyncGenerator, "'for await'", "await each promise inside a plain for...of loop");
  let iter = liveCollectionLoop(ctx, node) ?? iterable(ctx, node.expression);
  const { target, prelude } = forOfTarget(ctx, node.initializer);
  // leaving the loop early closes a generator, so its finally blocks run now, as in JavaScript
  const close = mayNeedClose(ctx, node);
  if (close) iter = ctx.once(iter);
  const loop: py.For = { kind: "For", target, iter, body: [...prelude, ...loopBody(ctx, node.statement)], pos: ctx.pos(node) };
  if (!close) return [loop];
  return [{ kind: "Try", body: [loop], handlers: [], finalbody: [b.exprStmt(b.method(iter, "close"))], pos: ctx.pos(node) }];
}

/** A generator that may hold a finally block, iterated by a loop that may stop early. */
function mayNeedClose(ctx: TransformContext, node: ts.ForOfStatement): boolean {
  if (T.libTypeName(ctx.checker.getTypeAtLocation(node.expression)) !== "Generator") return false;
  // a call to a generator function of this program without try/finally: nothing to run
  let e = node.expression;
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isCallExpression(e)) {
    const decl = ctx.checker.getSymbolAtLocation(e.expression)?.valueDeclaration;
    if (
      decl &&
      (ts.isFunctionDeclaration(decl) || ts.isFunctionExpression(decl) || ts.isMethodDeclaration(decl)) &&
      decl.body &&
      !hasFinally(decl.body)
    )
      return false;
  }
  return exitsEarly(node);
}

function hasFinally(node: ts.Node): boolean {
  return someNode(
    node,
    (n) => ts.isTryStatement(n) && !!n.finallyBlock,
    (n) => n === node || !isFunctionScope(n),
  );
}

/** Whether the loop's body can leave it other than by running out: break, return, throw, a jump to an outer label. */
function exitsEarly(loop: ts.IterationStatement): boolean {
  const labelsInside = new Set<string>();
  let exits = false;
  walkWith(loop.statement, false, (n, nested) => {
    if (isFunctionScope(n)) return { step: "skip", next: nested };
    if (ts.isReturnStatement(n) || ts.isThrowStatement(n)) exits = true;
    else if (ts.isBreakStatement(n) || ts.isContinueStatement(n)) {
      exits = n.label ? !labelsInside.has(n.label.text) : ts.isBreakStatement(n) && !nested;
      if (!exits) return { step: "skip", next: nested };
    }
    if (exits) return { step: "stop", next: nested };
    if (ts.isLabeledStatement(n)) labelsInside.add(n.label.text);
    return { step: undefined, next: nested || ts.isIterationStatement(n, false) || ts.isSwitchStatement(n) };
  });
  return exits;
}

export function forIn(ctx: TransformContext, node: ts.ForInStatement): py.Stmt[] {
  const obj = transformExpr(ctx, node.expression);
  const t = ctx.checker.getTypeAtLocation(node.expression);
  const { target, prelude } = forOfTarget(ctx, node.initializer);
  if (T.isArray(ctx.checker, t, true)) {
    // array keys are the indices, as strings
    const i = b.name(ctx.temp("_i"));
    return [
      {
        kind: "For",
        target: i,
        iter: b.call("range", [b.call("len", [obj])]),
        body: [b.assign(target, b.call("str", [i])), ...prelude, ...loopBody(ctx, node.statement)],
        pos: ctx.pos(node),
      },
    ];
  }
  if (enumObject(ctx, node.expression)) {
    // an enum's keys as the JavaScript object has them (enum-objects.ts)
    return [{ kind: "For", target, iter: enumKeys(ctx, obj), body: [...prelude, ...loopBody(ctx, node.statement)], pos: ctx.pos(node) }];
  }
  // class instances keep their fields in __dict__ (as Object.keys reads them)
  let keys: py.Expr = T.isClassInstance(t) ? b.attr(obj, "__dict__") : obj;
  const guard: py.Stmt[] = [];
  // JavaScript visits the keys there were at the start, minus those deleted since;
  // a Python dict iterator would also visit keys added by the body
  const runsCode = mayRunOtherCode(ctx, node.statement);
  if (runsCode || storesProperty(node.statement)) {
    keys = ctx.once(keys);
    if (runsCode) guard.push(b.ifStmt(b.cmp(target, "not in", keys), [b.cont()]));
    keys = b.call("list", [keys]);
  }
  return [{ kind: "For", target, iter: keys, body: [...guard, ...prelude, ...loopBody(ctx, node.statement)], pos: ctx.pos(node) }];
}
