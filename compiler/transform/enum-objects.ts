// An enum is a class of constants (classes.ts). `for (const k in Dir)` sees it as
// the JavaScript object TypeScript builds: the numeric values as keys (in ascending
// order, mapped back to names) and then the member names. Enums a program walks
// that way get `_keys` (member names in declaration order) and `_names` (value ->
// name, also for computed members); the loop goes over js_enum_keys. Other enums
// stay plain classes.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { fileCache } from "./program-info.js";
import { walk } from "./walk.js";

/** The enum a for...in walks, when its object is an enum's own name (`for (k in Dir)`). */
export function enumObject(ctx: TransformContext, node: ts.Expression): ts.Symbol | undefined {
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) node = node.expression;
  if (!ts.isIdentifier(node) && !ts.isPropertyAccessExpression(node)) return undefined;
  let sym = ctx.checker.getSymbolAtLocation(node);
  if (sym && sym.flags & ts.SymbolFlags.Alias) sym = ctx.checker.getAliasedSymbol(sym);
  return sym && sym.flags & ts.SymbolFlags.Enum ? sym : undefined;
}

const cache = new WeakMap<object, Set<ts.Symbol>>();
const perFile = fileCache<ts.Expression[]>();

/** Enums walked by a for...in somewhere in the program. */
export function enumsWalked(ctx: TransformContext): Set<ts.Symbol> {
  let found = cache.get(ctx.program);
  if (found) return found;
  const set = new Set<ts.Symbol>();
  for (const f of ctx.program.files) {
    let nodes = ctx.program.reusable.has(f) ? perFile.get(f) : undefined;
    if (!nodes) {
      const inFile: ts.Expression[] = [];
      walk(f, (n) => {
        if (ts.isForInStatement(n) && enumObject(ctx, n.expression)) inFile.push(n.expression);
      });
      perFile.set(f, (nodes = inFile));
    }
    for (const n of nodes) set.add(enumObject(ctx, n)!);
  }
  cache.set(ctx.program, (found = set));
  return found;
}

/** The keys a for...in over the enum class `obj` visits. */
export function enumKeys(ctx: TransformContext, obj: py.Expr): py.Expr {
  return b.call(ctx.useHelper("js_enum_keys"), [obj]);
}
