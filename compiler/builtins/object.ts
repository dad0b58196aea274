// Object.keys/values/entries/assign and JSON. Objects are dicts; their key
// order is JavaScript's insertion order when the program observes it.
import type { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import * as T from "../transform/types.js";
import { Codes, unsupported } from "../diagnostics.js";

function dictOf(ctx: TransformContext, node: ts.Expression): py.Expr {
  const e = transformExpr(ctx, node);
  // class instances keep their fields in __dict__
  return T.isClassInstance(ctx.checker.getTypeAtLocation(node)) ? b.attr(e, "__dict__") : e;
}

export function objectStatic(ctx: TransformContext, name: string, node: ts.CallExpression): py.Expr | undefined {
  const argNodes = node.arguments;
  switch (name) {
    case "keys":
      return b.call("list", [dictOf(ctx, argNodes[0])]);
    case "values":
      return b.call("list", [b.method(dictOf(ctx, argNodes[0]), "values")]);
    case "entries":
      return b.call("list", [b.method(dictOf(ctx, argNodes[0]), "items")]);
    case "assign": {
      const target = ctx.once(transformExpr(ctx, argNodes[0]));
      for (const src of argNodes.slice(1)) ctx.addPreceding(b.exprStmt(b.method(target, "update", [dictOf(ctx, src)])));
      return target;
    }
    case "fromEntries": {
      const ctor = ctx.program.ordered ? "OrderedDict" : "dict";
      if (ctx.program.ordered) ctx.useStd("collections", "OrderedDict");
      return b.call(ctor, [transformExpr(ctx, argNodes[0])]);
    }
    case "freeze":
      return transformExpr(ctx, argNodes[0]);
    default:
      throw unsupported(node, Codes.unsupportedMember, `Object.${name}`, "use Object.keys, values, entries or assign");
  }
}

export function jsonCall(ctx: TransformContext, name: string, node: ts.CallExpression): py.Expr | undefined {
  const a = node.arguments.map((x) => transformExpr(ctx, x));
  if (name === "stringify") {
    if (node.arguments[1] && node.arguments[1].kind !== 106 /* null */ && !(a[1].kind === "Constant" && a[1].value === null)) {
      throw unsupported(node.arguments[1], Codes.unsupportedSyntax, "A JSON.stringify replacer", "pass null, or build the object you want first");
    }
    const args = [a[0]];
    if (a[2]) args.push(a[2]);
    return b.call(ctx.useHelper("js_json"), args);
  }
  if (name === "parse") {
    ctx.useStd("json");
    return b.call(b.attr(b.name("json"), "loads"), [a[0]]);
  }
  throw unsupported(node, Codes.unsupportedMember, `JSON.${name}`, "use JSON.stringify or JSON.parse");
}
