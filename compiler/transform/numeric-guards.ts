// Sign guards around a use of a const (or of a let or parameter never written
// after its declaration): `if (q >= 0) use(q)`, `if (q < 0) ...; else use(q)`,
// `q >= 0 && use(q)`, `q !== -1 ? use(q) : ...`, and a use after `if (q < 0)
// return;` in the same block. Such a variable keeps its value, so what the
// guard tested holds wherever the guarded code runs (closures included). The
// numeric analysis (numeric.ts) drops the negative sign of such uses, which lets
// `s.substring(0, q)` after `const q = s.indexOf("?")` be a plain slice.
import { ts } from "../typescript.js";
import { conditionsAt, factsOf } from "./dominating-conditions.js";

const K = ts.SyntaxKind;

/** What a guard proves about the const at a use. */
export const Guard = {
  None: 0,
  NonNegative: 1,
  Positive: 2,
  /** `q !== -1`: non-negative when q's only negative value is -1 */
  NotMinusOne: 3,
  /** `q > -1`: non-negative when q is an integer (-0.5 > -1) */
  NonNegativeInt: 4,
} as const;
// which guard says more
const strength: Record<Guard, number> = { 0: 0, 3: 1, 4: 2, 1: 3, 2: 4 };
export type Guard = (typeof Guard)[keyof typeof Guard];

type Is = (id: ts.Identifier) => boolean;

function literal(e: ts.Expression): number | undefined {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isNumericLiteral(e)) return Number(e.text);
  if (ts.isPrefixUnaryExpression(e) && e.operator === K.MinusToken && ts.isNumericLiteral(e.operand)) return -Number(e.operand.text);
  return undefined;
}

/** `c op q` as `q op' c`: the comparison with its sides swapped. */
export const flipped: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
  [K.LessThanToken]: K.GreaterThanToken,
  [K.LessThanEqualsToken]: K.GreaterThanEqualsToken,
  [K.GreaterThanToken]: K.LessThanToken,
  [K.GreaterThanEqualsToken]: K.LessThanEqualsToken,
};
// what `!(q op c)` says of q (NaN makes every comparison false: it is not an integer, so a guard cannot make it one)
export const negated: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
  [K.LessThanToken]: K.GreaterThanEqualsToken,
  [K.LessThanEqualsToken]: K.GreaterThanToken,
  [K.EqualsEqualsEqualsToken]: K.ExclamationEqualsEqualsToken,
  [K.EqualsEqualsToken]: K.ExclamationEqualsToken,
  [K.ExclamationEqualsEqualsToken]: K.EqualsEqualsEqualsToken,
  [K.ExclamationEqualsToken]: K.EqualsEqualsToken,
};

/** What `cond` being `truth` proves about the const `is` recognises: its first fact (factsOf) that says something. */
function proves(cond: ts.Expression, truth: boolean, is: Is): Guard {
  for (const fact of factsOf(cond, truth)) {
    const g = comparisonProves(fact.cond, fact.truth, is);
    if (g !== Guard.None) return g;
  }
  return Guard.None;
}

/** What the comparison `cond` (of the const with a literal) being `truth` proves. */
function comparisonProves(cond: ts.Expression, truth: boolean, is: Is): Guard {
  if (!ts.isBinaryExpression(cond)) return Guard.None;
  let op: ts.SyntaxKind = cond.operatorToken.kind;
  let c = literal(cond.right);
  let side = cond.left;
  if (c === undefined) {
    c = literal(cond.left);
    side = cond.right;
    op = flipped[op] ?? op;
  }
  while (ts.isParenthesizedExpression(side)) side = side.expression;
  if (c === undefined || !ts.isIdentifier(side) || !is(side)) return Guard.None;
  if (!truth) {
    const n = negated[op];
    if (n === undefined) return Guard.None;
    op = n;
  }
  switch (op) {
    case K.GreaterThanEqualsToken:
      return c > 0 ? Guard.Positive : c >= 0 ? Guard.NonNegative : Guard.None;
    case K.GreaterThanToken:
      return c >= 0 ? Guard.Positive : c >= -1 ? Guard.NonNegativeInt : Guard.None;
    case K.EqualsEqualsEqualsToken:
    case K.EqualsEqualsToken:
      return c > 0 ? Guard.Positive : c === 0 ? Guard.NonNegative : Guard.None;
    case K.ExclamationEqualsEqualsToken:
    case K.ExclamationEqualsToken:
      return c === -1 ? Guard.NotMinusOne : Guard.None;
    default:
      return Guard.None;
  }
}

/** The strongest guard of `use` (an identifier naming the const `is` recognises). */
export function guardAt(use: ts.Node, is: Is): Guard {
  let best: Guard = Guard.None;
  for (const { cond, truth } of conditionsAt(use)) {
    const g = proves(cond, truth, is);
    if (strength[g] > strength[best]) best = g;
    if (best === Guard.Positive) break;
  }
  return best;
}

const relations = new Set<ts.SyntaxKind>([
  K.LessThanToken,
  K.LessThanEqualsToken,
  K.GreaterThanToken,
  K.GreaterThanEqualsToken,
  K.EqualsEqualsEqualsToken,
  K.EqualsEqualsToken,
]);

/** `isNaN(q)`, `Number.isNaN(q)`, `Number.isInteger(q)`, `isFinite(q)`, `Number.isFinite(q)`: the test's name and argument. */
function numberTest(e: ts.Expression): { name: string; arg: ts.Expression } | undefined {
  if (!ts.isCallExpression(e) || e.arguments.length !== 1) return undefined;
  const callee = e.expression;
  if (ts.isIdentifier(callee)) return { name: callee.text, arg: e.arguments[0] };
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === "Number")
    return { name: callee.name.text, arg: e.arguments[0] };
  return undefined;
}

/**
 * Does `cond` being `truth` prove the const `is` recognises is not NaN? `isNaN(q)` false; `Number.isInteger(q)`
 * or `isFinite(q)` true; a true comparison of q (`q >= 0`, `q < xs.length`, `q === 3`: NaN compares false with anything).
 */
function provesNumber(cond: ts.Expression, truth: boolean, is: Is): boolean {
  for (const fact of factsOf(cond, truth)) if (factProvesNumber(fact.cond, fact.truth, is)) return true;
  return false;
}

/** provesNumber of one fact: a number test of the const, or a comparison of it. */
function factProvesNumber(cond: ts.Expression, truth: boolean, is: Is): boolean {
  const isQ = (e: ts.Expression) => {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    return ts.isIdentifier(e) && is(e);
  };
  const test = numberTest(cond);
  if (test) {
    if (!isQ(test.arg)) return false;
    return truth ? test.name === "isInteger" || test.name === "isFinite" : test.name === "isNaN";
  }
  if (!ts.isBinaryExpression(cond)) return false;
  return truth && relations.has(cond.operatorToken.kind) && (isQ(cond.left) || isQ(cond.right));
}

/** Whether a test around `use` (an identifier naming the const `is` recognises) proved it is not NaN. */
export function notNaNAt(use: ts.Node, is: Is): boolean {
  for (const { cond, truth } of conditionsAt(use)) if (provesNumber(cond, truth, is)) return true;
  return false;
}
