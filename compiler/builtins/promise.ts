// Timers and promises on MicroPython's asyncio: setTimeout is a task that
// sleeps then calls, Promise.all is gather, new Promise an awaitable event.
import type { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
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
      return b.call(ctx.useHelper("js_set_timeout"), [a()[0], b.num(0)]);
    default:
      return undefined;
  }
}

export function promiseStatic(ctx: TransformContext, name: string, node: ts.CallExpression): py.Expr | undefined {
  const a = node.arguments.map((x) => transformExpr(ctx, x));
  ctx.program.usesAsync = true;
  switch (name) {
    case "all":
      return b.call(ctx.useHelper("js_gather"), a);
    case "resolve":
      return b.call(ctx.useHelper("js_resolved"), a);
    default:
      throw unsupported(node, Codes.unsupportedMember, `Promise.${name}`, "use Promise.all, Promise.resolve or async functions");
  }
}

export function newPromise(ctx: TransformContext, node: ts.NewExpression): py.Expr {
  ctx.program.usesAsync = true;
  const a = (node.arguments ?? []).map((x) => transformExpr(ctx, x));
  return b.call(ctx.useHelper("JsPromise"), a);
}
