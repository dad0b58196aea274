// new Error(message) and its subclasses: classes in the runtime with JavaScript's
// `message`, `name` and string form.
import type { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { args } from "./util.js";
import { Codes, unsupported } from "../diagnostics.js";

const runtimeName: Record<string, string> = {
  Error: "Error",
  TypeError: "TypeError_",
  RangeError: "RangeError",
  SyntaxError: "SyntaxError_",
};

export function newError(ctx: TransformContext, name: string, node: ts.CallExpression | ts.NewExpression): py.Expr {
  const cls = runtimeName[name];
  if (!cls) throw unsupported(node, Codes.unsupportedGlobal, `'${name}'`, "use Error, TypeError or RangeError, or a subclass of Error");
  return b.call(ctx.useHelper(cls), args(ctx, node).slice(0, 1));
}
