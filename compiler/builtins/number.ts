// Number conversions: parseInt, parseFloat, Number(), String(), toFixed,
// toString(radix), isNaN and the Number.is* predicates.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { digitsOr, isIntExpr, numericBits, toJsNumber, toJsString, truthy } from "../transform/conversions.js";
import * as T from "../transform/types.js";
import { radixString, stringOf } from "../transform/string-format.js";
import { fixesAsShortDecimal, fixesWithPercentF } from "../transform/numeric-decimals.js";
import { isBoundedFinite, neverMinusZero } from "../transform/numeric-bits.js";
import { bindOnce, inCallback } from "../transform/bounds.js";
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

const isNumberNode = (ctx: TransformContext, node: ts.Expression) => {
  const t = ctx.checker.getTypeAtLocation(node);
  return T.isNumber(t) && !T.isAnyLike(t);
};

/** `isinstance(v, (int, float))`: whether a value of unknown type is a number. */
const isNumberValue = (v: py.Expr) => b.call("isinstance", [v, b.tuple([b.name("int"), b.name("float")])]);

/** Inside a function given as an argument, which mpts may write as a comprehension. */
export function numberGlobalCall(ctx: TransformContext, name: string, node: ts.CallExpression): py.Expr | undefined {
  const argNode = node.arguments[0];
  if (argNode && ts.isSpreadElement(argNode)) return undefined;
  const a = () => node.arguments.map((x) => transformExpr(ctx, x));
  const arg = () => transformExpr(ctx, argNode);
  const toNumber = () => (isNumberNode(ctx, argNode) ? arg() : toJsNumber(ctx, argNode, arg()));
  switch (name) {
    case "parseInt":
    case "Number.parseInt": {
      const radix = node.arguments[1];
      if (
        argNode &&
        T.isString(ctx.checker.getTypeAtLocation(argNode)) &&
        (!radix || (ts.isNumericLiteral(radix) && radix.text === "10"))
      ) {
        // a string of ASCII digits is read by int() exactly as parseInt reads it, without a
        // call; only other strings go through the helper
        const rest = radix ? [b.num(10)] : [];
        return digitsOr(ctx, node, arg(), (s) => b.call(ctx.useHelper("js_parse_int"), [s, ...rest]));
      }
      if (argNode && T.isString(ctx.checker.getTypeAtLocation(argNode)) && radix && ts.isNumericLiteral(radix) && radix.text === "16")
        return b.call(ctx.useHelper("js_parse_hex"), [arg()]);
      return b.call(ctx.useHelper("js_parse_int"), a());
    }
    case "parseFloat":
    case "Number.parseFloat":
      return b.call(ctx.useHelper("js_parse_float"), a());
    case "Number": {
      if (!argNode) return b.num(0);
      const t = ctx.checker.getTypeAtLocation(argNode);
      if (T.isNullOrUndefinedOnly(t) && (argNode.kind === ts.SyntaxKind.NullKeyword || ts.isIdentifier(argNode)))
        return b.num(T.hasNull(t) ? 0 : NaN);
      if (T.isBoolean(t)) return b.call("int", [arg()]);
      return toNumber();
    }
    case "String":
      if (!argNode) return b.str("");
      return toJsString(ctx, argNode, arg());
    case "Boolean":
      if (!argNode) return b.bool(false);
      return b.call("bool", [truthy(ctx, argNode, arg())]);
    case "isNaN": {
      // the global coerces its argument; NaN is the one value unequal to itself
      const v = ctx.once(toNumber());
      return b.cmp(v, "!=", v);
    }
    case "Number.isNaN": {
      const v = ctx.once(arg());
      if (isNumberNode(ctx, argNode)) return b.cmp(v, "!=", v);
      return b.and(b.call("isinstance", [v, b.name("float")]), b.cmp(v, "!=", v));
    }
    case "isFinite":
    case "Number.isFinite": {
      const number = isNumberNode(ctx, argNode);
      const v = ctx.once(name === "isFinite" ? toNumber() : arg());
      // inf - inf and nan - nan are nan, which is unequal to itself
      const finite = b.cmp(b.bin(v, "-", v), "==", b.num(0));
      return number || name === "isFinite" ? finite : b.and(isNumberValue(v), finite);
    }
    case "Number.isInteger":
    case "Number.isSafeInteger": {
      const number = isNumberNode(ctx, argNode);
      const v = ctx.once(arg());
      // inf % 1 and nan % 1 are nan
      let test: py.Expr = b.cmp(b.bin(v, "%", b.num(1)), "==", b.num(0));
      if (name === "Number.isSafeInteger") test = b.and(test, b.cmp(b.call("abs", [v]), "<=", b.num(Number.MAX_SAFE_INTEGER)));
      return number ? test : b.and(isNumberValue(v), test);
    }
    default:
      return undefined;
  }
}

function isUndefinedLiteral(e: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return (ts.isIdentifier(e) && e.text === "undefined") || ts.isVoidExpression(e);
}

