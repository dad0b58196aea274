// Static getters. MicroPython has no metaclasses, so a class-level `property` cannot run on
// `C.x`; a static getter becomes the classmethod `_get_x` and every read `C.x` (or `D.x`
// through a subclass, or `this.x` in a static method) the call `C._get_x()`. Static setters
// stay refused: a write `C.x = v` would have to become a call at every assignment form.
import { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { attrName } from "./access.js";

const isStatic = (m: ts.Node) => (ts.getCombinedModifierFlags(m as ts.Declaration) & ts.ModifierFlags.Static) !== 0;

/** `C.x` where `x` is a static getter of C or of a base class: `C._get_x()`. */
export function staticGetterRead(ctx: TransformContext, node: ts.PropertyAccessExpression): py.Expr | undefined {
  if (node.questionDotToken) return undefined;
  const sym = ctx.checker.getSymbolAtLocation(node.name);
  if (!sym || !(sym.flags & ts.SymbolFlags.GetAccessor)) return undefined;
  const getter = sym.declarations?.find((d) => ts.isGetAccessorDeclaration(d) && isStatic(d));
  if (!getter) return undefined;
  const name = ts.isPrivateIdentifier(node.name) ? node.name.text : node.name.text;
  return b.call(b.attr(transformExpr(ctx, node.expression), "_get_" + attrName(name)), []);
}
