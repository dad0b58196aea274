// Tree walks without recursion. Generated or long hand-written code nests deep
// (a 2,000-term `a + b + ...`, a chain of 2,000 conditionals), and a recursive
// walk over it would exhaust Node's stack where tsc itself does not.
import { ts } from "../typescript.js";

/** What a visitor wants next: undefined descends into the node's children. */
export type WalkStep = void | "skip" | "stop";

/**
 * Visit `root` and its descendants in source order (parents before children),
 * as a recursive `ts.forEachChild` walk would, with an explicit stack.
 */
export function walk(root: ts.Node, visit: (node: ts.Node) => WalkStep): void {
  // walkWith without a context: no pair per node (the whole-program scans walk every node)
  const stack: ts.Node[] = [root];
  const children: ts.Node[] = [];
  const collect = (c: ts.Node) => {
    children.push(c);
  };
  while (stack.length) {
    const node = stack.pop()!;
    const step = visit(node);
    if (step === "stop") return;
    if (step === "skip") continue;
    children.length = 0;
    ts.forEachChild(node, collect);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/**
 * `walk` with what a recursive walk would pass down: `visit` gets its parent's
 * `context` and returns the one for its children (`next`).
 */
export function walkWith<C>(root: ts.Node, context: C, visit: (node: ts.Node, context: C) => { step: WalkStep; next: C }): void {
  // nodes and their contexts side by side, and one callback for forEachChild, not an allocation per node
  const nodes: ts.Node[] = [root];
  const contexts: C[] = [context];
  const children: ts.Node[] = [];
  const collect = (c: ts.Node) => {
    children.push(c);
  };
  while (nodes.length) {
    const node = nodes.pop()!;
    const ctx = contexts.pop()!;
    const { step, next } = visit(node, ctx);
    if (step === "stop") return;
    if (step === "skip") continue;
    children.length = 0;
    ts.forEachChild(node, collect);
    for (let i = children.length - 1; i >= 0; i--) {
      nodes.push(children[i]);
      contexts.push(next);
    }
  }
}

/** Whether some node under `root` (itself included) satisfies `test`; `enter` false skips a node's children. */
export function someNode(root: ts.Node, test: (node: ts.Node) => boolean, enter: (node: ts.Node) => boolean = () => true): boolean {
  let found = false;
  walk(root, (n) => {
    if (test(n)) {
      found = true;
      return "stop";
    }
    return enter(n) ? undefined : "skip";
  });
  return found;
}
