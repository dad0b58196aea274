// typeof and instanceof. `typeof x === "string"` becomes an isinstance check;
// a bare typeof goes through a runtime helper.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { isFromLib } from "./types.js";
import { errorInstanceCheck } from "../builtins/errors.js";

export function transformTypeof(ctx: TransformContext, node: ts.TypeOfExpression): py.Expr {
  return b.call(ctx.useHelper("js_typeof"), [transformExpr(ctx, node.expression)]);
}

function typeCheck(ctx: TransformContext, value: py.Expr, typeName: string): py.Expr | undefined {
  switch (typeName) {
    case "string":
      return b.call("isinstance", [value, b.name("str")]);
    case "number":
      // bool is an int subclass in Python; JavaScript booleans are not numbers
      return b.and(
        b.call("isinstance", [value, b.tuple([b.name("int"), b.name("float")])]),
        b.not(b.call("isinstance", [value, b.name("bool")])),
      );
    case "boolean":
      return b.call("isinstance", [value, b.name("bool")]);
    case "undefined":
      return b.cmp(value, "is", b.none());
    case "function":
      return b.call("callable", [value]);
    case "object":
      return b.cmp(b.call(ctx.useHelper("js_typeof"), [value]), "==", b.str("object"));
    case "symbol":
      // symbols are instances of the runtime class JsSymbol, present only when the program makes some
      return b.cmp(b.attr(b.call("type", [value]), "__name__"), "==", b.str("JsSymbol"));
    default:
      return undefined;
  }
}

export function transformTypeofComparison(ctx: TransformContext, node: ts.BinaryExpression, negate: boolean): py.Expr | undefined {
  const [typeofNode, other] = ts.isTypeOfExpression(node.left)
    ? [node.left, node.right]
    : ts.isTypeOfExpression(node.right)
      ? [node.right, node.left]
      : [];
  if (!typeofNode || !other || !ts.isStringLiteralLike(other)) return undefined;
  const value = ctx.once(transformExpr(ctx, typeofNode.expression));
  const check = typeCheck(ctx, value, other.text);
  if (!check) return b.bool(negate);
  return negate ? b.not(check) : check;
}

const builtinClasses: Record<string, string> = {
  Array: "list",
  Map: "dict",
  Set: "dict",
  String: "str",
  Number: "float",
  Object: "object",
  Function: "callable",
};

export function transformInstanceof(ctx: TransformContext, node: ts.BinaryExpression): py.Expr {
  const value = transformExpr(ctx, node.left);
  const right = node.right;
  const sym = ts.isIdentifier(right) ? ctx.checker.getSymbolAtLocation(right) : undefined;
  const decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
  if (ts.isIdentifier(right) && isFromLib(decl)) {
    if (/Error$/.test(right.text)) return errorInstanceCheck(ctx, right.text, value, right);
    const py = builtinClasses[right.text];
    if (py === "callable") return b.call("callable", [value]);
    if (py) return b.call("isinstance", [value, b.name(py)]);
  }
  return b.call("isinstance", [value, transformExpr(ctx, right)]);
}
