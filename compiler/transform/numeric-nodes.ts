// Syntax helpers of the numeric analysis: the calls and operators it knows by
// name, and how it looks through parentheses, assertions and non-null marks.
import { ts } from "../typescript.js";
import * as T from "./types.js";

const K = ts.SyntaxKind;

export const arithmetic = new Set([K.PlusToken, K.MinusToken, K.AsteriskToken, K.PercentToken]);
export const arrayCallbacks = new Set([
  "forEach",
  "map",
  "filter",
  "some",
  "every",
  "find",
  "findIndex",
  "findLast",
  "findLastIndex",
  "sort",
]);
export const sameArray = new Set(["slice", "filter", "concat", "sort", "reverse", "splice", "fill", "toSorted", "toReversed"]);
export const roundings = new Set(["Math.floor", "Math.ceil", "Math.round", "Math.trunc"]);

/** A Map (its values are the elements the analysis tracks) or a Set (its elements). */
export function keyedKind(t: ts.Type): "map" | "set" | undefined {
  return T.isMapType(t) ? "map" : T.isSetType(t) ? "set" : undefined;
}

export const isUndefinedOrNull = (e: ts.Expression) =>
  e.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e) && e.text === "undefined");

export function skip(node: ts.Expression): ts.Expression {
  while (
    ts.isParenthesizedExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && node.type.kind !== K.AnyKeyword)
  )
    node = node.expression;
  return node;
}

/** Functions, methods, constructors and accessors (the walks ask of every node: one lookup, not seven tests). */
export const functionKinds: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.FunctionExpression,
  ts.SyntaxKind.ArrowFunction,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.Constructor,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
]);

export function isFunctionWithBody(n: ts.Node | undefined): n is ts.FunctionLikeDeclaration {
  return !!n && functionKinds.has(n.kind) && !!(n as ts.FunctionLikeDeclaration).body;
}

/** The declared name of a property or method (`x`, `"x"`), if it has one. */
export function memberName(name: ts.PropertyName | ts.BindingName | ts.MemberName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  return undefined;
}

/** A class method, accessor or object-literal method: calls reach it by name, so its facts are shared by name. */
export function isMethodLike(n: ts.Node): n is ts.MethodDeclaration | ts.MethodSignature {
  return ts.isMethodDeclaration(n) || ts.isMethodSignature(n);
}

/** The index of an element access (`xs[node]`). */
export function isIndex(node: ts.Node): boolean {
  let n = node;
  while (ts.isParenthesizedExpression(n.parent)) n = n.parent;
  return ts.isElementAccessExpression(n.parent) && n.parent.argumentExpression === n;
}

export function skipUp(node: ts.Node): ts.Node {
  while (
    ts.isParenthesizedExpression(node.parent) ||
    ts.isNonNullExpression(node.parent) ||
    ts.isAsExpression(node.parent) ||
    ts.isSatisfiesExpression(node.parent)
  )
    node = node.parent;
  return node;
}
