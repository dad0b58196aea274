// `this` outside classes. A function that reads `this` (not an arrow) gets it as
// its first Python parameter, named `this`:
// - a method (or function expression) of an object literal is bound to that
//   object when the object is made (`_o["m"] = js_bind(_o["m"], _o)`), so
//   `o.m(x)` stays a plain call wherever the object goes;
// - a function declared elsewhere is called with its receiver explicitly:
//   `f(a)` passes None (JavaScript's strict-mode undefined), `f.call(t, a)`,
//   `f.apply(t, args)` and `f.bind(t)` pass t. Such a function may only be
//   called, or put in an object literal; other uses are refused (MPTS1038),
//   since a caller elsewhere would not pass the receiver.
// Functions that do not read `this` are unchanged.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { Codes, unsupported } from "../diagnostics.js";
import { propertyKey } from "./literals.js";

/** The Python name of the receiver parameter (`this` is a reserved word in TypeScript, so no user name clashes). */
export const thisParam = "this";

const usesCache = new WeakMap<ts.Node, boolean>();

/** Does the body read `this` (also from arrow functions in it, which share it)? */
export function usesThis(fn: ts.SignatureDeclaration): boolean {
  const known = usesCache.get(fn);
  if (known !== undefined) return known;
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (n.kind === ts.SyntaxKind.ThisKeyword) found = true;
    else if (ts.isArrowFunction(n) || !(ts.isFunctionLike(n) || ts.isClassLike(n))) ts.forEachChild(n, visit);
  };
  const body = (fn as ts.FunctionLikeDeclaration).body;
  if (body) visit(body);
  for (const p of fn.parameters) if (p.initializer) visit(p.initializer); // m(x = this.base)
  usesCache.set(fn, found);
  return found;
}

/** A function whose def takes the receiver as its first parameter. */
export function takesThis(node: ts.Node): node is ts.FunctionDeclaration | ts.FunctionExpression | ts.MethodDeclaration {
  const candidate =
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    (ts.isMethodDeclaration(node) && ts.isObjectLiteralExpression(node.parent));
  return candidate && usesThis(node as ts.SignatureDeclaration);
}

function skipOuter(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e))
    e = e.expression;
  return e;
}

/** The this-taking function an identifier names: a function declaration, or a variable initialised with a function expression. */
export function thisFunctionOf(ctx: TransformContext, expr: ts.Expression): ts.FunctionDeclaration | ts.FunctionExpression | undefined {
  expr = skipOuter(expr);
  if (!ts.isIdentifier(expr)) return undefined;
  const decl = ctx.checker.getSymbolAtLocation(expr)?.valueDeclaration;
  if (!decl) return undefined;
  let fn: ts.Node = decl;
  if (ts.isVariableDeclaration(decl) && decl.initializer && ts.isIdentifier(decl.name)) fn = skipOuter(decl.initializer);
  if ((ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn)) && takesThis(fn)) return fn;
  return undefined;
}

/** The function's own binding, when it is bound to a name. */
function bindingOf(ctx: TransformContext, fn: ts.FunctionDeclaration | ts.FunctionExpression): ts.Symbol | undefined {
  if (ts.isFunctionDeclaration(fn)) return fn.name && ctx.checker.getSymbolAtLocation(fn.name);
  let n: ts.Node = fn;
  while (
    ts.isParenthesizedExpression(n.parent) ||
    ts.isAsExpression(n.parent) ||
    ts.isNonNullExpression(n.parent) ||
    ts.isSatisfiesExpression(n.parent)
  )
    n = n.parent;
  if (ts.isVariableDeclaration(n.parent) && n.parent.initializer === n && ts.isIdentifier(n.parent.name))
    return ctx.checker.getSymbolAtLocation(n.parent.name);
  return undefined;
}

/** An object-literal property whose value is the function itself: the literal binds it. */
function isLiteralMember(fn: ts.Node): boolean {
  let n = fn;
  while (ts.isParenthesizedExpression(n.parent) || ts.isAsExpression(n.parent) || ts.isSatisfiesExpression(n.parent)) n = n.parent;
  return ts.isMethodDeclaration(fn) || (ts.isPropertyAssignment(n.parent) && n.parent.initializer === n);
}

