// JavaScript evaluates operands left to right, always. Two things can break
// that in the emitted Python, and both are repaired here, as TypeScriptToLua
// does with its "preceding statements":
//  - a later operand needs statements first (a temporary for `?.`, `a.pop()`
//    used as a value, an assignment): earlier operands those statements could
//    change, or that could change what they read, are saved into temporaries
//    before them;
//  - a standard-library mapping puts its operands in another order
//    (`arr.includes(x)` is `x in arr`) or acts before reading one: the
//    operands are evaluated into temporaries first, in source order.
// Operands whose order cannot be observed (literals, functions, variables
// nothing else assigns) never get a temporary.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { conflicts, effectsOf, isPure, noEffects, replaceNodes, traceEvaluation, type Effects } from "./effects.js";
import { isFromLib } from "./types.js";
import { someNode } from "./walk.js";

/** Transform sibling operands left to right, saving earlier values a later operand's statements could disturb. */
export function transformOrdered<N>(ctx: TransformContext, items: readonly N[], transform: (item: N) => py.Expr): py.Expr[] {
  const out: py.Expr[] = [];
  const fx: Effects[] = [];
  const shared = ctx.scopes.namesAssignedByClosures();
  for (const item of items) {
    const [pre, e] = ctx.capture(() => transform(item));
    if (pre.length) {
      const later = effectsOf(...pre);
      const saving = out.map((_, i) => conflicts(fx[i], later, shared));
      // saving a value evaluates it before the unsaved ones left of it: those it could disturb are saved too
      for (let i = out.length - 1; i >= 0; i--) {
        if (saving[i]) for (let k = 0; k < i; k++) saving[k] ||= conflicts(fx[k], fx[i], shared);
      }
      for (let i = 0; i < out.length; i++) {
        if (!saving[i]) continue;
        out[i] = save(ctx, out[i]);
        fx[i] = noEffects();
      }
      ctx.addPreceding(...pre);
    }
    out.push(e);
    fx.push(effectsOf(e));
  }
  return out;
}

function save(ctx: TransformContext, e: py.Expr): py.Expr {
  if (e.kind === "Starred") return b.starred(save(ctx, e.value));
  const t = b.name(ctx.temp());
  ctx.addPreceding(b.assign(t, e));
  return t;
}

/**
 * Evaluate `operands` (a call's receiver and arguments) left to right before `emit`
 * builds the call: `emit` finds their values through `ctx.substitutions`, and if
 * what it builds evaluates them in another order, or acts before evaluating one,
 * they are evaluated into temporaries first.
 */
export function withOrderedOperands(ctx: TransformContext, operands: ts.Expression[], emit: () => py.Expr): py.Expr {
  if (!needsOrder(ctx, operands)) return emit();
  const previous = new Map<ts.Node, py.Expr | undefined>();
  try {
    const values = transformOrdered(ctx, operands, (n) => transformExpr(ctx, n));
    operands.forEach((n, i) => {
      if (!previous.has(n)) previous.set(n, ctx.substitutions.get(n));
      ctx.substitutions.set(n, values[i]);
    });
    const [own, e] = ctx.capture(emit);
    return keepOrder(ctx, values, own, e);
  } finally {
    for (const [n, v] of previous) {
      if (v) ctx.substitutions.set(n, v);
      else ctx.substitutions.delete(n);
    }
  }
}

/** Add `own` (the statements the emitted call needs) and return `e`, hoisting operands it would evaluate out of order. */
function keepOrder(ctx: TransformContext, values: py.Expr[], own: py.Stmt[], e: py.Expr): py.Expr {
  const isTemp = (n: string) => ctx.isTemp(n);
  const shared = ctx.scopes.namesAssignedByClosures();
  const fx = values.map((v) => effectsOf(v));
  const { at, parts, events } = traceEvaluation([...own, e], values, isTemp);
  // an act may be a store into a settled field (an act does not change one otherwise); looked for only when one is read
  const stored = fx.some((f) => f.settledReads.size > 0) ? effectsOf(...own, e).storedFields : new Set<string>();
  let last = -1;
  for (let j = 0; j < values.length; j++) {
    if (at[j] < 0) continue;
    for (let i = 0; i < j; i++) if (at[i] > at[j] && conflicts(fx[i], fx[j], shared)) last = Math.max(last, i);
    const disturbed = events.some(
      (ev) =>
        ev.step < at[j] &&
        ((ev.acts &&
          (fx[j].acts ||
            fx[j].heap ||
            [...fx[j].reads].some((r) => shared.has(r)) ||
            [...fx[j].settledReads].some((f) => stored.has(f)))) ||
          ev.writes.some((w) => fx[j].reads.has(w))),
    );
    if (disturbed) last = Math.max(last, j);
  }
  if (last >= 0) {
    const hoisted = new Map<py.Expr, py.Expr>();
    for (let i = 0; i <= last; i++) {
      if (isPure(fx[i], isTemp)) continue;
      for (const part of parts[i]) {
        const t = b.name(ctx.temp());
        ctx.addPreceding(b.assign(t, part));
        hoisted.set(part, t);
      }
    }
    own = replaceNodes(own, hoisted);
    [e] = replaceNodes([e], hoisted);
  }
  ctx.addPreceding(...own);
  return e;
}

