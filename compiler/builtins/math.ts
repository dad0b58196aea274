// Math: the math module, with JavaScript's rounding (halves up) and integer results.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { argumentList } from "../transform/calls.js";
import { isIntExpr, isNonNegativeInt, isPlainRead, isPositiveInt, numericBits } from "../transform/conversions.js";
import { NEG } from "../transform/numeric-bits.js";
import { Codes, unsupported } from "../diagnostics.js";
import { bindOnce, constantNumber } from "../transform/bounds.js";

const math = (ctx: TransformContext, fn: string): py.Expr => {
  ctx.useStd("math");
  return b.attr(b.name("math"), fn);
};

// same name and meaning in Python's math module
const mathModule = new Set([
  "floor",
  "ceil",
  "trunc",
  "sqrt",
  "sin",
  "cos",
  "tan",
  "asin",
  "acos",
  "atan",
  "atan2",
  "exp",
  "log",
  "log2",
  "log10",
  "sinh",
  "cosh",
  "tanh",
  "asinh",
  "acosh",
  "atanh",
  "expm1",
]);
// integer-valued: an integer argument is its own result
const rounding = new Set(["floor", "ceil", "trunc", "round"]);

export function mathProperty(ctx: TransformContext, name: string): py.Expr | undefined {
  const constants: Record<string, number> = {
    PI: Math.PI,
    E: Math.E,
    LN2: Math.LN2,
    LN10: Math.LN10,
    LOG2E: Math.LOG2E,
    LOG10E: Math.LOG10E,
    SQRT2: Math.SQRT2,
    SQRT1_2: Math.SQRT1_2,
  };
  if (name in constants) return b.num(constants[name]);
  // a function used as a value: arr.map(Math.sqrt), xs.reduce(Math.max)
  if (mathModule.has(name)) return math(ctx, name);
  if (name === "abs" || name === "min" || name === "max") return b.name(name);
  if (name === "round") return ctx.useHelper("js_round");
  if (name === "cbrt") return ctx.useHelper("js_cbrt");
  if (name === "log1p" || name === "clz32" || name === "imul") return ctx.useHelper("js_" + name);
  return undefined;
}

/**
 * Math.floor/ceil/trunc of `a / b` with integer a and b: Python's exact integer
 * division instead of a float quotient rounded (a zero b raises either way, see
 * operators.md). trunc equals floor when the quotient cannot be negative, and is
 * the sign-symmetric floor for a positive divisor;
 * round is done on integers for a constant positive divisor.
 */
function integerQuotient(ctx: TransformContext, name: string, arg: ts.Expression): py.Expr | undefined {
  let q = arg;
  while (ts.isParenthesizedExpression(q)) q = q.expression;
  if (!ts.isBinaryExpression(q) || q.operatorToken.kind !== ts.SyntaxKind.SlashToken) return undefined;
  if (!isIntExpr(ctx, q.left) || !isIntExpr(ctx, q.right)) return undefined;
  const nonNegative = isNonNegativeInt(ctx, q.left) && isNonNegativeInt(ctx, q.right);
  if (name === "floor" || (name === "trunc" && nonNegative)) return b.bin(transformExpr(ctx, q.left), "//", transformExpr(ctx, q.right));
  // ceil(a / b) = -floor(-a / b)
  if (name === "ceil") return b.neg(b.bin(b.neg(transformExpr(ctx, q.left)), "//", transformExpr(ctx, q.right)));
  // trunc(a / b) by b > 0: floor of a >= 0, the negated floor of -a otherwise (as the inline % does)
  if (name === "trunc" && isPositiveInt(ctx, q.right)) {
    const [first, a] = bindOnce(ctx, transformExpr(ctx, q.left));
    const d = transformExpr(ctx, q.right);
    return b.ifExp(b.cmp(first, ">=", b.num(0)), b.bin(a, "//", d), b.neg(b.bin(b.neg(a), "//", d)));
  }
  // round(a / c) = floor(a / c + 1/2) = (2a + c) // 2c, for a constant c > 0
  const c = constantNumber(ctx, q.right);
  if (name === "round" && c !== undefined && Number.isSafeInteger(c) && c > 0)
    return b.bin(b.bin(b.bin(transformExpr(ctx, q.left), "*", b.num(2)), "+", b.num(c)), "//", b.num(2 * c));
  return undefined;
}

