// Which functions of the program change nothing their callers can see: no store into an
// object or array that was not made by the call itself, no assignment to a variable
// declared outside the function, no call of code that might (another function is asked
// the same; a recursive one is taken to change something), no constructor of the
// program, no await. A loop that calls only such functions keeps its arrays' lengths, so
// `for (let i = 0; i < xs.length; i++) total += score(xs[i])` is still a range() loop
// (loop-bound.ts isHarmlessCall).
import { ts } from "../typescript.js";
import type { TransformContext } from "./context.js";
import { mayRunAccessor } from "./accessor-names.js";
import { isAncestor, isFunctionValue, pureGlobals, pureNamespaces, readOnlyArrayMethods } from "./loop-bound.js";
import { writtenBy } from "./writes.js";
import * as T from "./types.js";
import { walk } from "./walk.js";

type FunctionLike = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression;

const known = new WeakMap<FunctionLike, boolean>();

/** Whether `callee` names a function of the program whose calls change nothing outside them. */
export function functionChangesNothing(ctx: TransformContext, callee: ts.Expression): boolean {
  const fn = calledFunction(ctx, callee);
  return !!fn && changesNothing(ctx, fn);
}

/** The function a name refers to: a function declaration, or a const holding a function literal; never reassigned. */
function calledFunction(ctx: TransformContext, callee: ts.Expression): FunctionLike | undefined {
  if (!ts.isIdentifier(callee)) return undefined;
  const sym = ctx.checker.getSymbolAtLocation(callee);
  const decls = sym?.declarations;
  if (!sym || decls?.length !== 1 || decls[0].getSourceFile().isDeclarationFile) return undefined;
  const d = decls[0];
  if (ts.isFunctionDeclaration(d)) return d.body ? d : undefined;
  if (
    ts.isVariableDeclaration(d) &&
    ts.isVariableDeclarationList(d.parent) &&
    d.parent.flags & ts.NodeFlags.Const &&
    d.initializer &&
    (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))
  )
    return d.initializer;
  return undefined;
}

function changesNothing(ctx: TransformContext, fn: FunctionLike): boolean {
  const k = known.get(fn);
  if (k !== undefined) return k;
  // a call back into a function being looked at (recursion) counts as one that may change something
  known.set(fn, false);
  const ok = bodyChangesNothing(ctx, fn);
  known.set(fn, ok);
  return ok;
}

const arrayMakers = new Set(["slice", "map", "filter", "concat", "split", "flat", "flatMap", "keys", "values", "entries"]);
/** what Object's and Array's namespaces have that only reads or makes values */
const objectReaders = new Set(["keys", "values", "entries", "isArray", "from", "of"]);

function bodyChangesNothing(ctx: TransformContext, fn: FunctionLike): boolean {
  const mods = ts.getCombinedModifierFlags(fn as ts.Declaration);
  if (fn.asteriskToken || mods & ts.ModifierFlags.Async) return false;
  const local = (id: ts.Identifier) => {
    const d = ctx.checker.getSymbolAtLocation(id)?.valueDeclaration;
    return !!d && isAncestor(fn, d);
  };
  // an array or object this call made: a new value, or a const of this function holding one
  const madeHere = (e: ts.Expression): boolean => {
    while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e)) e = e.expression;
    if (ts.isArrayLiteralExpression(e) || ts.isObjectLiteralExpression(e)) return true;
    if (ts.isNewExpression(e)) return T.isFromLib(ctx.checker.getSymbolAtLocation(e.expression)?.declarations?.[0]);
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) {
      const name = e.expression.name.text;
      const t = ctx.checker.getTypeAtLocation(e.expression.expression);
      if (arrayMakers.has(name)) return T.isString(t) || T.isArray(ctx.checker, t);
      // sort() and reverse() give back their array
      return (name === "sort" || name === "reverse") && T.isArray(ctx.checker, t) && madeHere(e.expression.expression);
    }
    if (!ts.isIdentifier(e) || !local(e)) return false;
    const d = ctx.checker.getSymbolAtLocation(e)?.valueDeclaration;
    return (
      !!d &&
      ts.isVariableDeclaration(d) &&
      ts.isVariableDeclarationList(d.parent) &&
      !!(d.parent.flags & ts.NodeFlags.Const) &&
      !!d.initializer &&
      madeHere(d.initializer)
    );
  };
  let ok = true;
  walk(fn.body!, (n) => {
    if (!ok) return "stop";
    if (ts.isAwaitExpression(n) || ts.isYieldExpression(n) || ts.isDeleteExpression(n) || ts.isTaggedTemplateExpression(n)) ok = false;
    else if (mayRunAccessor(ctx, n)) ok = false;
    else if (ts.isNewExpression(n)) ok = T.isFromLib(ctx.checker.getSymbolAtLocation(n.expression)?.declarations?.[0]);
    else if (writtenBy(n)) ok = storesLocally(writtenBy(n)!);
    else if (ts.isCallExpression(n)) ok = callIsHarmless(n);
    else if (ts.isForOfStatement(n) || ts.isSpreadElement(n)) ok = isPlainIterable(ctx, n.expression);
    return ok ? undefined : "stop";
  });
  return ok;

  function storesLocally(target: ts.Expression): boolean {
    while (ts.isParenthesizedExpression(target) || ts.isNonNullExpression(target)) target = target.expression;
    if (ts.isIdentifier(target)) return local(target);
    if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) return madeHere(target.expression);
    return false;
  }

  function callIsHarmless(call: ts.CallExpression): boolean {
    const callee = call.expression;
    // a function handed to another runs there: a literal's body is walked with this one
    if (call.arguments.some((a) => !ts.isArrowFunction(a) && !ts.isFunctionExpression(a) && isFunctionValue(ctx, a))) return false;
    if (ts.isIdentifier(callee)) {
      if (T.isFromLib(ctx.checker.getSymbolAtLocation(callee)?.declarations?.[0])) return pureGlobals.has(callee.text);
      const target = calledFunction(ctx, callee);
      return !!target && changesNothing(ctx, target);
    }
    if (!ts.isPropertyAccessExpression(callee)) return false;
    const recv = callee.expression;
    const name = callee.name.text;
    if (ts.isIdentifier(recv) && T.isFromLib(ctx.checker.getSymbolAtLocation(recv)?.declarations?.[0])) {
      if (pureNamespaces.has(recv.text)) return true;
      if (recv.text === "Object" || recv.text === "Array") return objectReaders.has(name);
    }
    const t = ctx.checker.getTypeAtLocation(recv);
    if (T.isString(t) || T.isNumber(t) || T.isBoolean(t)) return true;
    if (!T.isArray(ctx.checker, t)) return false;
    // reading methods, or any method of an array this call made
    return readOnlyArrayMethods.has(name) || madeHere(recv);
  }
}

/** An array, a string, a Map or a Set: iterating runs no code of the program. */
function isPlainIterable(ctx: TransformContext, e: ts.Expression): boolean {
  const t = ctx.checker.getTypeAtLocation(e);
  return T.isString(t) || T.isArray(ctx.checker, t, true) || T.isMapType(t) || T.isSetType(t);
}
