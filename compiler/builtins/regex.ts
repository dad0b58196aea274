// Regular expressions on MicroPython's `re`. Each regex literal (or `new
// RegExp` of constant strings) is translated once (regex-pattern.ts) and
// compiled once, into a module-level JsRegExp (mpts_rt) that keeps the flags
// and lastIndex; test/exec are its methods, and the String methods that take a
// regex are helpers over it.
import { ts } from "../typescript.js";
import { stripCall, stripOf } from "./regex-strip.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { toJsString } from "../transform/conversions.js";
import * as T from "../transform/types.js";
import { Codes, unsupported } from "../diagnostics.js";
import { RegexUnsupported, translateRegex } from "./regex-pattern.js";
import { skipParens } from "../transform/parens.js";

interface ModuleRegexes {
  stmts: py.Stmt[];
  /** source + "/" + flags -> constant name */
  names: Map<string, string>;
}
const perModule = new WeakMap<TransformContext, ModuleRegexes>();

/** The module-level constants of the regexes this module uses (placed after the imports). */
export function regexConstants(ctx: TransformContext): py.Stmt[] {
  return perModule.get(ctx)?.stmts ?? [];
}

export function isRegExp(ctx: TransformContext, node: ts.Expression): boolean {
  return T.libTypeName(ctx.checker.getTypeAtLocation(node), false) === "RegExp";
}

/** A regex literal `/source/flags`. */
export function regexLiteral(ctx: TransformContext, node: ts.RegularExpressionLiteral): py.Expr {
  const { source, flags } = partsOf(node);
  return regexValue(ctx, node, source, flags);
}

function partsOf(node: ts.RegularExpressionLiteral): { source: string; flags: string } {
  const slash = node.text.lastIndexOf("/");
  return { source: node.text.slice(1, slash), flags: node.text.slice(slash + 1) };
}

/** A regex literal with its source and flags. */
interface RegexLiteral {
  node: ts.RegularExpressionLiteral;
  source: string;
  flags: string;
}

/** `node` as a regex literal's parts, when it is one (in parentheses or not). */
function literalOf(node: ts.Expression): RegexLiteral | undefined {
  const lit = skipParens(node);
  return ts.isRegularExpressionLiteral(lit) ? { node: lit, ...partsOf(lit) } : undefined;
}

/**
 * A regex literal without the g or y flag, written where test() or replace() uses it: no
 * method then reads or sets its lastIndex and nothing else sees the object, so the compiled
 * pattern does without a JsRegExp (mpts_rt) around it.
 */
function plainLiteral(node: ts.Expression): RegexLiteral | undefined {
  const lit = literalOf(node);
  return lit && !/[gy]/.test(lit.flags) ? lit : undefined;
}

/** The module-level name of a plain literal's compiled "(prefix)(pattern)" (see constantFor). */
function compiledPattern(ctx: TransformContext, lit: RegexLiteral): string {
  return moduleConstant(ctx, lit.node, lit.source, lit.flags, "bare");
}

/**
 * Whether a regex matches only at the start of the text: its source starts with `^`, no `|`
 * outside a group or class offers an unanchored alternative, and no `m` flag lets `^` match
 * after a line break. re's match() then needs no search prefix: a text that fails is tried once,
 * not at every position.
 */
function anchoredAtStart(lit: RegexLiteral): boolean {
  const src = lit.source;
  if (!src.startsWith("^") || lit.flags.includes("m")) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 1; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return false;
  }
  return true;
}

/** The value of a constant string expression (its literal type), else undefined. */
function constantString(ctx: TransformContext, node: ts.Expression | undefined): string | undefined {
  if (!node) return undefined;
  const t = ctx.checker.getTypeAtLocation(node);
  return t.isStringLiteral() ? t.value : undefined;
}

/** `new RegExp("pattern", "flags")` or `RegExp(...)` with constant strings. */
export function newRegExp(ctx: TransformContext, node: ts.NewExpression | ts.CallExpression): py.Expr {
  const [patternArg, flagsArg] = node.arguments ?? [];
  if (!patternArg) return regexValue(ctx, node, "(?:)", "");
  if (isRegExp(ctx, patternArg)) {
    throw unsupported(patternArg, Codes.regex, "Copying a RegExp with new RegExp(re)", "use the regex literal itself");
  }
  const pattern = constantString(ctx, patternArg);
  if (pattern === undefined) {
    throw unsupported(
      patternArg,
      Codes.regex,
      "A RegExp pattern known only at run time",
      "write the pattern as a regex literal /.../ or a constant string; to find a run-time string use indexOf or includes",
    );
  }
  const flags = flagsArg ? constantString(ctx, flagsArg) : "";
  if (flags === undefined)
    throw unsupported(flagsArg, Codes.regex, "RegExp flags known only at run time", "write the flags as a constant string");
  return regexValue(ctx, node, sourceOf(pattern), flags);
}

