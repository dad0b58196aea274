// Properties on functions (`function f() {}; f.count = 0`, or a value of type
// `{ (s: string): string; label: string }`). A Python function takes no
// attributes on MicroPython, so such a function is made a JsFn (a callable
// object of the runtime) where it is defined, and its properties are attributes.
// Functions without properties stay plain defs.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import * as T from "./types.js";

/** A user-declared callable type with properties of its own (not Function's, not a library constructor's). */
export function hasFunctionProps(t: ts.Type | undefined): boolean {
  if (!t) return false;
  return (t.isUnion() ? t.types : [t]).some((p) => {
    if (p.getCallSignatures().length === 0 || p.getConstructSignatures().length > 0) return false;
    const props = p.getProperties();
    return (
      props.length > 0 &&
      props.every((s) => {
        const d = s.valueDeclaration ?? s.declarations?.[0];
        return !!d && !d.getSourceFile().isDeclarationFile && !T.isFromLib(d);
      })
    );
  });
}

/** `f.prop` where `f` is such a function: an attribute of the JsFn. */
export function isFunctionPropAccess(ctx: TransformContext, access: ts.PropertyAccessExpression | ts.ElementAccessExpression): boolean {
  if (!ts.isPropertyAccessExpression(access)) return false;
  return hasFunctionProps(ctx.checker.getTypeAtLocation(access.expression));
}

function outer(n: ts.Node): ts.Node {
  while (
    ts.isParenthesizedExpression(n.parent) ||
    ts.isAsExpression(n.parent) ||
    ts.isNonNullExpression(n.parent) ||
    ts.isSatisfiesExpression(n.parent)
  )
    n = n.parent;
  return n;
}

/** Is this function defined as a function with properties: its name's type, or the type it is given to, has them? */
export function wantsProps(ctx: TransformContext, fn: ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction): boolean {
  let nameNode: ts.Node | undefined;
  if (ts.isFunctionDeclaration(fn)) nameNode = fn.name;
  else {
    const o = outer(fn);
    if (ts.isVariableDeclaration(o.parent) && o.parent.initializer === o) nameNode = o.parent.name;
  }
  const sym = nameNode && ctx.checker.getSymbolAtLocation(nameNode);
  if (sym && hasFunctionProps(ctx.checker.getTypeOfSymbolAtLocation(sym, nameNode!))) return true;
  if (ts.isFunctionDeclaration(fn)) return false;
  // `(s => s) as Labelled`, or a value given to a parameter of such a type
  let n: ts.Node = fn;
  while (ts.isParenthesizedExpression(n.parent) || ts.isNonNullExpression(n.parent)) n = n.parent;
  if (ts.isAsExpression(n.parent) || ts.isSatisfiesExpression(n.parent)) return hasFunctionProps(ctx.checker.getTypeAtLocation(n.parent));
  return hasFunctionProps(ctx.checker.getContextualType(fn));
}

/** The function value made a JsFn when it carries properties. */
export function withProps(
  ctx: TransformContext,
  fn: ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction,
  value: py.Expr,
): py.Expr {
  return wantsProps(ctx, fn) ? b.call(ctx.useHelper("JsFn"), [value]) : value;
}
