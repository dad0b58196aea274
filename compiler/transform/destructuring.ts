// Array and object destructuring, in declarations, parameters, assignments and
// loop heads. Tuple unpacking is used when the shapes certainly match;
// otherwise each element is read by index or key.
import { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { assignTo } from "./assignment.js";
import * as T from "./types.js";
import { attrName } from "./access.js";
import { propertyKey } from "./literals.js";

type Pattern = ts.BindingPattern | ts.ArrayLiteralExpression | ts.ObjectLiteralExpression;

/** Bind a declaration's names (`const [a, b] = v`) from the Python value `value`. */
export function bindPattern(ctx: TransformContext, pattern: ts.BindingName, value: py.Expr): void {
  if (ts.isIdentifier(pattern)) {
    ctx.addPreceding(b.assign(transformExpr(ctx, pattern), value));
    return;
  }
  destructure(ctx, pattern, value);
}

/** Assignment with a pattern on the left (`[a, b] = [b, a]`). */
export function assignPattern(ctx: TransformContext, pattern: ts.ArrayLiteralExpression | ts.ObjectLiteralExpression, value: py.Expr): void {
  destructure(ctx, pattern, value);
}

function withDefault(ctx: TransformContext, value: py.Expr, init: ts.Expression | undefined): py.Expr {
  if (!init) return value;
  const v = ctx.once(value);
  const [pre, d] = ctx.capture(() => transformExpr(ctx, init));
  if (pre.length === 0) return b.ifExp(b.cmp(v, "is", b.none()), d, v);
  const t = b.name(ctx.temp());
  ctx.addPreceding(b.assign(t, v), b.ifStmt(b.cmp(t, "is", b.none()), [...pre, b.assign(t, d)]));
  return t;
}

/** Bind or assign one element target (a name, a nested pattern, or an assignment target expression). */
function bindTarget(ctx: TransformContext, target: ts.Node, value: py.Expr): void {
  if (ts.isIdentifier(target) && (ts.isBindingElement(target.parent) || ts.isVariableDeclaration(target.parent) || ts.isParameter(target.parent))) {
    ctx.addPreceding(b.assign(transformExpr(ctx, target), value));
  } else if (ts.isObjectBindingPattern(target) || ts.isArrayBindingPattern(target) || ts.isArrayLiteralExpression(target) || ts.isObjectLiteralExpression(target)) {
    destructure(ctx, target, ctx.once(value));
  } else {
    assignTo(ctx, target as ts.Expression, () => value, target, false);
  }
}

function simpleNames(ctx: TransformContext, elements: readonly ts.Node[]): py.Name[] | undefined {
  const names: py.Name[] = [];
  for (const el of elements) {
    let id: ts.Node | undefined;
    if (ts.isBindingElement(el) && !el.initializer && !el.dotDotDotToken && ts.isIdentifier(el.name)) id = el.name;
    else if (ts.isIdentifier(el)) id = el;
    if (!id) return undefined;
    const e = transformExpr(ctx, id as ts.Identifier);
    if (e.kind !== "Name") return undefined;
    names.push(e);
  }
  return names;
}

function destructure(ctx: TransformContext, pattern: Pattern, value: py.Expr): void {
  if (ts.isArrayBindingPattern(pattern) || ts.isArrayLiteralExpression(pattern)) {
    const elements = pattern.elements;
    // swap and tuple returns: a, b = b, a
    const names = simpleNames(ctx, elements);
    const exact = value.kind === "List" && value.elts.length === elements.length && !value.elts.some((e) => e.kind === "Starred");
    const tupleType = ts.isArrayBindingPattern(pattern) ? undefined : undefined;
    void tupleType;
    if (names && exact) {
      ctx.addPreceding(b.assign(b.tuple(names), b.tuple((value as py.ListExpr).elts)));
      return;
    }
    const v = ctx.once(value);
    elements.forEach((el, i) => {
      if (ts.isOmittedExpression(el)) return;
      if (ts.isBindingElement(el)) {
        if (el.dotDotDotToken) return bindTarget(ctx, el.name, b.sub(v, b.slice(b.num(i))));
        // a missing element reads as undefined
        const item = el.initializer ? b.ifExp(b.cmp(b.call("len", [v]), ">", b.num(i)), b.sub(v, b.num(i)), b.none()) : b.sub(v, b.num(i));
        return bindTarget(ctx, el.name, withDefault(ctx, item, el.initializer));
      }
      if (ts.isSpreadElement(el)) return bindTarget(ctx, el.expression, b.sub(v, b.slice(b.num(i))));
      if (ts.isBinaryExpression(el) && el.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        const item = b.ifExp(b.cmp(b.call("len", [v]), ">", b.num(i)), b.sub(v, b.num(i)), b.none());
        return bindTarget(ctx, el.left, withDefault(ctx, item, el.right));
      }
      bindTarget(ctx, el, b.sub(v, b.num(i)));
    });
    return;
  }
  const v = ctx.once(value);
  const objType = ctx.checker.getTypeAtLocation(pattern);
  const taken: py.Expr[] = [];
  const read = (key: py.Expr, name: string | undefined): py.Expr => {
    const prop = name !== undefined ? objType.getProperty(name) : undefined;
    const decl = prop?.valueDeclaration ?? prop?.declarations?.[0];
    if (decl && (ts.isPropertyDeclaration(decl) || ts.isParameter(decl) || ts.isGetAccessorDeclaration(decl) || ts.isMethodDeclaration(decl)))
      return b.attr(v, attrName(name!));
    if (decl && decl.getSourceFile().isDeclarationFile && !T.isFromLib(decl)) return b.attr(v, attrName(name!));
    return b.method(v, "get", [key]);
  };
  if (ts.isObjectBindingPattern(pattern)) {
    for (const el of pattern.elements) {
      if (el.dotDotDotToken) {
        bindTarget(ctx, el.name, restOf(ctx, v, taken));
        continue;
      }
      const nameNode = el.propertyName ?? el.name;
      const key = ts.isIdentifier(nameNode) ? b.str(nameNode.text) : propertyKey(ctx, nameNode as ts.PropertyName);
      const name = key.kind === "Constant" ? String(key.value) : undefined;
      taken.push(key);
      bindTarget(ctx, el.name, withDefault(ctx, read(key, name), el.initializer));
    }
    return;
  }
  for (const prop of pattern.properties) {
    if (ts.isSpreadAssignment(prop)) {
      bindTarget(ctx, prop.expression, restOf(ctx, v, taken));
    } else if (ts.isShorthandPropertyAssignment(prop)) {
      const key = b.str(prop.name.text);
      taken.push(key);
      const init = prop.objectAssignmentInitializer;
      assignTo(ctx, prop.name, () => withDefault(ctx, read(key, prop.name.text), init), prop, false);
    } else if (ts.isPropertyAssignment(prop)) {
      const key = propertyKey(ctx, prop.name);
      const name = key.kind === "Constant" ? String(key.value) : undefined;
      taken.push(key);
      let target: ts.Node = prop.initializer;
      let init: ts.Expression | undefined;
      if (ts.isBinaryExpression(target) && target.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        init = target.right;
        target = target.left;
      }
      bindTarget(ctx, target, withDefault(ctx, read(key, name), init));
    }
  }
}

/** `{ a, ...rest } = v`: a copy of v without the keys already taken. */
function restOf(ctx: TransformContext, v: py.Expr, taken: py.Expr[]): py.Expr {
  const rest = b.name(ctx.temp("_rest"));
  if (ctx.program.ordered) ctx.useStd("collections", "OrderedDict");
  ctx.addPreceding(b.assign(rest, b.call(ctx.program.ordered ? "OrderedDict" : "dict", [v])));
  for (const k of taken) ctx.addPreceding(b.exprStmt(b.method(rest, "pop", [k, b.none()])));
  return rest;
}
