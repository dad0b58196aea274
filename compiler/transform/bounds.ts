// Reads past the end of an array or string. JavaScript gives `undefined`, Python
// raises IndexError (and counts a negative index from the end). A bounds check
// on every read would slow hot loops, so the read is bounds-safe only where the
// program looks for `undefined`: compared with undefined/null, given to `??` or
// `?.`, tested for truthiness, stored in a literal's member typed to admit it, or
// `.at()` (its type says undefined); every other
// read stays plain `xs[i]`. See docs/semantics/stdlib-collections.md.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import * as T from "./types.js";
import { isNonNegativeInt } from "./conversions.js";

const K = ts.SyntaxKind;

/** The node whose parent uses the value: `node` seen through parentheses and type assertions. */
function outermost(node: ts.Expression): ts.Expression {
  let cur = node;
  while (
    ts.isParenthesizedExpression(cur.parent) ||
    ts.isAsExpression(cur.parent) ||
    ts.isSatisfiesExpression(cur.parent) ||
    ts.isTypeAssertionExpression(cur.parent)
  )
    cur = cur.parent;
  return cur;
}

function isNullishLiteral(node: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  return node.kind === K.NullKeyword || ts.isVoidExpression(node) || (ts.isIdentifier(node) && node.text === "undefined");
}

/** Whether the program looks at the value of `node` for `undefined` (so a read past the end must give None). */
export function looksForUndefined(ctx: TransformContext, node: ts.Expression): boolean {
  const cur = outermost(node);
  const p = cur.parent;
  if (ts.isNonNullExpression(p)) return false; // `xs[i]!`: the program says it is there
  if (ts.isBinaryExpression(p)) {
    switch (p.operatorToken.kind) {
      case K.QuestionQuestionToken:
        return p.left === cur;
      case K.AmpersandAmpersandToken:
      case K.BarBarToken:
        return true;
      case K.EqualsEqualsEqualsToken:
      case K.EqualsEqualsToken:
      case K.ExclamationEqualsEqualsToken:
      case K.ExclamationEqualsToken: {
        const other = p.left === cur ? p.right : p.left;
        return isNullishLiteral(other) || T.isNullable(ctx.checker.getTypeAtLocation(other));
      }
    }
    return false;
  }
  if (ts.isPrefixUnaryExpression(p)) return p.operator === K.ExclamationToken;
  if (ts.isTypeOfExpression(p)) return true;
  if (ts.isIfStatement(p) || ts.isWhileStatement(p) || ts.isDoStatement(p)) return p.expression === cur;
  if (ts.isForStatement(p)) return p.condition === cur;
  if (ts.isConditionalExpression(p)) return p.condition === cur;
  if (ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p) || ts.isCallExpression(p))
    return p.expression === cur && !!p.questionDotToken;
  // stored in an object or array literal where the declared type admits undefined or is any:
  // `{ value: xs[i], done }` of an iterator's result, `{ last: xs[n] }` for a field `last?: T`
  if ((ts.isPropertyAssignment(p) && p.initializer === cur) || ts.isArrayLiteralExpression(p)) {
    const ct = ctx.checker.getContextualType(cur);
    if (ct && (T.hasUndefined(ct) || T.isAnyLike(ct))) return true;
    // a member of a literal (or of literals nested in one) typed any has no contextual type of its own
    let literal: ts.Node | undefined = ct ? undefined : ts.isArrayLiteralExpression(p) ? p : p.parent;
    while (literal && (ts.isObjectLiteralExpression(literal) || ts.isArrayLiteralExpression(literal))) {
      const lt = ctx.checker.getContextualType(literal);
      if (lt) return T.isAnyLike(lt);
      const up: ts.Node = literal.parent;
      literal = ts.isPropertyAssignment(up) ? up.parent : up;
    }
  }
  // with noUncheckedIndexedAccess every unasserted read may be undefined, and the type says so
  return ts.isElementAccessExpression(node) && uncheckedIndexRead(ctx, node);
}

function uncheckedIndexRead(ctx: TransformContext, node: ts.ElementAccessExpression): boolean {
  if (!T.hasUndefined(ctx.checker.getTypeAtLocation(node))) return false;
  const recv = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(node.expression));
  const element = ctx.checker.getIndexTypeOfType(recv, ts.IndexKind.Number);
  return !!element && !T.hasUndefined(element);
}

/** The integer value of a literal index (`3`, `-1`), if it is one. */
export function literalIndex(node: ts.Expression | undefined): number | undefined {
  if (!node) return undefined;
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  let sign = 1;
  if (ts.isPrefixUnaryExpression(node) && node.operator === K.MinusToken) {
    sign = -1;
    node = node.operand;
  }
  if (!ts.isNumericLiteral(node)) return undefined;
  const n = sign * Number(node.text);
  return Number.isInteger(n) ? n : undefined;
}

