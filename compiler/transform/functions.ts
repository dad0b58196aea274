// Functions, arrow functions and methods: parameters (defaults evaluated at
// call time, rest, destructuring), `global`/`nonlocal` for assigned captures,
// per-iteration copies of captured loop bindings, lambdas where a single
// expression suffices, hoisting of function declarations.
import { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { transformStatements } from "./statements.js";
import { bindPattern } from "./destructuring.js";
import { Codes, unsupported } from "../diagnostics.js";

export type FunctionNode =
  | ts.FunctionDeclaration
  | ts.FunctionExpression
  | ts.ArrowFunction
  | ts.MethodDeclaration
  | ts.ConstructorDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration;

function isConstantDefault(e: py.Expr): boolean {
  return e.kind === "Constant" || (e.kind === "UnaryOp" && e.operand.kind === "Constant");
}

export interface FunctionParts {
  params: py.Param[];
  /** statements before the body: scope declarations, defaults, destructuring */
  prelude: py.Stmt[];
}

/** Run `fn` inside the Python scope of `node`. */
export function inFunctionScope<T>(ctx: TransformContext, node: FunctionNode, fn: () => T): T {
  const saved = ctx.scope;
  ctx.scope = ctx.scopes.scopeOf(node);
  ctx.functionStack.push(node);
  try {
    return fn();
  } finally {
    ctx.scope = saved;
    ctx.functionStack.pop();
  }
}

export function checkFunctionKind(node: FunctionNode): void {
  const isAsync = ts.getCombinedModifierFlags(node as ts.Declaration) & ts.ModifierFlags.Async;
  if (isAsync && (node as ts.FunctionDeclaration).asteriskToken) {
    throw unsupported(node, Codes.asyncGenerator, "An async generator", "return an array from an async function, or use a plain generator with await outside it");
  }
}

/** Parameters and prelude; must run inside the function's scope. */
export function functionParts(ctx: TransformContext, node: FunctionNode, selfParam?: string): FunctionParts {
  const params: py.Param[] = [];
  const prelude: py.Stmt[] = [];
  if (selfParam) params.push({ name: selfParam });
  const scope = ctx.scope;
  const globals: string[] = [];
  const nonlocals: string[] = [];
  for (const sym of scope.assignedOuter) {
    const name = ctx.scopes.nameOf(sym)!;
    (ctx.scopes.scopeOfSymbol(sym) === ctx.scopes.moduleScope ? globals : nonlocals).push(name);
  }
  if (globals.length) prelude.push({ kind: "Global", names: globals.sort() });
  if (nonlocals.length) prelude.push({ kind: "Nonlocal", names: nonlocals.sort() });
  let sawDefault = false;
  for (const p of node.parameters) {
    if (ts.isIdentifier(p.name) && p.name.text === "this") continue;
    if (p.dotDotDotToken) {
      const name = ts.isIdentifier(p.name) ? (transformExpr(ctx, p.name) as py.Name).id : ctx.temp("_rest");
      params.push({ name, rest: true });
      // a JavaScript rest parameter is an array
      const [pre] = ctx.capture(() => bindPattern(ctx, p.name, b.call("list", [b.name(name)])));
      prelude.push(...pre);
      continue;
    }
    const name = ts.isIdentifier(p.name) ? (transformExpr(ctx, p.name) as py.Name).id : ctx.temp("_arg");
    const param: py.Param = { name };
    if (p.initializer) {
      const [pre, d] = ctx.capture(() => transformExpr(ctx, p.initializer!));
      if (pre.length === 0 && isConstantDefault(d)) param.default = d;
      else {
        // JavaScript evaluates defaults at each call; Python once, at definition
        param.default = b.none();
        prelude.push(b.ifStmt(b.cmp(b.name(name), "is", b.none()), [...pre, b.assign(b.name(name), d)]));
      }
      sawDefault = true;
    } else if (p.questionToken || sawDefault) {
      param.default = b.none();
      sawDefault = true;
    }
    params.push(param);
    if (!ts.isIdentifier(p.name)) {
      const [pre] = ctx.capture(() => bindPattern(ctx, p.name, b.name(name)));
      prelude.push(...pre);
    }
  }
  // a callback may declare fewer parameters than its caller passes (Pin.irq, Timer, user callbacks)
  if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && !params.some((p) => p.rest)) {
    const contextual = ctx.checker.getContextualType(node);
    if (contextual && maxArity(contextual) > node.parameters.length) params.push({ name: ctx.temp("_args"), rest: true });
  }
  return { params, prelude };
}

/** The most arguments a value of type `t` may be called with (Infinity with a rest parameter). */
export function maxArity(t: ts.Type): number {
  let most = 0;
  for (const part of t.isUnion() ? t.types : [t]) {
    for (const sig of part.getCallSignatures()) {
      const ps = sig.getParameters();
      const last = ps[ps.length - 1]?.valueDeclaration;
      if (last && ts.isParameter(last) && last.dotDotDotToken) return Infinity;
      most = Math.max(most, ps.length);
    }
  }
  return most;
}

/**
 * A function value (not a literal) handed to a parameter whose type passes more
 * arguments than the function declares: JavaScript drops the extra ones, Python
 * raises TypeError, so wrap it in a lambda that drops them.
 */
