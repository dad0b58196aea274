// Array methods beyond array.ts's core: flat(depth), reduceRight, and ES2023's
// copying methods (toReversed, toSorted, toSpliced, with) and findLast/findLastIndex.
// arrayMethod asks here first; undefined means "not one of these".
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { declaredParams } from "./callbacks.js";
import { toIndex } from "./array.js";
import { sortCall } from "./array-sort.js";
import * as T from "../transform/types.js";

const isUndefined = (n: ts.Expression | undefined) => !!n && ts.isIdentifier(n) && n.text === "undefined";

export function arrayExtraMethod(
  ctx: TransformContext,
  name: string,
  node: ts.CallExpression,
  callee: ts.PropertyAccessExpression,
): py.Expr | undefined {
  const argNodes = node.arguments;
  if (argNodes.some(ts.isSpreadElement)) return undefined;
  const recv = () => transformExpr(ctx, callee.expression);
  switch (name) {
    case "flat": {
      const depth = argNodes[0];
      // flat() and flat(1) are array.ts's one-level js_flat
      if (!depth || isUndefined(depth) || (ts.isNumericLiteral(depth) && depth.text === "1")) {
        return b.call(ctx.useHelper("js_flat"), [recv()]);
      }
      const arr = recv();
      return b.call(ctx.useHelper("js_flat_depth"), [arr, transformExpr(ctx, depth)]);
    }
    case "reduceRight": {
      const arr = recv();
      const fn = transformExpr(ctx, argNodes[0]);
      const args = [arr, fn, b.num(Math.min(declaredParams(ctx, argNodes[0]), 4))];
      // reduceRight(f, undefined) starts from undefined: an initial value was given
      if (argNodes.length > 1) args.push(transformExpr(ctx, argNodes[1]));
      return b.call(ctx.useHelper("js_reduce_right"), args);
    }
    case "findLast":
    case "findLastIndex": {
      const arr = recv();
      const fn = transformExpr(ctx, argNodes[0]);
      const helper = name === "findLast" ? "js_find_last" : "js_find_last_index";
      return b.call(ctx.useHelper(helper), [arr, fn, b.num(Math.min(declaredParams(ctx, argNodes[0]), 3))]);
    }
    case "toReversed":
      return b.call("list", [b.call("reversed", [recv()])]);
    case "toSorted": {
      const cmp = argNodes[0] && !isUndefined(argNodes[0]) ? argNodes[0] : undefined;
      // strings by the default comparator: sorted() copies and sorts in one call
      const element = ctx.checker.getIndexTypeOfType(ctx.checker.getTypeAtLocation(callee.expression), ts.IndexKind.Number);
      if (!cmp && element && T.isString(element)) return b.call("sorted", [recv()]);
      const copy = ctx.once(b.call("list", [recv()]));
      ctx.addPreceding(b.exprStmt(sortCall(ctx, copy, cmp, callee.expression)));
      return copy;
    }
    case "toSpliced": {
      const copy = ctx.once(b.call("list", [recv()]));
      const args = argNodes.map((x, i) => (i < 2 ? toIndex(ctx, x) : transformExpr(ctx, x)));
      ctx.addPreceding(b.exprStmt(b.call(ctx.useHelper("js_splice"), [copy, ...args])));
      return copy;
    }
    case "with": {
      const arr = recv();
      return b.call(ctx.useHelper("js_with"), [arr, toIndex(ctx, argNodes[0]), transformExpr(ctx, argNodes[1])]);
    }
    default:
      return undefined;
  }
}
