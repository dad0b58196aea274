// Arithmetic a loop's passes all compute alike is computed once, before the loop,
// as a careful person writes it: `hue = (frame * 2.5 + i * 6) % 360` in a loop over
// `i` reads `_l = frame * 2.5` set before it. MicroPython allocates every float a
// computation makes, so each such term saves an allocation and an operation per pass.
// So is a field only constructors set, of such a local that is never None
// (`_buffer = strip.buffer`): an attribute lookup per pass becomes a local read,
// however the read got there (a method's body written in place, inline-calls.ts).
// So is a method the loop calls on such a local (`_tick = sched.tick`, as MicroPython's
// guide to speed advises), where nothing can replace it (stable-methods.ts).
//
// Only where nothing can tell: inside a function, whose locals no call can change
// (not names declared global or nonlocal, nor names a function inside declares
// nonlocal), nor its consts (globals too); the term is `+ - * / // %` and unary minus
// over number literals and such locals declared numbers (never undefined or null:
// identifiers.ts marks them), dividing only by a literal that is not zero: it cannot
// raise, so computing it when the loop runs no pass, or when its `if` is not taken,
// shows nothing. Each name is a parameter, a variable of an enclosing loop, or assigned
// before the loop at the same or an outer level of the function, and the loop assigns
// none of them.
import type * as py from "./ast.js";
import { boundNames, callProofLocals, isScope, targetNames } from "./free-names.js";
import { eachNode, freshName, mentions, someNode, spelledNames } from "./mentions.js";

const hoistableOps = new Set(["+", "-", "*", "/", "//", "%"]);

function isNumber(e: py.Expr): boolean {
  return e.kind === "Constant" && (typeof e.value === "number" || typeof e.value === "bigint");
}

/** Whether `e` is a term the rule hoists (at least one operation over a name), given the names it may read. */
function hoistable(e: py.Expr, invariant: ReadonlySet<string>): boolean {
  if (e.kind === "UnaryOp")
    return e.op === "-" && (e.operand.kind === "BinOp" || e.operand.kind === "UnaryOp") && hoistable(e.operand, invariant);
  if (e.kind !== "BinOp" || !hoistableOps.has(e.op)) return false;
  if ((e.op === "/" || e.op === "//" || e.op === "%") && !(isNumber(e.right) && Number((e.right as py.Constant).value) !== 0)) return false;
  const operand = (x: py.Expr) => isNumber(x) || (x.kind === "Name" && x.number === true && invariant.has(x.id)) || hoistable(x, invariant);
  if (!operand(e.left) || !operand(e.right)) return false;
  return someNode(e, (n) => n.kind === "Name");
}

/**
 * `strip.buffer`: a field only constructors set (marked `settled`), of a local no call can change
 * and that is never None (so reading it before the loop cannot raise), the loop not storing
 * into a field of that name.
 */
function hoistableField(e: py.Expr, invariant: ReadonlySet<string>, stored: ReadonlySet<string>): boolean {
  return (
    e.kind === "Attribute" &&
    e.settled === true &&
    !stored.has(e.attr) &&
    e.value.kind === "Name" &&
    e.value.nonNull === true &&
    invariant.has(e.value.id)
  );
}

/** The names of the fields a loop stores into (`x.f = ...`, `x.f += ...`), in functions inside it too. */
function storedFields(body: py.Stmt[]): Set<string> {
  const stored = new Set<string>();
  const add = (t: py.Expr): void => {
    if (t.kind === "Attribute") stored.add(t.attr);
    else if (t.kind === "Tuple" || t.kind === "List") t.elts.forEach(add);
    else if (t.kind === "Starred") add(t.value);
  };
  eachNode(body, (n) => {
    if (n.kind === "Assign") (n.targets as py.Expr[]).forEach(add);
    else if (n.kind === "AugAssign" || n.kind === "For" || n.kind === "Delete" || n.kind === "NamedExpr") add(n.target as py.Expr);
  });
  return stored;
}

interface Hoisting {
  /** names that may be read before the loop: bound at this point, changed by nothing but assignments we see */
  bound: Set<string>;
  /** names no call can change: not global, not nonlocal here or in a function inside */
  locals: ReadonlySet<string>;
  taken: Set<string>;
  /**
   * Terms an earlier loop of this list (or of an enclosing one) already set before it, by their
   * text: names nothing has bound again since, which a later loop reads instead of its own copy
   */
  available: ReadonlyMap<string, { id: string; value: py.Expr }>;
}

/** What a loop's body may read before the loop: its invariant names, and the fields it does not store into. */
interface Invariants {
  names: ReadonlySet<string>;
  stored: ReadonlySet<string>;
}

