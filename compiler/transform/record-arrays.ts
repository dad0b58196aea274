// Arrays of records (records.ts): `const ps: P[] = []`, `ps.push({ ... })`,
// `for (const p of ps)`, `ps[i].x`, `ps.filter((p) => p.ok)`. A list only holds its
// items: as long as every way the program takes an item out gives an expression
// typed as the record (checked there), or a callback parameter typed exactly as it,
// the items may be tuples. What could look at an item itself gives the record up:
// indexOf/includes/lastIndexOf compare by identity (tuples by value), join and
// sort() without a comparator make strings of the items, and printing or spreading
// the array shows them.
import { ts } from "../typescript.js";
import { climb, single, typedAs } from "./keyed-properties.js";

const K = ts.SyntaxKind;
const F = ts.TypeFlags;
const plainFlags = F.StringLike | F.NumberLike | F.BooleanLike | F.BigIntLike | F.EnumLike | F.Null | F.Undefined | F.Void;

/** A type that holds no object: what an accumulator or index of a callback may be. */
const isPlain = (t: ts.Type): boolean => (t.isUnion() ? t.types : [t]).every((p) => (p.flags & plainFlags) !== 0);

/** The record an array type holds: `t` is `R[]` (or `R[] | null`). */
export function arrayElement(checker: ts.TypeChecker, t: ts.Type): ts.Type | undefined {
  const s = single(t);
  if (!s || !checker.isArrayType(s)) return undefined;
  const e = checker.getTypeArguments(s as ts.TypeReference)[0];
  return e && single(e);
}

/** Methods whose items go in or out only as values typed as the element (or through callbacks), never looked at. */
const itemMethods = new Set([
  "push",
  "pop",
  "shift",
  "unshift",
  "splice",
  "slice",
  "concat",
  "reverse",
  "sort",
  "filter",
  "map",
  "forEach",
  "find",
  "findIndex",
  "findLast",
  "findLastIndex",
  "some",
  "every",
  "reduce",
  "reduceRight",
  "at",
]);

/** Methods whose arguments are items put into the array. */
const putMethods = new Set(["push", "unshift", "splice", "concat"]);

/**
 * Whether `n` (climbed), an array of the record `element`, is used only in known ways:
 * `.length`, an item method, `a[i]`, `for (const x of a)` (a name or a pattern of fields),
 * tested, or passed on typed as the same array type.
 */
export function arrayUseKnown(
  checker: ts.TypeChecker,
  n: ts.Node,
  arrayType: ts.Type,
  readsFields: (p: ts.ObjectBindingPattern) => boolean,
): boolean {
  const p = n.parent;
  if (ts.isPropertyAccessExpression(p) && p.expression === n) {
    if (p.name.text === "length") return true;
    const call = climb(p).parent;
    if (!itemMethods.has(p.name.text) || !ts.isCallExpression(call) || call.expression !== climb(p)) return false;
    if (p.name.text === "sort" && call.arguments.length === 0) return false;
    // a callback receives items as its parameters' types, which must be the element's (not a structural twin)
    return call.arguments.every((a) => checker.getTypeAtLocation(a).getCallSignatures().length === 0 || methodArgumentKnown(checker, a));
  }
  if (ts.isElementAccessExpression(p) && p.expression === n) return true;
  // [...a, ...b]: a copy, itself an array of the record, checked where it is
  if (ts.isSpreadElement(p) && ts.isArrayLiteralExpression(p.parent)) {
    const copy = arrayElement(checker, checker.getTypeAtLocation(p.parent));
    return !!copy && copy === arrayElement(checker, arrayType);
  }
  if (methodReceiver(checker, n)?.array === arrayType) return true; // a.concat(b)
  if (ts.isForOfStatement(p) && p.expression === n) {
    const init = p.initializer;
    if (!ts.isVariableDeclarationList(init) || init.declarations.length !== 1) return false;
    const name = init.declarations[0].name;
    return ts.isIdentifier(name) || (ts.isObjectBindingPattern(name) && readsFields(name));
  }
  if (ts.isIfStatement(p) || ts.isExpressionStatement(p) || ts.isConditionalExpression(p)) return true;
  if (ts.isPrefixUnaryExpression(p) && p.operator === K.ExclamationToken) return true;
  if (ts.isBinaryExpression(p)) {
    const op = p.operatorToken.kind;
    if ([K.AmpersandAmpersandToken, K.BarBarToken, K.QuestionQuestionToken].includes(op)) return true;
    if (op === K.EqualsToken && p.left === n) return true;
  }
  return typedAs(checker, n, arrayType);
}

/** The array type an item method is called on, when `arg` is one of its arguments. */
function methodReceiver(checker: ts.TypeChecker, arg: ts.Node): { name: string; array: ts.Type; element: ts.Type } | undefined {
  const call = arg.parent;
  if (!ts.isCallExpression(call) || !call.arguments.includes(arg as ts.Expression)) return undefined;
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || !itemMethods.has(callee.name.text)) return undefined;
  const array = checker.getTypeAtLocation(callee.expression);
  const element = arrayElement(checker, array);
  return element && { name: callee.name.text, array: single(array)!, element };
}

/**
 * A callback (or other argument) of an item method of an array of records: what it
 * receives is an item typed exactly as the element, an index, the array itself or an
 * accumulator of a type that holds no object.
 */
export function methodArgumentKnown(checker: ts.TypeChecker, n: ts.Node): boolean {
  const at = methodReceiver(checker, n);
  if (!at) return false;
  const t = checker.getTypeAtLocation(n);
  const sigs = t.getCallSignatures();
  if (sigs.length === 0) return single(t) === at.array || single(t) === at.element;
  return sigs.every((sig) =>
    sig.getParameters().every((p) => {
      const pt = checker.getTypeOfSymbol(p);
      const s = single(pt);
      return s === at.element || s === at.array || isPlain(pt);
    }),
  );
}

/** `n` is put into an array of `t`: an item of an array literal typed `t[]`, pushed, or stored at an index. */
export function inArrayPlace(checker: ts.TypeChecker, n: ts.Node, t: ts.Type): boolean {
  const p = n.parent;
  if (ts.isSpreadElement(n) && ts.isArrayLiteralExpression(p)) {
    // the items a spread puts in an array of `t`, itself checked where it is
    const own = single(checker.getTypeAtLocation(p));
    const ct = checker.getContextualType(p);
    return !!own && arrayElement(checker, own) === t && (!ct || arrayElement(checker, ct) === t);
  }
  if (ts.isArrayLiteralExpression(p)) {
    const ct = checker.getContextualType(p);
    const array = ct && single(ct);
    if (!array || arrayElement(checker, array) !== t) return false;
    let whole: ts.Node = climb(p);
    while (ts.isConditionalExpression(whole.parent) && whole.parent.condition !== whole) whole = climb(whole.parent);
    return typedAs(checker, whole, array);
  }
  const at = methodReceiver(checker, n);
  if (at) return putMethods.has(at.name) && at.element === t;
  if (ts.isBinaryExpression(p) && p.right === n && p.operatorToken.kind === K.EqualsToken && ts.isElementAccessExpression(p.left))
    return arrayElement(checker, checker.getTypeAtLocation(p.left.expression)) === t;
  return false;
}
