// A Map or Set stored in a property of an interface (`return { method, path, query }`
// with `query: Map<string, string>` in `interface Request`) stays a plain dict when the
// program reads that property only by key (`req.query.get(k)`). Every reader must be
// known: a value of the interface may only be read member by member, tested, compared,
// or passed on where it is again typed as the interface (a variable, a parameter, a
// return); anything that could read the object whole (console.log, JSON.stringify, a
// spread, an array of them, a cast, a generic or `any` parameter, destructuring) makes
// the analysis give up, and the Map keeps its order.
import { ts } from "../typescript.js";
import type { TransformContext } from "./context.js";
import { isStructural } from "./shapes.js";
import { walk } from "./walk.js";

const F = ts.TypeFlags;
const nullish = F.Null | F.Undefined | F.Void;

export function climb(n: ts.Node): ts.Node {
  while (ts.isParenthesizedExpression(n.parent) || ts.isNonNullExpression(n.parent)) n = n.parent;
  return n;
}

/** The one object type `t` is, with null and undefined allowed beside it. */
export function single(t: ts.Type): ts.Type | undefined {
  const parts = (t.isUnion() ? t.types : [t]).filter((p) => !(p.flags & nullish));
  return parts.length === 1 ? parts[0] : undefined;
}

/** Scans per interface and property name, for one program. */
const scans = new WeakMap<object, Map<ts.Type, Map<string, boolean>>>();

/**
 * `ref`, a reference to a Map or Set, as the value of a property of an object literal
 * that becomes a value of interface I (see the file's comment); `keyed(node)` says
 * whether a read `node` (`x.query` or the reference) uses the collection by key only.
 */
export function storedKeyedOnly(ctx: TransformContext, ref: ts.Identifier, keyed: (n: ts.Expression) => boolean): boolean {
  const prop = ref.parent;
  let name: string;
  if (ts.isShorthandPropertyAssignment(prop) && prop.name === ref) name = ref.text;
  else if (ts.isPropertyAssignment(prop) && prop.initializer === ref && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name)))
    name = prop.name.text;
  else return false;
  const literal = prop.parent as ts.ObjectLiteralExpression;
  const checker = ctx.checker;
  const contextual = checker.getContextualType(literal);
  const iface = contextual && single(contextual);
  if (!iface || !isStructural(checker, iface) || iface.isIntersection() || !iface.getProperty(name)) return false;
  if ((iface as ts.TypeReference).typeArguments?.length || iface.aliasTypeArguments?.length) return false;
  return sinkTyped(checker, literal, iface) && memberKeyedOnly(ctx, iface, name, keyed);
}

/**
 * Whether every read of property `name` of values of `owner` (a class's instances, `this` in
 * its methods) is keyed, and every value of `owner` is read member by member or passed on
 * typed as `owner`, as for an interface above.
 */
export function memberKeyedOnly(ctx: TransformContext, owner: ts.Type, name: string, keyed: (n: ts.Expression) => boolean): boolean {
  let byOwner = scans.get(ctx.program);
  if (!byOwner) scans.set(ctx.program, (byOwner = new Map()));
  let byName = byOwner.get(owner);
  if (!byName) byOwner.set(owner, (byName = new Map()));
  let ok = byName.get(name);
  if (ok === undefined) byName.set(name, (ok = readersKnown(ctx.checker, ctx.program.files, owner, name, keyed)));
  return ok;
}

/** Where the fresh literal goes (through `?:` branches): a place typed exactly as the interface. */
function sinkTyped(checker: ts.TypeChecker, literal: ts.Expression, iface: ts.Type): boolean {
  let n: ts.Node = climb(literal);
  while (ts.isConditionalExpression(n.parent) && n.parent.condition !== n) n = climb(n.parent);
  return typedAs(checker, n, iface);
}

