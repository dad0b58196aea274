// The method a call looks up (`sched.tick` of `sched.tick(now)`, `out.append` of
// `out.push(c)`) is marked settled when it stays the same while its object does, so
// that a loop calling it may look it up once before its first pass (loop-invariants.ts):
//  - a method of a class, the program's or the typings' (not an accessor, which runs
//    code when read, nor a property holding a function);
//  - any method of an array, string, Map, Set or Uint8Array: a Python list, str, dict,
//    set or bytearray, whose attributes no code can set;
// and in both cases a name no code but a constructor stores into (unchanged-by-calls.ts),
// read on a variable or `this`, which the pass over Python checks the loop cannot rebind.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { isSetOnlyByConstructors } from "./unchanged-by-calls.js";
import * as T from "./types.js";

/** `call` (what the call `node` became), its looked-up method marked settled when it is one that stays. */
export function markStableMethod(ctx: TransformContext, node: ts.CallExpression, call: py.Expr): py.Expr {
  if (call.kind !== "Call" || call.func.kind !== "Attribute" || call.func.value.kind !== "Name") return call;
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.questionDotToken || !ts.isIdentifier(callee.name)) return call;
  const recv = callee.expression;
  if (recv.kind !== ts.SyntaxKind.ThisKeyword && !isVariable(ctx, recv)) return call;
  let t = ctx.checker.getTypeAtLocation(recv);
  // `this` in a class is the type parameter its instances (of subclasses too) stand for
  if (t.flags & ts.TypeFlags.TypeParameter) t = ctx.checker.getBaseConstraintOfType(t) ?? t;
  if (T.isNullable(t) || T.isAnyLike(t)) return call;
  const stays = isBuiltinObject(ctx, t) || (T.isClassInstance(t) && isMethod(ctx.checker.getSymbolAtLocation(callee.name)));
  if (!stays || !isSetOnlyByConstructors(ctx, callee.name.text)) return call;
  // the attribute is read on the receiver itself, not on a temporary a builtin made
  if (ts.isIdentifier(recv) && !sameName(transformExpr(ctx, recv), call.func.value)) return call;
  call.func.settled = true;
  return call;
}

function isVariable(ctx: TransformContext, e: ts.Expression): boolean {
  const sym = ts.isIdentifier(e) ? ctx.checker.getSymbolAtLocation(e) : undefined;
  return !!sym && !!(sym.flags & ts.SymbolFlags.Variable);
}

function sameName(e: py.Expr, name: py.Expr): boolean {
  return e.kind === "Name" && name.kind === "Name" && e.id === name.id;
}

function isBuiltinObject(ctx: TransformContext, t: ts.Type): boolean {
  return T.isArray(ctx.checker, t) || T.isString(t) || T.isMapType(t) || T.isSetType(t) || T.isUint8Array(t, false);
}

function isMethod(sym: ts.Symbol | undefined): boolean {
  const decls = sym?.declarations ?? [];
  return decls.length > 0 && decls.every((d) => ts.isMethodDeclaration(d) || ts.isMethodSignature(d));
}
