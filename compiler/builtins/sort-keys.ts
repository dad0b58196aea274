// A comparator that compares keys, `(a, b) => a.k - b.k`, `b.n - a.n || a.name.localeCompare(b.name)`,
// sorts as a key does: Python's native sort of (key..., position, item) tuples (js_sort_by) rather than a
// merge sort calling the comparator (js_sort_cmp). Each term of an `||` chain is one key: the same
// read of each parameter, subtracted (numbers) or compared with localeCompare (strings, by code
// point in mpts). A term that is 0 falls through to the next, as a tuple moves to its next item.
import { ts } from "../typescript.js";
import type { TransformContext } from "../transform/context.js";
import { numericBits } from "../transform/conversions.js";
import { NONINT, isBoundedFinite } from "../transform/numeric-bits.js";
import * as T from "../transform/types.js";
import { skipCasts, skipParens } from "../transform/parens.js";
import { chainMayRunAccessor } from "../transform/accessor-names.js";
import { callbackExpression } from "./util.js";

/** One key of a comparator: its read of the first parameter, and whether it sorts descending. */
export interface SortTerm {
  read: ts.Expression;
  descending: boolean;
  numeric: boolean;
}

/** The keys `fn` compares, in order, with the direction of the whole sort; undefined for any other comparator. */
export function comparatorKeys(
  ctx: TransformContext,
  fn: ts.ArrowFunction | ts.FunctionExpression,
): { terms: SortTerm[]; reverse: boolean } | undefined {
  const body = callbackExpression(fn);
  if (!body || fn.parameters.length !== 2) return undefined;
  const [p, q] = fn.parameters.map((x) => (ts.isIdentifier(x.name) ? x.name.text : ""));
  if (!p || !q || p === q) return undefined;
  const terms: SortTerm[] = [];
  for (const e of orChain(body)) {
    const term = keyTerm(ctx, e, p, q);
    if (!term) return undefined;
    terms.push(term);
  }
  // a difference with NaN is 0 to JavaScript's sort and falls through `||` to the next term, while
  // Python's sort meets a key that is neither below nor above another (and leaves its order to
  // chance); numbers that are never NaN compare the same in both
  if (terms.some((t) => t.numeric && !neverNaN(ctx, t.read))) return undefined;
  if (terms.length === 1) return { terms, reverse: terms[0].descending };
  if (terms.every((t) => t.descending)) return { terms, reverse: true };
  // mixed directions: a descending number is negated; a string cannot be
  if (terms.some((t) => t.descending && !t.numeric)) return undefined;
  return { terms, reverse: false };
}

/** `x || y || z` as [x, y, z] (parentheses looked through). */
function orChain(e: ts.Expression): ts.Expression[] {
  e = skipParens(e);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.BarBarToken) return [...orChain(e.left), ...orChain(e.right)];
  return [e];
}

function keyTerm(ctx: TransformContext, e: ts.Expression, p: string, q: string): SortTerm | undefined {
  let left: ts.Expression;
  let right: ts.Expression;
  let numeric: boolean;
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.MinusToken) {
    [left, right, numeric] = [e.left, e.right, true];
  } else if (
    ts.isCallExpression(e) &&
    ts.isPropertyAccessExpression(e.expression) &&
    !e.expression.questionDotToken &&
    e.expression.name.text === "localeCompare" &&
    e.arguments.length === 1
  ) {
    [left, right, numeric] = [e.expression.expression, e.arguments[0], false];
  } else return undefined;
  const isKeyType = (x: ts.Expression) => {
    const t = ctx.checker.getTypeAtLocation(x);
    return numeric ? T.isNumber(t) : T.isString(t);
  };
  if (!isKeyType(left) || !isKeyType(right)) return undefined;
  // a getter runs per comparison in JavaScript and once per item in a key (by name: an interface may hide one)
  if (chainMayRunAccessor(ctx, left) || chainMayRunAccessor(ctx, right)) return undefined;
  if (sameRead(left, p, right, q)) return { read: left, descending: false, numeric };
  if (sameRead(left, q, right, p)) return { read: right, descending: true, numeric };
  return undefined;
}

/** `x` reads parameter `xp` exactly as `y` reads `yp`: the parameter itself, then the same fields and literal indexes. */
function sameRead(x: ts.Expression, xp: string, y: ts.Expression, yp: string): boolean {
  x = skipParens(x);
  y = skipParens(y);
  if (ts.isIdentifier(x) && ts.isIdentifier(y)) return x.text === xp && y.text === yp;
  if (ts.isPropertyAccessExpression(x) && ts.isPropertyAccessExpression(y))
    return !x.questionDotToken && !y.questionDotToken && x.name.text === y.name.text && sameRead(x.expression, xp, y.expression, yp);
  if (ts.isElementAccessExpression(x) && ts.isElementAccessExpression(y)) {
    const [i, j] = [x.argumentExpression, y.argumentExpression];
    const literal = (a: ts.Expression) => ts.isNumericLiteral(a) || ts.isStringLiteral(a);
    return (
      !x.questionDotToken &&
      !y.questionDotToken &&
      literal(i) &&
      literal(j) &&
      i.kind === j.kind &&
      i.text === j.text &&
      sameRead(x.expression, xp, y.expression, yp)
    );
  }
  return false;
}

/** An integer, or a fraction the analysis knows finite (numeric-bits.ts): never NaN. */
function neverNaN(ctx: TransformContext, read: ts.Expression): boolean {
  const bits = numericBits(ctx, read);
  return !(bits & NONINT) || isBoundedFinite(bits);
}

/** Whether the comparator `fn` compares keys, one term the item itself or, of pairs (`[key, value]`), its `[0]`. */
export function comparesKeys(ctx: TransformContext, fn: ts.Expression, pairs: boolean): boolean {
  fn = skipCasts(fn);
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return false;
  const first = fn.parameters[0]?.name;
  if (!first || !ts.isIdentifier(first)) return false;
  const isItem = (e: ts.Expression) => ts.isIdentifier(e) && e.text === first.text;
  const isKey = (e: ts.Expression): boolean => {
    e = skipCasts(e);
    if (!pairs) return isItem(e);
    return (
      ts.isElementAccessExpression(e) &&
      ts.isNumericLiteral(e.argumentExpression) &&
      e.argumentExpression.text === "0" &&
      isItem(skipCasts(e.expression))
    );
  };
  return comparatorKeys(ctx, fn)?.terms.some((t) => isKey(t.read)) ?? false;
}