/** Replaces each hoistable term in `node` (a loop's body) by a name set before the loop. */
function replaceTerms(node: unknown, inv: Invariants, h: Hoisting, before: py.Stmt[]): unknown {
  if (!node || typeof node !== "object") return node;
  if (Array.isArray(node)) return node.map((x) => replaceTerms(x, inv, h, before));
  const n = node as Record<string, unknown>;
  // a function's body runs when called, a lambda's too; a comprehension's names are its own
  if (isScope(n) || n.kind === "ListComp") return node;
  const e = n as unknown as py.Expr;
  // a method looked up to be called: named after its object too (`_counts_get`)
  if (e.kind === "Call" && hoistableField(e.func, inv.names, inv.stored)) {
    const method = e.func as py.Attribute;
    const owner = (method.value as py.Name).id;
    const func = hoisted(method, owner === "self" ? "_" + method.attr : `_${owner.replace(/^_+/, "")}_${method.attr}`, h, before);
    const args = replaceTerms(e.args, inv, h, before) as py.Expr[];
    return { ...e, func, args, keywords: e.keywords && (replaceTerms(e.keywords, inv, h, before) as py.Keyword[]) };
  }
  const term = (n.kind === "BinOp" || n.kind === "UnaryOp") && hoistable(e, inv.names);
  if (term || hoistableField(e, inv.names, inv.stored)) return hoisted(e, term ? "_l" : "_" + (e as py.Attribute).attr, h, before);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(n)) {
    // a field stored into is no read: only what it is a field of
    if ((k === "targets" || k === "target") && v && typeof v === "object") out[k] = replaceTargets(v, inv, h, before);
    else out[k] = k === "pos" ? v : replaceTerms(v, inv, h, before);
  }
  return out;
}

/** The name set before the loop to `e` (the same term twice is one name). */
function hoisted(e: py.Expr, name: string, h: Hoisting, before: py.Stmt[]): py.Name {
  const key = withoutPositions(e);
  const earlier = h.available.get(key);
  if (earlier) return { kind: "Name", id: earlier.id, pos: e.pos };
  const same = before.find((s) => s.kind === "Assign" && withoutPositions(s.value) === key);
  const id = same ? ((same as py.Assign).targets[0] as py.Name).id : freshName(name, h.taken);
  if (!same) before.push({ kind: "Assign", targets: [{ kind: "Name", id }], value: e, pos: e.pos });
  return { kind: "Name", id, pos: e.pos };
}

function replaceTargets(target: unknown, inv: Invariants, h: Hoisting, before: py.Stmt[]): unknown {
  if (Array.isArray(target)) return target.map((t) => replaceTargets(t, inv, h, before));
  const t = target as py.Expr;
  if (t.kind === "Attribute") return { ...t, value: replaceTerms(t.value, inv, h, before) };
  if (t.kind === "Tuple" || t.kind === "List") return { ...t, elts: t.elts.map((x) => replaceTargets(x, inv, h, before)) };
  if (t.kind === "Starred") return { ...t, value: replaceTargets(t.value, inv, h, before) };
  return replaceTerms(t, inv, h, before);
}

/** A node's text without its source positions, so that the same term written twice compares equal. */
function withoutPositions(node: unknown): string {
  return JSON.stringify(node, (k, v) => (k === "pos" ? undefined : v));
}

function hoistInList(stmts: py.Stmt[], h: Hoisting): py.Stmt[] {
  const out: py.Stmt[] = [];
  const bound = new Set(h.bound);
  const available = new Map(h.available);
  for (const s of stmts) {
    const done = hoistInStatement(s, { ...h, bound, available });
    out.push(...done);
    // what this statement binds is bound for the statements after it only when it always runs
    const binds = boundNames([s]);
    if (s.kind === "Assign" || s.kind === "AugAssign") binds.forEach((x) => bound.add(x));
    dropStale(available, binds, storedFields([s]));
    // the terms set before a loop at this level always ran
    if (s.kind === "For" || s.kind === "While")
      for (const set of done.slice(0, -1))
        if (set.kind === "Assign") available.set(withoutPositions(set.value), { id: (set.targets[0] as py.Name).id, value: set.value });
  }
  return out;
}

