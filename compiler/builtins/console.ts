// console.log and friends print what Node prints: primitives as String(x)
// (but -0 as -0), other values in Node's inspect style (js_inspect), and a
// literal format string's placeholders (%s %d %i %f %j %O %c %%) filled in.
// Null and undefined are both None, and Map, Set and plain objects are all
// dicts, so the static type is handed to js_inspect as a small descriptor
// wherever the value alone would print wrong.
import { ts } from "../typescript.js";
import { refuseBytesOutput } from "./typed-arrays.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { isIntExpr, numberTextWithoutHelper, numericBits, toJsString } from "../transform/conversions.js";
import { neverMinusZero } from "../transform/numeric-bits.js";
import { transformInOrder } from "../transform/operators.js";
import * as T from "../transform/types.js";
import { pastEndWidens } from "../transform/bounds.js";
import { Codes, unsupported } from "../diagnostics.js";

const F = ts.TypeFlags;
const names = ["log", "info", "warn", "error", "debug"];

export function consoleCall(ctx: TransformContext, name: string, node: ts.CallExpression): py.Expr | undefined {
  if (!names.includes(name)) {
    throw unsupported(node, Codes.unsupportedMember, `console.${name}`, "use console.log");
  }
  const args = node.arguments;
  for (const a of args) if (!ts.isSpreadElement(a)) refuseBytesOutput(ctx, a, "console.log");
  // left to right, as JavaScript evaluates them (an update in a later argument must not change an earlier one)
  const values = transformInOrder(ctx, args, (a) => transformExpr(ctx, ts.isSpreadElement(a) ? a.expression : a));
  let first = 0;
  const items: py.Expr[] = [];
  const format = formatText(args);
  if (format !== undefined) {
    const [text, used] = applyFormat(ctx, format, args, values);
    items.push(text);
    first = used;
  }
  for (let i = first; i < args.length; i++) {
    const a = args[i];
    if (ts.isSpreadElement(a)) {
      // each element is an argument of its own
      const v = b.name(ctx.temp("_v"));
      const elem = elementType(ctx, ctx.checker.getTypeAtLocation(a.expression));
      const d = elem && describe(ctx, elem, 0);
      const each = b.call(ctx.useHelper("js_inspect"), d ? [v, d] : [v]);
      items.push(b.starred({ kind: "ListComp", elt: each, target: v, iter: values[i] }));
    } else {
      items.push(logItem(ctx, a, values[i]));
    }
  }
  return b.call("print", items);
}

/** What console.log prints for one argument. */
function logItem(ctx: TransformContext, node: ts.Expression, value: py.Expr): py.Expr {
  const t = ctx.checker.getTypeAtLocation(node);
  // a read past the end may have given undefined where the type says otherwise
  if (pastEndWidens(ctx, node)) return b.call(ctx.useHelper("js_inspect"), [value]);
  if (!T.isPrimitive(t) || T.isAnyLike(t)) return inspect(ctx, t, value);
  if (T.isNullOrUndefinedOnly(t)) {
    // keep the evaluation of anything but a plain name or constant
    if (value.kind !== "Name" && value.kind !== "Constant") return inspect(ctx, t, value);
    return b.str(T.hasNull(t) ? "null" : "undefined");
  }
  if (T.isNumber(t)) return numberText(ctx, node, value);
  const s = toJsString(ctx, node, value);
  // print() already writes an int the way str() does
  return s.kind === "Call" && s.func.kind === "Name" && s.func.id === "str" ? s.args[0] : s;
}

/** A number as console.log writes it: like String(n), except that -0 prints as -0. */
function numberText(ctx: TransformContext, node: ts.Expression, value: py.Expr): py.Expr {
  if (value.kind === "Constant" && typeof value.value === "number") return b.str(Object.is(value.value, -0) ? "-0" : String(value.value));
  if (isIntExpr(ctx, node)) return value; // Python ints have no -0
  // a value that is never -0 (NaN or an integer, a short decimal) prints as String() gives it
  const bits = numericBits(ctx, node);
  const text = neverMinusZero(bits) ? numberTextWithoutHelper(ctx, bits, value, node) : undefined;
  return text ?? b.call(ctx.useHelper("js_lognum"), [value]);
}

function inspect(ctx: TransformContext, t: ts.Type, value: py.Expr, extra: py.Expr[] = []): py.Expr {
  const d = describe(ctx, t, 0);
  const args = [value];
  if (d || extra.length) args.push(d ?? b.none());
  return b.call(ctx.useHelper("js_inspect"), [...args, ...extra]);
}

// ---- the format string: util.format's placeholders in a literal first argument

function formatText(args: readonly ts.Expression[]): string | undefined {
  if (args.length < 2) return undefined; // a lone string is printed as it is
  const first = args[0];
  if (!ts.isStringLiteral(first) && !ts.isNoSubstitutionTemplateLiteral(first)) return undefined;
  return first.text.includes("%") ? first.text : undefined;
}

