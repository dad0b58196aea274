// Property and element access. Class members are Python attributes, plain
// object properties are dict keys, and a value of an interface type that may be
// either goes through a runtime helper (see shapes.ts). Optional chains become
// None checks with the base evaluated once.
import { ts } from "../typescript.js";
import { isFunctionPropAccess } from "./function-props.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import { enumConstant } from "./enum-constants.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { withOrderedOperands } from "./order.js";
import * as T from "./types.js";
import { isDunder, pythonKeywords } from "../python/names.js";
import { isIntExpr, toJsString } from "./conversions.js";
import { builtinProperty } from "../builtins/index.js";
import { namespaceMember } from "./modules.js";
import { boundedIndex, constantNumber, literalIndex, looksForUndefined, withinTuple } from "./bounds.js";
import { isStructural, isObjectLiteralType, representationOf, type Representation } from "./shapes.js";
import { recordRead } from "./record-fields.js";
import { isPlainField } from "./loop-bound.js";
import { isSetOnlyByConstructors } from "./unchanged-by-calls.js";

/** Attribute spelling of a JavaScript member name. */
export function attrName(name: string): string {
  if (name.startsWith("#")) return "_" + name.slice(1);
  let s = name.replace(/\$/g, "S_").replace(/[^A-Za-z0-9_]/g, (c) => "U" + c.codePointAt(0)!.toString(16));
  // a member named `__eq__` or `__init__` must not change what Python does with the object
  if (pythonKeywords.has(s) || isDunder(s)) s += "_";
  // a numeric member name (`class C { 1 = 5 }`) is no Python identifier
  if (s === "" || /^[0-9]/.test(s)) s = "_" + s;
  return s;
}

/**
 * The value of a computed member name known when compiling: a literal, a const or an
 * enum member of a literal type (read without side effects, so not evaluated again).
 */
export function constantKey(ctx: TransformContext, expr: ts.Expression): string | undefined {
  let e = expr;
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e)) e = e.expression;
  if (ts.isStringLiteralLike(e) || ts.isNumericLiteral(e)) return ts.isNumericLiteral(e) ? String(Number(e.text)) : e.text;
  const plain = (n: ts.Expression): boolean => ts.isIdentifier(n) || (ts.isPropertyAccessExpression(n) && plain(n.expression));
  if (!plain(e)) return undefined;
  const t = ctx.checker.getTypeAtLocation(e);
  if (t.isStringLiteral() || t.isNumberLiteral()) return String(t.value);
  return undefined;
}

/** How `o.name` / `o["name"]` reads: attribute, dict key (`get` when optional), or either at run time. */
export type MemberStyle = "attribute" | "key" | "optionalKey" | "dynamic";

