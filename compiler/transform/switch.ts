// switch. Without fall-through it is an if/elif chain; with fall-through (or a
// `break` nested inside a case) it is a one-pass loop over the cases, entered
// at the first matching case.
import { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { transformStatements } from "./statements.js";
import { newLoop, withLoop } from "./loops.js";
import * as T from "./types.js";

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
  const visit = (n: ts.Node, top: boolean): void => {
    if (found) return;
    if (ts.isBreakStatement(n) && !n.label) {
      if (!(top && n === stmts[stmts.length - 1])) found = true;
      return;
    }
    if (ts.isIterationStatement(n, false) || ts.isSwitchStatement(n) || ts.isFunctionLike(n)) return;
    ts.forEachChild(n, (c) => visit(c, ts.isBlock(n) && n.parent === clause ? top : false));
  };
  stmts.forEach((s) => visit(s, true));
  return found;
}

export function transformSwitch(ctx: TransformContext, node: ts.SwitchStatement): py.Stmt[] {
  const clauses = node.caseBlock.clauses;
  const subject = ctx.once(transformExpr(ctx, node.expression));
  const subjectType = ctx.checker.getTypeAtLocation(node.expression);
  const useIs = T.isObjectLike(subjectType, true) && !T.isAnyLike(subjectType);
  const test = (c: ts.CaseClause): py.Expr => b.cmp(subject, useIs ? "is" : "==", transformExpr(ctx, c.expression));

  const defaultIndex = clauses.findIndex((c) => ts.isDefaultClause(c));
  // group empty clauses with the next one: case 1: case 2: body
  const groups: { tests: ts.CaseClause[]; isDefault: boolean; body: ts.Statement[] }[] = [];
  let pending: ts.CaseOrDefaultClause[] = [];
  for (const c of clauses) {
    pending.push(c);
    if (c.statements.length > 0) {
      groups.push({ tests: pending.filter(ts.isCaseClause), isDefault: pending.some(ts.isDefaultClause), body: [...c.statements] });
      pending = [];
    }
  }
  if (pending.length) groups.push({ tests: pending.filter(ts.isCaseClause), isDefault: pending.some(ts.isDefaultClause), body: [] });

  const simple =
    groups.every((g, i) => i === groups.length - 1 || endsFlow(g.body)) &&
    !clauses.some(hasInnerBreak) &&
    (defaultIndex < 0 || groups[groups.length - 1].isDefault);

  if (simple) {
    const loop = newLoop(node, undefined, false, true);
    return withLoop(ctx, loop, () => {
      let chain: py.Stmt[] = [];
      for (let i = groups.length - 1; i >= 0; i--) {
        const g = groups[i];
        const body = transformStatements(ctx, g.body);
        if (body.length === 0) body.push(b.pass());
        if (g.isDefault) {
          chain = g.tests.length ? body : body;
          continue;
        }
        const cond = g.tests.map(test).reduce((a, c) => b.or(a, c));
        chain = [b.ifStmt(cond, body, chain)];
      }
      return chain;
    });
  }

  // general form: find the entry case, then run every case from there on
  const loop = newLoop(node, undefined, true, true);
  return withLoop(ctx, loop, () => {
    const entry = b.name(ctx.temp("_case"));
    const stmts: py.Stmt[] = [];
    let chain: py.Stmt[] = [b.assign(entry, b.num(groups.findIndex((g) => g.isDefault) >= 0 ? groups.findIndex((g) => g.isDefault) : groups.length))];
    for (let i = groups.length - 1; i >= 0; i--) {
      const g = groups[i];
      if (g.tests.length === 0) continue;
      const cond = g.tests.map(test).reduce((a, c) => b.or(a, c));
      chain = [b.ifStmt(cond, [b.assign(entry, b.num(i))], chain)];
    }
    stmts.push(...chain);
    const body: py.Stmt[] = [];
    groups.forEach((g, i) => {
      const inner = transformStatements(ctx, g.body);
      if (inner.length) body.push(b.ifStmt(b.cmp(entry, "<=", b.num(i)), inner));
    });
    body.push(b.brk());
    stmts.push({ kind: "While", test: b.bool(true), body, pos: ctx.pos(node) });
    return stmts;
  });
}
