// The range of a counter at each of its reads: a `let` whose every write is a
// statement `x = c`, `x += c`, `x -= c`, `x++` or `x--` (c an integer literal), as
// a bit reader's `bits += 6; if (bits >= 8) { bits -= 8; ... }` keeps its count.
// The statements after its declaration are run on ranges [lo, hi]: an `if`
// narrows by its condition on x (`x >= 8`, `x < c && ...`), a loop repeats until
// its ranges stop changing (a bound still moving after a few rounds goes to
// infinity), break and continue carry theirs to the loop's exit and head. The
// numeric analysis (numeric-values.ts) narrows such reads to their range, so
// `(value >> bits) & 0xff` with bits in 0..5 sees 13 bits of value, and the
// count needs no `& 31`. Anything else the variable meets (a write of another
// form, a read or write in a nested function, a label) gives up on it.
import { ts } from "../typescript.js";
import { isWrite } from "./writes.js";
import { blockLet } from "./block-lets.js";
import { flipped, negated as guardNegations } from "./numeric-guards.js";

const K = ts.SyntaxKind;

/** Integer bounds, ±Infinity when unbounded; undefined for code that never runs. */
export type Interval = { readonly lo: number; readonly hi: number } | undefined;

const LIMIT = 2 ** 31;
const clamp = (n: number) => (n >= LIMIT ? Infinity : n <= -LIMIT ? -Infinity : n);
const make = (lo: number, hi: number): Interval => (lo > hi ? undefined : { lo: clamp(lo), hi: clamp(hi) });
const join = (a: Interval, b: Interval): Interval => (!a ? b : !b ? a : { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) });
const same = (a: Interval, b: Interval) => a === b || (!!a && !!b && a.lo === b.lo && a.hi === b.hi);
// a bound still moving after this many rounds of a loop is taken as unbounded
const ROUNDS = 3;

/** An integer literal, maybe negated (and cast: `k = 0 as number` keeps TypeScript from narrowing k to 0). */
function integerLiteral(e: ts.Expression): number | undefined {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  if (ts.isNumericLiteral(e)) return Number.isSafeInteger(Number(e.text)) ? Number(e.text) : undefined;
  if (ts.isPrefixUnaryExpression(e) && e.operator === K.MinusToken) {
    const v = integerLiteral(e.operand);
    return v === undefined ? undefined : -v;
  }
  return undefined;
}

class GiveUp extends Error {}

type Is = (id: ts.Identifier) => boolean;

/** What a statement-level write does to x's range, or undefined when `e` is not one of the counted forms. */
function counted(e: ts.Expression, is: Is): ((r: Interval) => Interval) | undefined {
  if (ts.isBinaryExpression(e) && ts.isIdentifier(e.left) && is(e.left)) {
    const c = integerLiteral(e.right);
    if (c === undefined) return undefined;
    switch (e.operatorToken.kind) {
      case K.EqualsToken:
        return (r) => r && make(c, c);
      case K.PlusEqualsToken:
        return (r) => r && make(r.lo + c, r.hi + c);
      case K.MinusEqualsToken:
        return (r) => r && make(r.lo - c, r.hi - c);
      default:
        return undefined;
    }
  }
  if ((ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) && ts.isIdentifier(e.operand) && is(e.operand)) {
    const d = e.operator === K.PlusPlusToken ? 1 : e.operator === K.MinusMinusToken ? -1 : 0;
    return d ? (r) => r && make(r.lo + d, r.hi + d) : undefined;
  }
  return undefined;
}

// what `!(x op c)` says of x: the guards' negations, and those of `>` and `>=`, which the guards
// leave out for a value that may be NaN; a counter is an integer, so every comparison negates
const negated: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
  ...guardNegations,
  [K.GreaterThanToken]: K.LessThanEqualsToken,
  [K.GreaterThanEqualsToken]: K.LessThanToken,
};

