// Assignment to any JavaScript target: names, members, elements and
// destructuring patterns. Inside an expression a name is assigned with `:=`,
// anything else through statements that run first.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { memberTarget, readMember, elementTarget, superSetterAssign } from "./access.js";
import { assignPattern } from "./destructuring.js";
import { builtinPropertyAssign } from "../builtins/index.js";
import { Codes, unsupported } from "../diagnostics.js";
import * as T from "./types.js";
import { printExpr } from "../python/printer.js";
import { conflicts, effectsOf, replaceNodes } from "./effects.js";
import { appendedTo } from "./string-format.js";
import { writtenBy } from "./writes.js";
import { mentions } from "../python/mentions.js";
import { storedByte } from "../builtins/typed-arrays.js";

function unwrap(node: ts.Expression): ts.Expression {
  while (
    ts.isParenthesizedExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isTypeAssertionExpression(node) ||
    ts.isSatisfiesExpression(node)
  )
    node = node.expression;
  return node;
}

/** Emit `value` into a statement, turning `t = t op v` into `t op= v`. */
function assignStmt(target: py.Expr, value: py.Expr): py.Stmt {
  const appended = appendedTo(value, (x) => sameTarget(x, target));
  if (appended) return b.augAssign(target, "+", appended);
  if (value.kind === "BinOp" && sameTarget(value.left, target) && value.op !== "**") {
    return b.augAssign(target, value.op, value.right);
  }
  return b.assign(target, value);
}

function sameTarget(a: py.Expr, t: py.Expr): boolean {
  if (a === t) return true;
  const plain = (e: py.Expr) => e.kind === "Name" || e.kind === "Attribute" || e.kind === "Subscript";
  return plain(a) && plain(t) && printExpr(a) === printExpr(t);
}

/**
 * Assign to `targetNode`. `makeValue` receives the current value when `needsCurrent`
 * (compound assignment). Returns an expression holding the assigned value.
 */
export function assignTo(
  ctx: TransformContext,
  targetNode: ts.Expression,
  makeValue: (current?: py.Expr) => py.Expr,
  valueNode: ts.Node,
  asExpression: boolean,
  needsCurrent = false,
): py.Expr {
  const target = unwrap(targetNode);
  if (ts.isIdentifier(target)) {
    const ref = transformExpr(ctx, target);
    if (ref.kind !== "Name") {
      // an exported variable of a namespace is an attribute of it (namespaces.ts)
      const value = needsCurrent ? currentFirst(ctx, ref, makeValue) : makeValue();
      const held = asExpression ? ctx.once(value) : value;
      ctx.addPreceding(assignStmt(ref, held));
      return asExpression ? held : ref;
    }
    const name = ref as py.Name;
    const value = needsCurrent ? currentFirst(ctx, name, makeValue) : makeValue();
    if (asExpression) return { kind: "NamedExpr", target: name.id, value };
    ctx.addPreceding(assignStmt(name, value));
    return name;
  }
  if (ts.isPropertyAccessExpression(target)) {
    const viaSuper = superSetterAssign(ctx, target, makeValue, needsCurrent);
    if (viaSuper) return viaSuper;
    const special = builtinPropertyAssign(ctx, target, makeValue, needsCurrent);
    if (special) return special;
    if (!needsCurrent)
      return inOrder(
        ctx,
        transformExpr(ctx, target.expression),
        undefined,
        (obj) => memberTarget(ctx, target, obj),
        makeValue,
        asExpression,
      );
    const obj = ctx.once(transformExpr(ctx, target.expression));
    const t = memberTarget(ctx, target, obj);
    return finish(ctx, t, currentFirst(ctx, readMember(ctx, target, obj), makeValue), asExpression);
  }
  if (ts.isElementAccessExpression(target)) {
    if (T.isUint8Array(ctx.checker.getTypeAtLocation(target.expression))) {
      // a Uint8Array stores the value converted to a byte (ToUint8)
      const convert = storedByte(ctx, valueNode, target, asExpression);
      const make = makeValue;
      makeValue = (current) => convert(make(current));
    }
    if (!needsCurrent) {
      const t0 = elementTarget(ctx, target, transformExpr(ctx, target.expression));
      if (t0.kind === "Subscript") return inOrder(ctx, t0.value, t0.index, (obj, index) => b.sub(obj, index!), makeValue, asExpression);
      return finish(ctx, t0, makeValue(), asExpression);
    }
    if (!asExpression) {
      // a statement: `xs[k] += v` evaluates xs, k, the element, then v, as JavaScript does
      const [pre] = ctx.capture(() => updateElement(ctx, target, makeValue, valueNode, false));
      ctx.addPreceding(...targetInPlace(ctx, pre));
      return b.none();
    }
    return updateElement(ctx, target, makeValue, valueNode, true);
  }
  if (ts.isArrayLiteralExpression(target) || ts.isObjectLiteralExpression(target)) {
    if (!asExpression) {
      // a statement: the pattern code evaluates the value once itself (and can unpack `a, b = b, a`)
      assignPattern(ctx, target, makeValue());
      return b.none();
    }
    const value = ctx.once(makeValue());
    assignPattern(ctx, target, value);
    return value;
  }
  throw unsupported(targetNode, Codes.unsupportedSyntax, "Assignment to this kind of target", "assign to a variable, property or element");
}

