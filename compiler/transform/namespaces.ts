// Namespaces (`namespace N { ... }`, `namespace A.B { ... }`) and `import x = N.y`.
// A namespace is a class used as a plain object: `class N: pass`, created by its
// first block (or the class or enum it merges with), its body run in place at
// module level, and each exported member stored on it as an attribute. Exported
// variables live only on the object (`N.x`, inside the namespace too, so a write
// from outside is seen inside); exported functions, classes, enums and nested
// namespaces keep a local name inside and are copied onto the object once defined.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import { Codes, unsupported } from "../diagnostics.js";
import type { TransformContext } from "./context.js";
import { transformStatement } from "./statements.js";
import { transformExpr } from "./expressions.js";
import { isHoistable } from "./functions.js";
import { attrName } from "./access.js";
import { takesThis } from "./this.js";

const hasExport = (n: ts.Node): boolean =>
  ts.canHaveModifiers(n) && !!ts.getModifiers(n)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** A namespace that exists at run time: it holds a value (not only types), and is not `declare`d. */
export function isValueNamespace(node: ts.ModuleDeclaration): boolean {
  if (!ts.isIdentifier(node.name) || node.getSourceFile().isDeclarationFile) return false;
  // inside `declare namespace X { ... }` everything is ambient
  for (let n: ts.Node = node; !ts.isSourceFile(n); n = n.parent)
    if (ts.isModuleDeclaration(n) && ts.getModifiers(n)?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) return false;
  const body = node.body;
  if (!body) return false;
  if (ts.isModuleDeclaration(body)) return isValueNamespace(body);
  if (!ts.isModuleBlock(body)) return false;
  return body.statements.some(
    (s) =>
      !(
        ts.isInterfaceDeclaration(s) ||
        ts.isTypeAliasDeclaration(s) ||
        ts.isEmptyStatement(s) ||
        (ts.isModuleDeclaration(s) && !isValueNamespace(s)) ||
        (ts.isImportEqualsDeclaration(s) && s.isTypeOnly)
      ),
  );
}

/** The namespace declaration whose exported variable `sym` is, if it is one. */
function owningNamespace(sym: ts.Symbol): ts.ModuleDeclaration | undefined {
  const decl = sym.valueDeclaration;
  if (!decl || !ts.isVariableDeclaration(decl)) return undefined;
  const stmt = decl.parent?.parent;
  if (!stmt || !ts.isVariableStatement(stmt) || !hasExport(stmt) || !ts.isModuleBlock(stmt.parent)) return undefined;
  return stmt.parent.parent;
}

/** Whether `sym` is an exported variable of a namespace (it lives on the namespace object, never in a Python variable). */
export function isNamespaceVariable(sym: ts.Symbol): boolean {
  return !!owningNamespace(sym);
}

/** `N.x` for a reference to `x`, an exported variable of namespace N: it lives on the namespace object. */
export function namespaceVariable(ctx: TransformContext, id: ts.Identifier, sym: ts.Symbol): py.Expr | undefined {
  const ns = owningNamespace(sym);
  if (!ns) return undefined;
  const nsSym = ctx.checker.getSymbolAtLocation(ns.name);
  const name = nsSym && ctx.scopes.nameOf(nsSym);
  if (!name) return undefined;
  return b.attr(b.name(name), attrName(id.text));
}

/** Whether this block creates the namespace object (the first block, unless it merges with a class or an enum). */
function createsObject(ctx: TransformContext, sym: ts.Symbol, node: ts.ModuleDeclaration): boolean {
  const decls = sym.declarations ?? [];
  const holder = decls.find((d) => ts.isClassDeclaration(d) || ts.isEnumDeclaration(d) || ts.isFunctionDeclaration(d));
  if (holder && ts.isFunctionDeclaration(holder))
    throw unsupported(
      node,
      Codes.namespace,
      "A namespace merged with a function (MicroPython functions take no attributes)",
      "put the function inside the namespace, or make it a class with static members",
    );
  if (holder) {
    if (holder.pos > node.pos)
      throw unsupported(node, Codes.namespace, "A namespace declared before the enum it merges with", "declare the enum first");
    return false;
  }
  if (decls.some((d) => d.getSourceFile() !== node.getSourceFile()))
    throw unsupported(node, Codes.namespace, "A namespace merged across files", "keep the namespace in one file, or use ES modules");
  return decls.find((d) => ts.isModuleDeclaration(d) && isValueNamespace(d)) === node;
}

