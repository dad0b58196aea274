// switch. Without fall-through it is an if/elif chain; with fall-through (or a
// `break` nested inside a case) it is a one-pass loop over the cases, entered
// at the first matching case.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { transformStatements } from "./statements.js";
import { isHoistable } from "./functions.js";
import { newLoop, withLoop } from "./loops.js";
import * as T from "./types.js";
import { walkWith } from "./walk.js";

function endsFlow(stmts: readonly ts.Statement[]): boolean {
  const last = stmts[stmts.length - 1];
  if (!last) return false;
  if (ts.isBlock(last)) return endsFlow(last.statements);
  return ts.isBreakStatement(last) || ts.isReturnStatement(last) || ts.isThrowStatement(last) || ts.isContinueStatement(last);
}

/** true if a `break` that targets this switch appears anywhere but as the last statement of a case */
function hasInnerBreak(clause: ts.CaseOrDefaultClause): boolean {
  let found = false;
  const stmts = clause.statements;
  for (const s of stmts) {
    walkWith(s, true, (n, top) => {
      if (ts.isBreakStatement(n) && !n.label) {
        if (top && n === stmts[stmts.length - 1]) return { step: "skip", next: top };
        found = true;
        return { step: "stop", next: top };
      }
      if (ts.isIterationStatement(n, false) || ts.isSwitchStatement(n) || ts.isFunctionLike(n)) return { step: "skip", next: top };
      return { step: undefined, next: ts.isBlock(n) && n.parent === clause ? top : false };
    });
    if (found) return true;
  }
  return false;
}

/** A case expression with nothing to evaluate: a literal, a name, an enum member. */
function isPlain(e: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (
    ts.isLiteralExpression(e) ||
    ts.isIdentifier(e) ||
    e.kind === ts.SyntaxKind.TrueKeyword ||
    e.kind === ts.SyntaxKind.FalseKeyword ||
    e.kind === ts.SyntaxKind.NullKeyword
  )
    return true;
  if (ts.isPrefixUnaryExpression(e)) return isPlain(e.operand);
  return ts.isPropertyAccessExpression(e) && isPlain(e.expression);
}

export function transformSwitch(ctx: TransformContext, node: ts.SwitchStatement, label?: string): py.Stmt[] {
  // function declarations in any clause exist from the start of the switch, as JavaScript hoists
  // them to its block: define them first, and leave them out of their clauses
  const isHoisted = (s: ts.Statement) => ts.isFunctionDeclaration(s) && !!s.body && isHoistable(ctx, s);
  const hoisted = node.caseBlock.clauses.flatMap((c) => c.statements.filter(isHoisted));
  if (hoisted.length) return [...transformStatements(ctx, hoisted), ...switchBody(ctx, node, label, isHoisted)];
  return switchBody(ctx, node, label, () => false);
}

function switchBody(ctx: TransformContext, node: ts.SwitchStatement, label: string | undefined, skip: (s: ts.Statement) => boolean): py.Stmt[] {
  const clauses = node.caseBlock.clauses;
  const subject = ctx.once(transformExpr(ctx, node.expression));
  const subjectType = ctx.checker.getTypeAtLocation(node.expression);
  const useIs = T.isObjectLike(subjectType, true) && !T.isAnyLike(subjectType);
  /** `subject == a or subject == b`; a case expression that needs statements is evaluated only when reached */
  const matches = (tests: ts.CaseClause[]): [py.Stmt[], py.Expr] => {
    const parts = tests.map((c) => ctx.capture(() => b.cmp(subject, useIs ? "is" : "==", transformExpr(ctx, c.expression))));
    if (parts.every(([pre], i) => i === 0 || pre.length === 0))
      return [parts[0][0], parts.map(([, e]): py.Expr => e).reduce((a, c) => b.or(a, c))];
    const t = b.name(ctx.temp("_match"));
    const stmts: py.Stmt[] = [...parts[0][0], b.assign(t, parts[0][1])];
    for (const [pre, e] of parts.slice(1)) {
      stmts.push(b.ifStmt(b.not(t), [...pre, b.assign(t, e)]));
    }
    return [stmts, t];
  };

  // group empty clauses with the next one: case 1: case 2: body
  const groups: { tests: ts.CaseClause[]; isDefault: boolean; body: ts.Statement[] }[] = [];
  let pending: ts.CaseOrDefaultClause[] = [];
  for (const c of clauses) {
    pending.push(c);
    const statements = c.statements.filter((s) => !skip(s));
    if (statements.length > 0) {
      groups.push({ tests: pending.filter(ts.isCaseClause), isDefault: pending.some(ts.isDefaultClause), body: statements });
      pending = [];
    }
  }
  if (pending.length) groups.push({ tests: pending.filter(ts.isCaseClause), isDefault: pending.some(ts.isDefaultClause), body: [] });
  const defaultIndex = groups.findIndex((g) => g.isDefault);

  // without fall-through, where the default sits does not matter: it is the else
  // (cases grouped with it are skipped, so they must have nothing to evaluate)
  const simple =
    label === undefined &&
    groups.every((g, i) => i === groups.length - 1 || endsFlow(g.body)) &&
    !clauses.some(hasInnerBreak) &&
    (defaultIndex < 0 || groups[defaultIndex].tests.every((c) => isPlain(c.expression)));

  if (simple) {
    const loop = newLoop(node, undefined, false, true);
    return withLoop(ctx, loop, () => {
      const bodies = groups.map((g) => {
        const body = transformStatements(ctx, g.body);
        return body.length ? body : [b.pass()];
      });
      let chain: py.Stmt[] = defaultIndex >= 0 ? bodies[defaultIndex] : [];
      for (let i = groups.length - 1; i >= 0; i--) {
        if (i === defaultIndex) continue;
        const [pre, cond] = matches(groups[i].tests);
        chain = [...pre, b.ifStmt(cond, bodies[i], chain)];
      }
      return chain;
    });
  }

  // general form: find the entry case, then run every case from there on
  const loop = newLoop(node, label, true, true);
  return withLoop(ctx, loop, () => {
    const entry = b.name(ctx.temp("_case"));
    let chain: py.Stmt[] = [b.assign(entry, b.num(defaultIndex >= 0 ? defaultIndex : groups.length))];
    for (let i = groups.length - 1; i >= 0; i--) {
      const g = groups[i];
      if (g.tests.length === 0) continue;
      const [pre, cond] = matches(g.tests);
      chain = [...pre, b.ifStmt(cond, [b.assign(entry, b.num(i))], chain)];
    }
    const body: py.Stmt[] = [];
    groups.forEach((g, i) => {
      const inner = transformStatements(ctx, g.body);
      if (inner.length) body.push(b.ifStmt(b.cmp(entry, "<=", b.num(i)), inner));
    });
    body.push(b.brk());
    return [...chain, { kind: "While", test: b.bool(true), body, pos: ctx.pos(node) }];
  });
}
