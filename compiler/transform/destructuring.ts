// Array and object destructuring, in declarations, parameters, assignments and
// loop heads. Tuple unpacking is used when the shapes certainly match;
// otherwise each element is read by index or key.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { assignTo } from "./assignment.js";
import * as T from "./types.js";
import { attrName, receiverRepresentation, memberTarget, elementTarget } from "./access.js";
import { propertyKey } from "./literals.js";
import { recordRead } from "./record-fields.js";
import { knownLength } from "./known-length.js";

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
export function assignPattern(
  ctx: TransformContext,
  pattern: ts.ArrayLiteralExpression | ts.ObjectLiteralExpression,
  value: py.Expr,
): void {
  destructure(ctx, pattern, value);
}

function withDefault(ctx: TransformContext, value: py.Expr, init: ts.Expression | undefined): py.Expr {
  // `[a, b = undefined] = xs`: the default only makes a missing element read as undefined
  if (!init || (ts.isIdentifier(init) && init.text === "undefined")) return value;
  const v = ctx.once(value);
  const [pre, d] = ctx.capture(() => transformExpr(ctx, init));
  if (pre.length === 0) return b.ifExp(b.cmp(v, "is", b.none()), d, v);
  const t = b.name(ctx.temp());
  ctx.addPreceding(b.assign(t, v), b.ifStmt(b.cmp(t, "is", b.none()), [...pre, b.assign(t, d)]));
  return t;
}

/** Bind or assign one element target (a name, a nested pattern, or an assignment target expression). */
function bindTarget(ctx: TransformContext, target: ts.Node, value: py.Expr): void {
  if (
    ts.isIdentifier(target) &&
    (ts.isBindingElement(target.parent) || ts.isVariableDeclaration(target.parent) || ts.isParameter(target.parent))
  ) {
    ctx.addPreceding(b.assign(transformExpr(ctx, target), value));
  } else if (
    ts.isObjectBindingPattern(target) ||
    ts.isArrayBindingPattern(target) ||
    ts.isArrayLiteralExpression(target) ||
    ts.isObjectLiteralExpression(target)
  ) {
    destructure(ctx, target, ctx.once(value));
  } else {
    assignTo(ctx, target as ts.Expression, () => value, target, false);
  }
}

/** Targets that Python can assign in one tuple assignment (names, attributes, subscripts), if all are. */
function plainTargets(ctx: TransformContext, elements: readonly ts.Node[]): py.Expr[] | undefined {
  const out: py.Expr[] = [];
  for (const el of elements) {
    let node: ts.Node = el;
    if (ts.isBindingElement(el)) {
      if (el.initializer || el.dotDotDotToken || !ts.isIdentifier(el.name)) return undefined;
      node = el.name;
    }
    while (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node)) node = node.expression;
    if (ts.isIdentifier(node)) {
      const e = transformExpr(ctx, node);
      if (e.kind !== "Name") return undefined;
      out.push(e);
      continue;
    }
    const access = node;
    // `arr.length = n` truncates: not a plain attribute
    if (!(ts.isPropertyAccessExpression(access) && access.name.text !== "length") && !ts.isElementAccessExpression(access))
      return undefined;
    const [pre, t] = ctx.capture(() => {
      const obj = transformExpr(ctx, access.expression);
      return ts.isPropertyAccessExpression(access) ? memberTarget(ctx, access, obj) : elementTarget(ctx, access, obj);
    });
    if (pre.length || (t.kind !== "Attribute" && t.kind !== "Subscript")) return undefined;
    out.push(t);
  }
  return out;
}

/** Whether a value of type `t` may be undefined (or is of a type that says nothing). */
function mayBeUndefined(t: ts.Type): boolean {
  const F = ts.TypeFlags;
  return (t.isUnion() ? t.types : [t]).some((p) => (p.flags & (F.Undefined | F.Void | F.Any | F.Unknown | F.TypeParameter)) !== 0);
}