/**
 * The value of a number written as a constant (`3`, `-1.5`, `NaN`, `-Infinity`), if it is one.
 * JavaScript converts such an index or count by rules Python's int() does not follow (NaN is 0
 * for charCodeAt/padEnd, a missing property for `s[NaN]`): constants are converted at compile time.
 */
export function constantNumber(ctx: TransformContext, node: ts.Expression | undefined): number | undefined {
  if (!node) return undefined;
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  if (ts.isPrefixUnaryExpression(node) && (node.operator === K.MinusToken || node.operator === K.PlusToken)) {
    const v = constantNumber(ctx, node.operand);
    return v === undefined ? undefined : node.operator === K.MinusToken ? -v : v;
  }
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isIdentifier(node) && (node.text === "NaN" || node.text === "Infinity")) {
    // the global, not a local of that name
    const decl = ctx.checker.getSymbolAtLocation(node)?.declarations?.[0];
    if (decl && decl.getSourceFile().isDeclarationFile) return node.text === "NaN" ? NaN : Infinity;
  }
  return undefined;
}

/** A literal index below a tuple's required length: always there. */
export function withinTuple(ctx: TransformContext, recv: ts.Expression, index: ts.Expression): boolean {
  const n = literalIndex(index);
  const t = ctx.checker.getTypeAtLocation(recv);
  if (n === undefined || n < 0 || t.isUnion() || !ctx.checker.isTupleType(t)) return false;
  return n < (t as ts.TupleTypeReference).target.minLength;
}

/** Whether `node` is in a function literal handed to a call (a callback that may become a comprehension, where a walrus cannot be). */
export function inCallback(node: ts.Node): boolean {
  const fn = ts.findAncestor(node.parent, ts.isFunctionLike);
  return !!fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isCallOrNewExpression(fn.parent);
}

/** `e` for its first use (binding a temporary when not simple) and for its later uses. */
export function bindOnce(ctx: TransformContext, e: py.Expr): [py.Expr, py.Expr] {
  if (b.isSimple(e)) return [e, e];
  const t = ctx.temp();
  return [{ kind: "NamedExpr", target: t, value: e }, b.name(t)];
}

/**
 * `obj[key]`, or None when JavaScript's index `keyNode` is outside the list or string:
 * `xs[i] if i < len(xs) else None`. With `fromEnd` (`.at()`) a negative index counts
 * from the end as in Python; otherwise a negative index is past the start (undefined).
 * The object is evaluated before the key, each once.
 */
export function boundedIndex(
  ctx: TransformContext,
  obj: py.Expr,
  key: py.Expr,
  keyNode: ts.Expression | undefined,
  recvNode: ts.Expression,
  fromEnd = false,
): py.Expr {
  const n = literalIndex(keyNode) ?? (key.kind === "Constant" && Number.isInteger(key.value) ? (key.value as number) : undefined);
  const len = (x: py.Expr) => b.call("len", [x]);
  if (n !== undefined && n < 0 && !fromEnd) {
    // JavaScript has no negative indexes: xs[-1] is the (missing) property "-1"
    ctx.once(obj);
    return b.none();
  }
  const [o1, o] = bindOnce(ctx, obj);
  if (n !== undefined) {
    // xs[2]: 2 < len(xs); xs.at(-2): len(xs) > 1
    const test = n >= 0 ? b.cmp(len(o1), ">", b.num(n)) : b.cmp(len(o1), ">", b.num(-n - 1));
    return marked(ctx, recvNode, b.ifExp(test, b.sub(o, b.num(n)), b.none()));
  }
  const nonNegative = !!keyNode && isNonNegativeInt(ctx, keyNode);
  let test: py.Expr;
  let k: py.Expr;
  if (b.isSimple(obj)) {
    // i < len(xs)  /  0 <= i and i < len(xs)  /  -len(xs) <= i and i < len(xs)
    const [k1, k2] = bindOnce(ctx, key);
    k = k2;
    if (nonNegative) test = b.cmp(k1, "<", len(o));
    else test = b.and(b.cmp(fromEnd ? b.neg(len(o)) : b.num(0), "<=", k1), b.cmp(k2, "<", len(o)));
  } else {
    // the object first: len(t := f()) > i [and i >= 0]
    const [k1, k2] = bindOnce(ctx, key);
    k = k2;
    test = b.cmp(len(o1), ">", k1);
    if (!nonNegative) test = b.and(test, b.cmp(k2, ">=", fromEnd ? b.neg(len(o)) : b.num(0)));
  }
  return marked(ctx, recvNode, b.ifExp(test, b.sub(o, k), b.none()));
}

/** Bounds-checked reads of lists whose elements are never None: their None means "past the end". */
const nonNullReads = new WeakSet<py.Expr>();

