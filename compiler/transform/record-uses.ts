// The uses of a record's value that records.ts knows (its reader rules): where a
// literal of it may land, how a member is used (read, assigned, or written some other
// way), which places read it without seeing it whole, and destructuring by field.
import { ts } from "../typescript.js";
import { climb, single, typedAs } from "./keyed-properties.js";
import { stringifiesFresh } from "./fresh-objects.js";
import { inArrayPlace } from "./record-arrays.js";
import { inMapPlace } from "./record-maps.js";

const F = ts.TypeFlags;
const K = ts.SyntaxKind;

/** An assignment whose value nothing reads. */
export function discarded(n: ts.Node): boolean {
  if (!ts.isBinaryExpression(n) || n.operatorToken.kind !== K.EqualsToken) return false;
  const p = climb(n).parent;
  return ts.isExpressionStatement(p) || (ts.isForStatement(p) && p.condition !== climb(n));
}

export function isConstAssertion(n: ts.AsExpression | ts.TypeAssertion): boolean {
  return ts.isTypeReferenceNode(n.type) && ts.isIdentifier(n.type.typeName) && n.type.typeName.text === "const";
}

/** Where the fresh literal goes (through `?:` branches): a place typed exactly as the record. */
export function sinkTyped(checker: ts.TypeChecker, literal: ts.Expression, t: ts.Type): boolean {
  let n: ts.Node = climb(literal);
  while (ts.isConditionalExpression(n.parent) && n.parent.condition !== n) n = climb(n.parent);
  return placeTyped(checker, n, t);
}

/** typedAs, or the value of a property the enclosing literal's type declares as the record (`{ next: head }`). */
function placeTyped(checker: ts.TypeChecker, n: ts.Node, t: ts.Type): boolean {
  if (typedAs(checker, n, t) || inArrayPlace(checker, n, t) || inMapPlace(checker, n, t)) return true;
  const p = n.parent;
  if (!((ts.isPropertyAssignment(p) && p.initializer === n) || (ts.isShorthandPropertyAssignment(p) && p.name === n))) return false;
  const ct = checker.getContextualType(p.parent as ts.ObjectLiteralExpression);
  const holder = ct && single(ct);
  const prop = holder && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? holder.getProperty(p.name.text) : undefined;
  return !!prop && single(checker.getTypeOfSymbol(prop)) === t;
}

/** How `r.x` is used: read, assigned (`=`, `+=`, `++`), or written some other way (destructuring, delete, for-of). */
export function memberUse(access: ts.PropertyAccessExpression): "read" | "write" | "other" {
  const n = climb(access);
  const p = n.parent;
  if (ts.isBinaryExpression(p) && p.left === n) {
    const op = p.operatorToken.kind;
    if (op >= K.FirstAssignment && op <= K.LastAssignment) return "write";
  }
  if (
    (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) &&
    (p.operator === K.PlusPlusToken || p.operator === K.MinusMinusToken)
  )
    return "write";
  if (ts.isDeleteExpression(p)) return "other";
  if ((ts.isForOfStatement(p) || ts.isForInStatement(p)) && p.initializer === n) return "other";
  // inside an array or object literal: a destructuring assignment's target, if the outermost literal is one
  let up: ts.Node = n;
  while (
    ts.isArrayLiteralExpression(up.parent) ||
    ts.isSpreadElement(up.parent) ||
    ts.isSpreadAssignment(up.parent) ||
    (ts.isPropertyAssignment(up.parent) && up.parent.initializer === up) ||
    ts.isObjectLiteralExpression(up.parent) ||
    ts.isParenthesizedExpression(up.parent)
  )
    up = up.parent;
  if (up === n) return "read";
  const q = up.parent;
  if (ts.isBinaryExpression(q) && q.left === up && q.operatorToken.kind === K.EqualsToken) return "other";
  if ((ts.isForOfStatement(q) || ts.isForInStatement(q)) && q.initializer === up) return "other";
  return "read";
}

/**
 * Tested (`if (r)`, `!r`, `r === null`), discarded, passed on typed as the record,
 * or written by the format-string JSON.stringify.
 */
export function readerKnown(checker: ts.TypeChecker, n: ts.Node, t: ts.Type): boolean {
  const p = n.parent;
  if (ts.isIfStatement(p) || ts.isWhileStatement(p) || ts.isDoStatement(p) || ts.isExpressionStatement(p) || ts.isForStatement(p))
    return true;
  if (ts.isConditionalExpression(p)) return true; // a branch's value is the conditional's, itself checked
  if (ts.isPrefixUnaryExpression(p) && p.operator === K.ExclamationToken) return true;
  if (ts.isBinaryExpression(p)) {
    const op = p.operatorToken.kind;
    if ([K.EqualsEqualsEqualsToken, K.ExclamationEqualsEqualsToken, K.EqualsEqualsToken, K.ExclamationEqualsToken].includes(op)) {
      // identity against null only: two tuples compare by value
      const other = p.left === n ? p.right : p.left;
      const ot = checker.getTypeAtLocation(other);
      return (ot.flags & (F.Null | F.Undefined | F.Void)) !== 0 && !ot.isUnion();
    }
    // && || ?? give an operand, and the result is itself checked
    if ([K.AmpersandAmpersandToken, K.BarBarToken, K.QuestionQuestionToken].includes(op)) return true;
    if (op === K.EqualsToken && p.left === n) return true; // assigned to: the value written is checked where it comes from
  }
  if (ts.isCallExpression(p) && p.arguments[0] === n && isJsonStringify(p)) return stringifiesFresh(checker, p);
  if (ts.isVariableDeclaration(p) && p.initializer === n && ts.isObjectBindingPattern(p.name)) return readsFields(p.name, t);
  return placeTyped(checker, n, t);
}

/** `const { path, query: q = x } = req`: each element a field read by position (no rest, no nested pattern). */
export function readsFields(pattern: ts.ObjectBindingPattern, t: ts.Type): boolean {
  return pattern.elements.every((el) => {
    const key = el.propertyName ?? el.name;
    return (
      !el.dotDotDotToken &&
      ts.isIdentifier(el.name) &&
      (ts.isIdentifier(key) || ts.isStringLiteral(key)) &&
      t.getProperty(key.text) !== undefined
    );
  });
}

export function isJsonStringify(call: ts.CallExpression): boolean {
  const e = call.expression;
  return ts.isPropertyAccessExpression(e) && e.name.text === "stringify" && ts.isIdentifier(e.expression) && e.expression.text === "JSON";
}
