// Long chains without recursion: `a + b + c + ...` (each link the left operand
// of the next) and `c1 ? v1 : c2 ? v2 : ...` (each the else branch of the one
// before). Generated code writes thousands of links; tsc accepts them, and so
// must mpts, link by link in a loop rather than one stack frame per link.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { binaryLink, conditionalLink } from "./operators.js";
import { truthy } from "./conversions.js";

const K = ts.SyntaxKind;

const chainOperators = new Set([
  K.PlusToken,
  K.MinusToken,
  K.AsteriskToken,
  K.SlashToken,
  K.PercentToken,
  K.AmpersandToken,
  K.BarToken,
  K.CaretToken,
  K.LessThanLessThanToken,
  K.GreaterThanGreaterThanToken,
  K.GreaterThanGreaterThanGreaterThanToken,
  K.AmpersandAmpersandToken,
  K.BarBarToken,
  K.QuestionQuestionToken,
  K.CommaToken,
]);

/** Parentheses and type-only wrappers around `e` (not ones another transform has already replaced). */
function unwrap(ctx: TransformContext, e: ts.Expression): ts.Expression {
  while (
    !ctx.substitutions.has(e) &&
    (ts.isParenthesizedExpression(e) ||
      ts.isAsExpression(e) ||
      ts.isTypeAssertionExpression(e) ||
      ts.isNonNullExpression(e) ||
      ts.isSatisfiesExpression(e))
  )
    e = e.expression;
  return e;
}

function isChainLink(ctx: TransformContext, e: ts.Expression): e is ts.BinaryExpression {
  return ts.isBinaryExpression(e) && chainOperators.has(e.operatorToken.kind) && !ctx.substitutions.has(e);
}

/** A binary expression whose left operand is itself a link of a chain. */
export function startsChain(ctx: TransformContext, node: ts.BinaryExpression): boolean {
  return chainOperators.has(node.operatorToken.kind) && isChainLink(ctx, unwrap(ctx, node.left));
}

/** `((a op b) op c) op d`: the innermost operand first, then each link applied to the value so far, as recursion would. */
export function transformChain(ctx: TransformContext, node: ts.BinaryExpression): py.Expr {
  const links: ts.BinaryExpression[] = [node];
  for (let n = unwrap(ctx, node.left); isChainLink(ctx, n); n = unwrap(ctx, n.left)) links.push(n);
  let value = transformExpr(ctx, links[links.length - 1].left);
  for (let i = links.length - 1; i >= 0; i--) {
    value = binaryLink(ctx, links[i], value);
    if (!value.pos) value.pos = ctx.pos(links[i]);
  }
  return value;
}

/** Links from which a chain of conditionals is emitted as statements: MicroPython's jumps span at most a few thousand bytes. */
const longChain = 100;
/** Links per `if`/`elif` statement of such a chain. */
const linksPerStatement = 40;

/**
 * `c1 ? v1 : c2 ? v2 : ... : last`. Each condition and value is transformed in
 * order, each else branch inside a capture of its own (as the recursive
 * transform would nest them), and then the links are combined from the last.
 */
