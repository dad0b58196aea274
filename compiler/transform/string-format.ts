// Strings put together from pieces (template strings, `+` on strings) as one
// `%` format, as a careful MicroPython programmer writes them: "n=%d;%s" % (n, s)
// allocates the result and one tuple, where "n=" + str(n) + ";" + s allocates
// every intermediate string too, and MicroPython's % runs about 1.7x as fast as
// str.format. %d takes a proven integer, %s a string (a value of any other type
// is converted the JavaScript way first), so every argument is a str or an int,
// never a tuple: a single one needs no tuple around it.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { isIntExpr, isShortDecimalExpr, toJsString } from "./conversions.js";
import { pastEndWidens } from "./bounds.js";
import * as T from "./types.js";

/**
 * %d an integer, %x/%o a non-negative integer in hex/octal, %0<w>d/x/X/o one zero-padded
 * to a width (padded-numbers.ts), %.15g or %.<n>f a short decimal (numeric-decimals.ts),
 * %s a string.
 */
export type Field = "%d" | "%x" | "%o" | `%0${number}${"d" | "x" | "X" | "o"}` | "%.15g" | `%.${number}f` | "%s";
export type Piece = { text: string } | { field: Field; value: py.Expr };

type Layout = ({ text: string } | { field: Field })[];

/**
 * The layout of each string expression this file built (a later `+` extends it).
 * Only the layout is kept: the values are read back from the expression when
 * needed, since the order machinery may since have put temporaries in their
 * places (effects.ts replaceNodes rewrites expressions in place).
 */
const layouts = new WeakMap<py.Expr, Layout>();

/** The values in `e`'s fields now, in order, or undefined if `e` no longer has the shape it was built with. */
function fieldValues(e: py.Expr, layout: Layout): py.Expr[] | undefined {
  const fields = layout.filter((p): p is { field: Field } => "field" in p);
  if (e.kind === "BinOp" && e.op === "%") {
    if (fields.length === 1) return [e.right];
    return e.right.kind === "Tuple" && e.right.elts.length === fields.length ? e.right.elts : undefined;
  }
  if (e.kind === "BinOp" && e.op === "+" && layout.length === 2) {
    const out: py.Expr[] = [];
    for (const [i, side] of [e.left, e.right].entries()) {
      const part = layout[i];
      if (!("field" in part)) continue;
      if (part.field === "%s") out.push(side);
      else if (side.kind === "Call" && side.args.length === 1) out.push(side.args[0]);
      else return undefined;
    }
    return out;
  }
  if (e.kind === "Call" && fields.length === 1 && e.args.length === 1) return [e.args[0]];
  return fields.length === 0 ? [] : undefined;
}

function piecesOf(e: py.Expr): Piece[] | undefined {
  const layout = layouts.get(e);
  const values = layout && fieldValues(e, layout);
  if (!layout || !values) return undefined;
  let i = 0;
  return layout.map((p) => ("field" in p ? { field: p.field, value: values[i++] } : p));
}

/** One operand as a piece: a string as it is, a proven integer as %d, a short decimal as %.15g, anything else converted to a string. */
export function pieceOf(ctx: TransformContext, node: ts.Expression, e: py.Expr): Piece {
  const known = piecesOf(e);
  if (known?.length === 1) return known[0]; // `${n.toString(16)}`: the %x goes into the template
  if (e.kind === "Constant" && typeof e.value === "string" && !e.bytes) return { text: e.value };
  const t = ctx.checker.getTypeAtLocation(node);
  if (T.isNumber(t) && isIntExpr(ctx, node) && !pastEndWidens(ctx, node)) return { field: "%d", value: e };
  if (T.isNumber(t) && isShortDecimalExpr(ctx, node) && !pastEndWidens(ctx, node)) return { field: "%.15g", value: e };
  const s = toJsString(ctx, node, e);
  return s.kind === "Constant" && typeof s.value === "string" && !s.bytes ? { text: s.value } : { field: "%s", value: s };
}

/** An integer as text in a radix % formats (16 or 8), or undefined. */
export function radixString(value: py.Expr, radix: number): py.Expr | undefined {
  const field = ({ 16: "%x", 8: "%o" } as Record<number, Field>)[radix];
  return field && stringOf([{ field, value }]);
}

/** The pieces of an operand of `+`: those of a string this file built (so that the `+` adds to its format), or one. */
export function piecesOfOperand(ctx: TransformContext, node: ts.Expression, e: py.Expr): Piece[] {
  return piecesOf(e) ?? [pieceOf(ctx, node, e)];
}

/** Adjacent texts joined. */
function merged(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    if ("text" in p && !p.text) continue;
    const last = out[out.length - 1];
    if ("text" in p && last && "text" in last) out[out.length - 1] = { text: last.text + p.text };
    else out.push(p);
  }
  return out;
}

/** The expression for a string made of `pieces`, remembered so that a later `+` can add to its format. */
export function stringOf(pieces: Piece[]): py.Expr {
  const parts = merged(pieces);
  const fields = parts.filter((p): p is Exclude<Piece, { text: string }> => "field" in p);
  let e: py.Expr;
  if (fields.length === 0) e = b.str(parts.map((p) => ("text" in p ? p.text : "")).join(""));
  else if (parts.length === 1 && fields[0].field === "%s") e = fields[0].value;
  else if (parts.length === 1 && fields[0].field === "%d") e = b.call("str", [fields[0].value]);
  else if (parts.length === 2 && fields.every((p) => p.field === "%s")) {
    // two strings: `a + b` is as cheap as a format and reads better
    const [l, r] = parts.map((p) => ("text" in p ? b.str(p.text) : p.value));
    e = b.bin(l, "+", r);
  } else if (parts.length === 2 && fields.length === 2 && fields.every((p) => p.field === "%s" || p.field === "%d")) {
    // `s + str(n)`: no text to put the value in
    const [l, r] = fields.map((p) => (p.field === "%d" ? b.call("str", [p.value]) : p.value));
    e = b.bin(l, "+", r);
  } else {
    const fmt = parts.map((p) => ("text" in p ? p.text.replace(/%/g, "%%") : p.field)).join("");
    const args = fields.map((p) => p.value);
    e = b.bin(b.str(fmt), "%", args.length === 1 ? args[0] : b.tuple(args));
  }
  // a single string value is returned as it is: it is no string this file built
  if (!(parts.length === 1 && fields[0]?.field === "%s")) layouts.set(e, parts.map((p) => ("text" in p ? p : { field: p.field })));
  return e;
}

/** `t = "%s<td>%d</td>" % (t, n)` read as `t += "<td>%d</td>" % n`: what follows `t` in the string, if it starts with `t`. */
export function appendedTo(e: py.Expr, isTarget: (x: py.Expr) => boolean): py.Expr | undefined {
  const [first, ...rest] = piecesOf(e) ?? [];
  if (!first || !("field" in first) || first.field !== "%s" || !isTarget(first.value) || rest.length === 0) return undefined;
  return stringOf(rest);
}
