// Loops and jumps. `for (let i = a; i < b; i++)` becomes `for i in range(a, b)`
// when that is exactly equivalent; other for loops become while loops whose
// `continue` runs the update first. Labelled jumps across Python loops use flags.
// The parts: loop-for-of.ts (for...of, for...in), loop-range.ts (range loops),
// loop-bound.ts (whether a range's bound stays the condition's), loop-checks.ts
// (jumps and closures Python's loops would get wrong).
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import { Codes, unsupported } from "../diagnostics.js";
import type { LoopInfo, TransformContext } from "./context.js";
import { condition, transformBlock, transformExpressionStatement, transformStatements, transformVariableList } from "./statements.js";
import { transformSwitch } from "./switch.js";
import { forIn, forOf } from "./loop-for-of.js";
import { rangeLoop } from "./loop-range.js";
import { checkCapturedWrites, continueNeedsFinally } from "./loop-checks.js";
import { withHoistedFields } from "./loop-fields.js";
import { withHoistedLengths } from "./loop-lengths.js";

export { iterable } from "./loop-for-of.js";
export { arrayUse, enclosingFunction, isAncestor, mayRunOtherCode, type ArrayUse } from "./loop-bound.js";
export { isWrite } from "./writes.js";

interface PyLoop extends LoopInfo {
  /** checks to run right after this Python loop ends: set by jumps from inside it to an outer target */
  after: { flag: string; stmts: py.Stmt[] }[];
  /** flags that need `= False` before the loop (break) or at the top of its body (continue) */
  resetBefore: Set<string>;
  resetInBody: Set<string>;
  /** whether this construct is a Python loop (an if-chain switch is not) */
  pythonLoop: boolean;
  /** a labelled block: only `break label` targets it */
  isBlock?: boolean;
}

export function loopStack(ctx: TransformContext): PyLoop[] {
  return ctx.loopStack as PyLoop[];
}

export function newLoop(node: ts.Node, label: string | undefined, pythonLoop: boolean, isSwitch = false): PyLoop {
  return { node, label, after: [], resetBefore: new Set(), resetInBody: new Set(), pythonLoop, isSwitch };
}

/** Run `fn` with `loop` innermost; returns its statements wrapped with flag resets and after-checks. */
export function withLoop(ctx: TransformContext, loop: PyLoop, fn: () => py.Stmt[]): py.Stmt[] {
  ctx.loopStack.push(loop);
  let stmts: py.Stmt[];
  try {
    stmts = fn();
  } finally {
    ctx.loopStack.pop();
  }
  const before = [...loop.resetBefore].map((f) => b.assign(b.name(f), b.bool(false)));
  if (loop.resetInBody.size) {
    // the Python loop is the last statement, or the only one inside a try (see forOf)
    let main = stmts[stmts.length - 1] as py.While | py.For | py.Try;
    while (main.kind === "Try") main = main.body[main.body.length - 1] as py.While | py.For | py.Try;
    main.body.unshift(...[...loop.resetInBody].map((f) => b.assign(b.name(f), b.bool(false))));
  }
  const after = loop.after.map((a) => b.ifStmt(b.name(a.flag), a.stmts));
  return [...before, ...stmts, ...after];
}

export function transformLabelled(ctx: TransformContext, node: ts.LabeledStatement): py.Stmt[] {
  const s = node.statement;
  const label = node.label.text;
  if (ts.isIterationStatement(s, false)) return transformLoop(ctx, s, label);
  if (ts.isSwitchStatement(s)) return transformSwitch(ctx, s, label);
  if (ts.isLabeledStatement(s)) throw unsupported(node, Codes.labelNotLoop, "Two labels on one statement", "keep one label");
  // `label: { ... break label; ... }` is a loop that runs once
  const loop: PyLoop = { ...newLoop(node, label, true), isBlock: true };
  return withLoop(ctx, loop, () => {
    const body = ts.isBlock(s) ? transformStatements(ctx, s.statements) : transformBlock(ctx, s);
    return [{ kind: "While", test: b.bool(true), body: [...body, b.brk()], pos: ctx.pos(node) }];
  });
}

export function transformBreakContinue(ctx: TransformContext, node: ts.BreakOrContinueStatement): py.Stmt[] {
  const isBreak = node.kind === ts.SyntaxKind.BreakStatement;
  const stack = loopStack(ctx);
  let targetIndex = -1;
  for (let i = stack.length - 1; i >= 0; i--) {
    const l = stack[i];
    if (node.label ? l.label === node.label.text : !l.isBlock && (isBreak || !l.isSwitch)) {
      targetIndex = i;
      break;
    }
  }
  if (targetIndex < 0) throw unsupported(node, Codes.labelNotLoop, "This jump", "break or continue only inside a loop");
  const target = stack[targetIndex];
  if (!isBreak && (target.isSwitch || target.isBlock))
    throw unsupported(node, Codes.labelNotLoop, "'continue' to a label that is not on a loop", "continue a loop's label");
  if (isBreak && target.isSwitch && !target.pythonLoop) return []; // leaving an if-chain switch: nothing to do
  const crossed = stack.slice(targetIndex + 1).filter((l) => l.pythonLoop);
  const update = () => (!isBreak && target.continueStmts ? target.continueStmts() : []);
  if (crossed.length === 0) return isBreak ? [b.brk()] : [...update(), b.cont()];
  // Python has no labels: leave the inner loops with a flag, then act once back at the target
  let flag = isBreak ? target.breakFlag : target.continueFlag;
  if (!flag) {
    flag = ctx.temp(`_${isBreak ? "break" : "continue"}_${target.label ?? "loop"}`);
    if (isBreak) {
      target.breakFlag = flag;
      target.resetBefore.add(flag);
    } else {
      target.continueFlag = flag;
      target.resetInBody.add(flag);
    }
  }
  crossed.forEach((l, i) => {
    if (l.after.some((a) => a.flag === flag)) return;
    const act: py.Stmt[] = i > 0 || isBreak ? [b.brk()] : [...update(), b.cont()];
    l.after.push({ flag: flag!, stmts: act });
  });
  return [b.assign(b.name(flag), b.bool(true)), b.brk()];
}

