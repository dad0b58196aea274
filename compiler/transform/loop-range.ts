// `for (let i = a; i < b; i++)` as `for i in range(a, b)`: the loop shapes that
// qualify (step, comparison, a paired `n = xs.length`) and the bounds Python gets.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { isIntExpr } from "./conversions.js";
import { someNode } from "./walk.js";
import { codeLoopIterable, elementLoop, withElementReads } from "./element-loops.js";
import { loopBody } from "./loops.js";
import { boundIsStable } from "./loop-bound.js";

/** `for (let i = a; i < b; i++)` as `for i in range(a, b)`, when nothing in the body can tell the difference. */
export function rangeLoop(ctx: TransformContext, node: ts.ForStatement): py.Stmt[] | undefined {
  const init = node.initializer;
  const cond = node.condition;
  const incr = node.incrementor;
  if (!init || !ts.isVariableDeclarationList(init) || !(init.flags & ts.NodeFlags.Let)) return undefined;
  if (!cond || !incr || !ts.isBinaryExpression(cond) || !ts.isIdentifier(cond.left)) return undefined;
  const sym = ctx.checker.getSymbolAtLocation(cond.left);
  const decl = init.declarations.find((d) => ts.isIdentifier(d.name) && ctx.checker.getSymbolAtLocation(d.name) === sym);
  if (!sym || !decl || !ts.isIdentifier(decl.name) || !decl.initializer || !isIntExpr(ctx, decl.initializer)) return undefined;
  // other declarations (`let i = 0, n = xs.length`) run first, as plain assignments
  const others = init.declarations.filter((d) => d !== decl);
  if (others.length && !othersAreConstant(ctx, others, decl, sym)) return undefined;
  let step: number | undefined;
  if (
    (ts.isPostfixUnaryExpression(incr) || ts.isPrefixUnaryExpression(incr)) &&
    ts.isIdentifier(incr.operand) &&
    ctx.checker.getSymbolAtLocation(incr.operand) === sym
  ) {
    step = incr.operator === ts.SyntaxKind.PlusPlusToken ? 1 : incr.operator === ts.SyntaxKind.MinusMinusToken ? -1 : undefined;
  } else if (
    ts.isBinaryExpression(incr) &&
    ts.isIdentifier(incr.left) &&
    ctx.checker.getSymbolAtLocation(incr.left) === sym &&
    ts.isNumericLiteral(incr.right)
  ) {
    const n = Number(incr.right.text);
    if (Number.isInteger(n) && n > 0) {
      if (incr.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) step = n;
      if (incr.operatorToken.kind === ts.SyntaxKind.MinusEqualsToken) step = -n;
    }
  }
  if (step === undefined) return undefined;
  const op = cond.operatorToken.kind;
  const up = step > 0;
  if (up && op !== ts.SyntaxKind.LessThanToken && op !== ts.SyntaxKind.LessThanEqualsToken) return undefined;
  if (!up && op !== ts.SyntaxKind.GreaterThanToken && op !== ts.SyntaxKind.GreaterThanEqualsToken) return undefined;
  // the loop variable is only written by the incrementor; the bound never changes during the loop
  const writes = ctx.scopes.writes.get(sym) ?? [];
  if (writes.length !== 2) return undefined;
  if (!isIntExpr(ctx, cond.right) || !boundIsStable(ctx, cond.right, node)) return undefined;
  if (!ctx.emitsScope(ctx.scopes.scopeOfSymbol(sym))) return undefined;
  const [pre, [start, stopExpr]] = ctx.capture(() => [transformExpr(ctx, decl.initializer!), transformExpr(ctx, cond.right)] as const);
  if (pre.length) return undefined; // keep evaluation order simple: only plain expressions
  const before: py.Stmt[] = [];
  for (const d of others) {
    const [assign] = ctx.capture(() =>
      ctx.addPreceding(b.assign(transformExpr(ctx, d.name as ts.Identifier), transformExpr(ctx, d.initializer!))),
    );
    before.push(...assign);
  }
  let stop = stopExpr;
  if (op === ts.SyntaxKind.LessThanEqualsToken) stop = plus(stop, 1);
  if (op === ts.SyntaxKind.GreaterThanEqualsToken) stop = plus(stop, -1);
  const fromZero = start.kind === "Constant" && start.value === 0;
  // for x in xs: when the index only reads the elements (element-loops.ts)
  const elementBound = others.length ? pairedLength(ctx, others, cond.right, node) : cond.right;
  const el =
    fromZero && step === 1 && op === ts.SyntaxKind.LessThanToken && elementBound ? elementLoop(ctx, node, sym, elementBound) : undefined;
  if (el) {
    const [seqPre, seq] = ctx.capture(() => transformExpr(ctx, el.sequence));
    if (!seqPre.length) {
      // the codes' iterable reads the string three times: only a name or an attribute of one
      el.codes &&= seq.kind === "Name" || (seq.kind === "Attribute" && seq.value.kind === "Name");
      const codes = el.codes ? codeLoopIterable(ctx, seq) : undefined;
      const body = withElementReads(ctx, el, () => loopBody(ctx, node.statement));
      const loop: py.Stmt = { kind: "For", target: b.name(el.name), iter: codes?.iter ?? seq, body, pos: ctx.pos(node) };
      return codes ? [{ ...codes.setup, pos: ctx.pos(node) }, loop] : [loop];
    }
  }
  const args = step === 1 ? (fromZero ? [stop] : [start, stop]) : [start, stop, b.num(step)];
  const target = transformExpr(ctx, decl.name);
  return [...before, { kind: "For", target, iter: b.call("range", args), body: loopBody(ctx, node.statement), pos: ctx.pos(node) }];
}