/** Whether the value of `n` (its parens climbed) lands where it is typed `iface` (or iface | null). */
export function typedAs(checker: ts.TypeChecker, n: ts.Node, iface: ts.Type): boolean {
  const p = n.parent;
  const is = (t: ts.Type | undefined) => !!t && single(t) === iface;
  if (ts.isReturnStatement(p) || (ts.isArrowFunction(p) && p.body === n)) {
    const fn = ts.isReturnStatement(p) ? ts.findAncestor(p, ts.isFunctionLike) : p;
    const sig = fn && checker.getSignatureFromDeclaration(fn as ts.SignatureDeclaration);
    return !!sig && is(sig.getReturnType());
  }
  if ((ts.isVariableDeclaration(p) || ts.isPropertyDeclaration(p)) && p.initializer === n)
    return ts.isIdentifier(p.name) && is(checker.getTypeAtLocation(p.name));
  if (ts.isBinaryExpression(p) && p.right === n && p.operatorToken.kind === ts.SyntaxKind.EqualsToken)
    return (ts.isIdentifier(p.left) || ts.isPropertyAccessExpression(p.left)) && is(checker.getTypeAtLocation(p.left));
  if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.expression !== n) {
    const i = p.arguments?.indexOf(n as ts.Expression) ?? -1;
    const sig = checker.getResolvedSignature(p);
    const param = sig?.getParameters()[i]?.valueDeclaration;
    if (i < 0 || !param || !ts.isParameter(param) || param.dotDotDotToken || !ts.isIdentifier(param.name)) return false;
    return is(checker.getTypeAtLocation(param.name));
  }
  return false;
}

/**
 * Whether every expression of the program that holds a value of `iface` is in a place
 * that reads it member by member or passes it on typed as `iface`, and every read of
 * its member `name` is keyed.
 */
function readersKnown(
  checker: ts.TypeChecker,
  files: readonly ts.SourceFile[],
  iface: ts.Type,
  name: string,
  keyed: (n: ts.Expression) => boolean,
): boolean {
  const mentions = mentionCheck(checker, iface);
  let ok = true;
  for (const file of files) {
    walk(file, (n) => {
      if (ts.isTypeNode(n) || ts.isImportDeclaration(n) || ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n)) return "skip";
      if (!ts.isExpression(n) || ts.isParenthesizedExpression(n) || ts.isNonNullExpression(n) || isDeclarationName(n)) return;
      const t = checker.getTypeAtLocation(n);
      const holds = isValueOf(checker, t, iface);
      if (!holds && !mentions(t)) return;
      const outer = climb(n);
      const p = outer.parent;
      // a function that takes or returns the interface, called
      if (!holds) ok = (ts.isCallExpression(p) || ts.isNewExpression(p)) && p.expression === outer;
      else if (ts.isPropertyAccessExpression(p) && p.expression === outer) ok = p.name.text !== name || keyed(p) || isPlainStore(p);
      else ok = testedOrPassed(checker, outer, iface);
      return ok ? undefined : "stop";
    });
    if (!ok) return false;
  }
  return true;
}

/** `iface` itself, or `this` in its class's methods (the class's polymorphic `this` type). */
function isValueOf(checker: ts.TypeChecker, t: ts.Type, iface: ts.Type): boolean {
  const s = single(t);
  if (!s) return false;
  if (s === iface) return true;
  return (
    !!(s.flags & F.TypeParameter) &&
    !!(s as ts.TypeParameter & { isThisType?: boolean }).isThisType &&
    checker.getBaseConstraintOfType(s) === iface
  );
}

/** `x.name = value;`: the value written is judged where it is made, and the statement reads nothing. */
function isPlainStore(access: ts.PropertyAccessExpression): boolean {
  const p = access.parent;
  return (
    ts.isBinaryExpression(p) &&
    p.left === access &&
    p.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    ts.isExpressionStatement(climb(p).parent)
  );
}

