// ES modules. Project files become Python modules named by their path from the
// source root (`./lib/util` -> `lib.util`), so imports work from the board's
// root folder; board modules (`socket`, `machine`) are imported by name.
import { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import { Codes, unsupported } from "../diagnostics.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { pythonIdentifier } from "../python/names.js";

/** The Python module an import specifier refers to, or undefined if it is not a value module. */
function targetModule(ctx: TransformContext, decl: ts.ImportDeclaration | ts.ExportDeclaration): { module: string; project: boolean } {
  const spec = (decl.moduleSpecifier as ts.StringLiteral).text;
  const sym = ctx.checker.getSymbolAtLocation(decl.moduleSpecifier);
  const file = sym?.valueDeclaration ?? sym?.declarations?.[0];
  if (file && ts.isSourceFile(file) && !file.isDeclarationFile) {
    const module = ctx.program.moduleNameOf(file);
    if (module) return { module, project: true };
  }
  if (spec.startsWith(".")) {
    if (!file) throw unsupported(decl.moduleSpecifier, Codes.importUnresolved, `The import '${spec}' (it was not found)`, "check the path");
    return { module: spec, project: false };
  }
  if (/^node:|^(fs|path|os|http|https|net|child_process|events|stream|url|util|crypto)$/.test(spec) && !file) {
    throw unsupported(decl.moduleSpecifier, Codes.nodeModule, `The Node module '${spec}'`, "use the MicroPython modules (socket, network, machine, os)");
  }
  return { module: spec, project: false };
}

function isValueBinding(ctx: TransformContext, id: ts.Identifier): boolean {
  const sym = ctx.checker.getSymbolAtLocation(id);
  if (!sym) return false;
  const target = sym.flags & ts.SymbolFlags.Alias ? ctx.checker.getAliasedSymbol(sym) : sym;
  return (target.flags & ts.SymbolFlags.Value) !== 0 && !(target.flags & ts.SymbolFlags.ConstEnum && false);
}

/** Python name under which a module exports the symbol behind `alias`. */
function exportedPythonName(ctx: TransformContext, alias: ts.Symbol, exportName: string): string {
  if (exportName !== "default") return pythonIdentifier(exportName);
  const target = ctx.checker.getAliasedSymbol(alias);
  const decl = target.declarations?.[0];
  if (decl && (ts.isFunctionDeclaration(decl) || ts.isClassDeclaration(decl)) && decl.name) return pythonIdentifier(decl.name.text);
  if (decl && (ts.isVariableDeclaration(decl) || ts.isEnumDeclaration(decl)) && ts.isIdentifier(decl.name)) return pythonIdentifier(decl.name.text);
  return "default_export";
}

export function transformImport(ctx: TransformContext, node: ts.ImportDeclaration): py.Stmt[] {
  const clause = node.importClause;
  if (clause?.isTypeOnly) return [];
  const { module } = targetModule(ctx, node);
  if (!clause) return [{ kind: "Import", module }];
  const out: py.Stmt[] = [];
  const names: { name: string; asname?: string }[] = [];
  if (clause.name && isValueBinding(ctx, clause.name)) {
    const sym = ctx.checker.getSymbolAtLocation(clause.name)!;
    const local = ctx.scopes.nameOf(sym)!;
    const target = ctx.checker.getAliasedSymbol(sym);
    // `import socket from "socket"` on a board module binds the module itself
    if (target.valueDeclaration && (ts.isSourceFile(target.valueDeclaration) || ts.isModuleDeclaration(target.valueDeclaration)))
      out.push({ kind: "Import", module, asname: local });
    else names.push({ name: exportedPythonName(ctx, sym, "default"), asname: local });
  }
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) {
    const sym = ctx.checker.getSymbolAtLocation(bindings.name)!;
    out.push({ kind: "Import", module, asname: ctx.scopes.nameOf(sym) });
  } else if (bindings) {
    for (const el of bindings.elements) {
      if (el.isTypeOnly || !isValueBinding(ctx, el.name)) continue;
      const sym = ctx.checker.getSymbolAtLocation(el.name)!;
      const exportName = (el.propertyName ?? el.name).text;
      names.push({ name: exportedPythonName(ctx, sym, exportName), asname: ctx.scopes.nameOf(sym) });
    }
  }
  if (names.length) out.push({ kind: "ImportFrom", module, names });
  if (out.length === 0 && !clause.name && !bindings) out.push({ kind: "Import", module });
  return out.map((s) => ({ ...s, pos: ctx.pos(node) }));
}

export function transformExportDeclaration(ctx: TransformContext, node: ts.ExportDeclaration): py.Stmt[] {
  if (node.isTypeOnly) return [];
  if (node.moduleSpecifier) {
    const { module } = targetModule(ctx, node);
    const clause = node.exportClause;
    if (!clause) return [{ kind: "ImportFrom", module, names: [{ name: "*" }], pos: ctx.pos(node) }];
    if (ts.isNamespaceExport(clause)) return [{ kind: "Import", module, asname: pythonIdentifier(clause.name.text), pos: ctx.pos(node) }];
    const names = clause.elements
      .filter((el) => !el.isTypeOnly && isValueExport(ctx, el))
      .map((el) => ({ name: pythonIdentifier((el.propertyName ?? el.name).text), asname: pythonIdentifier(el.name.text) }));
    return names.length ? [{ kind: "ImportFrom", module, names, pos: ctx.pos(node) }] : [];
  }
  const clause = node.exportClause;
  if (!clause || !ts.isNamedExports(clause)) return [];
  const out: py.Stmt[] = [];
  for (const el of clause.elements) {
    if (el.isTypeOnly || !isValueExport(ctx, el)) continue;
    const local = ctx.checker.getExportSpecifierLocalTargetSymbol(el);
    const localName = local && ctx.scopes.nameOf(local);
    const exported = el.name.text === "default" ? "default_export" : pythonIdentifier(el.name.text);
    if (localName && localName !== exported) out.push(b.assign(b.name(exported), b.name(localName)));
  }
  return out;
}

function isValueExport(ctx: TransformContext, el: ts.ExportSpecifier): boolean {
  const sym = ctx.checker.getExportSpecifierLocalTargetSymbol(el);
  if (!sym) return false;
  const target = sym.flags & ts.SymbolFlags.Alias ? ctx.checker.getAliasedSymbol(sym) : sym;
  return (target.flags & ts.SymbolFlags.Value) !== 0;
}

export function transformExportAssignment(ctx: TransformContext, node: ts.ExportAssignment): py.Stmt[] {
  if (node.isExportEquals) throw unsupported(node, Codes.unsupportedSyntax, "'export ='", "use export default");
  const value = transformExpr(ctx, node.expression);
  if (value.kind === "Name" && value.id === "default_export") return [];
  return [{ ...b.assign(b.name("default_export"), value), pos: ctx.pos(node) }];
}