export function adaptArity(ctx: TransformContext, node: ts.Expression, value: py.Expr): py.Expr {
  let inner = node;
  while (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner) || ts.isNonNullExpression(inner)) inner = inner.expression;
  if (ts.isArrowFunction(inner) || ts.isFunctionExpression(inner)) return value; // functionParts handles literals
  const own = ctx.checker.getTypeAtLocation(node);
  if (own.getCallSignatures().length === 0 && !own.isUnion()) return value;
  const declared = maxArity(own);
  const contextual = ctx.checker.getContextualType(node);
  if (!contextual || declared === Infinity || maxArity(contextual) <= declared) return value;
  const f = ctx.once(value);
  const rest = ctx.temp("_a");
  const args = declared === 0 ? [] : [b.starred(b.sub(b.name(rest), b.slice(undefined, b.num(declared))))];
  return b.lambda([{ name: rest, rest: true }], b.call(f, args));
}

/** Body statements of a function-like node, inside its scope. */
export function functionBody(ctx: TransformContext, node: FunctionNode): py.Stmt[] {
  if (!node.body) return [b.pass()];
  if (ts.isBlock(node.body)) return transformStatements(ctx, node.body.statements);
  const expr = node.body;
  const [pre, value] = ctx.capture(() => transformExpr(ctx, expr));
  return [...pre, b.ret(value)];
}

function isAsync(node: ts.Node): boolean {
  return (ts.getCombinedModifierFlags(node as ts.Declaration) & ts.ModifierFlags.Async) !== 0;
}

/** A `def` for `node` with the given Python name. */
export function makeDef(ctx: TransformContext, node: FunctionNode, name: string, selfParam?: string, decorators?: py.Expr[]): py.FunctionDef {
  checkFunctionKind(node);
  return inFunctionScope(ctx, node, () => {
    const { params, prelude } = functionParts(ctx, node, selfParam);
    const body = [...prelude, ...functionBody(ctx, node)];
    return { kind: "FunctionDef", name, params, body, async: isAsync(node), decorators, pos: ctx.pos(node) };
  });
}

/** Wrap a closure in a factory call so it captures this iteration's loop bindings. */
function perIteration(ctx: TransformContext, node: FunctionNode, value: py.Expr, def?: py.FunctionDef): py.Expr {
  const captured = [...ctx.scopes.scopeOf(node).loopCaptures].map((s) => ctx.scopes.nameOf(s)!).sort();
  if (captured.length === 0) {
    if (def) ctx.addPreceding(def);
    return value;
  }
  const params = captured.map((n) => ({ name: n }));
  const args = captured.map((n) => b.name(n));
  if (!def) return b.call(b.lambda(params, value), args);
  const factory: py.FunctionDef = { kind: "FunctionDef", name: ctx.temp("_bind"), params, body: [def, b.ret(b.name(def.name))] };
  ctx.addPreceding(factory);
  return b.call(b.name(factory.name), args);
}

function containsAssignment(e: py.Expr): boolean {
  let found = false;
  const visit = (n: unknown): void => {
    if (found || !n || typeof n !== "object") return;
    if ((n as py.Expr).kind === "NamedExpr" || (n as py.Expr).kind === "Yield" || (n as py.Expr).kind === "Await") {
      found = true;
      return;
    }
    for (const v of Object.values(n)) if (typeof v === "object") visit(v);
  };
  visit(e);
  return found;
}

/** An arrow function or function expression as a value: a lambda when possible, else a def. */
export function transformFunctionExpression(ctx: TransformContext, node: ts.ArrowFunction | ts.FunctionExpression, preferredName?: string): py.Expr {
  checkFunctionKind(node);
  if (!ts.isBlock(node.body) && !isAsync(node) && !node.asteriskToken) {
    const attempt = inFunctionScope(ctx, node, () => {
      const { params, prelude } = functionParts(ctx, node);
      const [pre, value] = ctx.capture(() => transformExpr(ctx, node.body as ts.Expression));
      return { params, prelude, pre, value };
    });
    if (attempt.prelude.length === 0 && attempt.pre.length === 0 && !containsAssignment(attempt.value)) {
      return perIteration(ctx, node, b.lambda(attempt.params, attempt.value));
    }
    const name = ctx.temp(preferredName ?? "_f");
    const def: py.FunctionDef = {
      kind: "FunctionDef",
      name,
      params: attempt.params,
      body: [...attempt.prelude, ...attempt.pre, b.ret(attempt.value)],
      pos: ctx.pos(node),
    };
    return perIteration(ctx, node, b.name(name), def);
  }
  const name = node.name && ts.isFunctionExpression(node) ? ctx.scopes.nameOf(ctx.checker.getSymbolAtLocation(node.name)!) ?? ctx.temp("_f") : ctx.temp(preferredName ?? "_f");
  const def = makeDef(ctx, node, name);
  return perIteration(ctx, node, b.name(name), def);
}

/** A method in an object literal: a def whose name is the value. */
export function functionValue(ctx: TransformContext, node: ts.MethodDeclaration): py.Expr {
  const base = ts.isIdentifier(node.name) ? "_" + node.name.text : "_m";
  const name = ctx.temp(base);
  ctx.addPreceding(makeDef(ctx, node, name));
  return b.name(name);
}

/** `function f() {}` as a statement. */
export function transformFunctionDeclaration(ctx: TransformContext, node: ts.FunctionDeclaration): py.Stmt[] {
  if (!node.body) return []; // overload signature
  const sym = ctx.checker.getSymbolAtLocation(node.name!);
  const name = sym ? ctx.scopes.nameOf(sym)! : ctx.temp("_f");
  const def = makeDef(ctx, node, name);
  const captured = ctx.scopes.scopeOf(node).loopCaptures;
  if (captured.size === 0) return [def];
  const [pre, value] = ctx.capture(() => perIteration(ctx, node, b.name("_unused"), { ...def, name: ctx.temp("_f") }));
  return [...pre, b.assign(b.name(name), value)];
}
