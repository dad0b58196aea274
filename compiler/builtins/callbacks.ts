// Inlining of array callbacks: `arr.map(x => x * 2)` becomes a comprehension,
// `arr.forEach(x => f(x))` a for loop, instead of a function call per item.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { inFunctionScope } from "../transform/functions.js";
import { truthy } from "../transform/conversions.js";
import { discardedExpression, transformStatements } from "../transform/statements.js";
import { callbackExpression, inlineCallback, returnsAsContinue, type ReturnPass } from "./util.js";
import { someNode, walk } from "../transform/walk.js";
import { arrayCallbacks } from "../transform/numeric-nodes.js";
import * as T from "../transform/types.js";
import { hoistingLengths } from "../transform/loop-lengths.js";
import { calleeChangesNothing, isFreshArray, lengthIsStable } from "../transform/loop-bound.js";
import type { Scope } from "../transform/scopes.js";
import { changesNothing } from "../transform/effects.js";
import { containsScope, renamed, splitIntoChars } from "./comprehension-sources.js";

/** What a kept result does in the loop (`pass` of inlineLoopBody): from the returned value and the loop's targets. */
export type ResultPass = (value: ts.Expression | undefined, params: py.Expr[]) => py.Stmt[];

export interface Inlined {
  /** a name per parameter, or a tuple of names for an `[a, b]` parameter (InlineOptions.unpack) */
  params: py.Expr[];
  body: py.Expr;
}

function containsAssignment(root: unknown): boolean {
  // a worklist, not recursion: the body may be a 2,000-term chain
  const work = [root];
  while (work.length) {
    const e = work.pop();
    if (!e || typeof e !== "object") continue;
    const k = (e as py.Expr).kind;
    if (k === "NamedExpr" || k === "Yield" || k === "Await" || k === "Lambda") return true;
    for (const v of Object.values(e)) if (typeof v === "object") work.push(v);
  }
  return false;
}

function forget(ctx: TransformContext, fn: ts.Node): void {
  // a failed inline attempt must not leave optional-chain bookkeeping behind
  const inside = (n: ts.Node) => n.pos >= fn.pos && n.end <= fn.end && n.getSourceFile() === fn.getSourceFile();
  for (const n of [...ctx.handledOptionalLinks]) if (inside(n)) ctx.handledOptionalLinks.delete(n);
  for (const n of [...ctx.substitutions.keys()]) if (inside(n)) ctx.substitutions.delete(n);
}

export interface InlineOptions {
  /** the body is a condition: give it JavaScript truthiness */
  asCondition?: boolean;
  /**
   * The body runs in a for loop of the enclosing Python scope rather than in a
   * comprehension (which has its own scope): parameters get fresh names there,
   * so they cannot overwrite a variable of the same name.
   */
  loop?: boolean;
  /** at most this many parameters (the third one, the array, is not bound when inlined) */
  maxParams?: number;
  /**
   * A parameter may be an array pattern of names when the items are tuples of exactly
   * that length: it is a tuple of names, for a for target that unpacks each item.
   */
  unpack?: boolean;
}

/** The names a callback parameter binds: its own, or those of its `[a, b]` pattern. */
function boundNames(p: ts.ParameterDeclaration): ts.Identifier[] {
  return ts.isIdentifier(p.name)
    ? [p.name]
    : (p.name as ts.ArrayBindingPattern).elements.map((e) => (e as ts.BindingElement).name as ts.Identifier);
}

/** Every pattern parameter of `fn` unpacks its items exactly (tuples of as many elements as it names). */
function patternsUnpack(ctx: TransformContext, fn: ts.SignatureDeclaration): boolean {
  return fn.parameters.every(
    (p) =>
      ts.isIdentifier(p.name) ||
      T.isFixedTuple(ctx.checker, ctx.checker.getTypeAtLocation(p.name), (p.name as ts.ArrayBindingPattern).elements.length),
  );
}

