// Uint8Array as a Python bytearray (one byte per element, reads give ints 0..255);
// subarray() is a memoryview slice of it (shared memory, as in JavaScript). A store
// converts as JavaScript's ToUint8 does: v & 255 of an integer, a fraction truncated
// toward zero first, NaN and the infinities 0. The numeric analysis (numbers.md)
// says when a value is already a byte or an integer, so most stores need no helper.
// Other typed arrays are refused (identifiers.ts globalAdvice).
import { ts } from "../typescript.js";
import { skipCasts } from "../transform/parens.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { numericBits, toJsString } from "../transform/conversions.js";
import { NEG, NONINT, TOP, widthOf } from "../transform/numeric.js";
import { INT, UINT, withWidth } from "../transform/numeric-bits.js";
import * as T from "../transform/types.js";
import { Codes, unsupported } from "../diagnostics.js";
import { bytesConstant, spreadToList } from "../transform/literals.js";
import { constantNumber } from "../transform/bounds.js";
import { arrayFrom, arrayMethod, toIndex } from "./array.js";

/** JavaScript's ToUint8 of a number known when compiling. */
const toUint8Now = (v: number): number => (Number.isFinite(v) ? ((Math.trunc(v) % 256) + 256) % 256 : 0);

const BYTE = withWidth(UINT, 8);
const isByteBits = (bits: number) => !!bits && !(bits & (NONINT | NEG)) && widthOf(bits) <= 8;

/** `e` (a number with the facts `bits`) as the byte a Uint8Array stores. */
export function toUint8(ctx: TransformContext, bits: number, e: py.Expr): py.Expr {
  if (e.kind === "Constant" && typeof e.value === "number") return b.num(toUint8Now(e.value));
  if (isByteBits(bits)) return e;
  if (!(bits & NONINT)) return b.bin(e, "&", b.num(255));
  return b.call(ctx.useHelper("js_u8"), [e]);
}

/**
 * The store of an element write `u[i] = v` (or `u[i] += v`, `u[i]++`): the value converted.
 * `valueNode` is the assigned expression, or the whole compound assignment or update.
 */
export function storedByte(ctx: TransformContext, valueNode: ts.Node, target: ts.Node, asExpression: boolean) {
  let bits = TOP;
  // an update's value is the byte read plus or minus one: an integer, maybe 256 or -1
  if (isUpdate(valueNode)) bits = numericBits(ctx, valueNode.operand) & NONINT ? TOP : INT;
  else if (ts.isExpression(valueNode) && valueNode !== target) bits = numericBits(ctx, valueNode);
  if (asExpression && !isByteBits(bits) && !ts.isPostfixUnaryExpression(valueNode))
    throw unsupported(
      target,
      Codes.unsupportedSyntax,
      "Using the value of an assignment to a Uint8Array element that may not be a byte",
      "assign in a statement of its own and read the element afterwards (it holds the value converted to 0..255)",
    );
  return (v: py.Expr) => toUint8(ctx, bits, v);
}

