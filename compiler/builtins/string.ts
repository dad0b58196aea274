// String methods. Python's str has most of them under other names; where
// JavaScript clamps or returns -1 the emitted form does the same.
import type { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { isNonNegativeInt, toJsString } from "../transform/conversions.js";
import { Codes, unsupported } from "../diagnostics.js";
import { ts as tsm } from "ts-morph";

function isRegexArg(node: ts.Expression | undefined): boolean {
  return !!node && tsm.isRegularExpressionLiteral(node);
}

export function stringMethod(ctx: TransformContext, name: string, node: ts.CallExpression, callee: ts.PropertyAccessExpression): py.Expr | undefined {
  if (node.arguments.some(isRegexArg)) {
    throw unsupported(node.arguments.find(isRegexArg)!, Codes.regex, "A regular expression", "pass a plain string");
  }
  const s = () => transformExpr(ctx, callee.expression);
  const argNodes = node.arguments;
  const a = () => argNodes.map((x) => transformExpr(ctx, x));
  switch (name) {
    case "slice": {
      const [recv, [start, end]] = [s(), a()];
      return b.sub(recv, b.slice(start, end));
    }
    case "substring":
    case "substr": {
      const recv = s();
      const args = a();
      if (name === "substr") {
        const st = ctx.once(args[0] ?? b.num(0));
        return b.sub(recv, b.slice(st, args[1] ? b.bin(st, "+", args[1]) : undefined));
      }
      // substring clamps negative indices to 0 and swaps reversed bounds; slicing matches when bounds are >= 0 and ordered
      const safe = argNodes.every((x) => isNonNegativeInt(ctx, x)) && (argNodes.length < 2 || isOrdered(argNodes[0], argNodes[1]));
      if (safe) return b.sub(recv, b.slice(args[0], args[1]));
      return b.call(ctx.useHelper("js_substring"), [recv, ...args]);
    }
    case "indexOf":
      return b.method(s(), "find", a());
    case "lastIndexOf":
      return b.method(s(), "rfind", a());
    case "includes": {
      const recv = s();
      const args = a();
      if (args.length > 1) return b.cmp(b.method(recv, "find", args), ">=", b.num(0));
      return b.cmp(args[0], "in", recv);
    }
    case "startsWith":
      return b.method(s(), "startswith", a());
    case "endsWith": {
      const recv = s();
      const args = a();
      if (args.length > 1) return b.method(b.sub(recv, b.slice(undefined, args[1])), "endswith", [args[0]]);
      return b.method(recv, "endswith", args);
    }
    case "split": {
      const recv = s();
      const args = a();
      if (args.length === 0) return b.list([recv]);
      if (args.length === 1 && args[0].kind === "Constant" && args[0].value === "") return b.call("list", [recv]);
      if (args.length === 1 && args[0].kind === "Constant" && typeof args[0].value === "string") return b.method(recv, "split", args);
      return b.call(ctx.useHelper("js_split"), [recv, ...args]);
    }
    case "trim":
      return b.method(s(), "strip");
    case "trimStart":
    case "trimLeft":
      return b.method(s(), "lstrip");
    case "trimEnd":
    case "trimRight":
      return b.method(s(), "rstrip");
    case "toUpperCase":
    case "toLocaleUpperCase":
      return b.method(s(), "upper");
    case "toLowerCase":
    case "toLocaleLowerCase":
      return b.method(s(), "lower");
    case "replace": {
      const [recv, args] = [s(), a()];
      if (tsm.isFunctionLike(argNodes[1])) throw unsupported(argNodes[1], Codes.unsupportedSyntax, "A replacer function", "find the match with indexOf and build the string");
      return b.method(recv, "replace", [args[0], args[1], b.num(1)]);
    }
    case "replaceAll":
      return b.method(s(), "replace", a());
    case "padStart":
    case "padEnd": {
      const recv = s();
      const args = a();
      return b.call(ctx.useHelper("js_pad"), [recv, args[0], args[1] ?? b.str(" "), b.bool(name === "padStart")]);
    }
    case "repeat":
      return b.bin(s(), "*", a()[0]);
    case "charAt": {
      const recv = s();
      const i = ctx.once(a()[0] ?? b.num(0));
      // out of range gives "" as in JavaScript
      return b.sub(recv, b.slice(i, b.bin(i, "+", b.num(1))));
    }
    case "charCodeAt":
    case "codePointAt":
      return b.call("ord", [b.sub(s(), a()[0] ?? b.num(0))]);
    case "at":
      return b.sub(s(), a()[0]);
    case "concat":
      return argNodes.reduce<py.Expr>((acc, x) => b.bin(acc, "+", toJsString(ctx, x, transformExpr(ctx, x))), s());
    case "toString":
    case "valueOf":
      return s();
    case "localeCompare": {
      const x = ctx.once(s());
      const y = ctx.once(a()[0]);
      return b.bin(b.cmp(x, ">", y), "-", b.cmp(x, "<", y));
    }
    default:
      throw unsupported(callee.name, Codes.unsupportedMember, `String.prototype.${name}`, "use the string methods listed in the README");
  }
}

function isOrdered(a: ts.Expression, b2: ts.Expression): boolean {
  if (tsm.isNumericLiteral(a) && tsm.isNumericLiteral(b2)) return Number(a.text) <= Number(b2.text);
  if (tsm.isNumericLiteral(a) && Number(a.text) === 0) return true;
  return false;
}