/** A parameter as a for target of the enclosing scope: fresh names, which its references become. */
function freshTarget(ctx: TransformContext, p: ts.ParameterDeclaration): py.Expr {
  const names = boundNames(p).map((id) => {
    const sym = ctx.checker.getSymbolAtLocation(id);
    const name = b.name(ctx.temp(ctx.scopes.nameOf(sym!) ?? id.text));
    for (const ref of (sym && ctx.scopes.references.get(sym)) ?? []) ctx.substitutions.set(ref, name);
    return name;
  });
  return ts.isIdentifier(p.name) ? names[0] : b.tuple(names);
}

/** The callback's single expression with its parameters, if it can run inside a comprehension or loop. */
export function inlineExpression(
  ctx: TransformContext,
  arg: ts.Expression | undefined,
  options: InlineOptions | boolean = {},
): Inlined | undefined {
  const opts: InlineOptions = typeof options === "boolean" ? { asCondition: options } : options;
  const fn = inlineCallback(arg, opts.unpack);
  if (!fn || (opts.unpack && !patternsUnpack(ctx, fn))) return undefined;
  if (fn.parameters.length > (opts.maxParams ?? 2)) return undefined;
  const expr = callbackExpression(fn);
  if (!expr) return undefined;
  const loopNames = opts.loop ? fn.parameters.map((p) => freshTarget(ctx, p)) : undefined;
  const result = inFunctionScope(ctx, fn, () => {
    const params =
      loopNames ??
      fn.parameters.map((p) => {
        const names = boundNames(p).map((id) => transformExpr(ctx, id));
        return ts.isIdentifier(p.name) ? names[0] : b.tuple(names);
      });
    const [pre, value] = ctx.capture(() => transformExpr(ctx, expr));
    const body = opts.asCondition ? truthy(ctx, expr, value) : value;
    return { params, pre, body, scope: ctx.scope };
  });
  if (loopNames) forgetParams(ctx, fn);
  if (result.pre.length || containsAssignment(result.body) || result.scope.assignedOuter.size) {
    forget(ctx, fn);
    return undefined;
  }
  return { params: result.params, body: result.body };
}

function containsFunction(node: ts.Node): boolean {
  return someNode(node, (n) => n !== node && (ts.isFunctionLike(n) || ts.isClassLike(n)));
}

/** A `return` of `fn` that a `continue` can stand for: no loop or switch of the callback around it. */
function endsPass(ret: ts.ReturnStatement, fn: ts.Node): boolean {
  for (let n: ts.Node = ret.parent; n !== fn; n = n.parent) if (ts.isIterationStatement(n, false) || ts.isSwitchStatement(n)) return false;
  return true;
}

/** Array methods that call their callback before they return, and keep no reference to it. */
const callingMethods = new Set([...arrayCallbacks, "reduce", "reduceRight", "flatMap"]);

/**
 * A function that may run after the pass of the loop it is in: any but a callback
 * handed straight to an array method, which runs it there and then (a loop variable
 * it reads still has that pass's value).
 */
function containsEscapingFunction(node: ts.Node): boolean {
  return someNode(node, (n) => {
    if (n === node || !(ts.isFunctionLike(n) || ts.isClassLike(n))) return false;
    const call = n.parent;
    const immediate =
      (ts.isArrowFunction(n) || ts.isFunctionExpression(n)) &&
      ts.isCallExpression(call) &&
      call.arguments[0] === n &&
      ts.isPropertyAccessExpression(call.expression) &&
      callingMethods.has(call.expression.name.text);
    return !immediate || containsEscapingFunction(n);
  });
}

/** A callback's body as a for loop's: its parameters (the loop's targets), and the lengths to compute before the loop. */
export interface InlinedPass {
  fn: ts.ArrowFunction | ts.FunctionExpression;
  params: py.Expr[];
  body: py.Stmt[];
  before: py.Stmt[];
}

/**
 * `arr.forEach(x => ...)` as the body of a for loop in the enclosing Python
 * scope: for an expression body or a block, whose returns are `continue`. Not
 * when the body holds a closure that may run later (it would see the loop
 * variable's last value), returns from inside a loop or switch of its own (a
 * `continue` there would go on with that one), reads `arguments`, or assigns a
 * variable the enclosing Python function cannot assign. The block's own
 * variables are named afresh in the enclosing scope, so they overwrite none of
 * its names.
 *
 * With `pass` (a callback whose results are kept, `arr.map(...)`), each return's
 * statements come from `pass`, an expression body is returned, and a block whose
 * end is reachable returns undefined there.
 */
