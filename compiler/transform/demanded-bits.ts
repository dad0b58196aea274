// Demanded bits: how many low bits of a value the code that consumes it can see.
// JavaScript's bitwise operators work on the low 32 bits of their operands and give
// signed 32-bit results; Python's integers never wrap, so the emitted code wraps
// them (js_i32, js_shl, `& 0xFFFFFFFF`). The low bits of Python's & | ^ << and of
// >> by s (bits s and up of the operand) are those of the 32-bit operations, so
// where a mask `& m` (m in 0..2**31-1) takes at most 32 of them in the end, as in
// `(seed >> 16) & 0x7fff` or `(crc << 1) & 0xffff`, no wrap is needed on the way.
import { ts } from "../typescript.js";
import type { TransformContext } from "./context.js";
import { isNonNegativeInt32, numericBits } from "./conversions.js";
import { widthOf } from "./numeric.js";
import { skipCasts } from "./parens.js";

const K = ts.SyntaxKind;

/** A shift count that is an integer literal, as JavaScript uses it (its low five bits). */
function literalCount(node: ts.Expression): number | undefined {
  const n = skipCasts(node);
  return ts.isNumericLiteral(n) && Number.isInteger(Number(n.text)) ? Number(n.text) & 31 : undefined;
}

/** Bits of a mask that is a non-negative 32-bit integer: a literal's length, else its known width (31 at most). */
function maskWidth(ctx: TransformContext, node: ts.Expression): number | undefined {
  const n = skipCasts(node);
  if (ts.isNumericLiteral(n)) {
    const m = Number(n.text);
    return Number.isInteger(m) && m >= 0 && m <= 0x7fffffff ? m.toString(2).replace(/^0$/, "").length : undefined;
  }
  return isNonNegativeInt32(ctx, node) ? Math.min(31, widthOf(numericBits(ctx, node))) : undefined;
}

/**
 * How many low bits of `node`'s value its consumers see: through & | ^ and shifts by a
 * literal up to a mask in 0..2**31-1 (`>> s` sees s more bits of its operand, `<< s` s
 * fewer). Infinity when the value is used otherwise (stored, compared, printed).
 */
export function demandedBits(ctx: TransformContext, node: ts.Expression): number {
  let inner: ts.Node = node;
  let parent = node.parent;
  // up through what skipCasts looks through
  while (
    ts.isParenthesizedExpression(parent) ||
    ts.isNonNullExpression(parent) ||
    ts.isAsExpression(parent) ||
    ts.isSatisfiesExpression(parent)
  ) {
    inner = parent;
    parent = parent.parent;
  }
  if (!ts.isBinaryExpression(parent)) return Infinity;
  const isLeft = parent.left === inner;
  switch (parent.operatorToken.kind) {
    case K.AmpersandToken: {
      const width = maskWidth(ctx, isLeft ? parent.right : parent.left);
      const above = demandedBits(ctx, parent);
      return width === undefined ? above : Math.min(width, above);
    }
    case K.BarToken:
    case K.CaretToken:
      return demandedBits(ctx, parent);
    case K.GreaterThanGreaterThanToken:
    case K.GreaterThanGreaterThanGreaterThanToken: {
      const s = isLeft ? literalCount(parent.right) : undefined;
      return s === undefined ? Infinity : demandedBits(ctx, parent) + s;
    }
    case K.LessThanLessThanToken: {
      const s = isLeft ? literalCount(parent.right) : undefined;
      return s === undefined ? Infinity : Math.max(0, demandedBits(ctx, parent) - s);
    }
    default:
      return Infinity;
  }
}

/** Whether only the low 32 bits of `node`'s value are ever seen: its 32-bit wrapping can go. */
export function onlyLow32Seen(ctx: TransformContext, node: ts.Expression): boolean {
  return demandedBits(ctx, node) <= 32;
}
