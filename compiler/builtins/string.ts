// String methods. Python's str has most of them under other names; where
// JavaScript clamps an index, truncates a fractional one, or returns -1 or ""
// the emitted form does the same. Indices that are certainly non-negative
// integers (literals, lengths, loop counters) give plain slices.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import { constantValue } from "../transform/constant-value.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { isIntExpr, isNonNegativeInt, toJsString } from "../transform/conversions.js";
import { argumentList } from "../transform/calls.js";
import { Codes, unsupported } from "../diagnostics.js";
import { regexStringMethod } from "./regex.js";
import { zeroPadded } from "./padded-numbers.js";
import * as T from "../transform/types.js";
import { boundedAt, constantNumber } from "../transform/bounds.js";

/** A number argument as a Python int (JavaScript truncates fractional indices; Python rejects them). */
function intArg(ctx: TransformContext, node: ts.Expression): py.Expr {
  // a constant is converted now, the JavaScript way (int() rejects NaN): NaN is 0, 2.5 is 2
  const c = constantNumber(ctx, node);
  if (c !== undefined && !Number.isInteger(c) && Number.isFinite(c)) return b.num(Math.trunc(c) || 0);
  if (c !== undefined && Number.isNaN(c)) return b.num(0);
  const e = transformExpr(ctx, node);
  return isIntExpr(ctx, node) ? e : b.call("int", [e]);
}

/** A start position JavaScript clamps to 0 (Python would count a negative one from the end). */
function clampedStart(ctx: TransformContext, node: ts.Expression): py.Expr {
  const c = constantNumber(ctx, node);
  if (c !== undefined && Number.isInteger(c) && c < 0) return b.num(0);
  const e = intArg(ctx, node);
  return isNonNegativeInt(ctx, node) ? e : b.call("max", [b.num(0), e]);
}

/**
 * A case or trim method on a name whose type is one to three string literals
 * (`const state = on ? "ON" : "OFF"`) is worked out here for each literal: a
 * comparison costs nothing, a new string per call does. Types are trusted, as
 * elsewhere: a value outside its type gets the last literal's result.
 */
function perLiteral(ctx: TransformContext, recv: ts.Expression, fn: (s: string) => string): py.Expr | undefined {
  if (!ts.isIdentifier(recv)) return undefined;
  const type = ctx.checker.getTypeAtLocation(recv);
  const parts = type.isUnion() ? type.types : [type];
  if (parts.length > 3 || !parts.every((p) => p.isStringLiteral())) return undefined;
  const literals = parts.map((p) => (p as ts.StringLiteralType).value);
  const results = literals.map(fn);
  let e: py.Expr = b.str(results[results.length - 1]);
  for (let i = results.length - 2; i >= 0; i--) {
    if (results[i] !== results[i + 1] || e.kind !== "Constant") e = b.ifExp(b.cmp(transformExpr(ctx, recv), "==", b.str(literals[i])), b.str(results[i]), e);
  }
  return e;
}

const isUndefined = (node: ts.Expression | undefined) => !node || (ts.isIdentifier(node) && node.text === "undefined");

