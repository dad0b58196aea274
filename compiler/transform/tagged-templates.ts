// Tagged templates with a user's tag function: tag`a${x}b` calls
// tag(strings, x) where strings is ["a", "b"] with strings.raw, the text as
// written (escapes not applied). String.raw`...` with substitutions joins the
// raw text and the values.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { transformOrdered } from "./order.js";
import { toJsString } from "./conversions.js";
import { thisFunctionOf } from "./this.js";

/** ts.TokenFlags.ContainsInvalidEscape (internal to TypeScript's typings) */
const containsInvalidEscape = 1 << 11;

function parts(template: ts.TemplateLiteral): { cooked: (string | undefined)[]; raw: string[]; values: ts.Expression[] } {
  if (ts.isNoSubstitutionTemplateLiteral(template)) {
    return { cooked: [template.text], raw: [template.rawText ?? template.text], values: [] };
  }
  const literals = [template.head, ...template.templateSpans.map((s) => s.literal)];
  return {
    // an invalid escape in a tagged template leaves the cooked string undefined
    cooked: literals.map((l) => (((l as { templateFlags?: number }).templateFlags ?? 0) & containsInvalidEscape ? undefined : l.text)),
    raw: literals.map((l) => l.rawText ?? l.text),
    values: template.templateSpans.map((s) => s.expression),
  };
}

/** `String.raw` with substitutions: the raw pieces and the values as strings. */
export function stringRaw(ctx: TransformContext, node: ts.TaggedTemplateExpression): py.Expr {
  const { raw, values } = parts(node.template);
  if (values.length === 0) return b.str(raw[0]);
  const args = transformOrdered(ctx, values, (v) => toJsString(ctx, v, transformExpr(ctx, v)));
  const escape = (s: string) => s.replace(/\{/g, "{{").replace(/\}/g, "}}");
  const fmt =
    escape(raw[0]) +
    raw
      .slice(1)
      .map((r) => "{}" + escape(r))
      .join("");
  return b.method(b.str(fmt), "format", args);
}

/** tag`...` with a function of the program as the tag. */
export function callTag(ctx: TransformContext, node: ts.TaggedTemplateExpression): py.Expr {
  const { cooked, raw, values } = parts(node.template);
  const strs = (xs: (string | undefined)[]) => b.list(xs.map((x) => (x === undefined ? b.none() : b.str(x))));
  const sameRaw = cooked.every((c, i) => c === raw[i]);
  const strings = b.call(ctx.useHelper("js_template"), sameRaw ? [strs(cooked)] : [strs(cooked), strs(raw)]);
  // the tag is evaluated before the substitutions, as in JavaScript
  const [tag, ...args] = transformOrdered(ctx, [node.tag, ...values], (e) => transformExpr(ctx, e));
  // a function that takes its receiver (this.ts) gets undefined from a plain tag
  const receiver = thisFunctionOf(ctx, node.tag) ? [b.none()] : [];
  return b.call(tag, [...receiver, strings, ...args]);
}
