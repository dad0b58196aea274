// A list filled by a loop right after it is made empty (or after setup the list may
// move past, movablePast), as a careful person
// writes it: `out = []` then `for x in xs: out.append(f(x))` is
// `out = [f(x) for x in xs]`, which MicroPython runs 10-35% faster (no method
// lookup and call per element); a bytearray filled `n` times is made n long.
//
// Only where nothing can tell the two apart: the loop's body is that one
// append; the element expression and the iterable do not mention the list;
// the element calls nothing that could reach the list (only Python builtins
// and the runtime's js_ helpers, which take values, never the list), and at
// module level, where the list is a global a property getter could read, reads
// no attribute; and the loop has no else. Class bodies are left alone (a
// comprehension there cannot see the class's names). The comprehension's variable does not outlive it, which
// the TypeScript's block-scoped loop variable never did either.
import type * as py from "./ast.js";
import { mentions, someNode } from "./mentions.js";

/** Builtins that only take values (a user's function of the same name is renamed by the compiler). */
const VALUE_BUILTINS = new Set(["ord", "chr", "str", "len", "int", "float", "abs", "min", "max", "bool", "round", "range", "enumerate", "zip", "reversed"]);

/** Whether every call in `e` is to a value-only builtin or a runtime helper. */
function callsOnlyValueFunctions(e: unknown): boolean {
  if (!e || typeof e !== "object") return true;
  if (Array.isArray(e)) return e.every(callsOnlyValueFunctions);
  const node = e as Record<string, unknown>;
  // a lambda or raw text could do anything; yield, await and := mean something else inside a comprehension
  if (["Lambda", "Raw", "Yield", "YieldFrom", "Await", "NamedExpr"].includes(node.kind as string)) return false;
  if (node.kind === "Call" && !node.valueOnly) {
    const func = node.func as py.Expr;
    if (func.kind !== "Name" || !(VALUE_BUILTINS.has(func.id) || func.id.startsWith("js_"))) return false;
  }
  return Object.entries(node).every(([k, v]) => k === "pos" || callsOnlyValueFunctions(v));
}

function hasAttribute(e: unknown): boolean {
  return someNode(e, (node) => node.kind === "Attribute");
}

/** The one name `s` assigns (`name = ...`), if it is such an assignment. */
function assignedName(s: py.Stmt): string | undefined {
  return s.kind === "Assign" && s.targets.length === 1 && s.targets[0].kind === "Name" ? s.targets[0].id : undefined;
}

/** The comprehension for `first` (an empty list) and `second` (the loop filling it), or undefined. */
function comprehension(first: py.Stmt, second: py.Stmt, moduleLevel: boolean): py.Stmt[] | undefined {
  if (first.kind !== "Assign" || first.targets.length !== 1 || first.targets[0].kind !== "Name") return undefined;
  const bytes = first.value.kind === "Call" && first.value.func.kind === "Name" && first.value.func.id === "bytearray" && !first.value.args.length;
  if (!bytes && (first.value.kind !== "List" || first.value.elts.length !== 0)) return undefined;
  if (second.kind !== "For" || second.orelse?.length || second.body.length !== 1) return undefined;
  const name = first.targets[0].id;
  const stmt = second.body[0];
  if (stmt.kind !== "ExprStmt" || stmt.value.kind !== "Call" || stmt.value.args.length !== 1 || stmt.value.keywords?.length) return undefined;
  const { func, args } = stmt.value;
  if (func.kind !== "Attribute" || func.attr !== "append" || func.value.kind !== "Name" || func.value.id !== name) return undefined;
  const elt = args[0];
  if (elt.kind === "Starred" || mentions(elt, name) || mentions(second.iter, name) || mentions(second.target, name)) return undefined;
  if (!callsOnlyValueFunctions(elt) || !callsOnlyValueFunctions(second.iter)) return undefined;
  if (moduleLevel && (hasAttribute(elt) || hasAttribute(second.iter))) return undefined;
  if (bytes) return filledBytes(first, second, elt);
  // a traceback inside the comprehension points at the loop, where the work is
  return [{ ...first, pos: second.pos ?? first.pos, value: { kind: "ListComp", elt, target: second.target, iter: second.iter } }];
}

/**
 * A bytearray appended to once per pass of `for i in range(n)`, n a constant: made
 * n bytes long at once and stored into by index, which MicroPython runs ~3x as
 * fast as append (no method call, no regrowing) and allocates once.
 */
function filledBytes(first: py.Assign, loop: py.For, elt: py.Expr): py.Stmt[] | undefined {
  const { iter, target } = loop;
  if (iter.kind !== "Call" || iter.func.kind !== "Name" || iter.func.id !== "range" || iter.args.length !== 1) return undefined;
  const count = iter.args[0];
  if (count.kind !== "Constant" || typeof count.value !== "number" || !Number.isInteger(count.value) || count.value < 0) return undefined;
  if (target.kind !== "Name") return undefined;
  const array = first.targets[0];
  const store: py.Stmt = { kind: "Assign", targets: [{ kind: "Subscript", value: array, index: target }], value: elt, pos: loop.body[0].pos };
  return [{ ...first, value: { ...first.value, args: [count] } as py.Call }, { ...loop, body: [store] }];
}

/**
 * A statement between the empty list and its loop that the list may move past: an
 * assignment to another name of a value that cannot reach the list (the loop's setup,
 * such as the bytes a loop over char codes runs over).
 */
function movablePast(s: py.Stmt, name: string, moduleLevel: boolean): boolean {
  if (s.kind !== "Assign" || assignedName(s) === undefined || assignedName(s) === name) return false;
  return !mentions(s.value, name) && callsOnlyValueFunctions(s.value) && !(moduleLevel && hasAttribute(s.value));
}

/** A module's statements, and every statement list nested in them, with such pairs as comprehensions. */
export function listComprehensions(body: py.Stmt[], moduleLevel = true): py.Stmt[] {
  const out: py.Stmt[] = [];
  for (let i = 0; i < body.length; i++) {
    const first = body[i];
    let j = i + 1;
    const name = assignedName(first);
    while (name && j < body.length && movablePast(body[j], name, moduleLevel)) j++;
    const merged = j < body.length ? comprehension(first, body[j], moduleLevel) : undefined;
    if (merged) {
      out.push(...body.slice(i + 1, j), ...merged);
      i = j;
      continue;
    }
    out.push(nested(first, moduleLevel));
  }
  return out;
}

function nested(s: py.Stmt, moduleLevel: boolean): py.Stmt {
  const list = (b: py.Stmt[]) => listComprehensions(b, moduleLevel);
  switch (s.kind) {
    case "If":
      return { ...s, body: list(s.body), orelse: list(s.orelse) };
    case "While":
    case "For":
      return { ...s, body: list(s.body), orelse: s.orelse && list(s.orelse) };
    case "FunctionDef":
      return { ...s, body: listComprehensions(s.body, false) };
    case "ClassDef":
      return { ...s, body: s.body.map((m) => (m.kind === "FunctionDef" ? nested(m, false) : m)) };
    case "Try":
      return {
        ...s,
        body: list(s.body),
        handlers: s.handlers.map((h) => ({ ...h, body: list(h.body) })),
        orelse: s.orelse && list(s.orelse),
        finalbody: s.finalbody && list(s.finalbody),
      };
    default:
      return s;
  }
}
