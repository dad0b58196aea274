// Array sort: a list's own sort where it matches JavaScript's (strings, numbers by
// `a - b`), a stable key sort, or a merge sort with the comparator; copies made to be
// sorted become sorted().
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { inFunctionScope } from "../transform/functions.js";
import * as T from "../transform/types.js";
import { callbackExpression, inlineCallback } from "./util.js";
import { copiedFrom } from "./comprehension-sources.js";
import { comparatorKeys } from "./sort-keys.js";
import { skipParens } from "../transform/parens.js";

/** The type of an array's items. */
export function elementType(ctx: TransformContext, arrNode: ts.Expression): ts.Type | undefined {
  return ctx.checker.getIndexTypeOfType(ctx.checker.getTypeAtLocation(arrNode), ts.IndexKind.Number);
}

/**
 * `arr.sort(cmp)`: in place, the array its value (`recv` gives the receiver); a copy made
 * to be sorted by iterating is sorted() (not `xs.slice()`: `xs[:]` then sort() is twice as
 * fast in MicroPython as sorted(), which iterates).
 */
export function sortMethod(
  ctx: TransformContext,
  arrNode: ts.Expression,
  cmpNode: ts.Expression | undefined,
  recv: () => py.Expr,
): py.Expr {
  const copied = cmpNode ? undefined : freshCopyOf(ctx, arrNode, recv);
  if (copied) return copied;
  const list = recv();
  const order = ctx.program.byteArrays.isBytes(arrNode) ? undefined : inPlaceOrder(ctx, cmpNode, arrNode);
  const source = order && copiedFrom(list);
  if (order && source) return { ...b.call("sorted", [source]), keywords: order.length ? order : undefined };
  const arr = ctx.once(list);
  ctx.addPreceding(b.exprStmt(sortCall(ctx, arr, cmpNode, arrNode)));
  return arr;
}

/**
 * `[...m.keys()].sort()`, `Array.from(s).sort()` of strings: a fresh copy sorted by the
 * default comparator is `sorted(source)`, one call (`sorted(m)` for a Map's or Set's keys).
 */
function freshCopyOf(ctx: TransformContext, arrNode: ts.Expression, recv: () => py.Expr): py.Expr | undefined {
  let inner = arrNode;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  let srcNode: ts.Expression | undefined;
  if (ts.isArrayLiteralExpression(inner) && inner.elements.length === 1 && ts.isSpreadElement(inner.elements[0]))
    srcNode = inner.elements[0].expression;
  else if (ts.isCallExpression(inner) && inner.arguments.length === 1 && inner.expression.getText() === "Array.from")
    srcNode = inner.arguments[0];
  const element = srcNode ? elementType(ctx, arrNode) : undefined;
  if (!element || !T.isString(element)) return undefined;
  const copy = recv();
  const src = copiedFrom(copy);
  if (!src) {
    // not the plain copy expected: sort it in place as usual
    const arr = ctx.once(copy);
    ctx.addPreceding(b.exprStmt(b.method(arr, "sort")));
    return arr;
  }
  // a dict iterates its keys
  const keysOf =
    srcNode &&
    ts.isCallExpression(srcNode) &&
    ts.isPropertyAccessExpression(srcNode.expression) &&
    srcNode.expression.name.text === "keys" &&
    ["Map", "ReadonlyMap", "Set", "ReadonlySet"].includes(
      T.libTypeName(ctx.checker.getTypeAtLocation(srcNode.expression.expression), false) ?? "",
    );
  if (keysOf && src.kind === "Call" && src.func.kind === "Attribute" && src.func.attr === "keys" && src.args.length === 0)
    return b.call("sorted", [src.func.value]);
  return b.call("sorted", [src]);
}

/** The comparator `(a, b) => a - b` (or `b - a`) of two parameters themselves. */
function numericComparator(cmpNode: ts.Expression): { ascending: boolean } | undefined {
  const fn = inlineCallback(cmpNode);
  const body = fn && callbackExpression(fn);
  if (!fn || !body || fn.parameters.length !== 2 || !ts.isBinaryExpression(body) || body.operatorToken.kind !== ts.SyntaxKind.MinusToken)
    return undefined;
  const [p, q] = fn.parameters.map((x) => x.name.getText());
  const [left, right] = [body.left.getText(), body.right.getText()];
  if (left === p && right === q) return { ascending: true };
  if (left === q && right === p) return { ascending: false };
  return undefined;
}

/** The comparator `(a, b) => a.localeCompare(b)` (or `b` and `a` swapped) of strings: equal strings are indistinguishable too. */
function wordComparator(ctx: TransformContext, cmpNode: ts.Expression): { ascending: boolean } | undefined {
  const fn = inlineCallback(cmpNode);
  const keys = fn && comparatorKeys(ctx, fn);
  if (!keys || keys.terms.length !== 1 || keys.terms[0].numeric) return undefined;
  return ts.isIdentifier(skipParens(keys.terms[0].read)) ? { ascending: !keys.reverse } : undefined;
}

/**
 * The keywords of a Python `list.sort` that sorts as the JavaScript sort does, when one
 * does: strings without a comparator or by `a.localeCompare(b)`, numbers by `a - b` or `b - a` (equal numbers are
 * indistinguishable, so stability does not matter).
 */
function inPlaceOrder(ctx: TransformContext, cmpNode: ts.Expression | undefined, arrNode: ts.Expression): py.Keyword[] | undefined {
  if (!cmpNode) {
    const elemType = elementType(ctx, arrNode);
    return elemType && T.isString(elemType) ? [] : undefined;
  }
  const direction = numericComparator(cmpNode) ?? wordComparator(ctx, cmpNode);
  if (!direction) return undefined;
  return direction.ascending ? [] : [{ name: "reverse", value: b.bool(true) }];
}

/**
 * `(a, b) => a - b` sorts numbers with list.sort; a comparator of keys (sort-keys.ts) sorts
 * by them, stably; any other comparator runs a stable merge sort. MicroPython's own
 * list.sort is not stable.
 */
export function sortCall(ctx: TransformContext, arr: py.Expr, cmpNode: ts.Expression | undefined, arrNode: ts.Expression): py.Expr {
  const order = inPlaceOrder(ctx, cmpNode, arrNode);
  if (order) return { ...b.method(arr, "sort"), keywords: order.length ? order : undefined };
  if (!cmpNode) return b.call(ctx.useHelper("js_sort"), [arr]);
  const fn = inlineCallback(cmpNode);
  const keys = fn && comparatorKeys(ctx, fn);
  if (fn && keys) {
    // (key..., position, item) of each item, built here (no call per item); the helper sorts and unpacks
    const decorated = inFunctionScope(ctx, fn, (): py.ListComp | undefined => {
      const item = transformExpr(ctx, fn.parameters[0].name as ts.Identifier) as py.Name;
      const [pre, values] = ctx.capture(() =>
        keys.terms.map((t) => {
          const v = transformExpr(ctx, t.read);
          return t.descending && !keys.reverse ? b.neg(v) : v;
        }),
      );
      if (pre.length) return undefined;
      const position = b.name(ctx.temp("_i"));
      const order = keys.reverse ? b.neg(position) : position;
      return {
        kind: "ListComp",
        elt: b.tuple([...values, order, item]),
        target: b.tuple([position, item]),
        iter: b.call("enumerate", [arr]),
      };
    });
    if (decorated) return b.call(ctx.useHelper("js_sort_by"), [arr, decorated, ...(keys.reverse ? [b.bool(true)] : [])]);
  }
  return b.call(ctx.useHelper("js_sort_cmp"), [arr, transformExpr(ctx, cmpNode)]);
}
