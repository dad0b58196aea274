// JavaScript globals used as values: undefined, NaN, Infinity, and the
// conversion functions when passed around (arr.map(String)).
import type { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";

export function libGlobalValue(ctx: TransformContext, id: ts.Identifier): py.Expr | undefined {
  switch (id.text) {
    case "undefined":
      return b.none();
    case "NaN":
      return b.num(NaN);
    case "Infinity":
      return b.num(Infinity);
    case "String":
      return ctx.useHelper("js_str");
    case "Number":
      return ctx.useHelper("js_tonum");
    case "Boolean":
      return ctx.useHelper("js_truthy");
    case "parseInt":
      return ctx.useHelper("js_parse_int");
    case "parseFloat":
      return ctx.useHelper("js_parse_float");
    case "Error":
      return ctx.useHelper("Error");
    case "TypeError":
      return ctx.useHelper("TypeError_");
    case "RangeError":
      return ctx.useHelper("RangeError");
    case "SyntaxError":
      return ctx.useHelper("SyntaxError_");
    case "ReferenceError":
    case "EvalError":
    case "URIError":
      return ctx.useHelper(id.text + "_");
    default:
      return undefined;
  }
}
