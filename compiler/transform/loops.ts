// Loops and jumps. `for (let i = a; i < b; i++)` becomes `for i in range(a, b)`
// when that is exactly equivalent; other for loops become while loops whose
// `continue` runs the update first. Labelled jumps across Python loops use flags.
import { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import { Codes, unsupported } from "../diagnostics.js";
import type { LoopInfo, TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { condition, transformBlock, transformExpressionStatement, transformVariableList } from "./statements.js";
import { bindPattern } from "./destructuring.js";
import { isIntExpr } from "./conversions.js";
import * as T from "./types.js";
import { assignTo } from "./assignment.js";

interface PyLoop extends LoopInfo {
  /** checks to run right after this Python loop ends: set by jumps from inside it to an outer target */
  after: { flag: string; stmts: py.Stmt[] }[];
  /** flags that need `= False` before the loop (break) or at the top of its body (continue) */
  resetBefore: Set<string>;
  resetInBody: Set<string>;
  /** whether this construct is a Python loop (an if-chain switch is not) */
  pythonLoop: boolean;
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
    const main = stmts[stmts.length - 1] as py.While | py.For;
    main.body.unshift(...[...loop.resetInBody].map((f) => b.assign(b.name(f), b.bool(false))));
  }
  const after = loop.after.map((a) => b.ifStmt(b.name(a.flag), a.stmts));
  return [...before, ...stmts, ...after];
}

export function transformLabelled(ctx: TransformContext, node: ts.LabeledStatement): py.Stmt[] {
  const s = node.statement;
  if (ts.isIterationStatement(s, false)) return transformLoop(ctx, s, node.label.text);
  if (ts.isSwitchStatement(s)) throw unsupported(node, Codes.labelNotLoop, "A label on a switch", "label the enclosing loop instead");
  throw unsupported(node, Codes.labelNotLoop, "A label on something other than a loop", "use a loop, or a function with return");
}

export function transformBreakContinue(ctx: TransformContext, node: ts.BreakOrContinueStatement): py.Stmt[] {
  const isBreak = node.kind === ts.SyntaxKind.BreakStatement;
  const stack = loopStack(ctx);
  let targetIndex = -1;
  for (let i = stack.length - 1; i >= 0; i--) {
    const l = stack[i];
    if (node.label ? l.label === node.label.text : isBreak || !l.isSwitch) {
      targetIndex = i;
      break;
    }
  }
  if (targetIndex < 0) throw unsupported(node, Codes.labelNotLoop, "This jump", "break or continue only inside a loop");
  const target = stack[targetIndex];
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

function loopBody(ctx: TransformContext, stmt: ts.Statement): py.Stmt[] {
  const body = transformBlock(ctx, stmt);
  return body.length ? body : [b.pass()];
}

export function transformLoop(ctx: TransformContext, node: ts.IterationStatement, label: string | undefined): py.Stmt[] {
  const loop = newLoop(node, label, true);
  return withLoop(ctx, loop, () => {
    if (ts.isWhileStatement(node)) return whileLoop(ctx, node.expression, () => loopBody(ctx, node.statement));
    if (ts.isDoStatement(node)) return doLoop(ctx, node, loop);
    if (ts.isForOfStatement(node)) return forOf(ctx, node);
    if (ts.isForInStatement(node)) return forIn(ctx, node);
    return forLoop(ctx, node as ts.ForStatement, loop);
  });
}

function whileLoop(ctx: TransformContext, test: ts.Expression | undefined, body: () => py.Stmt[], pos?: py.SourcePos): py.Stmt[] {
  if (!test) return [{ kind: "While", test: b.bool(true), body: body(), pos }];
  const [pre, cond] = ctx.capture(() => condition(ctx, test));
  if (pre.length === 0) return [{ kind: "While", test: cond, body: body(), pos }];
  return [{ kind: "While", test: b.bool(true), body: [...pre, b.ifStmt(b.not(cond), [b.brk()]), ...body()], pos }];
}

function doLoop(ctx: TransformContext, node: ts.DoStatement, loop: LoopInfo): py.Stmt[] {
  const check = () => {
    const [pre, cond] = ctx.capture(() => condition(ctx, node.expression));
    return [...pre, b.ifStmt(b.not(cond), [b.brk()])];
  };
  loop.continueStmts = check;
  const body = loopBody(ctx, node.statement);
  return [{ kind: "While", test: b.bool(true), body: [...body, ...check()], pos: ctx.pos(node) }];
}

function forOfTarget(ctx: TransformContext, init: ts.ForInitializer): { target: py.Expr; prelude: py.Stmt[] } {
  if (ts.isVariableDeclarationList(init)) {
    const name = init.declarations[0].name;
    if (ts.isIdentifier(name)) return { target: transformExpr(ctx, name), prelude: [] };
    // for (const [k, v] of ...): unpack directly when every element is a plain name
    if (ts.isArrayBindingPattern(name) && name.elements.every((e) => ts.isBindingElement(e) && ts.isIdentifier(e.name) && !e.initializer && !e.dotDotDotToken)) {
      return { target: b.tuple(name.elements.map((e) => transformExpr(ctx, (e as ts.BindingElement).name as ts.Identifier))), prelude: [] };
    }
    const t = b.name(ctx.temp("_item"));
    const [pre] = ctx.capture(() => bindPattern(ctx, name, t));
    return { target: t, prelude: pre };
  }
  const t = b.name(ctx.temp("_item"));
  const [pre] = ctx.capture(() => assignTo(ctx, init as ts.Expression, () => t, init, false));
  return { target: t, prelude: pre };
}

/** What `for...of` iterates, in Python. */
export function iterable(ctx: TransformContext, node: ts.Expression): py.Expr {
  const e = transformExpr(ctx, node);
  const t = ctx.checker.getTypeAtLocation(node);
  if (T.isMapType(t)) return b.method(e, "items");
  return e;
}

function forOf(ctx: TransformContext, node: ts.ForOfStatement): py.Stmt[] {
  if (node.awaitModifier) throw unsupported(node, Codes.asyncGenerator, "'for await'", "await each promise inside a plain for...of loop");
  const iter = iterable(ctx, node.expression);
  const { target, prelude } = forOfTarget(ctx, node.initializer);
  return [{ kind: "For", target, iter, body: [...prelude, ...loopBody(ctx, node.statement)], pos: ctx.pos(node) }];
}

function forIn(ctx: TransformContext, node: ts.ForInStatement): py.Stmt[] {
  const obj = transformExpr(ctx, node.expression);
  const t = ctx.checker.getTypeAtLocation(node.expression);
  const iter = T.isArray(ctx.checker, t, true) ? b.list([]) : obj;
  const { target, prelude } = forOfTarget(ctx, node.initializer);
  if (T.isArray(ctx.checker, t, true)) {
    // array keys are the indices, as strings
    const i = b.name(ctx.temp("_i"));
    return [{ kind: "For", target: i, iter: b.call("range", [b.call("len", [obj])]), body: [b.assign(target, b.call("str", [i])), ...prelude, ...loopBody(ctx, node.statement)], pos: ctx.pos(node) }];
  }
  void iter;
  return [{ kind: "For", target, iter: obj, body: [...prelude, ...loopBody(ctx, node.statement)], pos: ctx.pos(node) }];
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
  loop.continueStmts = update;
  const loopStmts = whileLoop(ctx, node.condition, () => [...loopBody(ctx, node.statement), ...update()], ctx.pos(node));
  return [...init, ...loopStmts];
}

/** `for (let i = a; i < b; i++)` as `for i in range(a, b)`, when nothing in the body can tell the difference. */
function rangeLoop(ctx: TransformContext, node: ts.ForStatement): py.Stmt[] | undefined {
  const init = node.initializer;
  if (!init || !ts.isVariableDeclarationList(init) || !(init.flags & ts.NodeFlags.Let) || init.declarations.length !== 1) return undefined;
  const decl = init.declarations[0];
  if (!ts.isIdentifier(decl.name) || !decl.initializer || !isIntExpr(ctx, decl.initializer)) return undefined;
  const sym = ctx.checker.getSymbolAtLocation(decl.name);
  if (!sym) return undefined;
  const cond = node.condition;
  const incr = node.incrementor;
  if (!cond || !incr || !ts.isBinaryExpression(cond)) return undefined;
  if (!ts.isIdentifier(cond.left) || ctx.checker.getSymbolAtLocation(cond.left) !== sym) return undefined;
  let step: number | undefined;
  if ((ts.isPostfixUnaryExpression(incr) || ts.isPrefixUnaryExpression(incr)) && ts.isIdentifier(incr.operand) && ctx.checker.getSymbolAtLocation(incr.operand) === sym) {
    step = incr.operator === ts.SyntaxKind.PlusPlusToken ? 1 : incr.operator === ts.SyntaxKind.MinusMinusToken ? -1 : undefined;
  } else if (ts.isBinaryExpression(incr) && ts.isIdentifier(incr.left) && ctx.checker.getSymbolAtLocation(incr.left) === sym && ts.isNumericLiteral(incr.right)) {
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
  if (!isIntExpr(ctx, cond.right) || !boundIsStable(ctx, cond.right, node.statement)) return undefined;
  if (ctx.scopes.scopeOfSymbol(sym) !== ctx.scope) return undefined;
  const start = transformExpr(ctx, decl.initializer);
  let stop = transformExpr(ctx, cond.right);
  if (op === ts.SyntaxKind.LessThanEqualsToken) stop = b.bin(stop, "+", b.num(1));
  if (op === ts.SyntaxKind.GreaterThanEqualsToken) stop = b.bin(stop, "-", b.num(1));
  const args = step === 1 ? (start.kind === "Constant" && start.value === 0 ? [stop] : [start, stop]) : [start, stop, b.num(step)];
  const target = transformExpr(ctx, decl.name);
  return [{ kind: "For", target, iter: b.call("range", args), body: loopBody(ctx, node.statement), pos: ctx.pos(node) }];
}

const readOnlyArrayMethods = new Set([
  "indexOf", "lastIndexOf", "includes", "slice", "join", "map", "filter", "reduce", "forEach", "find", "findIndex",
  "some", "every", "at", "concat", "toString", "entries", "keys", "values",
]);

function boundIsStable(ctx: TransformContext, bound: ts.Expression, body: ts.Statement): boolean {
  while (ts.isParenthesizedExpression(bound)) bound = bound.expression;
  if (ts.isNumericLiteral(bound)) return true;
  let subject: ts.Identifier | undefined;
  if (ts.isIdentifier(bound)) subject = bound;
  else if (ts.isPropertyAccessExpression(bound) && bound.name.text === "length" && ts.isIdentifier(bound.expression)) subject = bound.expression;
  else return false;
  const sym = ctx.checker.getSymbolAtLocation(subject);
  if (!sym) return false;
  const isArrayLength = subject !== bound;
  if (isArrayLength && T.isString(ctx.checker.getTypeAtLocation(subject))) {
    // strings are immutable; only reassignment matters
  }
  let stable = true;
  const visit = (n: ts.Node): void => {
    if (!stable) return;
    if (ts.isIdentifier(n) && ctx.checker.getSymbolAtLocation(n) === sym) {
      let p: ts.Node = n.parent;
      let child: ts.Node = n;
      while (ts.isParenthesizedExpression(p) || ts.isNonNullExpression(p)) {
        child = p;
        p = p.parent;
      }
      const writes = ts.isBinaryExpression(p) && p.left === child && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
      const updates = (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken);
      if (writes || updates) stable = false;
      else if (isArrayLength && !T.isString(ctx.checker.getTypeAtLocation(n))) {
        const reads = ts.isElementAccessExpression(p) && p.expression === child && !isAssigned(p);
        const safeMember = ts.isPropertyAccessExpression(p) && p.expression === child && (p.name.text === "length" ? !isAssigned(p) : readOnlyArrayMethods.has(p.name.text));
        if (!reads && !safeMember) stable = false;
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(body);
  // the bound may also change through a closure defined elsewhere; only locals of this function are trusted
  const decl = sym.valueDeclaration;
  if (!decl || decl.getSourceFile() !== ctx.sourceFile) return false;
  if (ts.isVariableDeclaration(decl) && ts.isVariableDeclarationList(decl.parent) && decl.parent.flags & ts.NodeFlags.Const) return stable;
  const writes = ctx.scopes.writes.get(sym) ?? [];
  return stable && writes.length <= 1 && ctx.scopes.scopeOfSymbol(sym) === ctx.scope;
}

function isAssigned(n: ts.Node): boolean {
  const p = n.parent;
  return ts.isBinaryExpression(p) && p.left === n && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
}
