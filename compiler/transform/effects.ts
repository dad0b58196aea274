// What a piece of emitted Python may read and do, and in which order Python
// evaluates it: the facts `order.ts` needs to keep JavaScript's left-to-right
// evaluation without adding temporaries where the order cannot be observed.
import type * as py from "../python/ast.js";

export interface Effects {
  /** variable names read */
  reads: Set<string>;
  /** variable names assigned */
  writes: Set<string>;
  /** reads state a call can change: attributes, items, lengths, iteration, operators on objects */
  heap: boolean;
  /** may change state or print: calls not known to be pure, stores into objects, await, yield */
  acts: boolean;
  /**
   * fields read that only constructors set (`self.hits`, marked settled) on a name that is
   * never None: no call changes them, so they are not `heap`; only a store into a field of
   * the same name, which `storedFields` lists, can
   */
  settledReads: Set<string>;
  /** names of the fields stored into (`x.hits = ...`) */
  storedFields: Set<string>;
}

/** Python builtins that only read their arguments. */
const pureFunctions = new Set([
  "len",
  "str",
  "int",
  "float",
  "abs",
  "bool",
  "isinstance",
  "hasattr",
  "getattr",
  "type",
  "chr",
  "ord",
  "repr",
  "min",
  "max",
  "round",
  "range",
  "sorted",
  "list",
  "tuple",
  "enumerate",
  "OrderedDict",
]);

/** Runtime helpers (mpts_rt) that only read their arguments. */
const pureHelpers = new Set([
  "js_num",
  "js_lognum",
  "js_str",
  "js_truthy",
  "js_add",
  "js_mod",
  "js_shl",
  "js_i32",
  "js_tonum",
  "js_text_num",
  "js_typeof",
  "js_parse_int",
  "js_parse_float",
  "js_to_fixed",
  "js_fixed",
  "js_fixed_digits",
  "js_radix",
  "js_round",
  "js_cbrt",
  "js_substring",
  "js_pad",
  "js_split",
  "js_index_of",
  "js_index_of_ref",
  "js_last_index_of",
  "js_last_index_of_ref",
  "js_flat",
  "js_json",
  "js_json_str",
  "js_json_num",
  "js_fields",
  "js_inspect",
  "js_error_name",
  "js_get",
  "js_has",
]);

/** Methods of str that only read (a string literal's `.format`, `.join`). */
function isPureCall(c: py.Call): boolean {
  if (c.func.kind === "Name") return pureFunctions.has(c.func.id) || pureHelpers.has(c.func.id);
  return c.func.kind === "Attribute" && c.func.value.kind === "Constant" && typeof c.func.value.value === "string";
}

export const noEffects = (): Effects => ({
  reads: new Set(),
  writes: new Set(),
  heap: false,
  acts: false,
  settledReads: new Set(),
  storedFields: new Set(),
});

