// The numeric analysis's lattice: a number's facts packed in one integer (may be
// a fraction or NaN; which signs; how many magnitude bits an integer needs) and
// how JavaScript's operators combine them. Pure functions over those integers.
import { ts } from "../typescript.js";

/** may be a fraction, NaN, an infinity or -0 */
export const NONINT = 1;
export const NEG = 2;
export const ZERO = 4;
export const POS = 8;
/** with NEG: every negative value is -1 (an indexOf result), so adding a positive integer gives one >= 0 */
export const M1 = 16;
/**
 * Bits 5..7 of a value that may be a fraction (NONINT): 0, or 1 + f when the value is
 * finite, never -0, and a decimal with at most f digits after the point (numeric-decimals.ts);
 * with ROUNDED, the double nearest that decimal rather than the decimal itself.
 */
export const DEC = 5;
export const DEC_MASK = 7 << DEC;
export const ROUNDED = 1 << 8;
// bits 10..15: how many bits the magnitude needs, |x| < 2**bits (63: unknown). Of an integer,
// for 32-bit operators; of a value that may be a fraction, also that it is finite (not NaN)
export const W = 10;
export const WMAX = 63;
/**
 * Of a value that may be a fraction (NONINT): it is never the float -0.0, which Python's
 * "%f" prints with its sign where toFixed does not. An integer is never -0.0 (a Python int
 * has no sign of zero), nor is a short decimal (DEC); see neverMinusZero.
 */
export const NZ = 1 << 9;
/** With NONINT: the value is an integer or NaN, never another fraction (parseInt's result). */
export const NANINT = 1 << 16;
/**
 * With NONINT: the value is an integer (a Python int), Infinity or -Infinity, never NaN nor
 * another fraction: Math.min or Math.max of a spread of integers, which may be empty.
 */
export const INFINT = 1 << 17;
/** An integer, or a fraction said INFINT. */
const intOrInfinite = (a: number): boolean => !(a & NONINT) || !!(a & INFINT);
export const SIGNS = 15;
export const TOP = SIGNS | (WMAX << W);
export const INT = NEG | ZERO | POS | (WMAX << W);
export const UINT = ZERO | POS | (WMAX << W);
/** Whether the value is never the float -0.0: an integer (or NaN), a short decimal, or a fraction said NZ. */
export const neverMinusZero = (a: number): boolean => !(a & NONINT) || !!(a & (NZ | DEC_MASK | NANINT | INFINT));
/** An integer or NaN: an integer, or a fraction said NANINT. */
export const intOrNaN = (a: number): boolean => !(a & NONINT) || !!(a & NANINT);
/** `r` with NANINT when it may be a fraction and both sides were integers or NaN (+, -, *, %, a join). */
const withNaNInt = (r: number, a: number, b: number): number => (r & NONINT && intOrNaN(a) && intOrNaN(b) ? r | NANINT : r & ~NANINT);

/** `r` with NZ when it may be a fraction and `never` holds. */
const withNZ = (r: number, never: boolean): number => (r & NONINT && never ? r | NZ : r & ~NZ);

/** An integer's magnitude bits (WMAX when unknown or not an integer). */
export const widthOf = (a: number): number => (a & NONINT ? WMAX : a >> W);
/** Magnitude bits of any value, integer or not: below WMAX, the value is finite and |x| < 2**bits. */
export const magnitudeOf = (a: number): number => a >> W;
/** A finite number below 2**62 in magnitude (its magnitude bits are known): toFixed needs no String() past 1e21. */
export const isBoundedFinite = (a: number): boolean => magnitudeOf(a) < WMAX;
export const withWidth = (signs: number, width: number): number => (signs & SIGNS) | (Math.min(Math.max(width, 0), WMAX) << W);
/** A signed 32-bit integer (magnitude below 2**31): bitwise operators need no wrapping. */
export const isInt32Bits = (a: number): boolean => !(a & NONINT) && a >> W <= 31;
export const INT32 = withWidth(NEG | ZERO | POS, 32);

const K = ts.SyntaxKind;

/** Whether every negative value of `a` is -1 (said by M1, or by a magnitude of at most 1). */
export const onlyMinusOne = (a: number): boolean => !(a & NONINT) && (!!(a & M1) || a >> W <= 1);

/** The decimal facts two values share: the larger digit count, rounded if either is. */
function joinDecimals(a: number, b: number): number {
  const [da, db] = [a & NONINT ? a & DEC_MASK : 1 << DEC, b & NONINT ? b & DEC_MASK : 1 << DEC];
  if (!da || !db) return 0;
  return Math.max(da, db) | ((a | b) & ROUNDED);
}

