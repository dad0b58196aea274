// `obj.constructor.name` for an instance of one of the program's classes. When no
// class of the program extends the static class, the name is known when compiling;
// otherwise it is Python's own class name (`type(obj).__name__`), which is the
// JavaScript name when every class it may be is spelled the same in Python.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { pythonIdentifier } from "../python/names.js";
import { walk } from "./walk.js";

/** `recv.constructor.name`, where `target` is `recv.constructor`; undefined when it cannot be known. */
export function constructorName(ctx: TransformContext, target: ts.Expression): py.Expr | undefined {
  if (!ts.isPropertyAccessExpression(target) || target.name.text !== "constructor") return undefined;
  const recv = target.expression;
  let t = ctx.checker.getTypeAtLocation(recv);
  // `this` in a method: its class or any subclass
  if (t.flags & ts.TypeFlags.TypeParameter) t = ctx.checker.getBaseConstraintOfType(t) ?? t;
  if (!((t as ts.ObjectType).objectFlags & ts.ObjectFlags.Class)) return undefined; // an instance, not a class
  const decl = t.getSymbol()?.declarations?.find(ts.isClassLike);
  if (!decl?.name || decl.getSourceFile().isDeclarationFile) return undefined;
  const subs = subclasses(ctx, decl);
  if (subs && subs.length === 0 && isPlain(recv)) return b.str(decl.name.text);
  const all = [decl, ...(subs ?? [])];
  if (!subs || !all.every((c) => spelledAsInJs(ctx, c))) return undefined;
  return b.attr(b.call("type", [transformExpr(ctx, recv)]), "__name__");
}

/** Reading it has no side effects, so it need not be evaluated. */
function isPlain(e: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
  return ts.isIdentifier(e) || e.kind === ts.SyntaxKind.ThisKeyword || (ts.isPropertyAccessExpression(e) && isPlain(e.expression));
}

/** A class declaration whose Python name is its JavaScript name (class expressions get temporaries). */
function spelledAsInJs(ctx: TransformContext, c: ts.ClassLikeDeclaration): boolean {
  if (!ts.isClassDeclaration(c) || !c.name) return false;
  const sym = ctx.checker.getSymbolAtLocation(c.name);
  const python = c.getSourceFile() === ctx.sourceFile && sym ? ctx.scopes.nameOf(sym) : pythonIdentifier(c.name.text);
  return python === c.name.text;
}

/** The program's classes extending `root`, directly or not; undefined if some class's base is not known. */
function subclasses(ctx: TransformContext, root: ts.ClassLikeDeclaration): ts.ClassLikeDeclaration[] | undefined {
  const extending = extendingClasses(ctx);
  if (extending.some(([, base]) => !base)) return undefined; // a mixin or a computed base: any class may extend root
  const found = new Set<ts.Node>([root]);
  const out: ts.ClassLikeDeclaration[] = [];
  for (let grew = true; grew; ) {
    grew = false;
    for (const [cls, base] of extending) {
      if (!found.has(cls) && found.has(base!)) {
        found.add(cls);
        out.push(cls);
        grew = true;
      }
    }
  }
  return out;
}

const extendingCache = new WeakMap<object, [ts.ClassLikeDeclaration, ts.Node | undefined][]>();

/** Every class of the program that extends another, with the declaration of its base (undefined: not known). */
function extendingClasses(ctx: TransformContext): [ts.ClassLikeDeclaration, ts.Node | undefined][] {
  let list = extendingCache.get(ctx.program);
  if (list) return list;
  list = [];
  for (const f of ctx.program.files) {
    walk(f, (n) => {
      if (!ts.isClassLike(n)) return;
      const base = n.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
      if (base) list!.push([n, baseDeclaration(ctx, base)]);
    });
  }
  extendingCache.set(ctx.program, list);
  return list;
}

function baseDeclaration(ctx: TransformContext, e: ts.Expression): ts.Node | undefined {
  let sym = ctx.checker.getSymbolAtLocation(e);
  if (sym && sym.flags & ts.SymbolFlags.Alias) sym = ctx.checker.getAliasedSymbol(sym);
  const decl = sym?.valueDeclaration;
  if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.isClassExpression(decl.initializer)) return decl.initializer;
  // a class of the program, or a library class (Error), which is no class of the program's
  if (decl && (ts.isClassLike(decl) || decl.getSourceFile().isDeclarationFile)) return decl;
  return undefined;
}
