// Two arrays compared item by item, as JavaScript programs write it (strict equality):
//   a.length === b.length && a.every((x, i) => x === b[i])   ->  a == b
//   a.length !== b.length || a.some((x, i) => x !== b[i])    ->  a != b
// Python compares sequences the same way, in C, with no generator and no call per item. Only
// where `==` on the items is JavaScript's `===`: two Uint8Arrays (bytearrays or bytes, when the
// program makes no memoryview), or two lists of strings, booleans or integers (the numeric
// analysis proves the numbers integers: NaN would equal itself in a list, which compares items
// by identity first), each array read by a name or a chain of fields that runs no getter.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { numericBits } from "./conversions.js";
import { NONINT } from "./numeric-bits.js";
import { skipParens } from "./parens.js";
import { chainMayRunAccessor } from "./accessor-names.js";
import { stableReference } from "./non-empty.js";
import { makesViews } from "../builtins/typed-arrays.js";
import * as T from "./types.js";

const K = ts.SyntaxKind;

/** The name a chain of fields starts from (`a` of `a.b.c`). */
function rootName(e: ts.Expression): string | undefined {
  e = skipParens(e);
  while (ts.isPropertyAccessExpression(e)) e = skipParens(e.expression);
  return ts.isIdentifier(e) ? e.text : undefined;
}

const same = (x: ts.Expression, y: ts.Expression) => skipParens(x).getText() === skipParens(y).getText();

/** `A.length op B.length` with op one of `ops`: [A, B]. */
function lengthComparison(e: ts.Expression, ops: ts.SyntaxKind[]): [ts.Expression, ts.Expression] | undefined {
  e = skipParens(e);
  if (!ts.isBinaryExpression(e) || !ops.includes(e.operatorToken.kind)) return undefined;
  const [l, r] = [skipParens(e.left), skipParens(e.right)];
  const isLength = (x: ts.Expression): x is ts.PropertyAccessExpression =>
    ts.isPropertyAccessExpression(x) && !x.questionDotToken && x.name.text === "length";
  return isLength(l) && isLength(r) ? [l.expression, r.expression] : undefined;
}

/** `A.method((x, i) => x op B[i])` (or `A[i] op B[i]`, either side first): [A, B], the two item reads. */
function itemwise(
  e: ts.Expression,
  method: string,
  ops: ts.SyntaxKind[],
): { walked: ts.Expression; other: ts.Expression; items: [ts.Expression, ts.Expression]; params: string[] } | undefined {
  e = skipParens(e);
  if (!ts.isCallExpression(e) || e.arguments.length !== 1 || !ts.isPropertyAccessExpression(e.expression)) return undefined;
  const callee = e.expression;
  if (callee.questionDotToken || callee.name.text !== method) return undefined;
  const fn = skipParens(e.arguments[0]);
  if (!ts.isArrowFunction(fn) || fn.parameters.length !== 2) return undefined;
  const [px, pi] = fn.parameters;
  if (!ts.isIdentifier(px.name) || !ts.isIdentifier(pi.name) || px.initializer || pi.initializer || px.dotDotDotToken || pi.dotDotDotToken)
    return undefined;
  const [x, i] = [px.name.text, pi.name.text];
  const body = ts.isBlock(fn.body) ? undefined : skipParens(fn.body);
  if (!body || !ts.isBinaryExpression(body) || !ops.includes(body.operatorToken.kind)) return undefined;
  const walked = callee.expression;
  // the walked array's item: the first parameter, or walked[i]; the other's: other[i]
  const indexed = (n: ts.Expression): ts.Expression | undefined => {
    n = skipParens(n);
    return ts.isElementAccessExpression(n) &&
      !n.questionDotToken &&
      ts.isIdentifier(skipParens(n.argumentExpression)) &&
      (skipParens(n.argumentExpression) as ts.Identifier).text === i
      ? n.expression
      : undefined;
  };
  const isOwn = (n: ts.Expression) => {
    n = skipParens(n);
    if (ts.isIdentifier(n)) return n.text === x;
    const arr = indexed(n);
    return !!arr && same(arr, walked);
  };
  for (const [own, theirs] of [
    [body.left, body.right],
    [body.right, body.left],
  ]) {
    const other = indexed(theirs);
    if (isOwn(own) && other && !same(other, walked)) return { walked, other, items: [own, theirs], params: [x, i] };
  }
  return undefined;
}