/** Tested (`if (req)`, `!req`, `req === other`), discarded, or passed on typed as the interface. */
function testedOrPassed(checker: ts.TypeChecker, n: ts.Node, iface: ts.Type): boolean {
  const p = n.parent;
  if (ts.isIfStatement(p) || ts.isWhileStatement(p) || ts.isDoStatement(p) || ts.isExpressionStatement(p)) return true;
  if (ts.isConditionalExpression(p)) return true; // a branch's value is the conditional's, itself checked
  if (ts.isPrefixUnaryExpression(p) && p.operator === ts.SyntaxKind.ExclamationToken) return true;
  if (ts.isBinaryExpression(p)) {
    const op = p.operatorToken.kind;
    const K = ts.SyntaxKind;
    // equality compares identity; && || ?? give an operand, and the result is itself checked
    if ([K.EqualsEqualsEqualsToken, K.ExclamationEqualsEqualsToken, K.EqualsEqualsToken, K.ExclamationEqualsToken].includes(op))
      return true;
    if ([K.AmpersandAmpersandToken, K.BarBarToken, K.QuestionQuestionToken].includes(op)) return true;
    if (op === K.EqualsToken && p.left === n) return true; // assigned to: the value written is checked where it comes from
  }
  return typedAs(checker, n, iface);
}

/**
 * The types a type is made of, one level down: a union's members, type arguments, call
 * and construct signatures' returns and parameters, and the properties and index
 * values of a program's own object types (a library type holds others only through
 * its type arguments).
 */
export function typeParts(checker: ts.TypeChecker, t: ts.Type): ts.Type[] {
  const inner: ts.Type[] = [];
  if (t.isUnionOrIntersection()) inner.push(...t.types);
  if (t.flags & F.Object) {
    const ref = t as ts.TypeReference;
    if (ref.target) inner.push(...checker.getTypeArguments(ref));
    inner.push(...(t.aliasTypeArguments ?? []));
    for (const sig of [...t.getCallSignatures(), ...t.getConstructSignatures()]) {
      inner.push(sig.getReturnType());
      for (const p of sig.getParameters()) inner.push(checker.getTypeOfSymbol(p));
    }
    const decl = (t.getSymbol() ?? t.aliasSymbol)?.declarations?.[0];
    // a tuple holds its elements (its other members are the standard library's Array's)
    const tuple = ref.target && (ref.target as ts.ObjectType).objectFlags & ts.ObjectFlags.Tuple;
    if (!tuple && (!decl || !decl.getSourceFile().isDeclarationFile)) {
      for (const p of t.getProperties()) inner.push(checker.getTypeOfSymbol(p));
      for (const info of checker.getIndexInfosOfType(t)) inner.push(info.type);
    }
  }
  return inner;
}

/** Whether a type mentions `iface` anywhere but as itself: an array of it, a function returning it, an object holding it. */
export function mentionCheck(checker: ts.TypeChecker, iface: ts.Type): (t: ts.Type) => boolean {
  const memo = new Map<ts.Type, boolean>();
  const visit = (t: ts.Type, depth: number): boolean => {
    if (t === iface) return true;
    const known = memo.get(t);
    if (known !== undefined) return known;
    if (depth > 8) return true; // too deep to tell: assume it does
    memo.set(t, false); // a recursive type reached again adds nothing
    const inner = typeParts(checker, t);
    const found = inner.some((x) => visit(x, depth + 1));
    memo.set(t, found);
    return found;
  };
  return (t) => (t.isUnion() ? t.types.some((p) => visit(p, 0)) : visit(t, 0));
}

/** An identifier that names what a declaration declares, a member after a dot, or a label: not a value read. */
export function isDeclarationName(n: ts.Node): boolean {
  if (!ts.isIdentifier(n)) return false;
  const p = n.parent as ts.Node & { name?: ts.Node; propertyName?: ts.Node; label?: ts.Node };
  if (ts.isShorthandPropertyAssignment(p)) return false; // `{ query }` reads the variable
  return p.name === n || p.propertyName === n || p.label === n;
}
