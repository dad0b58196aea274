// Demanded bits: how many low bits of a value the code that consumes it can see.
// JavaScript's bitwise operators work on the low 32 bits of their operands and give
// signed 32-bit results; Python's integers never wrap, so the emitted code wraps
// them (js_i32, js_shl, `& 0xFFFFFFFF`). The low bits of Python's & | ^ << and of
// >> by s (bits s and up of the operand) are those of the 32-bit operations, so
// where a mask `& m` (m in 0..2**31-1) takes at most 32 of them in the end, as in
// `(seed >> 16) & 0x7fff` or `(crc << 1) & 0xffff`, no wrap is needed on the way.
import { ts } from "../typescript.js";
import type { TransformContext } from "./context.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import { isNonNegativeInt32, numericBits } from "./conversions.js";
import { widthOf } from "./numeric.js";
import { shiftBound } from "./numeric-bits.js";
import { skipCasts } from "./parens.js";
import * as T from "./types.js";
import { blockLet } from "./block-lets.js";
import { isAssignmentLeft, isWrite } from "./writes.js";

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
    case K.EqualsToken:
      return isLeft ? Infinity : storedDemand(ctx, parent);
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
      // by a count of known range (a bit reader's `value >> bits`), as many more bits as the largest count
      const s = isLeft ? (literalCount(parent.right) ?? largestCount(ctx, parent.right)) : undefined;
      return s === undefined ? Infinity : demandedBits(ctx, parent) + s;
    }
    case K.LessThanLessThanToken: {
      // any count shifts by 0 to 31 (its low five bits): the operand's bits above the result's go
      if (!isLeft) return Infinity;
      return Math.max(0, demandedBits(ctx, parent) - (literalCount(parent.right) ?? 0));
    }
    default:
      return Infinity;
  }
}

/** The largest shift count `node` can be when the numeric analysis knows it is an integer in 0..31. */
function largestCount(ctx: TransformContext, node: ts.Expression): number | undefined {
  return T.isNumber(ctx.checker.getTypeAtLocation(node)) ? shiftBound(numericBits(ctx, node)) : undefined;
}

/**
 * The variable a statement `x = value` stores into, when it is a block's `let` number
 * (block-lets.ts) whose every write is such a statement (or its declaration).
 */
function storedVariable(ctx: TransformContext, assignment: ts.BinaryExpression): ts.VariableDeclaration | undefined {
  let e: ts.Node = assignment;
  while (ts.isParenthesizedExpression(e.parent)) e = e.parent;
  // not a compound assignment, whose own read of x is not counted among the reads
  if (assignment.operatorToken.kind !== K.EqualsToken || !ts.isExpressionStatement(e.parent) || !ts.isIdentifier(assignment.left))
    return undefined;
  const decl = ctx.checker.getSymbolAtLocation(assignment.left)?.valueDeclaration;
  return decl && ts.isVariableDeclaration(decl) && T.isNumber(ctx.checker.getTypeAtLocation(decl)) ? decl : undefined;
}

/** How many low bits of the variable `x = value` stores into its readers see (Infinity when any sees more). */
function storedDemand(ctx: TransformContext, assignment: ts.BinaryExpression): number {
  const decl = storedVariable(ctx, assignment);
  return decl ? variableDemand(ctx, decl) : Infinity;
}

// variables whose demand is being found, with the bits assumed of each meanwhile
const assumed = new Map<ts.Node, number>();

/**
 * How many low bits of the block's let `decl` its reads see: the most any read's
 * consumers see, where a read stored back into the variable (`value = (value << 6) | v`)
 * sees what the variable's reads see, found by repeating from 0 until it stops growing.
 * Up to 31, every value stored into the variable can be masked to that many bits
 * (maskedStore): the loop-carried value stays a small int, where JavaScript wraps it
 * at 32 bits and Python's would grow without end.
 */
export function variableDemand(ctx: TransformContext, decl: ts.VariableDeclaration): number {
  const known = ctx.program.variableDemands.get(decl);
  if (known !== undefined) return known;
  if (assumed.has(decl)) return assumed.get(decl)!;
  // another variable's reads depending on this one would be found from an assumption: not followed
  if (assumed.size) return Infinity;
  const whole = blockLet(ctx.checker, decl);
  const references = whole ? [...whole.references] : [];
  const reads = references.filter((r) => !isWrite(r));
  let demand = Infinity;
  // a variable never read is left alone (no reader to say how many bits its stores keep)
  if (
    reads.length &&
    references.every((r) => !isWrite(r) || (isAssignmentLeft(r) && storedVariable(ctx, r.parent as ts.BinaryExpression)))
  ) {
    demand = 0;
    try {
      for (;;) {
        assumed.set(decl, demand);
        const next = Math.max(0, ...reads.map((r) => demandedBits(ctx, r)));
        if (next <= demand) break;
        demand = next > 31 ? Infinity : next;
        if (demand === Infinity) break;
      }
    } finally {
      assumed.delete(decl);
    }
  }
  ctx.program.variableDemands.set(decl, demand);
  return demand;
}

// the operators whose unwrapped result can grow past 32 bits (`<<`) or carry such a value on
const bitwise: ReadonlySet<ts.SyntaxKind> = new Set([
  K.LessThanLessThanToken,
  K.GreaterThanGreaterThanToken,
  K.GreaterThanGreaterThanGreaterThanToken,
  K.AmpersandToken,
  K.BarToken,
  K.CaretToken,
]);

/**
 * `value` stored by the statement `x = ...` (`assignment`), masked to the bits x's readers
 * see when that is fewer than 32 (variableDemand); a literal already within them is kept.
 * Only a bitwise value can grow where its wrap was left out: any other is stored as it is,
 * and the plain assignments of a program do not each look for their variable's readers.
 */
export function maskedStore(ctx: TransformContext, assignment: ts.BinaryExpression, value: py.Expr): py.Expr {
  const right = skipCasts(assignment.right);
  if (!ts.isBinaryExpression(right) || !bitwise.has(right.operatorToken.kind)) return value;
  const decl = storedVariable(ctx, assignment);
  const demand = decl ? variableDemand(ctx, decl) : Infinity;
  if (demand === Infinity) return value;
  const mask = 2 ** demand - 1;
  if (value.kind === "Constant" && typeof value.value === "number" && Number.isInteger(value.value))
    return b.num(value.value >= 0 && value.value <= mask ? value.value : Number(BigInt(value.value) & BigInt(mask)));
  return b.bin(value, "&", b.num(mask));
}

/** Whether only the low 32 bits of `node`'s value are ever seen: its 32-bit wrapping can go. */
export function onlyLow32Seen(ctx: TransformContext, node: ts.Expression): boolean {
  return demandedBits(ctx, node) <= 32;
}
