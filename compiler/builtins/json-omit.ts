// JSON.stringify writes `null` for a null property and leaves an undefined one
// out; mpts represents both as None. The static type of each property decides:
// a None-valued property is written as `null` only where its type admits null
// (or is any/unknown/a type parameter, where the type says nothing); elsewhere
// None can only be undefined (an optional property, `T | undefined`, a
// variable never assigned, a hole) and the property is left out.
//
// The decision travels to js_json as a small spec, per nesting level:
//   1          leave out every None-valued property, at every depth
//   0          write every None as null, at every depth (any, unknown, T)
//   {k: e}     per property k (unlisted keys: 0); the entry e is
//                1, or a dict d: leave k out when None, 1 or d below it
//                ({} leaves it out and writes null below)
//                [s]: write null when None, spec s below it
// Arrays pass their spec on to their elements. Ordinary programs, whose types
// mention no undefined, keep the plain call (JSON writes null for holes then).
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import * as T from "../transform/types.js";

type Spec = 0 | 1 | Map<string, Entry>;
type Entry = { omitSelf: boolean; inner: Spec };

const F = ts.TypeFlags;

/** The js_json spec argument for a value of type `t`, or undefined for "write null" (the default). */
export function jsonOmitSpec(ctx: TransformContext, t: ts.Type): py.Expr | undefined {
  const state = { undef: false, seen: new Set<ts.Type>() };
  const s = spec(ctx, t, state);
  if (!state.undef || s === 0) return undefined;
  return encode(s);
}

function spec(ctx: TransformContext, t: ts.Type, st: { undef: boolean; seen: Set<ts.Type> }): Spec {
  if (T.isAnyLike(t)) return 0;
  const parts = (t.isUnion() ? t.types : [t]).filter((p) => !(p.flags & (F.Null | F.Undefined | F.Void)));
  if (parts.length !== 1) return agreed(parts.map((p) => spec(ctx, p, st)));
  const v = parts[0];
  if (T.isPrimitive(v) || v.getCallSignatures().length > 0) return 1;
  if (st.seen.has(v)) return 0; // a recursive type: written as today below its first level
  st.seen.add(v);
  try {
    if (ctx.checker.isArrayType(v) || ctx.checker.isTupleType(v)) {
      return agreed(ctx.checker.getTypeArguments(v as ts.TypeReference).map((a) => spec(ctx, a, st)));
    }
    if (v.getProperty("toJSON")) return 0;
    const props = new Map<string, Entry>();
    for (const p of v.getProperties()) {
      if (p.flags & (ts.SymbolFlags.Method | ts.SymbolFlags.Accessor)) continue;
      const decl = p.valueDeclaration ?? p.declarations?.[0];
      const pt = decl ? ctx.checker.getTypeOfSymbolAtLocation(p, decl) : ctx.checker.getTypeOfSymbol(p);
      if (pt.getCallSignatures().length > 0) continue;
      props.set(p.getName(), entry(ctx, pt, (p.flags & ts.SymbolFlags.Optional) !== 0, st));
    }
    const indexed = ctx.checker.getIndexInfosOfType(v).map((i) => entry(ctx, i.type, false, st));
    const all = [...props.values(), ...indexed];
    if (all.every((e) => e.omitSelf && e.inner === 1)) return 1;
    if (indexed.length === 0 && all.every((e) => !e.omitSelf && e.inner === 0)) return 0;
    // keys an index signature allows are not known here: they keep null (unlisted)
    return props;
  } finally {
    st.seen.delete(v);
  }
}

/** The spec of a value of one of several types: theirs when they agree, else write null everywhere. */
function agreed(specs: Spec[]): Spec {
  if (specs.length === 0) return 1;
  const first = JSON.stringify(encode(specs[0]));
  return specs.every((s) => JSON.stringify(encode(s)) === first) ? specs[0] : 0;
}

function entry(ctx: TransformContext, pt: ts.Type, optional: boolean, st: { undef: boolean; seen: Set<ts.Type> }): Entry {
  if (optional || T.hasUndefined(pt)) st.undef = true;
  const keepsNull = T.hasNull(pt) || T.isAnyLike(pt);
  return { omitSelf: !keepsNull, inner: spec(ctx, pt, st) };
}

function encode(s: Spec): py.Expr {
  if (s === 0 || s === 1) return b.num(s);
  const entries: { key: py.Expr; value: py.Expr }[] = [];
  for (const [k, e] of s) {
    if (!e.omitSelf && e.inner === 0) continue;
    const inner = encode(e.inner);
    // omitted when None with nothing known below: {} (no listed keys keep null)
    const value = e.omitSelf ? (e.inner === 0 ? ({ kind: "Dict", entries: [] } as py.Expr) : inner) : b.list([inner]);
    entries.push({ key: b.str(k), value });
  }
  return { kind: "Dict", entries };
}
