// ES modules. Project files become Python modules named by their path from the
// source root (`./lib/util` -> `lib.util`), so imports work from the board's
// root folder; board modules (`socket`, `machine`) are imported by name.
//
// An imported name is the Python name the exporting module actually gave its
// binding (read from that module's own scope analysis), so escaping (`list` ->
// `list_`, `$` -> `S_`) and renaming always agree on both sides. ES imports are
// live bindings while Python's `from m import x` copies the value: an exported
// `let` that its module reassigns is read as `m.x` through `import m`.
import { ts } from "../typescript.js";
import * as path from "node:path";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import { Codes, unsupported } from "../diagnostics.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { ScopeInfo } from "./scopes.js";
import { pythonIdentifier, reservedNames } from "../python/names.js";

type ModuleRef = { module: string; project: boolean; symbol?: ts.Symbol; file?: ts.SourceFile };

/** The Python module an import or re-export refers to. */
function targetModule(ctx: TransformContext, decl: ts.ImportDeclaration | ts.ExportDeclaration): ModuleRef {
  const specNode = decl.moduleSpecifier as ts.StringLiteral;
  const spec = specNode.text;
  const symbol = ctx.checker.getSymbolAtLocation(specNode);
  let file = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  // a file without imports or exports is a script, which has no module symbol
  if (!file && spec.startsWith(".")) file = projectFileAt(ctx, spec);
  if (file && ts.isSourceFile(file) && !file.isDeclarationFile) {
    const module = ctx.program.moduleNameOf(file);
    if (module) return { module, project: true, symbol, file };
  }
  if (spec.startsWith(".")) {
    if (!file) throw unsupported(specNode, Codes.importUnresolved, `The import '${spec}' (it was not found)`, "check the path");
    return { module: spec, project: false, symbol };
  }
  // the WebAssembly port's bridges to JavaScript: a board has no such module,
  // and in the simulator they would reach this computer
  if (/^(js|jsffi|pyscript)$/.test(spec) && !(file && ts.isSourceFile(file) && !file.isDeclarationFile)) {
    throw unsupported(
      specNode,
      Codes.hostModule,
      `The module '${spec}' (MicroPython's WebAssembly bridge to JavaScript; no board has it)`,
      "use the board's modules (socket, network, machine, time)",
    );
  }
  if (/^node:|^(fs|path|os|http|https|net|child_process|events|stream|url|util|crypto)$/.test(spec) && !file) {
    throw unsupported(
      specNode,
      Codes.nodeModule,
      `The Node module '${spec}'`,
      "use the MicroPython modules (socket, network, machine, os)",
    );
  }
  return { module: spec, project: false, symbol };
}

function projectFileAt(ctx: TransformContext, spec: string): ts.SourceFile | undefined {
  const base = path.resolve(path.dirname(ctx.sourceFile.fileName), spec.replace(/\.(m|c)?js$/, ""));
  const candidates = [base, base + ".ts", base + ".tsx", base + ".mts", path.join(base, "index.ts")];
  return ctx.program.files.find((f) => candidates.includes(path.resolve(f.fileName)));
}

/**
 * The Python names a project module binds its exports under. Declared exports
 * keep the name the module's scope analysis gave them; names that only pass
 * through (`export { x } from`, `export *`) get their own, unique spelling.
 * Computed from a fresh analysis of the file, so every importer agrees.
 */
interface ModuleNames {
  scopes: ScopeInfo;
  reexports: Map<string, string>;
}

const moduleNames = new WeakMap<ts.SourceFile, ModuleNames>();

