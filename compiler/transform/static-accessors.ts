// Static accessors. MicroPython has no metaclasses, so a class-level `property` cannot run on
// `C.x`; a static getter becomes the classmethod `_get_x` and every read `C.x` (or `D.x`
// through a subclass, or `this.x` in a static method) the call `C._get_x()`; a static setter is
// the classmethod `_set_x` and every write form (`=`, `+=`, `++`) calls it.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { attrName } from "./access.js";
import { Codes, unsupported } from "../diagnostics.js";

const isStatic = (m: ts.Node) => (ts.getCombinedModifierFlags(m as ts.Declaration) & ts.ModifierFlags.Static) !== 0;

/** `C.x` where `x` is a static getter of C or of a base class: `C._get_x()`. */
export function staticGetterRead(ctx: TransformContext, node: ts.PropertyAccessExpression): py.Expr | undefined {
  if (node.questionDotToken) return undefined;
  const sym = ctx.checker.getSymbolAtLocation(node.name);
  if (!sym || !(sym.flags & ts.SymbolFlags.GetAccessor)) return undefined;
  const getter = sym.declarations?.find((d) => ts.isGetAccessorDeclaration(d) && isStatic(d));
  if (!getter) return undefined;
  return b.call(b.attr(transformExpr(ctx, node.expression), "_get_" + attrName(node.name.text)), []);
}

/** `C.x = v`, `C.x += v`, `C.x++` where `x` is a static setter: `C._set_x(v)`; the value is the expression's result. */
export function staticSetterAssign(
  ctx: TransformContext,
  node: ts.PropertyAccessExpression,
  makeValue: (cur?: py.Expr) => py.Expr,
  needsCurrent: boolean,
): py.Expr | undefined {
  const sym = ctx.checker.getSymbolAtLocation(node.name);
  if (!sym || !(sym.flags & ts.SymbolFlags.SetAccessor)) return undefined;
  if (!sym.declarations?.some((d) => ts.isSetAccessorDeclaration(d) && isStatic(d))) return undefined;
  const name = attrName(node.name.text);
  const obj = ctx.once(transformExpr(ctx, node.expression));
  const hasGetter = sym.declarations.some((d) => ts.isGetAccessorDeclaration(d));
  // JavaScript reads a property with only a setter as undefined
  const current = needsCurrent ? (hasGetter ? b.call(b.attr(obj, "_get_" + name), []) : b.none()) : undefined;
  const value = ctx.once(makeValue(current));
  ctx.addPreceding(b.exprStmt(b.call(b.attr(obj, "_set_" + name), [value])));
  return value;
}

/**
 * The calls above exist only where the checker sees the class itself, so a class with static
 * accessors may be used as a value only to read members, `new` it or extend it.
 */
export function checkStaticAccessorClass(ctx: TransformContext, node: ts.ClassLikeDeclaration): void {
  const accessor = node.members.find((m) => (ts.isGetAccessorDeclaration(m) || ts.isSetAccessorDeclaration(m)) && isStatic(m));
  if (!accessor) return;
  let nameNode: ts.Node | undefined = node.name;
  if (ts.isClassExpression(node)) {
    const parent = node.parent;
    nameNode = ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) && parent.initializer === node ? parent.name : undefined;
  }
  const sym = nameNode && ctx.checker.getSymbolAtLocation(nameNode);
  if (!sym)
    throw unsupported(accessor, Codes.unsupportedMember, "A static accessor in an unnamed class", "name the class or use a static method");
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && n !== nameNode && ctx.checker.getSymbolAtLocation(n) === sym) {
      const p = n.parent;
      const ok =
        (ts.isPropertyAccessExpression(p) && p.expression === n) ||
        (ts.isNewExpression(p) && p.expression === n) ||
        ts.isExpressionWithTypeArguments(p) ||
        ts.isTypeQueryNode(p) ||
        ts.isTypeReferenceNode(p) ||
        ts.isQualifiedName(p) ||
        ts.isExportSpecifier(p);
      if (!ok) {
        throw unsupported(
          n,
          Codes.unsupportedMember,
          "A class with static accessors used as a value",
          "read its members through the class name (MicroPython has no class-level properties)",
        );
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(node.getSourceFile());
}