/** The effects of expressions and statements (a function's or lambda's body is not run by defining it). */
export function effectsOf(...nodes: (py.Expr | py.Stmt)[]): Effects {
  const fx = noEffects();
  const store = (t: py.Expr) => {
    if (t.kind === "Name") fx.writes.add(t.id);
    else if (t.kind === "Tuple" || t.kind === "List") t.elts.forEach(store);
    else if (t.kind === "Starred") store(t.value);
    else {
      fx.acts = true;
      if (t.kind === "Attribute") {
        fx.storedFields.add(t.attr);
        visit(t.value);
      } else if (t.kind === "Subscript") {
        visit(t.value);
        visit(t.index);
      }
    }
  };
  // a worklist, not recursion: the effects are a union, and a 2,000-term chain would exhaust the stack
  const work: (py.Expr | py.Stmt | undefined)[] = [];
  const visit = (n: py.Expr | py.Stmt | undefined): void => {
    work.push(n);
  };
  const step = (n: py.Expr | py.Stmt | undefined): void => {
    if (!n) return;
    switch (n.kind) {
      case "Name":
        fx.reads.add(n.id);
        return;
      case "Constant":
      case "Lambda":
      case "Pass":
      case "Break":
      case "Continue":
      case "Comment":
      case "Global":
      case "Nonlocal":
      case "Import":
      case "ImportFrom":
        return;
      case "Raw":
        fx.heap = fx.acts = true;
        return;
      case "Call":
        if (!isPureCall(n)) fx.acts = true;
        fx.heap = true;
        visit(n.func);
        n.args.forEach(visit);
        n.keywords?.forEach((k) => visit(k.value));
        return;
      case "Attribute":
        if (n.settled && n.value.kind === "Name" && n.value.nonNull) fx.settledReads.add(n.attr);
        else fx.heap = true;
        visit(n.value);
        return;
      case "Subscript":
        fx.heap = true;
        visit(n.value);
        visit(n.index);
        return;
      case "NamedExpr":
        fx.writes.add(n.target);
        visit(n.value);
        return;
      case "Await":
      case "Yield":
        fx.acts = fx.heap = true;
        visit(n.value);
        return;
      case "List":
      case "Tuple":
      case "Set":
        n.elts.forEach(visit);
        return;
      case "Dict":
        n.entries.forEach((e) => {
          visit(e.key ?? undefined);
          visit(e.value);
        });
        return;
      case "Assign":
        visit(n.value);
        n.targets.forEach(store);
        return;
      case "AugAssign":
        visit(n.target);
        visit(n.value);
        store(n.target);
        return;
      case "Delete":
        store(n.target);
        return;
      case "FunctionDef":
        fx.writes.add(n.name);
        n.decorators?.forEach(visit);
        n.params.forEach((p) => visit(p.default));
        return;
      case "ClassDef":
        fx.writes.add(n.name);
        fx.acts = true;
        return;
      case "For":
        fx.heap = true;
        visit(n.iter);
        store(n.target);
        n.body.forEach(visit);
        n.orelse?.forEach(visit);
        return;
      case "Raise":
      case "Try":
        fx.acts = true;
        if (n.kind === "Raise") visit(n.exc);
        else {
          n.body.forEach(visit);
          n.handlers.forEach((h) => h.body.forEach(visit));
          n.orelse?.forEach(visit);
          n.finalbody?.forEach(visit);
        }
        return;
      case "IfExp":
      case "BoolOp":
        break;
      case "UnaryOp":
        if (n.op !== "not") fx.heap = true;
        break;
      case "Compare":
        if (n.op !== "is" && n.op !== "is not") fx.heap = true;
        break;
      default:
        // operators on objects read their contents (or call dunder methods); comprehensions iterate
        fx.heap = true;
    }
    for (const v of Object.values(n)) {
      if (Array.isArray(v)) v.forEach((x) => isNode(x) && visit(x));
      else if (isNode(v)) visit(v);
    }
  };
  nodes.forEach(visit);
  while (work.length) step(work.pop());
  return fx;
}

function isNode(v: unknown): v is py.Expr | py.Stmt {
  return !!v && typeof v === "object" && typeof (v as { kind?: unknown }).kind === "string";
}

/** Nothing another piece of code can do changes it, and it changes nothing. */
/** Neither calls nor assigns anything: evaluating `e` cannot change what other code sees. */
export function changesNothing(e: py.Expr): boolean {
  const fx = effectsOf(e);
  return !fx.acts && fx.writes.size === 0;
}

export function isPure(fx: Effects, isTemp: (name: string) => boolean): boolean {
  // a settled field is changed by a store into a field of its name (conflicts), so it is not pure
  return !fx.acts && !fx.heap && fx.settledReads.size === 0 && fx.writes.size === 0 && [...fx.reads].every(isTemp);
}

/**
 * Whether running `a` and `b` in the other order can give other results.
 * `shared` holds the names a call can reassign (closures and functions assign them).
 */
export function conflicts(a: Effects, b: Effects, shared: Set<string>): boolean {
  const meets = (x: Set<string>, y: Set<string>) => [...x].some((n) => y.has(n));
  if (meets(a.writes, b.reads) || meets(a.writes, b.writes) || meets(b.writes, a.reads)) return true;
  if (meets(a.storedFields, b.settledReads) || meets(b.storedFields, a.settledReads)) return true;
  const observes = (x: Effects) => x.acts || x.heap || meets(x.reads, shared);
  return (a.acts && observes(b)) || (b.acts && observes(a));
}

/** Replace nodes (by identity) inside `roots`, in place; returns the root replacements. */
export function replaceNodes<T extends py.Expr | py.Stmt>(roots: T[], map: Map<py.Expr, py.Expr>): T[] {
  const seen = new Set<unknown>();
  const visit = (n: unknown): void => {
    if (!n || typeof n !== "object" || seen.has(n)) return;
    seen.add(n);
    if (Array.isArray(n)) {
      for (let i = 0; i < n.length; i++) {
        const r = map.get(n[i]);
        if (r) n[i] = r;
        else visit(n[i]);
      }
      return;
    }
    const rec = n as Record<string, unknown>;
    for (const k of Object.keys(rec)) {
      if (k === "pos") continue;
      const r = map.get(rec[k] as py.Expr);
      if (r) rec[k] = r;
      else visit(rec[k]);
    }
  };
  return roots.map((root) => {
    const r = map.get(root as py.Expr);
    if (r) return r as T;
    visit(root);
    return root;
  });
}

