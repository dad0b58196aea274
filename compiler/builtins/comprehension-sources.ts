// What a callback comprehension walks, and how: `xs.filter(c).map(g)` in one walk, a copy
// `list(x)` not made when nothing in the walk could change x, and `s.split("")` walked as
// the string itself.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import type { TransformContext } from "../transform/context.js";
import * as T from "../transform/types.js";
import { changesNothing, effectsOf } from "../transform/effects.js";

const comp = (elt: py.Expr, target: py.Expr, iter: py.Expr, cond?: py.Expr): py.ListComp => ({ kind: "ListComp", elt, target, iter, cond });

/**
 * `xs.filter(c).map(g)` as one comprehension, `[g for x in xs if c]`: the items are walked
 * once and no list is made between. Only when neither part calls or assigns anything (then
 * running c and g item by item, rather than every c first, cannot be seen), and the map's
 * value does not read a name that is the filter's item.
 */
export function mapOfFilter(elt: py.Expr, target: py.Expr, iter: py.Expr): py.ListComp | undefined {
  if (iter.kind !== "ListComp" || iter.generator || !iter.cond || target.kind !== "Name") return undefined;
  const item = iter.target;
  if (item.kind !== "Name" || iter.elt.kind !== "Name" || iter.elt.id !== item.id) return undefined;
  if (!changesNothing(elt) || !changesNothing(iter.cond)) return undefined;
  if (target.id === item.id) return comp(elt, item, iter.iter, iter.cond);
  const reads = effectsOf(elt).reads;
  if (reads.has(item.id) || containsScope(elt)) return undefined;
  return comp(renamed(elt, target.id, item), item, iter.iter, iter.cond);
}

/**
 * `x` for a copy `list(x)` (Object.keys/entries, a spread, Array.from) that a comprehension
 * only walks, with `parts` that change nothing: walking x gives the same items, and the copy
 * only guards against x changing while it is walked.
 */
export function uncopied(iter: py.Expr, parts: py.Expr[]): py.Expr {
  const source = copiedFrom(iter);
  return source && parts.every(changesNothing) ? source : iter;
}

/** `x` of a copy `list(x)` (what Object.keys, a spread or Array.from make), or undefined. */
export function copiedFrom(e: py.Expr): py.Expr | undefined {
  const plain = e.kind === "Call" && e.func.kind === "Name" && e.func.id === "list" && e.args.length === 1 && !e.keywords?.length;
  return plain && e.args[0].kind !== "Starred" ? e.args[0] : undefined;
}

/** Whether `e` holds a lambda or a comprehension (whose own names a renaming must not touch). */
export function containsScope(e: py.Expr): boolean {
  let found = false;
  const visit = (n: unknown): void => {
    if (found || !n || typeof n !== "object") return;
    const k = (n as py.Expr).kind;
    if (k === "Lambda" || k === "ListComp") found = true;
    else for (const v of Object.values(n)) visit(v);
  };
  visit(e);
  return found;
}

/** `e` with every read of the name `from` reading `to` instead (a copy; `e` is left as it was). */
export function renamed(e: py.Expr, from: string, to: py.Expr): py.Expr {
  const copy = (n: unknown): unknown => {
    if (!n || typeof n !== "object") return n;
    if (Array.isArray(n)) return n.map(copy);
    if ((n as py.Expr).kind === "Name" && (n as py.Name).id === from) return to;
    return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, copy(v)]));
  };
  return copy(e) as py.Expr;
}

/** `s.split("")` of a string: its characters. */
export function splitIntoChars(ctx: TransformContext, node: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === "split" &&
    node.arguments.length === 1 &&
    ts.isStringLiteralLike(node.arguments[0]) &&
    node.arguments[0].text === "" &&
    T.isString(ctx.checker.getTypeAtLocation(node.expression.expression))
  );
}