function isUpdate(node: ts.Node): node is ts.PrefixUnaryExpression | ts.PostfixUnaryExpression {
  return (
    (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
    (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)
  );
}

/** The facts of the numbers iterating `src` gives (a Uint8Array's are bytes). */
function elementBits(ctx: TransformContext, src: ts.Expression): number {
  const t = ctx.checker.getTypeAtLocation(src);
  if (T.isUint8Array(t)) return BYTE;
  if (T.isArray(ctx.checker, t)) return ctx.program.numeric.arrayClass(src).elements || TOP;
  return TOP;
}

/** `bytearray(...)` of the numbers `src` iterates, each converted (ToUint8). */
function bytesOf(ctx: TransformContext, src: ts.Expression): py.Expr {
  const s = skipCasts(src);
  if (ts.isArrayLiteralExpression(s) && s.elements.length && !s.elements.some(ts.isSpreadElement)) {
    const values = s.elements.map((e) => constantNumber(ctx, e));
    if (values.every((v) => v !== undefined)) return b.call("bytearray", [bytesConstant(values.map((v) => toUint8Now(v!)))]);
  }
  const t = ctx.checker.getTypeAtLocation(src);
  const e = transformExpr(ctx, src);
  if (T.isUint8Array(t)) return b.call("bytearray", [e]);
  const iter = T.isArray(ctx.checker, t) ? e : spreadToList(ctx, src, e, false);
  return convertedBytes(ctx, elementBits(ctx, src), iter);
}

/** `bytearray(iter)` with every item converted as the facts `bits` require. */
function convertedBytes(ctx: TransformContext, bits: number, iter: py.Expr): py.Expr {
  if (isByteBits(bits)) return b.call("bytearray", [iter]);
  if (!(bits & NONINT)) {
    const x = b.name(ctx.temp("_x"));
    return b.call("bytearray", [{ kind: "ListComp", elt: b.bin(x, "&", b.num(255)), target: x, iter, generator: true }]);
  }
  return b.call("bytearray", [b.call("map", [ctx.useHelper("js_u8"), iter])]);
}

/** `new Uint8Array()`, `new Uint8Array(n)`, `new Uint8Array(numbersOrBytes)`. */
export function newUint8Array(ctx: TransformContext, node: ts.NewExpression): py.Expr {
  const args = node.arguments ?? [];
  if (args.length === 0) return b.call("bytearray", []);
  if (args.length > 1 || ts.isSpreadElement(args[0]))
    throw unsupported(
      node,
      Codes.unsupportedSyntax,
      "new Uint8Array(buffer, offset, length)",
      "make it from a length or from numbers, or use subarray()",
    );
  const t = ctx.checker.getTypeAtLocation(args[0]);
  if (T.isNumber(t)) return b.call("bytearray", [toIndex(ctx, args[0])]);
  if (T.libTypeName(t) === "ArrayBuffer" || T.libTypeName(t) === "SharedArrayBuffer")
    throw unsupported(
      args[0],
      Codes.unsupportedSyntax,
      "A Uint8Array over an ArrayBuffer",
      "make the Uint8Array itself (new Uint8Array(n)) and use subarray() for views",
    );
  return bytesOf(ctx, args[0]);
}

/** Uint8Array.from(src), Uint8Array.from(src, fn), Uint8Array.of(...values). */
export function uint8ArrayStatic(ctx: TransformContext, name: string, node: ts.CallExpression): py.Expr {
  const args = node.arguments;
  if (name === "of") {
    if (args.some(ts.isSpreadElement))
      throw unsupported(node, Codes.unsupportedSyntax, "Uint8Array.of(...spread)", "use Uint8Array.from(values)");
    const values = args.map((a) => constantNumber(ctx, a));
    if (values.every((v) => v !== undefined)) return b.call("bytearray", [bytesConstant(values.map((v) => toUint8Now(v!)))]);
    return b.call("bytearray", [b.list(args.map((a) => toUint8(ctx, numericBits(ctx, a), transformExpr(ctx, a))))]);
  }
  if (name !== "from" || args.length === 0 || args.length > 2 || args.some(ts.isSpreadElement))
    throw unsupported(
      node,
      Codes.unsupportedMember,
      `Uint8Array.${name}`,
      "use new Uint8Array(n), Uint8Array.from(src, fn?) or Uint8Array.of(...)",
    );
  if (args.length === 1) return bytesOf(ctx, args[0]);
  return mappedBytes(ctx, args[1], arrayFrom(ctx, args));
}

/** A list of what the callback `fn` returns (a comprehension, usually), stored as bytes. */
function mappedBytes(ctx: TransformContext, fn: ts.Expression, list: py.Expr): py.Expr {
  const f = skipCasts(fn);
  const body = ts.isArrowFunction(f) && !ts.isBlock(f.body) ? f.body : undefined;
  const bits = body ? numericBits(ctx, body) : TOP;
  if (list.kind === "ListComp" && !list.cond) return b.call("bytearray", [{ ...list, elt: toUint8(ctx, bits, list.elt), generator: true }]);
  return convertedBytes(ctx, bits, list);
}

/** Whether the program makes views (subarray): only then may a Uint8Array be a memoryview. */
export function makesViews(ctx: TransformContext): boolean {
  let known = viewPrograms.get(ctx.program);
  if (known === undefined) {
    known = ctx.program.files.some((f) => f.text.includes("subarray"));
    viewPrograms.set(ctx.program, known);
  }
  return known;
}
const viewPrograms = new WeakMap<object, boolean>();

/** `u.byteLength` and `BYTES_PER_ELEMENT` (one byte per element); the ArrayBuffer behind it has no Python form. */
export function uint8ArrayProperty(ctx: TransformContext, node: ts.PropertyAccessExpression): py.Expr | undefined {
  const name = node.name.text;
  if (name === "BYTES_PER_ELEMENT") return b.num(1);
  if (name === "byteLength") return b.call("len", [transformExpr(ctx, node.expression)]);
  if (name === "buffer" || name === "byteOffset")
    throw unsupported(
      node,
      Codes.unsupportedMember,
      `Uint8Array.prototype.${name}`,
      "keep the Uint8Array itself and use subarray() for views",
    );
  return undefined;
}

/** Methods a bytearray runs as a number[]'s compiled form does (compiler/builtins/array.ts). */
const asArray = new Set([
  "reduce",
  "reduceRight",
  "forEach",
  "some",
  "every",
  "find",
  "findIndex",
  "findLast",
  "findLastIndex",
  "at",
  // for-of over them: enumerate(u), range(len(u)), u
  "entries",
  "keys",
  "values",
]);

export function uint8ArrayMethod(
  ctx: TransformContext,
  name: string,
  node: ts.CallExpression,
  callee: ts.PropertyAccessExpression,
): py.Expr {
  const args = node.arguments;
  if (args.some(ts.isSpreadElement))
    throw unsupported(node, Codes.unsupportedSyntax, `Uint8Array ${name}(...spread)`, "pass the arguments one by one");
  const bound = (i: number) => (args[i] && !isUndefined(args[i]) ? toIndex(ctx, args[i]) : undefined);
  switch (name) {
    case "slice": {
      // a bytearray's slice is a copy; a memoryview's is a view, so copy that one
      const recv = transformExpr(ctx, callee.expression);
      const [lo, hi] = [bound(0), bound(1)];
      const sliced = b.sub(recv, b.slice(lo, hi));
      return makesViews(ctx) ? b.call("bytearray", [sliced]) : sliced;
    }
    case "subarray": {
      const recv = transformExpr(ctx, callee.expression);
      const [lo, hi] = [bound(0), bound(1)];
      return b.sub(b.call("memoryview", [recv]), b.slice(lo, hi));
    }
    case "fill": {
      const recv = transformExpr(ctx, callee.expression);
      const value = args[0] ? toUint8(ctx, numericBits(ctx, args[0]), transformExpr(ctx, args[0])) : b.num(0);
      const rest = [bound(1) ?? b.num(0), ...(args[2] ? [bound(2)!] : [])];
      return b.call(ctx.useHelper("js_u8_fill"), [recv, value, ...(args.length > 1 ? rest : [])]);
    }
    case "set": {
      const recv = transformExpr(ctx, callee.expression);
      const src = bytesOf(ctx, args[0]);
      return b.call(ctx.useHelper("js_u8_set"), [recv, src, ...(args[1] ? [toIndex(ctx, args[1])] : [])]);
    }
    case "indexOf":
    case "includes": {
      if (args.length !== 1)
        throw unsupported(node, Codes.unsupportedMember, `Uint8Array ${name} with a start index`, `search a subarray(start) and add start`);
      const found = b.call(ctx.useHelper("js_u8_index"), [transformExpr(ctx, callee.expression), transformExpr(ctx, args[0])]);
      return name === "indexOf" ? found : b.cmp(found, ">=", b.num(0));
    }
    case "toString":
    case "join": {
      // every element is an int: str() of each, with no hole to test for
      const recv = transformExpr(ctx, callee.expression);
      const sepNode = name === "join" && args[0] && !isUndefined(args[0]) ? args[0] : undefined;
      const sep = sepNode ? toJsString(ctx, sepNode, transformExpr(ctx, sepNode)) : b.str(",");
      return b.method(sep, "join", [b.call("map", [b.name("str"), recv])]);
    }
  }
  if (asArray.has(name)) {
    const e = arrayMethod(ctx, name, node, callee);
    if (e) return e;
  }
  // map and filter make a Uint8Array: map's values converted again, filter's are bytes already
  const fn = args[0] && skipCasts(args[0]);
  const inline = fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && fn.parameters.length <= 2 && args.length === 1;
  if (name === "map" && inline) return mappedBytes(ctx, fn, arrayFrom(ctx, [callee.expression, fn]));
  if (name === "filter" && inline) {
    const e = arrayMethod(ctx, name, node, callee);
    if (e) return b.call("bytearray", [e.kind === "ListComp" ? { ...e, generator: true } : e]);
  }
  const instead =
    name === "map" || name === "filter"
      ? "pass an inline callback of at most two parameters (value, index), or use Array.from(u, fn) / Array.from(u).filter(fn) for a number[]"
      : "use the supported ones (slice, subarray, fill, set, indexOf, includes, join, reduce, forEach, some, every, find, findIndex, entries, keys, values) or Array.from(u) for a number[]";
  throw unsupported(callee.name, Codes.unsupportedMember, `Uint8Array.prototype.${name}`, instead);
}

function isUndefined(node: ts.Expression): boolean {
  return ts.isIdentifier(node) && node.text === "undefined";
}

/**
 * console.log and JSON.stringify of a Uint8Array (or a value holding one): Node writes
 * `Uint8Array(3) [ 1, 2, 3 ]` (in columns past six items) and `{"0":1,"1":2,"2":3}`,
 * which the Python helpers do not reproduce, so the program converts first.
 */
export function refuseBytesOutput(ctx: TransformContext, node: ts.Expression, what: string): void {
  if (!holdsUint8Array(ctx, ctx.checker.getTypeAtLocation(node), 0)) return;
  const instead =
    what === "console.log"
      ? 'print Array.from(u) (a number[]) or u.join(",")'
      : "stringify Array.from(u) (a number[], written as a JSON array)";
  throw unsupported(node, Codes.unsupportedSyntax, `${what} of a Uint8Array`, instead);
}

function holdsUint8Array(ctx: TransformContext, t: ts.Type, depth: number): boolean {
  if (T.hasUint8Array(t)) return true;
  if (depth > 3 || T.isAnyLike(t)) return false;
  const parts = t.isUnion() ? t.types : [t];
  return parts.some((p) => {
    if (!(p.flags & ts.TypeFlags.Object) || T.isString(p) || T.isNumber(p)) return false;
    if (ctx.checker.isArrayType(p) || ctx.checker.isTupleType(p))
      return ctx.checker.getTypeArguments(p as ts.TypeReference).some((a) => holdsUint8Array(ctx, a, depth + 1));
    if (T.libTypeName(p)) return false;
    return p.getProperties().some((prop) => {
      const decl = prop.valueDeclaration;
      return !!decl && holdsUint8Array(ctx, ctx.checker.getTypeOfSymbolAtLocation(prop, decl), depth + 1);
    });
  });
}