/** Whether Python's `==` on the two arrays' items is JavaScript's `===`, and both are the same kind of sequence. */
function comparable(ctx: TransformContext, a: ts.Expression, c: ts.Expression, items: [ts.Expression, ts.Expression]): boolean {
  const { checker } = ctx;
  const [ta, tc] = [checker.getTypeAtLocation(a), checker.getTypeAtLocation(c)];
  if (T.isUint8Array(ta, false) && T.isUint8Array(tc, false)) return !makesViews(ctx);
  if (!T.isArray(checker, ta) || !T.isArray(checker, tc) || T.isTuple(checker, ta) || T.isTuple(checker, tc)) return false;
  // no holes (every() skips them; == would compare them)
  const numeric = ctx.program.numeric;
  if (!numeric.arrayClass(a).complete || !numeric.arrayClass(c).complete) return false;
  // items of one kind, strings, booleans or numbers (Python's True == 1), and null or undefined but not both
  // (both are None)
  const F = ts.TypeFlags;
  const parts = (t: ts.Type) => (t.isUnion() ? t.types : [t]);
  const flags = [ta, tc].flatMap((t) => {
    const item = checker.getIndexTypeOfType(t, ts.IndexKind.Number);
    return item ? parts(item).map((p) => p.flags) : [F.Any];
  });
  const kinds = [F.StringLike, F.BooleanLike, F.NumberLike].filter((k) => flags.some((f) => f & k));
  const absent = [F.Null, F.Undefined | F.Void].filter((k) => flags.some((f) => f & k));
  if (kinds.length !== 1 || absent.length > 1 || flags.some((f) => !(f & (kinds[0] | F.Null | F.Undefined | F.Void)))) return false;
  // a number[] may be a bytearray (byte-arrays.ts): both or neither
  if (ctx.program.byteArrays.isBytes(a) !== ctx.program.byteArrays.isBytes(c)) return false;
  // numbers: integers, never NaN
  return kinds[0] !== F.NumberLike || items.every((n) => !(numericBits(ctx, n) & NONINT));
}

/** The Python of `node` (an && or ||) when it compares two arrays item by item; undefined otherwise. */
export function arrayEquality(ctx: TransformContext, node: ts.BinaryExpression): py.Expr | undefined {
  const op = node.operatorToken.kind;
  const equal = op === K.AmpersandAmpersandToken;
  if (!equal && op !== K.BarBarToken) return undefined;
  const lengths = lengthComparison(
    node.left,
    equal ? [K.EqualsEqualsEqualsToken, K.EqualsEqualsToken] : [K.ExclamationEqualsEqualsToken, K.ExclamationEqualsToken],
  );
  if (!lengths) return undefined;
  // strict equality only: `"1" == 1` is true in JavaScript, false in Python
  const walk = itemwise(node.right, equal ? "every" : "some", [equal ? K.EqualsEqualsEqualsToken : K.ExclamationEqualsEqualsToken]);
  if (!walk) return undefined;
  const { walked, other, items, params } = walk;
  // the callback's parameters must not hide either array's name
  if ([walked, other].some((e) => params.includes(rootName(e) ?? ""))) return undefined;
  const [l0, l1] = lengths;
  if (!((same(l0, walked) && same(l1, other)) || (same(l1, walked) && same(l0, other)))) return undefined;
  if (!stableReference(walked) || !stableReference(other) || chainMayRunAccessor(ctx, walked) || chainMayRunAccessor(ctx, other))
    return undefined;
  if (!comparable(ctx, walked, other, items)) return undefined;
  return b.cmp(transformExpr(ctx, walked), equal ? "==" : "!=", transformExpr(ctx, other));
}