/**
 * `let i = 0, n = xs.length; i < n`: the length `xs.length`, when n is read nowhere
 * else (the element loop drops it) and that length cannot change during the loop.
 */
function pairedLength(
  ctx: TransformContext,
  others: ts.VariableDeclaration[],
  bound: ts.Expression,
  loop: ts.ForStatement,
): ts.Expression | undefined {
  const d = others.length === 1 ? others[0] : undefined;
  if (!d || !d.initializer || !ts.isIdentifier(d.name) || !ts.isIdentifier(bound)) return undefined;
  const n = ctx.checker.getSymbolAtLocation(d.name);
  if (!n || ctx.checker.getSymbolAtLocation(bound) !== n) return undefined;
  const refs = ctx.scopes.references.get(n) ?? [];
  if (refs.length !== 1 || !boundIsStable(ctx, d.initializer, loop)) return undefined;
  return d.initializer;
}

/** `e + n`, folded when `e` is a number (`i >= 0` stops at -1, not `0 - 1`) */
function plus(e: py.Expr, n: number): py.Expr {
  if (e.kind === "Constant" && typeof e.value === "number") return b.num(e.value + n);
  return n >= 0 ? b.bin(e, "+", b.num(n)) : b.bin(e, "-", b.num(-n));
}

/** `let i = 0, n = xs.length`: n is never written again, and nothing in the other initializers reads i. */
function othersAreConstant(ctx: TransformContext, others: ts.VariableDeclaration[], decl: ts.VariableDeclaration, sym: ts.Symbol): boolean {
  const init = decl.initializer!;
  if (!ts.isNumericLiteral(init) && !(ts.isPrefixUnaryExpression(init) && ts.isNumericLiteral(init.operand)) && !ts.isIdentifier(init))
    return false;
  return others.every((d) => {
    if (!ts.isIdentifier(d.name) || !d.initializer || mentions(ctx, d.initializer, sym)) return false;
    const s = ctx.checker.getSymbolAtLocation(d.name);
    return !!s && (ctx.scopes.writes.get(s) ?? []).length === 1;
  });
}

function mentions(ctx: TransformContext, node: ts.Node, sym: ts.Symbol): boolean {
  return someNode(node, (n) => ts.isIdentifier(n) && ctx.checker.getSymbolAtLocation(n) === sym);
}