/** The first printed item and the number of arguments it used (Node's formatWithOptions). */
function applyFormat(ctx: TransformContext, text: string, args: readonly ts.Expression[], values: py.Expr[]): [py.Expr, number] {
  const pieces: py.Expr[] = [];
  let literal = "";
  let a = 0;
  let lastPos = 0;
  for (let i = 0; i < text.length - 1; i++) {
    if (text[i] !== "%") continue;
    const next = text[++i];
    if (a + 1 !== args.length && !ts.isSpreadElement(args[a + 1])) {
      if (next === "%") {
        literal += text.slice(lastPos, i);
        lastPos = i + 1;
        continue;
      }
      if (!"sdifjoOc".includes(next)) continue;
      const node = args[++a];
      if (next === "o") throw unsupported(args[0], Codes.unsupportedMember, "The %o placeholder", "use %O");
      literal += text.slice(lastPos, i - 1);
      if (literal) pieces.push(b.str(literal));
      literal = "";
      if (next !== "c") pieces.push(placeholder(ctx, next, node, values[a]));
      lastPos = i + 1;
    } else if (next === "%") {
      literal += text.slice(lastPos, i);
      lastPos = i + 1;
    }
  }
  if (lastPos === 0) return [values[0], 1];
  literal += text.slice(lastPos);
  if (literal) pieces.push(b.str(literal));
  if (pieces.length === 0) return [b.str(""), a + 1];
  return [pieces.reduce((x, y) => (isText(x) && isText(y) ? b.str(x.value + y.value) : b.bin(x, "+", y))), a + 1];
}

/** A class with its own toString: %s prints String(x) instead of inspecting it. */
function ownToString(t: ts.Type): boolean {
  const decl = t.getProperty("toString")?.declarations?.[0];
  return !!decl && !T.isFromLib(decl);
}

const isText = (e: py.Expr): e is py.Constant & { value: string } => e.kind === "Constant" && typeof e.value === "string";

function placeholder(ctx: TransformContext, kind: string, node: ts.Expression, value: py.Expr): py.Expr {
  const t = ctx.checker.getTypeAtLocation(node);
  const num = T.isNumber(t) && !T.isAnyLike(t);
  const lognum = (v: py.Expr) => b.call(ctx.useHelper("js_lognum"), [v]);
  const numStr = () => {
    const s = numberText(ctx, node, value);
    return s === value ? b.call("str", [value]) : s;
  };
  switch (kind) {
    case "s":
      if (num) return numStr();
      if (T.isPrimitive(t) && !T.isAnyLike(t)) return toJsString(ctx, node, value);
      if (T.isClassInstance(t) && ownToString(t)) return b.call(ctx.useHelper("js_str"), [value]);
      return inspect(ctx, t, value, [b.num(0)]); // objects to depth 0
    case "d":
      return num ? numStr() : lognum(b.call(ctx.useHelper("js_tonum"), [value]));
    case "i":
      return num && isIntExpr(ctx, node) ? b.call("str", [value]) : lognum(b.call(ctx.useHelper("js_parse_int"), [value]));
    case "f":
      return lognum(num ? value : b.call(ctx.useHelper("js_parse_float"), [value]));
    case "j":
      return b.call(ctx.useHelper("js_json"), [value]);
    default: // "O": inspected, strings quoted
      return inspect(ctx, t, value, [b.num(2), b.bool(false)]);
  }
}

// ---- the static type as a descriptor for js_inspect (see mpts_rt.py)

function elementType(ctx: TransformContext, t: ts.Type): ts.Type | undefined {
  if (ctx.checker.isArrayType(t) || ctx.checker.isTupleType(t)) return t.getNumberIndexType();
  return undefined;
}

/** undefined where the value prints right on its own. Nesting deeper than console.log shows needs none. */
function describe(ctx: TransformContext, t: ts.Type, depth: number): py.Expr | undefined {
  if (T.isAnyLike(t)) return undefined;
  const parts = t.isUnion() ? t.types : [t];
  const nonNull = parts.filter((p) => !(p.flags & (F.Null | F.Undefined | F.Void)));
  // at depth 3 objects print as [Object]: only null-ness still shows
  const inner = nonNull.length === 1 && depth < 3 ? describeOne(ctx, nonNull[0], depth) : undefined;
  if (parts.some((p) => p.flags & F.Null)) return inner ? b.tuple([b.str("n"), inner]) : b.str("n");
  return inner;
}

function describeOne(ctx: TransformContext, t: ts.Type, depth: number): py.Expr | undefined {
  const checker = ctx.checker;
  const sub = (x: ts.Type | undefined) => (x && describe(ctx, x, depth + 1)) ?? b.none();
  if (!(t.flags & F.Object) || t.getCallSignatures().length > 0) return undefined;
  const lib = T.libTypeName(t);
  if (T.isMapType(t)) {
    const [k, v] = checker.getTypeArguments(t as ts.TypeReference);
    return b.tuple([b.str("M"), sub(k), sub(v)]);
  }
  if (T.isSetType(t)) return b.tuple([b.str("S"), sub(checker.getTypeArguments(t as ts.TypeReference)[0])]);
  if (checker.isTupleType(t)) {
    const elems = checker.getTypeArguments(t as ts.TypeReference).map((e) => describe(ctx, e, depth + 1));
    if (elems.every((e) => !e)) return undefined;
    return b.tuple([b.str("T"), b.tuple(elems.map((e) => e ?? b.none()))]);
  }
  if (checker.isArrayType(t)) {
    const e = describe(ctx, checker.getTypeArguments(t as ts.TypeReference)[0], depth + 1);
    return e && b.tuple([b.str("A"), e]);
  }
  if (lib && lib !== "Object") return undefined; // Promise, Error, ...: printed as they are
  const entries: { key: py.Expr; value: py.Expr }[] = [];
  for (const prop of checker.getPropertiesOfType(t)) {
    if (prop.flags & (ts.SymbolFlags.Method | ts.SymbolFlags.Accessor)) continue;
    const d = describe(ctx, checker.getTypeOfSymbol(prop), depth + 1);
    if (d) entries.push({ key: b.str(prop.getName()), value: d });
  }
  const index = checker.getIndexInfoOfType(t, ts.IndexKind.String);
  const rest = index ? describe(ctx, index.type, depth + 1) : undefined;
  if (entries.length === 0 && !rest) return undefined;
  return b.tuple([b.str("O"), { kind: "Dict", entries }, rest ?? b.none()]);
}