/** RegExp.prototype.source of a pattern given as a string: '/' and line breaks escaped, as JavaScript shows them. */
function sourceOf(pattern: string): string {
  if (pattern === "") return "(?:)";
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      out += c + (pattern[++i] ?? "");
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    out += c === "/" && !inClass ? "\\/" : c === "\n" ? "\\n" : c === "\r" ? "\\r" : c;
  }
  return out;
}

function regexValue(ctx: TransformContext, node: ts.Node, source: string, flags: string): py.Expr {
  const name = constantFor(ctx, node, source, flags);
  // JavaScript makes a new object each time a literal is evaluated; only the
  // g and y flags make that visible (lastIndex), so other regexes are shared
  if (/[gy]/.test(flags) && evaluatedRepeatedly(node)) return b.method(b.name(name), "fresh");
  return b.name(name);
}

function constantFor(ctx: TransformContext, node: ts.Node, source: string, flags: string): string {
  return moduleConstant(ctx, node, source, flags, "object");
}

/** The module-level constant of a regex: a JsRegExp, or (`bare`) only its compiled pattern. */
function moduleConstant(ctx: TransformContext, node: ts.Node, source: string, flags: string, kind: "object" | "bare" | "anchored"): string {
  let mod = perModule.get(ctx);
  if (!mod) perModule.set(ctx, (mod = { stmts: [], names: new Map() }));
  const key = kind + " " + source + "/" + flags;
  const known = mod.names.get(key);
  if (known) return known;
  let translated;
  try {
    translated = translateRegex(source, flags);
  } catch (err) {
    if (!(err instanceof RegexUnsupported)) throw err;
    throw unsupported(node, Codes.regex, `${err.what} in /${source}/${flags}`, err.instead);
  }
  // group 1: the text before the match (nothing for the y flag, which matches only at lastIndex); group 2: the match.
  // An anchored pattern only tested has no groups around it (anchoredAtStart)
  const full = kind === "anchored" ? translated.pattern : (flags.includes("y") ? "()(" : "([\\s\\S]*?)(") + translated.pattern + ")";
  const ascii = [...full].every((c) => c.charCodeAt(0) < 0x80);
  const literal: py.Constant = { kind: "Constant", value: full, bytes: !ascii };
  ctx.useStd("re");
  const compiled = b.method(b.name("re"), "compile", [literal]);
  const name = ctx.scopes.allocate(ctx.scopes.moduleScope, "_RE");
  mod.stmts.push(
    b.assign(
      b.name(name),
      kind !== "object" ? compiled : b.call(ctx.useHelper("JsRegExp"), [compiled, b.str(source), b.str(flags), b.num(translated.groups)]),
    ),
  );
  mod.names.set(key, name);
  return name;
}

/** Whether the node can run more than once: inside a function, a class or a loop. */
function evaluatedRepeatedly(node: ts.Node): boolean {
  for (let n = node.parent; n && !ts.isSourceFile(n); n = n.parent) {
    if (ts.isFunctionLike(n) || ts.isClassLike(n) || ts.isIterationStatement(n, false)) return true;
  }
  return false;
}

const flagProperties: Record<string, string> = {
  global: "g",
  ignoreCase: "i",
  multiline: "m",
  dotAll: "s",
  unicode: "u",
  sticky: "y",
  hasIndices: "d",
  unicodeSets: "v",
};

/** `re.global`, `re.source`, ...; lastIndex is an attribute, read and written as one. */
export function regexProperty(ctx: TransformContext, node: ts.PropertyAccessExpression): py.Expr | undefined {
  if (!isRegExp(ctx, node.expression)) return undefined;
  const name = node.name.text;
  const flag = flagProperties[name];
  if (flag) return b.cmp(b.str(flag), "in", b.attr(transformExpr(ctx, node.expression), "flags"));
  if (name === "source" || name === "flags" || name === "lastIndex") return b.attr(transformExpr(ctx, node.expression), name);
  throw unsupported(node.name, Codes.unsupportedMember, `RegExp.prototype.${name}`, "use source, flags, global, lastIndex, test or exec");
}

