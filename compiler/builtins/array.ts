// Array methods on Python lists. Callbacks written inline become comprehensions
// or loops; methods that return something JavaScript-specific (push's new
// length, sort's array) return it only where the value is used.
import { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { toJsString } from "../transform/conversions.js";
import * as T from "../transform/types.js";
import { Codes, unsupported } from "../diagnostics.js";
import { inlineExpression, declaredParams, loopParts, callResultCondition } from "./callbacks.js";
import { spreadToList } from "../transform/literals.js";

function isStatement(node: ts.Node): boolean {
  return ts.isExpressionStatement(node.parent);
}

const comp = (elt: py.Expr, target: py.Expr, iter: py.Expr, cond?: py.Expr): py.ListComp => ({ kind: "ListComp", elt, target, iter, cond });
const gen = (elt: py.Expr, target: py.Expr, iter: py.Expr, cond?: py.Expr): py.ListComp => ({ kind: "ListComp", elt, target, iter, cond, generator: true });

/** Call a non-inline callback with (item) or (item, index). */
function callCb(ctx: TransformContext, argNode: ts.Expression, fn: py.Expr, item: py.Name, index: py.Name): py.Expr {
  return b.call(fn, declaredParams(ctx, argNode) >= 2 ? [item, index] : [item]);
}

export function arrayMethod(ctx: TransformContext, name: string, node: ts.CallExpression, callee: ts.PropertyAccessExpression): py.Expr | undefined {
  const argNodes = node.arguments;
  const recv = () => transformExpr(ctx, callee.expression);
  const a = () => argNodes.map((x) => (ts.isSpreadElement(x) ? b.starred(spreadToList(ctx, x.expression, transformExpr(ctx, x.expression), false)) : transformExpr(ctx, x)));
  const item = () => b.name(ctx.temp("_x"));
  switch (name) {
    case "push": {
      const arr = recv();
      const args = a();
      let stmt: py.Expr;
      if (args.length === 1 && args[0].kind !== "Starred") stmt = b.method(arr, "append", args);
      else if (args.length === 1) stmt = b.method(arr, "extend", [(args[0] as py.Starred).value]);
      else stmt = b.method(arr, "extend", [b.tuple(args)]);
      if (isStatement(node)) return stmt;
      const arrOnce = ctx.once(arr);
      ctx.addPreceding(b.exprStmt({ ...(stmt as py.Call), func: b.attr(arrOnce, (((stmt as py.Call).func) as py.Attribute).attr) }));
      return b.call("len", [arrOnce]);
    }
    case "pop":
      return b.method(recv(), "pop");
    case "shift":
      return b.method(recv(), "pop", [b.num(0)]);
    case "unshift": {
      const arr = ctx.once(recv());
      const args = a();
      if (args.length === 1) ctx.addPreceding(b.exprStmt(b.method(arr, "insert", [b.num(0), args[0]])));
      else ctx.addPreceding(b.assign(b.sub(arr, b.slice(b.num(0), b.num(0))), b.list(args)));
      return isStatement(node) ? b.none() : b.call("len", [arr]);
    }
    case "slice": {
      const [start, end] = [a()[0], a()[1]];
      const arr = recv();
      return b.sub(arr, b.slice(start, end));
    }
    case "splice":
      return b.call(ctx.useHelper("js_splice"), [recv(), ...a()]);
    case "concat": {
      let out: py.Expr = recv();
      if (argNodes.length === 0) return b.call("list", [out]);
      argNodes.forEach((x) => {
        const v = transformExpr(ctx, x);
        out = b.bin(out, "+", T.isArray(ctx.checker, ctx.checker.getTypeAtLocation(x)) ? v : b.list([v]));
      });
      return out;
    }
    case "join": {
      const arr = recv();
      const sep = argNodes.length ? transformExpr(ctx, argNodes[0]) : b.str(",");
      const elemType = ctx.checker.getIndexTypeOfType(ctx.checker.getTypeAtLocation(callee.expression), ts.IndexKind.Number);
      if (elemType && T.isString(elemType)) return b.method(sep, "join", [arr]);
      const v = item();
      const conv = b.call(ctx.useHelper("js_str"), [v]);
      const elt = elemType && T.isNumber(elemType) ? b.call(ctx.useHelper("js_num"), [v]) : b.ifExp(b.cmp(v, "is", b.none()), b.str(""), conv);
      return b.method(sep, "join", [comp(elt, v, arr)]);
    }
    case "indexOf":
      return b.call(ctx.useHelper("js_index_of"), [recv(), ...a()]);
    case "lastIndexOf":
      return b.call(ctx.useHelper("js_last_index_of"), [recv(), ...a()]);
    case "includes":
      return b.cmp(a()[0], "in", recv());
    case "reverse": {
      const arr = ctx.once(recv());
      ctx.addPreceding(b.exprStmt(b.method(arr, "reverse")));
      return arr;
    }
    case "at":
      return b.sub(recv(), a()[0]);
    case "fill": {
      const arr = ctx.once(recv());
      const v = a()[0];
      ctx.addPreceding(b.assign(b.sub(arr, b.slice()), b.bin(b.list([v]), "*", b.call("len", [arr]))));
      return arr;
    }
    case "map": {
      const arr = recv();
      const inl = inlineExpression(ctx, argNodes[0]);
      if (inl) {
        const { target, iter } = loopParts(ctx, inl.params, arr);
        return comp(inl.body, target, iter);
      }
      const fn = ctx.once(transformExpr(ctx, argNodes[0]));
      const [x, i] = [item(), b.name(ctx.temp("_i"))];
      return declaredParams(ctx, argNodes[0]) >= 2 ? comp(b.call(fn, [x, i]), b.tuple([i, x]), b.call("enumerate", [arr])) : comp(b.call(fn, [x]), x, arr);
    }
    case "filter":
    case "find":
    case "findIndex":
    case "some":
    case "every": {
      const arr = recv();
      const inl = inlineExpression(ctx, argNodes[0], true);
      let target: py.Expr, iter: py.Expr, cond: py.Expr, x: py.Expr, idx: py.Expr;
      if (inl) {
        ({ target, iter } = loopParts(ctx, inl.params, arr));
        cond = inl.body;
        x = inl.params[0] ?? b.name("_");
        if (inl.params.length >= 2) idx = inl.params[1];
        else {
          idx = b.name(ctx.temp("_i"));
          if (name === "findIndex") {
            target = b.tuple([idx, x]);
            iter = b.call("enumerate", [arr]);
          }
        }
      } else {
        const fn = ctx.once(transformExpr(ctx, argNodes[0]));
        const xi = item();
        const ii = b.name(ctx.temp("_i"));
        x = xi;
        idx = ii;
        const two = declaredParams(ctx, argNodes[0]) >= 2 || name === "findIndex";
        target = two ? b.tuple([ii, xi]) : xi;
        iter = two ? b.call("enumerate", [arr]) : arr;
        cond = callResultCondition(ctx, argNodes[0], callCb(ctx, argNodes[0], fn, xi, ii));
      }
      if (name === "filter") return comp(x, target, iter, cond);
      if (name === "find") return b.call("next", [gen(x, target, iter, cond), b.none()]);
      if (name === "findIndex") return b.call("next", [gen(idx, target, iter, cond), b.num(-1)]);
      if (name === "some") return b.call("any", [gen(cond, target, iter)]);
      return b.call("all", [gen(cond, target, iter)]);
    }
    case "forEach": {
      const arr = recv();
      const inl = inlineExpression(ctx, argNodes[0]);
      if (inl) {
        const { target, iter } = loopParts(ctx, inl.params, arr);
        ctx.addPreceding({ kind: "For", target, iter, body: [b.exprStmt(inl.body)] });
        return b.none();
      }
      const fn = ctx.once(transformExpr(ctx, argNodes[0]));
      const [x, i] = [item(), b.name(ctx.temp("_i"))];
      const two = declaredParams(ctx, argNodes[0]) >= 2;
      ctx.addPreceding({ kind: "For", target: two ? b.tuple([i, x]) : x, iter: two ? b.call("enumerate", [arr]) : arr, body: [b.exprStmt(callCb(ctx, argNodes[0], fn, x, i))] });
      return b.none();
    }
    case "reduce": {
      const arr = ctx.once(recv());
      const fn = ctx.once(transformExpr(ctx, argNodes[0]));
      const acc = b.name(ctx.temp("_acc"));
      const x = item();
      if (argNodes.length > 1) {
        ctx.addPreceding(b.assign(acc, transformExpr(ctx, argNodes[1])));
        ctx.addPreceding({ kind: "For", target: x, iter: arr, body: [b.assign(acc, b.call(fn, [acc, x]))] });
      } else {
        ctx.addPreceding(b.assign(acc, b.sub(arr, b.num(0))));
        ctx.addPreceding({ kind: "For", target: x, iter: b.sub(arr, b.slice(b.num(1))), body: [b.assign(acc, b.call(fn, [acc, x]))] });
      }
      return acc;
    }
    case "sort": {
      const arr = ctx.once(recv());
      ctx.addPreceding(b.exprStmt(sortCall(ctx, arr, argNodes[0], callee.expression)));
      return arr;
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
      throw unsupported(callee.name, Codes.unsupportedMember, `Array.prototype.${name}`, "use the array methods listed in the README, or a for loop");
  }
}

/** `(a, b) => a - b` and friends become key sorts; anything else a stable comparator sort. */
function sortCall(ctx: TransformContext, arr: py.Expr, cmpNode: ts.Expression | undefined, arrNode: ts.Expression): py.Expr {
  const elemType = ctx.checker.getIndexTypeOfType(ctx.checker.getTypeAtLocation(arrNode), ts.IndexKind.Number);
  if (!cmpNode) {
    if (elemType && T.isString(elemType)) return b.method(arr, "sort");
    return b.call(ctx.useHelper("js_sort"), [arr]);
  }
  let fn = cmpNode;
  while (ts.isParenthesizedExpression(fn)) fn = fn.expression;
  if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && fn.parameters.length === 2 && !ts.isBlock(fn.body) && ts.isBinaryExpression(fn.body) && fn.body.operatorToken.kind === ts.SyntaxKind.MinusToken) {
    const [p, q] = fn.parameters.map((x) => x.name.getText());
    const left = fn.body.left.getText();
    const right = fn.body.right.getText();
    const sub = (text: string, from: string) => text.startsWith(from) && /^[.[]?$/.test(text.charAt(from.length)) ;
    if (left === p && right === q) return b.method(arr, "sort");
    if (left === q && right === p) return { ...b.method(arr, "sort"), keywords: [{ name: "reverse", value: b.bool(true) }] };
    // (a, b) => a.key - b.key: sort by key, with the same expression shape on both sides
    if (sub(left, p) && sub(right, q) && left.slice(p.length) === right.slice(q.length) && !/[()]/.test(left)) {
      const inl = inlineExpression(ctx, fnWithOneParam(ctx, fn));
      if (inl) return { ...b.method(arr, "sort"), keywords: [{ name: "key", value: b.lambda([{ name: inl.params[0].id }], inl.body) }] };
    }
  }
  return b.call(ctx.useHelper("js_sort"), [arr, transformExpr(ctx, cmpNode)]);
}

function fnWithOneParam(ctx: TransformContext, fn: ts.ArrowFunction | ts.FunctionExpression): ts.Expression | undefined {
  // the key expression is the comparator's left operand, read with the first parameter
  void ctx;
  const body = (fn.body as ts.BinaryExpression).left;
  const arrow = ts.factory.createArrowFunction(undefined, undefined, [fn.parameters[0]], undefined, undefined, body);
  void arrow;
  return undefined;
}

export function arrayStatic(ctx: TransformContext, name: string, node: ts.CallExpression | ts.NewExpression): py.Expr | undefined {
  const argNodes = node.arguments ?? [];
  switch (name) {
    case "isArray":
      return b.call("isinstance", [transformExpr(ctx, argNodes[0]), b.name("list")]);
    case "of":
      return b.list(argNodes.map((x) => transformExpr(ctx, x)));
    case "new":
      if (argNodes.length === 1 && T.isNumber(ctx.checker.getTypeAtLocation(argNodes[0]))) {
        return b.bin(b.list([b.none()]), "*", transformExpr(ctx, argNodes[0]));
      }
      return b.list(argNodes.map((x) => transformExpr(ctx, x)));
    case "from": {
      const src = argNodes[0];
      // Array.from({ length: n }, (_, i) => ...)
      const lengthOnly = ts.isObjectLiteralExpression(src) && src.properties.length === 1 && ts.isPropertyAssignment(src.properties[0]) && src.properties[0].name.getText() === "length";
      if (argNodes.length < 2) {
        if (lengthOnly) return b.bin(b.list([b.none()]), "*", transformExpr(ctx, (src.properties[0] as ts.PropertyAssignment).initializer));
        return spreadToList(ctx, src, transformExpr(ctx, src), true);
      }
      const iter = lengthOnly
        ? b.call("range", [transformExpr(ctx, (src.properties[0] as ts.PropertyAssignment).initializer)])
        : spreadToList(ctx, src, transformExpr(ctx, src), false);
      const inl = inlineExpression(ctx, argNodes[1]);
      if (inl) {
        if (lengthOnly) {
          const idx = inl.params[1] ?? b.name("_");
          return comp(inl.body, idx, iter);
        }
        const { target, iter: it } = loopParts(ctx, inl.params, iter);
        return comp(inl.body, target, it);
      }
      const fn = ctx.once(transformExpr(ctx, argNodes[1]));
      const x = b.name(ctx.temp("_x"));
      if (lengthOnly) return comp(b.call(fn, [b.none(), x]), x, iter);
      return comp(b.call(fn, [x]), x, iter);
    }
    default:
      throw unsupported(node, Codes.unsupportedMember, `Array.${name}`, "use Array.from, Array.isArray or an array literal");
  }
}
