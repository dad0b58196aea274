// Inlining of array callbacks: `arr.map(x => x * 2)` becomes a comprehension,
// `arr.forEach(x => {...})` a for loop, instead of a function call per item.
import { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { inFunctionScope } from "../transform/functions.js";
import { truthy } from "../transform/conversions.js";
import { callbackExpression, inlineCallback } from "./util.js";

export interface Inlined {
  params: py.Name[];
  body: py.Expr;
}

function containsAssignment(e: unknown): boolean {
  if (!e || typeof e !== "object") return false;
  const k = (e as py.Expr).kind;
  if (k === "NamedExpr" || k === "Yield" || k === "Await" || k === "Lambda") return true;
  return Object.values(e).some((v) => typeof v === "object" && containsAssignment(v));
}

function forget(ctx: TransformContext, fn: ts.Node): void {
  // a failed inline attempt must not leave optional-chain bookkeeping behind
  const inside = (n: ts.Node) => n.pos >= fn.pos && n.end <= fn.end && n.getSourceFile() === fn.getSourceFile();
  for (const n of [...ctx.handledOptionalLinks]) if (inside(n)) ctx.handledOptionalLinks.delete(n);
  for (const n of [...ctx.substitutions.keys()]) if (inside(n)) ctx.substitutions.delete(n);
}

/** The callback's single expression with its parameters, if it can run inside a comprehension. */
export function inlineExpression(ctx: TransformContext, arg: ts.Expression | undefined, asCondition = false): Inlined | undefined {
  const fn = inlineCallback(arg);
  if (!fn) return undefined;
  const expr = callbackExpression(fn);
  if (!expr) return undefined;
  const result = inFunctionScope(ctx, fn, () => {
    const params = fn.parameters.map((p) => transformExpr(ctx, p.name as ts.Identifier) as py.Name);
    const [pre, value] = ctx.capture(() => transformExpr(ctx, expr));
    const body = asCondition ? truthy(ctx, expr, value) : value;
    return { params, pre, body, scope: ctx.scope };
  });
  if (result.pre.length || containsAssignment(result.body) || result.scope.assignedOuter.size) {
    forget(ctx, fn);
    return undefined;
  }
  return { params: result.params, body: result.body };
}

/** The callback as a callable value, and the truthiness of its result if asked. */
export function callbackValue(ctx: TransformContext, arg: ts.Expression): py.Expr {
  return transformExpr(ctx, arg);
}

/** How many parameters a callback declares (1 unless it clearly takes more). */
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
export function loopParts(ctx: TransformContext, params: py.Name[], arr: py.Expr): { target: py.Expr; iter: py.Expr } {
  if (params.length >= 2) return { target: b.tuple([params[1], params[0]]), iter: b.call("enumerate", [arr]) };
  if (params.length === 1) return { target: params[0], iter: arr };
  return { target: b.name("_"), iter: arr };
}

/** Whether the callback's result type needs JavaScript truthiness. */
export function callResultCondition(ctx: TransformContext, arg: ts.Expression, call: py.Expr): py.Expr {
  const sig = ctx.checker.getTypeAtLocation(arg).getCallSignatures()[0];
  const ret = sig?.getReturnType();
  if (ret && (ret.flags & (ts.TypeFlags.BooleanLike | ts.TypeFlags.NumberLike | ts.TypeFlags.StringLike))) return call;
  return b.call(ctx.useHelper("js_truthy"), [call]);
}
