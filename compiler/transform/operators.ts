// Operators: arithmetic and string `+` with JavaScript conversions, equality by
// type, logical operators with JavaScript truthiness, assignments and updates
// (also inside expressions), and the conditional operator.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { isIntExpr, isInt32, isNonNegativeInt, isPositiveInt, isNonNegativeNumber, isPositiveNumber, shiftFits, isNonNegativeInt32, numericBits, toJsNumber, toJsString, truthy, pythonTruthinessMatches } from "./conversions.js";
import * as T from "./types.js";
import { piecesOfOperand, stringOf } from "./string-format.js";
import { transformTypeofComparison } from "./typeof.js";
import { arrayEquality } from "./array-equality.js";
import { transformInstanceof } from "./typeof.js";
import { receiverRepresentation } from "./access.js";
import { nullishDefault, bindOnce } from "./bounds.js";
import { isIndex } from "./numeric.js";
import { assignTo } from "./assignment.js";
import { startsChain, transformChain, transformConditionalChain } from "./chains.js";
import { transformOrdered } from "./order.js";
import { onlyLow32Seen } from "./demanded-bits.js";
import { writtenBy } from "./writes.js";
import { widthOf } from "./numeric.js";
import { shiftBound } from "./numeric-bits.js";

const K = ts.SyntaxKind;

/** `node`'s value as a Python int operand for a bitwise operator. */
function intOperand(ctx: TransformContext, node: ts.Expression, e: py.Expr): py.Expr {
  return isIntExpr(ctx, node) ? e : b.call("int", [e]);
}

/** JavaScript's bitwise results are signed 32-bit; Python's integers never overflow. */
function int32(ctx: TransformContext, e: py.Expr): py.Expr {
  return b.call(ctx.useHelper("js_i32"), [e]);
}

/** The operator's own expression (not a compound assignment), whose consumers see only its low 32 bits. */
function low32Only(ctx: TransformContext, resultNode: ts.Node): boolean {
  return ts.isBinaryExpression(resultNode) && !writtenBy(resultNode) && onlyLow32Seen(ctx, resultNode);
}

/** The largest value a shift count can have when the numeric analysis knows it is an integer in 0..31. */
function countBound(ctx: TransformContext, node: ts.Expression): number | undefined {
  return T.isNumber(ctx.checker.getTypeAtLocation(node)) ? shiftBound(numericBits(ctx, node)) : undefined;
}

/** JavaScript uses only the low five bits of a shift count. */
function shiftCount(ctx: TransformContext, node: ts.Expression, e: py.Expr): py.Expr {
  if (e.kind === "Constant" && typeof e.value === "number" && Number.isInteger(e.value) && e.value >= 0 && e.value < 32) return e;
  if (e.kind === "Constant" && typeof e.value === "number" && Number.isInteger(e.value)) return b.num(e.value & 31);
  // a count known to be an integer in 0..31 (`y & 7`, a loop counter below 8) is its own low five bits
  if (countBound(ctx, node) !== undefined) return e;
  return b.bin(intOperand(ctx, node, e), "&", b.num(31));
}

/** Transform sibling operands left to right (see order.ts). */
export function transformInOrder<N>(ctx: TransformContext, items: readonly N[], transform: (item: N) => py.Expr): py.Expr[] {
  return transformOrdered(ctx, items, transform);
}

function skipOuter(node: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node)) node = node.expression;
  return node;
}

function compare(ctx: TransformContext, node: ts.BinaryExpression, op: py.CmpOperator): py.Expr {
  const [l, r] = operands(ctx, node);
  return b.cmp(l, op, r);
}

function operands(ctx: TransformContext, node: ts.BinaryExpression): [py.Expr, py.Expr] {
  const [l, r] = transformInOrder(ctx, [node.left, node.right], (n) => transformExpr(ctx, n));
  return [l, r];
}

