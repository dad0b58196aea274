// Time from the JavaScript library: Date.now(), performance.now(), and
// new Date().toISOString() / getTime(). A Date object is not kept as a value
// (no calendar methods, time zones or parsing): other uses of Date are refused
// with the time module as the suggestion.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import * as T from "../transform/types.js";
import { Codes, unsupported } from "../diagnostics.js";

const DATE_ADVICE =
  "use Date.now() for milliseconds since 1970, new Date().toISOString() for a UTC timestamp, or time.localtime() for the calendar fields";

/** `Date.now()` and the other statics of Date. */
export function dateStatic(ctx: TransformContext, name: string, node: ts.CallExpression): py.Expr {
  if (name === "now" && node.arguments.length === 0) return b.call(ctx.useHelper("js_date_now"));
  throw unsupported(node.expression, Codes.unsupportedMember, `Date.${name}`, DATE_ADVICE);
}

/** `performance.now()`. */
export function performanceCall(ctx: TransformContext, name: string, node: ts.CallExpression): py.Expr {
  if (name === "now" && node.arguments.length === 0) return b.call(ctx.useHelper("js_perf_now"));
  throw unsupported(node.expression, Codes.unsupportedMember, `performance.${name}`, "use performance.now()");
}

/** The time of `new Date()` or `new Date(ms)` in milliseconds since 1970, if `node` is one. */
function dateTime(ctx: TransformContext, node: ts.Expression): py.Expr | undefined {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  if (!ts.isNewExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== "Date") return undefined;
  const args = node.arguments ?? [];
  if (args.length === 0) return b.call(ctx.useHelper("js_date_now"));
  if (args.length === 1 && T.isNumber(ctx.checker.getTypeAtLocation(args[0]))) return transformExpr(ctx, args[0]);
  throw unsupported(node, Codes.unsupportedMember, "new Date() of a string or of calendar fields", DATE_ADVICE);
}

/** `new Date().toISOString()`, `new Date(ms).getTime()`: the methods of a Date used where it is made. */
export function dateMethod(ctx: TransformContext, name: string, node: ts.CallExpression, callee: ts.PropertyAccessExpression): py.Expr {
  const time = dateTime(ctx, callee.expression);
  if (time && node.arguments.length === 0) {
    if (name === "toISOString" || name === "toJSON") return b.call(ctx.useHelper("js_date_iso"), [time]);
    if (name === "getTime" || name === "valueOf") return time;
  }
  throw unsupported(callee, Codes.unsupportedMember, `Date.prototype.${name} on a Date value`, DATE_ADVICE);
}

/** `new Date(...)` anywhere but as the receiver of toISOString/getTime (those are handled by dateMethod). */
export function newDate(node: ts.NewExpression): never {
  throw unsupported(node, Codes.unsupportedMember, "A Date object kept as a value", DATE_ADVICE);
}