/** A tuple type of exactly `n` required elements: the value unpacks as is. */
function isExactTuple(ctx: TransformContext, t: ts.Type | undefined, n: number): boolean {
  if (!t || t.isUnion() || !ctx.checker.isTupleType(t)) return false;
  const target = (t as ts.TupleTypeReference).target;
  return target.fixedLength === n && target.elementFlags.every((f) => f & ts.ElementFlags.Required);
}

function destructure(ctx: TransformContext, pattern: Pattern, value: py.Expr): void {
  if (ts.isArrayBindingPattern(pattern) || ts.isArrayLiteralExpression(pattern)) {
    const elements = pattern.elements;
    const source = sourceType(ctx, pattern);
    // swaps and tuple returns: a, b = b, a  /  lo, hi = min_max(xs)
    const literal = value.kind === "List" && value.elts.length === elements.length && !value.elts.some((e) => e.kind === "Starred");
    if (literal || isExactTuple(ctx, source, elements.length)) {
      const targets = plainTargets(ctx, elements);
      if (targets) {
        ctx.addPreceding(b.assign(b.tuple(targets), literal ? b.tuple((value as py.ListExpr).elts) : value));
        return;
      }
    }
    // `if (parts.length !== 3) return; const [a, b] = parts;`: `a, b, _t = parts`, one unpacking in place of a read
    // per name, while the names are at least two and at least as many as the items left unnamed
    const array = valueExpression(pattern);
    const length = array && source && T.isArray(ctx.checker, source) ? knownLength(ctx, array, pattern) : undefined;
    const named = elements.filter((el) => !ts.isOmittedExpression(el));
    if (length !== undefined && length >= elements.length && named.length >= 2 && length - named.length <= named.length) {
      const targets = plainTargets(ctx, named);
      if (targets) {
        const unused = length > named.length ? b.name(ctx.temp()) : undefined;
        let next = 0;
        const all = Array.from({ length }, (_, i) =>
          i < elements.length && !ts.isOmittedExpression(elements[i]) ? targets[next++] : unused!,
        );
        ctx.addPreceding(b.assign(b.tuple(all), value));
        return;
      }
    }
    if (source && !T.isArray(ctx.checker, source, true) && !T.isString(source, true) && !T.isAnyLike(source)) {
      return destructureIterator(ctx, elements, b.call("iter", [T.isMapType(source) ? b.method(value, "items") : value]));
    }
    const v = ctx.once(value);
    // an element with a default may be missing: past the end it reads as undefined (a tuple's required ones are there)
    const tuple = source && !source.isUnion() && ctx.checker.isTupleType(source) ? (source as ts.TupleTypeReference) : undefined;
    const required = tuple ? tuple.target.minLength : 0;
    const mayMiss = (i: number) =>
      i < required ? b.sub(v, b.num(i)) : b.ifExp(b.cmp(b.call("len", [v]), ">", b.num(i)), b.sub(v, b.num(i)), b.none());
    // an element that is never undefined (of a `string[]`, a tuple's required `string`) takes the
    // default only past the end: `v[1] if len(v) > 1 else d` (a null element is kept, as in JavaScript)
    const element = source && !tuple ? ctx.checker.getIndexTypeOfType(source, ts.IndexKind.Number) : undefined;
    const neverUndefined = (i: number): boolean => {
      if (!tuple) return element !== undefined && !mayBeUndefined(element);
      const t = ctx.checker.getTypeArguments(tuple)[i];
      return i < required && !!t && !mayBeUndefined(t);
    };
    const defaulted = (i: number, init: ts.Expression) => {
      if (neverUndefined(i) && !(ts.isIdentifier(init) && init.text === "undefined")) {
        if (i < required) return b.sub(v, b.num(i));
        const [pre, d] = ctx.capture(() => transformExpr(ctx, init));
        if (pre.length === 0) return b.ifExp(b.cmp(b.call("len", [v]), ">", b.num(i)), b.sub(v, b.num(i)), d);
      }
      return withDefault(ctx, mayMiss(i), init);
    };
    elements.forEach((el, i) => {
      if (ts.isOmittedExpression(el)) return;
      if (ts.isBindingElement(el)) {
        if (el.dotDotDotToken) return bindTarget(ctx, el.name, b.sub(v, b.slice(b.num(i))));
        return bindTarget(ctx, el.name, el.initializer ? defaulted(i, el.initializer) : b.sub(v, b.num(i)));
      }
      if (ts.isSpreadElement(el)) return bindTarget(ctx, el.expression, b.sub(v, b.slice(b.num(i))));
      if (ts.isBinaryExpression(el) && el.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        return bindTarget(ctx, el.left, defaulted(i, el.right));
      }
      bindTarget(ctx, el, b.sub(v, b.num(i)));
    });
    return;
  }
  const v = ctx.once(value);
  const source = sourceNode(pattern);
  const objType = ctx.checker.getTypeAtLocation(source);
  const rep = receiverRepresentation(ctx, source as ts.Expression);
  const taken: py.Expr[] = [];
  // read a property as `v.name` would be read (see memberStyle in access.ts); a default needs None for a missing key
  const read = (key: py.Expr, name: string | undefined, hasDefault: boolean): py.Expr => {
    const position = name !== undefined ? recordRead(ctx, source, v, name) : undefined;
    if (position) return position; // a record's field (records.ts)
    if (
      (name === "length" && T.hasLenLength(ctx.checker, objType, true)) ||
      (name === "size" && (T.isMapType(objType) || T.isSetType(objType)))
    )
      return b.call("len", [v]);
    const prop = name !== undefined ? objType.getProperty(name) : undefined;
    const decl = prop?.valueDeclaration ?? prop?.declarations?.[0];
    const attr = name !== undefined ? attrName(name) : undefined;
    // library and board objects (Error, Pin) and class instances keep members as attributes
    if (attr && decl?.getSourceFile().isDeclarationFile) return b.attr(v, attr);
    if (attr && rep === "attr") return b.attr(v, attr);
    if (rep === "attr" || rep === "both" || (rep === undefined && T.isAnyLike(objType))) {
      return b.call(ctx.useHelper("js_get"), attr && attr !== name ? [v, key, b.str(attr)] : [v, key]);
    }
    const optional = !prop || (prop.flags & ts.SymbolFlags.Optional) !== 0;
    return optional || hasDefault ? b.method(v, "get", [key]) : b.sub(v, key);
  };
  // a property that is never undefined (required, of a type without undefined) never takes the
  // default, even when it is null: read it as is (None is both null and undefined in Python)
  const defaultedRead = (key: py.Expr, name: string | undefined, init: ts.Expression | undefined): py.Expr => {
    const prop = name !== undefined && init ? objType.getProperty(name) : undefined;
    if (prop && !(prop.flags & ts.SymbolFlags.Optional) && !mayBeUndefined(ctx.checker.getTypeOfSymbolAtLocation(prop, source)))
      return read(key, name, false);
    return withDefault(ctx, read(key, name, !!init), init);
  };
  if (ts.isObjectBindingPattern(pattern)) {
    for (const el of pattern.elements) {
      if (el.dotDotDotToken) {
        bindTarget(ctx, el.name, restOf(ctx, v, taken, rep));
        continue;
      }
      const nameNode = el.propertyName ?? el.name;
      const key = ts.isIdentifier(nameNode) ? b.str(nameNode.text) : propertyKey(ctx, nameNode as ts.PropertyName);
      const name = key.kind === "Constant" ? String(key.value) : undefined;
      taken.push(key);
      bindTarget(ctx, el.name, defaultedRead(key, name, el.initializer));
    }
    return;
  }
  for (const prop of pattern.properties) {
    if (ts.isSpreadAssignment(prop)) {
      bindTarget(ctx, prop.expression, restOf(ctx, v, taken, rep));
    } else if (ts.isShorthandPropertyAssignment(prop)) {
      const key = b.str(prop.name.text);
      taken.push(key);
      const init = prop.objectAssignmentInitializer;
      assignTo(ctx, prop.name, () => defaultedRead(key, prop.name.text, init), prop, false);
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
      bindTarget(ctx, target, defaultedRead(key, name, init));
    }
  }
}

