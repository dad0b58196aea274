// Array methods on Python lists. Callbacks written inline become comprehensions
// or loops; methods that return something JavaScript-specific (push's new
// length, sort's array) return it only where the value is used.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { isIntExpr, numberText, toJsString } from "../transform/conversions.js";
import * as T from "../transform/types.js";
import { Codes, unsupported } from "../diagnostics.js";
import {
  inlineExpression,
  inlineLoopBody,
  declaredParams,
  loopParts,
  indexedParts,
  callResultCondition,
  passLoop,
  walkIsStable,
  indexWalk,
} from "./callbacks.js";
import { callbackExpression, inlineCallback, valueUnused, returnsPromise } from "./util.js";
import { bytesConstant, spreadToList } from "../transform/literals.js";
import { transformInOrder } from "../transform/operators.js";
import { boundedAt, constantNumber } from "../transform/bounds.js";
import { arrayExtraMethod } from "./array-extra.js";
import { resultLoop, searchLoop, type SearchMethod } from "./search-loops.js";
import { ownsFreshArgument } from "../transform/fresh-arguments.js";
import { guardedNonEmpty } from "../transform/non-empty.js";
import { elementType, sortMethod } from "./array-sort.js";
import { copiedFrom, mapOfFilter, splitIntoChars, uncopied } from "./comprehension-sources.js";

const isStatement = valueUnused;

/** `xs.pop()!` or `xs.shift() as T`: the program asserts the array is not empty. */
function assertedPresent(node: ts.Node): boolean {
  let p = node.parent;
  while (ts.isParenthesizedExpression(p)) p = p.parent;
  return ts.isNonNullExpression(p) || ts.isAsExpression(p);
}

const comp = (elt: py.Expr, target: py.Expr, iter: py.Expr, cond?: py.Expr): py.ListComp => ({ kind: "ListComp", elt, target, iter, cond });
const gen = (elt: py.Expr, target: py.Expr, iter: py.Expr, cond?: py.Expr): py.ListComp => ({
  kind: "ListComp",
  elt,
  target,
  iter,
  cond,
  generator: true,
});

/** A number used as a list index or slice bound: Python wants an int where JavaScript truncates. */
export function toIndex(ctx: TransformContext, node: ts.Expression): py.Expr {
  // a constant converts now, the JavaScript way (int() rejects NaN): NaN is 0, 2.5 is 2
  const c = constantNumber(ctx, node);
  if (c !== undefined && Number.isNaN(c)) return b.num(0);
  if (c !== undefined && Number.isFinite(c) && !Number.isInteger(c)) return b.num(Math.trunc(c) || 0);
  const e = transformExpr(ctx, node);
  const t = ctx.checker.getTypeAtLocation(node);
  return T.isNumber(t) && !isIntExpr(ctx, node) ? b.call("int", [e]) : e;
}

/** The items of an argument list (with spreads) as one Python list. */
function argsList(ctx: TransformContext, nodes: readonly ts.Expression[]): py.Expr {
  const pieces: py.Expr[] = [];
  let current: py.Expr[] | undefined;
  const values = transformInOrder(ctx, nodes, (n) =>
    ts.isSpreadElement(n) ? spreadToList(ctx, n.expression, transformExpr(ctx, n.expression), false) : transformExpr(ctx, n),
  );
  nodes.forEach((n, i) => {
    if (ts.isSpreadElement(n)) {
      current = undefined;
      pieces.push(values[i]);
    } else {
      if (!current) pieces.push(b.list((current = [])));
      current.push(values[i]);
    }
  });
  if (pieces.length === 0) return b.list([]);
  return pieces.reduce((acc, p) => b.bin(acc, "+", p));
}

/**
 * Elements that may be objects whose Python == is not identity (lists, dicts,
 * sets, a subclass of one, a board class): JavaScript compares objects by
 * identity. `x in list` and list.index use ==, so only primitives and
 * instances of the program's own classes (whose == is identity, as a member
 * named `__eq__` is renamed) may take the plain Python search.
 */
