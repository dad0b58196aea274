// JavaScript's iteration protocol where Python's does not apply: an object whose
// [Symbol.iterator]() returns an iterator with next() -> { value, done }. Arrays,
// strings, Maps, Sets and generators are Python iterables and stay plain; other
// objects go through js_iter, which adapts next() to a Python generator.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import * as T from "./types.js";
import { transformExpr } from "./expressions.js";

/** Lib types whose values mpts makes Python iterables: lists, strings, dicts, generators, iterators over them. */
const pythonIterables = new Set([
  "Generator",
  "MapIterator",
  "SetIterator",
  "ArrayIterator",
  "StringIterator",
  "RegExpStringIterator",
  "Map",
  "Set",
  "ReadonlyMap",
  "ReadonlySet",
]);

/** Whether iterating a value of this type needs js_iter. */
export function needsJsIter(ctx: TransformContext, t: ts.Type): boolean {
  if (T.isAnyLike(t) || T.isArray(ctx.checker, t, true) || T.isString(t, true) || T.isBoardSequence(ctx.checker, t)) return false;
  const parts = (t.isUnion() ? t.types : [t]).filter((p) => !(p.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
  if (parts.length === 0) return false;
  return parts.some((p) => {
    if (ctx.checker.isArrayType(p) || ctx.checker.isTupleType(p) || p.flags & ts.TypeFlags.StringLike) return false;
    const lib = T.libTypeName(p);
    if (lib && pythonIterables.has(lib)) return false;
    const sym = p.getSymbol();
    const decl = sym?.declarations?.[0];
    // a board type (bytes, a socket's lines): Python's own iteration
    if (T.isBoardDeclaration(decl)) return false;
    // a class whose [Symbol.iterator] is a generator method: its __iter__ is Python's
    if (sym && sym.flags & ts.SymbolFlags.Class && decl && ts.isClassLike(decl)) return !generatorIterator(decl);
    return (p.flags & ts.TypeFlags.Object) !== 0;
  });
}

function generatorIterator(cls: ts.ClassLikeDeclaration): boolean {
  const m = cls.members.find(
    (m) => ts.isMethodDeclaration(m) && ts.isComputedPropertyName(m.name) && m.name.expression.getText() === "Symbol.iterator",
  ) as ts.MethodDeclaration | undefined;
  if (m) return !!m.asteriskToken;
  const base = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  return !base; // an inherited iterator: let js_iter decide at run time
}

/** `e` as a Python iterable, for for...of and spreads of a value of `node`'s type. */
export function jsIterable(ctx: TransformContext, node: ts.Expression, e: py.Expr): py.Expr {
  if (fromBoardCall(ctx, node)) return e;
  return needsJsIter(ctx, ctx.checker.getTypeAtLocation(node)) ? b.call(ctx.useHelper("js_iter"), [e]) : e;
}

/** A board function's result (os.ilistdir(), poll.ipoll()): typed with the library's Iterator, it is a Python iterator. */
function fromBoardCall(ctx: TransformContext, node: ts.Expression): boolean {
  let n = node;
  while (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isNonNullExpression(n)) n = n.expression;
  if (!ts.isCallExpression(n)) return false;
  const decl = ctx.checker.getResolvedSignature(n)?.getDeclaration();
  return T.isBoardDeclaration(decl);
}

/** Lib iterator types whose `next()` goes through js_iter_next (a Python iterator or a JavaScript one). */
const iteratorTypes = new Set(["Iterator", "IterableIterator", "IteratorObject", "MapIterator", "SetIterator", "ArrayIterator", "StringIterator"]);

/** `it.next()` on an iterator typed by the library. */
export function iteratorMethod(ctx: TransformContext, name: string, node: ts.CallExpression): py.Expr | undefined {
  const recvNode = (node.expression as ts.PropertyAccessExpression).expression;
  const lib = T.libTypeName(ctx.checker.getTypeAtLocation(recvNode));
  if (name !== "next" || !lib || !iteratorTypes.has(lib)) return undefined;
  const recv = transformExpr(ctx, recvNode);
  const args = node.arguments.map((a) => transformExpr(ctx, a));
  return b.call(ctx.useHelper("js_iter_next"), [recv, ...args]);
}

/**
 * Whether the iterator a call makes (map.keys()) is consumed at once by for...of, a spread
 * or a constructor, where Python's view of the collection does; otherwise it must be a
 * Python iterator, which remembers its position for next().
 */
export function consumedAtOnce(node: ts.Expression): boolean {
  let n: ts.Node = node;
  while (ts.isParenthesizedExpression(n.parent) || ts.isAsExpression(n.parent) || ts.isNonNullExpression(n.parent)) n = n.parent;
  const p = n.parent;
  if (ts.isForOfStatement(p) && p.expression === n) return true;
  if (ts.isSpreadElement(p)) return true;
  if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.arguments?.includes(n as ts.Expression)) {
    const callee = p.expression.getText();
    return /^(Array\.from|Map|Set|WeakMap|WeakSet|Object\.fromEntries)$/.test(callee);
  }
  return false;
}

/** `iter(e)` unless the iterator is consumed at once. */
export function iteratorValue(node: ts.Expression, e: py.Expr): py.Expr {
  return consumedAtOnce(node) ? e : b.call("iter", [e]);
}

/**
 * for...of over a Map or Set (or its keys(), values(), entries()) whose body changes
 * that kind of collection: js_live visits what JavaScript visits. Other loops keep
 * Python's plain iteration. Changes made by functions the body calls are not seen here.
 */
export function liveCollectionLoop(ctx: TransformContext, node: ts.ForOfStatement): py.Expr | undefined {
  let e = node.expression;
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  let coll: ts.Expression = e;
  let kind: number | undefined;
  const isMap = (x: ts.Expression) => T.isMapType(ctx.checker.getTypeAtLocation(x));
  const isSet = (x: ts.Expression) => T.isSetType(ctx.checker.getTypeAtLocation(x));
  if (isMap(e)) kind = 2;
  else if (isSet(e)) kind = 0;
  else if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.arguments.length === 0) {
    coll = e.expression.expression;
    const name = e.expression.name.text;
    if (isMap(coll)) kind = name === "keys" ? 0 : name === "values" ? 1 : name === "entries" ? 2 : undefined;
    else if (isSet(coll)) kind = name === "keys" || name === "values" ? 0 : undefined;
  }
  if (kind === undefined || !changesCollection(ctx, node.statement)) return undefined;
  const args = [transformExpr(ctx, coll)];
  if (kind) args.push(b.num(kind));
  return b.call(ctx.useHelper("js_live"), args);
}

