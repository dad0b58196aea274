// Timers and promises on MicroPython's asyncio. An async function called
// without await starts at once (js_start runs it up to its first real wait),
// setTimeout is a task sleeping until its due time, Promise.all gathers tasks,
// new Promise is an awaitable settled by its executor. Generators' next() is
// here too: it is the other "resumable function" protocol.
import { ts } from "../typescript.js";
import { skipParens } from "../transform/parens.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import * as T from "../transform/types.js";
import { Codes, unsupported } from "../diagnostics.js";

export function timerCall(ctx: TransformContext, name: string, node: ts.CallExpression): py.Expr | undefined {
  const a = () => node.arguments.map((x) => transformExpr(ctx, x));
  switch (name) {
    case "setTimeout":
      ctx.program.usesAsync = true;
      return b.call(ctx.useHelper("js_set_timeout"), a());
    case "setInterval":
      ctx.program.usesAsync = true;
      return b.call(ctx.useHelper("js_set_interval"), a());
    case "clearTimeout":
    case "clearInterval":
      return b.call(ctx.useHelper("js_clear_timer"), a());
    case "queueMicrotask":
      ctx.program.usesAsync = true;
      return b.call(ctx.useHelper("js_queue_microtask"), a());
    default:
      return undefined;
  }
}

export function promiseStatic(ctx: TransformContext, name: string, node: ts.CallExpression): py.Expr | undefined {
  ctx.program.usesAsync = true;
  const helper = { all: "js_gather", resolve: "js_resolved", reject: "js_rejected" }[name];
  if (!helper) {
    throw unsupported(
      node,
      Codes.unsupportedMember,
      `Promise.${name}`,
      "use Promise.all, Promise.resolve, Promise.reject or async functions",
    );
  }
  const a = node.arguments.map((x) => transformExpr(ctx, x));
  return b.call(ctx.useHelper(helper), a);
}

export function newPromise(ctx: TransformContext, node: ts.NewExpression): py.Expr {
  ctx.program.usesAsync = true;
  const a = (node.arguments ?? []).map((x) => transformExpr(ctx, x));
  return b.call(ctx.useHelper("JsPromise"), a);
}

/** `p.then(ok, fail)`, `p.catch(fail)`, `p.finally(fn)` on a promise. */
export function promiseMethod(
  ctx: TransformContext,
  name: string,
  node: ts.CallExpression,
  callee: ts.PropertyAccessExpression,
): py.Expr | undefined {
  const args = node.arguments.map((x) => transformExpr(ctx, x));
  const p = transformExpr(ctx, callee.expression);
  ctx.program.usesAsync = true;
  switch (name) {
    case "then":
      return b.call(ctx.useHelper("js_then"), [p, ...args]);
    case "catch":
      return b.call(ctx.useHelper("js_then"), [p, b.none(), ...args]);
    case "finally":
      return b.call(ctx.useHelper("js_then"), [p, b.none(), b.none(), ...args]);
    default:
      return undefined;
  }
}