const refused = (node: ts.Node, what: string): Error =>
  unsupported(
    node,
    Codes.functionThis,
    what,
    "call the function directly, or with .call(obj, ...), .apply(obj, args) or .bind(obj), or make it a method of an object literal or a class (its 'this' is the receiver, which a caller elsewhere would not pass)",
  );

/**
 * Every use of a this-taking function must pass its receiver: a call, `.call`,
 * `.apply`, `.bind`, a property of the function, or a member of an object literal.
 */
export function checkThisFunctionUses(
  ctx: TransformContext,
  fn: ts.FunctionDeclaration | ts.FunctionExpression | ts.MethodDeclaration,
): void {
  if (isLiteralMember(fn)) return;
  if (ts.isMethodDeclaration(fn)) return;
  const sym = bindingOf(ctx, fn);
  if (!sym) throw refused(fn, "A function that uses 'this' passed as a value");
  const declaration = sym.valueDeclaration;
  // (a namespace's exported function is bound to the namespace object: see namespaces.ts)
  if (declaration && ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Export && !ts.isModuleBlock(declaration.parent))
    throw refused(fn, "An exported function that uses 'this'");
  for (const ref of ctx.scopes.references.get(sym) ?? []) {
    let n: ts.Node = ref;
    while (ts.isParenthesizedExpression(n.parent) || ts.isNonNullExpression(n.parent) || ts.isAsExpression(n.parent)) n = n.parent;
    const p = n.parent;
    if (ts.isCallExpression(p) && p.expression === n) continue;
    if (ts.isTaggedTemplateExpression(p) && p.tag === n) continue;
    if (ts.isPropertyAccessExpression(p) && p.expression === n) continue; // f.call, f.apply, f.bind, f.name, f.prop
    if (ts.isTypeOfExpression(p)) continue;
    if ((ts.isPropertyAssignment(p) && p.initializer === n) || ts.isShorthandPropertyAssignment(p)) continue; // bound by the literal
    throw refused(ref, `Using '${ref.text}', a function that uses 'this', as a value`);
  }
}

/** Does this object-literal member hold a function that the literal binds to the object? */
function bindsThis(ctx: TransformContext, prop: ts.ObjectLiteralElementLike): boolean {
  if (ts.isMethodDeclaration(prop)) return takesThis(prop);
  if (ts.isPropertyAssignment(prop)) {
    const v = skipOuter(prop.initializer);
    return (ts.isFunctionExpression(v) && takesThis(v)) || !!thisFunctionOf(ctx, v);
  }
  if (ts.isShorthandPropertyAssignment(prop)) {
    const decl = ctx.checker.getShorthandAssignmentValueSymbol(prop)?.valueDeclaration;
    return !!decl && !!thisFunctionOf(ctx, (decl as ts.NamedDeclaration).name as ts.Expression);
  }
  return false;
}

/** After an object literal is built: bind its this-taking methods to it. */
export function bindObjectMethods(ctx: TransformContext, node: ts.ObjectLiteralExpression, obj: py.Expr): py.Expr {
  const members = node.properties.filter((p) => bindsThis(ctx, p));
  if (members.length === 0) return obj;
  const last = node.properties.indexOf(members[members.length - 1]);
  const laterSpread = node.properties.slice(last + 1).find(ts.isSpreadAssignment);
  if (laterSpread)
    throw unsupported(
      laterSpread,
      Codes.functionThis,
      "A spread after a method that uses 'this'",
      "put the spread before the methods, or assign the properties afterwards",
    );
  const o = ctx.once(obj);
  const bind = ctx.useHelper("js_bind");
  for (const m of members) {
    const name = m.name!;
    // [Symbol.iterator] is the constant key "__iter__" (builtins/symbols.ts): nothing to evaluate twice
    if (ts.isComputedPropertyName(name) && name.expression.getText() !== "Symbol.iterator")
      throw unsupported(name, Codes.functionThis, "A computed name for a method that uses 'this'", "give the method a plain name");
    const key = propertyKey(ctx, name);
    ctx.addPreceding(b.assign(b.sub(o, key), b.call(bind, [b.sub(o, key), o])));
  }
  return o;
}