/** `xs[k] op= v` (or `xs[k]++`): the element read and written through one evaluation of xs and k. */
function updateElement(
  ctx: TransformContext,
  target: ts.ElementAccessExpression,
  makeValue: (current?: py.Expr) => py.Expr,
  valueNode: ts.Node,
  asExpression: boolean,
): py.Expr {
  const obj = ctx.once(transformExpr(ctx, target.expression));
  let t = elementTarget(ctx, target, obj);
  if (t.kind === "Subscript") {
    let index = ctx.once(t.index);
    if (index.kind === "Name" && valueWrites(ctx, valueNode, target.argumentExpression, index.id)) {
      // `xs[i] += i++`: the element is the one at i's value before the right side ran
      const saved = b.name(ctx.temp());
      ctx.addPreceding(b.assign(saved, index));
      index = saved;
    }
    t = b.sub(t.value, index);
  }
  const recv = ctx.checker.getTypeAtLocation(target.expression);
  const plain =
    !T.isArray(ctx.checker, recv, true) &&
    !T.isBoardSequence(ctx.checker, recv) &&
    !T.isClassInstance(recv) &&
    t.kind === "Subscript" &&
    (t as py.Subscript).value === obj;
  const current = plain ? b.method(obj, "get", [(t as py.Subscript).index]) : t;
  return finish(ctx, t, currentFirst(ctx, current, makeValue), asExpression);
}

/**
 * Temporaries of an element update statement that only carry its receiver or key to its last
 * statement, `xs[k] += v`, right before it: written in place (`_t = r[_CH]` then `hist[_t] += 1`
 * is `hist[r[_CH]] += 1`), which evaluates them in the same order, once.
 */
function targetInPlace(ctx: TransformContext, stmts: py.Stmt[]): py.Stmt[] {
  const out = [...stmts];
  const last = out[out.length - 1];
  if (!last || last.kind !== "AugAssign" || last.target.kind !== "Subscript") return out;
  let t = last.target;
  for (const part of ["index", "value"] as const) {
    const prev = out[out.length - 2];
    const e = t[part];
    const assigned = prev?.kind === "Assign" && prev.targets.length === 1 ? prev.targets[0] : undefined;
    const carried =
      e.kind === "Name" && ctx.isTemp(e.id) && assigned?.kind === "Name" && assigned.id === e.id && !mentions(last.value, e.id);
    // a key with no statement right before (a name, an expression) leaves the receiver's statement last
    if (!carried && part === "index") continue;
    if (!carried) break;
    t = { ...t, [part]: (prev as py.Assign).value };
    out.splice(out.length - 2, 1);
  }
  out[out.length - 1] = { ...last, target: t };
  return out;
}

/** Whether evaluating `value` may assign the variable `key` names (`i++`, `i = 2`, or a call to a closure that assigns it). */
function valueWrites(ctx: TransformContext, value: ts.Node, key: ts.Expression, pyName: string): boolean {
  const keyNode = unwrap(key);
  if (!ts.isIdentifier(keyNode)) return false;
  const sym = ctx.checker.getSymbolAtLocation(keyNode);
  const byClosure = ctx.scopes.namesAssignedByClosures().has(pyName);
  const writes = (n: ts.Node): boolean => {
    if (byClosure && (ts.isCallExpression(n) || ts.isNewExpression(n) || ts.isTaggedTemplateExpression(n))) return true;
    const written = writtenBy(n);
    if (written && ts.isIdentifier(unwrap(written)) && ctx.checker.getSymbolAtLocation(unwrap(written)) === sym) return true;
    return ts.forEachChild(n, writes) ?? false;
  };
  return writes(value);
}

/**
 * `x op= v`: JavaScript reads x before evaluating v. When v needs statements that
 * could change x (`o.a += o.a++`), x's value is saved before them.
 */
function currentFirst(ctx: TransformContext, current: py.Expr, makeValue: (current?: py.Expr) => py.Expr): py.Expr {
  const [pre, value] = ctx.capture(() => makeValue(current));
  if (pre.length && conflicts(effectsOf(current), effectsOf(...pre), ctx.scopes.namesAssignedByClosures())) {
    const saved = b.name(ctx.temp());
    ctx.addPreceding(b.assign(saved, current));
    const map = new Map([[current, saved as py.Expr]]);
    ctx.addPreceding(...replaceNodes(pre, map));
    return replaceNodes([value], map)[0];
  }
  ctx.addPreceding(...pre);
  return value;
}

/** `obj.x = v` / `obj[i] = v`: Python evaluates v first, JavaScript obj and i; they are saved first when v could disturb them. */
function inOrder(
  ctx: TransformContext,
  obj: py.Expr,
  index: py.Expr | undefined,
  target: (obj: py.Expr, index?: py.Expr) => py.Expr,
  makeValue: () => py.Expr,
  asExpression: boolean,
): py.Expr {
  const [pre, value] = ctx.capture(makeValue);
  const shared = ctx.scopes.namesAssignedByClosures();
  const later = effectsOf(...pre, value);
  const indexFx = index && effectsOf(index);
  const copyIndex = !!indexFx && conflicts(indexFx, later, shared);
  const objFx = effectsOf(obj);
  const copyObj = conflicts(objFx, later, shared) || (copyIndex && conflicts(objFx, indexFx!, shared));
  const copy = (e: py.Expr) => {
    const t = b.name(ctx.temp());
    ctx.addPreceding(b.assign(t, e));
    return t;
  };
  const o = copyObj ? copy(obj) : obj;
  const i = index && copyIndex ? copy(index) : index;
  ctx.addPreceding(...pre);
  return finish(ctx, target(o, i), value, asExpression);
}

function finish(ctx: TransformContext, target: py.Expr, value: py.Expr, asExpression: boolean): py.Expr {
  if (!asExpression) {
    ctx.addPreceding(assignStmt(target, value));
    return target;
  }
  const v = ctx.once(value);
  ctx.addPreceding(b.assign(target, v));
  return v;
}