/** Is every (non-null) part of `t` a promise? Then `await` needs no runtime check. */
function isPromise(t: ts.Type): boolean {
  const parts = (t.isUnion() ? t.types : [t]).filter((p) => !(p.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
  return parts.length > 0 && parts.every((p) => /^(Promise|PromiseLike)$/.test(T.libTypeName(p) ?? "") || isAwaitableByName(p));
}

/** Board typings may declare awaitables that are not `Promise` (an asyncio Task): a type with `then` or `__await__` counts as one. */
function isAwaitableByName(t: ts.Type): boolean {
  return !!(t.getProperty("then") || t.getProperty("__await__"));
}

function mayBePromise(t: ts.Type): boolean {
  if (T.isAnyLike(t)) return true;
  return (t.isUnion() ? t.types : [t]).some((p) => isPromise(p));
}

/**
 * `await x`. A promise is awaited as it is; JavaScript also lets `await` take a
 * plain value, which still lets other tasks run first.
 */
export function transformAwait(ctx: TransformContext, node: ts.AwaitExpression): py.Expr {
  if (!ts.findAncestor(node.parent, ts.isFunctionLike)) {
    throw unsupported(
      node,
      Codes.topLevelAwait,
      "'await' at the top level of a module",
      "put the code in an async function main() and call main()",
    );
  }
  const t = ctx.checker.getTypeAtLocation(node.expression);
  let value = transformExpr(ctx, node.expression);
  // an async call awaited at once needs no task of its own
  if (value.kind === "Call" && value.func.kind === "Name" && value.func.id === "js_start" && value.args.length === 1) value = value.args[0];
  if (isPromise(t)) return { kind: "Await", value };
  if (mayBePromise(t)) return { kind: "Await", value: b.call(ctx.useHelper("js_await"), [value]) };
  return { kind: "Await", value: b.call(ctx.useHelper("js_tick"), [value]) };
}

/** The innermost function around `node`, if it is async. */
function inAsyncFunction(node: ts.Node): boolean {
  const fn = ts.findAncestor(node.parent, ts.isFunctionLike);
  return !!fn && (ts.getCombinedModifierFlags(fn as ts.Declaration) & ts.ModifierFlags.Async) !== 0;
}

/**
 * The value an async function returns. JavaScript's `return promise` in an async
 * function settles with the promise's result; Python would hand back the
 * promise itself, so it is awaited.
 */
export function asyncReturnValue(ctx: TransformContext, expr: ts.Expression, value: py.Expr): py.Expr {
  if (!inAsyncFunction(expr)) return value;
  const t = ctx.checker.getTypeAtLocation(expr);
  if (!mayBePromise(t) || T.isAnyLike(t)) return value;
  if (value.kind === "Call" && value.func.kind === "Name" && value.func.id === "js_start" && value.args.length === 1) value = value.args[0];
  return { kind: "Await", value: isPromise(t) ? value : b.call(ctx.useHelper("js_await"), [value]) };
}

/** A call whose result is a promise made by user code: start it as JavaScript does, at once. */
export function startPromise(ctx: TransformContext, node: ts.CallExpression, call: py.Expr): py.Expr {
  let p: ts.Node = node.parent;
  while (ts.isParenthesizedExpression(p)) p = p.parent;
  if (ts.isAwaitExpression(p)) return call;
  // returned from an async function: asyncReturnValue awaits it
  const returned = ts.isReturnStatement(p) || (ts.isArrowFunction(p) && skipParens(p.body as ts.Expression) === node);
  if (returned && inAsyncFunction(node)) return call;
  // handed to the board's own asyncio (asyncio.run(main()), create_task, gather): it wants the coroutine
  if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.arguments?.some((a) => skipParens(a) === node)) {
    const decl = ctx.checker.getResolvedSignature(p)?.getDeclaration();
    if (T.isBoardDeclaration(decl)) return call;
  }
  ctx.program.usesAsync = true;
  return b.call(ctx.useHelper("js_start"), [call]);
}

/** Does calling `node` give a promise made by user code (an async function, or a function typed to return a promise)? */
export function returnsUserPromise(ctx: TransformContext, node: ts.CallExpression): boolean {
  const sig = ctx.checker.getResolvedSignature(node);
  const decl = sig?.getDeclaration();
  // board and library functions return their own awaitables, never an unstarted coroutine
  if (!sig || !decl || decl.getSourceFile().isDeclarationFile) return false;
  if (ts.getCombinedModifierFlags(decl as ts.Declaration) & ts.ModifierFlags.Async) return true;
  return isPromise(ctx.checker.getReturnTypeOfSignature(sig));
}

/**
 * An async function expression handed to board code (Pin.irq, a socket
 * callback): that code drops the returned coroutine, so calling it must start
 * it. (JavaScript library callbacks are started where mpts calls them:
 * array methods, timers, promise executors and then.)
 */
export function asyncCallback(ctx: TransformContext, node: ts.ArrowFunction | ts.FunctionExpression, fn: py.Expr): py.Expr {
  if (!(ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Async)) return fn;
  const sig = ctx.checker.getContextualType(node)?.getCallSignatures()[0];
  const decl = sig?.getDeclaration();
  if (!sig || !decl || !decl.getSourceFile().isDeclarationFile || T.isFromLib(decl)) return fn;
  // board code typed to get a promise back (asyncio.start_server's callback) runs the coroutine itself
  const ret = ctx.checker.getReturnTypeOfSignature(sig);
  if ((ret.isUnion() ? ret.types : [ret]).every(isPromise)) return fn;
  ctx.program.usesAsync = true;
  return b.call(ctx.useHelper("js_async"), [fn]);
}

/** `gen.next(v)`, `gen.return(v)` on a generator. */
export function generatorMethod(
  ctx: TransformContext,
  name: string,
  node: ts.CallExpression,
  callee: ts.PropertyAccessExpression,
): py.Expr | undefined {
  const gen = transformExpr(ctx, callee.expression);
  const args = node.arguments.map((x) => transformExpr(ctx, x));
  switch (name) {
    case "next":
      return b.call(ctx.useHelper("js_next"), [gen, ...args]);
    case "return":
      return b.call(ctx.useHelper("js_gen_return"), [gen, ...args]);
    case "throw":
      return b.call(ctx.useHelper("js_gen_throw"), [gen, ...args]);
    default:
      return undefined;
  }
}
