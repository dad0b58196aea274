// Fields a loop reads on every pass but cannot change (`this.items[i]` in a
// method), read once before the loop into a local, as a careful MicroPython
// programmer caches `items = self.items`: a local read instead of an attribute
// lookup per pass. The loop may run no other code and store no property of that
// name (chainIsStable); reads inside functions the loop defines stay as they are
// (a closure may run after the field changed).
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import { mentions } from "../python/mentions.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { chainIsStable } from "./loop-bound.js";
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
  if (!fn || !(ts.isMethodDeclaration(fn) || ts.isConstructorDeclaration(fn) || ts.isGetAccessorDeclaration(fn) || ts.isSetAccessorDeclaration(fn)))
    return [];
  const byName = new Map<string, ts.PropertyAccessExpression[]>();
  const written = new Set<string>();
  const perPass: ts.Node[] = [loop.statement];
  if ((ts.isWhileStatement(loop) || ts.isDoStatement(loop)) && loop.expression) perPass.push(loop.expression);
  const visit = (n: ts.Node): void => {
    if (isFunctionScope(n) || ts.isClassLike(n)) return;
    if (ts.isPropertyAccessExpression(n) && n.expression.kind === ts.SyntaxKind.ThisKeyword && ts.isIdentifier(n.name)) {
      const name = n.name.text;
      if (isWrite(n) || isCallee(n)) written.add(name);
      else byName.set(name, [...(byName.get(name) ?? []), n]);
    }
    ts.forEachChild(n, visit);
  };
  perPass.forEach(visit);
  const hoists: Hoist[] = [];
  const parts = loopParts(loop);
  for (const [name, reads] of byName) {
    if (written.has(name) || !chainIsStable(ctx, reads[0], loop, parts)) continue;
    hoists.push({ temp: ctx.temp("_" + name), value: transformExpr(ctx, reads[0]), reads });
  }
  return hoists;
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
