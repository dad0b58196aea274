// An object a function makes and never lets go of is only its fields: `rng = Lcg(2024)`,
// whose every later use is `rng.state` (its methods written in place, inline-calls.ts), is
// `rng_state = 2024` and `rng_state`, as a careful person keeps a generator's state in a
// local. A local is read by slot; a field is looked up in the object's dictionary.
//
// Only where nothing can tell:
// - the class is defined once at module level, has no base, and its `__init__` only sets
//   fields of `self` from its parameters and other values (no `self` read, no function made
//   there, no default), none named as anything the class body defines (a method, a property);
// - the function binds the variable once, to a call of the class with one argument per
//   parameter; every other mention of it reads or stores one of those fields, in the function
//   itself (not in a lambda, a def or a comprehension inside it, which would hold the object);
// - the fields' values name nothing the function binds (they are written where the call was).
// Arguments other than literals and the function's own locals are evaluated first into
// temporaries, as the call evaluates them before `__init__` runs.
import type * as py from "./ast.js";
import { boundNames, callProofLocals, isScope } from "./free-names.js";
import { eachNode, freshName, mentions, someNode, spelledNames } from "./mentions.js";

interface SimpleClass {
  params: string[];
  fields: { name: string; value: py.Expr }[];
}

/** The module's classes whose `__init__` only sets fields, by name. */
function simpleClasses(body: py.Stmt[]): Map<string, SimpleClass> {
  const bindings = new Map<string, number>();
  for (const s of body) for (const n of boundNames([s])) bindings.set(n, (bindings.get(n) ?? 0) + 1);
  const out = new Map<string, SimpleClass>();
  for (const s of body) {
    if (s.kind !== "ClassDef" || s.bases.length || bindings.get(s.name) !== 1) continue;
    const init = s.body.find((m): m is py.FunctionDef => m.kind === "FunctionDef" && m.name === "__init__");
    if (!init || init.decorators?.length || init.async) continue;
    const [self, ...params] = init.params;
    if (!self || self.rest || params.some((p) => p.default || p.rest || p.kwonly)) continue;
    const fields: SimpleClass["fields"] = [];
    const classNames = boundNames(s.body);
    const ok = init.body.every((st) => {
      if (st.kind !== "Assign" || st.targets.length !== 1) return false;
      const t = st.targets[0];
      if (t.kind !== "Attribute" || t.value.kind !== "Name" || t.value.id !== self.name) return false;
      if (mentions(st.value, self.name) || someNode(st.value, (n) => isScope(n) || n.kind === "ListComp" || n.kind === "Raw")) return false;
      if (classNames.has(t.attr) || fields.some((f) => f.name === t.attr)) return false;
      fields.push({ name: t.attr, value: st.value });
      return true;
    });
    if (ok && !classNames.has("__del__")) out.set(s.name, { params: params.map((p) => p.name), fields });
  }
  return out;
}

/** Every variable of `fn` that holds an object of a simple class and never lets it go: its class, and its binding. */
function localObjects(fn: py.FunctionDef, classes: Map<string, SimpleClass>): Map<string, { cls: SimpleClass; binding: py.Assign }> {
  const found = new Map<string, { cls: SimpleClass; binding: py.Assign }>();
  const bound = boundNames(fn.body);
  const params = new Set(fn.params.map((p) => p.name));
  // variables bound more than once, or that are parameters: not candidates
  const disqualified = new Set<string>();
  // candidates: `o = C(args)` at any depth of the function's own statements
  eachNode(fn.body, (n) => {
    if (isScope(n) || n.kind === "ListComp") return false;
    if (n.kind !== "Assign") return;
    const s = n as unknown as py.Assign;
    const [t] = s.targets;
    if (s.targets.length !== 1 || t.kind !== "Name" || s.value.kind !== "Call" || s.value.func.kind !== "Name") return;
    const className = s.value.func.id;
    const cls = classes.get(className);
    const call = s.value;
    if (!cls || call.keywords?.length || call.args.length !== cls.params.length || call.args.some((a) => a.kind === "Starred")) return;
    if (params.has(t.id) || disqualified.has(t.id) || bound.has(className)) disqualified.add(t.id);
    else if (found.has(t.id)) {
      found.delete(t.id);
      disqualified.add(t.id);
    } else found.set(t.id, { cls, binding: s });
  });
  for (const [name, { cls, binding }] of found) {
    // a field's value names nothing the function binds: written here, it must mean what it meant in __init__
    const free = new Set<string>();
    for (const f of cls.fields) eachNode(f.value, (n) => void (n.kind === "Name" && free.add(n.id as string)));
    for (const p of cls.params) free.delete(p);
    if ([...free].some((x) => bound.has(x) || params.has(x)) || !onlyFieldUses(fn.body, name, cls, binding)) found.delete(name);
  }
  return found;
}

