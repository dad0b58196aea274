// Walks over emitted Python: whether a piece of it names a variable (the checks
// that move code around, a comprehension, a read hoisted out of a loop, ask it),
// and the general walks the passes over emitted Python share.

type Node = Record<string, unknown>;

/**
 * Calls `visit` on every node in `e` (a node or a list of nodes), outermost
 * first; the nodes inside one for which it returns false are not visited.
 */
export function eachNode(e: unknown, visit: (node: Node) => boolean | void): void {
  if (!e || typeof e !== "object") return;
  if (Array.isArray(e)) {
    for (const x of e) eachNode(x, visit);
    return;
  }
  const node = e as Node;
  if (visit(node) === false) return;
  // a for-in over the keys allocates nothing (Object.entries made an array per node and per key)
  for (const k in node) {
    const v = node[k];
    if (v && typeof v === "object" && k !== "pos") eachNode(v, visit);
  }
}

/** Whether `test` holds for some node in `e`, not looking inside the nodes `skip` holds for. */
export function someNode(e: unknown, test: (node: Node) => boolean, skip: (node: Node) => boolean = () => false): boolean {
  let found = false;
  eachNode(e, (node) => {
    if (found || test(node)) return !(found = true);
    return !skip(node);
  });
  return found;
}

/** Whether `name` occurs as a Name anywhere in `e` (a node, a list of nodes). */
export function mentions(e: unknown, name: string): boolean {
  return someNode(e, (node) => node.kind === "Name" && node.id === name);
}

/** Every identifier `e` spells (names, definitions, parameters, imports), so that a new name is none of them. */
export function spelledNames(e: unknown): Set<string> {
  const out = new Set<string>();
  eachNode(e, (n) => {
    for (const key of ["id", "name", "asname", "target", "module"]) if (typeof n[key] === "string") out.add(n[key] as string);
    if (Array.isArray(n.names)) n.names.forEach((x) => typeof x === "string" && out.add(x));
  });
  return out;
}

/** `base`, or `base1`, `base2`, ...: the first that is not in `taken`, which then holds it. */
export function freshName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 1; taken.has(name); i++) name = `${base}${i}`;
  taken.add(name);
  return name;
}
