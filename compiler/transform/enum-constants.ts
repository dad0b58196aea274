// `E.M` of an enum declared in the program is a constant: its literal value, with no
// class attribute lookup (what a MicroPython programmer writes with const()). An enum
// the program only reads that way needs no class at all.
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

/**
 * Whether the enum declared by `node` is only ever read as constants (`E.M`, each
 * replaced by its value): a module-level enum, not exported, declared once, whose
 * members all have constant values and whose every mention outside types is `E.M`.
 * Then its class is never read, and a board need not build it.
 */
export function onlyReadAsConstants(ctx: TransformContext, node: ts.EnumDeclaration, sym: ts.Symbol): boolean {
  if (!ts.isSourceFile(node.parent) || node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return false;
  if ((sym.declarations ?? []).length !== 1) return false;
  if (node.members.some((m) => ctx.checker.getConstantValue(m) === undefined)) return false;
  let constantsOnly = true;
  const visit = (n: ts.Node): void => {
    if (!constantsOnly || ts.isTypeNode(n) || n === node) return;
    if (ts.isIdentifier(n) && n.text === node.name.text && ctx.checker.getSymbolAtLocation(n) === sym) {
      const read = n.parent;
      constantsOnly = ts.isPropertyAccessExpression(read) && read.expression === n && enumConstant(ctx, read) !== undefined;
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(node.getSourceFile());
  return constantsOnly;
}
