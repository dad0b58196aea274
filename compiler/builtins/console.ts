// console.log and friends print what Node prints: primitives as String(x),
// objects and arrays in Node's inspect style.
import { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { toJsString } from "../transform/conversions.js";
import * as T from "../transform/types.js";
import { Codes, unsupported } from "../diagnostics.js";

export function consoleCall(ctx: TransformContext, name: string, node: ts.CallExpression): py.Expr | undefined {
  if (!["log", "info", "warn", "error", "debug"].includes(name)) {
    throw unsupported(node, Codes.unsupportedMember, `console.${name}`, "use console.log");
  }
  const items = node.arguments.map((a) => {
    if (ts.isSpreadElement(a)) return b.starred(b.list([b.call(ctx.useHelper("js_inspect"), [b.name("_v")])]));
    const value = transformExpr(ctx, a);
    const t = ctx.checker.getTypeAtLocation(a);
    if (T.isPrimitive(t) && !T.isAnyLike(t)) {
      const s = toJsString(ctx, a, value);
      // print() already writes an int the way str() does
      return s.kind === "Call" && s.func.kind === "Name" && s.func.id === "str" ? s.args[0] : s;
    }
    return b.call(ctx.useHelper("js_inspect"), [value]);
  });
  if (node.arguments.some(ts.isSpreadElement)) {
    throw unsupported(node, Codes.unsupportedSyntax, "Spread arguments to console.log", "log the joined values: console.log(items.join(\" \"))");
  }
  return b.call("print", items);
}
