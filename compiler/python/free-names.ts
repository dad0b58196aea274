// Python's scoping rules over emitted code: which names a statement list binds,
// and which names a function, lambda or class reads or writes from outside
// itself (its free names). main-function.ts asks them before it moves module
// code into a function, where a bound name stops being a global; loop-invariants.ts
// asks which names a loop binds.
import type * as py from "./ast.js";
import { eachNode } from "./mentions.js";

export type Scope = py.FunctionDef | py.ClassDef | py.Lambda;

/** A node whose body is a scope of its own: a function, lambda or class. */
export function isScope(node: { kind?: unknown }): node is Scope {
  return node.kind === "FunctionDef" || node.kind === "ClassDef" || node.kind === "Lambda";
}

/** Names an assignment target binds (`a`, `a, b = ...`, `*rest`); attributes and subscripts bind none. */
export function targetNames(target: py.Expr, out: Set<string>): void {
  if (target.kind === "Name") out.add(target.id);
  else if (target.kind === "Tuple" || target.kind === "List") target.elts.forEach((e) => targetNames(e, out));
  else if (target.kind === "Starred") targetNames(target.value, out);
}

/** `:=` targets in an expression, which bind in the enclosing function even from inside a comprehension. */
function walrusNames(e: unknown, out: Set<string>): void {
  eachNode(e, (node) => {
    if (node.kind === "NamedExpr") out.add(node.target as string);
    return !isScope(node);
  });
}

/** The names `stmts` bind in their own scope (not inside the functions and classes they define). */
export function boundNames(stmts: py.Stmt[], out = new Set<string>()): Set<string> {
  for (const s of stmts) {
    switch (s.kind) {
      case "Assign":
        s.targets.forEach((t) => targetNames(t, out));
        break;
      case "AugAssign":
      case "Delete":
        targetNames(s.target, out);
        break;
      case "For":
        targetNames(s.target, out);
        break;
      case "FunctionDef":
      case "ClassDef":
        out.add(s.name);
        continue; // its body is its own scope; its decorators, defaults and bases bind nothing
      case "Import":
        out.add(s.asname ?? s.module.split(".")[0]);
        break;
      case "ImportFrom":
        s.names.forEach((n) => out.add(n.asname ?? n.name));
        break;
      case "Try":
        s.handlers.forEach((h) => h.name && out.add(h.name));
        break;
    }
    walrusNames(s, out);
    for (const list of nestedStatementLists(s)) boundNames(list, out);
  }
  return out;
}

/** The statement lists directly inside a compound statement (not a function's or class's body). */
function nestedStatementLists(s: py.Stmt): py.Stmt[][] {
  switch (s.kind) {
    case "If":
      return [s.body, s.orelse];
    case "While":
    case "For":
      return [s.body, s.orelse ?? []];
    case "Try":
      return [s.body, ...s.handlers.map((h) => h.body), s.orelse ?? [], s.finalbody ?? []];
    default:
      return [];
  }
}

function declared(stmts: py.Stmt[], kind: "Global" | "Nonlocal", out = new Set<string>()): Set<string> {
  for (const s of stmts) {
    if (s.kind === kind) s.names.forEach((n) => out.add(n));
    for (const list of nestedStatementLists(s)) declared(list, kind, out);
  }
  return out;
}

/**
 * The names `node` reads or writes in its own scope, with the free names of
 * every function, lambda and class inside it (a comprehension's reads, but not
 * its own variable, count as the scope's: it runs at once).
 */
function mentionedNames(node: unknown, out: Set<string>): void {
  eachNode(node, (n) => {
    if (isScope(n)) {
      freeNames(n).forEach((x) => out.add(x));
      return false;
    }
    if (n.kind === "ListComp") {
      // the comprehension's variable is its own; its first iterable is read outside it
      const comp = n as unknown as py.ListComp;
      mentionedNames(comp.iter, out);
      const own = new Set<string>();
      targetNames(comp.target, own);
      const inside = new Set<string>();
      mentionedNames([comp.elt, comp.cond], inside);
      for (const x of inside) if (!own.has(x)) out.add(x);
      return false;
    }
    if (n.kind === "Name") out.add(n.id as string);
    return true;
  });
}

/** What a scope's definition evaluates where it stands: decorators, parameter defaults, base classes. */
function evaluatedOutside(scope: Scope): unknown[] {
  if (scope.kind === "ClassDef") return scope.bases;
  const defaults = scope.params.map((p) => p.default);
  return scope.kind === "FunctionDef" ? [...defaults, scope.decorators ?? []] : defaults;
}

/** The names a definition reads where it stands, when it runs: its decorators, defaults or bases. */
export function namesReadByDefining(scope: Scope): Set<string> {
  const out = new Set<string>();
  mentionedNames(evaluatedOutside(scope), out);
  return out;
}

/** The names a function, lambda or class takes from the scopes around it. */
export function freeNames(scope: Scope): Set<string> {
  const free = namesReadByDefining(scope);
  const inner = new Set<string>();
  mentionedNames(scope.body, inner);
  // a class's own names are not seen by its methods, so only a function's or lambda's locals are subtracted
  // (a class attribute counted as free only makes the caller more careful)
  if (scope.kind !== "ClassDef") {
    const local = new Set(scope.params.map((p) => p.name));
    const escapes = new Set<string>();
    if (scope.kind === "FunctionDef") {
      boundNames(scope.body, local);
      declared(scope.body, "Global", escapes);
      declared(scope.body, "Nonlocal", escapes);
    }
    for (const name of local) if (!escapes.has(name)) inner.delete(name);
    escapes.forEach((name) => inner.add(name));
  }
  inner.forEach((x) => free.add(x));
  return free;
}

/** A function's own variables that no call can change: its parameters and the names it binds, but none declared global or nonlocal in it or in a function inside it. */
export function callProofLocals(fn: py.FunctionDef): Set<string> {
  const escaping = new Set<string>();
  eachNode(fn.body, (n) => void ((n.kind === "Global" || n.kind === "Nonlocal") && (n.names as string[]).forEach((x) => escaping.add(x))));
  return new Set([...fn.params.map((p) => p.name), ...boundNames(fn.body)].filter((x) => !escaping.has(x)));
}
