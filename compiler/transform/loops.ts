// Loops and jumps. `for (let i = a; i < b; i++)` becomes `for i in range(a, b)`
// when that is exactly equivalent; other for loops become while loops whose
// `continue` runs the update first. Labelled jumps across Python loops use flags.
import { enumKeys, enumObject } from "./enum-objects.js";
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import { Codes, unsupported } from "../diagnostics.js";
import type { LoopInfo, TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { condition, transformBlock, transformExpressionStatement, transformStatements, transformVariableList } from "./statements.js";
import { bindPattern } from "./destructuring.js";
import { isPythonBuiltin, isIntExpr } from "./conversions.js";
import { isFunctionScope } from "./scopes.js";
import { transformSwitch } from "./switch.js";
import * as T from "./types.js";
import { assignTo } from "./assignment.js";
import { jsIterable, liveCollectionLoop } from "./iteration.js";
import { someNode, walk, walkWith } from "./walk.js";
import { mayRunAccessor } from "./accessor-names.js";
import { elementLoop, withElementReads } from "./element-loops.js";

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

function loopBody(ctx: TransformContext, stmt: ts.Statement): py.Stmt[] {
  const body = transformBlock(ctx, stmt);
  return body.length ? body : [b.pass()];
}

export function transformLoop(ctx: TransformContext, node: ts.IterationStatement, label: string | undefined): py.Stmt[] {
  checkCapturedWrites(ctx, node);
  const loop = newLoop(node, label, true);
  return withLoop(ctx, loop, () => {
    if (ts.isWhileStatement(node)) return whileLoop(ctx, node.expression, () => loopBody(ctx, node.statement), ctx.pos(node));
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

function forOfTarget(ctx: TransformContext, init: ts.ForInitializer): { target: py.Expr; prelude: py.Stmt[] } {
  if (ts.isVariableDeclarationList(init)) {
    const decl = init.declarations[0];
    const name = decl.name;
    if (ts.isIdentifier(name)) return { target: transformExpr(ctx, name), prelude: [] };
    // for (const [k, v] of ...): unpack directly when every element is a plain name
    // and the items are tuples of exactly that length (Python's unpacking is strict)
    if (
      ts.isArrayBindingPattern(name) &&
      name.elements.every((e) => ts.isBindingElement(e) && ts.isIdentifier(e.name) && !e.initializer && !e.dotDotDotToken) &&
      isFixedTuple(ctx, ctx.checker.getTypeAtLocation(decl), name.elements.length)
    ) {
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

function isFixedTuple(ctx: TransformContext, t: ts.Type, length: number): boolean {
  if (!ctx.checker.isTupleType(t)) return false;
  const target = (t as ts.TupleTypeReference).target;
  return !target.hasRestElement && target.minLength === length && target.fixedLength === length;
}

/** What `for...of` iterates, in Python. */
export function iterable(ctx: TransformContext, node: ts.Expression): py.Expr {
  const e = transformExpr(ctx, node);
  const t = ctx.checker.getTypeAtLocation(node);
  if (T.isMapType(t)) return b.method(e, "items");
  return jsIterable(ctx, node, e);
}

function forOf(ctx: TransformContext, node: ts.ForOfStatement): py.Stmt[] {
  if (node.awaitModifier) throw unsupported(node, Codes.asyncGenerator, "'for await'", "await each promise inside a plain for...of loop");
  let iter = liveCollectionLoop(ctx, node) ?? iterable(ctx, node.expression);
  const { target, prelude } = forOfTarget(ctx, node.initializer);
  // leaving the loop early closes a generator, so its finally blocks run now, as in JavaScript
  const close = mayNeedClose(ctx, node);
  if (close) iter = ctx.once(iter);
  const loop: py.For = { kind: "For", target, iter, body: [...prelude, ...loopBody(ctx, node.statement)], pos: ctx.pos(node) };
  if (!close) return [loop];
  return [{ kind: "Try", body: [loop], handlers: [], finalbody: [b.exprStmt(b.method(iter, "close"))], pos: ctx.pos(node) }];
}

/** A generator that may hold a finally block, iterated by a loop that may stop early. */
function mayNeedClose(ctx: TransformContext, node: ts.ForOfStatement): boolean {
  if (T.libTypeName(ctx.checker.getTypeAtLocation(node.expression)) !== "Generator") return false;
  // a call to a generator function of this program without try/finally: nothing to run
  let e = node.expression;
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isCallExpression(e)) {
    const decl = ctx.checker.getSymbolAtLocation(e.expression)?.valueDeclaration;
    if (
      decl &&
      (ts.isFunctionDeclaration(decl) || ts.isFunctionExpression(decl) || ts.isMethodDeclaration(decl)) &&
      decl.body &&
      !hasFinally(decl.body)
    )
      return false;
  }
  return exitsEarly(node);
}

function hasFinally(node: ts.Node): boolean {
  return someNode(
    node,
    (n) => ts.isTryStatement(n) && !!n.finallyBlock,
    (n) => n === node || !isFunctionScope(n),
  );
}

/** Whether the loop's body can leave it other than by running out: break, return, throw, a jump to an outer label. */
function exitsEarly(loop: ts.IterationStatement): boolean {
  const labelsInside = new Set<string>();
  let exits = false;
  walkWith(loop.statement, false, (n, nested) => {
    if (isFunctionScope(n)) return { step: "skip", next: nested };
    if (ts.isReturnStatement(n) || ts.isThrowStatement(n)) exits = true;
    else if (ts.isBreakStatement(n) || ts.isContinueStatement(n)) {
      exits = n.label ? !labelsInside.has(n.label.text) : ts.isBreakStatement(n) && !nested;
      if (!exits) return { step: "skip", next: nested };
    }
    if (exits) return { step: "stop", next: nested };
    if (ts.isLabeledStatement(n)) labelsInside.add(n.label.text);
    return { step: undefined, next: nested || ts.isIterationStatement(n, false) || ts.isSwitchStatement(n) };
  });
  return exits;
}

function forIn(ctx: TransformContext, node: ts.ForInStatement): py.Stmt[] {
  const obj = transformExpr(ctx, node.expression);
  const t = ctx.checker.getTypeAtLocation(node.expression);
  const { target, prelude } = forOfTarget(ctx, node.initializer);
  if (T.isArray(ctx.checker, t, true)) {
    // array keys are the indices, as strings
    const i = b.name(ctx.temp("_i"));
    return [
      {
        kind: "For",
        target: i,
        iter: b.call("range", [b.call("len", [obj])]),
        body: [b.assign(target, b.call("str", [i])), ...prelude, ...loopBody(ctx, node.statement)],
        pos: ctx.pos(node),
      },
    ];
  }
  if (enumObject(ctx, node.expression)) {
    // an enum's keys as the JavaScript object has them (enum-objects.ts)
    return [{ kind: "For", target, iter: enumKeys(ctx, obj), body: [...prelude, ...loopBody(ctx, node.statement)], pos: ctx.pos(node) }];
  }
  // class instances keep their fields in __dict__ (as Object.keys reads them)
  let keys: py.Expr = T.isClassInstance(t) ? b.attr(obj, "__dict__") : obj;
  const guard: py.Stmt[] = [];
  // JavaScript visits the keys there were at the start, minus those deleted since;
  // a Python dict iterator would also visit keys added by the body
  const runsCode = mayRunOtherCode(ctx, node.statement);
  if (runsCode || storesProperty(node.statement)) {
    keys = ctx.once(keys);
    if (runsCode) guard.push(b.ifStmt(b.cmp(target, "not in", keys), [b.cont()]));
    keys = b.call("list", [keys]);
  }
  return [{ kind: "For", target, iter: keys, body: [...guard, ...prelude, ...loopBody(ctx, node.statement)], pos: ctx.pos(node) }];
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

/** `for (let i = a; i < b; i++)` as `for i in range(a, b)`, when nothing in the body can tell the difference. */
function rangeLoop(ctx: TransformContext, node: ts.ForStatement): py.Stmt[] | undefined {
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
  if (ctx.scopes.scopeOfSymbol(sym) !== ctx.scope) return undefined;
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
  const el = fromZero && step === 1 && op === ts.SyntaxKind.LessThanToken && elementBound ? elementLoop(ctx, node, sym, elementBound) : undefined;
  if (el) {
    const [seqPre, seq] = ctx.capture(() => transformExpr(ctx, el.sequence));
    if (!seqPre.length) {
      const body = withElementReads(ctx, el, () => loopBody(ctx, node.statement));
      return [{ kind: "For", target: b.name(el.name), iter: seq, body, pos: ctx.pos(node) }];
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
function pairedLength(ctx: TransformContext, others: ts.VariableDeclaration[], bound: ts.Expression, loop: ts.ForStatement): ts.Expression | undefined {
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

// ---- whether `range(...)` sees the same bound as the JavaScript condition on every pass

const readOnlyArrayMethods = new Set([
  "indexOf",
  "lastIndexOf",
  "includes",
  "slice",
  "join",
  "map",
  "filter",
  "reduce",
  "reduceRight",
  "forEach",
  "find",
  "findIndex",
  "findLast",
  "findLastIndex",
  "some",
  "every",
  "at",
  "concat",
  "toString",
  "entries",
  "keys",
  "values",
  "flat",
  "flatMap",
]);

const arithmetic = new Set([ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.PercentToken]);
const lengthKeepingMethods = new Set(["sort", "reverse", "fill", "copyWithin"]);

export type ArrayUse = "read" | "mutate" | "escape";

/** How one reference to an array variable uses it. */
export function arrayUse(ctx: TransformContext, ref: ts.Identifier): ArrayUse {
  let child: ts.Node = ref;
  let p: ts.Node = ref.parent;
  while (ts.isParenthesizedExpression(p) || ts.isNonNullExpression(p)) {
    child = p;
    p = p.parent;
  }
  // xs[i] = v keeps the length (past the end, Python raises rather than grow the list)
  if (ts.isElementAccessExpression(p) && p.expression === child) return "read";
  if (ts.isPropertyAccessExpression(p) && p.expression === child) {
    const name = p.name.text;
    if (name === "length") return isAssigned(p) ? "mutate" : "read";
    if (!readOnlyArrayMethods.has(name) && !lengthKeepingMethods.has(name)) return "mutate";
    // a callback handed to map/forEach/... is code that runs during the loop
    const call = p.parent;
    if (ts.isCallExpression(call) && call.expression === p && call.arguments.some((a) => isFunctionValue(ctx, a))) return "escape";
    return "read";
  }
  if (ts.isForOfStatement(p) && p.expression === child) return "read";
  if (
    ts.isBinaryExpression(p) &&
    p.left === child &&
    p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    p.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  )
    return "mutate";
  if (ts.isTypeOfExpression(p) || (ts.isBinaryExpression(p) && isComparison(p.operatorToken.kind))) return "read";
  return "escape";
}

function isComparison(k: ts.SyntaxKind): boolean {
  return (
    k === ts.SyntaxKind.EqualsEqualsEqualsToken ||
    k === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
    k === ts.SyntaxKind.EqualsEqualsToken ||
    k === ts.SyntaxKind.ExclamationEqualsToken
  );
}

function isFunctionValue(ctx: TransformContext, e: ts.Expression): boolean {
  return ts.isArrowFunction(e) || ts.isFunctionExpression(e) || ctx.checker.getTypeAtLocation(e).getCallSignatures().length > 0;
}

export function enclosingFunction(n: ts.Node): ts.Node | undefined {
  for (let p = n.parent; p; p = p.parent) if (isFunctionScope(p)) return p;
  return undefined;
}

export function isAncestor(ancestor: ts.Node, node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

function boundIsStable(ctx: TransformContext, bound: ts.Expression, loop: ts.ForStatement): boolean {
  while (ts.isParenthesizedExpression(bound)) bound = bound.expression;
  if (ts.isNumericLiteral(bound)) return true;
  // n - 1, 2 * xs.length, -k: stable when every part is
  if (ts.isPrefixUnaryExpression(bound) && bound.operator === ts.SyntaxKind.MinusToken) return boundIsStable(ctx, bound.operand, loop);
  if (ts.isBinaryExpression(bound) && arithmetic.has(bound.operatorToken.kind))
    return boundIsStable(ctx, bound.left, loop) && boundIsStable(ctx, bound.right, loop);
  let subject: ts.Identifier | undefined;
  if (ts.isIdentifier(bound)) subject = bound;
  else if (ts.isPropertyAccessExpression(bound) && bound.name.text === "length" && ts.isIdentifier(bound.expression))
    subject = bound.expression;
  // Python's len(buf) of a bytes-like value: the same as an array's length
  else if (
    ts.isCallExpression(bound) &&
    bound.arguments.length === 1 &&
    ts.isIdentifier(bound.arguments[0]) &&
    isPythonBuiltin(ctx, bound.expression, ["len"])
  )
    subject = bound.arguments[0];
  // this.count, cfg.max, this.items.length, len(this.buf)
  else return chainIsStable(ctx, bound, loop);
  const sym = ctx.checker.getSymbolAtLocation(subject);
  const decl = sym?.valueDeclaration;
  // the bound may change through code elsewhere; only variables of this file are trusted
  if (!sym || !decl || decl.getSourceFile() !== ctx.sourceFile) return false;
  const isConst =
    ts.isVariableDeclaration(decl) && ts.isVariableDeclarationList(decl.parent) && (decl.parent.flags & ts.NodeFlags.Const) !== 0;
  if (!isConst) {
    // a let or a parameter: never reassigned after its initial value
    const writes = ctx.scopes.writes.get(sym) ?? [];
    if (writes.length > 1 || ctx.scopes.scopeOfSymbol(sym) !== ctx.scope) return false;
  }
  const mutableArray = subject !== bound && !T.isString(ctx.checker.getTypeAtLocation(subject));
  if (!mutableArray) return true;
  // an array's length: nothing in the loop may change it, and no code the loop runs
  // (a call, or another task while it awaits) may change it through another name
  const loopFn = enclosingFunction(loop);
  let reachable = ts.isParameter(decl) || (ts.getCombinedModifierFlags(decl as ts.Declaration) & ts.ModifierFlags.Export) !== 0;
  for (const ref of ctx.scopes.references.get(sym) ?? []) {
    if (ref === subject) continue;
    const use = arrayUse(ctx, ref);
    if (isAncestor(loop, ref)) {
      if (use !== "read") return false;
    } else if (use === "escape" || (use === "mutate" && enclosingFunction(ref) !== loopFn)) reachable = true;
  }
  // (`other.length = 0` truncates it through another name without a call)
  return !(reachable && (mayRunOtherCode(ctx, loop.statement, loop.incrementor) || storesLength(ctx, loop)));
}

/** `o.length = n` (or `o["length"]`) somewhere in the loop. */
function storesLength(ctx: TransformContext, loop: ts.ForStatement): boolean {
  return [loop.statement, loop.incrementor].some(
    (part) =>
      !!part &&
      someNode(
        part,
        (n) => (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && memberName(n) === "length" && isWrite(n),
        (n) => !isFunctionScope(n),
      ),
  );
}

function memberName(n: ts.PropertyAccessExpression | ts.ElementAccessExpression): string | undefined {
  if (ts.isPropertyAccessExpression(n)) return n.name.text;
  return ts.isStringLiteralLike(n.argumentExpression) ? n.argumentExpression.text : undefined;
}

/**
 * A bound read through properties (`this.count`, `cfg.max`, `this.items.length`,
 * `len(this.buf)`): stable when the loop runs no other code (no call but harmless
 * ones, no getter or setter, no await), assigns no property of any of those names
 * on anything that may be one of the chain's objects, and does not reassign the
 * variable the chain starts from.
 */
function chainIsStable(ctx: TransformContext, bound: ts.Expression, loop: ts.ForStatement): boolean {
  let e = bound;
  if (ts.isCallExpression(e) && e.arguments.length === 1 && isPythonBuiltin(ctx, e.expression, ["len"])) e = e.arguments[0];
  // each link: the property's name and the type of the object it is read from
  const links: { name: string; object: ts.Type }[] = [];
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || (ts.isPropertyAccessExpression(e) && !e.questionDotToken)) {
    if (ts.isPropertyAccessExpression(e)) {
      if (!isPlainField(ctx, e)) return false;
      links.push({ name: e.name.text, object: ctx.checker.getTypeAtLocation(e.expression) });
    }
    e = e.expression;
  }
  if (links.length === 0) return false;
  if (e.kind !== ts.SyntaxKind.ThisKeyword) {
    const sym = ts.isIdentifier(e) ? ctx.checker.getSymbolAtLocation(e) : undefined;
    if (!sym || !(sym.flags & (ts.SymbolFlags.Variable | ts.SymbolFlags.Class | ts.SymbolFlags.Enum))) return false;
    if ((ctx.scopes.references.get(sym) ?? []).some((ref) => isAncestor(loop, ref) && isWrite(ref))) return false;
  }
  const parts = [loop.statement, loop.incrementor];
  if (mayRunOtherCode(ctx, ...parts)) return false;
  // a store into a link's property (any property, for a computed key) of something that may be the link's object
  const mayStore = (recv: ts.Expression, name: string | undefined) => {
    const t = ctx.checker.getTypeAtLocation(recv);
    return links.some((l) => (name === undefined || l.name === name) && ctx.checker.isTypeAssignableTo(l.object, t));
  };
  return !parts.some(
    (part) =>
      !!part &&
      someNode(
        part,
        (n) => {
          if (!(ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) || !isWrite(n)) return false;
          const name = memberName(n);
          if (name !== undefined) return mayStore(n.expression, name);
          // a computed key may be any name: a store into a numbered element of a list is not a property
          const t = ctx.checker.getTypeAtLocation(n.expression);
          const element = (T.isArray(ctx.checker, t, true) || T.isBoardSequence(ctx.checker, t)) && T.isNumber(ctx.checker.getTypeAtLocation((n as ts.ElementAccessExpression).argumentExpression));
          return !element && mayStore(n.expression, undefined);
        },
        (n) => !isFunctionScope(n),
      ),
  );
}

/**
 * A property whose value only an assignment changes: a field the program declares
 * (a class field, an object literal's or an interface's member), or the length of
 * a string, array or bytes. Not a getter, and not a board object's property, which
 * the hardware may change.
 */
function isPlainField(ctx: TransformContext, access: ts.PropertyAccessExpression): boolean {
  if (mayRunAccessor(ctx, access)) return false;
  if (access.name.text === "length") return T.hasLenLength(ctx.checker, ctx.checker.getTypeAtLocation(access.expression));
  const decls = ctx.checker.getSymbolAtLocation(access.name)?.declarations ?? [];
  return (
    decls.length > 0 &&
    decls.every(
      (d) =>
        !d.getSourceFile().isDeclarationFile &&
        (ts.isPropertyDeclaration(d) ||
          ts.isPropertySignature(d) ||
          ts.isParameter(d) ||
          ts.isPropertyAssignment(d) ||
          ts.isShorthandPropertyAssignment(d) ||
          ts.isEnumMember(d)),
    )
  );
}

function isAssigned(n: ts.Node): boolean {
  const p = n.parent;
  return (
    ts.isBinaryExpression(p) &&
    p.left === n &&
    p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    p.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  );
}

const pureGlobals = new Set(["String", "Number", "Boolean", "parseInt", "parseFloat", "isNaN", "isFinite"]);
const pureNamespaces = new Set(["console", "Math", "JSON", "Number", "String"]);

/** Whether these statements may run code that could reach an array or object through another name. */
export function mayRunOtherCode(ctx: TransformContext, ...nodes: (ts.Node | undefined)[]): boolean {
  const runs = (n: ts.Node) =>
    ts.isAwaitExpression(n) ||
    ts.isYieldExpression(n) ||
    ts.isNewExpression(n) ||
    ts.isTaggedTemplateExpression(n) ||
    (ts.isCallExpression(n) && !isHarmlessCall(ctx, n)) ||
    ts.isDeleteExpression(n) ||
    // a getter or setter runs its body
    mayRunAccessor(ctx, n);
  // defining a function runs nothing
  return nodes.some(
    (node) =>
      !!node &&
      someNode(
        node,
        (n) => !isFunctionScope(n) && runs(n),
        (n) => !isFunctionScope(n),
      ),
  );
}

/** Whether these statements may store into some object's property (`o[k] = v`, `o.x += 1`). */
function storesProperty(node: ts.Node): boolean {
  return someNode(
    node,
    (n) => !isFunctionScope(n) && (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && (isAssigned(n) || isUpdated(n)),
    (n) => !isFunctionScope(n),
  );
}

function isUpdated(n: ts.Node): boolean {
  const p = n.parent;
  return (
    (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) &&
    (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken)
  );
}

function isHarmlessCall(ctx: TransformContext, call: ts.CallExpression): boolean {
  if (call.arguments.some((a) => isFunctionValue(ctx, a))) return false;
  const callee = call.expression;
  const fromLib = (e: ts.Expression) => T.isFromLib(ctx.checker.getSymbolAtLocation(e)?.declarations?.[0]);
  if (ts.isIdentifier(callee)) return pureGlobals.has(callee.text) && fromLib(callee);
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const recv = callee.expression;
  if (ts.isIdentifier(recv) && pureNamespaces.has(recv.text) && fromLib(recv)) return true;
  const t = ctx.checker.getTypeAtLocation(recv);
  if (T.isString(t) || T.isNumber(t) || T.isBoolean(t)) return true;
  if (!T.isArray(ctx.checker, t)) return false;
  if (readOnlyArrayMethods.has(callee.name.text) || lengthKeepingMethods.has(callee.name.text)) return true;
  // push onto a fresh local array (`const out: number[] = []`) cannot touch another array
  if (!ts.isIdentifier(recv)) return false;
  const d = ctx.checker.getSymbolAtLocation(recv)?.valueDeclaration;
  return (
    !!d &&
    ts.isVariableDeclaration(d) &&
    ts.isVariableDeclarationList(d.parent) &&
    (d.parent.flags & ts.NodeFlags.Const) !== 0 &&
    !!d.initializer &&
    ts.isArrayLiteralExpression(d.initializer)
  );
}

// ---- jumps and closures that Python's loops would get wrong

/** A `continue` to this loop from inside try/finally: JavaScript runs the finally block before the update. */
function continueNeedsFinally(loop: ts.IterationStatement): boolean {
  const labelOf = (n: ts.Node) => (ts.isLabeledStatement(n.parent) ? n.parent.label.text : undefined);
  let found = false;
  walk(loop.statement, (n) => {
    if (isFunctionScope(n)) return "skip";
    if (!ts.isContinueStatement(n)) return;
    let crossesFinally = false;
    for (let c: ts.Node = n, p = n.parent; p; c = p, p = p.parent) {
      if (ts.isTryStatement(p) && p.finallyBlock && c !== p.finallyBlock) crossesFinally = true;
      if (ts.isIterationStatement(p, false) && (!n.label || labelOf(p) === n.label.text)) {
        found = p === loop && crossesFinally;
        break;
      }
    }
    return found ? "stop" : "skip";
  });
  return found;
}

/**
 * A closure made in a loop gets a copy of the loop's `let` bindings it uses (see
 * functions.ts). A copy is exact unless the binding changes after the closure is
 * made: refuse those loops rather than print stale values. Classes declared in a
 * loop get no copies at all, so they may not use the loop's bindings.
 */
function checkCapturedWrites(ctx: TransformContext, loop: ts.IterationStatement): void {
  const closures = new Map<ts.Symbol, ts.Node[]>();
  walk(loop, (n) => {
    if (n === loop) return;
    if (ts.isClassLike(n)) {
      checkClassInLoop(ctx, n, loop);
      return "skip";
    }
    if (!isFunctionScope(n)) return;
    for (const sym of ctx.scopes.scopeOf(n).loopCaptures) {
      if (owningLoop(sym) !== loop) continue;
      const list = closures.get(sym) ?? [];
      list.push(n);
      closures.set(sym, list);
    }
    return "skip";
  });
  const loopFunction = enclosingFunction(loop);
  for (const [sym, fns] of closures) {
    for (const ref of ctx.scopes.references.get(sym) ?? []) {
      if (!isWrite(ref)) continue;
      // safe: a write in this function that runs before the closure is made, and not
      // again while it lives (no inner loop holds both)
      const safe =
        enclosingFunction(ref) === loopFunction &&
        fns.every((fn) => ref.getStart(ctx.sourceFile) < fn.getStart(ctx.sourceFile) && !innerLoopHolding(fn, ref, loop));
      if (safe) continue;
      throw unsupported(
        ref,
        Codes.loopCaptureWrite,
        `Changing '${sym.getName()}' after a closure in the loop has captured it`,
        `copy it into a new const after the change (const v = ${sym.getName()}) and capture that`,
      );
    }
  }
}

/** A loop inside `loop` that contains both nodes (so one runs again after the other). */
function innerLoopHolding(a: ts.Node, b: ts.Node, loop: ts.Node): boolean {
  for (let p = a.parent; p && p !== loop; p = p.parent) if (ts.isIterationStatement(p, false) && isAncestor(p, b)) return true;
  return false;
}

function checkClassInLoop(ctx: TransformContext, cls: ts.ClassLikeDeclaration, loop: ts.IterationStatement): void {
  walk(cls, (n) => {
    if (ts.isIdentifier(n)) {
      const sym = ctx.checker.getSymbolAtLocation(n);
      const decl = sym?.valueDeclaration;
      if (sym && decl && !isAncestor(cls, decl) && owningLoop(sym) === loop) {
        throw unsupported(
          n,
          Codes.classUsesLoopBinding,
          `A class declared in a loop that uses the loop variable '${sym.getName()}'`,
          "declare the class outside the loop and pass the value to its constructor",
        );
      }
    }
  });
}

function owningLoop(sym: ts.Symbol): ts.Node | undefined {
  const decl = sym.valueDeclaration ?? sym.declarations?.[0];
  return decl && innermostLoopOrFunction(decl);
}

function innermostLoopOrFunction(n: ts.Node): ts.Node | undefined {
  for (let p = n.parent; p; p = p.parent) if (ts.isIterationStatement(p, false) || isFunctionScope(p)) return p;
  return undefined;
}

/** Whether `target` (a name, or a member `o.x` / `o[k]`) is assigned, updated or destructured into. */
export function isWrite(target: ts.Expression): boolean {
  let n: ts.Node = target;
  while (ts.isParenthesizedExpression(n.parent) || ts.isNonNullExpression(n.parent) || ts.isAsExpression(n.parent)) n = n.parent;
  const p = n.parent;
  if (
    ts.isBinaryExpression(p) &&
    p.left === n &&
    p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    p.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  )
    return true;
  if (
    (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) &&
    (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken)
  )
    return true;
  if ((ts.isForOfStatement(p) || ts.isForInStatement(p)) && p.initializer === n) return true;
  // a target inside a destructuring assignment: [a, i] = ...
  for (let c: ts.Node = n, up = p; ; c = up, up = up.parent) {
    if (ts.isBinaryExpression(up) && up.left === c && up.operatorToken.kind === ts.SyntaxKind.EqualsToken) return c !== n;
    if ((ts.isForOfStatement(up) || ts.isForInStatement(up)) && up.initializer === c) return c !== n;
    if (!(
      ts.isArrayLiteralExpression(up) ||
      ts.isObjectLiteralExpression(up) ||
      (ts.isPropertyAssignment(up) && up.initializer === c) ||
      ts.isShorthandPropertyAssignment(up) ||
      ts.isSpreadElement(up) ||
      ts.isSpreadAssignment(up)
    ))
      return false;
  }
}