/** `re.test(s)`, `re.exec(s)`, `re.toString()`. */
export function regexMethod(ctx: TransformContext, name: string, node: ts.CallExpression, callee: ts.PropertyAccessExpression): py.Expr {
  const rx = () => transformExpr(ctx, callee.expression);
  const arg = node.arguments[0];
  const text = () => (arg ? toJsString(ctx, arg, transformExpr(ctx, arg)) : b.str("undefined"));
  switch (name) {
    case "test": {
      const plain = plainLiteral(callee.expression);
      if (plain) {
        const pattern = anchoredAtStart(plain)
          ? moduleConstant(ctx, plain.node, plain.source, plain.flags, "anchored")
          : compiledPattern(ctx, plain);
        return b.cmp(b.method(b.name(pattern), "match", [text()]), "is not", b.none());
      }
      return b.method(rx(), name, [text()]);
    }
    case "exec":
      return b.method(rx(), name, [text()]);
    case "toString":
      return b.method(rx(), "toString");
  }
  throw unsupported(
    callee.name,
    Codes.unsupportedMember,
    `RegExp.prototype.${name}`,
    "use test or exec, or the String methods match, matchAll, replace, split and search",
  );
}

const regexStringMethods = new Set(["match", "matchAll", "search", "replace", "replaceAll", "split"]);

/**
 * String methods given a regex: match, matchAll, replace, replaceAll, split,
 * search; also match and search given a constant string (JavaScript makes it a
 * regex). Undefined when the call is for the plain string methods.
 */
export function regexStringMethod(
  ctx: TransformContext,
  name: string,
  node: ts.CallExpression,
  callee: ts.PropertyAccessExpression,
): py.Expr | undefined {
  const [arg0, arg1] = node.arguments;
  if (!regexStringMethods.has(name) || !arg0) return undefined;
  // runs of some characters taken off an end (regex-strip.ts); replaceAll wants a g regex (else TypeError)
  const literal = (name === "replace" || name === "replaceAll") && constantString(ctx, arg1) === "" ? literalOf(arg0) : undefined;
  const strip = literal && (name === "replace" || literal.flags.includes("g")) ? stripOf(literal.source, literal.flags) : undefined;
  if (strip) return stripCall(transformExpr(ctx, callee.expression), strip);
  const plain = name === "replace" ? plainLiteral(arg0) : undefined;
  const constant = plain && arg1 && constantString(ctx, arg1);
  if (plain && constant !== undefined && !constant.includes("$")) {
    const s = transformExpr(ctx, callee.expression);
    return b.call(ctx.useHelper("js_re_sub"), [s, b.name(compiledPattern(ctx, plain)), b.str(constant)]);
  }
  let rx: py.Expr;
  if (isRegExp(ctx, arg0)) {
    rx = transformExpr(ctx, arg0);
  } else if (name === "match" || name === "search") {
    const pattern = constantString(ctx, arg0);
    if (pattern === undefined) {
      throw unsupported(
        arg0,
        Codes.regex,
        `${name}() with a string known only at run time`,
        "pass a regex literal /.../, or use indexOf or includes",
      );
    }
    rx = regexValue(ctx, arg0, sourceOf(pattern), "");
  } else {
    const t = ctx.checker.getTypeAtLocation(arg0);
    if (!T.isString(t, true) && t.isUnion() && t.types.some((p) => T.libTypeName(p, false) === "RegExp")) {
      throw unsupported(
        arg0,
        Codes.regex,
        `${name}() with a string-or-RegExp value`,
        'narrow it to one type first (typeof x === "string")',
      );
    }
    return undefined;
  }
  const s = transformExpr(ctx, callee.expression);
  switch (name) {
    case "match":
      return b.call(ctx.useHelper("js_re_match"), [s, rx]);
    case "matchAll":
      return b.call(ctx.useHelper("js_re_match_all"), [s, rx]);
    case "search":
      return b.call(ctx.useHelper("js_re_search"), [s, rx]);
    case "split":
      return b.call(ctx.useHelper("js_re_split"), arg1 ? [s, rx, transformExpr(ctx, arg1)] : [s, rx]);
  }
  // replace / replaceAll: a replacement string with $ patterns, or a function
  const every = name === "replaceAll";
  // replaceAll of a literal with the g flag needs no check
  const all = every && !/g/.test(literalOf(arg0)?.flags ?? "") ? b.call(ctx.useHelper("js_re_global"), [rx]) : rx;
  if (!arg1) return b.call(ctx.useHelper("js_re_replace"), [s, all, b.str("undefined")]);
  const repType = ctx.checker.getTypeAtLocation(arg1);
  const rep = transformExpr(ctx, arg1);
  if (repType.getCallSignatures().length > 0) {
    // JavaScript passes (match, groups..., index, string); a Python function takes only what it declares
    const count = T.callSignatureParamCount(ctx.checker, arg1);
    return b.call(ctx.useHelper("js_re_replace_fn"), count === undefined ? [s, all, rep] : [s, all, rep, b.num(count)]);
  }
  return b.call(ctx.useHelper("js_re_replace"), [s, all, T.isString(repType) ? rep : toJsString(ctx, arg1, rep)]);
}
