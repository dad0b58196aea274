// Lengths a loop (a loop statement, or a callback emitted as a for loop's body, as
// forEach's) reads on every pass but cannot change (`s === word.length - 1` in a
// loop over the letters), computed once before the loop into a local, as a careful
// MicroPython programmer writes `last = len(word) - 1`: a local read instead of a
// call per pass. The variable is declared outside the loop and not written in it,
// and the length stays the same (boundIsStable: a string, or an array nothing in
// the loop can change); `+ k` and `- k` around it are computed once too. len() and
// adding numbers cannot raise, so computing them before a loop that might not have
// reached them changes nothing the program sees. Reads inside functions the loop
// defines stay as they are (a closure may run after the array changed).
import { ts } from "../typescript.js";
import { skipParens } from "./parens.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import { mentions } from "../python/mentions.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { boundIsStable, everyPass, isAncestor, type LoopNode } from "./loop-bound.js";
import { isFunctionScope } from "./scopes.js";
import * as T from "./types.js";
import { isWrite } from "./writes.js";

interface Hoist {
  temp: string;
  value: py.Expr;
  reads: ts.Expression[];
}

/** The loop's statements, with the lengths it only reads computed in front of it. */
export function withHoistedLengths(ctx: TransformContext, loop: ts.IterationStatement, emit: () => py.Stmt[]): py.Stmt[] {
  const { before, out } = hoistingLengths(ctx, loop, emit);
  return [...before, ...out];
}

/** `emit`'s statements, and the assignments of the lengths they read to run before the loop. */
export function hoistingLengths<R extends py.Stmt[]>(ctx: TransformContext, loop: LoopNode, emit: () => R): { before: py.Stmt[]; out: R } {
  const hoists = lengthHoists(ctx, loop);
  for (const h of hoists) for (const r of h.reads) ctx.substitutions.set(r, b.name(h.temp));
  let out: R;
  try {
    out = emit();
  } finally {
    for (const h of hoists) for (const r of h.reads) ctx.substitutions.delete(r);
  }
  // a read another rule rewrote leaves the local unused
  const used = hoists.filter((h) => mentions(out, h.temp));
  return { before: used.map((h) => b.assign(b.name(h.temp), h.value)), out };
}

/**
 * Whether a for loop's test is evaluated on every pass: it does not become a range() (loop-range.ts),
 * which a test other than `i < bound` or a body that writes the loop variable rules out.
 */
function testRunsEveryPass(ctx: TransformContext, loop: ts.ForStatement): boolean {
  const test = skipParens(loop.condition!);
  if (!ts.isBinaryExpression(test) || !ts.isIdentifier(test.left)) return true;
  const sym = ctx.checker.getSymbolAtLocation(test.left);
  // the initializer and the incrementor are a range loop's only writes
  return !sym || (ctx.scopes.writes.get(sym) ?? []).length !== 2;
}

function lengthHoists(ctx: TransformContext, loop: LoopNode): Hoist[] {
  // the same text of the same variable's length is one local
  const groups = new Map<ts.Symbol, Map<string, ts.Expression[]>>();
  const visit = (n: ts.Node): void => {
    if (isFunctionScope(n) || ts.isClassLike(n)) return;
    const read = lengthRead(ctx, n, loop);
    if (!read) return ts.forEachChild(n, visit);
    const sym = ctx.checker.getSymbolAtLocation(read.expression)!;
    const e = widened(ctx, read, loop);
    if (ctx.substitutions.has(e)) return;
    const byText = groups.get(sym) ?? new Map<string, ts.Expression[]>();
    groups.set(sym, byText.set(e.getText(), [...(byText.get(e.getText()) ?? []), e]));
  };
  // (a for loop's test is its range() bound, read once already, unless it stays a while loop's test)
  everyPass(loop).forEach((p) => p && visit(p));
  if (ts.isForStatement(loop) && loop.condition && testRunsEveryPass(ctx, loop)) visit(loop.condition);
  const hoists: Hoist[] = [];
  for (const [sym, byText] of groups)
    for (const reads of byText.values()) {
      const [pre, value] = ctx.capture(() => transformExpr(ctx, reads[0]));
      if (pre.length) continue;
      const plain = ts.isPropertyAccessExpression(skipParens(reads[0]));
      hoists.push({ temp: ctx.temp(`_${sym.name}_${plain ? "len" : "n"}`), value, reads });
    }
  return hoists;
}

/** `x.length` of a variable declared outside the loop, not written in it, whose length the loop cannot change. */
function lengthRead(ctx: TransformContext, n: ts.Node, loop: LoopNode): ts.PropertyAccessExpression | undefined {
  if (!ts.isPropertyAccessExpression(n) || n.name.text !== "length" || !ts.isIdentifier(n.expression) || n.questionDotToken)
    return undefined;
  if (isWrite(n) || ctx.substitutions.has(n)) return undefined;
  const sym = ctx.checker.getSymbolAtLocation(n.expression);
  const decl = sym?.valueDeclaration;
  if (!sym || !decl || isAncestor(loop, decl)) return undefined;
  // its declared type, not the one narrowed where it is read: `if (s) n += s.length` may be past a None
  if (!T.hasLenLength(ctx.checker, ctx.checker.getTypeOfSymbol(sym))) return undefined;
  if ((ctx.scopes.references.get(sym) ?? []).some((ref) => isAncestor(loop, ref) && isWrite(ref))) return undefined;
  return boundIsStable(ctx, n, loop) ? n : undefined;
}

/** The read with the `+ k` / `- k` (k a number literal) around it. */
function widened(ctx: TransformContext, read: ts.Expression, loop: LoopNode): ts.Expression {
  let e: ts.Expression = read;
  for (;;) {
    let p = e.parent;
    while (ts.isParenthesizedExpression(p)) p = p.parent;
    if (!ts.isBinaryExpression(p) || ctx.substitutions.has(p)) return e;
    const op = p.operatorToken.kind;
    if (op !== ts.SyntaxKind.PlusToken && op !== ts.SyntaxKind.MinusToken) return e;
    const other = skipParens(p.left) === skipParens(e) ? p.right : p.left;
    if (!ts.isNumericLiteral(skipParens(other)) || !boundIsStable(ctx, p, loop)) return e;
    e = p;
  }
}
