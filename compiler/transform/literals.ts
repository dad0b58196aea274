// Array, object and template literals.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import { Codes, unsupported } from "../diagnostics.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { toJsString } from "./conversions.js";
import { pieceOf, stringOf, type Field, type Piece } from "./string-format.js";
import * as T from "./types.js";
import { pastEndWidens } from "./bounds.js";
import { pythonKeywords } from "../python/names.js";
import { functionValue } from "./functions.js";
import { transformOrdered } from "./order.js";
import { conflicts, effectsOf } from "./effects.js";
import { bindObjectMethods } from "./this.js";
import { stringRaw, callTag } from "./tagged-templates.js";
import { needsJsIter } from "./iteration.js";
import { isNumberLiteral } from "./byte-arrays.js";
import { recordValue } from "./record-fields.js";

/** Python value of `[...x]`: a list holding x's items in JavaScript's iteration order. */
export function spreadToList(ctx: TransformContext, node: ts.Expression, e: py.Expr, copy: boolean): py.Expr {
  const t = ctx.checker.getTypeAtLocation(node);
  if (T.isMapType(t)) return b.call("list", [b.method(e, "items")]);
  if (T.isArray(ctx.checker, t) && !copy && !T.isListSubclass(t)) return e;
  if (T.isUint8Array(t, false) && !copy) return e; // a bytearray iterates its ints
  if (needsJsIter(ctx, t)) return b.call("list", [b.call(ctx.useHelper("js_iter"), [e])]);
  return b.call("list", [e]);
}

export function transformArrayLiteral(ctx: TransformContext, node: ts.ArrayLiteralExpression): py.Expr {
  const hole = node.elements.find(ts.isOmittedExpression);
  if (hole) throw unsupported(node, Codes.sparseArray, "An array with holes", "write undefined (or null) for the missing element");
  // elements run left to right even when a later one needs statements first ([n, n++])
  const values = transformOrdered(ctx, node.elements, (el) => transformExpr(ctx, ts.isSpreadElement(el) ? el.expression : el));
  const bytes = holdsBytes(ctx, node) ? byteArray(values) : undefined;
  if (bytes) return bytes;
  const pieces: py.Expr[] = [];
  let current: py.Expr[] | undefined;
  const shared = ctx.scopes.namesAssignedByClosures();
  node.elements.forEach((el, i) => {
    if (ts.isSpreadElement(el)) {
      current = undefined;
      // `[...a, a.pop()]` copies a's items before the pop: the list is concatenated only afterwards
      const read = effectsOf(b.call("list", [values[i]]));
      const copy = node.elements.length === 1 || values.slice(i + 1).some((v) => conflicts(read, effectsOf(v), shared));
      pieces.push(spreadToList(ctx, el.expression, values[i], copy));
    } else {
      if (!current) pieces.push(b.list((current = [])));
      current.push(values[i]);
    }
  });
  if (pieces.length === 1 && current && isPythonTupleContext(ctx, node)) return b.tuple(current);
  if (pieces.length === 0) return b.list([]);
  return pieces.reduce((acc, p) => b.bin(acc, "+", p));
}

/** A `number[]` literal the byte-array rule makes a bytearray (byte-arrays.ts). */
function holdsBytes(ctx: TransformContext, node: ts.ArrayLiteralExpression): boolean {
  return ctx.checker.isArrayType(ctx.checker.getTypeAtLocation(node)) && isNumberLiteral(ctx.checker, node) && ctx.program.byteArrays.isBytes(node);
}

/**
 * `bytearray()`, or `bytearray(b"\x01\x02")` for constants (no list made). A literal of
 * computed bytes stays a list, which every use of a byte array treats alike: `bytearray([a, b])`
 * would make the list too (measured: 48 more bytes allocated per 8-byte literal, 9% slower).
 */
function byteArray(values: py.Expr[]): py.Expr | undefined {
  if (values.length === 0) return b.call("bytearray", []);
  const constant = values.every((v) => v.kind === "Constant" && typeof v.value === "number");
  if (constant) return b.call("bytearray", [bytesConstant(values.map((v) => (v as py.Constant).value as number))]);
  return undefined;
}

export function bytesConstant(codes: number[]): py.Constant {
  // one code unit per byte (no spread: a long literal would pass too many arguments)
  return { kind: "Constant", value: codes.map((c) => String.fromCharCode(c)).join(""), bytes: true };
}

/**
 * Board APIs take Python tuples (`sock.connect((host, port))`): an array literal is a tuple when
 * the typings ask for a named tuple type such as `SockAddr`, or for any readonly tuple.
 */