/** Whether the order of `operands` could be observed: one may act, and two are not constants. */
function needsOrder(ctx: TransformContext, operands: ts.Expression[]): boolean {
  if (operands.length < 2 || !operands.some(mayAct)) return false;
  return operands.filter((n) => !isConstant(ctx, n)).length >= 2;
}

/** Whether transforming `node` may emit statements or code that changes state (nested functions do not run). */
export function mayAct(node: ts.Node): boolean {
  const runs = (n: ts.Node) => !(ts.isFunctionLike(n) || ts.isClassLike(n));
  return someNode(node, (n) => runs(n) && acts(n), runs);
}

function acts(n: ts.Node): boolean {
  return (
    ts.isCallExpression(n) ||
    ts.isNewExpression(n) ||
    ts.isTaggedTemplateExpression(n) ||
    ts.isPostfixUnaryExpression(n) ||
    (ts.isPrefixUnaryExpression(n) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken)) ||
    ts.isAwaitExpression(n) ||
    ts.isYieldExpression(n) ||
    ts.isDeleteExpression(n) ||
    ts.isConditionalExpression(n) ||
    (ts.isBinaryExpression(n) && actsAsOperator(n.operatorToken.kind)) ||
    ((ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && !!n.questionDotToken)
  );
}

function actsAsOperator(kind: ts.SyntaxKind): boolean {
  return (
    (kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment) ||
    kind === ts.SyntaxKind.QuestionQuestionToken ||
    kind === ts.SyntaxKind.AmpersandAmpersandToken ||
    kind === ts.SyntaxKind.BarBarToken
  );
}

/** A value no other operand can change: a literal, a function, `this`, a constant, a class or a library global. */
export function isConstant(ctx: TransformContext, node: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node) || ts.isSatisfiesExpression(node))
    node = node.expression;
  if (
    ts.isLiteralExpression(node) ||
    ts.isFunctionLike(node) ||
    ts.isClassLike(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword ||
    node.kind === ts.SyntaxKind.ThisKeyword
  )
    return true;
  if (ts.isPropertyAccessExpression(node)) return !node.questionDotToken && isNamespace(ctx, node);
  if (!ts.isIdentifier(node)) return false;
  if (node.text === "undefined") return true;
  const sym = symbolOf(ctx, node);
  const decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
  if (!sym || !decl) return false;
  if (ts.isVariableDeclaration(decl) || ts.isBindingElement(decl))
    return isFromLib(decl) || (ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const) !== 0;
  return !ts.isParameter(decl);
}

/** The symbol an identifier names, through imports. */
function symbolOf(ctx: TransformContext, node: ts.Identifier): ts.Symbol | undefined {
  const sym = ctx.checker.getSymbolAtLocation(node);
  return sym && sym.flags & ts.SymbolFlags.Alias ? ctx.checker.getAliasedSymbol(sym) : sym;
}

/** `Math`, `console`, an imported module or a class: not a value any operand can change. */
export function isNamespace(ctx: TransformContext, node: ts.Node): boolean {
  if (ts.isPropertyAccessExpression(node)) return isNamespace(ctx, node.expression) && isNamespace(ctx, node.name);
  if (!ts.isIdentifier(node) && !ts.isPrivateIdentifier(node)) return false;
  const sym = ts.isIdentifier(node) ? symbolOf(ctx, node) : undefined;
  const decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
  if (!sym) return false;
  if (!decl) return (sym.flags & ts.SymbolFlags.Module) !== 0;
  if (isFromLib(decl)) return true;
  return !(sym.flags & (ts.SymbolFlags.Variable | ts.SymbolFlags.Property));
}
