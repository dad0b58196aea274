// A parameter that every call hands a new array nobody else holds (`median(xs.slice(i, j))`),
// read once, to copy it (`values.slice()`): the copy protects no one, so the function may use
// the argument itself, and a sort of "the copy" sorts the array the call made. Only for a
// function of this file that the program calls by name and uses in no other way (not exported,
// not passed as a value), so every call is in sight.
import { ts } from "../typescript.js";
import type { TransformContext } from "./context.js";
import { isFreshArray } from "./loop-bound.js";

/** Whether `ref`, a parameter read, is the only read of a parameter that every call hands a new array. */
export function ownsFreshArgument(ctx: TransformContext, ref: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(ref)) ref = ref.expression;
  if (!ts.isIdentifier(ref)) return false;
  const sym = ctx.checker.getSymbolAtLocation(ref);
  const param = sym?.valueDeclaration;
  if (!sym || !param || !ts.isParameter(param) || !ts.isIdentifier(param.name) || param.initializer || param.dotDotDotToken) return false;
  const fn = param.parent;
  if (!ts.isFunctionDeclaration(fn) || !fn.name || fn.getSourceFile() !== ctx.sourceFile) return false;
  if (ts.getCombinedModifierFlags(fn) & (ts.ModifierFlags.Export | ts.ModifierFlags.Default)) return false;
  const reads = ctx.scopes.references.get(sym) ?? [];
  if (reads.length !== 1 || reads[0] !== ref || (ctx.scopes.writes.get(sym)?.length ?? 0) > 1) return false;
  const index = fn.parameters.indexOf(param);
  const fnSym = ctx.checker.getSymbolAtLocation(fn.name);
  const uses = fnSym ? (ctx.scopes.references.get(fnSym) ?? []) : [];
  return (
    uses.length > 0 &&
    (ctx.scopes.writes.get(fnSym!)?.length ?? 0) <= 1 &&
    uses.every((use) => {
      const call = use.parent;
      if (!ts.isCallExpression(call) || call.expression !== use) return false;
      const args = call.arguments;
      return index < args.length && !args.slice(0, index + 1).some(ts.isSpreadElement) && isFreshArray(ctx, args[index]);
    })
  );
}