export function inlineLoopBody(
  ctx: TransformContext,
  arg: ts.Expression | undefined,
  pass?: ResultPass,
  unpack = false,
): InlinedPass | undefined {
  const fn = inlineCallback(arg, unpack);
  if (!fn || fn.parameters.length > 2 || (unpack && !patternsUnpack(ctx, fn))) return undefined;
  let exprs: ts.Expression[] | undefined;
  let stmts: readonly ts.Statement[] | undefined;
  let returned: ts.Expression | undefined;
  if (!ts.isBlock(fn.body)) {
    if (pass) returned = fn.body;
    else exprs = [fn.body];
  } else if (!pass && fn.body.statements.length > 0 && fn.body.statements.every(ts.isExpressionStatement))
    exprs = fn.body.statements.map((st) => (st as ts.ExpressionStatement).expression);
  else if (
    !someNode(
      fn.body,
      (n) => (ts.isReturnStatement(n) && !endsPass(n, fn)) || (ts.isIdentifier(n) && n.text === "arguments"),
      (n) => !ts.isFunctionLike(n),
    )
  )
    stmts = fn.body.statements;
  else return undefined;
  // from fn, so that an expression body that is itself a function (`(x) => () => x`) counts
  if (exprs ? containsFunction(fn) : containsEscapingFunction(fn)) return undefined;
  const scope = ctx.scopes.scopeOf(fn);
  for (const sym of scope.assignedOuter) if (!ctx.emitsScope(ctx.scopes.scopeOfSymbol(sym))) return undefined;
  const params = fn.parameters.map((p) => freshTarget(ctx, p));
  const endPass: ReturnPass = pass ? (e) => pass(e, params) : (e) => (e ? discardedExpression(ctx, e) : []);
  try {
    const { before, out: body } = hoistingLengths(ctx, fn, () => passBody(ctx, fn, scope, stmts, exprs, returned, pass, endPass));
    return { fn, params, body: body.length ? body : [b.pass()], before };
  } finally {
    forgetParams(ctx, fn);
  }
}

/** The statements of one pass of an inlined callback. */
function passBody(
  ctx: TransformContext,
  fn: ts.ArrowFunction | ts.FunctionExpression,
  scope: Scope,
  stmts: readonly ts.Statement[] | undefined,
  exprs: ts.Expression[] | undefined,
  returned: ts.Expression | undefined,
  pass: ResultPass | undefined,
  endPass: ReturnPass,
): py.Stmt[] {
  const body: py.Stmt[] = [];
  if (stmts) {
    const paramSymbols = new Set(fn.parameters.flatMap((p) => boundNames(p).map((id) => ctx.checker.getSymbolAtLocation(id))));
    const renamed = new Map<ts.Symbol, string>();
    for (const sym of scope.declared) if (!paramSymbols.has(sym)) renamed.set(sym, ctx.temp(ctx.scopes.nameOf(sym) ?? sym.name));
    // its returns end the pass (endsPass): marked only while this body is emitted
    const returns: ts.ReturnStatement[] = [];
    walk(fn.body, (n) => (ts.isFunctionLike(n) ? "skip" : void (ts.isReturnStatement(n) && returns.push(n))));
    for (const r of returns) returnsAsContinue.set(r, endPass);
    ctx.inlinedScopes.set(scope, ctx.inlinedScopes.get(ctx.scope) ?? ctx.scope);
    try {
      body.push(...ctx.scopes.withNames(renamed, () => transformStatements(ctx, stmts!)));
    } finally {
      ctx.inlinedScopes.delete(scope);
      for (const r of returns) returnsAsContinue.delete(r);
    }
  }
  for (const e of exprs ?? []) body.push(...discardedExpression(ctx, e));
  if (returned) body.push(...endPass(returned));
  // the end of the block is reached (the binder's flow analysis): the callback returns undefined there
  else if (pass && fn.flags & ts.NodeFlags.HasImplicitReturn) body.push(...endPass(undefined));
  // a `continue` that ends the body does nothing
  while (body.length && body[body.length - 1].kind === "Continue") body.pop();
  return body;
}