/** The comparison `x op c` (either side), as the range it leaves when `truth`. */
function narrow(cond: ts.Expression, truth: boolean, r: Interval, is: Is): Interval {
  if (!r) return r;
  while (ts.isParenthesizedExpression(cond)) cond = cond.expression;
  if (cond.kind === K.TrueKeyword) return truth ? r : undefined;
  if (cond.kind === K.FalseKeyword) return truth ? undefined : r;
  if (ts.isPrefixUnaryExpression(cond) && cond.operator === K.ExclamationToken) return narrow(cond.operand, !truth, r, is);
  if (!ts.isBinaryExpression(cond)) return r;
  const op = cond.operatorToken.kind;
  if (op === K.AmpersandAmpersandToken || op === K.BarBarToken) {
    // the right side runs when the left is true (&&) or false (||)
    const and = op === K.AmpersandAmpersandToken;
    const right = narrow(cond.right, truth, narrow(cond.left, and, r, is), is);
    // a true && and a false || need both sides; otherwise either one decides
    return and === truth ? right : join(narrow(cond.left, truth, r, is), right);
  }
  let c = integerLiteral(cond.right);
  let side = cond.left;
  let kind: ts.SyntaxKind = op;
  if (c === undefined) {
    c = integerLiteral(cond.left);
    side = cond.right;
    kind = flipped[op] ?? op;
  }
  while (ts.isParenthesizedExpression(side)) side = side.expression;
  if (c === undefined || !ts.isIdentifier(side) || !is(side)) return r;
  if (!truth) {
    const n = negated[kind];
    if (n === undefined) return r;
    kind = n;
  }
  switch (kind) {
    case K.LessThanToken:
      return make(r.lo, Math.min(r.hi, c - 1));
    case K.LessThanEqualsToken:
      return make(r.lo, Math.min(r.hi, c));
    case K.GreaterThanToken:
      return make(Math.max(r.lo, c + 1), r.hi);
    case K.GreaterThanEqualsToken:
      return make(Math.max(r.lo, c), r.hi);
    case K.EqualsEqualsEqualsToken:
    case K.EqualsEqualsToken:
      return make(Math.max(r.lo, c), Math.min(r.hi, c));
    case K.ExclamationEqualsEqualsToken:
    case K.ExclamationEqualsToken:
      return make(r.lo === c ? c + 1 : r.lo, r.hi === c ? c - 1 : r.hi);
    default:
      return r;
  }
}

/** Where break and continue of the statement being run go. */
interface Target {
  loop: boolean;
  breaks: Interval;
  continues: Interval;
}

// statements run, at most, before the analysis gives up (nested loops run their bodies many times)
const BUDGET = 20000;

class Run {
  readonly reads = new Map<ts.Identifier, Interval>();
  private readonly targets: Target[] = [];
  private steps = 0;

  constructor(private readonly is: Is) {}

