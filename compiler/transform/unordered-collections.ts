// A Map or Set held in one variable and only used by key (get, set, has, add, delete,
// size, clear) never shows its order, even where the program iterates other Maps: it
// can be a plain dict, which is smaller and faster than an OrderedDict. Neither do its
// keys sorted by the default comparator (sorted-keys.ts), nor a property of an
// interface it is stored in and read back by key (keyed-properties.ts).
import { ts } from "../typescript.js";
import type { TransformContext } from "./context.js";
import { storedKeyedOnly } from "./keyed-properties.js";
import { sortedDistinct } from "./sorted-keys.js";

const keyedMembers = new Set(["get", "has", "delete", "add", "set", "size", "clear"]);

function skipOuter(n: ts.Node): ts.Node {
  while (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isSatisfiesExpression(n) || ts.isNonNullExpression(n)) n = n.parent;
  return n;
}

/** `m.get(k)`, `m.size`, `m.set(k, v);` ... : a use that neither iterates nor lets the collection escape. */
function keyedUse(checker: ts.TypeChecker, ref: ts.Expression): boolean {
  if (sortedDistinct(checker, ref)) return true;
  const p = ref.parent;
  if (!ts.isPropertyAccessExpression(p) || p.expression !== ref) return false;
  if (sortedDistinct(checker, p.parent as ts.Expression)) return true;
  if (!keyedMembers.has(p.name.text)) return false;
  if (p.name.text === "size") return !(ts.isCallExpression(p.parent) && p.parent.expression === p);
  const call = p.parent;
  if (!ts.isCallExpression(call) || call.expression !== p) return false;
  // set and add return the collection itself: their result must go nowhere
  if (p.name.text === "set" || p.name.text === "add") return ts.isExpressionStatement(skipOuter(call.parent));
  return true;
}

export function staysUnordered(ctx: TransformContext, node: ts.NewExpression): boolean {
  if (!ctx.program.orderedCollections) return true; // no order is observed anywhere: nothing to look up
  const decl = skipOuter(node.parent);
  if (!ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name) || skipOuterDown(decl.initializer) !== node) return false;
  if (ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Export) return false;
  const sym = ctx.checker.getSymbolAtLocation(decl.name);
  if (!sym || decl.getSourceFile() !== ctx.sourceFile) return false;
  const writes = ctx.scopes.writes.get(sym) ?? [];
  if (writes.length !== 1 || writes[0].kind !== "init") return false;
  const keyed = (n: ts.Expression) => keyedUse(ctx.checker, n);
  return (ctx.scopes.references.get(sym) ?? []).every((ref) => keyed(ref) || storedKeyedOnly(ctx, ref, keyed));
}

function skipOuterDown(e: ts.Expression | undefined): ts.Expression | undefined {
  while (e && (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e)))
    e = e.expression;
  return e;
}
