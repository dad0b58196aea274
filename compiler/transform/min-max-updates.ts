// Running minimums and maximums as a careful programmer writes them: the statement
// `low = Math.min(low, v)` is `if v < low: low = v`, with no call and no store when the
// value stays. Math.min/max of two values are Python's min/max (numbers.md), and
// Python's min(t, v) is t unless v < t (max: unless v > t), NaN included, so the two
// forms give the same value; the store they skip writes back what is already there.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { assignTo } from "./assignment.js";
import { libNamespace } from "../builtins/util.js";
import { skipParens } from "./parens.js";
import { isPlainRead } from "./conversions.js";

/** `t = Math.min(t, v)` / `Math.max` as a statement, written as an `if`; undefined when it is not one. */
export function minMaxUpdate(ctx: TransformContext, expr: ts.BinaryExpression): py.Stmt[] | undefined {
  const call = skipParens(expr.right);
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return undefined;
  const name = call.expression.name.text;
  if ((name !== "min" && name !== "max") || libNamespace(ctx, call.expression.expression) !== "Math") return undefined;
  const [first, second, ...more] = call.arguments;
  if (!first || !second || more.length || ts.isSpreadElement(first) || ts.isSpreadElement(second)) return undefined;
  if (!sameLocation(expr.left, first) || !isDataLocation(ctx, expr.left)) return undefined;
  const [stmts] = ctx.capture(() => assignTo(ctx, expr.left, () => transformExpr(ctx, call), call, false));
  const update = asIf(stmts, name === "min" ? "<" : ">");
  return update ? [update] : stmts;
}

/** The one store `t = min(t, v)` (or the conditional it is written as) as `if v < t: t = v`. */
function asIf(stmts: py.Stmt[], op: "<" | ">"): py.Stmt | undefined {
  const [s, ...more] = stmts;
  if (!s || more.length || s.kind !== "Assign" || s.targets.length !== 1) return undefined;
  const target = s.targets[0];
  if (!isPlainLocation(target)) return undefined;
  const value = s.value;
  let current: py.Expr | undefined;
  let candidate: py.Expr | undefined;
  if (
    value.kind === "Call" &&
    value.func.kind === "Name" &&
    value.func.id === (op === "<" ? "min" : "max") &&
    value.args.length === 2 &&
    !value.keywords?.length
  )
    [current, candidate] = value.args;
  // `v if v < t else t`, as math.ts writes min(t, v) of two plain reads
  else if (
    value.kind === "IfExp" &&
    value.test.kind === "Compare" &&
    value.test.op === op &&
    same(value.test.left, value.body) &&
    same(value.test.right, value.orelse)
  )
    [current, candidate] = [value.orelse, value.body];
  if (!current || !candidate || !same(current, target) || !isPlainRead(candidate)) return undefined;
  return b.withPos(b.ifStmt(b.cmp(candidate, op, current), [b.assign(target, candidate)]), s.pos);
}

/** The same variable or property chain written twice (`st.min` and `st.min`, `this.low` and `this.low`). */
function sameLocation(a: ts.Expression, b2: ts.Expression): boolean {
  a = skipParens(a);
  b2 = skipParens(b2);
  if (ts.isIdentifier(a) && ts.isIdentifier(b2)) return a.text === b2.text;
  if (a.kind === ts.SyntaxKind.ThisKeyword) return b2.kind === ts.SyntaxKind.ThisKeyword;
  if (ts.isPropertyAccessExpression(a) && ts.isPropertyAccessExpression(b2))
    return !a.questionDotToken && !b2.questionDotToken && a.name.text === b2.name.text && sameLocation(a.expression, b2.expression);
  return false;
}

/** A variable, or a property chain of data properties (a getter or setter would see the skipped store and the second read). */
function isDataLocation(ctx: TransformContext, e: ts.Expression): boolean {
  e = skipParens(e);
  if (ts.isIdentifier(e) || e.kind === ts.SyntaxKind.ThisKeyword) return true;
  if (!ts.isPropertyAccessExpression(e)) return false;
  const decls = ctx.checker.getSymbolAtLocation(e.name)?.declarations ?? [];
  const data =
    decls.length > 0 &&
    decls.every(
      (d) =>
        ts.isPropertyDeclaration(d) ||
        ts.isPropertySignature(d) ||
        ts.isParameter(d) ||
        ts.isPropertyAssignment(d) ||
        ts.isShorthandPropertyAssignment(d),
    );
  return data && isDataLocation(ctx, e.expression);
}

/** A name, or an attribute or item of plain locations by a name or a constant: reading and storing it runs nothing else. */
function isPlainLocation(e: py.Expr): boolean {
  if (e.kind === "Name") return true;
  if (e.kind === "Attribute") return isPlainLocation(e.value);
  return e.kind === "Subscript" && e.index.kind !== "Slice" && b.isSimple(e.index) && isPlainLocation(e.value);
}

/** Structural equality of two Python expressions (source positions aside). */
function same(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== "object" || typeof y !== "object" || !x || !y) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const kx = Object.keys(x).filter((k) => k !== "pos" && (x as Record<string, unknown>)[k] !== undefined);
  const ky = Object.keys(y).filter((k) => k !== "pos" && (y as Record<string, unknown>)[k] !== undefined);
  return kx.length === ky.length && kx.every((k) => same((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]));
}