/** Apply binary operator `op` (a JavaScript token kind) to transformed operands. */
export function binaryOp(
  ctx: TransformContext,
  op: ts.SyntaxKind,
  leftNode: ts.Expression,
  left: py.Expr,
  rightNode: ts.Expression,
  right: py.Expr,
  resultNode: ts.Node,
): py.Expr {
  const lt = ctx.checker.getTypeAtLocation(leftNode);
  const rt = ctx.checker.getTypeAtLocation(rightNode);
  switch (op) {
    case K.PlusToken: {
      if (T.isString(lt) || T.isString(rt)) {
        return stringOf([...piecesOfOperand(ctx, leftNode, left), ...piecesOfOperand(ctx, rightNode, right)]);
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
      // (a zero divisor is NaN in JavaScript, an exception in Python: the divisor must be > 0, except
      // in `xs[i % xs.length]`, where JavaScript reads xs[NaN] of an empty array and Python raises)
      if (isIntExpr(ctx, leftNode) && (isPositiveInt(ctx, rightNode) || (isNonNegativeInt(ctx, rightNode) && isIndex(resultNode)))) {
        if (isNonNegativeInt(ctx, leftNode)) return b.bin(left, "%", right);
        // a negative dividend: the remainder of its magnitude, negated
        const [first, l] = bindOnce(ctx, left);
        return b.ifExp(b.cmp(first, ">=", b.num(0)), b.bin(l, "%", right), b.neg(b.bin(b.neg(l), "%", right)));
      }
      // a fraction: Python's fmod-based % is JavaScript's when the dividend is not negative
      // (nor -0, which Python makes +0) and the divisor positive (NaN and Infinity alike)
      if (isNonNegativeNumber(ctx, leftNode) && isPositiveNumber(ctx, rightNode)) return b.bin(left, "%", right);
      return b.call(ctx.useHelper("js_mod"), [left, right]);
    case K.AmpersandToken: {
      const e = b.bin(intOperand(ctx, leftNode, left), "&", intOperand(ctx, rightNode, right));
      // a mask in 0..2**31-1 keeps the result in range whatever the other side is
      if (isNonNegativeInt32(ctx, leftNode) || isNonNegativeInt32(ctx, rightNode)) return e;
      return (isInt32(ctx, leftNode) && isInt32(ctx, rightNode)) || low32Only(ctx, resultNode) ? e : int32(ctx, e);
    }
    case K.BarToken:
    case K.CaretToken: {
      const e = b.bin(intOperand(ctx, leftNode, left), op === K.BarToken ? "|" : "^", intOperand(ctx, rightNode, right));
      return (isInt32(ctx, leftNode) && isInt32(ctx, rightNode)) || low32Only(ctx, resultNode) ? e : int32(ctx, e);
    }
    case K.GreaterThanGreaterThanToken: {
      const l = intOperand(ctx, leftNode, left);
      // bits s and up of the operand, which a mask may take below its 32nd
      return b.bin(isInt32(ctx, leftNode) || onlyLow32Seen(ctx, leftNode) ? l : int32(ctx, l), ">>", shiftCount(ctx, rightNode, right));
    }
    case K.GreaterThanGreaterThanGreaterThanToken: {
      // the unsigned view: the low 32 bits as a non-negative number
      const l = intOperand(ctx, leftNode, left);
      const count = shiftCount(ctx, rightNode, right);
      // a value in 0..2**32-1 is its own unsigned view; under a mask the low bits are the same
      const unsigned = isNonNegativeInt(ctx, leftNode) && widthOf(numericBits(ctx, leftNode)) <= 32;
      if (isNonNegativeInt32(ctx, leftNode) || unsigned || onlyLow32Seen(ctx, leftNode))
        return count.kind === "Constant" && count.value === 0 ? l : b.bin(l, ">>", count);
      const u = b.bin(l, "&", b.num(0xffffffff));
      return count.kind === "Constant" && count.value === 0 ? u : b.bin(u, ">>", count);
    }
    case K.LessThanLessThanToken: {
      // JavaScript wraps to a signed 32-bit result; a narrow non-negative value shifted by a literal cannot wrap
      const count = skipOuter(rightNode);
      if (ts.isNumericLiteral(count) && shiftFits(ctx, leftNode, Number(count.text) & 31))
        return b.bin(left, "<<", b.num(Number(count.text) & 31));
      // a narrow value shifted by a count of known width cannot wrap either: `1 << (y & 7)` is below 2**8
      const most = countBound(ctx, rightNode);
      if (most !== undefined && shiftFits(ctx, leftNode, most)) return b.bin(left, "<<", right);
      // under a mask only the low bits count, and Python's unbounded << has the same low 32 bits
      if (low32Only(ctx, resultNode)) {
        return b.bin(intOperand(ctx, leftNode, left), "<<", shiftCount(ctx, rightNode, right));
      }
      return b.call(ctx.useHelper("js_shl"), [intOperand(ctx, leftNode, left), intOperand(ctx, rightNode, right)]);
    }
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

/**
 * `x === undefined` when x's type admits null but not undefined is false (and `x === null`
 * when it admits undefined but not null): null and undefined are both None, so only the
 * static type tells them apart. Decided for a variable or a declared property, whose type
 * is what it holds; any, unknown, a type parameter, a type with both, and other reads
 * (`xs[i]`, `record[k]`, which may give an undefined their type does not show) test None.
 */
function strictNullishTest(ctx: TransformContext, node: ts.BinaryExpression, other: ts.Expression): boolean | undefined {
  const op = node.operatorToken.kind;
  if (op !== K.EqualsEqualsEqualsToken && op !== K.ExclamationEqualsEqualsToken) return undefined;
  let lit = other === node.left ? node.right : node.left;
  while (ts.isParenthesizedExpression(lit)) lit = lit.expression;
  let x = other;
  while (ts.isParenthesizedExpression(x)) x = x.expression;
  if (!ts.isIdentifier(x) && !(ts.isPropertyAccessExpression(x) && !x.questionDotToken && declaredField(ctx, x))) return undefined;
  const t = ctx.checker.getTypeAtLocation(x);
  if (T.isAnyLike(t)) return undefined;
  const hasNull = T.hasNull(t);
  const hasUndef = T.hasUndefined(t);
  if (lit.kind === K.NullKeyword) return hasUndef && !hasNull ? false : undefined;
  return hasNull && !hasUndef ? false : undefined;
}

/** A property access naming a declared field (no getter, no index signature), of a variable or `this`. */
function declaredField(ctx: TransformContext, node: ts.PropertyAccessExpression): boolean {
  if (!ts.isIdentifier(node.expression) && node.expression.kind !== K.ThisKeyword) return false;
  const decl = ctx.checker.getSymbolAtLocation(node.name)?.valueDeclaration;
  return !!decl && (ts.isPropertyDeclaration(decl) || ts.isPropertySignature(decl) || ts.isParameter(decl));
}

function equality(ctx: TransformContext, node: ts.BinaryExpression, negate: boolean): py.Expr {
  const typeofCmp = transformTypeofComparison(ctx, node, negate);
  if (typeofCmp) return typeofCmp;
  if (isNullLiteral(node.right) || isNullLiteral(node.left)) {
    const other = isNullLiteral(node.right) ? node.left : node.right;
    const known = strictNullishTest(ctx, node, other);
    if (known !== undefined) return b.bool(known !== negate);
    return b.cmp(transformExpr(ctx, other), negate ? "is not" : "is", b.none());
  }
  const [left, right] = operands(ctx, node);
  const lt = ctx.checker.getTypeAtLocation(node.left);
  const rt = ctx.checker.getTypeAtLocation(node.right);
  const identity =
    (T.isObjectLike(lt, true) || T.isObjectLike(rt, true)) && !T.isAnyLike(lt) && !T.isAnyLike(rt) && !T.isBytes(lt) && !T.isBytes(rt);
  if (identity) return b.cmp(left, negate ? "is not" : "is", right);
  return b.cmp(left, negate ? "!=" : "==", right);
}

/** `a && b`, `a || b`, `a ?? b` as values. */
/** `record[k]` or `map.get(k)`: reads that compile to dict.get */
function readsDictOrMap(ctx: TransformContext, node: ts.Expression): boolean {
  node = skipOuter(node);
  if (ts.isElementAccessExpression(node)) return true;
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === "get" &&
    T.isMapType(ctx.checker.getTypeAtLocation(node.expression.expression))
  );
}

/**
 * `m.get(k)` on a Map whose values exclude undefined and null: its undefined means a
 * missing key and nothing else. Only under strictNullChecks, where get's type says
 * undefined; without them a value typed V may still be undefined.
 */
function getsDefinedMapValue(ctx: TransformContext, node: ts.Expression): boolean {
  node = skipOuter(node);
  if (!ts.isCallExpression(node) || node.arguments.length !== 1) return false;
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "get" || callee.questionDotToken) return false;
  const recv = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(callee.expression));
  const name = T.libTypeName(recv);
  if ((name !== "Map" && name !== "ReadonlyMap") || !T.hasUndefined(ctx.checker.getTypeAtLocation(node))) return false;
  const value = ctx.checker.getTypeArguments(recv as ts.TypeReference)[1];
  return !!value && !T.isNullable(value) && !T.isAnyLike(value);
}

/** A default dict.get may evaluate even when the key is there: a constant, which cannot fail or show it was evaluated. */
function isConstant(e: py.Expr): boolean {
  return e.kind === "Constant" || (e.kind === "UnaryOp" && (e.op === "-" || e.op === "+") && e.operand.kind === "Constant");
}

function isDictGet(e: py.Expr): e is py.Call {
  return e.kind === "Call" && e.func.kind === "Attribute" && e.func.attr === "get" && e.args.length === 1 && !e.keywords?.length;
}

function logical(ctx: TransformContext, node: ts.BinaryExpression, leftValue?: py.Expr): py.Expr {
  const op = node.operatorToken.kind;
  const left = leftValue ?? transformExpr(ctx, node.left);
  const [pre, right] = ctx.capture(() => transformExpr(ctx, node.right));
  if (pre.length === 0) {
    if (op !== K.QuestionQuestionToken && pythonTruthinessMatches(ctx, node.left)) {
      return op === K.AmpersandAmpersandToken ? b.and(left, right) : b.or(left, right);
    }
    // counts[k] ?? 0 on a record (m.get(k) ?? 0 on a Map) of non-null values: a missing key is the only None, so dict.get's
    // default says it (only under strictNullChecks: without them a number may be undefined)
    if (
      op === K.QuestionQuestionToken &&
      isConstant(right) &&
      isDictGet(left) &&
      ((ctx.program.strictNullChecks && readsDictOrMap(ctx, node.left) && !T.isNullable(ctx.checker.getTypeAtLocation(node.left))) ||
        getsDefinedMapValue(ctx, node.left))
    ) {
      return { ...left, args: [left.args[0], right] };
    }
    // xs[i] ?? d past the end of a list of non-null values: the bounds check's else is d
    const past = op === K.QuestionQuestionToken ? nullishDefault(left, right) : undefined;
    if (past) return past;
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
  // a long `a + b + c + ...` (or && || ?? ,): link by link, not one level of recursion per link
  if (startsChain(ctx, node)) return transformChain(ctx, node);
  const op = node.operatorToken.kind;
  switch (op) {
    case K.EqualsToken:
      return assignTo(ctx, node.left, () => transformExpr(ctx, node.right), node.right, true);
    case K.AmpersandAmpersandToken:
    case K.BarBarToken:
      return arrayEquality(ctx, node) ?? logical(ctx, node);
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
      return compare(ctx, node, "<");
    case K.LessThanEqualsToken:
      return compare(ctx, node, "<=");
    case K.GreaterThanToken:
      return compare(ctx, node, ">");
    case K.GreaterThanEqualsToken:
      return compare(ctx, node, ">=");
    case K.InKeyword: {
      const [key, obj] = operands(ctx, node);
      if (T.isArray(ctx.checker, ctx.checker.getTypeAtLocation(node.right))) {
        // an index of an element: 0 <= i < len
        const i = ctx.once(isIntExpr(ctx, node.left) ? key : b.call("int", [key]));
        return b.and(b.cmp(i, ">=", b.num(0)), b.cmp(i, "<", b.call("len", [obj])));
      }
      const rep = receiverRepresentation(ctx, node.right); // instances, dicts or either (see shapes.ts)
      // hasattr(obj, key) evaluates obj first; JavaScript evaluates the key first
      const first = () => (b.isSimple(obj) ? key : ctx.once(key));
      if (T.isClassInstance(ctx.checker.getTypeAtLocation(node.right)) || rep === "attr") return b.call("hasattr", [obj, first()]);
      if (rep === "both") return b.call(ctx.useHelper("js_has"), [obj, toJsString(ctx, node.left, first())]);
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
    return assignTo(
      ctx,
      node.left,
      (current) => binaryOp(ctx, compound, node.left, current!, node.right, transformExpr(ctx, node.right), node),
      node,
      true,
      true,
    );
  }
  const [left, right] = operands(ctx, node);
  return binaryOp(ctx, op, node.left, left, node.right, right, node);
}

/** One link of a chain (see chains.ts): `node` with its left operand already transformed to `left`. */
export function binaryLink(ctx: TransformContext, node: ts.BinaryExpression, left: py.Expr): py.Expr {
  const op = node.operatorToken.kind;
  if (op === K.AmpersandAmpersandToken || op === K.BarBarToken || op === K.QuestionQuestionToken) return logical(ctx, node, left);
  if (op === K.CommaToken) {
    if (!b.isSimple(left)) ctx.addPreceding(b.exprStmt(left));
    return transformExpr(ctx, node.right);
  }
  const [pre, right] = ctx.capture(() => transformExpr(ctx, node.right));
  // (the usual case, without the cost of weighing whether the long left side must be saved first)
  if (pre.length === 0) return binaryOp(ctx, op, node.left, left, node.right, right, node);
  const [l, r] = transformInOrder(ctx, [0, 1], (i) => {
    if (i === 0) return left;
    ctx.addPreceding(...pre);
    return right;
  });
  return binaryOp(ctx, op, node.left, l, node.right, r, node);
}

function logicalAssign(ctx: TransformContext, node: ts.BinaryExpression): py.Expr {
  // a ||= b  is  a || (a = b)
  const op = node.operatorToken.kind;
  // the target is read, maybe assigned, and is the value: its object and key are evaluated once
  let left: ts.Expression = node.left;
  while (ts.isParenthesizedExpression(left) || ts.isNonNullExpression(left)) left = left.expression;
  const parts: ts.Expression[] = [];
  if (ts.isElementAccessExpression(left)) parts.push(left.expression, left.argumentExpression);
  else if (ts.isPropertyAccessExpression(left)) parts.push(left.expression);
  for (const p of parts) ctx.substitutions.set(p, ctx.once(transformExpr(ctx, p)));
  try {
    return logicalAssignOnce(ctx, node, op);
  } finally {
    for (const p of parts) ctx.substitutions.delete(p);
  }
}

function logicalAssignOnce(ctx: TransformContext, node: ts.BinaryExpression, op: ts.SyntaxKind): py.Expr {
  const read = transformExpr(ctx, node.left);
  const current = ctx.once(read);
  let test: py.Expr;
  if (op === K.QuestionQuestionEqualsToken) test = b.cmp(current, "is", b.none());
  else {
    const cond = truthy(ctx, node.left, current);
    test = op === K.AmpersandAmpersandEqualsToken ? cond : b.not(cond);
  }
  // a value that is used, of a target read into a temporary (`(groups[k] ??= []).push(x)`): the
  // temporary takes the value assigned, which is the expression's value in JavaScript, and the
  // target is not read again (`_t = []`, `groups[k] = _t`)
  let outer: ts.Node = node;
  while (ts.isParenthesizedExpression(outer.parent)) outer = outer.parent;
  const keep = current !== read && current.kind === "Name" && !ts.isExpressionStatement(outer.parent);
  const value = () => {
    const v = transformExpr(ctx, node.right);
    if (!keep) return v;
    ctx.addPreceding(b.assign(current, v));
    return current;
  };
  const [pre, assigned] = ctx.capture(() => assignTo(ctx, node.left, value, node.right, false));
  // the assignment's target (a name, member or element) needs no reading here
  const target = b.isSimple(assigned) || assigned.kind === "Subscript" || assigned.kind === "Attribute";
  ctx.addPreceding(b.ifStmt(test, [...pre, ...(target ? [] : [b.exprStmt(assigned)])]));
  return keep ? current : transformExpr(ctx, node.left);
}

export function transformPrefixUnary(ctx: TransformContext, node: ts.PrefixUnaryExpression): py.Expr {
  switch (node.operator) {
    case K.ExclamationToken:
      return b.not(truthy(ctx, node.operand, transformExpr(ctx, node.operand)));
    case K.MinusToken: {
      const v = transformExpr(ctx, node.operand);
      if (v.kind === "Constant" && typeof v.value === "number") return b.num(-v.value);
      const t = ctx.checker.getTypeAtLocation(node.operand);
      return { kind: "UnaryOp", op: "-", operand: T.isNumber(t) ? v : toJsNumber(ctx, node.operand, v) };
    }
    case K.PlusToken: {
      const t = ctx.checker.getTypeAtLocation(node.operand);
      const v = transformExpr(ctx, node.operand);
      if (T.isNumber(t)) return v;
      return toJsNumber(ctx, node.operand, v);
    }
    case K.TildeToken: {
      const e: py.Expr = { kind: "UnaryOp", op: "~", operand: intOperand(ctx, node.operand, transformExpr(ctx, node.operand)) };
      return isInt32(ctx, node.operand) ? e : int32(ctx, e);
    }
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
  if (ts.isIdentifier(skipOuter(target)) && isIntExpr(ctx, target)) {
    // an integer's old value without a temporary: (i := i + 1) - 1
    const updated = assignTo(ctx, target, (cur) => b.bin(cur!, op, b.num(1)), node, true, true);
    return b.bin(updated, op === "+" ? "-" : "+", b.num(1));
  }
  let old: py.Expr | undefined;
  assignTo(
    ctx,
    target,
    (cur) => {
      // copy even a plain name: the assignment below changes what it holds
      old = cur!.kind === "Constant" ? cur! : b.name(ctx.temp());
      if (old !== cur) ctx.addPreceding(b.assign(old, cur!));
      return b.bin(old, op, b.num(1));
    },
    node,
    false,
    true,
  );
  return old!;
}

export function transformConditional(ctx: TransformContext, node: ts.ConditionalExpression): py.Expr {
  if (ts.isConditionalExpression(skipOuter(node.whenFalse))) return transformConditionalChain(ctx, node);
  const test = truthy(ctx, node.condition, transformExpr(ctx, node.condition));
  const [preT, whenTrue] = ctx.capture(() => transformExpr(ctx, node.whenTrue));
  const [preF, whenFalse] = ctx.capture(() => transformExpr(ctx, node.whenFalse));
  return conditionalLink(ctx, test, preT, whenTrue, preF, whenFalse);
}

/** `test ? whenTrue : whenFalse`, each branch with the statements it needs first. */
export function conditionalLink(
  ctx: TransformContext,
  test: py.Expr,
  preT: py.Stmt[],
  whenTrue: py.Expr,
  preF: py.Stmt[],
  whenFalse: py.Expr,
): py.Expr {
  if (preT.length === 0 && preF.length === 0) return b.ifExp(test, whenTrue, whenFalse);
  const t = b.name(ctx.temp());
  ctx.addPreceding(b.ifStmt(test, [...preT, b.assign(t, whenTrue)], [...preF, b.assign(t, whenFalse)]));
  return t;
}
