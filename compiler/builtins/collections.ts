// Map and Set, both dicts (a Set maps each member to None), so iteration follows
// insertion order when the program needs it and membership is a hash lookup.
import { staysUnordered } from "../transform/unordered-collections.js";
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { Codes, unsupported } from "../diagnostics.js";
import * as T from "../transform/types.js";
import { valueUnused, returnsPromise } from "./util.js";
import { inlineLoopBody, declaredParams, walkedFirst } from "./callbacks.js";
import { transformInOrder } from "../transform/operators.js";
import { iterable } from "../transform/loops.js";
import { consumedAtOnce, iteratorValue, jsIterable } from "../transform/iteration.js";
import { chainMayRunAccessor } from "../transform/accessor-names.js";
import { writtenBy } from "../transform/writes.js";
import { walk } from "../transform/walk.js";

/** `new WeakMap(entries)`, `new WeakSet(members)`: runtime classes keyed by identity (JsWeakMap, JsWeakSet). */
export function newWeakCollection(ctx: TransformContext, name: string, node: ts.NewExpression): py.Expr {
  const cls = ctx.useHelper(name === "WeakMap" ? "JsWeakMap" : "JsWeakSet");
  const arg = node.arguments?.[0];
  if (!arg || arg.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(arg) && arg.text === "undefined")) return b.call(cls, []);
  return b.call(cls, [iterable(ctx, arg)]);
}

/** A WeakMap or WeakSet: its runtime class has JavaScript's methods (get, set, add, has, delete). */
function isWeak(ctx: TransformContext, node: ts.Expression): boolean {
  const name = T.libTypeName(ctx.checker.getTypeAtLocation(node));
  return name === "WeakMap" || name === "WeakSet";
}

function weakMethod(ctx: TransformContext, name: string, node: ts.CallExpression, callee: ts.PropertyAccessExpression): py.Expr {
  if (!["get", "set", "add", "has", "delete"].includes(name)) {
    throw unsupported(
      callee.name,
      Codes.unsupportedMember,
      `${T.libTypeName(ctx.checker.getTypeAtLocation(callee.expression))}.prototype.${name}`,
      "use get, set, add, has or delete",
    );
  }
  const recv = transformExpr(ctx, callee.expression);
  return b.method(
    recv,
    name,
    transformInOrder(ctx, node.arguments, (x) => transformExpr(ctx, x)),
  );
}

function emptyDict(ctx: TransformContext, unordered = false): py.Expr {
  if (!ctx.program.orderedCollections || unordered) return { kind: "Dict", entries: [] };
  ctx.useStd("collections", "OrderedDict");
  return b.call("OrderedDict");
}

function dictFrom(ctx: TransformContext, pairs: py.Expr, unordered = false): py.Expr {
  if (!ctx.program.orderedCollections || unordered) return b.call("dict", [pairs]);
  ctx.useStd("collections", "OrderedDict");
  return b.call("OrderedDict", [pairs]);
}

/**
 * Map keys and Set members are compared by identity in JavaScript; a Python
 * dict hashes them, and lists and dicts (arrays, plain objects) cannot be hashed.
 */
function checkKeyType(ctx: TransformContext, node: ts.NewExpression, what: "Map" | "Set"): void {
  const t = ctx.checker.getTypeAtLocation(node);
  const key = (t as ts.TypeReference).typeArguments?.[0] ?? (t.aliasTypeArguments ?? [])[0];
  if (!key || T.isAnyLike(key) || T.isPrimitive(key) || T.isClassInstance(key)) return;
  const parts = key.isUnion() ? key.types : [key];
  if (parts.every((p) => T.isPrimitive(p) || T.isClassInstance(p))) return;
  if (
    parts.some(
      (p) =>
        ctx.checker.isArrayType(p) || ctx.checker.isTupleType(p) || (p.flags & (ts.TypeFlags.Object | ts.TypeFlags.NonPrimitive)) !== 0,
    )
  ) {
    throw unsupported(
      node,
      Codes.collectionObjectKey,
      what === "Map" ? "A Map keyed by arrays or plain objects" : "A Set of arrays or plain objects",
      "use strings or numbers (an id, or JSON.stringify of the value), or instances of a class typed as that class",
    );
  }
}