function forgetParams(ctx: TransformContext, fn: ts.ArrowFunction | ts.FunctionExpression): void {
  for (const id of fn.parameters.flatMap(boundNames)) {
    const sym = ctx.checker.getSymbolAtLocation(id);
    for (const ref of (sym && ctx.scopes.references.get(sym)) ?? []) ctx.substitutions.delete(ref);
  }
}

/** How many parameters a callback declares (1 unless it clearly takes more; 3 for a rest parameter). */
export function declaredParams(ctx: TransformContext, arg: ts.Expression): number {
  let fn = arg;
  while (ts.isParenthesizedExpression(fn)) fn = fn.expression;
  if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) {
    return fn.parameters.some((p) => p.dotDotDotToken) ? 3 : fn.parameters.length;
  }
  const sig = ctx.checker.getTypeAtLocation(arg).getCallSignatures()[0];
  if (!sig) return 1;
  const decl = sig.getDeclaration();
  if (decl?.parameters.some((p) => p.dotDotDotToken)) return 1;
  return sig.getParameters().length;
}

/** `for`-loop target and iterable for a callback taking (item) or (item, index). */
export function loopParts(ctx: TransformContext, params: py.Expr[], arr: py.Expr): { target: py.Expr; iter: py.Expr } {
  if (params.length >= 2) return { target: b.tuple([params[1], params[0]]), iter: b.call("enumerate", [arr]) };
  if (params.length === 1) return { target: params[0], iter: arr };
  return { target: b.name("_"), iter: arr };
}

/**
 * A comprehension's parts for an expression callback taking (item, index) over an array the
 * walk leaves alone (walkIsStable): `for i in range(len(xs))`, the body reading the item as
 * `xs[i]`, which makes no (index, item) tuple per item as enumerate() does. Only for a body
 * that changes nothing (so `xs[i]` is still the item where it is read) and holds no lambda
 * or comprehension of its own; `item` is what the comprehension gives for the item.
 */
export function indexedParts(
  ctx: TransformContext,
  params: py.Expr[],
  body: py.Expr,
  arr: py.Expr,
  walked: ts.Expression,
): { target: py.Expr; iter: py.Expr; body: py.Expr; item: py.Expr } | undefined {
  const [x, i] = params;
  if (params.length !== 2 || x.kind !== "Name" || i.kind !== "Name" || !changesNothing(body) || containsScope(body)) return undefined;
  // an array or a bytearray, not a string's characters (`s.split("")` walks the string): MicroPython finds s[i] of a non-ASCII text from its start
  const type = ctx.checker.getTypeAtLocation(walked);
  if (!(T.isArray(ctx.checker, type) || T.isUint8Array(type, false)) || splitIntoChars(ctx, walked)) return undefined;
  if (arr.kind === "ListComp" && arr.generator) return undefined;
  const seq = ctx.once(arr);
  const item = b.sub(seq, i);
  return { target: i, iter: b.call("range", [b.call("len", [seq])]), body: renamed(body, x.id, item), item };
}

/**
 * Whether the callback of `walked.method(cb)` (forEach, map, filter, ...) leaves walked's
 * length alone. JavaScript reads the length once, before the first pass, and visits only
 * indices below it that the array still has; Python's list iterator is live, so a callback
 * that pushes would be handed the new items (and `[f(x) for x in xs]` never end). When
 * the length may change, the loop walks the indices it had at the start (indexWalk).
 */
export function walkIsStable(ctx: TransformContext, walked: ts.Expression, cbNode: ts.Expression | undefined): boolean {
  if (!T.isArray(ctx.checker, ctx.checker.getTypeAtLocation(walked))) return true;
  // an array the program never resizes (numeric.ts neverResized): whatever the callback runs
  if (ctx.program.numeric.neverResized(walked)) return true;
  const fn = inlineCallback(cbNode, true);
  if (fn && fn.parameters.length < 3) return lengthIsStable(ctx, walked, fn);
  // a function value: it gets the array itself as its third argument
  if (!cbNode) return false;
  let callee = cbNode;
  while (ts.isParenthesizedExpression(callee)) callee = callee.expression;
  return (declaredParams(ctx, cbNode) < 3 && isFreshArray(ctx, walked)) || calleeChangesNothing(ctx, callee);
}

