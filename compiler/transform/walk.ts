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
  walkWith(root, undefined, (n) => {
    const step = visit(n);
    return { step, next: undefined };
  });
}

/**
 * `walk` with what a recursive walk would pass down: `visit` gets its parent's
 * `context` and returns the one for its children (`next`).
 */
export function walkWith<C>(root: ts.Node, context: C, visit: (node: ts.Node, context: C) => { step: WalkStep; next: C }): void {
  const stack: [ts.Node, C][] = [[root, context]];
  const children: ts.Node[] = [];
  while (stack.length) {
    const [node, ctx] = stack.pop()!;
    const { step, next } = visit(node, ctx);
    if (step === "stop") return;
    if (step === "skip") continue;
    children.length = 0;
    ts.forEachChild(node, (c) => {
      children.push(c);
    });
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], next]);
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