function namesOf(ctx: TransformContext, file: ts.SourceFile): ModuleNames {
  let m = moduleNames.get(file);
  if (m) return m;
  const scopes = new ScopeInfo(ctx.checker, file);
  const taken = new Set(scopes.moduleScope.usedNames);
  const reexports = new Map<string, string>();
  const moduleSym = ctx.checker.getSymbolAtLocation(file);
  const exports = moduleSym ? [...ctx.checker.getExportsOfModule(moduleSym)] : [];
  exports.sort((a, c) => (a.name < c.name ? -1 : a.name > c.name ? 1 : 0));
  for (const e of exports) {
    if (exportKind(e, file) !== "reexport" || !isValueSymbol(ctx, e)) continue;
    const base = e.name === "default" ? "default_export" : pythonIdentifier(e.name);
    let name = base;
    for (let i = 1; taken.has(name); i++) name = base + i;
    taken.add(name);
    reexports.set(e.name, name);
  }
  moduleNames.set(file, (m = { scopes, reexports }));
  return m;
}

/** declared in the file; `export { local as name }`; or only passing through from another module */
function exportKind(e: ts.Symbol, file: ts.SourceFile): "declared" | "localAlias" | "reexport" {
  const decl = e.declarations?.[0];
  if (e.flags & ts.SymbolFlags.Alias) {
    return decl && ts.isExportSpecifier(decl) && !decl.parent.parent.moduleSpecifier ? "localAlias" : "reexport";
  }
  return e.declarations?.some((d) => d.getSourceFile() === file) ? "declared" : "reexport";
}

function isValueSymbol(ctx: TransformContext, sym: ts.Symbol | undefined): boolean {
  if (!sym) return false;
  const target = sym.flags & ts.SymbolFlags.Alias ? ctx.checker.getAliasedSymbol(sym) : sym;
  return (target.flags & ts.SymbolFlags.Value) !== 0;
}

function isValueBinding(ctx: TransformContext, id: ts.Identifier): boolean {
  return isValueSymbol(ctx, ctx.checker.getSymbolAtLocation(id));
}

/** The name this file binds a re-exported name under. */
function reexportedName(ctx: TransformContext, name: string): string {
  return namesOf(ctx, ctx.sourceFile).reexports.get(name) ?? (name === "default" ? "default_export" : pythonIdentifier(name));
}

/** The Python name under which module `ref` binds its export `name`. */
export function exportBinding(ctx: TransformContext, ref: ModuleRef, name: string): string {
  if (!ref.project || !ref.file) return name; // board modules: their own names
  const names = namesOf(ctx, ref.file);
  const fallback = names.reexports.get(name) ?? (name === "default" ? "default_export" : pythonIdentifier(name));
  const exp = ref.symbol && ctx.checker.getExportsOfModule(ref.symbol).find((s) => s.escapedName === name);
  if (!exp) return fallback;
  const kind = exportKind(exp, ref.file);
  if (kind === "reexport") return fallback;
  if (kind === "localAlias") {
    // export { local as name }: the local binding itself
    const spec = exp.declarations![0] as ts.ExportSpecifier;
    const local = ctx.checker.getExportSpecifierLocalTargetSymbol(spec);
    const localDecl = local?.declarations?.[0];
    const bound = local && (localDecl && ts.isImportSpecifier(localDecl) ? ctx.checker.getSymbolAtLocation(localDecl.name) : local);
    return (bound && names.scopes.nameOf(bound)) ?? fallback;
  }
  const decl = exp.declarations!.find(
    (d) => d.getSourceFile() === ref.file && !ts.isInterfaceDeclaration(d) && !ts.isTypeAliasDeclaration(d),
  );
  if (!decl || ts.isExportAssignment(decl)) return "default_export";
  const nameNode = (decl as ts.NamedDeclaration).name;
  if (!nameNode || !ts.isIdentifier(nameNode)) return "default_export"; // export default function () {}
  const local = ctx.checker.getSymbolAtLocation(nameNode);
  return (local && names.scopes.nameOf(local)) ?? fallback;
}

// ---- live bindings -------------------------------------------------------

interface LiveTarget {
  module: string;
  name: string;
}

const liveVariables = new WeakMap<ts.Symbol, LiveTarget | null>();

