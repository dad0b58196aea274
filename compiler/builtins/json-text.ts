// JSON.stringify of a fresh object (fresh-objects.ts) as one format string.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { argumentAt, isIntExpr, isShortDecimalExpr } from "../transform/conversions.js";
import { NONINT } from "../transform/numeric.js";
import { fieldsOf, freshObject, type Field, type Fresh } from "../transform/fresh-objects.js";
import * as T from "../transform/types.js";
import { recordRead } from "../transform/record-fields.js";

/** JSON.stringify(arg) as a format string, or undefined when the general helper must write it. */
export function stringifyFresh(ctx: TransformContext, arg: ts.Expression, omitSpec: (t: ts.Type) => py.Expr | undefined): py.Expr | undefined {
  const fresh = freshObject(ctx.checker, arg);
  const fields = fresh && fieldsOf(ctx.checker, fresh);
  if (!fresh || !fields) return undefined;
  const isNullable = (f: Field, src: ts.Expression[]) => T.hasNull(f.type) || src.some((s) => T.hasNull(ctx.checker.getTypeAtLocation(s)));
  // a value read twice (x is None) or dropped (null) is evaluated first: then all are, in their order
  const anyHoisted = (fr: Fresh, fs: Field[]): boolean =>
    fs.some((f, i) =>
      f.fields ? anyHoisted(f.nested!, f.fields) : !fr.sources[i].every((e) => constantText(e)) && (f.leaf === "null" || isNullable(f, fr.sources[i])),
    );
  const hoist = !!fresh.literal && anyHoisted(fresh, fields);
  // a name too: a later value's call may assign it
  const pin = (v: py.Expr): py.Expr => {
    if (v.kind === "Constant") return v;
    const t = b.name(ctx.temp());
    ctx.addPreceding(b.assign(t, v));
    return t;
  };
  const parts: string[] = [];
  const values: py.Expr[] = [];
  const emit = (fr: Fresh, fs: Field[], obj: py.Expr | undefined) => {
    parts.push("{");
    fs.forEach((f, i) => {
      parts.push((i ? "," : "") + JSON.stringify(f.key).replace(/%/g, "%%") + ":");
      if (f.nested && f.fields) return emit(f.nested, f.fields, undefined);
      const src = fr.sources[i];
      // the same literal in every source: a fresh object still holds it, so its text is known now
      const known = src.map(constantText);
      if (known.every((k) => k !== undefined && k === known[0])) return parts.push(known[0]!.replace(/%/g, "%%"));
      const v = obj ? (recordRead(ctx, arg, obj, f.key) ?? b.sub(obj, b.str(f.key))) : transformExpr(ctx, src[0]);
      if (f.leaf === "null") {
        if (!obj && v.kind !== "Constant" && v.kind !== "Name") ctx.addPreceding(b.exprStmt(v));
        parts.push("null");
        return;
      }
      const nullable = isNullable(f, src);
      const x = hoist && !obj ? pin(v) : nullable ? ctx.once(v) : v;
      // an integer goes straight into a %d field, a short decimal into %.15g (numeric-decimals.ts)
      const numeric = f.leaf === "num" && !nullable;
      const field = numeric && src.every((s) => isIntExpr(ctx, s)) ? "%d" : numeric && src.every((s) => isShortDecimalExpr(ctx, s)) ? "%.15g" : undefined;
      if (field) {
        parts.push(field);
        values.push(x);
        return;
      }
      let text: py.Expr;
      if (f.leaf === "bool") text = b.ifExp(x, b.str("true"), b.str("false"));
      else if (f.leaf === "str") text = b.call(ctx.useHelper("js_json_str"), [x]);
      else if (f.leaf === "num") text = src.every((s) => isIntExpr(ctx, s)) ? b.call("str", [x]) : b.call(ctx.useHelper("js_json_num"), [x]);
      else {
        const args = [x];
        // which None-valued properties below are undefined, left out (json-omit.ts)
        const spec = omitSpec(f.type);
        if (spec) args.push(b.none(), spec.kind === "Constant" ? b.bool(true) : spec);
        text = b.call(ctx.useHelper("js_json"), args);
      }
      parts.push("%s");
      values.push(nullable ? b.ifExp(b.cmp(x, "is", b.none()), b.str("null"), text) : text);
    });
    parts.push("}");
  };
  emit(fresh, fields, fresh.literal ? undefined : ctx.once(transformExpr(ctx, arg)));
  const format = parts.join("");
  if (values.length === 0) return b.str(format.replace(/%%/g, "%"));
  return b.bin(b.str(format), "%", b.tuple(values));
}

/**
 * JSON.stringify(d) of a dictionary (`Record<string, number | string | boolean>`) the program
 * builds itself (every value it holds is one the numeric analysis saw stored: a dict, not a
 * parsed list): its items as `"key":value` in the dict's order, each value written as its type
 * says; an integer by %d. Undefined when the general helper must write it.
 */
export function stringifyDictionary(ctx: TransformContext, arg: ts.Expression): py.Expr | undefined {
  const t = ctx.checker.getTypeAtLocation(arg);
  if (!T.isDictionary(ctx.checker, t) || T.isNullable(t)) return undefined;
  const valueType = ctx.checker.getIndexInfosOfType(T.nonNullParts(t)[0])[0].type;
  const values = ctx.program.numeric.arrayClass(argumentAt(ctx, arg));
  if (!values.complete || T.isNullable(valueType)) return undefined;
  const k = b.name(ctx.temp("_k"));
  const v = b.name(ctx.temp("_v"));
  const key = b.call(ctx.useHelper("js_json_str"), [k]);
  let item: py.Expr;
  // NONINT covers NaN and the infinities, which JSON writes as null (js_json_num)
  if (T.isNumber(valueType))
    item = values.elements & NONINT ? b.bin(b.str("%s:%s"), "%", b.tuple([key, b.call(ctx.useHelper("js_json_num"), [v])])) : b.bin(b.str("%s:%d"), "%", b.tuple([key, v]));
  else if (T.isString(valueType)) item = b.bin(b.str("%s:%s"), "%", b.tuple([key, b.call(ctx.useHelper("js_json_str"), [v])]));
  else if (T.isBoolean(valueType)) item = b.bin(key, "+", b.ifExp(v, b.str(":true"), b.str(":false")));
  else return undefined;
  const items: py.Expr = { kind: "ListComp", elt: item, target: b.tuple([k, v]), iter: b.method(transformExpr(ctx, arg), "items") };
  return b.bin(b.str("{%s}"), "%", b.method(b.str(","), "join", [items]));
}

/** The JSON text of a string, number, boolean or null literal. */
function constantText(e: ts.Expression): string | undefined {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return JSON.stringify(e.text);
  if (e.kind === ts.SyntaxKind.TrueKeyword) return "true";
  if (e.kind === ts.SyntaxKind.FalseKeyword) return "false";
  if (e.kind === ts.SyntaxKind.NullKeyword) return "null";
  // JSON's number text, as JavaScript writes it (1e21, -0 as 0)
  if (ts.isNumericLiteral(e)) return JSON.stringify(Number(e.text.replace(/_/g, "")));
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand))
    return JSON.stringify(-Number(e.operand.text.replace(/_/g, "")));
  return undefined;
}
