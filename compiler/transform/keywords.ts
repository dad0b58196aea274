// Python keyword arguments. A typings parameter declared as `Kw<{ ... }>` takes
// an object literal in TypeScript and becomes keyword arguments in Python:
// `new I2C(0, { scl, sda, freq: 400000 })` -> `I2C(0, scl=scl, sda=sda, freq=400000)`.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { Codes, unsupported } from "../diagnostics.js";

/** Index of the parameter declared as `Kw<...>` in the call's resolved signature, if any. */
export function keywordParameterIndex(ctx: TransformContext, call: ts.CallExpression | ts.NewExpression): number {
  const decl = ctx.checker.getResolvedSignature(call)?.getDeclaration();
  if (!decl || !decl.getSourceFile().isDeclarationFile) return -1;
  return decl.parameters.findIndex(
    (p) => p.type && ts.isTypeReferenceNode(p.type) && ts.isIdentifier(p.type.typeName) && p.type.typeName.text === "Kw",
  );
}

/** The keywords for the argument given to a `Kw<...>` parameter. */
export function keywordArguments(ctx: TransformContext, arg: ts.Expression): py.Keyword[] {
  while (ts.isParenthesizedExpression(arg) || ts.isAsExpression(arg) || ts.isSatisfiesExpression(arg)) arg = arg.expression;
  if (!ts.isObjectLiteralExpression(arg)) return [{ name: null, value: transformExpr(ctx, arg) }];
  const out: py.Keyword[] = [];
  for (const prop of arg.properties) {
    if (ts.isSpreadAssignment(prop)) out.push({ name: null, value: transformExpr(ctx, prop.expression) });
    else if (ts.isPropertyAssignment(prop) && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))) {
      out.push({ name: prop.name.text, value: transformExpr(ctx, prop.initializer) });
    } else if (ts.isShorthandPropertyAssignment(prop)) out.push({ name: prop.name.text, value: transformExpr(ctx, prop.name) });
    else throw unsupported(prop, Codes.unsupportedSyntax, "This keyword argument", "write name: value");
  }
  return out;
}

/** Call `func` with `args`, turning a `Kw<...>` argument into keywords. */
export function callWithKeywords(
  ctx: TransformContext,
  node: ts.CallExpression | ts.NewExpression,
  func: py.Expr,
  transformArgs: (args: readonly ts.Expression[]) => py.Expr[],
): py.Call {
  const args = node.arguments ?? [];
  const k = keywordParameterIndex(ctx, node);
  if (k < 0 || k >= args.length || args.slice(0, k + 1).some(ts.isSpreadElement)) return b.call(func, transformArgs(args));
  const positional = transformArgs(args.slice(0, k));
  const keywords = keywordArguments(ctx, args[k]);
  return b.call(func, positional, keywords);
}