/** What the receiver `node` holds at run time: instances, dicts, or either (undefined: not an object we know). */
export function receiverRepresentation(ctx: TransformContext, node: ts.Expression): Representation | undefined {
  const t = ctx.checker.getTypeAtLocation(node);
  const parts = (t.isUnion() ? t.types : [t]).filter((p) => !(p.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
  const kinds = new Set<Representation>();
  for (let p of parts) {
    if (p.flags & ts.TypeFlags.TypeParameter) {
      const isThis = (p as ts.TypeParameter & { isThisType?: boolean }).isThisType;
      const constraint = ctx.checker.getBaseConstraintOfType(p);
      // `this` is the class; a generic T may be anything its constraint allows, strings and arrays too
      if (!isThis || !constraint) return "both";
      p = constraint;
    }
    if (p.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
    // a mixin's result (an anonymous class & its base) is an instance
    if (p.isIntersection() && p.types.some((q) => isAttributeObject(ctx, q))) kinds.add("attr");
    else if (isObjectLiteralType(p)) kinds.add("dict");
    else if (isStructural(ctx.checker, p)) kinds.add(representationOf(ctx, p));
    else if (isAttributeObject(ctx, p)) kinds.add("attr");
    else if (p.flags & ts.TypeFlags.Object && !ctx.checker.isArrayType(p) && !ctx.checker.isTupleType(p))
      kinds.add("dict"); // Record<K, V>, mapped types
    else kinds.add("both"); // a primitive or an array mixed into the union
  }
  if (kinds.size === 0) return undefined;
  if (kinds.size === 1) return [...kinds][0];
  return "both";
}

/** Class instances, classes and enums themselves, and objects declared in the board typings keep members as attributes. */
function isAttributeObject(ctx: TransformContext, t: ts.Type): boolean {
  if (!(t.flags & ts.TypeFlags.Object) || ctx.checker.isArrayType(t) || ctx.checker.isTupleType(t)) return false;
  if (T.isClassInstance(t)) return true;
  const sym = t.getSymbol();
  if (sym && sym.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Enum | ts.SymbolFlags.Function)) return true;
  // `typeof N` of a namespace; not an interface merged with one (its values are plain objects)
  if (sym && sym.flags & ts.SymbolFlags.ValueModule && !((t as ts.ObjectType).objectFlags & ts.ObjectFlags.Interface)) return true;
  const decl = (t.aliasSymbol ?? sym)?.declarations?.[0];
  return T.isBoardDeclaration(decl);
}

function isUntyped(ctx: TransformContext, node: ts.Expression): boolean {
  return (ctx.checker.getTypeAtLocation(node).flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0;
}

function isObjectMember(decl: ts.Declaration): boolean {
  return (
    ts.isPropertySignature(decl) ||
    ts.isMethodSignature(decl) ||
    ts.isPropertyAssignment(decl) ||
    ts.isShorthandPropertyAssignment(decl) ||
    (ts.isMethodDeclaration(decl) && ts.isObjectLiteralExpression(decl.parent)) ||
    ts.isPropertyDeclaration(decl) ||
    ts.isMethodDeclaration(decl) ||
    ts.isGetAccessorDeclaration(decl) ||
    ts.isSetAccessorDeclaration(decl) ||
    ts.isParameter(decl)
  );
}

export function memberStyle(ctx: TransformContext, access: ts.PropertyAccessExpression | ts.ElementAccessExpression): MemberStyle {
  const base = T.propertyStyle(ctx.checker, access);
  const sym = ctx.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(access) ? access.name : access.argumentExpression);
  const decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
  // an untyped value may be a dict, an instance or an exception
  if (isUntyped(ctx, access.expression)) return "dynamic";
  if (isFunctionPropAccess(ctx, access)) return "attribute"; // a JsFn's property (function-props.ts)
  if (!decl || decl.getSourceFile().isDeclarationFile || !isObjectMember(decl)) return base;
  const rep = receiverRepresentation(ctx, access.expression);
  if (rep === "both") return "dynamic";
  if (rep === "attr") {
    // an optional member an interface declares may be missing from an instance: it reads as undefined
    const optional = (sym!.flags & ts.SymbolFlags.Optional) !== 0 && (ts.isPropertySignature(decl) || ts.isMethodSignature(decl));
    return optional ? "dynamic" : "attribute";
  }
  if (rep === "dict") {
    const optional = (sym!.flags & ts.SymbolFlags.Optional) !== 0;
    return optional ? "optionalKey" : "key";
  }
  return base;
}

/** Lowest `?.` link in the chain ending at `node` that is not yet a None check. */
function pendingOptionalLink(ctx: TransformContext, node: ts.Expression): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  let cur: ts.Expression = node;
  while (ts.isOptionalChain(cur) || ts.isNonNullChain(cur as ts.Node)) {
    const c = cur as ts.PropertyAccessExpression | ts.ElementAccessExpression | ts.CallExpression | ts.NonNullExpression;
    if ("questionDotToken" in c && c.questionDotToken && !ctx.handledOptionalLinks.has(c)) found = c;
    cur = c.expression;
  }
  return found;
}

/** If `node` ends an optional chain, `None if base is None else <rest of chain>`, the base evaluated once, in place. */
export function withOptionalChain(ctx: TransformContext, node: ts.Expression, transform: () => py.Expr): py.Expr {
  const link = pendingOptionalLink(ctx, node) as ts.PropertyAccessExpression | undefined;
  if (!link) return transform();
  ctx.handledOptionalLinks.add(link);
  let base = transformExpr(ctx, link.expression);
  let test: py.Expr;
  if (b.isSimple(base)) test = b.cmp(base, "is", b.none());
  else {
    // `(t := base) is None` keeps the evaluation order of the surrounding expression
    const t = ctx.temp();
    test = b.cmp({ kind: "NamedExpr", target: t, value: base }, "is", b.none());
    base = b.name(t);
  }
  ctx.substitutions.set(link.expression, base);
  const [pre, rest] = ctx.capture(() => transformExpr(ctx, node));
  if (pre.length === 0) return b.ifExp(test, b.none(), rest);
  // the rest of the chain needs statements: run them only when the base is not None
  const r = b.name(ctx.temp());
  ctx.addPreceding(b.assign(r, b.none()), b.ifStmt(b.not(test), [...pre, b.assign(r, rest)]));
  return r;
}

function superRead(ctx: TransformContext, node: ts.PropertyAccessExpression): py.Expr {
  const ref = superRef(ctx, node);
  const decl = ctx.checker
    .getSymbolAtLocation(node.name)
    ?.declarations?.find((d) => ts.isGetAccessorDeclaration(d) && !d.getSourceFile().isDeclarationFile);
  // the base class's getter function (see transformClass): super() does not run properties
  if (decl) return b.method(ref, "_get_" + attrName(node.name.text));
  return b.attr(ref, attrName(node.name.text));
}

/**
 * `super.x = v` where a base class of the program declares a setter `x`: its setter
 * function `_set_x` (super() does not run property setters either). Anything else stays refused.
 */
export function superSetterAssign(
  ctx: TransformContext,
  node: ts.PropertyAccessExpression,
  makeValue: (cur?: py.Expr) => py.Expr,
  needsCurrent: boolean,
): py.Expr | undefined {
  if (node.expression.kind !== ts.SyntaxKind.SuperKeyword) return undefined;
  const decls = ctx.checker.getSymbolAtLocation(node.name)?.declarations ?? [];
  const own = (d: ts.Declaration) => !d.getSourceFile().isDeclarationFile && !isStaticMember(d);
  if (!decls.some((d) => ts.isSetAccessorDeclaration(d) && own(d))) return undefined;
  const ref = superRef(ctx, node);
  const name = attrName(node.name.text);
  // JavaScript reads a property with only a setter as undefined
  const hasGetter = decls.some((d) => ts.isGetAccessorDeclaration(d) && own(d));
  const current = needsCurrent ? (hasGetter ? b.method(ref, "_get_" + name) : b.none()) : undefined;
  const value = ctx.once(makeValue(current));
  ctx.addPreceding(b.exprStmt(b.method(superRef(ctx, node), "_set_" + name, [value])));
  return value;
}

const isStaticMember = (d: ts.Declaration) => (ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Static) !== 0;

/** `super()`, or `super(C, self)` inside an arrow function of a method of C. */
function superRef(ctx: TransformContext, node: ts.PropertyAccessExpression): py.Expr {
  // super.prop reads a getter (or method) of the base class; inside an arrow function name the class
  const arrow = ts.findAncestor(
    node,
    (n) =>
      ts.isArrowFunction(n) ||
      ts.isMethodDeclaration(n) ||
      ts.isGetAccessorDeclaration(n) ||
      ts.isSetAccessorDeclaration(n) ||
      ts.isConstructorDeclaration(n),
  );
  const cls = ts.findAncestor(node, ts.isClassLike);
  return arrow && ts.isArrowFunction(arrow) && cls?.name
    ? b.call("super", [transformExpr(ctx, cls.name), b.name("self")])
    : b.call("super");
}

export function transformPropertyAccess(ctx: TransformContext, node: ts.PropertyAccessExpression): py.Expr {
  return withOptionalChain(ctx, node, () => {
    if (node.expression.kind === ts.SyntaxKind.SuperKeyword) return superRead(ctx, node);
    const builtin = builtinProperty(ctx, node);
    if (builtin) return builtin;
    const member = namespaceMember(ctx, node);
    if (member) return member;
    const constant = enumConstant(ctx, node);
    if (constant) return constant;
    const obj = transformExpr(ctx, node.expression);
    const read = readMember(ctx, node, obj);
    if (read.kind === "Attribute" && isClassField(ctx, node) && isSetOnlyByConstructors(ctx, node.name.text)) read.settled = true;
    return read;
  });
}

/** A field of a class (declared in its body or by a constructor parameter), which its constructor always sets, read as a plain attribute. */
function isClassField(ctx: TransformContext, node: ts.PropertyAccessExpression): boolean {
  const decls = ctx.checker.getSymbolAtLocation(node.name)?.declarations ?? [];
  return (
    decls.length > 0 &&
    isPlainField(ctx, node) &&
    decls.every(
      (d) => (ts.isPropertyDeclaration(d) && ts.isClassLike(d.parent)) || (ts.isParameter(d) && ts.isConstructorDeclaration(d.parent)),
    )
  );
}

function memberAttr(node: ts.PropertyAccessExpression): string {
  const name = node.name.text;
  return attrName(ts.isPrivateIdentifier(node.name) ? "#" + name.slice(1) : name);
}

/** `js_get(o, key[, attr])`: a member of something that may be a dict or an instance. */
function dynamicRead(ctx: TransformContext, obj: py.Expr, key: py.Expr, attr?: string): py.Expr {
  const args = [obj, key];
  if (attr !== undefined && !(key.kind === "Constant" && key.value === attr)) args.push(b.str(attr));
  return b.call(ctx.useHelper("js_get"), args);
}

/** An assignable stand-in for a member of something that may be a dict or an instance. */
function dynamicTarget(ctx: TransformContext, obj: py.Expr, key: py.Expr, attr?: string): py.Expr {
  const args = [obj];
  if (attr !== undefined && !(key.kind === "Constant" && key.value === attr)) args.push(b.str(attr));
  return b.sub(b.call(ctx.useHelper("js_obj"), args), key);
}

export function readMember(ctx: TransformContext, node: ts.PropertyAccessExpression, obj: py.Expr): py.Expr {
  const name = node.name.text;
  const position = recordRead(ctx, node.expression, obj, name);
  if (position) return position;
  switch (memberStyle(ctx, node)) {
    case "attribute":
      return b.attr(obj, memberAttr(node));
    case "optionalKey":
      return b.method(obj, "get", [b.str(name)]);
    case "dynamic":
      return dynamicRead(ctx, obj, b.str(name), memberAttr(node));
    default:
      // a name only an index signature declares may be missing: it reads as undefined
      if (!ctx.checker.getSymbolAtLocation(node.name)) return b.method(obj, "get", [b.str(name)]);
      return b.sub(obj, b.str(name));
  }
}

/** The Python target for assigning to `node.name`. */
export function memberTarget(ctx: TransformContext, node: ts.PropertyAccessExpression, obj: py.Expr): py.Expr {
  const position = recordRead(ctx, node.expression, obj, node.name.text);
  if (position) return position;
  switch (memberStyle(ctx, node)) {
    case "attribute":
      return b.attr(obj, memberAttr(node));
    case "dynamic":
      return dynamicTarget(ctx, obj, b.str(node.name.text), memberAttr(node));
    default:
      return b.sub(obj, b.str(node.name.text));
  }
}

export function indexExpr(ctx: TransformContext, node: ts.ElementAccessExpression): py.Expr {
  const recvType = ctx.checker.getTypeAtLocation(node.expression);
  const arg = node.argumentExpression;
  const back = countedFromEnd(ctx, node);
  if (back !== undefined) return b.num(-back);
  const key = transformExpr(ctx, arg);
  const keyType = ctx.checker.getTypeAtLocation(arg);
  if (T.isArray(ctx.checker, recvType, true) || T.isString(recvType, true) || T.isBoardSequence(ctx.checker, recvType)) {
    // a list index must be an int; JavaScript numbers may be integral floats,
    // and a for...in key over an array is a string
    return (T.isNumber(keyType) && !isIntExpr(ctx, arg)) || T.isString(keyType) ? b.call("int", [key]) : key;
  }
  if (T.isNumber(keyType) && !T.isClassInstance(recvType)) {
    // JavaScript object keys are strings: o[1] is o["1"]
    return toJsString(ctx, arg, key);
  }
  return key;
}

/**
 * `xs[xs.length - k]` (k a positive integer) of a sequence named by a variable: k, for Python's
 * `xs[-k]`, which reads the same item (and raises where `xs[len(xs) - k]` would).
 */
function countedFromEnd(ctx: TransformContext, node: ts.ElementAccessExpression): number | undefined {
  let arg = node.argumentExpression;
  while (ts.isParenthesizedExpression(arg)) arg = arg.expression;
  if (!ts.isBinaryExpression(arg) || arg.operatorToken.kind !== ts.SyntaxKind.MinusToken || !ts.isNumericLiteral(arg.right)) return undefined;
  const k = Number(arg.right.text);
  const len = arg.left;
  if (!Number.isInteger(k) || k < 1 || !ts.isPropertyAccessExpression(len) || len.name.text !== "length") return undefined;
  if (!ts.isIdentifier(node.expression) || !ts.isIdentifier(len.expression)) return undefined;
  const sym = ctx.checker.getSymbolAtLocation(node.expression);
  const t = ctx.checker.getTypeAtLocation(node.expression);
  const sequence = T.isArray(ctx.checker, t, true) || T.isString(t, true) || T.isBoardSequence(ctx.checker, t);
  return sym && sequence && ctx.checker.getSymbolAtLocation(len.expression) === sym ? k : undefined;
}

/** Element access with a string literal naming a declared member: the member's style. */
function literalMemberStyle(ctx: TransformContext, node: ts.ElementAccessExpression): MemberStyle | undefined {
  if (!ts.isStringLiteralLike(node.argumentExpression)) return knownMemberKey(ctx, node) === undefined ? undefined : "attribute";
  if (T.isArray(ctx.checker, ctx.checker.getTypeAtLocation(node.expression), true)) return undefined;
  if (!ctx.checker.getSymbolAtLocation(node.argumentExpression)) return undefined;
  return memberStyle(ctx, node);
}

/**
 * `c[1]`, `C[k]` with a key known when compiling (a number literal, a const or an enum member of a
 * literal type) naming a member a class of the program declares: the member's name, read as an attribute.
 */
function knownMemberKey(ctx: TransformContext, node: ts.ElementAccessExpression): string | undefined {
  const recvType = ctx.checker.getTypeAtLocation(node.expression);
  if (T.isArray(ctx.checker, recvType, true) || T.isString(recvType, true) || T.isTuple(ctx.checker, recvType)) return undefined;
  const key = constantKey(ctx, node.argumentExpression);
  if (key === undefined || receiverRepresentation(ctx, node.expression) !== "attr") return undefined;
  const decl = ctx.checker.getPropertyOfType(recvType, key)?.valueDeclaration;
  if (!decl || decl.getSourceFile().isDeclarationFile || !(ts.isPropertyDeclaration(decl) || ts.isMethodDeclaration(decl))) return undefined;
  return key;
}

/** The member name of an element access whose literalMemberStyle is known. */
function literalKey(ctx: TransformContext, node: ts.ElementAccessExpression): string {
  return ts.isStringLiteralLike(node.argumentExpression) ? node.argumentExpression.text : knownMemberKey(ctx, node)!;
}

export function transformElementAccess(ctx: TransformContext, node: ts.ElementAccessExpression): py.Expr {
  return withOptionalChain(ctx, node, () => elementRead(ctx, node));
}

/** The object is evaluated before the index, even when the index needs statements first (order.ts). */
function elementRead(ctx: TransformContext, node: ts.ElementAccessExpression): py.Expr {
  return withOrderedOperands(ctx, [node.expression, node.argumentExpression], () => {
    const obj = transformExpr(ctx, node.expression);
    const recvType = ctx.checker.getTypeAtLocation(node.expression);
    const literal = literalMemberStyle(ctx, node);
    if (literal === "attribute") return b.attr(obj, attrName(literalKey(ctx, node)));
    if (literal === "dynamic") {
      const text = literalKey(ctx, node);
      return dynamicRead(ctx, obj, b.str(text), attrName(text));
    }
    // untyped: a dict, a list or an instance; js_get turns a number into a dict key itself
    if (literal === undefined && isUntyped(ctx, node.expression)) return dynamicRead(ctx, obj, transformExpr(ctx, node.argumentExpression));
    if (isEnumReverseLookup(ctx, node)) {
      // Dir[Dir.Up] is "Up": numeric enums map values back to names
      return b.method(b.attr(obj, "_names"), "get", [transformExpr(ctx, node.argumentExpression)]);
    }
    const key = indexExpr(ctx, node);
    if (
      T.isArray(ctx.checker, recvType, true) ||
      T.isString(recvType, true) ||
      T.isTuple(ctx.checker, recvType) ||
      T.isBoardSequence(ctx.checker, recvType)
    ) {
      const arg = node.argumentExpression;
      const c = constantNumber(ctx, arg);
      if (c !== undefined && !Number.isInteger(c)) {
        // xs[NaN], xs[1.5]: a property no array or string has
        ctx.once(obj);
        return b.none();
      }
      const past = (literalIndex(arg) ?? 0) < 0 || (looksForUndefined(ctx, node) && !withinTuple(ctx, node.expression, arg));
      if (!past) return b.sub(obj, key);
      const back = countedFromEnd(ctx, node) !== undefined;
      return back ? boundedIndex(ctx, obj, key, undefined, node.expression, true) : boundedIndex(ctx, obj, key, arg, node.expression);
    }
    if (literal === "key") return b.sub(obj, key);
    const rep = receiverRepresentation(ctx, node.expression);
    if (T.isClassInstance(recvType) || rep === "attr") return b.call("getattr", [obj, key, b.none()]);
    if (rep === "both") return dynamicRead(ctx, obj, key);
    // plain objects used as records: a missing key reads as undefined
    return b.method(obj, "get", [key]);
  });
}

export function elementTarget(ctx: TransformContext, node: ts.ElementAccessExpression, obj: py.Expr): py.Expr {
  const literal = literalMemberStyle(ctx, node);
  if (literal === "attribute") return b.attr(obj, attrName(literalKey(ctx, node)));
  if (literal === "dynamic") {
    const text = literalKey(ctx, node);
    return dynamicTarget(ctx, obj, b.str(text), attrName(text));
  }
  const recvType = ctx.checker.getTypeAtLocation(node.expression);
  if (literal === undefined && !T.isArray(ctx.checker, recvType, true) && !T.isBoardSequence(ctx.checker, recvType)) {
    // instances are not subscriptable: a computed member name needs setattr
    const rep = T.isClassInstance(recvType) ? "attr" : receiverRepresentation(ctx, node.expression);
    if (isUntyped(ctx, node.expression)) return dynamicTarget(ctx, obj, transformExpr(ctx, node.argumentExpression));
    if (rep === "both" || rep === "attr") return dynamicTarget(ctx, obj, indexExpr(ctx, node));
  }
  return b.sub(obj, indexExpr(ctx, node));
}

/** `Enum[value]` with a number: the member's name. */
export function isEnumReverseLookup(ctx: TransformContext, node: ts.ElementAccessExpression): boolean {
  const sym = ctx.checker.getTypeAtLocation(node.expression).getSymbol();
  if (!sym || !(sym.flags & ts.SymbolFlags.Enum)) return false;
  return T.isNumber(ctx.checker.getTypeAtLocation(node.argumentExpression));
}
