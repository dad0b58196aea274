// Functions and methods every call of which was written in place (inline-calls.ts), and classes
// whose every object became locals (python/local-objects.ts), are not defined: on a board a def
// is bytecode in RAM whether anything calls it or not. A definition goes only when nothing else
// can reach it, judged twice: in TypeScript (every mention of its name is a call written in
// place; a class: not exported) and in the emitted Python (nothing else spells its name).
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { attrName } from "./access.js";
import * as T from "./types.js";
import { walk } from "./walk.js";
import { someNode, spelledNames } from "../python/mentions.js";

/** The module's statements without the functions and methods whose every call was written in place. */
export function withoutInlinedDefs(ctx: TransformContext, body: py.Stmt[]): py.Stmt[] {
  const functions = inlinedFunctions(ctx);
  const methods = inlinedMethods(ctx);
  if (!functions.size && !methods.size) return body;
  return body.flatMap((s, i) => {
    const rest = () => [...body.slice(0, i), ...body.slice(i + 1)];
    const fn = [...functions].find((n) => definesFunction(s, n));
    if (fn) return spells(rest(), fn) ? [s] : [];
    const gone = s.kind === "ClassDef" ? methods.get(s.name) : undefined;
    if (!gone || s.kind !== "ClassDef") return [s];
    // a method another class of this module, or any other code, spells stays
    const others = [...rest(), ...s.body.filter((m) => !(m.kind === "FunctionDef" && gone.has(m.name)))];
    const kept = s.body.filter(
      (m) => !(m.kind === "FunctionDef" && gone.has(m.name) && runsNothing(m.params) && !m.decorators?.length && !spells(others, m.name)),
    );
    return [{ ...s, body: kept.length ? kept : [b.pass()] }];
  });
}

/**
 * The module's statements without the classes nothing reaches any more: every object of them
 * became locals (python/local-objects.ts) and every method call was written in place, so the
 * emitted module no longer spells the class's name. Only a class this module does not export,
 * whose body runs nothing when defined (methods with plain defaults, constant fields).
 */
export function withoutUnreachedClasses(ctx: TransformContext, body: py.Stmt[]): py.Stmt[] {
  const candidates = unexportedClasses(ctx);
  if (!candidates.size) return body;
  return body.filter((s, i) => {
    if (s.kind !== "ClassDef" || !candidates.has(s.name) || !definingRunsNothing(s)) return true;
    return spells([...body.slice(0, i), ...body.slice(i + 1)], s.name);
  });
}

/** Whether the statements spell `name`: as a name, an attribute, or in raw text. */
function spells(stmts: py.Stmt[], name: string): boolean {
  return (
    spelledNames(stmts).has(name) ||
    someNode(stmts, (n) => (n.kind === "Attribute" && n.attr === name) || (n.kind === "Raw" && (n.text as string).includes(name)))
  );
}

/** The Python names of the top-level classes this module declares and does not export. */
function unexportedClasses(ctx: TransformContext): Set<string> {
  const exported = exportedSymbols(ctx);
  const out = new Set<string>();
  for (const s of ctx.sourceFile.statements) {
    if (!ts.isClassDeclaration(s) || !s.name) continue;
    const sym = ctx.checker.getSymbolAtLocation(s.name);
    if (sym && !exported.has(sym)) out.add(ctx.scopes.nameOf(sym) ?? sym.name);
  }
  return out;
}

/** The symbols this module exports. */
function exportedSymbols(ctx: TransformContext): Set<ts.Symbol> {
  return new Set(ctx.checker.getExportsOfModule(ctx.checker.getSymbolAtLocation(ctx.sourceFile) ?? ({} as ts.Symbol)));
}

const harmlessDecorators = new Set(["staticmethod", "classmethod", "property"]);

/** Defining the class runs no code of the program: names for bases, methods, constant fields. */
function definingRunsNothing(c: py.ClassDef): boolean {
  return (
    c.bases.every((e) => e.kind === "Name") &&
    c.body.every(
      (m) =>
        m.kind === "Pass" ||
        (m.kind === "FunctionDef" &&
          runsNothing(m.params) &&
          (m.decorators ?? []).every((d) => d.kind === "Name" && harmlessDecorators.has(d.id))) ||
        (m.kind === "Assign" && m.targets.every((t) => t.kind === "Name") && b.isSimple(m.value)),
    )
  );
}