export function loopBody(ctx: TransformContext, stmt: ts.Statement): py.Stmt[] {
  const body = transformBlock(ctx, stmt);
  return body.length ? body : [b.pass()];
}

export function transformLoop(ctx: TransformContext, node: ts.IterationStatement, label: string | undefined): py.Stmt[] {
  checkCapturedWrites(ctx, node);
  const loop = newLoop(node, label, true);
  return withHoistedLengths(ctx, node, () =>
    withHoistedFields(ctx, node, () =>
      withLoop(ctx, loop, () => {
        if (ts.isWhileStatement(node)) return whileLoop(ctx, node.expression, () => loopBody(ctx, node.statement), ctx.pos(node));
        if (ts.isDoStatement(node)) return doLoop(ctx, node, loop);
        if (ts.isForOfStatement(node)) return forOf(ctx, node);
        if (ts.isForInStatement(node)) return forIn(ctx, node);
        return forLoop(ctx, node as ts.ForStatement, loop);
      }),
    ),
  );
}

function whileLoop(ctx: TransformContext, test: ts.Expression | undefined, body: () => py.Stmt[], pos?: py.SourcePos): py.Stmt[] {
  if (!test) return [{ kind: "While", test: b.bool(true), body: body(), pos }];
  const [pre, cond] = ctx.capture(() => condition(ctx, test));
  if (pre.length === 0) return [{ kind: "While", test: cond, body: body(), pos }];
  return [{ kind: "While", test: b.bool(true), body: [...pre, b.ifStmt(b.not(cond), [b.brk()]), ...body()], pos }];
}

/** `if not cond: break`, with the statements the condition needs. */
function exitUnless(ctx: TransformContext, test: ts.Expression): py.Stmt[] {
  const [pre, cond] = ctx.capture(() => condition(ctx, test));
  return [...pre, b.ifStmt(b.not(cond), [b.brk()])];
}

/**
 * A loop whose step (the update of a for, the test of a do...while) must run at the
 * top of the next pass: `continue` inside try/finally runs the finally block first.
 */
function stepAtTop(ctx: TransformContext, step: () => py.Stmt[], test: () => py.Stmt[], body: py.Stmt[], pos: py.SourcePos): py.Stmt[] {
  const first = b.name(ctx.temp("_first"));
  const stepStmts = step();
  const head = stepStmts.length ? [b.ifStmt(first, [b.assign(first, b.bool(false))], stepStmts)] : [b.assign(first, b.bool(false))];
  return [b.assign(first, b.bool(true)), { kind: "While", test: b.bool(true), body: [...head, ...test(), ...body], pos }];
}

function doLoop(ctx: TransformContext, node: ts.DoStatement, loop: LoopInfo): py.Stmt[] {
  if (continueNeedsFinally(node)) {
    const body = loopBody(ctx, node.statement);
    return stepAtTop(
      ctx,
      () => exitUnless(ctx, node.expression),
      () => [],
      body,
      ctx.pos(node),
    );
  }
  loop.continueStmts = () => exitUnless(ctx, node.expression);
  const body = loopBody(ctx, node.statement);
  return [{ kind: "While", test: b.bool(true), body: [...body, ...exitUnless(ctx, node.expression)], pos: ctx.pos(node) }];
}

function forLoop(ctx: TransformContext, node: ts.ForStatement, loop: LoopInfo): py.Stmt[] {
  const range = rangeLoop(ctx, node);
  if (range) return range;
  const init: py.Stmt[] = [];
  if (node.initializer) {
    if (ts.isVariableDeclarationList(node.initializer)) init.push(...transformVariableList(ctx, node.initializer));
    else {
      const [pre, stmts] = ctx.capture(() => transformExpressionStatement(ctx, node.initializer as ts.Expression));
      init.push(...pre, ...stmts);
    }
  }
  const update = () => {
    if (!node.incrementor) return [];
    const [pre, stmts] = ctx.capture(() => transformExpressionStatement(ctx, node.incrementor!));
    return [...pre, ...stmts];
  };
  if (node.incrementor && continueNeedsFinally(node)) {
    const body = loopBody(ctx, node.statement);
    return [...init, ...stepAtTop(ctx, update, () => (node.condition ? exitUnless(ctx, node.condition) : []), body, ctx.pos(node))];
  }
  loop.continueStmts = update;
  const loopStmts = whileLoop(ctx, node.condition, () => [...loopBody(ctx, node.statement), ...update()], ctx.pos(node));
  return [...init, ...loopStmts];
}
