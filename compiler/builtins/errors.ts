// new Error(message) and its subclasses: classes in the runtime with JavaScript's
// `message`, `name` and string form. Exceptions raised by MicroPython itself
// (OSError from a socket, ValueError from json) are Errors too: `instanceof
// Error` is true for them and `message`/`name` read through Python's own forms.
import type { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import * as T from "../transform/types.js";
import { args } from "./util.js";
import { Codes, unsupported } from "../diagnostics.js";

const runtimeName: Record<string, string> = {
  Error: "Error",
  TypeError: "TypeError_",
  RangeError: "RangeError",
  SyntaxError: "SyntaxError_",
  ReferenceError: "ReferenceError_",
  EvalError: "EvalError_",
  URIError: "URIError_",
};

/** Python exceptions that JavaScript code should see as these Error classes. */
const nativeEquivalents: Record<string, string[]> = {
  TypeError: ["TypeError"],
  SyntaxError: ["ValueError"], // json.loads raises ValueError where JSON.parse throws SyntaxError
};

export function newError(ctx: TransformContext, name: string, node: ts.CallExpression | ts.NewExpression): py.Expr {
  const cls = runtimeName[name];
  if (!cls)
    throw unsupported(
      node,
      Codes.unsupportedGlobal,
      `'${name}'`,
      "use Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError or URIError, or a subclass of Error",
    );
  return b.call(ctx.useHelper(cls), args(ctx, node).slice(0, 1));
}

/** `value instanceof Error` (or TypeError, ...): the runtime class and Python's own exceptions of that kind. */
export function errorInstanceCheck(ctx: TransformContext, name: string, value: py.Expr, node: ts.Node): py.Expr {
  if (name === "Error") return b.call("isinstance", [value, b.name("Exception")]);
  const cls = runtimeName[name];
  if (!cls)
    throw unsupported(
      node,
      Codes.unsupportedGlobal,
      `'${name}'`,
      "use Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError or URIError, or a subclass of Error",
    );
  const natives = nativeEquivalents[name] ?? [];
  const classes = [ctx.useHelper(cls), ...natives.map((n) => b.name(n))];
  return b.call("isinstance", [value, classes.length === 1 ? classes[0] : b.tuple(classes)]);
}

/** `e.message` and `e.name` of a value typed as a library Error (it may be a Python exception). */
export function errorProperty(ctx: TransformContext, node: ts.PropertyAccessExpression): py.Expr | undefined {
  const t = ctx.checker.getTypeAtLocation(node.expression);
  if (!(T.libTypeName(t) ?? "").endsWith("Error")) return undefined;
  const name = node.name.text;
  if (name === "message") return b.call("str", [transformExpr(ctx, node.expression)]);
  if (name === "name") return b.call(ctx.useHelper("js_error_name"), [transformExpr(ctx, node.expression)]);
  if (name === "stack")
    throw unsupported(node, Codes.unsupportedMember, "'stack'", "log e.message; MicroPython prints the traceback of an uncaught exception");
  return undefined;
}
