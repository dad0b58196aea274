// map, filter, find, some and every with a callback of statements: a loop of the enclosing
// function (callbacks.ts inlineLoopBody) that builds the result in a variable. map's returns
// append results; filter's, find's, some's and every's decide each item, and find, some and
// every stop at the item that settles them. An expression callback is a comprehension
// (array.ts); a callback that cannot be inlined stays a function.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { truthy } from "../transform/conversions.js";
import { isWrite } from "../transform/writes.js";
import { someNode } from "../transform/walk.js";
import { inlineLoopBody, passLoop } from "./callbacks.js";
import { inlineCallback } from "./util.js";

export type SearchMethod = "filter" | "find" | "some" | "every";

/** `arr.<name>(callback)` as a loop, or undefined when the callback is not a block that can run inline. */
export function searchLoop(
  ctx: TransformContext,
  name: SearchMethod,
  arr: py.Expr,
  walked: ts.Expression,
  cbNode: ts.Expression | undefined,
): py.Expr | undefined {
  const fn = inlineCallback(cbNode);
  if (!fn || !ts.isBlock(fn.body) || fn.parameters.length === 0) return undefined;
  // filter and find give back the item: the callback must leave its parameter as it was
  const item = ctx.checker.getSymbolAtLocation(fn.parameters[0].name);
  const assigned = someNode(fn.body, (n) => ts.isIdentifier(n) && isWrite(n) && ctx.checker.getSymbolAtLocation(n) === item);
  if (assigned && (name === "filter" || name === "find")) return undefined;
  const initial = name === "filter" ? b.list([]) : name === "find" ? b.none() : b.bool(name === "every");
  return resultLoop(ctx, arr, walked, cbNode, initial, (value, params, result) => {
    const settled: py.Stmt[] =
      name === "filter"
        ? [b.exprStmt(b.appendTo(result, params[0]))]
        : [b.assign(result, name === "find" ? params[0] : b.bool(name === "some")), b.brk()];
    // undefined (a bare return, the end of the block) is false: it settles only every
    if (!value) return name === "every" ? settled : [];
    const [pre, cond] = ctx.capture(() => truthy(ctx, value, transformExpr(ctx, value)));
    // `return true` / `return false`: settled, or not, without a test
    if (cond.kind === "Constant" && typeof cond.value === "boolean") return [...pre, ...(cond.value === (name !== "every") ? settled : [])];
    return [...pre, b.ifStmt(name === "every" ? b.not(cond) : cond, settled)];
  });
}

/**
 * The callback's body as a loop over `arr` (the value of `walked`) that starts `result` at `initial`; `pass` gives
 * the statements of each return (and of a reachable end). The result variable, or undefined
 * when the callback cannot run inline. With `unpack`, an `[a, b]` parameter unpacks each item.
 */
export function resultLoop(
  ctx: TransformContext,
  arr: py.Expr,
  walked: ts.Expression,
  cbNode: ts.Expression | undefined,
  initial: py.Expr,
  pass: (value: ts.Expression | undefined, params: py.Expr[], result: py.Name) => py.Stmt[],
  unpack = false,
): py.Name | undefined {
  const result = b.name(ctx.temp("_r"));
  const loop = inlineLoopBody(ctx, cbNode, (value, params) => pass(value, params, result), unpack);
  if (!loop) return undefined;
  ctx.addPreceding(b.assign(result, initial));
  ctx.addPreceding(passLoop(ctx, loop, arr, walked));
  return result;
}
