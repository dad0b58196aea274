// Maps as holders of records (record-holders.ts): what a Map type holds, and `m.set(k, v)`
// as a place a record lands typed as the Map's values.
import { ts } from "../typescript.js";
import { single } from "./keyed-properties.js";

/** The key and value types of a Map (or ReadonlyMap) of the standard library. */
export function mapParts(checker: ts.TypeChecker, t: ts.Type): { key: ts.Type; value: ts.Type } | undefined {
  const s = single(t);
  const sym = s?.getSymbol();
  if (!s || !sym || (sym.getName() !== "Map" && sym.getName() !== "ReadonlyMap")) return undefined;
  if (!sym.declarations?.every((d) => d.getSourceFile().isDeclarationFile) || !(s as ts.TypeReference).target) return undefined;
  const args = checker.getTypeArguments(s as ts.TypeReference);
  return args.length === 2 ? { key: args[0], value: args[1] } : undefined;
}

/** `n` is the value of `m.set(k, n)` on a Map whose values are `t`. */
export function inMapPlace(checker: ts.TypeChecker, n: ts.Node, t: ts.Type): boolean {
  const call = n.parent;
  if (!ts.isCallExpression(call) || call.arguments[1] !== n) return false;
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "set") return false;
  const map = mapParts(checker, checker.getTypeAtLocation(callee.expression));
  return !!map && single(map.value) === t;
}