/** Where Python starts evaluating each of `targets` (found by identity), and where code around them acts first. */
export interface EvalTrace {
  /** step at which each target starts being evaluated; -1 if no part of it occurs */
  at: number[];
  /** the outermost nodes of each target found in `code`: the target itself, or the parts of it the code took */
  parts: py.Expr[][];
  /** steps at which the surrounding code changes state (calls, stores), with the names it assigns */
  events: { step: number; acts: boolean; writes: string[] }[];
}

/**
 * Walk `code` in Python's evaluation order (a lambda's body last: it runs later, if at all),
 * noting where each target, or a part of it the code kept (`str(x)` printed as `x`), starts.
 */
export function traceEvaluation(code: (py.Expr | py.Stmt)[], targets: py.Expr[], isTemp: (name: string) => boolean): EvalTrace {
  const owner = new Map<unknown, number>();
  const own = (n: unknown, i: number): void => {
    if (!n || typeof n !== "object" || owner.has(n)) return;
    owner.set(n, i);
    for (const v of Object.values(n)) if (v && typeof v === "object") own(v, i);
  };
  targets.forEach((t, i) => own(t, i));
  const at = targets.map(() => -1);
  const parts: py.Expr[][] = targets.map(() => []);
  const events: EvalTrace["events"] = [];
  const deferred: py.Expr[] = [];
  let step = 0;
  const act = () => events.push({ step: step++, acts: true, writes: [] });
  const write = (name: string) => {
    if (!isTemp(name)) events.push({ step: step++, acts: false, writes: [name] });
  };
  const store = (t: py.Expr) => {
    if (t.kind === "Name") write(t.id);
    else if (t.kind === "Tuple" || t.kind === "List") t.elts.forEach(store);
    else if (t.kind === "Starred") store(t.value);
    else {
      if (t.kind === "Attribute") visit(t.value);
      else if (t.kind === "Subscript") {
        visit(t.value);
        visit(t.index);
      }
      act();
    }
  };
  const visit = (n: py.Expr | py.Stmt | undefined): void => {
    if (!n) return;
    const i = owner.get(n);
    if (i !== undefined) {
      if (at[i] < 0) at[i] = step;
      if (!parts[i].includes(n as py.Expr)) parts[i].push(n as py.Expr);
      step++;
      return;
    }
    step++;
    switch (n.kind) {
      case "Lambda":
        deferred.push(n.body);
        return;
      case "FunctionDef":
        n.decorators?.forEach(visit);
        n.params.forEach((p) => visit(p.default));
        write(n.name);
        return;
      case "ClassDef":
        n.bases.forEach(visit);
        act();
        return;
      case "Call":
        visit(n.func);
        n.args.forEach(visit);
        n.keywords?.forEach((k) => visit(k.value));
        if (!isPureCall(n)) act();
        return;
      case "Await":
      case "Yield":
        visit(n.value);
        act();
        return;
      case "Raw":
        act();
        return;
      case "NamedExpr":
        visit(n.value);
        write(n.target);
        return;
      case "Dict":
        n.entries.forEach((e) => {
          visit(e.key ?? undefined);
          visit(e.value);
        });
        return;
      case "ListComp":
        visit(n.iter);
        visit(n.cond);
        visit(n.elt);
        return;
      case "Assign":
        visit(n.value);
        n.targets.forEach(store);
        return;
      case "AugAssign":
        visit(n.target);
        visit(n.value);
        store(n.target);
        return;
      case "Delete":
        store(n.target);
        return;
      case "For":
        visit(n.iter);
        store(n.target);
        n.body.forEach(visit);
        n.orelse?.forEach(visit);
        return;
      case "BinOp":
      case "BoolOp":
      case "Compare":
        visit(n.left);
        visit(n.right);
        return;
      case "IfExp":
      case "If":
        visit(n.test);
        if (n.kind === "IfExp") {
          visit(n.body);
          visit(n.orelse);
        } else {
          n.body.forEach(visit);
          n.orelse.forEach(visit);
        }
        return;
      case "Subscript":
        visit(n.value);
        visit(n.index);
        return;
      case "Try":
        n.body.forEach(visit);
        n.handlers.forEach((h) => h.body.forEach(visit));
        n.orelse?.forEach(visit);
        n.finalbody?.forEach(visit);
        return;
      default:
        // the remaining nodes have their children in evaluation order
        for (const [k, v] of Object.entries(n)) {
          if (k === "pos") continue;
          if (Array.isArray(v)) v.forEach((x) => isNode(x) && visit(x));
          else if (isNode(v)) visit(v);
        }
    }
  };
  code.forEach(visit);
  while (deferred.length) visit(deferred.shift());
  return { at, parts, events };
}