export function newMap(ctx: TransformContext, node: ts.NewExpression): py.Expr {
  checkKeyType(ctx, node, "Map");
  const arg = node.arguments?.[0];
  const unordered = staysUnordered(ctx, node);
  if (!arg) return emptyDict(ctx, unordered);
  const src = transformExpr(ctx, arg);
  if (T.isMapType(ctx.checker.getTypeAtLocation(arg))) return dictFrom(ctx, b.method(src, "items"), unordered);
  return dictFrom(ctx, jsIterable(ctx, arg, src), unordered);
}

export function newSet(ctx: TransformContext, node: ts.NewExpression): py.Expr {
  checkKeyType(ctx, node, "Set");
  const arg = node.arguments?.[0];
  const unordered = staysUnordered(ctx, node);
  if (!arg) return emptyDict(ctx, unordered);
  const x = b.name(ctx.temp("_x"));
  const t = ctx.checker.getTypeAtLocation(arg);
  let src = jsIterable(ctx, arg, transformExpr(ctx, arg));
  if (T.isMapType(t)) src = b.method(src, "items");
  return dictFrom(ctx, { kind: "ListComp", elt: b.tuple([x, b.none()]), target: x, iter: src }, unordered);
}

/** An async callback's promise starts when it is made. */
function started(ctx: TransformContext, cbNode: ts.Expression, call: py.Expr): py.Expr {
  return returnsPromise(ctx, cbNode) ? b.call(ctx.useHelper("js_start"), [call]) : call;
}

/** A name, `this`, or a chain of fields read from one where no accessor may run: reading it runs no code. */
function readsPlainly(ctx: TransformContext, node: ts.Expression): boolean {
  let root = node;
  while (ts.isPropertyAccessExpression(root) && !root.questionDotToken) root = root.expression;
  return (ts.isIdentifier(root) || root.kind === ts.SyntaxKind.ThisKeyword) && !chainMayRunAccessor(ctx, node);
}

/**
 * The receiver of `m[k] = v` written after Python has computed v (JavaScript reads the
 * receiver first): itself when nothing in the arguments can change it, as for a name, or
 * a field only constructors set of a name never None (`self.hits[n] = self.hits.get(n, 0) + 1`)
 * that the arguments store into no field of the same name; else a temporary read first.
 */
function keptReceiver(ctx: TransformContext, receiver: py.Expr, args: readonly ts.Expression[]): py.Expr {
  const fields = new Set<string>();
  let root = receiver;
  while (root.kind === "Attribute" && root.settled) {
    fields.add(root.attr);
    root = root.value;
  }
  if (root.kind !== "Name") return ctx.once(receiver);
  // one field of a name never None: reading it later cannot raise where JavaScript's read would not
  if (
    fields.size > 0 &&
    (receiver.kind !== "Attribute" || receiver.value !== root || !root.nonNull || args.some((a) => storesField(a, fields)))
  )
    return ctx.once(receiver);
  return receiver;
}

/** Whether `node` assigns a property with one of these names (`x.hits = ...`, `this.hits ??= ...`). */
function storesField(node: ts.Node, names: ReadonlySet<string>): boolean {
  let found = false;
  walk(node, (n) => {
    const target = writtenBy(n);
    if (target && ts.isPropertyAccessExpression(target) && names.has(target.name.text)) found = true;
    return found ? "stop" : undefined;
  });
  return found;
}

/** `delete(k)`: its result says whether the key was there. */
function deleteKey(ctx: TransformContext, node: ts.CallExpression, dict: py.Expr, key: py.Expr): py.Expr {
  if (valueUnused(node)) return b.method(dict, "pop", [key, b.none()]);
  const d = ctx.once(dict);
  const k = ctx.once(key);
  const had = b.name(ctx.temp("_had"));
  ctx.addPreceding(b.assign(had, b.cmp(k, "in", d)), b.exprStmt(b.method(d, "pop", [k, b.none()])));
  return had;
}