export function mathCall(ctx: TransformContext, name: string, node: ts.CallExpression): py.Expr | undefined {
  const spread = node.arguments.some(ts.isSpreadElement);
  if (spread) {
    // Math.max(a, ...xs): one list; `default` gives JavaScript's result for no values
    const all = () => argumentList(ctx, node.arguments);
    if (name === "min" || name === "max")
      return b.call(name, [all()], [{ name: "default", value: b.num(name === "min" ? Infinity : -Infinity) }]);
    if (name === "hypot") {
      const x = b.name(ctx.temp("_h"));
      return b.call(math(ctx, "sqrt"), [b.call("sum", [{ kind: "ListComp", elt: b.bin(x, "*", x), target: x, iter: all() }])]);
    }
    throw unsupported(node, Codes.unsupportedSyntax, `Spread arguments to Math.${name}`, "pass the arguments one by one");
  }
  const argNodes = node.arguments;
  if (rounding.has(name) && argNodes.length === 1 && isIntExpr(ctx, argNodes[0])) return transformExpr(ctx, argNodes[0]);
  const quotient = argNodes.length === 1 ? integerQuotient(ctx, name, argNodes[0]) : undefined;
  if (quotient) return quotient;
  // of a number that is never negative, int() truncates as floor does, without math's attribute
  // lookup (NaN and the infinities raise in both)
  if ((name === "floor" || name === "trunc" || name === "round") && argNodes.length === 1 && !(numericBits(ctx, argNodes[0]) & NEG)) {
    const x = transformExpr(ctx, argNodes[0]);
    return b.call("int", [name === "round" ? b.bin(x, "+", b.num(0.5)) : x]);
  }
  const a = argNodes.map((x) => transformExpr(ctx, x));
  if (mathModule.has(name)) return b.call(math(ctx, name), a);
  switch (name) {
    case "round":
      // halves round up in JavaScript (Python's round takes them to even)
      return b.call(math(ctx, "floor"), [b.bin(a[0], "+", b.num(0.5))]);
    case "abs":
      return b.call("abs", a);
    case "pow":
      return b.bin(a[0], "**", a[1]);
    case "min":
    case "max":
      if (a.length === 0) return b.num(name === "min" ? Infinity : -Infinity);
      return a.length === 1 ? a[0] : a.length === 2 ? minMaxOfTwo(ctx, name, a[0], a[1]) : b.call(name, a);
    case "sign": {
      const v = ctx.once(a[0]);
      return b.bin(b.cmp(v, ">", b.num(0)), "-", b.cmp(v, "<", b.num(0)));
    }
    case "random":
      ctx.useStd("random");
      return b.call(b.attr(b.name("random"), "random"));
    case "hypot":
      if (a.length === 0) return b.num(0);
      return b.call(math(ctx, "sqrt"), [a.map((x) => b.bin(x, "**", b.num(2))).reduce((x, y) => b.bin(x, "+", y))]);
    case "cbrt":
      return b.call(ctx.useHelper("js_cbrt"), a);
    // not in MicroPython's math module
    case "log1p":
      return b.call(ctx.useHelper("js_log1p"), a);
    case "clz32":
      return b.call(ctx.useHelper("js_clz32"), a);
    case "imul":
      return b.call(ctx.useHelper("js_imul"), a);
    default:
      throw unsupported(node, Codes.unsupportedMember, `Math.${name}`, "compute it with the math module functions that exist");
  }
}

/**
 * Python's min(x, y) without the call: `y if y < x else x` (max: `>`), the same value for
 * every pair, NaN included. The test reads y before x, so one of them is a constant or both
 * are plain reads (names, items of names: `st[_MIN]`); a computed one is evaluated once,
 * into a name, in the test.
 */
function minMaxOfTwo(ctx: TransformContext, name: string, x: py.Expr, y: py.Expr): py.Expr {
  const op = name === "min" ? "<" : ">";
  if (isPlainRead(x) && isPlainRead(y)) return b.ifExp(b.cmp(y, op, x), y, x);
  if (y.kind === "Constant") {
    const [first, again] = bindOnce(ctx, x);
    return b.ifExp(b.cmp(y, op, first), y, again);
  }
  if (x.kind === "Constant") {
    const [first, again] = bindOnce(ctx, y);
    return b.ifExp(b.cmp(first, op, x), again, x);
  }
  return b.call(name, [x, y]);
}