function marked(ctx: TransformContext, recvNode: ts.Expression, read: py.IfExp): py.IfExp {
  const recv = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(recvNode));
  const element = ctx.checker.getIndexTypeOfType(recv, ts.IndexKind.Number);
  // a regex match types its groups as strings, but an unmatched group is undefined
  const match = ["RegExpExecArray", "RegExpMatchArray"].includes(T.libTypeName(recv) ?? "");
  if (element && !T.isNullable(element) && !match) nonNullReads.add(read);
  return read;
}

/** `xs[i] ?? d` with the bounds-checked read `read`: `xs[i] if i < len(xs) else d` when elements are never None. */
export function nullishDefault(read: py.Expr, d: py.Expr): py.Expr | undefined {
  return read.kind === "IfExp" && nonNullReads.has(read) ? { ...read, orelse: d } : undefined;
}

/** `xs.at(i)` / `s.at(i)`: undefined out of range (its type says so), unless asserted with `!`. */
export function boundedAt(ctx: TransformContext, call: ts.CallExpression, obj: py.Expr, key: py.Expr): py.Expr {
  if (ts.isNonNullExpression(outermost(call).parent)) return b.sub(obj, key);
  const recv = call.expression as ts.PropertyAccessExpression;
  return boundedIndex(ctx, obj, key, call.arguments[0], recv.expression, true);
}

/**
 * A read that gives undefined for a missing element or key although its checker
 * type does not say so: an index of a list or string, or a key only an index
 * signature declares (`counts[k]` on a Record, a dict `.get`).
 */
export function isUncheckedRead(ctx: TransformContext, node: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  if (!ts.isElementAccessExpression(node) && !ts.isPropertyAccessExpression(node)) return false;
  if (T.hasUndefined(ctx.checker.getTypeAtLocation(node))) return false;
  const t = ctx.checker.getTypeAtLocation(node.expression);
  if (ts.isElementAccessExpression(node)) {
    const sequence = T.isArray(ctx.checker, t, true) || T.isString(t, true) || T.isBoardSequence(ctx.checker, t);
    if (sequence) return !withinTuple(ctx, node.expression, node.argumentExpression);
  } else if (T.isArray(ctx.checker, t, true) || T.isString(t, true)) return false;
  // a member no declaration names: an index signature's (a Record's) key
  const recv = ctx.checker.getNonNullableType(t);
  if (ctx.checker.getIndexInfosOfType(recv).length === 0) return false;
  const arg = ts.isElementAccessExpression(node) ? node.argumentExpression : undefined;
  const name = !arg
    ? (node as ts.PropertyAccessExpression).name.text
    : ts.isStringLiteralLike(arg) || ts.isNumericLiteral(arg)
      ? arg.text
      : undefined;
  // a computed key goes through the index signature; a literal one may name a declared member
  return name === undefined || !recv.getProperty(name);
}

/** Whether `node` may be undefined (or another type) where its checker type says otherwise. */
function mayBeMissing(ctx: TransformContext, node: ts.Expression): boolean {
  return isUncheckedRead(ctx, node) || pastEndWidens(ctx, node);
}

/**
 * Whether `node` may hold a value its checker type leaves out because a read past
 * the end gave undefined: `xs[i] ?? "none"` (typed as the element), `xs[i]?.name`,
 * `ok && xs[i]`, `xs[-1]`. Type-directed printing then uses the generic conversion.
 */
export function pastEndWidens(ctx: TransformContext, node: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  const t = ctx.checker.getTypeAtLocation(node);
  // xs[-1] is always undefined
  if (ts.isElementAccessExpression(node) && (literalIndex(node.argumentExpression) ?? 0) < 0) return isUncheckedRead(ctx, node);
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === K.QuestionQuestionToken)
      return mayBeMissing(ctx, node.left) && !ctx.checker.isTypeAssignableTo(ctx.checker.getTypeAtLocation(node.right), t);
    if (T.hasUndefined(t)) return false;
    if (op === K.AmpersandAmpersandToken) return mayBeMissing(ctx, node.left) || mayBeMissing(ctx, node.right);
    if (op === K.BarBarToken) return mayBeMissing(ctx, node.right);
    return false;
  }
  if (!ts.isOptionalChain(node) || T.hasUndefined(t)) return false;
  // the chain's `?.` links: is one of them taken from a possibly missing element?
  let cur: ts.Expression = node;
  while (
    ts.isPropertyAccessExpression(cur) ||
    ts.isElementAccessExpression(cur) ||
    ts.isCallExpression(cur) ||
    ts.isNonNullExpression(cur)
  ) {
    if (!ts.isNonNullExpression(cur) && cur.questionDotToken && mayBeMissing(ctx, cur.expression)) return true;
    cur = cur.expression;
  }
  return false;
}
