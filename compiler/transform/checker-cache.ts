// The checker's answers for one file's transform, remembered per node. The
// transforms ask for the type and symbol of the same node many times; and the
// checker does not keep the type of an expression such as `a + b`: asked for
// each link of a 2,000-term chain, it would check everything below that link
// again (minutes, where tsc takes seconds). The type of an arithmetic link,
// and of `x && y` with both sides of one primitive type, follows from its
// operands' types exactly as the checker computes it.
import { ts } from "../typescript.js";

const K = ts.SyntaxKind;
const F = ts.TypeFlags;

const numericOperators = new Set([
  K.MinusToken,
  K.AsteriskToken,
  K.SlashToken,
  K.PercentToken,
  K.AsteriskAsteriskToken,
  K.AmpersandToken,
  K.BarToken,
  K.CaretToken,
  K.LessThanLessThanToken,
  K.GreaterThanGreaterThanToken,
  K.GreaterThanGreaterThanGreaterThanToken,
]);
const logicalOperators = new Set([K.AmpersandAmpersandToken, K.BarBarToken, K.QuestionQuestionToken]);

function isLink(node: ts.Node): node is ts.BinaryExpression {
  if (!ts.isBinaryExpression(node)) return false;
  const op = node.operatorToken.kind;
  return op === K.PlusToken || op === K.CommaToken || numericOperators.has(op) || logicalOperators.has(op);
}

function unparen(node: ts.Node): ts.Node {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  return node;
}

const remembering = new WeakSet<ts.TypeChecker>();

/**
 * The checker, remembering its answers. A checker that already remembers is
 * returned as it is: `mpts build` shares one across the whole program (the
 * numeric analysis and every file's transform ask about the same nodes).
 */
export function rememberingChecker(checker: ts.TypeChecker): ts.TypeChecker {
  if (remembering.has(checker)) return checker;
  const types = new WeakMap<ts.Node, ts.Type>();
  const symbols = new WeakMap<ts.Node, ts.Symbol | undefined>();
  const numberType = checker.getNumberType();
  const stringType = checker.getStringType();
  const primitives = new Set([numberType, stringType, checker.getBooleanType()]);
  const single = (t: ts.Type, flags: number) => !t.isUnion() && (t.flags & flags) !== 0;

  /** The checker's type for `node`, from its operands' types (undefined: only the checker knows). */
  const linkType = (node: ts.BinaryExpression): ts.Type | undefined => {
    const op = node.operatorToken.kind;
    const right = typeAt(node.right);
    if (op === K.CommaToken) return right;
    const left = typeAt(node.left);
    if (op === K.PlusToken) {
      if (single(left, F.NumberLike) && single(right, F.NumberLike)) return numberType;
      if (single(left, F.StringLike) || single(right, F.StringLike)) return stringType;
      return undefined;
    }
    if (numericOperators.has(op)) return single(left, F.NumberLike) && single(right, F.NumberLike) ? numberType : undefined;
    // `a && b`, `a || b`, `a ?? b` of one type: the falsy (or nullish) part of the left is part of that type
    return left === right && primitives.has(left) ? left : undefined;
  };

  const typeAt = (start: ts.Node): ts.Type => {
    const node = unparen(start);
    const known = types.get(node);
    if (known) return known;
    // a chain: its links from the innermost, each from the one below it
    const links: ts.BinaryExpression[] = [];
    for (let n = node; isLink(n) && !types.has(n); n = unparen(n.left)) links.push(n);
    for (let i = links.length - 1; i >= 0; i--) types.set(links[i], linkType(links[i]) ?? checker.getTypeAtLocation(links[i]));
    let t = types.get(node);
    if (!t) types.set(node, (t = checker.getTypeAtLocation(node)));
    return t;
  };

  // the checker's methods are closures over its state, so the copy's inherited ones work as they are
  const copy: ts.TypeChecker = Object.create(checker);
  copy.getTypeAtLocation = typeAt;
  copy.getSymbolAtLocation = (node: ts.Node): ts.Symbol | undefined => {
    if (symbols.has(node)) return symbols.get(node);
    const s = checker.getSymbolAtLocation(node);
    symbols.set(node, s);
    return s;
  };
  remembering.add(copy);
  return copy;
}
