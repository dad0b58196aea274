// What no call the program makes can change, so that a value read before a call (or before a
// loop that makes calls) is still the value after it:
//  - a variable only its own function writes (a call runs other functions' code);
//  - a field only constructors set (`this.buffer = ...` in a constructor, a field's
//    initializer): once its object is made, nothing sets it again. The whole program is
//    scanned for other stores into a property of that name.
import { ts } from "../typescript.js";
import type { TransformContext } from "./context.js";
import type { ProgramInfo } from "./program-info.js";
import { enclosingFunction } from "./loop-bound.js";
import { isWrite } from "./writes.js";
import * as T from "./types.js";
import { walk } from "./walk.js";
import { skipParens } from "./parens.js";

/** A literal, `this`, or a variable of this file that only the function around `at` writes. */
export function isUnchangedByCalls(ctx: TransformContext, e: ts.Expression, at: ts.Node): boolean {
  e = skipParens(e);
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken) e = skipParens(e.operand);
  if (e.kind === ts.SyntaxKind.ThisKeyword || ts.isNumericLiteral(e) || ts.isStringLiteralLike(e)) return true;
  if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword || e.kind === ts.SyntaxKind.NullKeyword) return true;
  if (!ts.isIdentifier(e)) return false;
  const sym = ctx.checker.getSymbolAtLocation(e);
  if (!sym || sym.valueDeclaration?.getSourceFile() !== ctx.sourceFile) return false;
  const home = enclosingFunction(at);
  return (ctx.scopes.references.get(sym) ?? []).every((r) => !isWrite(r) || enclosingFunction(r) === home);
}

/** Whether only constructors set properties named `name`, anywhere in the program. */
export function isSetOnlyByConstructors(ctx: TransformContext, name: string): boolean {
  const found = unsettledNames(ctx);
  return found !== "all" && !found.has(name);
}

const unsettled = new WeakMap<ProgramInfo, Set<string> | "all">();

/**
 * Property names some code other than a constructor stores into, deletes or defines; "all"
 * when a store could reach any name (into an untyped object, `Object.assign`, `Reflect`).
 */
function unsettledNames(ctx: TransformContext): Set<string> | "all" {
  const cached = unsettled.get(ctx.program);
  if (cached) return cached;
  const names = new Set<string>();
  let all = false;
  const { checker } = ctx;
  for (const file of ctx.program.files) {
    walk(file, (n) => {
      if (all) return "stop";
      if (ts.isPropertyAccessExpression(n) && (isWrite(n) || ts.isDeleteExpression(n.parent))) {
        if (!(n.expression.kind === ts.SyntaxKind.ThisKeyword && isConstructor(enclosingFunction(n))) || ts.isDeleteExpression(n.parent))
          names.add(n.name.text);
      } else if (ts.isElementAccessExpression(n) && (isWrite(n) || ts.isDeleteExpression(n.parent))) {
        const key = n.argumentExpression;
        if (ts.isStringLiteralLike(key) || ts.isNumericLiteral(key)) names.add(key.text);
        else if (!T.isNumber(checker.getTypeAtLocation(key))) {
          // a computed key stores into whichever property of the object it names
          const object = checker.getTypeAtLocation(n.expression);
          if (T.isAnyLike(object)) all = true;
          else for (const p of checker.getPropertiesOfType(object)) names.add(p.name);
        }
      } else if (ts.isCallExpression(n) && definesProperties(n)) all = true;
      return undefined;
    });
    if (all) break;
  }
  const result = all ? "all" : names;
  unsettled.set(ctx.program, result);
  return result;
}

/** `Object.assign(...)`, `Object.defineProperty(...)`, `Reflect.set(...)` and the like: stores into properties by name. */
function definesProperties(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression)) return false;
  const owner = callee.expression.text;
  const method = callee.name.text;
  return (
    owner === "Reflect" ||
    (owner === "Object" && (method === "assign" || method.startsWith("defineProperty") || method === "setPrototypeOf"))
  );
}

function isConstructor(fn: ts.Node | undefined): boolean {
  return !!fn && ts.isConstructorDeclaration(fn);
}