function isPythonTupleContext(ctx: TransformContext, node: ts.ArrayLiteralExpression): boolean {
  let t = ctx.checker.getContextualType(node);
  // `string | Addr4`: an array literal can only be the union's one tuple member
  const tuples = t?.isUnion() ? t.types.filter((p) => ctx.checker.isTupleType(p)) : [];
  if (tuples.length === 1) t = tuples[0];
  if (!t || !ctx.checker.isTupleType(t)) return false;
  const alias = t.aliasSymbol?.declarations?.[0];
  if (T.isBoardDeclaration(alias)) return true;
  const target = (t as ts.TypeReference).target as ts.TupleType | undefined;
  return !!target?.readonly;
}

/** The Python key of a property name. */
export function propertyKey(ctx: TransformContext, name: ts.PropertyName): py.Expr {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return b.str(name.text);
  if (ts.isNumericLiteral(name)) return b.str(String(Number(name.text)));
  if (ts.isComputedPropertyName(name)) {
    const key = transformExpr(ctx, name.expression);
    // a symbol is a key of its own (JsSymbol hashes by identity); Symbol.iterator is the string "__iter__"
    if (ctx.checker.getTypeAtLocation(name.expression).flags & ts.TypeFlags.ESSymbolLike) return key;
    return toJsString(ctx, name.expression, key);
  }
  throw unsupported(name, Codes.unsupportedSyntax, "This property name", "use an identifier or a string");
}

export function transformObjectLiteral(ctx: TransformContext, node: ts.ObjectLiteralExpression): py.Expr {
  // a record: a tuple read by position (records.ts)
  const record = recordValue(ctx, node, () => segmentEntries(ctx, [...node.properties]));
  if (record) return record;
  return bindObjectMethods(ctx, node, buildObjectLiteral(ctx, node));
}

function buildObjectLiteral(ctx: TransformContext, node: ts.ObjectLiteralExpression): py.Expr {
  let target: py.Name | undefined; // once a spread appears, build the dict with statements
  const segment: ts.ObjectLiteralElementLike[] = [];
  const flush = (entries: Entry[]) => {
    for (const en of entries) ctx.addPreceding(b.assign(b.sub(target!, en.key), en.value));
  };
  for (const prop of node.properties) {
    if (!ts.isSpreadAssignment(prop)) {
      segment.push(prop);
      continue;
    }
    // the properties before a spread are stored before the spread expression runs
    const entries = segmentEntries(ctx, segment.splice(0));
    if (!target) {
      target = b.name(ctx.temp("_o"));
      ctx.addPreceding(b.assign(target, makeDict(ctx, entries)));
    } else flush(entries);
    spreadInto(ctx, target, prop.expression, transformExpr(ctx, prop.expression));
  }
  const entries = segmentEntries(ctx, segment);
  if (!target) return makeDict(ctx, entries);
  flush(entries);
  return target;
}

type Entry = { key: py.Expr; value: py.Expr };

/** Keys and values of properties without spreads, evaluated left to right (`{ a: i, b: i++ }`). */
function segmentEntries(ctx: TransformContext, props: ts.ObjectLiteralElementLike[]): Entry[] {
  const parts: { prop: ts.ObjectLiteralElementLike; key: boolean }[] = [];
  for (const prop of props) {
    if (ts.isGetAccessorDeclaration(prop) || ts.isSetAccessorDeclaration(prop)) {
      throw unsupported(prop, Codes.getterInObject, "A getter or setter in an object literal", "use a class with get/set accessors");
    }
    if (!ts.isPropertyAssignment(prop) && !ts.isShorthandPropertyAssignment(prop) && !ts.isMethodDeclaration(prop)) {
      throw unsupported(prop, Codes.unsupportedSyntax, "This object member", "use a property: value pair");
    }
    if (prop.name && ts.isComputedPropertyName(prop.name)) parts.push({ prop, key: true });
    parts.push({ prop, key: false });
  }
  const values = transformOrdered(ctx, parts, ({ prop, key }) => {
    if (key) return propertyKey(ctx, prop.name!);
    if (ts.isPropertyAssignment(prop)) return transformExpr(ctx, prop.initializer);
    if (ts.isShorthandPropertyAssignment(prop)) return transformExpr(ctx, prop.name);
    return functionValue(ctx, prop as ts.MethodDeclaration);
  });
  const entries: Entry[] = [];
  let computed: py.Expr | undefined;
  parts.forEach(({ prop, key }, i) => {
    if (key) computed = values[i];
    else {
      entries.push({
        key: computed ?? (ts.isShorthandPropertyAssignment(prop) ? b.str(prop.name.text) : propertyKey(ctx, prop.name!)),
        value: values[i],
      });
      computed = undefined;
    }
  });
  return entries;
}

