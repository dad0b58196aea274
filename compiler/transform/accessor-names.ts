// Names of the getters and setters the program declares. Reading or writing a
// property with such a name may run code (the accessor's body) although it looks
// like a plain property access: analyses that trust "no call, no code runs"
// (loops.ts: a loop bound that cannot change) treat such an access as a call.
// By name, not by symbol: a value typed by an interface may be a class instance
// whose member of that name is an accessor.
import { ts } from "../typescript.js";
import type { TransformContext } from "./context.js";
import type { ProgramInfo } from "./program-info.js";
import { fileCache } from "./program-info.js";
import { skipParens } from "./parens.js";
import { walk } from "./walk.js";

const perFile = fileCache<Set<string>>();
const perProgram = new WeakMap<ProgramInfo, Set<string>>();

function accessorNamesOf(file: ts.SourceFile): Set<string> {
  let names = perFile.get(file);
  if (names) return names;
  const found = new Set<string>();
  walk(file, (n) => {
    if ((ts.isGetAccessorDeclaration(n) || ts.isSetAccessorDeclaration(n)) && !ts.isComputedPropertyName(n.name)) found.add(n.name.text);
  });
  perFile.set(file, found);
  return found;
}

/** Every getter or setter name declared in the program's own files. */
export function programAccessorNames(ctx: TransformContext): Set<string> {
  let names = perProgram.get(ctx.program);
  if (!names) {
    names = new Set();
    for (const f of ctx.program.files) for (const n of accessorNamesOf(f)) names.add(n);
    perProgram.set(ctx.program, names);
  }
  return names;
}

/** `a.b.c` (or `a["b"]`) where some link of the chain may run an accessor (mayRunAccessor). */
export function chainMayRunAccessor(ctx: TransformContext, n: ts.Expression): boolean {
  n = skipParens(n);
  if (!ts.isPropertyAccessExpression(n) && !ts.isElementAccessExpression(n)) return false;
  return mayRunAccessor(ctx, n) || chainMayRunAccessor(ctx, n.expression);
}

/** `o.x` or `o["x"]` where some getter or setter of the program is named x. */
export function mayRunAccessor(ctx: TransformContext, n: ts.Node): boolean {
  let name: string | undefined;
  if (ts.isPropertyAccessExpression(n)) name = n.name.text;
  else if (ts.isElementAccessExpression(n) && ts.isStringLiteralLike(n.argumentExpression)) name = n.argumentExpression.text;
  return name !== undefined && programAccessorNames(ctx).has(name);
}
