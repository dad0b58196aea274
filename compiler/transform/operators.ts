// Operators: arithmetic and string `+` with JavaScript conversions, equality by
// type, logical operators with JavaScript truthiness, assignments and updates
// (also inside expressions), and the conditional operator.
import { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { isIntExpr, isNonNegativeInt, toJsString, truthy, pythonTruthinessMatches } from "./conversions.js";
import * as T from "./types.js";
import { transformTypeofComparison } from "./typeof.js";
import { transformInstanceof } from "./typeof.js";
import { assignTo } from "./assignment.js";

const K = ts.SyntaxKind;

/** `node`'s value as a Python int operand for a bitwise operator. */
function intOperand(ctx: TransformContext, node: ts.Expression, e: py.Expr): py.Expr {
  return isIntExpr(ctx, node) ? e : b.call("int", [e]);
}

/** JavaScript uses only the low five bits of a shift count. */
function shiftCount(ctx: TransformContext, node: ts.Expression, e: py.Expr): py.Expr {
  if (e.kind === "Constant" && typeof e.value === "number" && Number.isInteger(e.value) && e.value >= 0 && e.value < 32) return e;
  return b.bin(intOperand(ctx, node, e), "&", b.num(31));
}

/** Apply binary operator `op` (a JavaScript token kind) to transformed operands. */
export function binaryOp(ctx: TransformContext, op: ts.SyntaxKind, leftNode: ts.Expression, left: py.Expr, rightNode: ts.Expression, right: py.Expr, resultNode: ts.Node): py.Expr {
  const lt = ctx.checker.getTypeAtLocation(leftNode);
  const rt = ctx.checker.getTypeAtLocation(rightNode);
  switch (op) {
    case K.PlusToken: {
      if (T.isString(lt) || T.isString(rt)) {
        return b.bin(toJsString(ctx, leftNode, left), "+", toJsString(ctx, rightNode, right));
      }
      if (T.isNumber(lt) && T.isNumber(rt)) return b.bin(left, "+", right);
      const resultType = ctx.checker.getTypeAtLocation(resultNode);
      if (T.isNumber(resultType)) return b.bin(left, "+", right);
      return b.call(ctx.useHelper("js_add"), [left, right]);
    }
    case K.MinusToken:
      return b.bin(left, "-", right);
    case K.AsteriskToken:
      return b.bin(left, "*", right);
    case K.SlashToken:
      return b.bin(left, "/", right);
    case K.AsteriskAsteriskToken:
      return b.bin(left, "**", right);
    case K.PercentToken:
      // Python's % takes the divisor's sign, JavaScript's the dividend's: equal when both are >= 0
      if (isNonNegativeInt(ctx, leftNode) && isNonNegativeInt(ctx, rightNode)) return b.bin(left, "%", right);
      return b.call(ctx.useHelper("js_mod"), [left, right]);
    case K.AmpersandToken:
      return b.bin(intOperand(ctx, leftNode, left), "&", intOperand(ctx, rightNode, right));
    case K.BarToken:
      return b.bin(intOperand(ctx, leftNode, left), "|", intOperand(ctx, rightNode, right));
    case K.CaretToken:
      return b.bin(intOperand(ctx, leftNode, left), "^", intOperand(ctx, rightNode, right));
    case K.GreaterThanGreaterThanToken:
      return b.bin(intOperand(ctx, leftNode, left), ">>", shiftCount(ctx, rightNode, right));
    case K.GreaterThanGreaterThanGreaterThanToken:
      return b.bin(b.bin(intOperand(ctx, leftNode, left), "&", b.num(0xffffffff)), ">>", shiftCount(ctx, rightNode, right));
    case K.LessThanLessThanToken:
      // JavaScript wraps to a signed 32-bit result
      return b.call(ctx.useHelper("js_shl"), [intOperand(ctx, leftNode, left), intOperand(ctx, rightNode, right)]);
    default:
      throw new Error("not an arithmetic operator: " + K[op]);
  }
}

const compoundToBinary = new Map<ts.SyntaxKind, ts.SyntaxKind>([
  [K.PlusEqualsToken, K.PlusToken],
  [K.MinusEqualsToken, K.MinusToken],
  [K.AsteriskEqualsToken, K.AsteriskToken],
  [K.SlashEqualsToken, K.SlashToken],
  [K.PercentEqualsToken, K.PercentToken],
  [K.AsteriskAsteriskEqualsToken, K.AsteriskAsteriskToken],
  [K.AmpersandEqualsToken, K.AmpersandToken],
  [K.BarEqualsToken, K.BarToken],
  [K.CaretEqualsToken, K.CaretToken],
  [K.LessThanLessThanEqualsToken, K.LessThanLessThanToken],
  [K.GreaterThanGreaterThanEqualsToken, K.GreaterThanGreaterThanToken],
  [K.GreaterThanGreaterThanGreaterThanEqualsToken, K.GreaterThanGreaterThanGreaterThanToken],
]);

export function compoundOperator(kind: ts.SyntaxKind): ts.SyntaxKind | undefined {
  return compoundToBinary.get(kind);
}

function isNullLiteral(node: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  return node.kind === K.NullKeyword || (ts.isIdentifier(node) && node.text === "undefined") || ts.isVoidExpression(node);
}

function equality(ctx: TransformContext, node: ts.BinaryExpression, negate: boolean): py.Expr {
  const typeofCmp = transformTypeofComparison(ctx, node, negate);
  if (typeofCmp) return typeofCmp;
  if (isNullLiteral(node.right) || isNullLiteral(node.left)) {
    const other = isNullLiteral(node.right) ? node.left : node.right;
    return b.cmp(transformExpr(ctx, other), negate ? "is not" : "is", b.none());
  }
  const left = transformExpr(ctx, node.left);
  const right = transformExpr(ctx, node.right);
  const lt = ctx.checker.getTypeAtLocation(node.left);
  const rt = ctx.checker.getTypeAtLocation(node.right);
  const identity = (T.isObjectLike(lt, true) || T.isObjectLike(rt, true)) && !T.isAnyLike(lt) && !T.isAnyLike(rt);
  if (identity) return b.cmp(left, negate ? "is not" : "is", right);
  return b.cmp(left, negate ? "!=" : "==", right);
}

/** `a && b`, `a || b`, `a ?? b` as values. */
function logical(ctx: TransformContext, node: ts.BinaryExpression): py.Expr {
  const op = node.operatorToken.kind;
  const left = transformExpr(ctx, node.left);
  const [pre, right] = ctx.capture(() => transformExpr(ctx, node.right));
  if (pre.length === 0) {
    if (op !== K.QuestionQuestionToken && pythonTruthinessMatches(ctx, node.left)) {
      return op === K.AmpersandAmpersandToken ? b.and(left, right) : b.or(left, right);
    }
    const l = ctx.once(left);
    if (op === K.QuestionQuestionToken) return b.ifExp(b.cmp(l, "is not", b.none()), l, right);
    const test = truthy(ctx, node.left, l);
    return op === K.AmpersandAmpersandToken ? b.ifExp(test, right, l) : b.ifExp(test, l, right);
  }
  // the right side needs statements: run them only when JavaScript would evaluate it
  const t = b.name(ctx.temp());
  ctx.addPreceding(b.assign(t, left));
  let test: py.Expr;
  if (op === K.QuestionQuestionToken) test = b.cmp(t, "is", b.none());
  else {
    const cond = truthy(ctx, node.left, t);
    test = op === K.AmpersandAmpersandToken ? cond : b.not(cond);
  }
  ctx.addPreceding(b.ifStmt(test, [...pre, b.assign(t, right)]));
  return t;
}

export function transformBinary(ctx: TransformContext, node: ts.BinaryExpression): py.Expr {
  const op = node.operatorToken.kind;
  switch (op) {
    case K.EqualsToken:
      return assignTo(ctx, node.left, () => transformExpr(ctx, node.right), node.right, true);
    case K.AmpersandAmpersandToken:
    case K.BarBarToken:
    case K.QuestionQuestionToken:
      return logical(ctx, node);
    case K.AmpersandAmpersandEqualsToken:
    case K.BarBarEqualsToken:
    case K.QuestionQuestionEqualsToken:
      return logicalAssign(ctx, node);
    case K.EqualsEqualsEqualsToken:
    case K.EqualsEqualsToken:
      return equality(ctx, node, false);
    case K.ExclamationEqualsEqualsToken:
    case K.ExclamationEqualsToken:
      return equality(ctx, node, true);
    case K.LessThanToken:
      return b.cmp(transformExpr(ctx, node.left), "<", transformExpr(ctx, node.right));
    case K.LessThanEqualsToken:
      return b.cmp(transformExpr(ctx, node.left), "<=", transformExpr(ctx, node.right));
    case K.GreaterThanToken:
      return b.cmp(transformExpr(ctx, node.left), ">", transformExpr(ctx, node.right));
    case K.GreaterThanEqualsToken:
      return b.cmp(transformExpr(ctx, node.left), ">=", transformExpr(ctx, node.right));
    case K.InKeyword: {
      const key = transformExpr(ctx, node.left);
      const obj = transformExpr(ctx, node.right);
      if (T.isClassInstance(ctx.checker.getTypeAtLocation(node.right))) return b.call("hasattr", [obj, key]);
      if (T.isArray(ctx.checker, ctx.checker.getTypeAtLocation(node.right))) {
        return b.cmp(b.call("int", [key]), "<", b.call("len", [obj]));
      }
      return b.cmp(toJsString(ctx, node.left, key), "in", obj);
    }
    case K.InstanceOfKeyword:
      return transformInstanceof(ctx, node);
    case K.CommaToken: {
      const left = transformExpr(ctx, node.left);
      if (!b.isSimple(left)) ctx.addPreceding(b.exprStmt(left));
      return transformExpr(ctx, node.right);
    }
  }
  const compound = compoundOperator(op);
  if (compound !== undefined) {
    return assignTo(ctx, node.left, (current) => binaryOp(ctx, compound, node.left, current!, node.right, transformExpr(ctx, node.right), node), node, true, true);
  }
  const left = transformExpr(ctx, node.left);
  const right = transformExpr(ctx, node.right);
  return binaryOp(ctx, op, node.left, left, node.right, right, node);
}

function logicalAssign(ctx: TransformContext, node: ts.BinaryExpression): py.Expr {
  // a ||= b  is  a || (a = b)
  const op = node.operatorToken.kind;
  const current = ctx.once(transformExpr(ctx, node.left));
  let test: py.Expr;
  if (op === K.QuestionQuestionEqualsToken) test = b.cmp(current, "is", b.none());
  else {
    const cond = truthy(ctx, node.left, current);
    test = op === K.AmpersandAmpersandEqualsToken ? cond : b.not(cond);
  }
  const [pre, assigned] = ctx.capture(() => assignTo(ctx, node.left, () => transformExpr(ctx, node.right), node.right, false));
  ctx.addPreceding(b.ifStmt(test, [...pre, ...(b.isSimple(assigned) ? [] : [b.exprStmt(assigned)])]));
  return transformExpr(ctx, node.left);
}

export function transformPrefixUnary(ctx: TransformContext, node: ts.PrefixUnaryExpression): py.Expr {
  switch (node.operator) {
    case K.ExclamationToken:
      return b.not(truthy(ctx, node.operand, transformExpr(ctx, node.operand)));
    case K.MinusToken: {
      const v = transformExpr(ctx, node.operand);
      if (v.kind === "Constant" && typeof v.value === "number") return b.num(-v.value);
      return { kind: "UnaryOp", op: "-", operand: v };
    }
    case K.PlusToken: {
      const t = ctx.checker.getTypeAtLocation(node.operand);
      const v = transformExpr(ctx, node.operand);
      if (T.isNumber(t)) return v;
      return b.call(ctx.useHelper("js_tonum"), [v]);
    }
    case K.TildeToken:
      return { kind: "UnaryOp", op: "~", operand: intOperand(ctx, node.operand, transformExpr(ctx, node.operand)) };
    case K.PlusPlusToken:
    case K.MinusMinusToken:
      return update(ctx, node.operand, node.operator === K.PlusPlusToken ? "+" : "-", true, node);
  }
  throw new Error("unknown prefix operator");
}

export function transformPostfixUnary(ctx: TransformContext, node: ts.PostfixUnaryExpression): py.Expr {
  return update(ctx, node.operand, node.operator === K.PlusPlusToken ? "+" : "-", false, node);
}

/** `++x` / `x++` in an expression: the new or the old value. */
function update(ctx: TransformContext, target: ts.Expression, op: "+" | "-", prefix: boolean, node: ts.Node): py.Expr {
  if (prefix) return assignTo(ctx, target, (cur) => b.bin(cur!, op, b.num(1)), node, true, true);
  let old: py.Expr | undefined;
  assignTo(ctx, target, (cur) => {
    old = ctx.once(cur!);
    return b.bin(old, op, b.num(1));
  }, node, false, true);
  return old!;
}

export function transformConditional(ctx: TransformContext, node: ts.ConditionalExpression): py.Expr {
  const test = truthy(ctx, node.condition, transformExpr(ctx, node.condition));
  const [preT, whenTrue] = ctx.capture(() => transformExpr(ctx, node.whenTrue));
  const [preF, whenFalse] = ctx.capture(() => transformExpr(ctx, node.whenFalse));
  if (preT.length === 0 && preF.length === 0) return b.ifExp(test, whenTrue, whenFalse);
  const t = b.name(ctx.temp());
  ctx.addPreceding(b.ifStmt(test, [...preT, b.assign(t, whenTrue)], [...preF, b.assign(t, whenFalse)]));
  return t;
}