/** A module-level `let`/`var` of a project file that its module reassigns: where to read it. */
function liveVariable(ctx: TransformContext, target: ts.Symbol): LiveTarget | undefined {
  const known = liveVariables.get(target);
  if (known !== undefined) return known ?? undefined;
  let found: LiveTarget | null = null;
  const vd = target.valueDeclaration;
  const list = vd?.parent;
  if (
    vd &&
    ts.isVariableDeclaration(vd) &&
    ts.isIdentifier(vd.name) &&
    list &&
    ts.isVariableDeclarationList(list) &&
    !(list.flags & ts.NodeFlags.Const) &&
    ts.isVariableStatement(list.parent) &&
    ts.isSourceFile(list.parent.parent)
  ) {
    const file = vd.getSourceFile();
    const module = ctx.program.moduleNameOf(file);
    const scopes = module ? namesOf(ctx, file).scopes : undefined;
    const local = ctx.checker.getSymbolAtLocation(vd.name);
    const name = local && scopes?.nameOf(local);
    const reassigned = local && scopes?.writes.get(local)?.some((w) => w.kind !== "init");
    if (module && name && reassigned) found = { module, name };
  }
  liveVariables.set(target, found);
  return found ?? undefined;
}

/** For an imported name: the module variable it stands for, if that module reassigns it. */
function liveTarget(ctx: TransformContext, sym: ts.Symbol): LiveTarget | undefined {
  if (!(sym.flags & ts.SymbolFlags.Alias)) return undefined;
  const decl = sym.declarations?.[0];
  if (!decl || !ts.isImportSpecifier(decl)) return undefined;
  return liveVariable(ctx, ctx.checker.getAliasedSymbol(sym));
}

/** `import m as _m_x` aliases made for live bindings, per file, and whether each is imported yet. */
const liveAliases = new WeakMap<TransformContext, Map<string, { alias: string; imported: boolean }>>();

function liveAlias(ctx: TransformContext, module: string): { alias: string; imported: boolean } {
  let m = liveAliases.get(ctx);
  if (!m) liveAliases.set(ctx, (m = new Map()));
  let entry = m.get(module);
  if (!entry)
    m.set(module, (entry = { alias: ctx.scopes.allocate(ctx.scopes.moduleScope, "_m_" + module.split(".").pop()), imported: false }));
  return entry;
}

/** Imports for live-binding aliases that no import statement brought in (module.ts puts them first). */
export function pendingLiveImports(ctx: TransformContext): py.Stmt[] {
  const out: py.Stmt[] = [];
  for (const [module, entry] of liveAliases.get(ctx) ?? []) {
    if (!entry.imported) out.push({ kind: "Import", module, asname: entry.alias });
    entry.imported = true;
  }
  return out;
}

/** An identifier that reads an imported, reassigned `let`: `m.x`, which stays current. */
export function liveImportRef(ctx: TransformContext, id: ts.Identifier, sym: ts.Symbol): py.Expr | undefined {
  if (ts.isShorthandPropertyAssignment(id.parent) && id.parent.name === id)
    sym = ctx.checker.getShorthandAssignmentValueSymbol(id.parent) ?? sym;
  const live = liveTarget(ctx, sym);
  if (!live) return undefined;
  return b.attr(b.name(liveAlias(ctx, live.module).alias), live.name);
}

