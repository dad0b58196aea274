// `String(n).padStart(w, "0")`, `n.toString(16).padStart(w, "0")` (with or without
// toUpperCase) of a non-negative integer: one `%0<w>d` / `%0<w>x` / `%0<w>X` / `%0<w>o`
// field, as a careful person writes `"%02X" % b`. JavaScript pads a negative number
// before its sign ("00-5"), `%05d` after it ("-0005"): the two agree on every integer
// only for a width up to 2 (a negative number's text already has two characters),
// so a number that may be negative is left to the general path for a wider one.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { argumentAt, isIntExpr, isNonNegativeInt } from "../transform/conversions.js";
import { stringOf, type Field } from "../transform/string-format.js";
import { changesNothing } from "../transform/effects.js";
import { skip } from "../transform/numeric-nodes.js";

/** The number and its % conversion letter, when `text` is an integer written in base 10, 16 or 8. */
function integerText(
  ctx: TransformContext,
  text: ts.Expression,
): { value: ts.Expression; letter: string; nonNegative: boolean } | undefined {
  let e = skip(text);
  let upper = false;
  if (
    ts.isCallExpression(e) &&
    ts.isPropertyAccessExpression(e.expression) &&
    e.expression.name.text === "toUpperCase" &&
    !e.arguments.length
  ) {
    upper = true;
    e = skip(e.expression.expression);
  }
  if (!ts.isCallExpression(e)) return undefined;
  let value: ts.Expression | undefined;
  let letter = "d";
  if (ts.isIdentifier(e.expression) && e.expression.text === "String" && e.arguments.length === 1 && !upper) value = e.arguments[0];
  else if (ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === "toString") {
    const radix = e.arguments[0];
    const base = radix === undefined ? 10 : ts.isNumericLiteral(radix) ? Number(radix.text) : undefined;
    const letters: Record<number, "d" | "x" | "X" | "o"> = { 10: "d", 16: upper ? "X" : "x", 8: "o" };
    if (base === undefined || !(base in letters) || (upper && base !== 16)) return undefined;
    value = e.expression.expression;
    letter = letters[base];
  }
  if (!value || ts.isSpreadElement(value) || !isIntExpr(ctx, value)) return undefined;
  return { value, letter, nonNegative: isNonNegativeInt(ctx, value) };
}

/** `text.padStart(width, "0")` as a zero-padded % field, or undefined when it is not one. */
export function zeroPadded(
  ctx: TransformContext,
  text: ts.Expression,
  width: ts.Expression | undefined,
  fill: ts.Expression | undefined,
): py.Expr | undefined {
  if (!width || !fill || !ts.isStringLiteralLike(fill) || fill.text !== "0") return undefined;
  const digits = integerText(ctx, text);
  if (!digits) return undefined;
  const w = skip(argumentAt(ctx, width));
  if (ts.isNumericLiteral(w) && Number.isInteger(Number(w.text)) && (digits.nonNegative || Number(w.text) <= 2)) {
    // a field a template around it takes in: `${h}:${m}` of two is "%02d:%02d" % (h, m)
    const field = `%0${Number(w.text)}${digits.letter}` as Field;
    return stringOf([{ field, value: transformExpr(ctx, digits.value) }]);
  }
  // a width below 0 would left-justify in Python: only one known not negative
  if (!digits.nonNegative || !isNonNegativeInt(ctx, width)) return undefined;
  // the tuple reads the width before the number: only when neither reading can change anything
  const [pre, parts] = ctx.capture(() => [transformExpr(ctx, digits.value), transformExpr(ctx, width)]);
  if (pre.length || !parts.every(changesNothing)) return undefined;
  return b.bin(b.str(`%0*${digits.letter}`), "%", b.tuple([parts[1], parts[0]]));
}
