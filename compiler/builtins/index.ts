// Entry points for JavaScript standard-library calls and properties. Each area
// has its own file; the first that recognises a node produces its Python.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import * as T from "../transform/types.js";
import { libNamespace } from "./util.js";
import { consoleCall } from "./console.js";
import { mathCall, mathProperty } from "./math.js";
import { stringMethod, stringStatic } from "./string.js";
import { arrayMethod, arrayStatic } from "./array.js";
import { objectStatic, jsonCall, hasOwn } from "./object.js";
import { mapMethod, setMethod, newMap, newSet } from "./collections.js";
import { numberGlobalCall, numberMethod, numberProperty } from "./number.js";
import { timerCall, promiseStatic, newPromise, promiseMethod, generatorMethod } from "./promise.js";
import { newError, errorProperty } from "./errors.js";
import { toJsString } from "../transform/conversions.js";
import { functionProperty } from "../transform/functions.js";
import { staticGetterRead, staticSetterAssign } from "../transform/static-accessors.js";
import { newRegExp, regexMethod, regexProperty } from "./regex.js";
import { dateMethod, dateStatic, newDate, performanceCall } from "./date.js";
import { symbolCall, symbolProperty, symbolStatic } from "./symbols.js";
import { newWeakCollection } from "./collections.js";
import { iteratorMethod, symbolIteratorCall } from "../transform/iteration.js";
import { newUint8Array, uint8ArrayMethod, uint8ArrayProperty, uint8ArrayStatic } from "./typed-arrays.js";

export function builtinProperty(ctx: TransformContext, node: ts.PropertyAccessExpression): py.Expr | undefined {
  const fnProp = functionProperty(ctx, node);
  if (fnProp) return fnProp;
  const staticGet = staticGetterRead(ctx, node);
  if (staticGet) return staticGet;
  const ns = libNamespace(ctx, node.expression);
  const name = node.name.text;
  if (ns === "Math") return mathProperty(ctx, name);
  if (ns === "Number") return numberProperty(name);
  if (ns === "Symbol") return symbolProperty(ctx, node);
  const t = ctx.checker.getTypeAtLocation(node.expression);
  // an untyped value (JSON.parse's result) with a length is a string or an array
  if (name === "length" && (T.hasLenLength(ctx.checker, t, true) || (t.flags & ts.TypeFlags.Any) !== 0)) {
    const v = transformExpr(ctx, node.expression);
    // Object.keys(o).length: count the keys without copying them (list(o) has len(o) items)
    const counted = ts.isCallExpression(node.expression) && /^Object\.(keys|values|entries)$/.test(node.expression.expression.getText());
    if (counted && v.kind === "Call" && v.func.kind === "Name" && v.func.id === "list" && v.args.length === 1 && !v.keywords?.length)
      return b.call("len", v.args);
    return b.call("len", [v]);
  }
  if (name === "size" && (T.isMapType(t) || T.isSetType(t))) return b.call("len", [transformExpr(ctx, node.expression)]);
  if (ns === "Uint8Array" || T.isUint8Array(t)) return uint8ArrayProperty(ctx, node);
  const error = errorProperty(ctx, node);
  if (error) return error;
  return regexProperty(ctx, node);
}

/** `arr.length = n` truncates the list. */
export function builtinPropertyAssign(
  ctx: TransformContext,
  node: ts.PropertyAccessExpression,
  makeValue: (cur?: py.Expr) => py.Expr,
  needsCurrent: boolean,
): py.Expr | undefined {
  const staticSet = staticSetterAssign(ctx, node, makeValue, needsCurrent);
  if (staticSet) return staticSet;
  const t = ctx.checker.getTypeAtLocation(node.expression);
  if (node.name.text !== "length" || !T.isArray(ctx.checker, t, true)) return undefined;
  const arr = ctx.once(transformExpr(ctx, node.expression));
  const value = ctx.once(makeValue(needsCurrent ? b.call("len", [arr]) : undefined));
  ctx.addPreceding({ kind: "Delete", target: b.sub(arr, b.slice(value)) });
  // a longer length adds empty slots, which read as undefined
  if (!(value.kind === "Constant" && value.value === 0)) {
    ctx.addPreceding(b.exprStmt(b.method(arr, "extend", [b.bin(b.list([b.none()]), "*", b.bin(value, "-", b.call("len", [arr])))])));
  }
  return value;
}

