// Type-directed conversions where JavaScript and Python differ: string
// conversion, truthiness, and whether a number is known to be an integer
// (Python prints 2.0 where JavaScript prints 2, so only integers may use str()).
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import * as T from "./types.js";
import { bindOnce, inCallback, pastEndWidens } from "./bounds.js";
import { INFINT, NANINT, NONINT, NEG, POS, ZERO, isInt32Bits, neverMinusZero, widthOf } from "./numeric.js";
import { printsAsShortDecimal } from "./numeric-decimals.js";

function skipParens(node: ts.Expression): ts.Expression {
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

export function isPythonBuiltin(ctx: TransformContext, callee: ts.Expression, names: string[]): boolean {
  if (!ts.isIdentifier(callee) || !names.includes(callee.text)) return false;
  const decl = ctx.checker.getSymbolAtLocation(callee)?.declarations?.[0];
  return !!decl && /\/runtime-typings\/python\.d\.ts$/.test(decl.getSourceFile().fileName);
}

/**
 * The numeric facts of `node` (numeric.ts); in a body written in place of its call
 * (inline-calls.ts), a parameter's are its argument's at that call, not those of every call.
 */
export function numericBits(ctx: TransformContext, node: ts.Expression): number {
  return ctx.program.numeric.bits(argumentAt(ctx, node));
}

/** The call's argument a parameter read stands for in a body written in place (or the node itself). */
export function argumentAt(ctx: TransformContext, node: ts.Expression): ts.Expression {
  let e = node;
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return ctx.inlinedArguments.get(e) ?? node;
}

/** True when `node` is a number that is certainly an integer at run time (numeric.ts). */
export function isIntExpr(ctx: TransformContext, node: ts.Expression): boolean {
  return T.isNumber(ctx.checker.getTypeAtLocation(node)) && !(numericBits(ctx, node) & NONINT);
}

/** True when `node` is a number that Python's "%.15g" writes as JavaScript's String() does (numeric-decimals.ts). */
export function isShortDecimalExpr(ctx: TransformContext, node: ts.Expression): boolean {
  return T.isNumber(ctx.checker.getTypeAtLocation(node)) && printsAsShortDecimal(numericBits(ctx, node));
}

/** True when `node` is an integer that is certainly >= 0 (for Python slicing and `%`). */
export function isNonNegativeInt(ctx: TransformContext, node: ts.Expression): boolean {
  return T.isNumber(ctx.checker.getTypeAtLocation(node)) && !(numericBits(ctx, node) & (NONINT | NEG));
}

/** True when `node` is an integer that is certainly > 0 (a divisor). */
export function isPositiveInt(ctx: TransformContext, node: ts.Expression): boolean {
  return T.isNumber(ctx.checker.getTypeAtLocation(node)) && !(numericBits(ctx, node) & (NONINT | NEG | ZERO));
}

/** A number, maybe a fraction, that is never negative nor -0 (NaN and Infinity may be). */
export function isNonNegativeNumber(ctx: TransformContext, node: ts.Expression): boolean {
  const bits = numericBits(ctx, node);
  return T.isNumber(ctx.checker.getTypeAtLocation(node)) && !(bits & NEG) && neverMinusZero(bits);
}

/** A number, maybe a fraction, that is never negative nor zero (NaN and Infinity may be). */
export function isPositiveNumber(ctx: TransformContext, node: ts.Expression): boolean {
  return T.isNumber(ctx.checker.getTypeAtLocation(node)) && !(numericBits(ctx, node) & (NEG | ZERO));
}

/** A board constant (`Pin.IRQ_RISING`) read by name: a small int. */
function isBoardConstant(ctx: TransformContext, node: ts.Expression): boolean {
  return (ts.isPropertyAccessExpression(node) || ts.isIdentifier(node)) && T.isBoardConstantType(ctx.checker.getTypeAtLocation(node));
}

const K = ts.SyntaxKind;
const int32Methods = new Set(["indexOf", "lastIndexOf", "findIndex", "charCodeAt", "codePointAt", "search"]);
const inInt32 = (n: number) => Number.isInteger(n) && n >= -0x80000000 && n <= 0x7fffffff;

/** A shift count that is a literal 1..31 (mod 32): `x >>> n` then fits in 31 bits. */
function positiveShift(node: ts.Expression): boolean {
  node = skipParens(node);
  return ts.isNumericLiteral(node) && Number(node.text) % 32 !== 0 && Number.isInteger(Number(node.text));
}

/**
 * True when `node` is certainly an integer in the signed 32-bit range, so the
 * bitwise operators need no wrapping (Python integers do not overflow; JavaScript's
 * bitwise operators work on 32 bits). The results of & | ^ ~ << >> are always
 * emitted as 32-bit values.
 */
export function isInt32(ctx: TransformContext, node: ts.Expression, visiting = new Set<ts.Symbol>()): boolean {
  if (visiting.size === 0 && T.isNumber(ctx.checker.getTypeAtLocation(node)) && isInt32Bits(numericBits(ctx, node))) return true;
  node = skipParens(node);
  if (isBoardConstant(ctx, node)) return true;
  if (ts.isNumericLiteral(node)) return inInt32(Number(node.text));
  if (ts.isPrefixUnaryExpression(node)) {
    if (node.operator === K.TildeToken) return true;
    const inner = skipParens(node.operand);
    return node.operator === K.MinusToken && ts.isNumericLiteral(inner) && inInt32(-Number(inner.text));
  }
  if (ts.isBinaryExpression(node)) {
    switch (node.operatorToken.kind) {
      case K.BarToken:
      case K.AmpersandToken:
      case K.CaretToken:
      case K.LessThanLessThanToken:
      case K.GreaterThanGreaterThanToken:
        return true;
      case K.GreaterThanGreaterThanGreaterThanToken:
        return positiveShift(node.right);
      case K.EqualsToken:
      case K.CommaToken:
        return isInt32(ctx, node.right, visiting);
      default:
        return false;
    }
  }
  if (ts.isConditionalExpression(node)) return isInt32(ctx, node.whenTrue, visiting) && isInt32(ctx, node.whenFalse, visiting);
  if (ts.isPropertyAccessExpression(node)) {
    if (node.name.text === "length" || node.name.text === "size") return isIntExpr(ctx, node);
    const sym = ctx.checker.getSymbolAtLocation(node);
    return !!sym && isInt32Enum(ctx, sym);
  }
  if (ts.isCallExpression(node)) {
    const callee = skipParens(node.expression);
    return ts.isPropertyAccessExpression(callee) && int32Methods.has(callee.name.text) && isIntExpr(ctx, node);
  }
  if (ts.isIdentifier(node)) {
    const sym = ctx.checker.getSymbolAtLocation(node);
    if (!sym) return false;
    if (sym.flags & ts.SymbolFlags.EnumMember) return isInt32Enum(ctx, sym);
    if (!T.isNumber(ctx.checker.getTypeAtLocation(node))) return false;
    const writes = ctx.scopes.writes.get(sym);
    if (!writes || writes.length === 0) return false;
    if (visiting.has(sym)) return true;
    visiting.add(sym);
    try {
      return writes.every((w) => {
        if (w.kind === "init") return w.value !== undefined && isInt32(ctx, w.value, visiting);
        if (w.kind === "assign") return isInt32(ctx, w.value, visiting);
        if (w.kind === "compound") {
          if (w.op === K.GreaterThanGreaterThanGreaterThanEqualsToken) return positiveShift(w.value);
          return [
            K.BarEqualsToken,
            K.AmpersandEqualsToken,
            K.CaretEqualsToken,
            K.LessThanLessThanEqualsToken,
            K.GreaterThanGreaterThanEqualsToken,
          ].includes(w.op);
        }
        return false;
      });
    } finally {
      visiting.delete(sym);
    }
  }
  return false;
}

function isInt32Enum(ctx: TransformContext, sym: ts.Symbol): boolean {
  const decl = sym.valueDeclaration;
  if (!decl || !ts.isEnumMember(decl)) return false;
  const v = ctx.checker.getConstantValue(decl);
  return typeof v === "number" && inInt32(v);
}

/** True when `node` is an integer in 0..2**31-1: `x & node` then needs no wrapping. */
export function isNonNegativeInt32(ctx: TransformContext, node: ts.Expression, visiting = new Set<ts.Symbol>()): boolean {
  if (visiting.size === 0 && isNonNegativeInt(ctx, node) && isInt32Bits(numericBits(ctx, node))) return true;
  node = skipParens(node);
  if (ts.isNumericLiteral(node)) return inInt32(Number(node.text));
  if (ts.isBinaryExpression(node)) {
    const k = node.operatorToken.kind;
    if (k === K.GreaterThanGreaterThanGreaterThanToken) return positiveShift(node.right);
    if (k === K.AmpersandToken) return isNonNegativeInt32(ctx, node.left, visiting) || isNonNegativeInt32(ctx, node.right, visiting);
    if (k === K.GreaterThanGreaterThanToken) return isNonNegativeInt32(ctx, node.left, visiting);
    return false;
  }
  if (ts.isPropertyAccessExpression(node)) return (node.name.text === "length" || node.name.text === "size") && isIntExpr(ctx, node);
  if (ts.isIdentifier(node)) {
    const sym = ctx.checker.getSymbolAtLocation(node);
    if (!sym || !T.isNumber(ctx.checker.getTypeAtLocation(node))) return false;
    if (sym.flags & ts.SymbolFlags.EnumMember) {
      const v =
        sym.valueDeclaration && ts.isEnumMember(sym.valueDeclaration) ? ctx.checker.getConstantValue(sym.valueDeclaration) : undefined;
      return typeof v === "number" && inInt32(v) && v >= 0;
    }
    const writes = ctx.scopes.writes.get(sym);
    if (!writes || writes.length === 0 || visiting.has(sym)) return false;
    visiting.add(sym);
    try {
      return writes.every(
        (w) =>
          (w.kind === "init" && w.value !== undefined && isNonNegativeInt32(ctx, w.value, visiting)) ||
          (w.kind === "assign" && isNonNegativeInt32(ctx, w.value, visiting)),
      );
    } finally {
      visiting.delete(sym);
    }
  }
  return false;
}

/** `node << n` stays below 2**31 (a non-negative integer narrow enough): Python's `<<` needs no wrapping. */
export function shiftFits(ctx: TransformContext, node: ts.Expression, n: number): boolean {
  return isNonNegativeInt(ctx, node) && widthOf(numericBits(ctx, node)) + n <= 31;
}

/** A name, a constant, or an item of one by one (`f[_SATS]`): reading it twice reads the same and runs nothing. */
export function isPlainRead(e: py.Expr): boolean {
  return b.isSimple(e) || (e.kind === "Subscript" && isPlainRead(e.value) && e.index.kind !== "Slice" && isPlainRead(e.index));
}

/**
 * String(e) of a number whose facts (numeric analysis) are `bits`: str() of an integer, %.15g
 * of a short decimal, else js_num. `node`, the expression `e` is of, lets a value that is read
 * twice be named once (not in a callback, which a walrus would keep from being a comprehension).
 */
export function numberText(ctx: TransformContext, bits: number, e: py.Expr, node?: ts.Node): py.Expr {
  return numberTextWithoutHelper(ctx, bits, e, node) ?? b.call(ctx.useHelper("js_num"), [e]);
}

/** numberText where it needs no helper; undefined where it needs js_num. */
export function numberTextWithoutHelper(ctx: TransformContext, bits: number, e: py.Expr, node?: ts.Node): py.Expr | undefined {
  if (!(bits & NONINT)) return b.call("str", [e]);
  // the checks below read e twice
  const plain = isPlainRead(e);
  const twice = plain || (node && !inCallback(node));
  // an integer or NaN (parseInt's): str(), or "NaN"
  if (bits & NANINT && twice) {
    const [first, again] = plain ? [e, e] : bindOnce(ctx, e);
    return b.ifExp(b.cmp(first, "!=", again), b.str("NaN"), b.call("str", [again]));
  }
  // an integer or an infinity (Math.min/max of a spread): str(), or "Infinity" with its sign
  if (bits & INFINT && twice) {
    const [first, again] = plain ? [e, e] : bindOnce(ctx, e);
    const finite = b.cmp(b.bin(first, "-", again), "==", b.num(0));
    // the signs may leave one infinity (Math.min of non-negative integers: only Infinity)
    const infinite = !(bits & NEG)
      ? b.str("Infinity")
      : !(bits & POS)
        ? b.str("-Infinity")
        : b.ifExp(b.cmp(again, ">", b.num(0)), b.str("Infinity"), b.str("-Infinity"));
    return b.ifExp(finite, b.call("str", [again]), infinite);
  }
  return printsAsShortDecimal(bits) ? b.bin(b.str("%.15g"), "%", e) : undefined;
}

/**
 * JavaScript's Number(x) of the value `e` computed by `node` (not a number). A string of
 * ASCII digits (MicroPython's isdigit) whose value a double holds exactly is read by int()
 * as Number() reads it, without a call; other text goes to js_text_num.
 */
export function toJsNumber(ctx: TransformContext, node: ts.Expression, e: py.Expr): py.Expr {
  if (!T.isString(ctx.checker.getTypeAtLocation(node))) return b.call(ctx.useHelper("js_tonum"), [e]);
  // a text's common forms are read without js_tonum's rare cases (mpts_rt_slow.py)
  const helper = (v: py.Expr) => b.call(ctx.useHelper("js_text_num"), [v]);
  if (e.kind === "Constant" && typeof e.value === "string") return /^[0-9]{1,15}$/.test(e.value) ? b.num(Number(e.value)) : helper(e);
  return digitsOr(ctx, node, e, helper, true);
}

/** The largest small int of a 32-bit board (ESP32): a comparison with a larger constant allocates there. */
const boardSmallIntMax = 2 ** 30 - 1;

/**
 * `int(s)` when the text `e` (of `node`) is ASCII digits (MicroPython's isdigit); `other(s)`
 * otherwise. With `exactOnly`, only digits whose value a double holds exactly (below 2**53) are
 * read by int(), as Number() reads them. The text is evaluated once.
 */
export function digitsOr(ctx: TransformContext, node: ts.Node, e: py.Expr, other: (s: py.Expr) => py.Expr, exactOnly = false): py.Expr {
  // a walrus would keep a callback (`xs.map((x) => Number(x.s))`) from becoming a comprehension
  const callback = inCallback(node);
  if (!b.isSimple(e) && callback) return other(e);
  const [first, again] = bindOnce(ctx, e);
  const digits = b.method(first, "isdigit");
  if (!exactOnly) return b.ifExp(digits, b.call("int", [again]), other(again));
  // in a callback (no walrus), fewer than 16 digits; elsewhere int()'s value below a small int,
  // a comparison where len() costs a call (larger values take other(), which reads them exactly)
  if (callback) return b.ifExp(b.and(digits, b.cmp(b.call("len", [again]), "<", b.num(16))), b.call("int", [again]), other(again));
  const value = ctx.temp();
  const read: py.Expr = { kind: "NamedExpr", target: value, value: b.call("int", [again]) };
  return b.ifExp(b.and(digits, b.cmp(read, "<", b.num(boardSmallIntMax))), b.name(value), other(again));
}

/** JavaScript's String(x) of the value `e` computed by `node`. */
export function toJsString(ctx: TransformContext, node: ts.Expression, e: py.Expr, nullText = "undefined"): py.Expr {
  if (pastEndWidens(ctx, node)) return b.call(ctx.useHelper("js_str"), [e]);
  const t = ctx.checker.getTypeAtLocation(node);
  return stringOfType(ctx, node, t, e, nullText);
}

function stringOfType(ctx: TransformContext, node: ts.Expression, t: ts.Type, e: py.Expr, nullText: string): py.Expr {
  if (T.isString(t)) return e;
  // a call's value (a void function's) is still computed, for what the call does
  if (T.isNullOrUndefinedOnly(t)) return b.isSimple(e) ? b.str(T.hasNull(t) ? "null" : "undefined") : b.call(ctx.useHelper("js_str"), [e]);
  // t may be the non-null part of node's type (a Map's get() below): the facts are those of node's numbers
  if (T.isNumber(t)) return numberText(ctx, numericBits(ctx, node), e, node);
  // a Uint8Array's String() is its bytes joined with commas, as an array's
  if (T.isUint8Array(t, false)) return b.method(b.str(","), "join", [b.call("map", [b.name("str"), e])]);
  if (T.isBoolean(t)) {
    if (e.kind === "Constant" && typeof e.value === "boolean") return b.str(String(e.value));
    return b.ifExp(e, b.str("true"), b.str("false"));
  }
  if (T.isNullable(t) && !T.isAnyLike(t) && (T.isString(t, true) || T.isNumber(t, true) || T.isBoolean(t, true))) {
    const v = ctx.once(e);
    const nonNull = t.isUnion() ? ctx.checker.getNonNullableType(t) : t;
    const text = T.hasNull(t) && !T.hasUndefined(t) ? "null" : "undefined";
    return b.ifExp(b.cmp(v, "is", b.none()), b.str(text), stringOfType(ctx, node, nonNull, v, nullText));
  }
  return b.call(ctx.useHelper("js_str"), [e]);
}

/** Whether `node`'s value may be NaN: falsy in JavaScript, truthy in Python. Integers never are. */
function mayBeNaN(ctx: TransformContext, node: ts.Expression, t: ts.Type): boolean {
  const parts = t.isUnion() ? t.types : [t];
  return parts.some((p) => (p.flags & ts.TypeFlags.Number) !== 0) && !isIntExpr(ctx, node);
}

/** A Python condition with JavaScript's truthiness of `node`'s value `e`. */
export function truthy(ctx: TransformContext, node: ts.Expression, e: py.Expr): py.Expr {
  const emptiness = lengthTest(ctx, node, e);
  if (emptiness) return emptiness;
  const t = ctx.checker.getTypeAtLocation(node);
  if (T.isNullOrUndefinedOnly(t)) return b.bool(false);
  if (T.isPrimitive(t) && !T.isAnyLike(t)) {
    if (!mayBeNaN(ctx, node, t)) return e; // Python agrees on "", 0, None, False
    return b.isSimple(e) ? b.and(e, b.cmp(e, "==", e)) : b.call(ctx.useHelper("js_truthy"), [e]);
  }
  // a board buffer (bytes, bytearray) is empty when falsy, as the seeds' `if not line:` means
  if (emptyIsFalsy(ctx, t)) return e;
  // objects are always truthy in JavaScript, even an empty list or dict
  if (T.isObjectLike(t, true) && !T.isAnyLike(t)) return b.cmp(e, "is not", b.none());
  return b.call(ctx.useHelper("js_truthy"), [e]);
}

/**
 * `xs.length > 0` (`!== 0`, `>= 1`, or `xs.length` alone) of a string or array as a condition:
 * Python's truthiness of `xs` says the same without calling len() (`if code:`); `=== 0`
 * (`< 1`, `<= 0`) is `not xs`. `e` is the condition as emitted, `len(xs) > 0`.
 */
function lengthTest(ctx: TransformContext, node: ts.Expression, e: py.Expr): py.Expr | undefined {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  const lenOf = (x: py.Expr, length: ts.Expression): py.Expr | undefined => {
    while (ts.isParenthesizedExpression(length)) length = length.expression;
    if (x.kind !== "Call" || x.func.kind !== "Name" || x.func.id !== "len" || x.args.length !== 1 || x.keywords?.length) return undefined;
    if (!ts.isPropertyAccessExpression(length) || length.name.text !== "length" || length.questionDotToken) return undefined;
    const t = ctx.checker.getTypeAtLocation(length.expression);
    return T.isString(t) || T.isArray(ctx.checker, t) ? x.args[0] : undefined;
  };
  if (!ts.isBinaryExpression(node)) return lenOf(e, node);
  if (e.kind !== "Compare") return undefined;
  const zero = (x: py.Expr) => x.kind === "Constant" && x.value === 0;
  const one = (x: py.Expr) => x.kind === "Constant" && x.value === 1;
  // which side is the length, and whether the test says "not empty"
  let seq: py.Expr | undefined;
  let nonEmpty: boolean | undefined;
  if ((seq = lenOf(e.left, node.left))) {
    if (zero(e.right)) nonEmpty = e.op === ">" || e.op === "!=" ? true : e.op === "==" || e.op === "<=" ? false : undefined;
    else if (one(e.right)) nonEmpty = e.op === ">=" ? true : e.op === "<" ? false : undefined;
  } else if ((seq = lenOf(e.right, node.right)) && zero(e.left)) {
    nonEmpty = e.op === "<" || e.op === "!=" ? true : e.op === "==" || e.op === ">=" ? false : undefined;
  }
  if (!seq || nonEmpty === undefined) return undefined;
  return nonEmpty ? seq : b.not(seq);
}

/** Whether Python's own truthiness of this value equals JavaScript's (so `or`/`and` can be used as is). */
export function pythonTruthinessMatches(ctx: TransformContext, node: ts.Expression): boolean {
  const t = ctx.checker.getTypeAtLocation(node);
  return (T.isPrimitive(t) && !T.isAnyLike(t) && !mayBeNaN(ctx, node, t)) || emptyIsFalsy(ctx, t);
}

/** A board buffer (bytes, bytearray, memoryview), whose Python truthiness mpts keeps (empty is falsy, network.md); not a Uint8Array, a JavaScript object. */
function emptyIsFalsy(ctx: TransformContext, t: ts.Type): boolean {
  return T.isBoardSequence(ctx.checker, t) && !T.hasUint8Array(t);
}