/**
 * `for target in <this>` over the indices `arr` has when the walk starts (walkIsStable):
 * `(xs[i] for i in range(len(xs)) if i < len(xs))`, with the index `(i, xs[i])`. An index
 * the callback has cut off is skipped (find and findIndex too, where JavaScript calls the
 * callback with undefined, which the item's type does not admit).
 */
export function indexWalk(ctx: TransformContext, arr: py.Expr, walked: ts.Expression, withIndex: boolean): py.Expr {
  const seq = pinned(ctx, arr, walked);
  const i = b.name(ctx.temp("_i"));
  const x = b.sub(seq, i);
  return {
    kind: "ListComp",
    elt: withIndex ? b.tuple([i, x]) : x,
    target: i,
    iter: b.call("range", [b.call("len", [seq])]),
    cond: b.cmp(i, "<", b.call("len", [seq])),
    generator: true,
  };
}

/** The walked array by a name the loop cannot rebind: JavaScript's method holds the array it was called on. */
function pinned(ctx: TransformContext, arr: py.Expr, walked: ts.Expression): py.Expr {
  while (ts.isParenthesizedExpression(walked) || ts.isNonNullExpression(walked)) walked = walked.expression;
  const sym = ts.isIdentifier(walked) ? ctx.checker.getSymbolAtLocation(walked) : undefined;
  if (arr.kind === "Name" && sym && (ctx.scopes.writes.get(sym)?.length ?? 0) <= 1) return arr;
  const t = b.name(ctx.temp());
  ctx.addPreceding(b.assign(t, arr));
  return t;
}

/**
 * The for loop of a callback with statements taking (item) or (item, index). With an index,
 * over an array whose length the loop cannot change: `for i in range(len(xs))` reading
 * `x = xs[i]` first, which makes no (index, item) tuple per pass as enumerate() does. Over
 * one it may change (walkIsStable), the indices of the start, skipping those the callback
 * has cut off (indexWalk).
 */
export function passLoop(ctx: TransformContext, pass: InlinedPass, arr: py.Expr, walked: ts.Expression): py.For {
  const { params, body } = pass;
  if (!walkIsStable(ctx, walked, pass.fn)) {
    const seq = walkedFirst(ctx, pass, pinned(ctx, arr, walked), true);
    const i = params[1] ?? b.name(ctx.temp("_i"));
    const skip = b.ifStmt(b.cmp(i, ">=", b.call("len", [seq])), [b.cont()]);
    const item = params[0] ? [b.assign(params[0], b.sub(seq, i))] : [];
    return { kind: "For", target: i, iter: b.call("range", [b.call("len", [seq])]), body: [skip, ...item, ...body] };
  }
  if (params.length >= 2) {
    const seq = walkedFirst(ctx, pass, arr, true);
    return {
      kind: "For",
      target: params[1],
      iter: b.call("range", [b.call("len", [seq])]),
      body: [b.assign(params[0], b.sub(seq, params[1])), ...body],
    };
  }
  const { target, iter } = loopParts(ctx, params, walkedFirst(ctx, pass, arr));
  return { kind: "For", target, iter, body };
}

/**
 * The collection a pass loop walks, evaluated before the lengths the loop reads are (its
 * expression may change them), which go before the loop; `named` when the loop reads it
 * by index too, so it is evaluated once.
 */
export function walkedFirst(ctx: TransformContext, pass: InlinedPass, walked: py.Expr, named = false): py.Expr {
  if (!pass.before.length && !named) return walked;
  const seq = ctx.once(walked);
  ctx.addPreceding(...pass.before);
  return seq;
}

/** Whether the callback's result type needs JavaScript truthiness. */
export function callResultCondition(ctx: TransformContext, arg: ts.Expression, call: py.Expr): py.Expr {
  const sig = ctx.checker.getTypeAtLocation(arg).getCallSignatures()[0];
  const ret = sig?.getReturnType();
  if (ret && ret.flags & (ts.TypeFlags.BooleanLike | ts.TypeFlags.NumberLike | ts.TypeFlags.StringLike)) return call;
  return b.call(ctx.useHelper("js_truthy"), [call]);
}