export function join(a: number, b: number): number {
  if (!a) return b;
  if (!b) return a;
  let r = ((a | b) & SIGNS) | (Math.max(a >> W, b >> W) << W);
  if (r & NONINT) r = withNaNInt(withNZ(r | joinDecimals(a, b), neverMinusZero(a) && neverMinusZero(b)), a, b);
  if (r & NONINT && intOrInfinite(a) && intOrInfinite(b)) r |= INFINT;
  // M1 survives only when each side's negatives are -1
  return r & NEG && (!(a & NEG) || onlyMinusOne(a)) && (!(b & NEG) || onlyMinusOne(b)) && !(r & NONINT) ? r | M1 : r;
}

export function literalBits(v: number): number {
  if (!Number.isInteger(v) || Math.abs(v) >= 1e21) return TOP;
  const m = Math.abs(v);
  // the magnitude's bit length (0 for 0); the fixpoint evaluates literals many times, clz32 is cheaper than binary text
  const width = m < 2 ** 32 ? 32 - Math.clz32(m) : m < 2 ** 53 ? m.toString(2).length : WMAX;
  return withWidth(v > 0 ? POS : v < 0 ? NEG : ZERO, width);
}

export function negate(a: number): number {
  const r = (a & ~(NEG | POS | M1)) | (a & NEG ? POS : 0) | (a & POS ? NEG : 0);
  // the negation of a fraction that may be 0 may be -0; of one that cannot, never is
  return r & NONINT && r & ZERO ? r & ~(DEC_MASK | ROUNDED | NZ) : withNZ(r, true);
}

// each side's sign atoms: 1 = only -1, 2 = other negatives, 4 = zero, 8 = positives
export function atoms(x: number, exact: boolean): number {
  return (x & NEG ? (exact && onlyMinusOne(x) ? 1 : 2) : 0) | (x & ZERO ? 4 : 0) | (x & POS ? 8 : 0);
}

/** The signs of a sum of a value of sign atoms `xa` and one of `xb`; with M1 when its negatives can only be -1. */
function sumSigns(xa: number, xb: number): number {
  let r = 0;
  let negOnlyM1 = true;
  for (let x = 1; x <= 8; x <<= 1)
    for (let y = 1; y <= 8; y <<= 1) {
      if (!(xa & x) || !(xb & y)) continue;
      const pair = x | y;
      if (pair === 4) r |= ZERO;
      else if (pair === 8 || pair === 12) r |= POS;
      else if (pair === 9)
        r |= ZERO | POS; // -1 + an integer >= 1
      else if (pair === 5)
        r |= NEG; // -1 + 0
      else if (pair === 10) ((r |= NEG | ZERO | POS), (negOnlyM1 = false));
      else ((r |= NEG), (negOnlyM1 = false)); // two negatives, or a negative other than -1 plus 0
    }
  return negOnlyM1 ? r | M1 : r;
}

/** sumSigns of every pair of atom sets (16 x 16), worked out once: the fixpoint adds thousands of times. */
const sumTable = Array.from({ length: 256 }, (_, i) => sumSigns(i >> 4, i & 15));

export function add(a: number, b: number): number {
  if (!a || !b) return 0;
  const exact = !((a | b) & NONINT);
  const signs = sumTable[(atoms(a, exact) << 4) | atoms(b, exact)];
  // a sum of finite values is finite, and at most twice the larger
  // -0.0 + -0.0 is the only sum that is -0.0 (an int 0 adds as +0.0)
  const res = withNZ(
    withWidth(((a | b) & NONINT) | (signs & SIGNS), Math.max(magnitudeOf(a), magnitudeOf(b)) + 1),
    neverMinusZero(a) || neverMinusZero(b),
  );
  const r = withNaNInt(res, a, b);
  return r & NEG && signs & M1 && exact ? r | M1 : r;
}

/** `a - b`: -0.0 only as -0.0 minus a zero (an int 0 too: -0.0 - 0 is -0.0). */
export function sub(a: number, b: number): number {
  if (!a || !b) return 0;
  // (add keeps NANINT: negate leaves it as it is)
  return withNZ(add(a, negate(b)), neverMinusZero(a) || !(b & ZERO));
}

export function mul(a: number, b: number): number {
  if (!a || !b) return 0;
  let r = (a | b) & NONINT;
  const opposite = (a & NEG && b & POS) || (a & POS && b & NEG);
  if ((a & POS && b & POS) || (a & NEG && b & NEG)) r |= POS;
  if (opposite) r |= NEG;
  // two fractions' product may underflow to 0, unless both are short decimals (at least 10**-4)
  if (a & ZERO || b & ZERO || (a & b & NONINT && !(a & DEC_MASK && b & DEC_MASK))) r |= ZERO;
  // -0.0 is a zero of either sign times anything, or two fractions of opposite signs whose
  // product underflows; a nonzero integer is at least 1 in magnitude, so it never underflows
  const never = neverMinusZero(a) && neverMinusZero(b) && !(a & ZERO && b & NEG) && !(b & ZERO && a & NEG) && !(a & b & NONINT && opposite);
  return withNaNInt(withNZ(withWidth(r, magnitudeOf(a) + magnitudeOf(b)), never), a, b);
}

