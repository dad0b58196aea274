// Symbol: a small runtime class (JsSymbol), emitted only when the program makes
// symbols. Symbol.iterator is Python's own hook, `__iter__`: a class method
// [Symbol.iterator]() is named so (classes.ts), and an object literal keeps its
// iterator method under that key, where js_iter (for...of, spread) finds it.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { toJsString } from "../transform/conversions.js";
import { Codes, unsupported } from "../diagnostics.js";
import * as T from "../transform/types.js";

/** The key that stands for Symbol.iterator in objects (an attribute name on class instances). */
export const iteratorKey = "__iter__";

/** `Symbol(description)` */
export function symbolCall(ctx: TransformContext, node: ts.CallExpression): py.Expr {
  const cls = ctx.useHelper("JsSymbol");
  const arg = node.arguments[0];
  if (!arg || (ts.isIdentifier(arg) && arg.text === "undefined")) return b.call(cls, []);
  const value = transformExpr(ctx, arg);
  // the description is String(arg), except that undefined leaves it undefined
  const t = ctx.checker.getTypeAtLocation(arg);
  if (T.isString(t)) return b.call(cls, [value]);
  if (T.isNullable(t)) {
    const v = ctx.once(value);
    return b.call(cls, [b.ifExp(b.cmp(v, "is", b.none()), b.none(), toJsString(ctx, arg, v))]);
  }
  return b.call(cls, [toJsString(ctx, arg, value)]);
}

/** `Symbol.for(key)`, `Symbol.keyFor(sym)` */
export function symbolStatic(ctx: TransformContext, name: string, node: ts.CallExpression): py.Expr {
  const arg = node.arguments[0];
  if (name === "for" && arg) {
    const t = ctx.checker.getTypeAtLocation(arg);
    const key = transformExpr(ctx, arg);
    return b.call(ctx.useHelper("js_symbol_for"), [T.isString(t) ? key : toJsString(ctx, arg, key)]);
  }
  if (name === "keyFor" && arg) return b.call(ctx.useHelper("js_symbol_key_for"), [transformExpr(ctx, arg)]);
  throw unsupported(node, Codes.unsupportedMember, `Symbol.${name}`, "use Symbol(description), Symbol.for(key) or Symbol.keyFor(symbol)");
}

/** A well-known symbol used as a value: `obj[Symbol.iterator]`. */
export function symbolProperty(ctx: TransformContext, node: ts.PropertyAccessExpression): py.Expr {
  if (node.name.text === "iterator") return b.str(iteratorKey);
  throw unsupported(
    node,
    Codes.unsupportedMember,
    `Symbol.${node.name.text}`,
    "use Symbol.iterator (for...of), or a method with a plain name",
  );
}
