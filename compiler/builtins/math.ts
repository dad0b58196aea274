// Math: the math module, with JavaScript's rounding (halves up) and integer results.
import type { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { spreadToList } from "../transform/literals.js";
import { Codes, unsupported } from "../diagnostics.js";
import { ts as tsm } from "ts-morph";

const math = (ctx: TransformContext, fn: string, args: py.Expr[]): py.Expr => {
  ctx.useStd("math");
  return b.call(b.attr(b.name("math"), fn), args);
};

export function mathProperty(name: string): py.Expr | undefined {
  const constants: Record<string, number> = {
    PI: Math.PI, E: Math.E, LN2: Math.LN2, LN10: Math.LN10, LOG2E: Math.LOG2E, LOG10E: Math.LOG10E, SQRT2: Math.SQRT2, SQRT1_2: Math.SQRT1_2,
  };
  return name in constants ? b.num(constants[name]) : undefined;
}

export function mathCall(ctx: TransformContext, name: string, node: ts.CallExpression): py.Expr | undefined {
  const spread = node.arguments.length === 1 && tsm.isSpreadElement(node.arguments[0]);
  const a = spread ? [] : node.arguments.map((x) => transformExpr(ctx, x));
  switch (name) {
    case "floor":
    case "ceil":
    case "sqrt":
    case "sin":
    case "cos":
    case "tan":
    case "asin":
    case "acos":
    case "atan":
    case "atan2":
    case "exp":
    case "log":
    case "log2":
    case "log10":
    case "trunc":
      return math(ctx, name, a);
    case "round":
      // halves round up in JavaScript (Python rounds them to even)
      return math(ctx, "floor", [b.bin(a[0], "+", b.num(0.5))]);
    case "abs":
      return b.call("abs", a);
    case "pow":
      return b.bin(a[0], "**", a[1]);
    case "min":
    case "max": {
      if (spread) {
        const arg = (node.arguments[0] as ts.SpreadElement).expression;
        return b.call(name, [spreadToList(ctx, arg, transformExpr(ctx, arg), false)]);
      }
      if (a.length === 0) return b.num(name === "min" ? Infinity : -Infinity);
      return a.length === 1 ? a[0] : b.call(name, a);
    }
    case "sign": {
      const v = ctx.once(a[0]);
      return b.bin(b.cmp(v, ">", b.num(0)), "-", b.cmp(v, "<", b.num(0)));
    }
    case "random":
      ctx.useStd("random");
      return b.call(b.attr(b.name("random"), "random"));
    case "hypot":
      return math(ctx, "sqrt", [a.map((x) => b.bin(x, "**", b.num(2))).reduce((x, y) => b.bin(x, "+", y))]);
    case "cbrt":
      return b.bin(a[0], "**", b.bin(b.num(1), "/", b.num(3)));
    default:
      throw unsupported(node, Codes.unsupportedMember, `Math.${name}`, "compute it with the math module functions that exist");
  }
}