/** The local Python name of what a namespace member statement declares, with its JavaScript name. */
function exportedMember(ctx: TransformContext, s: ts.Statement, implicit: boolean): [string, string] | undefined {
  if (!implicit && !hasExport(s)) return undefined;
  let id: ts.Identifier | undefined;
  if ((ts.isFunctionDeclaration(s) && s.body) || ts.isClassDeclaration(s) || ts.isEnumDeclaration(s)) id = s.name;
  else if (ts.isModuleDeclaration(s) && isValueNamespace(s)) id = s.name as ts.Identifier;
  else if (ts.isImportEqualsDeclaration(s) && !s.isTypeOnly) id = s.name;
  const sym = id && ctx.checker.getSymbolAtLocation(id);
  const local = sym && ctx.scopes.nameOf(sym);
  return id && local ? [local, id.text] : undefined;
}

export function transformNamespace(ctx: TransformContext, node: ts.ModuleDeclaration): py.Stmt[] {
  if (!isValueNamespace(node)) return [];
  const sym = ctx.checker.getSymbolAtLocation(node.name)!;
  const name = ctx.scopes.nameOf(sym);
  if (!name) throw unsupported(node, Codes.namespace, "A namespace outside the module's top level", "declare it at the top level");
  const out: py.Stmt[] = [];
  if (createsObject(ctx, sym, node)) out.push({ kind: "ClassDef", name, bases: [], body: [b.pass()], pos: ctx.pos(node) });
  const body = node.body!;
  const implicit = ts.isModuleDeclaration(body); // `namespace A.B`: B is a member of A
  const stmts: readonly ts.Statement[] = ts.isModuleBlock(body) ? body.statements : [body as ts.ModuleDeclaration];
  // function declarations run first, as JavaScript hoists them
  const hoisted = (s: ts.Statement) => ts.isFunctionDeclaration(s) && !!s.body && isHoistable(ctx, s);
  for (const s of [...stmts.filter(hoisted), ...stmts.filter((s) => !hoisted(s))]) {
    out.push(...transformStatement(ctx, s));
    const member = exportedMember(ctx, s, implicit);
    if (!member) continue;
    let value: py.Expr = b.name(member[0]);
    // `N.f()` gives a function that uses `this` the namespace as its receiver
    if (ts.isFunctionDeclaration(s) && takesThis(s)) value = b.call(ctx.useHelper("js_bind"), [value, b.name(name)]);
    out.push(b.assign(b.attr(b.name(name), attrName(member[1])), value));
  }
  if (out.length === 0) out.push(b.pass());
  return out;
}

/** `import x = N.y` (an alias of a namespace member); `import x = require()` stays refused. */
export function transformImportEquals(ctx: TransformContext, node: ts.ImportEqualsDeclaration): py.Stmt[] {
  const ref = node.moduleReference;
  if (ts.isExternalModuleReference(ref)) throw unsupported(node, Codes.unsupportedSyntax, "'import = require()'", "use an ES import");
  if (node.isTypeOnly) return [];
  const sym = ctx.checker.getSymbolAtLocation(node.name);
  const target = sym && ctx.checker.getAliasedSymbol(sym);
  if (!target || !(target.flags & ts.SymbolFlags.Value)) return []; // an alias of a type
  const local = ctx.scopes.nameOf(sym!)!;
  return [{ ...b.assign(b.name(local), entityValue(ctx, ref)), pos: ctx.pos(node) }];
}

function entityValue(ctx: TransformContext, name: ts.EntityName): py.Expr {
  if (ts.isIdentifier(name)) return transformExpr(ctx, name);
  return b.attr(entityValue(ctx, name.left), attrName(name.right.text));
}
