// An array's exact length where a test proved it: after `if (parts.length !== 3)
// return;`, or inside `if (parts.length === 3) { ... }`, `parts` has three
// elements, so `const [a, b, c] = parts` is Python's `a, b, c = parts` (one
// unpacking, which raises on any other length, in place of three reads). Only for
// a const that the program never resizes (numeric.ts neverResized): its length at
// the test is its length at every later use.
import { ts } from "../typescript.js";
import type { TransformContext } from "./context.js";
import { conditionsAt, factsOf } from "./dominating-conditions.js";
import { skipParens } from "./parens.js";

const K = ts.SyntaxKind;

function integerLiteral(e: ts.Expression): number | undefined {
  e = skipParens(e);
  return ts.isNumericLiteral(e) && /^\d+$/.test(e.text) ? Number(e.text) : undefined;
}

/** What `cond` having the value `truth` says of the length of the array `is` recognises (`x.length`). */
function lengthProved(cond: ts.Expression, truth: boolean, isArray: (e: ts.Expression) => boolean): number | undefined {
  for (const fact of factsOf(cond, truth)) {
    const n = factLength(fact.cond, fact.truth, isArray);
    if (n !== undefined) return n;
  }
  return undefined;
}

/** The length the comparison `cond` (`x.length === 3`, `3 !== x.length`) being `truth` proves. */
function factLength(cond: ts.Expression, truth: boolean, isArray: (e: ts.Expression) => boolean): number | undefined {
  if (!ts.isBinaryExpression(cond)) return undefined;
  const op = cond.operatorToken.kind;
  const equal = op === K.EqualsEqualsEqualsToken || op === K.EqualsEqualsToken;
  const unequal = op === K.ExclamationEqualsEqualsToken || op === K.ExclamationEqualsToken;
  if (!(equal && truth) && !(unequal && !truth)) return undefined;
  const isLength = (e: ts.Expression) => {
    e = skipParens(e);
    return ts.isPropertyAccessExpression(e) && e.name.text === "length" && isArray(skipParens(e.expression));
  };
  if (isLength(cond.left)) return integerLiteral(cond.right);
  if (isLength(cond.right)) return integerLiteral(cond.left);
  return undefined;
}

/** The length `array` (a const's name) certainly has at `use`, when a test before it proved one. */
export function knownLength(ctx: TransformContext, array: ts.Expression, use: ts.Node): number | undefined {
  array = skipParens(array);
  if (!ts.isIdentifier(array)) return undefined;
  const sym = ctx.checker.getSymbolAtLocation(array);
  const decl = sym?.valueDeclaration;
  if (!decl || !ts.isVariableDeclaration(decl) || !(decl.parent.flags & ts.NodeFlags.Const)) return undefined;
  const isArray = (e: ts.Expression) => ts.isIdentifier(e) && e.text === array.text && ctx.checker.getSymbolAtLocation(e) === sym;
  for (const { cond, truth } of conditionsAt(use)) {
    const n = lengthProved(cond, truth, isArray);
    if (n !== undefined) return ctx.program.numeric.neverResized(array) ? n : undefined;
  }
  return undefined;
}