export function builtinCall(ctx: TransformContext, node: ts.CallExpression): py.Expr | undefined {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) {
    const sym = ctx.checker.getSymbolAtLocation(callee);
    const decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
    if (!T.isFromLib(decl)) return undefined;
    if (callee.text === "Array") return arrayStatic(ctx, "new", node);
    if (callee.text === "RegExp") return newRegExp(ctx, node);
    if (callee.text === "Symbol") return symbolCall(ctx, node);
    return numberGlobalCall(ctx, callee.text, node) ?? timerCall(ctx, callee.text, node) ?? errorCall(ctx, callee.text, node);
  }
  if (ts.isElementAccessExpression(callee)) return symbolIteratorCall(ctx, node);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  // Object.prototype.hasOwnProperty.call(obj, key)
  if (
    callee.name.text === "call" &&
    node.arguments.length === 2 &&
    ts.isPropertyAccessExpression(callee.expression) &&
    callee.expression.name.text === "hasOwnProperty"
  ) {
    const proto = callee.expression.expression;
    if (ts.isPropertyAccessExpression(proto) && proto.name.text === "prototype" && libNamespace(ctx, proto.expression) === "Object") {
      return hasOwn(ctx, node.arguments[0], node.arguments[1]);
    }
  }
  const ns = libNamespace(ctx, callee.expression);
  const name = callee.name.text;
  switch (ns) {
    case "console":
      return consoleCall(ctx, name, node);
    case "Math":
      return mathCall(ctx, name, node);
    case "Object":
      return objectStatic(ctx, name, node);
    case "JSON":
      return jsonCall(ctx, name, node);
    case "Array":
      return arrayStatic(ctx, name, node);
    case "Number":
      return numberGlobalCall(ctx, "Number." + name, node);
    case "String":
      return stringStatic(ctx, name, node);
    case "Promise":
      return promiseStatic(ctx, name, node);
    case "Date":
      return dateStatic(ctx, name, node);
    case "performance":
      return performanceCall(ctx, name, node);
    case "Symbol":
      return symbolStatic(ctx, name, node);
    case "Uint8Array":
      return uint8ArrayStatic(ctx, name, node);
  }
  const recvType = ctx.checker.getTypeAtLocation(callee.expression);
  const method = ctx.checker.getSymbolAtLocation(callee.name);
  const methodDecl = method?.valueDeclaration ?? method?.declarations?.[0];
  if (methodDecl && !T.isFromLib(methodDecl)) return undefined; // a user method that shadows a library name
  if (T.isString(recvType, true)) return stringMethod(ctx, name, node, callee);
  if (T.isArray(ctx.checker, recvType, true)) return arrayMethod(ctx, name, node, callee);
  if (T.isUint8Array(recvType)) return uint8ArrayMethod(ctx, name, node, callee);
  if (T.isMapType(recvType)) return mapMethod(ctx, name, node, callee);
  if (T.isSetType(recvType)) return setMethod(ctx, name, node, callee);
  if (T.isNumber(recvType, true)) return numberMethod(ctx, name, node, callee);
  const lib = T.libTypeName(recvType);
  if (lib === "Promise") return promiseMethod(ctx, name, node, callee);
  if (lib === "Generator") return generatorMethod(ctx, name, node, callee);
  const iter = iteratorMethod(ctx, name, node);
  if (iter) return iter;
  if (lib === "RegExp") return regexMethod(ctx, name, node, callee);
  if (lib === "Date") return dateMethod(ctx, name, node, callee);
  if (name === "toString" && node.arguments.length === 0) return toJsString(ctx, callee.expression, transformExpr(ctx, callee.expression));
  if (name === "hasOwnProperty" && node.arguments.length === 1) return hasOwn(ctx, callee.expression, node.arguments[0]);
  return undefined;
}

function errorCall(ctx: TransformContext, name: string, node: ts.CallExpression): py.Expr | undefined {
  if (/Error$/.test(name)) return newError(ctx, name, node);
  if (name === "String" || name === "Number" || name === "Boolean") return undefined;
  return undefined;
}

export function builtinNew(ctx: TransformContext, node: ts.NewExpression): py.Expr | undefined {
  const callee = node.expression;
  if (!ts.isIdentifier(callee)) return undefined;
  const sym = ctx.checker.getSymbolAtLocation(callee);
  const decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
  if (!T.isFromLib(decl)) return undefined;
  switch (callee.text) {
    case "Map":
      return newMap(ctx, node);
    case "Set":
      return newSet(ctx, node);
    case "Array":
      return arrayStatic(ctx, "new", node);
    case "Promise":
      return newPromise(ctx, node);
    case "RegExp":
      return newRegExp(ctx, node);
    case "Date":
      return newDate(node);
    case "WeakMap":
    case "WeakSet":
      return newWeakCollection(ctx, callee.text, node);
    case "Uint8Array":
      return newUint8Array(ctx, node);
  }
  if (/Error$/.test(callee.text)) return newError(ctx, callee.text, node);
  return undefined;
}
