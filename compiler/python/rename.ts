// Renaming a variable in emitted Python: a temporary that only carries a value to the
// variable declared next takes that variable's name (`_t = xs[:]; _t.sort(); s = _t` is
// `s = xs[:]; s.sort()`).
import type * as py from "./ast.js";

/** `e` (a node or a list of nodes) with every Name `from`, and walrus target `from`, named `to`. */
export function renamed<T>(e: T, from: string, to: string): T {
  if (!e || typeof e !== "object") return e;
  if (Array.isArray(e)) return e.map((x) => renamed(x, from, to)) as T;
  const node = e as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = k === "pos" ? v : renamed(v, from, to);
  if (node.kind === "Name" && node.id === from) out.id = to;
  if (node.kind === "NamedExpr" && node.target === from) out.target = to;
  return out as T;
}

/** Whether `stmts` bind `name` at their top level (`name = ...`), so the name is theirs. */
export function assignsAtTop(stmts: py.Stmt[], name: string): boolean {
  return stmts.some((s) => s.kind === "Assign" && s.targets.length === 1 && s.targets[0].kind === "Name" && s.targets[0].id === name);
}
