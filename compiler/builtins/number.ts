// Number conversions: parseInt, parseFloat, Number(), String(), toFixed, isNaN.
import type { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { toJsString, truthy } from "../transform/conversions.js";
import * as T from "../transform/types.js";
import { Codes, unsupported } from "../diagnostics.js";

export function numberProperty(name: string): py.Expr | undefined {
  switch (name) {
    case "MAX_SAFE_INTEGER":
      return b.num(Number.MAX_SAFE_INTEGER);
    case "MIN_SAFE_INTEGER":
      return b.num(Number.MIN_SAFE_INTEGER);
    case "EPSILON":
      return b.num(Number.EPSILON);
    case "MAX_VALUE":
      return b.num(Number.MAX_VALUE);
    case "MIN_VALUE":
      return b.num(Number.MIN_VALUE);
    case "POSITIVE_INFINITY":
      return b.num(Infinity);
    case "NEGATIVE_INFINITY":
      return b.num(-Infinity);
    case "NaN":
      return b.num(NaN);
    default:
      return undefined;
  }
}

export function numberGlobalCall(ctx: TransformContext, name: string, node: ts.CallExpression): py.Expr | undefined {
  const argNode = node.arguments[0];
  const a = () => node.arguments.map((x) => transformExpr(ctx, x));
  switch (name) {
    case "parseInt":
    case "Number.parseInt":
      return b.call(ctx.useHelper("js_parse_int"), a());
    case "parseFloat":
    case "Number.parseFloat":
      return b.call(ctx.useHelper("js_parse_float"), a());
    case "Number":
      if (!argNode) return b.num(0);
      if (T.isNumber(ctx.checker.getTypeAtLocation(argNode))) return transformExpr(ctx, argNode);
      return b.call(ctx.useHelper("js_tonum"), a());
    case "String":
      if (!argNode) return b.str("");
      return toJsString(ctx, argNode, transformExpr(ctx, argNode));
    case "Boolean":
      if (!argNode) return b.bool(false);
      return b.call("bool", [truthy(ctx, argNode, transformExpr(ctx, argNode))]);
    case "isNaN":
    case "Number.isNaN": {
      const v = ctx.once(T.isNumber(ctx.checker.getTypeAtLocation(argNode)) ? transformExpr(ctx, argNode) : b.call(ctx.useHelper("js_tonum"), a()));
      return b.cmp(v, "!=", v);
    }
    case "isFinite":
    case "Number.isFinite": {
      const v = ctx.once(transformExpr(ctx, argNode));
      return b.and(b.cmp(v, "==", v), b.cmp(b.call("abs", [v]), "!=", b.num(Infinity)));
    }
    case "Number.isInteger": {
      const v = ctx.once(transformExpr(ctx, argNode));
      return b.and(b.call("isinstance", [v, b.tuple([b.name("int"), b.name("float")])]), b.cmp(v, "==", b.call("int", [v])));
    }
    default:
      return undefined;
  }
}

export function numberMethod(ctx: TransformContext, name: string, node: ts.CallExpression, callee: ts.PropertyAccessExpression): py.Expr | undefined {
  const n = transformExpr(ctx, callee.expression);
  const a = node.arguments.map((x) => transformExpr(ctx, x));
  switch (name) {
    case "toFixed":
      return b.call(ctx.useHelper("js_to_fixed"), [n, ...a]);
    case "toString":
      if (a.length) {
        const radix = a[0];
        if (radix.kind === "Constant" && radix.value === 16) return b.method(b.str("{:x}"), "format", [b.call("int", [n])]);
        if (radix.kind === "Constant" && radix.value === 2) return b.method(b.str("{:b}"), "format", [b.call("int", [n])]);
        if (radix.kind === "Constant" && radix.value === 8) return b.method(b.str("{:o}"), "format", [b.call("int", [n])]);
        if (radix.kind === "Constant" && radix.value === 10) return toJsString(ctx, callee.expression, n);
        throw unsupported(node, Codes.unsupportedMember, "toString with this radix", "use 2, 8, 10 or 16");
      }
      return toJsString(ctx, callee.expression, n);
    case "valueOf":
      return n;
    default:
      throw unsupported(callee.name, Codes.unsupportedMember, `Number.prototype.${name}`, "use toFixed or String(n)");
  }
}
