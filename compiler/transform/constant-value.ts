// The value of a number expression the compiler can work out as JavaScript would at run time:
// literals, `const`s declared before it at the top of the module with such a value, arithmetic,
// bit operators and Math's rounding, abs, min and max of them (`Math.floor(WINDOW / 2)`,
// `60 * 1000`). Computed here with JavaScript's own numbers, so the result is the one the
// program would get.
import { ts } from "../typescript.js";
import { isFromLib } from "./types.js";

const binary: Partial<Record<ts.SyntaxKind, (a: number, b: number) => number>> = {
  [ts.SyntaxKind.PlusToken]: (a, b) => a + b,
  [ts.SyntaxKind.MinusToken]: (a, b) => a - b,
  [ts.SyntaxKind.AsteriskToken]: (a, b) => a * b,
  [ts.SyntaxKind.SlashToken]: (a, b) => a / b,
  [ts.SyntaxKind.PercentToken]: (a, b) => a % b,
  [ts.SyntaxKind.AsteriskAsteriskToken]: (a, b) => a ** b,
  [ts.SyntaxKind.LessThanLessThanToken]: (a, b) => a << b,
  [ts.SyntaxKind.GreaterThanGreaterThanToken]: (a, b) => a >> b,
  [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken]: (a, b) => a >>> b,
  [ts.SyntaxKind.AmpersandToken]: (a, b) => a & b,
  [ts.SyntaxKind.BarToken]: (a, b) => a | b,
  [ts.SyntaxKind.CaretToken]: (a, b) => a ^ b,
};

const math: Record<string, (...xs: number[]) => number> = {
  floor: Math.floor,
  ceil: Math.ceil,
  round: Math.round,
  trunc: Math.trunc,
  abs: Math.abs,
  min: Math.min,
  max: Math.max,
};

/** The number `e` always evaluates to, or undefined when it is not one the compiler can tell. */
export function constantValue(checker: ts.TypeChecker, e: ts.Expression, depth = 0): number | undefined {
  if (depth > 20) return undefined;
  const value = (x: ts.Expression) => constantValue(checker, x, depth + 1);
  if (ts.isParenthesizedExpression(e)) return value(e.expression);
  if (ts.isNumericLiteral(e)) return Number(e.text.replace(/_/g, ""));
  if (ts.isPrefixUnaryExpression(e)) {
    const v = value(e.operand);
    if (v === undefined) return undefined;
    if (e.operator === ts.SyntaxKind.MinusToken) return -v;
    if (e.operator === ts.SyntaxKind.PlusToken) return v;
    if (e.operator === ts.SyntaxKind.TildeToken) return ~v;
    return undefined;
  }
  if (ts.isBinaryExpression(e)) {
    const op = binary[e.operatorToken.kind];
    const l = op && value(e.left);
    const r = l !== undefined && op ? value(e.right) : undefined;
    return op && l !== undefined && r !== undefined ? op(l, r) : undefined;
  }
  if (ts.isIdentifier(e)) return declaredValue(checker, e, depth);
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && ts.isIdentifier(e.expression.expression)) {
    const ns = e.expression.expression;
    const fn = math[e.expression.name.text];
    if (ns.text !== "Math" || !fn || !isFromLib(checker.getSymbolAtLocation(ns)?.declarations?.[0])) return undefined;
    const args = e.arguments.map((a) => (ts.isSpreadElement(a) ? undefined : value(a)));
    return args.every((a) => a !== undefined) ? fn(...(args as number[])) : undefined;
  }
  return undefined;
}

/** A top-level `const` of this module, declared before `ref` (before it, JavaScript throws), with a known value. */
function declaredValue(checker: ts.TypeChecker, ref: ts.Identifier, depth: number): number | undefined {
  const sym = checker.getSymbolAtLocation(ref);
  const decl = sym && moduleConst(sym);
  if (!decl?.initializer || decl.getSourceFile() !== ref.getSourceFile() || decl.end > ref.getStart()) return undefined;
  return constantValue(checker, decl.initializer, depth + 1);
}

/** The declaration of `sym` when it is a `const` at the top level of its module. */
export function moduleConst(sym: ts.Symbol): ts.VariableDeclaration | undefined {
  const d = sym.valueDeclaration;
  if (!d || !ts.isVariableDeclaration(d) || !ts.isVariableDeclarationList(d.parent) || !(d.parent.flags & ts.NodeFlags.Const))
    return undefined;
  return ts.isVariableStatement(d.parent.parent) && ts.isSourceFile(d.parent.parent.parent) ? d : undefined;
}