/** A node whose type is that of the value a pattern takes apart (a binding pattern's own type is). */
function sourceNode(pattern: Pattern): ts.Node {
  const p = pattern.parent;
  if (!ts.isArrayBindingPattern(pattern) && !ts.isObjectBindingPattern(pattern) && ts.isBinaryExpression(p) && p.left === pattern)
    return p.right;
  return pattern;
}

/** The expression a pattern takes apart, when it has one (`const [a] = xs`, `[a] = xs`). */
function valueExpression(pattern: Pattern): ts.Expression | undefined {
  const p = pattern.parent;
  if (ts.isVariableDeclaration(p) && p.name === pattern) return p.initializer;
  return ts.isBinaryExpression(p) && p.left === pattern ? p.right : undefined;
}

function sourceType(ctx: TransformContext, pattern: Pattern): ts.Type | undefined {
  const node = sourceNode(pattern);
  return node === pattern && !ts.isArrayBindingPattern(pattern) && !ts.isObjectBindingPattern(pattern)
    ? undefined
    : ctx.checker.getTypeAtLocation(node);
}

/** `[a, b] = iterable` (a Set, a Map, a generator): take only the items the pattern needs, as JavaScript does. */
function destructureIterator(ctx: TransformContext, elements: readonly ts.Node[], iterator: py.Expr): void {
  const it = b.name(ctx.temp("_it"));
  ctx.addPreceding(b.assign(it, iterator));
  const next = () => b.call("next", [it, b.none()]);
  for (const el of elements) {
    if (ts.isOmittedExpression(el)) {
      ctx.addPreceding(b.exprStmt(next()));
    } else if (ts.isBindingElement(el)) {
      bindTarget(ctx, el.name, el.dotDotDotToken ? b.call("list", [it]) : withDefault(ctx, next(), el.initializer));
    } else if (ts.isSpreadElement(el)) {
      bindTarget(ctx, el.expression, b.call("list", [it]));
    } else if (ts.isBinaryExpression(el) && el.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      bindTarget(ctx, el.left, withDefault(ctx, next(), el.right));
    } else {
      bindTarget(ctx, el, next());
    }
  }
}

/** `{ a, ...rest } = v`: a copy of v (a class instance's fields) without the keys already taken. */
function restOf(ctx: TransformContext, v: py.Expr, taken: py.Expr[], rep: string | undefined): py.Expr {
  const rest = b.name(ctx.temp("_rest"));
  if (ctx.program.orderedObjects) ctx.useStd("collections", "OrderedDict");
  let items = v;
  if (rep !== "dict") {
    // js_fields: (JavaScript name, attribute) pairs of an instance, in JavaScript's order
    const [k, a] = [b.name(ctx.temp("_k")), b.name(ctx.temp("_a"))];
    const fields: py.Expr = {
      kind: "ListComp",
      elt: b.tuple([k, b.call("getattr", [v, a])]),
      target: b.tuple([k, a]),
      iter: b.call(ctx.useHelper("js_fields"), [v]),
    };
    items = rep === "attr" ? fields : b.ifExp(b.call("isinstance", [v, b.name("dict")]), v, fields);
  }
  ctx.addPreceding(b.assign(rest, b.call(ctx.program.orderedObjects ? "OrderedDict" : "dict", [items])));
  for (const k of taken) ctx.addPreceding(b.exprStmt(b.method(rest, "pop", [k, b.none()])));
  return rest;
}
