// A program's state object as module variables: `const state = { ledOn: false, presses: 0 }`
// in the entry module, read and written only as `state.ledOn` by its functions, is a
// dictionary looked up by key on every use; as `state_ledOn` and `state_presses` each is a
// module global, which MicroPython reads and writes by a cached slot, as a careful
// programmer keeps a program's state.
//
// Only in an entry module (no module imports it, so nothing else can reach the name), and
// only where nothing can tell: the name is bound once, to a dictionary literal whose keys are
// constant identifiers; every other mention of it in the module (functions, methods, lambdas,
// comprehensions) is an item read or store by one of those keys; nothing deletes one. The
// binding becomes the entries' assignments, in their order (the literal's order of evaluation),
// and each function that stores into one declares it global.
import type * as py from "./ast.js";
import { boundNames } from "./free-names.js";
import { eachNode, freshName, spelledNames } from "./mentions.js";

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface Candidate {
  binding: py.Assign;
  keys: string[];
}

/** `name = {"k": v, ...}` bindings with identifier keys, of names bound nowhere else. */
function candidates(body: py.Stmt[]): Map<string, Candidate> {
  const found = new Map<string, Candidate>();
  eachNode(body, (n) => {
    if (n.kind === "Assign") {
      const s = n as unknown as py.Assign;
      const [t] = s.targets;
      if (s.targets.length !== 1 || t.kind !== "Name" || s.value.kind !== "Dict") return;
      const keys = s.value.entries.map((e) => (e.key?.kind === "Constant" && typeof e.key.value === "string" ? e.key.value : undefined));
      if (keys.length && keys.every((k) => k !== undefined && identifier.test(k)) && new Set(keys).size === keys.length)
        found.set(t.id, { binding: s, keys: keys as string[] });
    }
  });
  for (const [name] of found) if (bindingSites(body, name) !== 1) found.delete(name);
  return found;
}

/**
 * How many places bind `name`, in any scope of the module: assignments, loop and comprehension
 * targets, walruses, parameters, definitions, imports, `except ... as`. A parameter or a local of
 * the same name elsewhere is another variable, whose items must stay items.
 */
function bindingSites(body: py.Stmt[], name: string): number {
  let count = 0;
  const names = (e: py.Expr) =>
    eachNode(e, (x) => {
      if (x.kind === "Subscript" || x.kind === "Attribute") return false;
      if (x.kind === "Name" && x.id === name) count++;
    });
  eachNode(body, (n) => {
    switch (n.kind) {
      case "Assign":
        (n as unknown as py.Assign).targets.forEach(names);
        break;
      case "AugAssign":
      case "For":
      case "ListComp":
        names(n.target as py.Expr);
        break;
      case "NamedExpr":
        if (n.target === name) count++;
        break;
      case "FunctionDef":
      case "Lambda":
        if (n.name === name) count++;
        for (const p of n.params as py.Param[]) if (p.name === name) count++;
        break;
      case "ClassDef":
        if (n.name === name) count++;
        break;
      case "Import":
      case "ImportFrom":
      case "Try":
        if (boundNames([n as unknown as py.Stmt]).has(name)) count++;
        break;
    }
  });
  return count;
}