/** A call of set, add, delete or clear on a Map or Set in these statements (not in functions they define). */
function changesCollection(ctx: TransformContext, node: ts.Node): boolean {
  if (ts.isFunctionLike(node) && !ts.isArrowFunction(node) && !ts.isFunctionExpression(node)) return false;
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && /^(set|add|delete|clear)$/.test(node.expression.name.text)) {
    const t = ctx.checker.getTypeAtLocation(node.expression.expression);
    if (T.isMapType(t) || T.isSetType(t)) return true;
  }
  return ts.forEachChild(node, (c) => changesCollection(ctx, c) || undefined) ?? false;
}

/** `x[Symbol.iterator]()`: Python's iter() for its own iterables, the object's own method otherwise. */
export function symbolIteratorCall(ctx: TransformContext, node: ts.CallExpression): py.Expr | undefined {
  const callee = node.expression;
  if (!ts.isElementAccessExpression(callee) || node.arguments.length > 0) return undefined;
  if (callee.argumentExpression.getText() !== "Symbol.iterator") return undefined;
  const t = ctx.checker.getTypeAtLocation(callee.expression);
  const obj = transformExpr(ctx, callee.expression);
  if (T.isMapType(t)) return b.call("iter", [b.method(obj, "items")]);
  if (!needsJsIter(ctx, t) || T.isClassInstance(t)) return b.call("iter", [obj]);
  return b.call(b.sub(obj, b.str("__iter__")), []);
}
