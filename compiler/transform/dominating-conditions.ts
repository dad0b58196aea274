// The conditions known to hold where a node runs: the tests of the ifs, ?: and
// && / || it sits in (true on the branch it is in, false on the other), and of
// each `if (c) return;` (break, continue, throw) before it in its blocks, false
// after it. What such a condition says of a const (its sign, an array's length)
// holds at the node; the guards (numeric-guards.ts) and known lengths
// (known-length.ts) read them.
import { ts } from "../typescript.js";

const K = ts.SyntaxKind;

export interface Condition {
  cond: ts.Expression;
  /** the value `cond` had on the way to the node */
  truth: boolean;
}

/** A statement that never completes normally: return, throw, break, continue (last in a block). */
export function exits(st: ts.Statement): boolean {
  if (ts.isBlock(st)) return st.statements.length > 0 && exits(st.statements[st.statements.length - 1]);
  return ts.isReturnStatement(st) || ts.isThrowStatement(st) || ts.isBreakStatement(st) || ts.isContinueStatement(st);
}

/** The conditions around `use`, innermost first. */
export function* conditionsAt(use: ts.Node): Generator<Condition> {
  for (let child: ts.Node = use, n = use.parent; n; child = n, n = n.parent) {
    if (ts.isIfStatement(n) || ts.isConditionalExpression(n)) {
      const [yes, no] = ts.isIfStatement(n) ? [n.thenStatement, n.elseStatement] : [n.whenTrue, n.whenFalse];
      const cond = ts.isIfStatement(n) ? n.expression : n.condition;
      if (child === yes) yield { cond, truth: true };
      else if (child === no) yield { cond, truth: false };
    } else if (ts.isBinaryExpression(n) && child === n.right) {
      if (n.operatorToken.kind === K.AmpersandAmpersandToken) yield { cond: n.left, truth: true };
      else if (n.operatorToken.kind === K.BarBarToken) yield { cond: n.left, truth: false };
    } else if (ts.isBlock(n) || ts.isSourceFile(n) || ts.isCaseClause(n) || ts.isDefaultClause(n) || ts.isModuleBlock(n)) {
      // `if (q < 0) return;` earlier in the same block (not for a function declared there: hoisted, it may run before)
      if (ts.isFunctionDeclaration(child)) continue;
      for (const st of n.statements) {
        if (st === child) break;
        if (ts.isIfStatement(st) && !st.elseStatement && exits(st.thenStatement)) yield { cond: st.expression, truth: false };
      }
    }
  }
}

/**
 * The tests `cond` having the value `truth` proves, in source order: `!x` is x with the other
 * value, both sides of a true `&&` (of a false `||`) hold; any other test is itself.
 */
export function* factsOf(cond: ts.Expression, truth: boolean): Generator<Condition> {
  while (ts.isParenthesizedExpression(cond)) cond = cond.expression;
  if (ts.isPrefixUnaryExpression(cond) && cond.operator === K.ExclamationToken) return yield* factsOf(cond.operand, !truth);
  if (ts.isBinaryExpression(cond)) {
    const op = cond.operatorToken.kind;
    if ((op === K.AmpersandAmpersandToken && truth) || (op === K.BarBarToken && !truth)) {
      yield* factsOf(cond.left, truth);
      return yield* factsOf(cond.right, truth);
    }
  }
  yield { cond, truth };
}