function hoistInStatement(s: py.Stmt, h: Hoisting): py.Stmt[] {
  switch (s.kind) {
    case "For":
    case "While": {
      const before: py.Stmt[] = [];
      // a loop of one or two passes reads a term about as often as the copy would (and a method's copy is an allocation)
      const passes = knownPasses(s);
      let body = s.body;
      if (passes === undefined || passes > 2) {
        const changed = boundNames([s]);
        const invariant = new Set([...h.bound].filter((x) => h.locals.has(x) && !changed.has(x)));
        body = replaceTerms(s.body, { names: invariant, stored: storedFields(s.body) }, h, before) as py.Stmt[];
      }
      // inside, the loop's own variable is bound too; terms of it are hoisted to the inner loops
      const after = afterPartOf(s, h);
      const loop = {
        ...s,
        body: hoistInList(body, { ...after, bound: withTarget(s, h.bound) }),
        orelse: s.orelse && hoistInList(s.orelse, after),
      } as py.Stmt;
      return [...before, loop];
    }
    case "If":
      return [{ ...s, body: hoistInList(s.body, h), orelse: hoistInList(s.orelse, h) }];
    case "Try": {
      // hoistInList copies what it is given: the handlers, else and finally can share one
      const after = afterPartOf(s, h);
      return [
        {
          ...s,
          body: hoistInList(s.body, h),
          handlers: s.handlers.map((x) => ({ ...x, body: hoistInList(x.body, after) })),
          orelse: s.orelse && hoistInList(s.orelse, after),
          finalbody: s.finalbody && hoistInList(s.finalbody, after),
        },
      ];
    }
    default:
      return [inFunctions(s, h.taken)];
  }
}

/** Forget the terms of a name bound again, or of a field stored into (by a constructor): they are stale. */
function dropStale(available: Map<string, { id: string; value: py.Expr }>, binds: ReadonlySet<string>, stored: ReadonlySet<string>): void {
  for (const [key, { value }] of available)
    if ([...binds].some((x) => mentions(value, x)) || (value.kind === "Attribute" && stored.has(value.attr))) available.delete(key);
}

/**
 * What a part of `s` that may run after another part of it may reuse (a loop's next pass, its else,
 * a try's handlers): the earlier terms `s` leaves as they are anywhere in it.
 */
function afterPartOf(s: py.Stmt, h: Hoisting): Hoisting {
  const available = new Map(h.available);
  dropStale(available, boundNames([s]), storedFields([s]));
  return { ...h, available };
}

/** `bound` with the names a for loop binds each pass. */
function withTarget(s: py.For | py.While, bound: ReadonlySet<string>): Set<string> {
  const inner = new Set(bound);
  if (s.kind === "For") targetNames(s.target, inner);
  return inner;
}

/** How many passes a for loop over a literal list or tuple, or over range() of constants, makes. */
function knownPasses(s: py.For | py.While): number | undefined {
  if (s.kind !== "For") return undefined;
  const it = s.iter;
  if ((it.kind === "List" || it.kind === "Tuple") && !it.elts.some((e) => e.kind === "Starred")) return it.elts.length;
  if (it.kind !== "Call" || it.func.kind !== "Name" || it.func.id !== "range" || it.keywords?.length) return undefined;
  const ns = it.args.map((a) => (a.kind === "Constant" && typeof a.value === "number" ? a.value : undefined));
  if (ns.some((n) => n === undefined)) return undefined;
  const [start, stop, step] = ns.length === 1 ? [0, ns[0]!, 1] : [ns[0]!, ns[1]!, ns[2] ?? 1];
  return step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : undefined;
}

/** A function with the invariant terms of its loops computed before them (and so the functions inside it). */
function loopInvariants(fn: py.FunctionDef, taken: Set<string>): py.FunctionDef {
  const params = fn.params.map((p) => p.name);
  const locals = callProofLocals(fn);
  constants(fn).forEach((x) => locals.add(x));
  return { ...fn, body: hoistInList(fn.body, { bound: new Set(params), locals, taken, available: new Map() }) };
}

/**
 * The names of `const`s the function reads or binds, globals included: no call binds them
 * again (a name some function inside declares nonlocal is left out, as never a const's).
 */
function constants(fn: py.FunctionDef): Set<string> {
  const found = new Set<string>();
  const nonlocal = new Set<string>();
  eachNode(fn.body, (n) => {
    if (n.kind === "Name" && n.constant === true) found.add(n.id as string);
    else if (n.kind === "Nonlocal") (n.names as string[]).forEach((x) => nonlocal.add(x));
  });
  nonlocal.forEach((x) => found.delete(x));
  return found;
}

/** A function, or a class's methods, with their loops' invariant terms hoisted; any other statement as it is. */
function inFunctions(s: py.Stmt, taken: Set<string>): py.Stmt {
  if (s.kind === "FunctionDef") return loopInvariants(s, taken);
  if (s.kind === "ClassDef") return { ...s, body: s.body.map((m) => (m.kind === "FunctionDef" ? loopInvariants(m, taken) : m)) };
  return s;
}

/** A module's statements with every function's loop-invariant terms hoisted (module level has none: a call may change a global). */
export function hoistLoopInvariants(body: py.Stmt[]): py.Stmt[] {
  const taken = spelledNames(body);
  return body.map((s) => inFunctions(s, taken));
}