export function numberMethod(
  ctx: TransformContext,
  name: string,
  node: ts.CallExpression,
  callee: ts.PropertyAccessExpression,
): py.Expr | undefined {
  const recv = callee.expression;
  const n = transformExpr(ctx, recv);
  // an explicit undefined is no argument (toFixed(undefined) is toFixed())
  const argNode = node.arguments[0] && !isUndefinedLiteral(node.arguments[0]) ? node.arguments[0] : undefined;
  if (node.arguments[0] && !argNode) {
    const skipped = transformExpr(ctx, node.arguments[0]);
    if (!b.isSimple(skipped)) ctx.addPreceding(b.exprStmt(skipped));
  }
  const isInt = isIntExpr(ctx, recv);
  switch (name) {
    case "toFixed": {
      let digits = argNode ? transformExpr(ctx, argNode) : b.num(0);
      // js_to_fixed takes an int: JavaScript reads undefined as 0 and drops a fraction
      if (digits.kind === "Constant" && typeof digits.value === "number") digits = b.num(Math.trunc(digits.value) || 0);
      else if (argNode && !isIntExpr(ctx, argNode)) digits = b.call("int", [b.or(digits, b.num(0))]);
      if (isInt && digits.kind === "Constant" && typeof digits.value === "number") {
        // an integer needs only zeros after the point
        return digits.value >= 1 ? b.bin(b.call("str", [n]), "+", b.str("." + "0".repeat(digits.value))) : b.call("str", [n]);
      }
      // the numeric analysis's facts of the receiver, when it is a number
      const facts = T.isNumber(ctx.checker.getTypeAtLocation(recv)) ? numericBits(ctx, recv) : undefined;
      // a short decimal with no more digits than asked for (numeric-decimals.ts)
      const d = digits.kind === "Constant" && typeof digits.value === "number" && Number.isInteger(digits.value) ? digits.value : -1;
      if (d > 0 && facts !== undefined && fixesAsShortDecimal(facts, d)) return stringOf([{ field: `%.${d}f`, value: n }]);
      // a finite number of known size, rounded by MicroPython's %f as toFixed rounds it
      const percentF = facts !== undefined ? fixesWithPercentF(facts, d) : undefined;
      if (percentF) return stringOf([{ field: `%.${d}f`, value: percentF === "exact" ? n : b.bin(n, "+", floatConstant(0)) }]);
      // a finite number of known magnitude (below 2**62, so 1e21) needs no NaN or String() past 1e21
      const bounded = facts !== undefined && isBoundedFinite(facts);
      // any other number, where the code may run more than once: js_to_fixed's own first test in place
      // (NaN fails it), the call only for what %f does not round as toFixed does
      if (!bounded && facts !== undefined && d >= 0 && d <= 4 && mayRunOften(node) && (b.isSimple(n) || !inCallback(node))) {
        const [first, again] = bindOnce(ctx, n);
        const shown = neverMinusZero(facts) ? again : b.bin(again, "+", floatConstant(0));
        const small = b.and(b.cmp(floatConstant(-1e12), "<", first), b.cmp(again, "<", floatConstant(1e12)));
        return b.ifExp(small, b.bin(b.str(`%.${d}f`), "%", shown), b.call(ctx.useHelper("js_to_fixed"), [again, digits]));
      }
      // a count not known when compiling may well be 0 to 4, which %f does (js_fixed_digits)
      const helper = !bounded ? "js_to_fixed" : d < 0 ? "js_fixed_digits" : "js_fixed";
      // js_fixed is their rare path (mpts_rt_slow.py) unless every call with these digits takes it
      if (d > 4) ctx.reachHelper("js_fixed");
      return b.call(ctx.useHelper(helper), [n, digits]);
    }
    case "toString": {
      const radix = argNode ? transformExpr(ctx, argNode) : undefined;
      if (!radix || (radix.kind === "Constant" && radix.value === 10)) return toJsString(ctx, recv, n);
      const whole = isInt ? n : b.call("int", [n]);
      if (radix.kind === "Constant" && typeof radix.value === "number") {
        // %x and %o as part of the string around them (string-format.ts); MicroPython's % has no binary
        const formatted = radixString(whole, radix.value);
        if (formatted) return formatted;
        if (radix.value === 2) return b.method(b.str("{:b}"), "format", [whole]);
      }
      return b.call(ctx.useHelper("js_radix"), [whole, radix]);
    }
    case "valueOf":
      return n;
    default:
      throw unsupported(callee.name, Codes.unsupportedMember, `Number.prototype.${name}`, "use toFixed or String(n)");
  }
}

/** A number written as a float literal (0.0, 1e12): Python keeps it a float where an int would not be. */
const floatConstant = (v: number): py.Expr => ({ kind: "Constant", value: v, float: true });

/** Whether the code at `node` may run more than once: in a function's body or a loop, not the module's run-once code. */
function mayRunOften(node: ts.Node): boolean {
  for (let p = node.parent, child: ts.Node = node; p; child = p, p = p.parent) {
    // a function's body, or a field's initializer, which runs at each `new`
    if (ts.isFunctionLike(p) || (ts.isPropertyDeclaration(p) && !(ts.getCombinedModifierFlags(p) & ts.ModifierFlags.Static))) return true;
    if (ts.isIterationStatement(p, false) && child !== (p as ts.ForStatement).initializer) return true;
  }
  return false;
}
