// A Map or Set held in one variable and only used by key (get, set, has, add, delete,
// size, clear) never shows its order, even where the program iterates other Maps: it
// can be a plain dict, which is smaller and faster than an OrderedDict. Neither do its
// keys sorted by the default comparator (sorted-keys.ts), nor a property of an
// interface it is stored in and read back by key (keyed-properties.ts), nor a field
// of a class (`private readings = new Map()`, `this.seen = new Set()` in a method)
// that the whole program reads only by key, with the instances read field by field.
import { ts } from "../typescript.js";
import type { TransformContext } from "./context.js";
import { memberKeyedOnly, storedKeyedOnly } from "./keyed-properties.js";
import type { ProgramInfo } from "./program-info.js";
import { walk } from "./walk.js";
import { sortedDistinct } from "./sorted-keys.js";
import { comparesKeys } from "../builtins/sort-keys.js";

const keyedMembers = new Set(["get", "has", "delete", "add", "set", "size", "clear"]);

function skipOuter(n: ts.Node): ts.Node {
  while (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isSatisfiesExpression(n) || ts.isNonNullExpression(n)) n = n.parent;
  return n;
}

/** `m.get(k)`, `m.size`, `m.set(k, v);` ... : a use that neither iterates nor lets the collection escape. */
function keyedUse(ctx: TransformContext, ref: ts.Expression): boolean {
  const { checker } = ctx;
  const byKeys = (fn: ts.Expression, pairs: boolean) => comparesKeys(ctx, fn, pairs);
  if (sortedDistinct(checker, ref, byKeys)) return true;
  const p = ref.parent;
  if (!ts.isPropertyAccessExpression(p) || p.expression !== ref) return false;
  if (sortedDistinct(checker, p.parent as ts.Expression, byKeys)) return true;
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
  const keyed = (n: ts.Expression) => keyedUse(ctx, n);
  const field = fieldStoredInto(ctx, node);
  if (field) return memberKeyedOnly(ctx, field.owner, field.name, keyed);
  const decl = skipOuter(node.parent);
  if (!ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name) || skipOuterDown(decl.initializer) !== node) return false;
  if (ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Export) return false;
  const sym = ctx.checker.getSymbolAtLocation(decl.name);
  if (!sym || decl.getSourceFile() !== ctx.sourceFile) return false;
  const writes = ctx.scopes.writes.get(sym) ?? [];
  if (writes.length !== 1 || writes[0].kind !== "init") return false;
  return (ctx.scopes.references.get(sym) ?? []).every((ref) => keyed(ref) || storedKeyedOnly(ctx, ref, keyed));
}

function skipOuterDown(e: ts.Expression | undefined): ts.Expression | undefined {
  while (e && (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e)))
    e = e.expression;
  return e;
}

/**
 * The class and field name a fresh collection is stored into, where nothing else sees it
 * first: a field's initializer or `this.name = new Map();`. Only a class the program
 * declares, not generic (its values' types would be other types) and not extended (a
 * subclass's values would be values of the class the analysis does not see).
 */
function fieldStoredInto(ctx: TransformContext, node: ts.NewExpression): { owner: ts.Type; name: string } | undefined {
  const { checker } = ctx;
  const at = skipOuter(node.parent);
  let owner: ts.Type | undefined;
  let name: ts.Node;
  if (ts.isPropertyDeclaration(at) && skipOuterDown(at.initializer) === node) {
    if (ts.getCombinedModifierFlags(at) & ts.ModifierFlags.Static) return undefined;
    const sym = at.parent.name && checker.getSymbolAtLocation(at.parent.name);
    owner = sym && checker.getDeclaredTypeOfSymbol(sym);
    name = at.name;
  } else if (
    ts.isBinaryExpression(at) &&
    at.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    skipOuterDown(at.right) === node &&
    ts.isPropertyAccessExpression(at.left) &&
    at.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
    ts.isExpressionStatement(skipOuter(at.parent))
  ) {
    const self = checker.getTypeAtLocation(at.left.expression);
    owner = self.flags & ts.TypeFlags.TypeParameter ? checker.getBaseConstraintOfType(self) : undefined;
    name = at.left.name;
  } else return undefined;
  if (!owner || !(ts.isIdentifier(name) || ts.isPrivateIdentifier(name))) return undefined;
  const decl = owner.getSymbol()?.declarations?.[0];
  if (!decl || !ts.isClassDeclaration(decl) || decl.getSourceFile().isDeclarationFile) return undefined;
  if ((owner as ts.InterfaceType).typeParameters?.length || extendedClasses(ctx).has(owner)) return undefined;
  return { owner, name: name.text };
}

const extended = new WeakMap<ProgramInfo, Set<ts.Type>>();

/** The instance types of the program's classes that some class of the program extends, directly or not. */
function extendedClasses(ctx: TransformContext): Set<ts.Type> {
  let found = extended.get(ctx.program);
  if (found) return found;
  found = new Set();
  const add = (t: ts.Type) => {
    const target = (t as ts.TypeReference).target ?? t;
    if (found!.has(target)) return;
    found!.add(target);
    if (target.isClassOrInterface()) for (const base of ctx.checker.getBaseTypes(target)) add(base);
  };
  for (const file of ctx.program.files)
    walk(file, (n) => {
      if (ts.isHeritageClause(n) && n.token === ts.SyntaxKind.ExtendsKeyword)
        for (const t of n.types) add(ctx.checker.getTypeAtLocation(t));
      return undefined;
    });
  extended.set(ctx.program, found);
  return found;
}
