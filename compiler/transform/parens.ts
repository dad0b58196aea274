// Parentheses in the TypeScript tree change no value: the rules that match a shape look through them.
import { ts } from "../typescript.js";

/** `e` without the parentheses around it. */
export function skipParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}