/** The Python names of top-level functions this module does not export whose every mention is a call written in place. */
function inlinedFunctions(ctx: TransformContext): Set<string> {
  const exported = exportedSymbols(ctx);
  const gone = new Set<string>();
  for (const s of ctx.sourceFile.statements) {
    const name = ts.isFunctionDeclaration(s) ? s.name : ts.isVariableStatement(s) ? s.declarationList.declarations[0]?.name : undefined;
    if (!name || !ts.isIdentifier(name)) continue;
    const sym = ctx.checker.getSymbolAtLocation(name);
    if (!sym || exported.has(sym)) continue;
    const refs = ctx.scopes.references.get(sym) ?? [];
    if (refs.length && refs.every((r) => ctx.inlinedCallees.has(r))) gone.add(ctx.scopes.nameOf(sym) ?? sym.name);
  }
  return gone;
}

/** Names JavaScript or the runtime may call without the program spelling a call (`${x}`, JSON.stringify, iteration, await). */
const calledImplicitly = new Set(["toString", "valueOf", "toJSON", "then", "next", "return", "throw", "constructor"]);

/**
 * For each class of this module (by Python name), its methods whose every mention anywhere in the
 * program is a call written in place: an identifier of that name nowhere else (another class's or
 * an interface's member of the name, a destructuring, `super.m`), no string of it (`"m" in x`,
 * `x["m"]`), and no store or read by a computed key into an object that has it or is untyped.
 */
function inlinedMethods(ctx: TransformContext): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const candidates = new Map<string, ts.MethodDeclaration>();
  for (const s of ctx.sourceFile.statements) {
    if (!ts.isClassDeclaration(s) || !s.name) continue;
    for (const m of s.members)
      if (
        ts.isMethodDeclaration(m) &&
        ts.isIdentifier(m.name) &&
        m.body &&
        !calledImplicitly.has(m.name.text) &&
        !(ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static)
      )
        candidates.set(m.name.text, m);
  }
  const inlinedNames = [...ctx.inlinedCallees].filter(ts.isIdentifier).map((id) => id.text);
  for (const name of candidates.keys()) if (!inlinedNames.includes(name)) candidates.delete(name);
  if (!candidates.size) return out;
  for (const file of ctx.program.files) {
    walk(file, (n) => {
      if (ts.isIdentifier(n) || ts.isPrivateIdentifier(n) || ts.isStringLiteralLike(n)) {
        const decl = candidates.get(n.text);
        if (decl && n !== decl.name && !ctx.inlinedCallees.has(n)) candidates.delete(n.text);
      } else if (ts.isElementAccessExpression(n) && !ts.isStringLiteralLike(n.argumentExpression)) {
        const key = ctx.checker.getTypeAtLocation(n.argumentExpression);
        if (!T.isNumber(key)) {
          const object = ctx.checker.getTypeAtLocation(n.expression);
          if (T.isAnyLike(object)) candidates.clear();
          else for (const p of ctx.checker.getPropertiesOfType(object)) candidates.delete(p.name);
        }
      }
      return candidates.size ? undefined : "stop";
    });
  }
  for (const [name, decl] of candidates) {
    const cls =
      ctx.scopes.nameOf(ctx.checker.getSymbolAtLocation((decl.parent as ts.ClassDeclaration).name!)!) ??
      (decl.parent as ts.ClassDeclaration).name!.text;
    const set = out.get(cls) ?? new Set<string>();
    out.set(cls, set.add(attrName(name)));
  }
  return out;
}

/** Defining it runs nothing: no default that computes. */
function runsNothing(params: py.Param[]): boolean {
  return params.every((p) => !p.default || b.isSimple(p.default));
}

function definesFunction(s: py.Stmt, name: string): boolean {
  return (
    (s.kind === "FunctionDef" && s.name === name && !s.decorators?.length && runsNothing(s.params)) ||
    (s.kind === "Assign" &&
      s.targets.length === 1 &&
      s.targets[0].kind === "Name" &&
      s.targets[0].id === name &&
      s.value.kind === "Lambda" &&
      runsNothing(s.value.params))
  );
}
