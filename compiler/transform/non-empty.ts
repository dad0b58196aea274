// `if (q.length > 8) q.shift()` and `while (q.length) { const x = q.pop(); ... }`: the condition
// just read proves the array is not empty, so pop/shift need no guard against Python's IndexError
// (JavaScript gives undefined). Only when the call is the first thing its branch evaluates, on the
// same reference the condition read, with no getter in between that could hand back another array.
import { ts } from "../typescript.js";
import type { TransformContext } from "./context.js";
import { constantNumber } from "./bounds.js";
import { chainMayRunAccessor } from "./accessor-names.js";
import { skipParens } from "./parens.js";

const K = ts.SyntaxKind;

/** Is `call` (`R.pop()` or `R.shift()`) reached only when R was just seen to be non-empty? */
export function guardedNonEmpty(ctx: TransformContext, call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const receiver = skipParens(callee.expression);
  if (!stableReference(receiver) || chainMayRunAccessor(ctx, receiver)) return false;
  const branch = firstStatementBranch(call);
  if (!branch) return false;
  const { owner, statement } = branch;
  const text = receiver.getText();
  if (ts.isWhileStatement(owner) && owner.statement === statement) return provesNonEmpty(ctx, owner.expression, text, true);
  if (!ts.isIfStatement(owner)) return false;
  return provesNonEmpty(ctx, owner.expression, text, owner.thenStatement === statement);
}

/** `q`, `this.q`, `a.b.q`: reading it twice with nothing between gives the same array. */
export function stableReference(e: ts.Expression): boolean {
  e = skipParens(e);
  if (ts.isIdentifier(e) || e.kind === K.ThisKeyword) return true;
  return ts.isPropertyAccessExpression(e) && !e.questionDotToken && stableReference(e.expression);
}

/** The if/while whose branch (a statement or a block) starts with the statement that evaluates `call` first. */
function firstStatementBranch(call: ts.CallExpression): { owner: ts.Node; statement: ts.Statement } | undefined {
  let e: ts.Node = call;
  while (ts.isParenthesizedExpression(e.parent) || ts.isNonNullExpression(e.parent) || ts.isAsExpression(e.parent)) e = e.parent;
  const parent = e.parent;
  let statement: ts.Statement | undefined;
  if (ts.isExpressionStatement(parent) || ts.isReturnStatement(parent)) statement = parent;
  else if (
    ts.isBinaryExpression(parent) &&
    parent.operatorToken.kind === K.EqualsToken &&
    parent.right === e &&
    ts.isIdentifier(parent.left)
  ) {
    if (ts.isExpressionStatement(parent.parent)) statement = parent.parent;
  } else if (ts.isVariableDeclaration(parent) && parent.initializer === e) {
    const list = parent.parent;
    if (ts.isVariableDeclarationList(list) && list.declarations[0] === parent && ts.isVariableStatement(list.parent))
      statement = list.parent;
  }
  if (!statement) return undefined;
  const holder = statement.parent;
  if (ts.isBlock(holder)) {
    if (holder.statements[0] !== statement) return undefined;
    return { owner: holder.parent, statement: holder };
  }
  return { owner: holder, statement };
}

/**
 * Does `cond` being truthy (`whenTrue`) or falsy prove `text.length > 0`? Truthy: `q.length`,
 * `q.length > c` (c >= 0), `q.length >= c` (c > 0), `q.length !== 0`, mirrored, or any conjunct of
 * `&&`. Falsy: `!q.length`, `q.length === 0`, `q.length < c` (c > 0), `q.length <= c` (c >= 0), or
 * any disjunct of `||`.
 */
function provesNonEmpty(ctx: TransformContext, cond: ts.Expression, text: string, whenTrue: boolean): boolean {
  cond = skipParens(cond);
  const isLength = (e: ts.Expression): boolean => {
    e = skipParens(e);
    return ts.isPropertyAccessExpression(e) && e.name.text === "length" && skipParens(e.expression).getText() === text;
  };
  if (ts.isPrefixUnaryExpression(cond) && cond.operator === K.ExclamationToken) return provesNonEmpty(ctx, cond.operand, text, !whenTrue);
  if (isLength(cond)) return whenTrue;
  if (!ts.isBinaryExpression(cond)) return false;
  let op: ts.SyntaxKind = cond.operatorToken.kind;
  if (op === K.AmpersandAmpersandToken || op === K.BarBarToken) {
    if ((op === K.AmpersandAmpersandToken) !== whenTrue) return false;
    return provesNonEmpty(ctx, cond.left, text, whenTrue) || provesNonEmpty(ctx, cond.right, text, whenTrue);
  }
  let [left, right] = [cond.left, cond.right];
  if (!isLength(left)) {
    if (!isLength(right)) return false;
    [left, right] = [right, left];
    op = mirrored.get(op) ?? op;
  }
  const c = constantNumber(ctx, right);
  if (c === undefined || Number.isNaN(c)) return false;
  if (!whenTrue) op = negated.get(op) ?? K.Unknown;
  switch (op) {
    case K.GreaterThanToken:
      return c >= 0;
    case K.GreaterThanEqualsToken:
      return c > 0;
    case K.ExclamationEqualsEqualsToken:
    case K.ExclamationEqualsToken:
      return c === 0;
    default:
      return false;
  }
}

/** `c < q.length` is `q.length > c`. */
const mirrored = new Map<ts.SyntaxKind, ts.SyntaxKind>([
  [K.LessThanToken, K.GreaterThanToken],
  [K.LessThanEqualsToken, K.GreaterThanEqualsToken],
  [K.GreaterThanToken, K.LessThanToken],
  [K.GreaterThanEqualsToken, K.LessThanEqualsToken],
]);

/** A comparison that is false, as the comparison that is then true (lengths are never NaN). */
const negated = new Map<ts.SyntaxKind, ts.SyntaxKind>([
  [K.LessThanToken, K.GreaterThanEqualsToken],
  [K.LessThanEqualsToken, K.GreaterThanToken],
  [K.EqualsEqualsEqualsToken, K.ExclamationEqualsEqualsToken],
  [K.EqualsEqualsToken, K.ExclamationEqualsToken],
  [K.GreaterThanToken, K.LessThanEqualsToken],
  [K.GreaterThanEqualsToken, K.LessThanToken],
]);