/** Whether every mention of `name` but its binding reads or stores one of the class's fields, outside nested scopes. */
function onlyFieldUses(body: py.Stmt[], name: string, cls: SimpleClass, binding: py.Assign): boolean {
  const fields = new Set(cls.fields.map((f) => f.name));
  let ok = true;
  const visit = (node: unknown, nested: boolean): void => {
    if (!ok || !node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach((x) => visit(x, nested));
    const n = node as Record<string, unknown>;
    if (n === (binding as unknown)) return visit(binding.value, nested);
    if (n.kind === "Raw" && (n.text as string).includes(name)) ok = false;
    else if (n.kind === "Attribute" && (n.value as py.Expr).kind === "Name" && (n.value as py.Name).id === name) {
      if (nested || !fields.has(n.attr as string)) ok = false;
      return;
    } else if (n.kind === "Name" && n.id === name) ok = false;
    else if ((n.kind === "Global" || n.kind === "Nonlocal") && (n.names as string[]).includes(name)) ok = false;
    else if (n.kind === "NamedExpr" && n.target === name) ok = false;
    else if (n.kind === "Delete" && someNode(n.target, (x) => x.kind === "Attribute")) {
      if (mentions(n.target, name)) ok = false;
    }
    const inner = nested || isScope(n) || n.kind === "ListComp";
    for (const [k, v] of Object.entries(n)) if (k !== "pos") visit(v, inner);
  };
  visit(body, false);
  return ok;
}

/** `o = C(a, b)` as the fields' assignments, the arguments first where reading them later could differ. */
function construction(
  name: string,
  cls: SimpleClass,
  binding: py.Assign,
  fieldLocals: Map<string, string>,
  taken: Set<string>,
  fnLocals: Set<string>,
  inner: (e: py.Expr) => py.Expr,
): py.Stmt[] {
  const call = binding.value as py.Call;
  const out: py.Stmt[] = [];
  const args = new Map<string, py.Expr>();
  const copies = copiesInOrder(cls);
  cls.params.forEach((p, i) => {
    const arg = inner(call.args[i]);
    // a literal, or a local of this function no call can change, is read where the field's value reads the parameter;
    // so is any argument when the fields only copy the parameters, each once and in their order (`this.x = x`)
    if (copies || arg.kind === "Constant" || (arg.kind === "Name" && fnLocals.has(arg.id))) args.set(p, arg);
    else {
      const t = freshName(`_${name}_${p}`, taken);
      out.push({ kind: "Assign", targets: [{ kind: "Name", id: t }], value: arg, pos: binding.pos });
      args.set(p, { kind: "Name", id: t });
    }
  });
  for (const f of cls.fields) {
    const value = substitute(f.value, args) as py.Expr;
    out.push({ kind: "Assign", targets: [{ kind: "Name", id: fieldLocals.get(f.name)! }], value, pos: binding.pos });
  }
  return out;
}

/**
 * Whether the fields' values are parameters and literals only, each parameter read exactly once
 * and in the order of the parameters: then writing the arguments where the fields read them
 * evaluates each once, in the call's order, with nothing else run between them.
 */
function copiesInOrder(cls: SimpleClass): boolean {
  const order: number[] = [];
  for (const f of cls.fields) {
    if (f.value.kind === "Constant") continue;
    if (f.value.kind !== "Name") return false;
    const i = cls.params.indexOf(f.value.id);
    if (i < 0) return false;
    order.push(i);
  }
  return order.length === cls.params.length && order.every((p, k) => p === k);
}

function substitute(node: unknown, args: Map<string, py.Expr>): unknown {
  if (!node || typeof node !== "object") return node;
  if (Array.isArray(node)) return node.map((x) => substitute(x, args));
  const n = node as Record<string, unknown>;
  if (n.kind === "Name" && args.has(n.id as string)) return args.get(n.id as string);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(n)) out[k] = k === "pos" ? v : substitute(v, args);
  return out;
}

/** A function with its local objects replaced by their fields. */
function withoutLocalObjects(fn: py.FunctionDef, classes: Map<string, SimpleClass>, taken: Set<string>): py.FunctionDef {
  const objects = localObjects(fn, classes);
  if (!objects.size) return fn;
  const fnLocals = new Set([...callProofLocals(fn)].filter((x) => !objects.has(x)));
  const locals = new Map<string, Map<string, string>>();
  for (const [name, { cls }] of objects) locals.set(name, new Map(cls.fields.map((f) => [f.name, freshName(`${name}_${f.name}`, taken)])));
  const byBinding = new Map<unknown, string>([...objects].map(([name, o]) => [o.binding, name]));
  // the field reads and stores of the local objects as their locals, each binding as the fields' assignments
  const rewrite = (node: unknown): unknown => {
    if (!node || typeof node !== "object") return node;
    if (Array.isArray(node))
      return node.flatMap((x) => {
        const name = byBinding.get(x);
        if (name === undefined) return [rewrite(x)];
        const { cls, binding } = objects.get(name)!;
        return construction(name, cls, binding, locals.get(name)!, taken, fnLocals, (e) => rewrite(e) as py.Expr);
      });
    const n = node as Record<string, unknown>;
    if (n.kind === "Attribute" && (n.value as py.Expr).kind === "Name") {
      const local = locals.get((n.value as py.Name).id)?.get(n.attr as string);
      if (local) return { kind: "Name", id: local, pos: n.pos };
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(n)) out[k] = k === "pos" ? v : rewrite(v);
    return out;
  };
  return { ...fn, body: rewrite(fn.body) as py.Stmt[] };
}

/** The module's functions (and methods) with the objects they make and keep to themselves replaced by their fields. */
export function replaceLocalObjects(body: py.Stmt[]): py.Stmt[] {
  const classes = simpleClasses(body);
  if (!classes.size) return body;
  const taken = spelledNames(body);
  return body.map((s) => {
    if (s.kind === "FunctionDef") return withoutLocalObjects(s, classes, taken);
    if (s.kind === "ClassDef")
      return { ...s, body: s.body.map((m) => (m.kind === "FunctionDef" ? withoutLocalObjects(m, classes, taken) : m)) };
    return s;
  });
}