  /** Every read of x in `node` (not in nested functions, which are never reached: see intervalsOf) sees `r`. */
  private see(node: ts.Node | undefined, r: Interval): void {
    if (!node || !r) return;
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n) && this.is(n) && !isWrite(n)) this.reads.set(n, join(this.reads.get(n), r));
      else if (!ts.isFunctionLike(n) && !ts.isClassLike(n)) ts.forEachChild(n, visit);
    };
    visit(node);
  }

  private cond(e: ts.Expression | undefined, truth: boolean, r: Interval): Interval {
    return e ? narrow(e, truth, r, this.is) : truth ? r : undefined;
  }

  /** An expression statement (or a for loop's incrementor): a counted write, or reads. */
  private expression(e: ts.Expression, r: Interval): Interval {
    let inner = e;
    while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
    const write = counted(inner, this.is);
    if (write) return write(r);
    this.see(e, r);
    return r;
  }

  list(statements: readonly ts.Statement[], r: Interval): Interval {
    for (const s of statements) r = this.run(s, r);
    return r;
  }

  run(s: ts.Statement, r: Interval): Interval {
    if (++this.steps > BUDGET) throw new GiveUp();
    if (ts.isBlock(s)) return this.list(s.statements, r);
    if (ts.isExpressionStatement(s)) return this.expression(s.expression, r);
    if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) {
        this.see(d.initializer, r);
        if (ts.isIdentifier(d.name) && this.is(d.name)) {
          const c = d.initializer && integerLiteral(d.initializer);
          // the declaration the analysis starts from (intervalsOf checks its initializer)
          r = c === undefined ? make(-Infinity, Infinity) : make(c, c);
        }
      }
      return r;
    }
    if (ts.isIfStatement(s)) {
      this.see(s.expression, r);
      const yes = this.run(s.thenStatement, this.cond(s.expression, true, r));
      const no = s.elseStatement ? this.run(s.elseStatement, this.cond(s.expression, false, r)) : this.cond(s.expression, false, r);
      return join(yes, no);
    }
    if (ts.isWhileStatement(s)) return this.loop(r, s.expression, s.statement);
    if (ts.isForStatement(s)) {
      if (s.initializer) {
        if (ts.isVariableDeclarationList(s.initializer)) s.initializer.declarations.forEach((d) => this.see(d.initializer, r));
        else r = this.expression(s.initializer, r);
      }
      return this.loop(r, s.condition, s.statement, s.incrementor);
    }
    if (ts.isForOfStatement(s) || ts.isForInStatement(s)) {
      this.see(s.expression, r);
      return this.loop(r, undefined, s.statement, undefined, true);
    }
    if (ts.isDoStatement(s)) return this.doLoop(r, s);
    if (ts.isReturnStatement(s) || ts.isThrowStatement(s)) {
      this.see(s.expression, r);
      return undefined;
    }
    if (ts.isBreakStatement(s) || ts.isContinueStatement(s)) {
      if (s.label) throw new GiveUp();
      const target = ts.isBreakStatement(s) ? this.targets[this.targets.length - 1] : [...this.targets].reverse().find((t) => t.loop);
      if (!target) throw new GiveUp();
      if (ts.isBreakStatement(s)) target.breaks = join(target.breaks, r);
      else target.continues = join(target.continues, r);
      return undefined;
    }
    if (ts.isSwitchStatement(s)) return this.switch(s, r);
    if (ts.isTryStatement(s)) {
      // x is not written inside (intervalsOf): every read there sees the range on entry
      const body = this.run(s.tryBlock, r);
      const caught = s.catchClause ? this.run(s.catchClause.block, r) : undefined;
      if (s.finallyBlock) this.run(s.finallyBlock, r);
      return s.catchClause ? join(body, caught) : body;
    }
    if (ts.isLabeledStatement(s)) throw new GiveUp();
    if (ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isEmptyStatement(s)) return r;
    this.see(s, r);
    return r;
  }

  private loop(entry: Interval, cond: ts.Expression | undefined, body: ts.Statement, step?: ts.Expression, each = false): Interval {
    let head = entry;
    for (let round = 0; ; round++) {
      const target: Target = { loop: true, breaks: undefined, continues: undefined };
      this.targets.push(target);
      if (cond) this.see(cond, head);
      let end = this.run(body, each ? head : this.cond(cond, true, head));
      this.targets.pop();
      end = join(end, target.continues);
      if (step) end = this.expression(step, end);
      const next = join(entry, end);
      if (same(next, head)) return join(each ? head : this.cond(cond, false, head), target.breaks);
      head = round < ROUNDS ? join(head, next) : widen(head, next);
    }
  }

  private doLoop(entry: Interval, s: ts.DoStatement): Interval {
    let head = entry;
    for (let round = 0; ; round++) {
      const target: Target = { loop: true, breaks: undefined, continues: undefined };
      this.targets.push(target);
      const end = join(this.run(s.statement, head), target.continues);
      this.targets.pop();
      this.see(s.expression, end);
      const next = join(entry, this.cond(s.expression, true, end));
      if (same(next, head)) return join(this.cond(s.expression, false, end), target.breaks);
      head = round < ROUNDS ? join(head, next) : widen(head, next);
    }
  }

  private switch(s: ts.SwitchStatement, r: Interval): Interval {
    this.see(s.expression, r);
    const target: Target = { loop: false, breaks: undefined, continues: undefined };
    this.targets.push(target);
    let fall: Interval = undefined;
    for (const clause of s.caseBlock.clauses) {
      if (ts.isCaseClause(clause)) this.see(clause.expression, r);
      fall = this.list(clause.statements, join(r, fall));
    }
    this.targets.pop();
    const hasDefault = s.caseBlock.clauses.some(ts.isDefaultClause);
    return join(join(fall, target.breaks), hasDefault ? undefined : r);
  }
}

/** A bound that moved between two rounds goes to infinity, so that a loop's ranges stop changing. */
function widen(old: Interval, next: Interval): Interval {
  if (!old || !next) return join(old, next);
  return { lo: next.lo < old.lo ? -Infinity : old.lo, hi: next.hi > old.hi ? Infinity : old.hi };
}

/** The range of the `let` variable declared by `decl` at each read of it, or undefined when it is not a counter of the forms above. */
export function intervalsOf(checker: ts.TypeChecker, decl: ts.VariableDeclaration): Map<ts.Identifier, Interval> | undefined {
  if (!decl.initializer || integerLiteral(decl.initializer) === undefined) return undefined;
  const whole = blockLet(checker, decl);
  if (!whole) return undefined;
  const { statement, container, references } = whole;
  const is: Is = (id) => id === decl.name || references.has(id);
  // every write is counted, as a statement, outside a try (which is run with its entry range)
  for (const ref of references) {
    if (!isWrite(ref)) continue;
    let e: ts.Node = ref.parent;
    while (ts.isParenthesizedExpression(e.parent)) e = e.parent;
    const p = e.parent;
    const statementLevel = ts.isExpressionStatement(p) || (ts.isForStatement(p) && (p.incrementor === e || p.initializer === e));
    if (!statementLevel || !counted(e as ts.Expression, is) || insideTry(ref, container)) return undefined;
  }
  const run = new Run(is);
  const statements = container.statements;
  try {
    run.list(statements.slice(statements.indexOf(statement)), undefined);
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  }
  return run.reads;
}

/** Whether `n` is inside a try statement within `container`: the interpreter runs a try with its entry range. */
function insideTry(n: ts.Node, container: ts.Node): boolean {
  for (let p = n.parent; p && p !== container; p = p.parent) if (ts.isTryStatement(p)) return true;
  return false;
}
