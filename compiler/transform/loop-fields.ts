// Fields a loop reads on every pass but cannot change (`this.items[i]` in a
// method, `strip.buffer[o]` of a variable the loop does not assign), read once
// before the loop into a local, as a careful MicroPython programmer caches
// `items = self.items`: a local read instead of an attribute lookup per pass.
// The loop may run no other code and store no property of that name
// (chainIsStable); reads inside functions the loop defines stay as they are
// (a closure may run after the field changed).
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import { mentions } from "../python/mentions.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { chainIsStable, isAncestor } from "./loop-bound.js";
import * as T from "./types.js";
import { mayHoldNone } from "./identifiers.js";
import { isWrite } from "./writes.js";
import { isFunctionScope } from "./scopes.js";

interface Hoist {
  temp: string;
  value: py.Expr;
  reads: ts.PropertyAccessExpression[];
}

/** The loop's statements, with the fields it only reads hoisted in front of it. */
export function withHoistedFields(ctx: TransformContext, loop: ts.IterationStatement, emit: () => py.Stmt[]): py.Stmt[] {
  const hoists = fieldHoists(ctx, loop);
  for (const h of hoists) for (const r of h.reads) ctx.substitutions.set(r, b.name(h.temp));
  let out: py.Stmt[];
  try {
    out = emit();
  } finally {
    for (const h of hoists) for (const r of h.reads) ctx.substitutions.delete(r);
  }
  // a read another rule replaced (an element loop's `xs[i]`) leaves the local unused
  const used = hoists.filter((h) => mentions(out, h.temp));
  return [...used.map((h) => b.assign(b.name(h.temp), h.value)), ...out];
}

function fieldHoists(ctx: TransformContext, loop: ts.IterationStatement): Hoist[] {
  // `this` must be the enclosing method's: in a plain function it is not an instance
  let fn: ts.Node | undefined = loop.parent;
  while (fn && (!isFunctionScope(fn) || ts.isArrowFunction(fn))) fn = fn.parent;
  const inMethod =
    !!fn &&
    (ts.isMethodDeclaration(fn) || ts.isConstructorDeclaration(fn) || ts.isGetAccessorDeclaration(fn) || ts.isSetAccessorDeclaration(fn));
  // the reads of each receiver (`this`, or a variable's symbol), by field name
  const byReceiver = new Map<ts.Symbol | "this", Map<string, ts.PropertyAccessExpression[]>>();
  const written = new Set<string>();
  const perPass: ts.Node[] = [loop.statement];
  if ((ts.isWhileStatement(loop) || ts.isDoStatement(loop)) && loop.expression) perPass.push(loop.expression);
  const visit = (n: ts.Node): void => {
    if (isFunctionScope(n) || ts.isClassLike(n)) return;
    const receiver =
      ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.name) ? receiverOf(ctx, n.expression, loop, inMethod) : undefined;
    if (receiver) {
      const name = (n as ts.PropertyAccessExpression).name.text;
      if (isWrite(n as ts.PropertyAccessExpression) || isCallee(n as ts.PropertyAccessExpression)) written.add(name);
      // a read an enclosing loop already hoisted is a local there
      else if (!ctx.substitutions.has(n)) {
        const fields = byReceiver.get(receiver) ?? new Map<string, ts.PropertyAccessExpression[]>();
        byReceiver.set(receiver, fields.set(name, [...(fields.get(name) ?? []), n as ts.PropertyAccessExpression]));
      }
    }
    ts.forEachChild(n, visit);
  };
  perPass.forEach(visit);
  const hoists: Hoist[] = [];
  const parts = loopParts(loop);
  for (const fields of byReceiver.values())
    for (const [name, reads] of fields) {
      if (written.has(name) || !chainIsStable(ctx, reads[0], loop, parts)) continue;
      const value = transformExpr(ctx, reads[0]);
      // named after the attribute as Python spells it (`$count` is `S_count`)
      const spelled = value.kind === "Attribute" ? value.attr : name.replace(/[^A-Za-z0-9_]/g, "_");
      hoists.push({ temp: ctx.temp("_" + spelled), value, reads });
    }
  return hoists;
}

/**
 * Whose fields a read `e.x` reads, when the loop cannot change what `e` is: `this` in a method;
 * a variable declared outside the loop, whose declared type is never null or undefined, nor
 * its value despite the type (mayHoldNone): its field is read before the loop, where the loop
 * may have checked it first. `length` is left
 * to loop-lengths.ts.
 */
function receiverOf(ctx: TransformContext, e: ts.Expression, loop: ts.Node, inMethod: boolean): ts.Symbol | "this" | undefined {
  if (e.kind === ts.SyntaxKind.ThisKeyword) return inMethod ? "this" : undefined;
  if (!ts.isIdentifier(e) || (ts.isPropertyAccessExpression(e.parent) && e.parent.name.text === "length")) return undefined;
  const sym = ctx.checker.getSymbolAtLocation(e);
  const decl = sym?.valueDeclaration;
  if (!sym || !(sym.flags & ts.SymbolFlags.Variable) || !decl || isAncestor(loop, decl)) return undefined;
  const declared = ctx.checker.getTypeOfSymbol(sym);
  return T.isNullable(declared) || T.isAnyLike(declared) || mayHoldNone(ctx, sym) ? undefined : sym;
}

/** Everything of the loop that runs after the hoisted reads. */
function loopParts(loop: ts.IterationStatement): (ts.Node | undefined)[] {
  if (ts.isForStatement(loop)) return [loop.initializer, loop.condition, loop.incrementor, loop.statement];
  if (ts.isForOfStatement(loop) || ts.isForInStatement(loop)) return [loop.initializer, loop.expression, loop.statement];
  return [(loop as ts.WhileStatement | ts.DoStatement).expression, loop.statement];
}

/** `this.f(...)`: a method call, whose receiver Python binds anew (not a field read to cache). */
function isCallee(n: ts.PropertyAccessExpression): boolean {
  return ts.isCallExpression(n.parent) && n.parent.expression === n;
}