/** Whether every mention of `name` but its binding is an item by one of `keys` (read, stored, updated). */
function onlyKeyedUses(body: py.Stmt[], name: string, c: Candidate): boolean {
  let ok = true;
  const visit = (node: unknown): void => {
    if (!ok || !node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Record<string, unknown>;
    if (n === (c.binding as unknown)) return visit(c.binding.value);
    if (n.kind === "Subscript" && (n.value as py.Expr).kind === "Name" && (n.value as py.Name).id === name) {
      const key = n.index as py.Expr;
      if (key.kind !== "Constant" || typeof key.value !== "string" || !c.keys.includes(key.value)) ok = false;
      return;
    }
    if (n.kind === "Name" && n.id === name) ok = false;
    else if (n.kind === "Raw" && (n.text as string).includes(name)) ok = false;
    else if (n.kind === "Delete") {
      let hit = false;
      eachNode(n.target, (x) => void (x.kind === "Name" && x.id === name && (hit = true)));
      if (hit) ok = false;
    } else if (n.kind === "Nonlocal" && (n.names as string[]).includes(name)) ok = false;
    for (const k in n) if (k !== "pos" && k !== "names") visit(n[k]);
  };
  visit(body);
  return ok;
}

/** The entry module's state dictionaries as module variables, one per key. */
export function replaceModuleRecords(body: py.Stmt[]): py.Stmt[] {
  const found = candidates(body);
  for (const [name, c] of found) if (!onlyKeyedUses(body, name, c)) found.delete(name);
  if (!found.size) return body;
  const taken = spelledNames(body);
  const globals = new Map<string, Map<string, string>>();
  for (const [name, c] of found) globals.set(name, new Map(c.keys.map((k) => [k, freshName(`${name}_${k}`, taken)])));
  const bindings = new Map<unknown, string>([...found].map(([name, c]) => [c.binding, name]));
  const itemName = (e: py.Expr): string | undefined =>
    e.kind === "Subscript" && e.value.kind === "Name" && e.index.kind === "Constant"
      ? globals.get(e.value.id)?.get(e.index.value as string)
      : undefined;
  /** The names a statement list stores into, in this function (not in the functions inside it). */
  const storedHere = (stmts: py.Stmt[]): string[] => {
    const out: string[] = [];
    eachNode(stmts, (n) => {
      if (n.kind === "FunctionDef" || n.kind === "ClassDef" || n.kind === "Lambda") return false;
      if (n.kind === "Assign") for (const t of (n as unknown as py.Assign).targets) storedNames(t, out);
      if (n.kind === "AugAssign") storedNames((n as unknown as py.AugAssign).target, out);
      const binding = bindings.get(n);
      if (binding) out.push(...globals.get(binding)!.values());
    });
    return out;
  };
  const storedNames = (t: py.Expr, out: string[]): void => {
    const g = itemName(t);
    if (g) out.push(g);
    else if (t.kind === "Tuple" || t.kind === "List") t.elts.forEach((e) => storedNames(e, out));
  };
  const rewrite = (node: unknown, inFunction: boolean): unknown => {
    if (!node || typeof node !== "object") return node;
    if (Array.isArray(node))
      return node.flatMap((x) => {
        const name = bindings.get(x);
        if (name === undefined) return [rewrite(x, inFunction)];
        const c = found.get(name)!;
        const value = c.binding.value as py.DictExpr;
        return value.entries.map((e, i): py.Stmt => ({
          kind: "Assign",
          targets: [{ kind: "Name", id: globals.get(name)!.get(c.keys[i])! }],
          value: rewrite(e.value, inFunction) as py.Expr,
          pos: c.binding.pos,
        }));
      });
    const n = node as Record<string, unknown>;
    const g = itemName(n as unknown as py.Expr);
    if (g) return { kind: "Name", id: g, pos: n.pos };
    if (n.kind === "Global") {
      // the dictionary's name is no longer bound; its entries are declared where they are stored (below)
      const names = (n.names as string[]).filter((x) => !found.has(x));
      return names.length ? { ...n, names } : { kind: "Pass", pos: n.pos };
    }
    if (n.kind === "FunctionDef") {
      const fn = n as unknown as py.FunctionDef;
      const stored = [...new Set(storedHere(fn.body))];
      const inner = rewrite(fn.body, true) as py.Stmt[];
      const body = stored.length ? [{ kind: "Global", names: stored } as py.Stmt, ...inner] : inner;
      return { ...fn, body: body.filter((s) => s.kind !== "Pass" || body.length === 1) };
    }
    const out: Record<string, unknown> = {};
    for (const k in n) out[k] = k === "pos" ? n[k] : rewrite(n[k], inFunction);
    return out;
  };
  return rewrite(body, false) as py.Stmt[];
}