export function mapMethod(
  ctx: TransformContext,
  name: string,
  node: ts.CallExpression,
  callee: ts.PropertyAccessExpression,
): py.Expr | undefined {
  if (isWeak(ctx, callee.expression)) return weakMethod(ctx, name, node, callee);
  const m = () => transformExpr(ctx, callee.expression);
  const a = () => transformInOrder(ctx, node.arguments, (x) => transformExpr(ctx, x));
  switch (name) {
    case "get":
      return b.method(m(), "get", a());
    case "set": {
      const receiver = m();
      const [k, v] = a();
      // `self.devices[k] = v` as a statement: Python reads v before the map, which no one
      // can tell when v and k are names or constants and the map a field read without a getter
      if (valueUnused(node) && b.isSimple(k) && b.isSimple(v) && readsPlainly(ctx, callee.expression)) {
        ctx.addPreceding(b.assign(b.sub(receiver, k), v));
        return b.none();
      }
      const map = keptReceiver(ctx, receiver, node.arguments);
      ctx.addPreceding(b.assign(b.sub(map, k), v));
      return valueUnused(node) ? b.none() : map;
    }
    case "has":
      return b.cmp(a()[0], "in", m());
    case "delete": {
      const map = m();
      return deleteKey(ctx, node, map, a()[0]);
    }
    case "clear":
      return b.method(m(), "clear");
    case "keys":
      return iteratorValue(node, b.method(m(), "keys"));
    case "values":
      return iteratorValue(node, b.method(m(), "values"));
    case "entries":
      return iteratorValue(node, b.method(m(), "items"));
    case "forEach": {
      const map = m();
      // the callback gets (value, key)
      const inl = inlineLoopBody(ctx, node.arguments[0]);
      if (inl) {
        const [v, k] = inl.params;
        const walked = walkedFirst(ctx, inl, map);
        const loop = k
          ? { target: b.tuple([k, v]), iter: b.method(walked, "items") }
          : { target: v ?? b.name("_"), iter: b.method(walked, "values") };
        ctx.addPreceding({ kind: "For", ...loop, body: inl.body });
        return b.none();
      }
      const n = declaredParams(ctx, node.arguments[0]);
      const whole = n >= 3 ? ctx.once(map) : map;
      const fn = ctx.once(transformExpr(ctx, node.arguments[0]));
      const [k, v] = [b.name(ctx.temp("_k")), b.name(ctx.temp("_v"))];
      ctx.addPreceding({
        kind: "For",
        target: b.tuple([k, v]),
        iter: b.method(whole, "items"),
        body: [b.exprStmt(started(ctx, node.arguments[0], b.call(fn, n >= 3 ? [v, k, whole] : [v, k])))],
      });
      return b.none();
    }
    default:
      throw unsupported(
        callee.name,
        Codes.unsupportedMember,
        `Map.prototype.${name}`,
        "use get, set, has, delete, clear, keys, values, entries or forEach",
      );
  }
}

export function setMethod(
  ctx: TransformContext,
  name: string,
  node: ts.CallExpression,
  callee: ts.PropertyAccessExpression,
): py.Expr | undefined {
  if (isWeak(ctx, callee.expression)) return weakMethod(ctx, name, node, callee);
  const s = () => transformExpr(ctx, callee.expression);
  const a = () => transformInOrder(ctx, node.arguments, (x) => transformExpr(ctx, x));
  switch (name) {
    case "add": {
      const set = keptReceiver(ctx, s(), node.arguments);
      ctx.addPreceding(b.assign(b.sub(set, a()[0]), b.none()));
      return valueUnused(node) ? b.none() : set;
    }
    case "has":
      return b.cmp(a()[0], "in", s());
    case "delete": {
      const set = s();
      return deleteKey(ctx, node, set, a()[0]);
    }
    case "clear":
      return b.method(s(), "clear");
    case "keys":
    case "values":
      return iteratorValue(node, b.method(s(), "keys"));
    case "entries": {
      const x = b.name(ctx.temp("_x"));
      // a generator, so an iterator kept for next() sees later changes, as JavaScript's does
      return { kind: "ListComp", elt: b.tuple([x, x]), target: x, iter: s(), generator: !consumedAtOnce(node) };
    }
    case "forEach": {
      const set = s();
      const inl = inlineLoopBody(ctx, node.arguments[0]);
      if (inl && inl.params.length <= 1) {
        ctx.addPreceding({ kind: "For", target: inl.params[0] ?? b.name("_"), iter: walkedFirst(ctx, inl, set), body: inl.body });
        return b.none();
      }
      // the callback gets (value, value, set)
      const n = declaredParams(ctx, node.arguments[0]);
      const whole = n >= 3 ? ctx.once(set) : set;
      const fn = ctx.once(transformExpr(ctx, node.arguments[0]));
      const x = b.name(ctx.temp("_x"));
      ctx.addPreceding({
        kind: "For",
        target: x,
        iter: whole,
        body: [b.exprStmt(started(ctx, node.arguments[0], b.call(fn, n >= 3 ? [x, x, whole] : n === 2 ? [x, x] : [x])))],
      });
      return b.none();
    }
    default:
      throw unsupported(
        callee.name,
        Codes.unsupportedMember,
        `Set.prototype.${name}`,
        "use add, has, delete, clear, forEach or iterate it",
      );
  }
}