/** `ns.x` where `ns` is `import * as ns`: the name module `ns` gave export `x`. */
export function namespaceMember(ctx: TransformContext, node: ts.PropertyAccessExpression): py.Expr | undefined {
  if (!ts.isIdentifier(node.expression)) return undefined;
  const sym = ctx.checker.getSymbolAtLocation(node.expression);
  const decl = sym?.declarations?.[0];
  if (!sym || !decl || !(ts.isNamespaceImport(decl) || ts.isNamespaceExport(decl))) return undefined;
  const moduleSym = ctx.checker.getAliasedSymbol(sym);
  const file = moduleSym.valueDeclaration;
  if (!file || !ts.isSourceFile(file) || file.isDeclarationFile) return undefined;
  const module = ctx.program.moduleNameOf(file);
  if (!module) return undefined;
  const exp = ctx.checker.getExportsOfModule(moduleSym).find((s) => s.escapedName === node.name.text);
  const target = exp && (exp.flags & ts.SymbolFlags.Alias ? ctx.checker.getAliasedSymbol(exp) : exp);
  const live = target && liveVariable(ctx, target);
  // a reassigned let that the module only passes on: read it where it lives
  if (live && live.module !== module) return b.attr(b.name(liveAlias(ctx, live.module).alias), live.name);
  const name = exportBinding(ctx, { module, project: true, symbol: moduleSym, file }, node.name.text);
  return b.attr(transformExpr(ctx, node.expression), name);
}

/** Is this import alias exported again by its own module (`import { x } from "./a"; export { x }`)? */
function exportedAgain(ctx: TransformContext, sym: ts.Symbol): boolean {
  return ctx.sourceFile.statements.some(
    (s) =>
      ts.isExportDeclaration(s) &&
      !s.moduleSpecifier &&
      s.exportClause &&
      ts.isNamedExports(s.exportClause) &&
      s.exportClause.elements.some((el) => ctx.checker.getExportSpecifierLocalTargetSymbol(el) === sym),
  );
}

// ---- statements ------------------------------------------------------------

export function transformImport(ctx: TransformContext, node: ts.ImportDeclaration): py.Stmt[] {
  const clause = node.importClause;
  if (clause?.isTypeOnly) return [];
  const ref = targetModule(ctx, node);
  const { module } = ref;
  if (!clause) {
    // `import "./print"` must not bind `print` (or a name of this module): import it under another name
    const top = module.split(".")[0];
    const clash = reservedNames.has(top) || ctx.scopes.moduleScope.usedNames.has(top);
    return [
      { kind: "Import", module, asname: clash ? ctx.scopes.allocate(ctx.scopes.moduleScope, "_m_" + top) : undefined, pos: ctx.pos(node) },
    ];
  }
  const out: py.Stmt[] = [];
  const names: { name: string; asname?: string }[] = [];
  const bind = (id: ts.Identifier, exportName: string) => {
    const sym = ctx.checker.getSymbolAtLocation(id)!;
    const live = liveTarget(ctx, sym);
    if (live) {
      const entry = liveAlias(ctx, live.module);
      if (!entry.imported) out.push({ kind: "Import", module: live.module, asname: entry.alias });
      entry.imported = true;
      // this module reads it as m.x; a copy only for modules that import it from here
      if (!exportedAgain(ctx, sym)) return;
    }
    names.push({ name: exportBinding(ctx, ref, exportName), asname: ctx.scopes.nameOf(sym) });
  };
  if (clause.name && isValueBinding(ctx, clause.name)) {
    const sym = ctx.checker.getSymbolAtLocation(clause.name)!;
    const target = ctx.checker.getAliasedSymbol(sym);
    // `import socket from "socket"` on a board module binds the module itself (a Python module has no
    // default export; a typing's `export default` stands for the module object, as in ntptime.d.ts)
    if (
      !ref.project ||
      (target.valueDeclaration && (ts.isSourceFile(target.valueDeclaration) || ts.isModuleDeclaration(target.valueDeclaration)))
    )
      out.push({ kind: "Import", module, asname: ctx.scopes.nameOf(sym) });
    else bind(clause.name, "default");
  }
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) {
    const sym = ctx.checker.getSymbolAtLocation(bindings.name)!;
    const name = ctx.scopes.nameOf(sym);
    // `import * as asyncio from "asyncio"` (see keepsModuleName): one `import asyncio` with the ones emitted code needs
    if (!ref.project && name === module && reservedNames.has(module)) ctx.useStd(module);
    else out.push({ kind: "Import", module, asname: name });
  } else if (bindings) {
    for (const el of bindings.elements) {
      if (el.isTypeOnly || !isValueBinding(ctx, el.name)) continue;
      bind(el.name, (el.propertyName ?? el.name).text);
    }
  }
  if (names.length) out.push({ kind: "ImportFrom", module, names });
  return out.map((s) => ({ ...s, pos: ctx.pos(node) }));
}