export function transformConditionalChain(ctx: TransformContext, node: ts.ConditionalExpression): py.Expr {
  const links: ts.ConditionalExpression[] = [node];
  for (let n = unwrap(ctx, node.whenFalse); ts.isConditionalExpression(n) && !ctx.substitutions.has(n); n = unwrap(ctx, n.whenFalse))
    links.push(n);
  const parts: { test: py.Expr; preT: py.Stmt[]; whenTrue: py.Expr; depth: number }[] = [];
  const base = ctx.captureDepth();
  try {
    for (const link of links) {
      const test = truthy(ctx, link.condition, transformExpr(ctx, link.condition));
      const [preT, whenTrue] = ctx.capture(() => transformExpr(ctx, link.whenTrue));
      // what follows is this link's else branch
      parts.push({ test, preT, whenTrue, depth: ctx.openCapture() });
    }
    let value = transformExpr(ctx, links[links.length - 1].whenFalse);
    const elsePre: py.Stmt[][] = [];
    for (let i = links.length - 1; i >= 0; i--) elsePre[i] = ctx.closeCapture(parts[i].depth);
    if (links.length >= longChain) {
      if (parts.every((p, i) => p.preT.length === 0 && elsePre[i].length === 0)) return flatChain(ctx, links, parts, value);
      return guardedChain(ctx, links, parts, elsePre, value);
    }
    // the nesting the recursive transform builds: link i's else branch is link i + 1
    for (let i = links.length - 1; i >= 0; i--) {
      const { test, preT, whenTrue } = parts[i];
      const [pre, combined] = ctx.capture(() => conditionalLink(ctx, test, preT, whenTrue, elsePre[i], value));
      value = combined;
      if (!value.pos) value.pos = ctx.pos(links[i]);
      if (i > 0) elsePre[i - 1].push(...pre);
      else ctx.addPreceding(...pre);
    }
    return value;
  } finally {
    ctx.unwindCaptures(base);
  }
}

/**
 * A long chain of pure conditionals as `if`/`elif` statements into a
 * temporary, in groups: `if _d:` runs the next group only when no condition
 * of the one before held. A nested conditional expression (or one long
 * if/elif) jumps from each value to the end of it all, and MicroPython's
 * compiler refuses jumps that long ("bytecode overflow").
 */
function flatChain(
  ctx: TransformContext,
  links: ts.ConditionalExpression[],
  parts: { test: py.Expr; whenTrue: py.Expr }[],
  last: py.Expr,
): py.Expr {
  const result = b.name(ctx.temp());
  const pending = b.name(ctx.temp("_d"));
  const groups: py.Stmt[] = [];
  for (let start = 0; start < parts.length; start += linksPerStatement) {
    const end = Math.min(start + linksPerStatement, parts.length);
    let orelse: py.Stmt[] = end === parts.length ? [b.assign(result, last)] : [b.assign(pending, b.bool(true))];
    for (let i = end - 1; i >= start; i--) {
      const branch: py.If = { ...b.ifStmt(parts[i].test, [b.assign(result, parts[i].whenTrue)], orelse), pos: ctx.pos(links[i]) };
      orelse = [branch];
    }
    if (start === 0) groups.push(b.assign(pending, b.bool(false)), ...orelse);
    else groups.push(b.ifStmt(pending, [b.assign(pending, b.bool(false)), ...orelse]));
  }
  ctx.addPreceding(...groups);
  return result;
}

/**
 * A long chain whose conditions or values need statements first: one guarded
 * `if` per link, so that nothing nests (the recursive form indents once per
 * link): each link runs, its statements first, only while no condition held.
 */
function guardedChain(
  ctx: TransformContext,
  links: ts.ConditionalExpression[],
  parts: { test: py.Expr; preT: py.Stmt[]; whenTrue: py.Expr }[],
  elsePre: py.Stmt[][],
  last: py.Expr,
): py.Expr {
  const result = b.name(ctx.temp());
  const pending = b.name(ctx.temp("_d"));
  const out: py.Stmt[] = [b.assign(pending, b.bool(true))];
  parts.forEach((p, i) => {
    const before = i === 0 ? [] : elsePre[i - 1]; // the statements of this link's condition
    const link: py.Stmt[] = [
      ...before,
      { ...b.ifStmt(p.test, [...p.preT, b.assign(result, p.whenTrue), b.assign(pending, b.bool(false))]), pos: ctx.pos(links[i]) },
    ];
    if (i === 0) out.push(...link);
    else out.push(b.ifStmt(pending, link));
  });
  out.push(b.ifStmt(pending, [...elsePre[parts.length - 1], b.assign(result, last)]));
  ctx.addPreceding(...out);
  return result;
}
