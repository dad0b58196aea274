// `m.set(k, v)` as a place a record lands typed as the Map's values (record-uses.ts,
// record-holders.ts).
import { ts } from "../typescript.js";
import { single } from "./keyed-properties.js";
import * as T from "./types.js";

/** `n` is the value of `m.set(k, n)` on a Map whose values are `t`. */
export function inMapPlace(checker: ts.TypeChecker, n: ts.Node, t: ts.Type): boolean {
  const call = n.parent;
  if (!ts.isCallExpression(call) || call.arguments[1] !== n) return false;
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "set") return false;
  const map = T.mapTypes(checker, checker.getTypeAtLocation(callee.expression));
  return !!map && single(map.value) === t;
}