export function stringMethod(
  ctx: TransformContext,
  name: string,
  node: ts.CallExpression,
  callee: ts.PropertyAccessExpression,
): py.Expr | undefined {
  const argNodes = node.arguments;
  const withRegex = regexStringMethod(ctx, name, node, callee);
  if (withRegex) return withRegex;
  if (argNodes.some(ts.isSpreadElement) && name !== "concat") {
    throw unsupported(
      argNodes.find(ts.isSpreadElement)!,
      Codes.unsupportedSyntax,
      `Spread arguments to ${name}`,
      "pass the arguments one by one",
    );
  }
  const s = () => transformExpr(ctx, callee.expression);
  const a = () => argNodes.map((x) => transformExpr(ctx, x));
  const [arg0, arg1] = argNodes;
  switch (name) {
    case "slice": {
      // Python slices count negative bounds from the end and clamp, as slice does
      const recv = s();
      const lo = isUndefined(arg0) ? undefined : intArg(ctx, arg0);
      const hi = isUndefined(arg1) ? undefined : intArg(ctx, arg1);
      return b.sub(recv, b.slice(lo, hi));
    }
    case "substring": {
      const recv = s();
      // substring clamps negative bounds to 0 and swaps reversed ones; a slice matches when both are >= 0 and ordered
      const safe = argNodes.every((x) => isNonNegativeInt(ctx, x)) && (argNodes.length < 2 || isOrdered(ctx, arg0, arg1));
      if (safe) return b.sub(recv, b.slice(arg0 && transformExpr(ctx, arg0), arg1 && transformExpr(ctx, arg1)));
      // integer bounds: clamped inline, and swapped by a comparison unless known ordered (about twice as fast as js_substring)
      if (argNodes.length > 0 && argNodes.every((x) => isIntExpr(ctx, x))) {
        if (argNodes.length === 1) return b.sub(recv, b.slice(clampedStart(ctx, arg0)));
        if (isOrdered(ctx, arg0, arg1)) return b.sub(recv, b.slice(clampedStart(ctx, arg0), clampedStart(ctx, arg1)));
        const r = ctx.once(recv);
        const lo = ctx.once(clampedStart(ctx, arg0));
        const hi = ctx.once(clampedStart(ctx, arg1));
        return b.ifExp(b.cmp(lo, "<=", hi), b.sub(r, b.slice(lo, hi)), b.sub(r, b.slice(hi, lo)));
      }
      return b.call(ctx.useHelper("js_substring"), [recv, ...a()]);
    }
    case "substr": {
      const recv = s();
      const start = arg0 ? intArg(ctx, arg0) : b.num(0);
      if (!arg1) return b.sub(recv, b.slice(start));
      if (isNonNegativeInt(ctx, arg0)) {
        const st = ctx.once(start);
        return b.sub(recv, b.slice(st, b.bin(st, "+", intArg(ctx, arg1))));
      }
      // a negative start counts from the end
      return b.sub(b.sub(recv, b.slice(start)), b.slice(undefined, b.call("max", [b.num(0), intArg(ctx, arg1)])));
    }
    case "indexOf": {
      const recv = s();
      const sub = transformExpr(ctx, arg0);
      return b.method(recv, "find", arg1 ? [sub, clampedStart(ctx, arg1)] : [sub]);
    }
    case "lastIndexOf": {
      const recv = s();
      const sub = transformExpr(ctx, arg0);
      if (!arg1) return b.method(recv, "rfind", [sub]);
      // a match may start at fromIndex at the latest, so it ends before fromIndex + len(sub)
      const needle = ctx.once(sub);
      const len = needle.kind === "Constant" && typeof needle.value === "string" ? b.num(needle.value.length) : b.call("len", [needle]);
      return b.method(recv, "rfind", [needle, b.num(0), b.bin(clampedStart(ctx, arg1), "+", len)]);
    }
    case "includes": {
      const recv = s();
      const sub = transformExpr(ctx, arg0);
      if (arg1) return b.cmp(b.method(recv, "find", [sub, clampedStart(ctx, arg1)]), ">=", b.num(0));
      return b.cmp(sub, "in", recv);
    }
    case "startsWith": {
      const recv = s();
      const sub = transformExpr(ctx, arg0);
      return b.method(recv, "startswith", arg1 ? [sub, clampedStart(ctx, arg1)] : [sub]);
    }
    case "endsWith": {
      const recv = s();
      const sub = transformExpr(ctx, arg0);
      if (arg1) return b.method(b.sub(recv, b.slice(undefined, clampedStart(ctx, arg1))), "endswith", [sub]);
      return b.method(recv, "endswith", [sub]);
    }
    case "split": {
      const recv = s();
      const args = a();
      if (args.length === 0 || isUndefined(arg0)) return b.list([recv]);
      const sep = args[0];
      if (args.length === 1 && sep.kind === "Constant" && sep.value === "") return b.call("list", [recv]);
      if (args.length === 1 && sep.kind === "Constant" && typeof sep.value === "string") return b.method(recv, "split", [sep]);
      return b.call(ctx.useHelper("js_split"), [recv, ...args]);
    }
    case "trim":
      return perLiteral(ctx, callee.expression, (t) => t.trim()) ?? b.method(s(), "strip");
    case "trimStart":
    case "trimLeft":
      return perLiteral(ctx, callee.expression, (t) => t.trimStart()) ?? b.method(s(), "lstrip");
    case "trimEnd":
    case "trimRight":
      return perLiteral(ctx, callee.expression, (t) => t.trimEnd()) ?? b.method(s(), "rstrip");
    case "toUpperCase":
    case "toLocaleUpperCase":
      return perLiteral(ctx, callee.expression, (t) => t.toUpperCase()) ?? b.method(s(), "upper");
    case "toLowerCase":
    case "toLocaleLowerCase":
      return perLiteral(ctx, callee.expression, (t) => t.toLowerCase()) ?? b.method(s(), "lower");
    case "replace":
    case "replaceAll": {
      if (
        arg1 &&
        (ts.isArrowFunction(arg1) || ts.isFunctionExpression(arg1) || ctx.checker.getTypeAtLocation(arg1).getCallSignatures().length > 0)
      ) {
        // called with the first k of (match, index, string), all of them for a rest parameter
        const count = T.callSignatureParamCount(ctx.checker, arg1);
        const args = [s(), transformExpr(ctx, arg0), transformExpr(ctx, arg1), count === undefined ? b.none() : b.num(count)];
        return b.call(ctx.useHelper("js_replace_fn"), name === "replaceAll" ? [...args, b.bool(true)] : args);
      }
      const recv = s();
      const search = transformExpr(ctx, arg0);
      const replacement = replacementText(arg0, arg1) ?? transformExpr(ctx, arg1);
      return b.method(recv, "replace", name === "replace" ? [search, replacement, b.num(1)] : [search, replacement]);
    }
    case "padStart":
    case "padEnd": {
      const field = name === "padStart" ? zeroPadded(ctx, callee.expression, arg0, arg1) : undefined;
      if (field) return field;
      const recv = s();
      const width = intArg(ctx, arg0);
      const fill = arg1 ? transformExpr(ctx, arg1) : b.str(" ");
      const folded = arg0 && paddedConstant(recv, constantValue(ctx.checker, arg0), fill, name === "padStart");
      if (folded !== undefined) return b.str(folded);
      if (fill.kind === "Constant" && typeof fill.value === "string" && fill.value.length === 1) {
        // one fill character: repeat it (a negative count repeats nothing)
        const v = ctx.once(recv);
        const pad = b.bin(fill, "*", b.bin(width, "-", b.call("len", [v])));
        return name === "padStart" ? b.bin(pad, "+", v) : b.bin(v, "+", pad);
      }
      return b.call(ctx.useHelper("js_pad"), [recv, width, fill, b.bool(name === "padStart")]);
    }
    case "repeat":
      return b.bin(s(), "*", intArg(ctx, arg0));
    case "charAt": {
      const recv = s();
      if (!arg0) return b.sub(recv, b.slice(b.num(0), b.num(1)));
      // out of range gives "" as in JavaScript; a negative index must not count from the end
      const i = ctx.once(intArg(ctx, arg0));
      const ch = b.sub(recv, b.slice(i, b.bin(i, "+", b.num(1))));
      return isNonNegativeInt(ctx, arg0) ? ch : b.ifExp(b.cmp(i, ">=", b.num(0)), ch, b.str(""));
    }
    case "charCodeAt":
    case "codePointAt": {
      const recv = s();
      if (!arg0) return b.call("ord", [b.sub(recv, b.num(0))]);
      if (isNonNegativeInt(ctx, arg0)) return b.call("ord", [b.sub(recv, transformExpr(ctx, arg0))]);
      const i = ctx.once(intArg(ctx, arg0));
      return b.ifExp(b.cmp(i, ">=", b.num(0)), b.call("ord", [b.sub(recv, i)]), b.num(NaN));
    }
    case "at": {
      const recv = s();
      return boundedAt(ctx, node, recv, arg0 ? intArg(ctx, arg0) : b.num(0));
    }
    case "concat": {
      const recv = s();
      if (argNodes.some(ts.isSpreadElement)) {
        return b.bin(recv, "+", b.method(b.str(""), "join", [b.call("map", [ctx.useHelper("js_str"), argumentList(ctx, argNodes)])]));
      }
      return argNodes.reduce<py.Expr>((acc, x) => b.bin(acc, "+", toJsString(ctx, x, transformExpr(ctx, x))), recv);
    }
    case "toString":
    case "valueOf":
      return s();
    case "localeCompare": {
      // compares code points, like sorting without a comparator
      const x = ctx.once(s());
      const y = ctx.once(transformExpr(ctx, arg0));
      return b.bin(b.cmp(x, ">", y), "-", b.cmp(x, "<", y));
    }
    default:
      throw unsupported(
        callee.name,
        Codes.unsupportedMember,
        `String.prototype.${name}`,
        "use the String methods listed in docs/semantics/stdlib-strings.md (slice, indexOf, includes, split, replace, padStart, match, ...)",
      );
  }
}

