// Which references write what they name: a syntactic test, shared by the loop
// rules and the numeric analysis (which cannot import the loop rules: they use its facts).
import { ts } from "../typescript.js";

/** Whether `n` itself (not through parentheses) is the left side of `=` or a compound assignment. */
export function isAssignmentLeft(n: ts.Node): boolean {
  const p = n.parent;
  return (
    ts.isBinaryExpression(p) &&
    p.left === n &&
    p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    p.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  );
}

/** What an assignment (`=`, `+=`, ...) or an update (`++`, `--`) expression writes, or undefined for any other. */
export function writtenBy(e: ts.Node): ts.Expression | undefined {
  if (
    ts.isBinaryExpression(e) &&
    e.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    e.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  )
    return e.left;
  if (
    (ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) &&
    (e.operator === ts.SyntaxKind.PlusPlusToken || e.operator === ts.SyntaxKind.MinusMinusToken)
  )
    return e.operand;
  return undefined;
}

/** Whether `target` (a name, or a member `o.x` / `o[k]`) is assigned, updated or destructured into. */
export function isWrite(target: ts.Expression): boolean {
  let n: ts.Node = target;
  while (ts.isParenthesizedExpression(n.parent) || ts.isNonNullExpression(n.parent) || ts.isAsExpression(n.parent)) n = n.parent;
  const p = n.parent;
  if (isAssignmentLeft(n)) return true;
  if (
    (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) &&
    (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken)
  )
    return true;
  if ((ts.isForOfStatement(p) || ts.isForInStatement(p)) && p.initializer === n) return true;
  // a target inside a destructuring assignment: [a, i] = ...
  for (let c: ts.Node = n, up = p; ; c = up, up = up.parent) {
    if (ts.isBinaryExpression(up) && up.left === c && up.operatorToken.kind === ts.SyntaxKind.EqualsToken) return c !== n;
    if ((ts.isForOfStatement(up) || ts.isForInStatement(up)) && up.initializer === c) return c !== n;
    if (!(
      ts.isArrayLiteralExpression(up) ||
      ts.isObjectLiteralExpression(up) ||
      (ts.isPropertyAssignment(up) && up.initializer === c) ||
      ts.isShorthandPropertyAssignment(up) ||
      ts.isSpreadElement(up) ||
      ts.isSpreadAssignment(up)
    ))
      return false;
  }
}
