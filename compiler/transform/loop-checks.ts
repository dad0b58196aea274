// Jumps and closures that Python's loops would get wrong: a `continue` through
// try/finally, closures capturing a per-iteration binding that is written, a
// class declared in a loop; and what counts as a write.
import { ts } from "../typescript.js";
import { Codes, unsupported } from "../diagnostics.js";
import type { TransformContext } from "./context.js";
import { isFunctionScope } from "./scopes.js";
import { walk } from "./walk.js";
import { enclosingFunction, isAncestor } from "./loop-bound.js";
import { isWrite } from "./writes.js";

/** A `continue` to this loop from inside try/finally: JavaScript runs the finally block before the update. */
export function continueNeedsFinally(loop: ts.IterationStatement): boolean {
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
export function checkCapturedWrites(ctx: TransformContext, loop: ts.IterationStatement): void {
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