/** String.fromCharCode(...) and other statics of String. */
export function stringStatic(ctx: TransformContext, name: string, node: ts.CallExpression): py.Expr | undefined {
  if (name !== "fromCharCode" && name !== "fromCodePoint") {
    throw unsupported(node.expression, Codes.unsupportedMember, `String.${name}`, "build the string with + or a template literal");
  }
  if (node.arguments.some(ts.isSpreadElement)) {
    const c = b.name(ctx.temp("_c"));
    const chars: py.Expr = {
      kind: "ListComp",
      elt: b.call("chr", [b.call("int", [c])]),
      target: c,
      iter: argumentList(ctx, node.arguments),
    };
    return b.method(b.str(""), "join", [chars]);
  }
  if (node.arguments.length === 0) return b.str("");
  return node.arguments.map((x): py.Expr => b.call("chr", [intArg(ctx, x)])).reduce((x, y) => b.bin(x, "+", y));
}

/** A literal replacement with JavaScript's `$$` and `$&` patterns worked out; undefined when there are none. */
function replacementText(search: ts.Expression, replacement: ts.Expression | undefined): py.Expr | undefined {
  if (!replacement || !(ts.isStringLiteral(replacement) || ts.isNoSubstitutionTemplateLiteral(replacement))) return undefined;
  const text = replacement.text;
  if (!text.includes("$")) return undefined;
  const literalSearch = ts.isStringLiteral(search) || ts.isNoSubstitutionTemplateLiteral(search) ? search.text : undefined;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const next = text[i + 1];
    if (text[i] !== "$" || next === undefined) {
      out += text[i];
    } else if (next === "$") {
      out += "$";
      i++;
    } else if (next === "&" && literalSearch !== undefined) {
      out += literalSearch;
      i++;
    } else if (next === "&" || next === "`" || next === "'") {
      throw unsupported(replacement, Codes.unsupportedSyntax, `The replacement pattern $${next}`, "build the replacement text yourself");
    } else {
      out += "$";
    }
  }
  return b.str(out);
}

