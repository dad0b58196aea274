// `E.M` of an enum declared in the program is a constant: its literal value, with no
// class attribute lookup (what a MicroPython programmer writes with const()).
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";

/** `a.b.c` of names only: reading it has no effect, so its value can replace it. */
function isEntityName(node: ts.Expression): boolean {
  return ts.isIdentifier(node) || (ts.isPropertyAccessExpression(node) && isEntityName(node.expression));
}

export function enumConstant(ctx: TransformContext, node: ts.PropertyAccessExpression): py.Expr | undefined {
  if (!isEntityName(node.expression)) return undefined;
  const sym = ctx.checker.getSymbolAtLocation(node.name);
  if (!sym || !(sym.flags & ts.SymbolFlags.EnumMember)) return undefined;
  const decl = sym.valueDeclaration;
  if (!decl || !ts.isEnumMember(decl)) return undefined;
  // an ambient enum's values are the board's, which its typings only describe
  const en = decl.parent;
  if (en.getSourceFile().isDeclarationFile || en.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) return undefined;
  const value = ctx.checker.getConstantValue(decl);
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0) ? b.num(value) : undefined;
  return typeof value === "string" ? b.str(value) : undefined;
}
