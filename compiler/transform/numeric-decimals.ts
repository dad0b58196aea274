// Short decimals: fractions the numeric analysis can still print without a helper.
// `raw / 10`, `n % 40 / 4` or `18 + q * 0.25` is a decimal with at most four digits
// after the point (the double nearest it, or exactly it when the divisor is a power of
// two), and never -0. JavaScript prints such a number as that decimal (its shortest
// digits), and so does Python's "%.15g" while the decimal has at most 15 significant
// digits: below 10**15 and from 10**-4 on, "%g" writes no exponent.
import { ts } from "../typescript.js";
import {
  DEC,
  DEC_MASK,
  NEG,
  NONINT,
  NZ,
  POS,
  ROUNDED,
  WMAX,
  ZERO,
  isBoundedFinite,
  magnitudeOf,
  neverMinusZero,
  withWidth,
} from "./numeric-bits.js";

const K = ts.SyntaxKind;
/** digits after the point, at most: 10**-4 is the smallest number "%g" writes without an exponent */
const MAX_DIGITS = 4;

/** Digits after the point of a value with facts `a` (0 for an integer), -1 when it has no decimal facts. */
export function fractionDigits(a: number): number {
  if (!a) return -1;
  if (!(a & NONINT)) return 0;
  const d = (a & DEC_MASK) >> DEC;
  return d ? d - 1 : -1;
}

const isExact = (a: number): boolean => fractionDigits(a) >= 0 && !(a & ROUNDED);

/**
 * The facts of a decimal, or, when it needs more digits than a double holds exactly, of a
 * fraction of that size. Every caller's value is never -0 (a literal, sums and products of
 * decimals that are not, a quotient of one by a positive integer).
 */
function decimal(signs: number, width: number, digits: number, rounded: boolean): number {
  const r = withWidth(signs | NONINT, width) | NZ;
  // exact decimals are dyadic with at most `digits` bits after the point: within 53 bits they stay exact
  if (digits > MAX_DIGITS || width + digits > 53 || width >= WMAX) return r;
  return r | ((digits + 1) << DEC) | (rounded ? ROUNDED : 0);
}

/** A numeric literal that is not an integer: a short decimal when it has at most four digits after the point. */
export function literalDecimalBits(v: number, top: number): number {
  const text = String(v);
  const point = text.indexOf(".");
  if (!Number.isFinite(v)) return top;
  const whole = Math.abs(Math.trunc(v));
  const width = whole ? Math.floor(Math.log2(whole)) + 1 : 0;
  // 5e-7 has more digits than a short decimal: a fraction of its size
  const digits = text.includes("e") || point < 0 ? MAX_DIGITS + 1 : text.length - point - 1;
  // v equals its decimal exactly when it is a multiple of 2**-digits
  return decimal(v > 0 ? POS : NEG, width, digits, !Number.isInteger(v * 2 ** digits));
}

/** `a / d`, d a positive integer literal dividing 10**4 (2, 4, 5, 10, 20, 25, 100 ...): a decimal when a is an exact one. */
export function quotientBits(a: number, d: number): number | undefined {
  if (!a) return 0; // not reached yet (the fixpoint's bottom)
  const f = fractionDigits(a);
  if (!isExact(a) || !Number.isInteger(d) || d < 1) return undefined;
  let k = 0;
  for (let p = 1; p % d !== 0; p *= 10) if (++k > MAX_DIGITS) return undefined;
  // |a / d| <= |a|; divided by a power of two a decimal stays exact
  return decimal(a & (NEG | ZERO | POS), magnitudeOf(a), f + k, (d & (d - 1)) !== 0);
}

/** `a op b` for + - * of exact decimals (an integer is one): exact again, or `base` (the facts without decimals). */
export function decimalArithmetic(op: ts.SyntaxKind, a: number, b: number, base: number): number {
  if (!(base & NONINT) || !isExact(a) || !isExact(b)) return base;
  const [fa, fb] = [fractionDigits(a), fractionDigits(b)];
  switch (op) {
    case K.PlusToken:
    case K.PlusEqualsToken:
    case K.MinusToken:
    case K.MinusEqualsToken:
      // 0.0 + 0.0 and 0.0 - 0.0 are +0: a sum of decimals that are never -0 is never -0
      return decimal(base, Math.max(magnitudeOf(a), magnitudeOf(b)) + 1, Math.max(fa, fb), false);
    case K.AsteriskToken:
    case K.AsteriskEqualsToken:
      // 0.0 * -2 is -0
      if ((a & ZERO && b & NEG) || (b & ZERO && a & NEG)) return base;
      return decimal(base, magnitudeOf(a) + magnitudeOf(b), fa + fb, false);
    default:
      return base;
  }
}

/** Python's "%.15g" writes the number JavaScript's String() writes: an integer, or a short decimal of at most 15 significant digits. */
export function printsAsShortDecimal(a: number): boolean {
  const f = fractionDigits(a);
  // |x| < 2**w, so its decimal has at most w*log10(2) + f significant digits
  return f >= 0 && magnitudeOf(a) * Math.log10(2) + f <= 15;
}

/**
 * `x.toFixed(digits)` is Python's "%.<digits>f": x is a short decimal with at most `digits`
 * digits after the point (JavaScript pads it with zeros) and the result has at most 15
 * significant digits, so the double's error never reaches a printed digit.
 */
export function fixesAsShortDecimal(a: number, digits: number): boolean {
  const f = fractionDigits(a);
  return f >= 0 && f <= digits && magnitudeOf(a) * Math.log10(2) + digits <= 15;
}

/**
 * `x.toFixed(digits)` of any finite x below 10**(16 - digits), digits at most 4, is
 * MicroPython's "%.<digits>f" (1.26 on, where a double port formats with a long double):
 * it scales |x| by 10**digits in a long double, exactly (|x|'s 53 bits times 5**4 fit in
 * 64), adds one half and truncates, so it rounds the exact binary value with halves away
 * from zero as toFixed does, while the digits fit the 16 it makes at once. Only -0.0
 * differs ("-0.0" against "0.0"): "plus-zero" when x may be it, and x + 0.0 is printed.
 */
export function fixesWithPercentF(a: number, digits: number): "exact" | "plus-zero" | undefined {
  if (!Number.isInteger(digits) || digits < 0 || digits > 4 || !isBoundedFinite(a)) return undefined;
  if (2 ** magnitudeOf(a) > 10 ** (16 - digits)) return undefined;
  return neverMinusZero(a) ? "exact" : "plus-zero";
}