/** Whether substring's start is certainly <= its end (then no swap): literals, a 0 start, or `i, i + n` with n >= 0. */
function isOrdered(ctx: TransformContext, a: ts.Expression, b2: ts.Expression): boolean {
  // (compared as clamped to 0)
  const [ca, cb] = [constantNumber(ctx, a), constantNumber(ctx, b2)];
  if (ca !== undefined && cb !== undefined) return Math.max(0, ca) <= Math.max(0, cb);
  if (ca !== undefined && ca <= 0) return true;
  // `i + 1` and `i + 3`: the same name, offsets in order
  const [oa, ob] = [offsetForm(ctx, a), offsetForm(ctx, b2)];
  if (oa && ob && oa.base === ob.base && oa.offset <= ob.offset) return true;
  let end = b2;
  while (ts.isParenthesizedExpression(end)) end = end.expression;
  return (
    ts.isIdentifier(a) &&
    ts.isBinaryExpression(end) &&
    end.operatorToken.kind === ts.SyntaxKind.PlusToken &&
    ts.isIdentifier(end.left) &&
    end.left.text === a.text &&
    isNonNegativeInt(ctx, end.right)
  );
}

/** `i`, `i + 2`, `i - 1`, `2 + i` as a name and a constant offset. */
function offsetForm(ctx: TransformContext, e: ts.Expression): { base: string; offset: number } | undefined {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isIdentifier(e)) return { base: e.text, offset: 0 };
  if (!ts.isBinaryExpression(e)) return undefined;
  const op = e.operatorToken.kind;
  if (op !== ts.SyntaxKind.PlusToken && op !== ts.SyntaxKind.MinusToken) return undefined;
  const [l, r] = [constantNumber(ctx, e.left), constantNumber(ctx, e.right)];
  if (ts.isIdentifier(e.left) && r !== undefined && Number.isFinite(r)) return { base: e.left.text, offset: op === ts.SyntaxKind.PlusToken ? r : -r };
  if (op === ts.SyntaxKind.PlusToken && ts.isIdentifier(e.right) && l !== undefined && Number.isFinite(l)) return { base: e.right.text, offset: l };
  return undefined;
}

/** `"n".padStart(4)` of constants, worked out now; text whose JavaScript length is its Python length (no surrogate pairs). */
function paddedConstant(text: py.Expr, width: number | undefined, fill: py.Expr, atStart: boolean): string | undefined {
  const str = (e: py.Expr) => (e.kind === "Constant" && typeof e.value === "string" && !/[\uD800-\uDFFF]/.test(e.value) ? e.value : undefined);
  const [t, f] = [str(text), str(fill)];
  if (t === undefined || f === undefined || width === undefined) return undefined;
  return atStart ? t.padStart(width, f) : t.padEnd(width, f);
}