function comparesByIdentity(ctx: TransformContext, arrNode: ts.Expression): boolean {
  const t = elementType(ctx, arrNode);
  if (!t) return true;
  if (T.isPrimitive(t)) return mixesBooleansAndNumbers(t); // Python's 1 == True
  return !ownClassInstances(ctx, t);
}

function mixesBooleansAndNumbers(t: ts.Type): boolean {
  const parts = t.isUnion() ? t.types : [t];
  return (
    parts.some((p) => p.flags & ts.TypeFlags.BooleanLike) && parts.some((p) => p.flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.EnumLike))
  );
}

function ownClassInstances(ctx: TransformContext, t: ts.Type): boolean {
  const parts = (t.isUnion() ? t.types : [t]).filter((p) => !(p.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
  return parts.length > 0 && parts.every((p) => p.getSymbol() && identityClass(ctx, p.getSymbol()!, 0));
}

/** A class of the program whose bases are its own classes or Error (a Python exception: == is identity). */
function identityClass(ctx: TransformContext, sym: ts.Symbol, depth: number): boolean {
  const decl = sym.declarations?.[0];
  if (T.isFromLib(decl)) return /Error$/.test(sym.getName());
  const cls = sym.declarations?.find(ts.isClassLike);
  if (!cls || depth > 20 || cls.getSourceFile().isDeclarationFile || ts.getCombinedModifierFlags(cls) & ts.ModifierFlags.Ambient)
    return false;
  const declared = ctx.checker.getDeclaredTypeOfSymbol(sym);
  if (!(declared.flags & ts.TypeFlags.Object)) return false;
  return ctx.checker.getBaseTypes(declared as ts.InterfaceType).every((base) => {
    const bs = base.getSymbol();
    return !!bs && identityClass(ctx, bs, depth + 1);
  });
}

export function arrayMethod(
  ctx: TransformContext,
  name: string,
  node: ts.CallExpression,
  callee: ts.PropertyAccessExpression,
): py.Expr | undefined {
  const argNodes = node.arguments;
  const recv = () => transformExpr(ctx, callee.expression);
  // the array a callback method walks: `s.split("")` is walked as the string itself (the same
  // characters, no list made), unless the callback takes the array as its third argument
  const walked = () => {
    const e = recv();
    const chars = splitIntoChars(ctx, callee.expression) && argNodes[0] && declaredParams(ctx, argNodes[0]) < 3;
    return (chars && copiedFrom(e)) || e;
  };
  const arg = (i: number) => transformExpr(ctx, argNodes[i]);
  const item = () => b.name(ctx.temp("_x"));
  const index = () => b.name(ctx.temp("_i"));
  const extra = arrayExtraMethod(ctx, name, node, callee);
  if (extra) return extra;
  switch (name) {
    case "push": {
      const single = argNodes.length === 1 && !ts.isSpreadElement(argNodes[0]);
      const arr = isStatement(node) ? recv() : ctx.once(recv());
      const stmt = single ? b.method(arr, "append", [arg(0)]) : b.method(arr, "extend", [argsList(ctx, argNodes)]);
      if (isStatement(node)) return stmt;
      ctx.addPreceding(b.exprStmt(stmt));
      return b.call("len", [arr]);
    }
    case "pop":
    case "shift": {
      // an empty array gives undefined where Python raises IndexError
      const present = assertedPresent(node) || guardedNonEmpty(ctx, node);
      const arr = present ? recv() : ctx.once(recv());
      const call = b.method(arr, "pop", name === "shift" ? [b.num(0)] : []);
      if (present) return call;
      if (isStatement(node)) {
        ctx.addPreceding(b.ifStmt(arr, [b.exprStmt(call)]));
        return b.none();
      }
      return b.ifExp(arr, call, b.none());
    }
    case "unshift": {
      const arr = ctx.once(recv());
      if (argNodes.length === 1 && !ts.isSpreadElement(argNodes[0]))
        ctx.addPreceding(b.exprStmt(b.method(arr, "insert", [b.num(0), arg(0)])));
      else ctx.addPreceding(b.assign(b.sub(arr, b.slice(b.num(0), b.num(0))), argsList(ctx, argNodes)));
      return isStatement(node) ? b.none() : b.call("len", [arr]);
    }
    case "slice": {
      // a copy of an array no one else holds (fresh-arguments.ts) is the array itself
      if (argNodes.length === 0 && ownsFreshArgument(ctx, callee.expression)) return recv();
      const arr = recv();
      // Python slices clamp and count negative bounds from the end, as slice() does
      const start = argNodes.length > 0 ? toIndex(ctx, argNodes[0]) : undefined;
      const end = argNodes.length > 1 ? toIndex(ctx, argNodes[1]) : undefined;
      return b.sub(arr, b.slice(start, end));
    }
    case "splice": {
      const arr = recv();
      const args = transformInOrder(ctx, argNodes, (x) =>
        ts.isSpreadElement(x)
          ? b.starred(spreadToList(ctx, x.expression, transformExpr(ctx, x.expression), false))
          : argNodes.indexOf(x) < 2
            ? toIndex(ctx, x)
            : transformExpr(ctx, x),
      );
      return b.call(ctx.useHelper("js_splice"), [arr, ...args]);
    }
    case "concat": {
      let out: py.Expr = recv();
      if (argNodes.length === 0) return b.call("list", [out]);
      for (const x of argNodes) {
        if (ts.isSpreadElement(x)) {
          out = b.bin(out, "+", spreadToList(ctx, x.expression, transformExpr(ctx, x.expression), false));
          continue;
        }
        const v = transformExpr(ctx, x);
        out = b.bin(out, "+", T.isArray(ctx.checker, ctx.checker.getTypeAtLocation(x)) ? v : b.list([v]));
      }
      return out;
    }
    case "join": {
      const arr = recv();
      // join(undefined) joins with ","
      const sep = argNodes.length && !(ts.isIdentifier(argNodes[0]) && argNodes[0].text === "undefined") ? arg(0) : b.str(",");
      const elemType = elementType(ctx, callee.expression);
      if (elemType && T.isString(elemType)) return b.method(sep, "join", [arr]);
      const v = item();
      // null and undefined elements join as empty strings
      const numbers = elemType && T.isNumber(elemType) ? ctx.program.numeric.arrayClass(callee.expression) : undefined;
      const conv = numbers ? numberText(ctx, numbers.elements, v) : b.call(ctx.useHelper("js_str"), [v]);
      // an array of numbers the analysis sees every write to has no hole
      if (numbers?.complete) return b.method(sep, "join", [comp(conv, v, arr)]);
      const elt = b.ifExp(b.cmp(v, "is", b.none()), b.str(""), conv);
      return b.method(sep, "join", [comp(elt, v, arr)]);
    }
    case "indexOf":
    case "lastIndexOf": {
      const arr = recv();
      const args = argNodes.map((x, i) => (i === 0 ? transformExpr(ctx, x) : toIndex(ctx, x)));
      const helper = name === "indexOf" ? "js_index_of" : "js_last_index_of";
      return b.call(ctx.useHelper(comparesByIdentity(ctx, callee.expression) ? helper + "_ref" : helper), [arr, ...args]);
    }
    case "includes": {
      const arr = recv();
      const x = arg(0);
      if (argNodes.length > 1) {
        // includes(x, from): the same search as indexOf
        const helper = comparesByIdentity(ctx, callee.expression) ? "js_index_of_ref" : "js_index_of";
        return b.cmp(b.call(ctx.useHelper(helper), [arr, x, toIndex(ctx, argNodes[1])]), ">=", b.num(0));
      }
      if (!comparesByIdentity(ctx, callee.expression)) return b.cmp(x, "in", arr);
      return b.cmp(b.call(ctx.useHelper("js_index_of_ref"), [arr, x]), ">=", b.num(0));
    }
    case "reverse": {
      const arr = ctx.once(recv());
      ctx.addPreceding(b.exprStmt(b.method(arr, "reverse")));
      return arr;
    }
    case "at": {
      const arr = recv();
      return boundedAt(ctx, node, arr, toIndex(ctx, argNodes[0]));
    }
    case "fill":
      return fill(ctx, callee.expression, argNodes);
    case "map": {
      const arr = walked();
      const stable = walkIsStable(ctx, callee.expression, argNodes[0]);
      const inl = stable ? inlineExpression(ctx, argNodes[0], { unpack: true }) : undefined;
      if (inl) {
        const indexed = indexedParts(ctx, inl.params, inl.body, arr, callee.expression);
        if (indexed) return comp(indexed.body, indexed.target, indexed.iter);
        const { target, iter } = loopParts(ctx, inl.params, arr);
        return mapOfFilter(inl.body, target, iter) ?? comp(inl.body, target, uncopied(iter, [inl.body]));
      }
      // a callback with statements: a loop of this function appending each result, no call per item
      const append = (results: py.Name, value: py.Expr): py.Stmt => b.exprStmt(b.appendTo(results, value));
      const loop = resultLoop(
        ctx,
        arr,
        callee.expression,
        argNodes[0],
        b.list([]),
        (e, _, results) => {
          if (!e) return [append(results, b.none())];
          const [pre, value] = ctx.capture(() => transformExpr(ctx, e));
          return [...pre, append(results, value)];
        },
        true,
      );
      if (loop) return loop;
      const cb = callbackCall(ctx, argNodes[0], arr, callee.expression, stable);
      return comp(cb.call, cb.target, cb.iter);
    }
    case "filter":
    case "find":
    case "findIndex":
    case "some":
    case "every": {
      const arr = walked();
      const stable = walkIsStable(ctx, callee.expression, argNodes[0]);
      const inl = inlineExpression(ctx, argNodes[0], { asCondition: true });
      const loop = !inl && name !== "findIndex" ? searchLoop(ctx, name as SearchMethod, arr, callee.expression, argNodes[0]) : undefined;
      if (loop) return loop;
      let target: py.Expr, iter: py.Expr, cond: py.Expr, x: py.Expr, idx: py.Expr;
      const indexed = inl && stable ? indexedParts(ctx, inl.params, inl.body, arr, callee.expression) : undefined;
      if (indexed) {
        ({ target, iter, body: cond, item: x } = indexed);
        idx = target;
      } else if (inl) {
        ({ target, iter } = loopParts(ctx, inl.params, arr));
        cond = inl.body;
        x = inl.params[0] ?? b.name("_");
        if (inl.params.length >= 2) idx = inl.params[1];
        else {
          idx = index();
          if (name === "findIndex") {
            if (inl.params.length === 0) x = item();
            target = b.tuple([idx, x]);
            iter = b.call("enumerate", [arr]);
          } else if (name === "filter" && inl.params.length === 0) {
            x = item();
            target = x;
          }
        }
      } else {
        const cb = callbackCall(ctx, argNodes[0], arr, callee.expression, stable, name === "findIndex");
        ({ target, iter, x, i: idx } = cb);
        cond = callResultCondition(ctx, argNodes[0], cb.call);
      }
      if (inl && !stable) iter = indexWalk(ctx, arr, callee.expression, target!.kind === "Tuple");
      if (name === "filter") return comp(x, target, inl ? uncopied(iter, [cond]) : iter, cond);
      if (name === "find") return b.call("next", [gen(x, target, iter, cond), b.none()]);
      if (name === "findIndex") return b.call("next", [gen(idx, target, iter, cond), b.num(-1)]);
      if (name === "some") return b.call("any", [gen(cond, target, iter)]);
      return b.call("all", [gen(cond, target, iter)]);
    }
    case "forEach": {
      const arr = walked();
      const inl = inlineLoopBody(ctx, argNodes[0], undefined, true);
      if (inl) {
        ctx.addPreceding(passLoop(ctx, inl, arr, callee.expression));
        return b.none();
      }
      const cb = callbackCall(ctx, argNodes[0], arr, callee.expression, walkIsStable(ctx, callee.expression, argNodes[0]));
      ctx.addPreceding({ kind: "For", target: cb.target, iter: cb.iter, body: [b.exprStmt(cb.call)] });
      return b.none();
    }
    case "reduce":
      return reduce(ctx, node, callee);
    case "sort":
      return sortMethod(ctx, callee.expression, argNodes[0], recv);
    case "flat":
    case "flatMap": {
      if (name === "flat" && argNodes.length > 0 && !(ts.isNumericLiteral(argNodes[0]) && argNodes[0].text === "1")) {
        throw unsupported(argNodes[0], Codes.unsupportedMember, "flat() with a depth", "call flat() once per level");
      }
      const arr = name === "flatMap" ? arrayMethod(ctx, "map", node, callee)! : recv();
      return b.call(ctx.useHelper("js_flat"), [arr]);
    }
    case "keys":
      return b.call("range", [b.call("len", [recv()])]);
    case "values":
      return recv();
    case "entries":
      return b.call("enumerate", [recv()]);
    case "toString":
      return toJsString(ctx, callee.expression, recv());
    default:
      throw unsupported(
        callee.name,
        Codes.unsupportedMember,
        `Array.prototype.${name}`,
        "use the array methods listed in the README, or a for loop",
      );
  }
}

/** A function literal the emitted loop calls with `count` arguments, as many as it declares: its def needs no more parameters. */
function calledWith(ctx: TransformContext, cbNode: ts.Expression, count: number): void {
  let literal = cbNode;
  while (ts.isParenthesizedExpression(literal)) literal = literal.expression;
  if (
    (ts.isArrowFunction(literal) || ts.isFunctionExpression(literal)) &&
    literal.parameters.length === count &&
    !literal.parameters.some((p) => p.dotDotDotToken)
  )
    ctx.calledAsDeclared.add(literal);
}

/**
 * A call of a callback that is not inlined, with the loop that feeds it: the
 * callback gets (item), (item, index) or (item, index, array), as many as it declares.
 */
function callbackCall(
  ctx: TransformContext,
  cbNode: ts.Expression,
  arr: py.Expr,
  walked: ts.Expression,
  stable: boolean,
  wantIndex = false,
): { call: py.Expr; target: py.Expr; iter: py.Expr; x: py.Name; i: py.Name } {
  const n = declaredParams(ctx, cbNode);
  const array = n >= 3 ? ctx.once(arr) : arr;
  // the callback gets (item), (item, index) or (item, index, array)
  const arity = Math.max(1, Math.min(n, 3));
  calledWith(ctx, cbNode, arity);
  const fn = ctx.once(transformExpr(ctx, cbNode));
  const x = b.name(ctx.temp("_x"));
  const i = b.name(ctx.temp("_i"));
  const args = [x, i, array].slice(0, arity);
  const two = n >= 2 || wantIndex;
  let call: py.Expr = b.call(fn, args);
  // an async callback's promise starts running when it is made, awaited or not
  if (returnsPromise(ctx, cbNode)) call = b.call(ctx.useHelper("js_start"), [call]);
  const iter = !stable ? indexWalk(ctx, array, walked, two) : two ? b.call("enumerate", [array]) : array;
  return { call, target: two ? b.tuple([i, x]) : x, iter, x, i };
}

function fill(ctx: TransformContext, arrNode: ts.Expression, argNodes: readonly ts.Expression[]): py.Expr {
  let inner = arrNode;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  // new Array(n).fill(v) is [v] * n
  if (
    argNodes.length === 1 &&
    (ts.isNewExpression(inner) || ts.isCallExpression(inner)) &&
    ts.isIdentifier(inner.expression) &&
    inner.expression.text === "Array" &&
    inner.arguments?.length === 1 &&
    T.isNumber(ctx.checker.getTypeAtLocation(inner.arguments[0])) &&
    T.isFromLib(ctx.checker.getSymbolAtLocation(inner.expression)?.declarations?.[0])
  ) {
    // a byte buffer (byte-arrays.ts): bytearray(n) is zeros
    const bytes = ctx.program.byteArrays.filledArray(inner);
    if (bytes !== undefined && ctx.program.byteArrays.isBytes(inner)) {
      const n = toIndex(ctx, inner.arguments[0]);
      return b.call("bytearray", [bytes === 0 ? n : b.bin(bytesConstant([bytes]), "*", n)]);
    }
    return b.bin(b.list([transformExpr(ctx, argNodes[0])]), "*", toIndex(ctx, inner.arguments[0]));
  }
  const arr = ctx.once(transformExpr(ctx, arrNode));
  const v = transformExpr(ctx, argNodes[0]);
  if (argNodes.length === 1) {
    ctx.addPreceding(b.assign(b.sub(arr, b.slice()), b.bin(b.list([v]), "*", b.call("len", [arr]))));
    return arr;
  }
  // fill(v, start, end): the same bounds as a slice
  const value = ctx.once(v);
  const start = ctx.once(toIndex(ctx, argNodes[1]));
  const end = argNodes.length > 2 ? ctx.once(toIndex(ctx, argNodes[2])) : undefined;
  const part = b.sub(arr, b.slice(start, end));
  ctx.addPreceding(b.assign(part, b.bin(b.list([value]), "*", b.call("len", [part]))));
  return arr;
}

function reduce(ctx: TransformContext, node: ts.CallExpression, callee: ts.PropertyAccessExpression): py.Expr {
  const argNodes = node.arguments;
  const hasInit = argNodes.length > 1;
  const elemType = elementType(ctx, callee.expression);
  // xs.reduce((a, b) => a + b, 0) on numbers is sum(xs, 0)
  const fnNode = inlineCallback(argNodes[0]);
  const body = fnNode && callbackExpression(fnNode);
  if (
    hasInit &&
    fnNode &&
    body &&
    fnNode.parameters.length === 2 &&
    elemType &&
    T.isNumber(elemType) &&
    T.isNumber(ctx.checker.getTypeAtLocation(argNodes[1])) &&
    ts.isBinaryExpression(body) &&
    body.operatorToken.kind === ts.SyntaxKind.PlusToken &&
    ts.isIdentifier(body.left) &&
    ts.isIdentifier(body.right) &&
    body.left.text === fnNode.parameters[0].name.getText() &&
    body.right.text === fnNode.parameters[1].name.getText()
  ) {
    return b.call("sum", [transformExpr(ctx, callee.expression), transformExpr(ctx, argNodes[1])]);
  }
  const arr = ctx.once(transformExpr(ctx, callee.expression));
  // with an initial value every item is walked in place: over the start's indices when the callback may change the length
  const walk = (withIndex: boolean): { iter: py.Expr; indexed: boolean } =>
    hasInit && !walkIsStable(ctx, callee.expression, argNodes[0])
      ? { iter: indexWalk(ctx, arr, callee.expression, withIndex), indexed: withIndex }
      : { iter: hasInit ? arr : b.sub(arr, b.slice(b.num(1))), indexed: false };
  const inl = inlineExpression(ctx, argNodes[0], { loop: true, maxParams: 3 });
  let acc: py.Name;
  let step: (x: py.Expr, i: py.Expr) => py.Expr;
  let wantsIndex: boolean;
  if (inl && inl.params.length >= 2) {
    acc = inl.params[0] as py.Name; // names: reduce does not unpack patterns
    const [x, i] = [inl.params[1], inl.params[2]];
    step = () => inl.body;
    wantsIndex = !!i;
    const init = hasInit ? transformExpr(ctx, argNodes[1]) : b.sub(arr, b.num(0));
    ctx.addPreceding(b.assign(acc, init));
    const { iter, indexed } = walk(!!i);
    if (i) {
      const start = hasInit ? [] : [b.num(1)];
      ctx.addPreceding({
        kind: "For",
        target: b.tuple([i, x]),
        iter: indexed ? iter : b.call("enumerate", [iter, ...start]),
        body: [b.assign(acc, step(x, i))],
      });
    } else ctx.addPreceding({ kind: "For", target: x, iter, body: [b.assign(acc, step(x, x))] });
    return acc;
  }
  const n = declaredParams(ctx, argNodes[0]);
  calledWith(ctx, argNodes[0], Math.max(2, Math.min(n, 4)));
  const fn = ctx.once(transformExpr(ctx, argNodes[0]));
  acc = b.name(ctx.temp("_acc"));
  const x = b.name(ctx.temp("_x"));
  const i = b.name(ctx.temp("_i"));
  wantsIndex = n >= 3;
  step = () => b.call(fn, n >= 4 ? [acc, x, i, arr] : wantsIndex ? [acc, x, i] : [acc, x]);
  ctx.addPreceding(b.assign(acc, hasInit ? transformExpr(ctx, argNodes[1]) : b.sub(arr, b.num(0))));
  const { iter, indexed } = walk(wantsIndex);
  if (wantsIndex) {
    ctx.addPreceding({
      kind: "For",
      target: b.tuple([i, x]),
      iter: indexed ? iter : b.call("enumerate", [iter, ...(hasInit ? [] : [b.num(1)])]),
      body: [b.assign(acc, step(x, i))],
    });
  } else ctx.addPreceding({ kind: "For", target: x, iter, body: [b.assign(acc, step(x, i))] });
  return acc;
}

export function arrayStatic(ctx: TransformContext, name: string, node: ts.CallExpression | ts.NewExpression): py.Expr | undefined {
  const argNodes = node.arguments ?? [];
  switch (name) {
    case "isArray":
      return b.call("isinstance", [transformExpr(ctx, argNodes[0]), b.name("list")]);
    case "of":
      return argsList(ctx, argNodes);
    case "new":
      // new Array(n) has n empty slots, which read as undefined
      if (argNodes.length === 1 && T.isNumber(ctx.checker.getTypeAtLocation(argNodes[0]))) {
        return b.bin(b.list([b.none()]), "*", toIndex(ctx, argNodes[0]));
      }
      return argsList(ctx, argNodes);
    case "from":
      return arrayFrom(ctx, argNodes);
    default:
      throw unsupported(node, Codes.unsupportedMember, `Array.${name}`, "use Array.from, Array.isArray or an array literal");
  }
}

export function arrayFrom(ctx: TransformContext, argNodes: readonly ts.Expression[]): py.Expr {
  const src = argNodes[0];
  // Array.from({ length: n }, (_, i) => ...)
  const lengthInit =
    ts.isObjectLiteralExpression(src) &&
    src.properties.length === 1 &&
    ts.isPropertyAssignment(src.properties[0]) &&
    src.properties[0].name.getText() === "length"
      ? src.properties[0].initializer
      : undefined;
  if (argNodes.length < 2) {
    if (lengthInit) return b.bin(b.list([b.none()]), "*", toIndex(ctx, lengthInit));
    return spreadToList(ctx, src, transformExpr(ctx, src), true);
  }
  const iter = lengthInit ? b.call("range", [toIndex(ctx, lengthInit)]) : spreadToList(ctx, src, transformExpr(ctx, src), false);
  const fn = inlineCallback(argNodes[1]);
  // with { length: n } the item is undefined: inline only when the callback ignores it
  const itemUnused =
    !lengthInit ||
    (fn && fn.parameters.length > 0 && !ctx.scopes.references.get(ctx.checker.getSymbolAtLocation(fn.parameters[0].name)!)?.length);
  const inl = itemUnused ? inlineExpression(ctx, argNodes[1]) : undefined;
  if (inl) {
    if (lengthInit) return comp(inl.body, inl.params[1] ?? b.name("_"), iter);
    const indexed = indexedParts(ctx, inl.params, inl.body, uncopied(iter, [inl.body]), src);
    if (indexed) return comp(indexed.body, indexed.target, indexed.iter);
    const { target, iter: it } = loopParts(ctx, inl.params, iter);
    return comp(inl.body, target, it);
  }
  const n = declaredParams(ctx, argNodes[1]);
  const f = ctx.once(transformExpr(ctx, argNodes[1]));
  const x = b.name(ctx.temp("_x"));
  if (lengthInit) return comp(b.call(f, n >= 2 ? [b.none(), x] : [b.none()]), x, iter);
  if (n >= 2) {
    const i = b.name(ctx.temp("_i"));
    return comp(b.call(f, [x, i]), b.tuple([i, x]), b.call("enumerate", [iter]));
  }
  return comp(b.call(f, [x]), x, iter);
}
