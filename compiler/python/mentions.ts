// Whether a piece of emitted Python names a variable: the checks that move
// code around (a comprehension, a read hoisted out of a loop) ask it.
/** Whether `name` occurs as a Name anywhere in `e` (a node, a list of nodes). */
export function mentions(e: unknown, name: string): boolean {
  if (!e || typeof e !== "object") return false;
  if (Array.isArray(e)) return e.some((x) => mentions(x, name));
  const node = e as Record<string, unknown>;
  if (node.kind === "Name" && node.id === name) return true;
  return Object.entries(node).some(([k, v]) => k !== "pos" && mentions(v, name));
}
