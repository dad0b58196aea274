// Map and Set, both dicts (a Set maps each member to None), so iteration follows
// insertion order when the program needs it and membership is a hash lookup.
import { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { Codes, unsupported } from "../diagnostics.js";
import * as T from "../transform/types.js";

function emptyDict(ctx: TransformContext): py.Expr {
  if (!ctx.program.ordered) return { kind: "Dict", entries: [] };
  ctx.useStd("collections", "OrderedDict");
  return b.call("OrderedDict");
}

function dictFrom(ctx: TransformContext, pairs: py.Expr): py.Expr {
  if (!ctx.program.ordered) return b.call("dict", [pairs]);
  ctx.useStd("collections", "OrderedDict");
  return b.call("OrderedDict", [pairs]);
}

export function newMap(ctx: TransformContext, node: ts.NewExpression): py.Expr {
  const arg = node.arguments?.[0];
  if (!arg) return emptyDict(ctx);
  const src = transformExpr(ctx, arg);
  if (T.isMapType(ctx.checker.getTypeAtLocation(arg))) return dictFrom(ctx, b.method(src, "items"));
  return dictFrom(ctx, src);
}

export function newSet(ctx: TransformContext, node: ts.NewExpression): py.Expr {
  const arg = node.arguments?.[0];
  if (!arg) return emptyDict(ctx);
  const x = b.name(ctx.temp("_x"));
  const src = transformExpr(ctx, arg);
  return dictFrom(ctx, { kind: "ListComp", elt: b.tuple([x, b.none()]), target: x, iter: src });
}

function isStatement(node: ts.Node): boolean {
  return ts.isExpressionStatement(node.parent);
}

export function mapMethod(ctx: TransformContext, name: string, node: ts.CallExpression, callee: ts.PropertyAccessExpression): py.Expr | undefined {
  const m = () => transformExpr(ctx, callee.expression);
  const a = () => node.arguments.map((x) => transformExpr(ctx, x));
  switch (name) {
    case "get":
      return b.method(m(), "get", a());
    case "set": {
      const map = ctx.once(m());
      const [k, v] = a();
      ctx.addPreceding(b.assign(b.sub(map, k), v));
      return map;
    }
    case "has":
      return b.cmp(a()[0], "in", m());
    case "delete": {
      const map = m();
      const k = a()[0];
      if (isStatement(node)) return b.method(map, "pop", [k, b.none()]);
      const mm = ctx.once(map);
      const kk = ctx.once(k);
      const had = b.name(ctx.temp("_had"));
      ctx.addPreceding(b.assign(had, b.cmp(kk, "in", mm)), b.exprStmt(b.method(mm, "pop", [kk, b.none()])));
      return had;
    }
    case "clear":
      return b.method(m(), "clear");
    case "keys":
      return b.method(m(), "keys");
    case "values":
      return b.method(m(), "values");
    case "entries":
      return b.method(m(), "items");
    case "forEach": {
      const map = m();
      const fn = ctx.once(transformExpr(ctx, node.arguments[0]));
      const [k, v] = [b.name(ctx.temp("_k")), b.name(ctx.temp("_v"))];
      ctx.addPreceding({ kind: "For", target: b.tuple([k, v]), iter: b.method(map, "items"), body: [b.exprStmt(b.call(fn, [v, k]))] });
      return b.none();
    }
    default:
      throw unsupported(callee.name, Codes.unsupportedMember, `Map.prototype.${name}`, "use get, set, has, delete, keys, values, entries or forEach");
  }
}

export function setMethod(ctx: TransformContext, name: string, node: ts.CallExpression, callee: ts.PropertyAccessExpression): py.Expr | undefined {
  const s = () => transformExpr(ctx, callee.expression);
  const a = () => node.arguments.map((x) => transformExpr(ctx, x));
  switch (name) {
    case "add": {
      const set = ctx.once(s());
      ctx.addPreceding(b.assign(b.sub(set, a()[0]), b.none()));
      return set;
    }
    case "has":
      return b.cmp(a()[0], "in", s());
    case "delete": {
      const set = s();
      const k = a()[0];
      if (isStatement(node)) return b.method(set, "pop", [k, b.none()]);
      const ss = ctx.once(set);
      const kk = ctx.once(k);
      const had = b.name(ctx.temp("_had"));
      ctx.addPreceding(b.assign(had, b.cmp(kk, "in", ss)), b.exprStmt(b.method(ss, "pop", [kk, b.none()])));
      return had;
    }
    case "clear":
      return b.method(s(), "clear");
    case "keys":
    case "values":
      return b.method(s(), "keys");
    case "entries": {
      const x = b.name(ctx.temp("_x"));
      return { kind: "ListComp", elt: b.tuple([x, x]), target: x, iter: s() };
    }
    case "forEach": {
      const set = s();
      const fn = ctx.once(transformExpr(ctx, node.arguments[0]));
      const x = b.name(ctx.temp("_x"));
      ctx.addPreceding({ kind: "For", target: x, iter: b.call("list", [set]), body: [b.exprStmt(b.call(fn, [x]))] });
      return b.none();
    }
    default:
      throw unsupported(callee.name, Codes.unsupportedMember, `Set.prototype.${name}`, "use add, has, delete, clear or iterate it");
  }
}