/** `{ ...v }`: v's own properties (a class instance's fields); null and undefined add nothing. */
function spreadInto(ctx: TransformContext, target: py.Name, node: ts.Expression, value: py.Expr): void {
  const t = ctx.checker.getTypeAtLocation(node);
  if (T.isArray(ctx.checker, t) || T.isString(t)) {
    // an array's or a string's own properties are its indices, as strings
    const [i, x] = [b.name(ctx.temp("_i")), b.name(ctx.temp("_x"))];
    const pairs: py.ListComp = { kind: "ListComp", elt: b.tuple([b.call("str", [i]), x]), target: b.tuple([i, x]), iter: b.call("enumerate", [value]) };
    ctx.addPreceding(b.exprStmt(b.method(target, "update", [pairs])));
    return;
  }
  // a value of a loose type (`cond && obj`, any) may be false, a number or None: only objects add properties
  if (T.isAnyLike(t) || (t.isUnion() && t.types.some((p) => p.flags & (ts.TypeFlags.BooleanLike | ts.TypeFlags.NumberLike)))) {
    const v = ctx.once(value);
    ctx.addPreceding(b.ifStmt(b.call("isinstance", [v, b.name("dict")]), [b.exprStmt(b.method(target, "update", [v]))]));
    return;
  }
  if (T.isPrimitive(t)) {
    ctx.addPreceding(b.exprStmt(value)); // null, undefined, a boolean or a number adds nothing
    return;
  }
  const instance = T.isClassInstance(t);
  const maybeNone = T.hasNull(t) || T.hasUndefined(t);
  const v = instance || maybeNone ? ctx.once(value) : value;
  let items = v;
  if (instance) {
    const [k, a] = [b.name(ctx.temp("_k")), b.name(ctx.temp("_a"))];
    items = {
      kind: "ListComp",
      elt: b.tuple([k, b.call("getattr", [v, a])]),
      target: b.tuple([k, a]),
      iter: b.call(ctx.useHelper("js_fields"), [v]),
    };
  }
  const update = b.exprStmt(b.method(target, "update", [items]));
  ctx.addPreceding(maybeNone ? b.ifStmt(b.cmp(v, "is not", b.none()), [update]) : update);
}

function makeDict(ctx: TransformContext, entries: { key: py.Expr; value: py.Expr }[]): py.Expr {
  if (!ctx.program.orderedObjects) return { kind: "Dict", entries };
  // MicroPython dicts forget insertion order; JavaScript objects keep it
  ctx.useStd("collections", "OrderedDict");
  if (entries.length === 0) return b.call("OrderedDict");
  const identifierKeys = entries.every(
    (e) =>
      e.key.kind === "Constant" &&
      typeof e.key.value === "string" &&
      /^[A-Za-z_][A-Za-z0-9_]*$/.test(e.key.value) &&
      !pythonKeywords.has(e.key.value),
  );
  if (identifierKeys) {
    // keyword arguments keep their order in MicroPython
    return b.call(
      "OrderedDict",
      [],
      entries.map((e) => ({ name: (e.key as py.Constant).value as string, value: e.value })),
    );
  }
  return b.call("OrderedDict", [b.tuple(entries.map((e) => b.tuple([e.key, e.value])))]);
}

export function transformTemplate(ctx: TransformContext, node: ts.TemplateExpression): py.Expr {
  const spans = node.templateSpans;
  // `${x}` alone is String(x)
  if (!node.head.text && spans.length === 1 && !spans[0].literal.text) {
    return toJsString(ctx, spans[0].expression, transformExpr(ctx, spans[0].expression));
  }
  // each part's conversion is ordered with it: it may need a temporary, which must not run before earlier parts
  const fields: (Field | undefined)[] = [];
  const values = transformOrdered(ctx, spans, (span) => {
    const piece = pieceOf(ctx, span.expression, transformExpr(ctx, span.expression));
    fields.push("field" in piece ? piece.field : undefined);
    return "field" in piece ? piece.value : b.str(piece.text);
  });
  const pieces: Piece[] = [{ text: node.head.text }];
  for (const [i, span] of spans.entries()) {
    const [field, value] = [fields[i], values[i]];
    const text = !field && value.kind === "Constant" && typeof value.value === "string" ? value.value : undefined;
    pieces.push(text !== undefined ? { text } : { field: field ?? "%s", value }, { text: span.literal.text });
  }
  return stringOf(pieces); // string-format.ts
}

export function transformTaggedTemplate(ctx: TransformContext, node: ts.TaggedTemplateExpression): py.Expr {
  const tag = node.tag;
  if (ts.isIdentifier(tag) && tag.text === "b" && ts.isNoSubstitutionTemplateLiteral(node.template)) {
    const text = node.template.text;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) > 0xff) {
        throw unsupported(node, Codes.taggedTemplate, "A non-Latin-1 character in a bytes literal", "encode the text: str.encode()");
      }
    }
    return { kind: "Constant", value: text, bytes: true };
  }
  if (ts.isPropertyAccessExpression(tag) && tag.getText() === "String.raw") return stringRaw(ctx, node);
  return callTag(ctx, node); // tagged-templates.ts
}