/**
 * `a / b` where |b| >= 1 when the division happens: b an integer (a zero one raises
 * ZeroDivisionError in Python, operators.md) or a literal of at least 1. A fraction
 * no larger than a: finite when a is.
 */
export function quotient(a: number, b: number): number {
  if (!a || !b) return 0;
  let r = NONINT;
  const opposite = (a & NEG && b & POS) || (a & POS && b & NEG);
  if ((a & POS && b & POS) || (a & NEG && b & NEG)) r |= POS;
  if (opposite) r |= NEG;
  // a tiny fraction over a large divisor underflows to 0
  if (a & (ZERO | NONINT)) r |= ZERO;
  // -0.0: a zero over a negative divisor, or a tiny fraction over a divisor of the other sign
  const never = neverMinusZero(a) && !(a & ZERO && b & NEG) && !(a & NONINT && opposite);
  return withNZ(withWidth(r, magnitudeOf(a)), never);
}

/** JavaScript's %: NaN for a zero divisor, the dividend's sign otherwise. */
export function mod(a: number, b: number): number {
  if (!a || !b) return 0;
  if (b & ZERO) return TOP;
  if ((a | b) & NONINT) {
    // no larger than either side (x % Infinity is x), finite when a is and b is neither NaN
    // nor an infinity; -0 only from a dividend that may be negative or -0
    const finite = isBoundedFinite(a) && (!(b & NONINT) || isBoundedFinite(b));
    const r = withWidth(NONINT | ZERO | (a & (NEG | POS)), finite ? Math.min(magnitudeOf(a), magnitudeOf(b)) : WMAX);
    return withNaNInt(withNZ(r, !(a & NEG) && neverMinusZero(a)), a, b);
  }
  return withWidth((a & (NEG | POS)) | ZERO, Math.min(widthOf(a), widthOf(b)));
}

/** The largest shift count a count of these facts can be, when it is a non-negative integer below 32. */
export const shiftBound = (count: number): number | undefined =>
  count & (NONINT | NEG) || widthOf(count) > 5 ? undefined : 2 ** widthOf(count) - 1;

/** A non-negative integer below 2**31: unchanged by JavaScript's 32-bit conversion. */
export const isUint31 = (a: number): boolean => !(a & (NONINT | NEG)) && a >> W <= 31;

export function binaryBits(op: ts.SyntaxKind, a: number, b: number): number {
  switch (op) {
    case K.PlusToken:
    case K.PlusEqualsToken:
      return add(a, b);
    case K.MinusToken:
    case K.MinusEqualsToken:
      return sub(a, b);
    case K.AsteriskToken:
    case K.AsteriskEqualsToken:
      return mul(a, b);
    case K.PercentToken:
    case K.PercentEqualsToken:
      return mod(a, b);
    case K.AsteriskAsteriskToken:
    case K.AsteriskAsteriskEqualsToken:
      // int ** int is an int when the exponent cannot be negative
      if (!a || !b) return 0;
      if ((a | b) & NONINT || b & NEG) return TOP;
      return a & NEG ? INT : withWidth(POS | (a & ZERO), WMAX);
    case K.AmpersandToken:
    case K.AmpersandEqualsToken:
      // a mask below 2**31 keeps the result within it, whatever the other side
      if (isUint31(a) || isUint31(b)) return withWidth(ZERO | POS, Math.min(isUint31(a) ? a >> W : 31, isUint31(b) ? b >> W : 31));
      return INT32;
    case K.GreaterThanGreaterThanToken:
    case K.GreaterThanGreaterThanEqualsToken:
      return isUint31(a) ? a : INT32;
    case K.GreaterThanGreaterThanGreaterThanToken:
    case K.GreaterThanGreaterThanGreaterThanEqualsToken:
      return isUint31(a) ? a : withWidth(ZERO | POS, 32);
    case K.BarToken:
    case K.BarEqualsToken:
    case K.CaretToken:
    case K.CaretEqualsToken:
      if (isUint31(a) && isUint31(b)) return withWidth(ZERO | POS, Math.max(a >> W, b >> W));
      return INT32;
    case K.LessThanLessThanToken:
    case K.LessThanLessThanEqualsToken:
      return INT32;
    case K.AmpersandAmpersandToken:
    case K.AmpersandAmpersandEqualsToken:
    case K.BarBarToken:
    case K.BarBarEqualsToken:
    case K.QuestionQuestionToken:
    case K.QuestionQuestionEqualsToken:
      return join(a, b);
    case K.CommaToken:
    case K.EqualsToken:
      return b;
    default:
      return TOP;
  }
}
