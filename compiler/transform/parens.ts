// Parentheses in the TypeScript tree change no value: the rules that match a shape look through them.
import { ts } from "../typescript.js";

/** `e` without the parentheses around it. */
export function skipParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

/** `e` without parentheses, `as` and `satisfies` casts and non-null marks around it: the value they all pass on. */
export function skipCasts(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e))
    e = e.expression;
  return e;
}