export function transformExportDeclaration(ctx: TransformContext, node: ts.ExportDeclaration): py.Stmt[] {
  if (node.isTypeOnly) return [];
  if (node.moduleSpecifier) {
    const ref = targetModule(ctx, node);
    // the re-exported names are taken in this module (temporaries must avoid them)
    for (const n of namesOf(ctx, ctx.sourceFile).reexports.values()) ctx.scopes.moduleScope.usedNames.add(n);
    const clause = node.exportClause;
    if (clause && ts.isNamespaceExport(clause))
      return [{ kind: "Import", module: ref.module, asname: reexportedName(ctx, clause.name.text), pos: ctx.pos(node) }];
    let names: { name: string; asname?: string }[];
    if (!clause) {
      // `export *`: the names, spelled out (Python's `import *` skips names starting with _)
      if (!ref.project || !ref.symbol) return [{ kind: "ImportFrom", module: ref.module, names: [{ name: "*" }], pos: ctx.pos(node) }];
      const own = ctx.checker.getSymbolAtLocation(ctx.sourceFile);
      names = ctx.checker
        .getExportsOfModule(ref.symbol)
        .filter((s) => s.escapedName !== "default" && isValueSymbol(ctx, s) && !shadowedLocally(ctx, own, s))
        .map((s) => ({ name: exportBinding(ctx, ref, s.name), asname: reexportedName(ctx, s.name) }));
    } else {
      names = clause.elements
        .filter((el) => !el.isTypeOnly && isValueExport(ctx, el))
        .map((el) => ({ name: exportBinding(ctx, ref, (el.propertyName ?? el.name).text), asname: reexportedName(ctx, el.name.text) }));
    }
    names = names.map((n) => (n.name === n.asname ? { name: n.name } : n));
    return names.length ? [{ kind: "ImportFrom", module: ref.module, names, pos: ctx.pos(node) }] : [];
  }
  // export { local as name }: importers use the local binding (see exportBinding)
  return [];
}

/** Whether this module's own export of the same name wins over an `export *` one. */
function shadowedLocally(ctx: TransformContext, own: ts.Symbol | undefined, starred: ts.Symbol): boolean {
  const mine = own && ctx.checker.getExportsOfModule(own).find((s) => s.escapedName === starred.escapedName);
  if (!mine) return false;
  const resolved = mine.flags & ts.SymbolFlags.Alias ? ctx.checker.getAliasedSymbol(mine) : mine;
  return resolved !== starred;
}

function isValueExport(ctx: TransformContext, el: ts.ExportSpecifier): boolean {
  if (el.parent.parent.moduleSpecifier)
    return isValueSymbol(ctx, ctx.checker.getSymbolAtLocation(el.propertyName ?? el.name) ?? ctx.checker.getSymbolAtLocation(el.name));
  return isValueSymbol(ctx, ctx.checker.getExportSpecifierLocalTargetSymbol(el));
}

export function transformExportAssignment(ctx: TransformContext, node: ts.ExportAssignment): py.Stmt[] {
  if (node.isExportEquals) throw unsupported(node, Codes.unsupportedSyntax, "'export ='", "use export default");
  const value = transformExpr(ctx, node.expression);
  if (value.kind === "Name" && value.id === "default_export") return [];
  return [{ ...b.assign(b.name("default_export"), value), pos: ctx.pos(node) }];
}
