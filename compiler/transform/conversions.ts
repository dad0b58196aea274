// Type-directed conversions where JavaScript and Python differ: string
// conversion, truthiness, and whether a number is known to be an integer
// (Python prints 2.0 where JavaScript prints 2, so only integers may use str()).
import { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import * as T from "./types.js";
import { pastEndWidens } from "./bounds.js";

function skipParens(node: ts.Expression): ts.Expression {
  while (
    ts.isParenthesizedExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isTypeAssertionExpression(node) ||
    ts.isSatisfiesExpression(node)
  )
    node = node.expression;
  return node;
}

const intResultCalls = new Set([
  // parseInt is missing on purpose: it gives NaN for text without digits
  "Math.floor",
  "Math.ceil",
  "Math.round",
  "Math.trunc",
  "Math.sign",
]);

const intMethods = new Set(["indexOf", "lastIndexOf", "findIndex", "charCodeAt", "codePointAt", "push", "unshift", "search"]);

const bitwiseAssignOps = [
  ts.SyntaxKind.BarEqualsToken,
  ts.SyntaxKind.AmpersandEqualsToken,
  ts.SyntaxKind.CaretEqualsToken,
  ts.SyntaxKind.LessThanLessThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken,
];

/** True when `node` (a number) is certainly an integer at run time. */
/** A call of one of the Python builtins declared in the typings (`len`, `ord`, ...). */
export function isPythonBuiltin(ctx: TransformContext, callee: ts.Expression, names: string[]): boolean {
  if (!ts.isIdentifier(callee) || !names.includes(callee.text)) return false;
  const decl = ctx.checker.getSymbolAtLocation(callee)?.declarations?.[0];
  return !!decl && /\/runtime-typings\/python\.d\.ts$/.test(decl.getSourceFile().fileName);
}

/** A board API declared to return small integer literals (`pin.value(): 0 | 1`): MicroPython gives ints. */
function isBoardIntLiteralResult(ctx: TransformContext, node: ts.Expression): boolean {
  if (!ts.isCallExpression(node)) return false;
  const decl = ctx.checker.getResolvedSignature(node)?.getDeclaration();
  if (!decl || !decl.getSourceFile().isDeclarationFile || T.isFromLib(decl)) return false;
  const t = ctx.checker.getTypeAtLocation(node);
  const ps = t.isUnion() ? t.types : [t];
  return ps.every((p) => p.isNumberLiteral() && Number.isInteger(p.value) && Math.abs(p.value) < 2 ** 31 && !Object.is(p.value, -0));
}

const intKeeping = new Set([ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.PercentToken]);

/** `a + b - c * d`: the links of a left-leaning chain of these operators, the outermost first (for a loop instead of recursion). */
function leftChain(node: ts.Expression, operators: ReadonlySet<ts.SyntaxKind>): ts.BinaryExpression[] {
  const links: ts.BinaryExpression[] = [];
  for (let n = node; ts.isBinaryExpression(n) && operators.has(n.operatorToken.kind); n = skipParens(n.left)) links.push(n);
  return links;
}

export function isIntExpr(ctx: TransformContext, node: ts.Expression, visiting = new Set<ts.Symbol>()): boolean {
  node = skipParens(node);
  const links = leftChain(node, intKeeping);
  if (links.length > 1) {
    // each link is an int when it is a number and both its operands are ints
    const innermost = links[links.length - 1].left;
    return (
      links.every((l) => T.isNumber(ctx.checker.getTypeAtLocation(l)) && isIntExpr(ctx, l.right, visiting)) &&
      isIntExpr(ctx, innermost, visiting)
    );
  }
  if (isBoardConstant(ctx, node)) return true;
  if (isBoardIntLiteralResult(ctx, node)) return true;
  // from 1e21 on, the printer writes a float literal (JavaScript prints it with an exponent too)
  if (ts.isNumericLiteral(node)) return Number.isInteger(Number(node.text)) && Math.abs(Number(node.text)) < 1e21;
  if (ts.isPrefixUnaryExpression(node)) {
    if (node.operator === ts.SyntaxKind.TildeToken) return true;
    const inner = skipParens(node.operand);
    // -0 is the float -0.0 (an int has no negative zero)
    if (node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(inner) && Number(inner.text) === 0) return false;
    if (node.operator === ts.SyntaxKind.MinusToken || node.operator === ts.SyntaxKind.PlusToken)
      return isIntExpr(ctx, node.operand, visiting);
    if (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)
      return isIntExpr(ctx, node.operand, visiting);
    return false;
  }
  if (ts.isPostfixUnaryExpression(node)) return isIntExpr(ctx, node.operand, visiting);
  if (ts.isBinaryExpression(node)) {
    const k = node.operatorToken.kind;
    switch (k) {
      case ts.SyntaxKind.BarToken:
      case ts.SyntaxKind.AmpersandToken:
      case ts.SyntaxKind.CaretToken:
      case ts.SyntaxKind.LessThanLessThanToken:
      case ts.SyntaxKind.GreaterThanGreaterThanToken:
      case ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken:
        return true;
      case ts.SyntaxKind.PlusToken:
      case ts.SyntaxKind.MinusToken:
      case ts.SyntaxKind.AsteriskToken:
      case ts.SyntaxKind.PercentToken:
        return (
          T.isNumber(ctx.checker.getTypeAtLocation(node)) && isIntExpr(ctx, node.left, visiting) && isIntExpr(ctx, node.right, visiting)
        );
      case ts.SyntaxKind.AsteriskAsteriskToken:
        // int ** int is an int in Python unless the exponent is negative
        return isIntExpr(ctx, node.left, visiting) && isNonNegativeInt(ctx, node.right);
      case ts.SyntaxKind.EqualsToken:
        return isIntExpr(ctx, node.right, visiting);
      case ts.SyntaxKind.CommaToken:
        return isIntExpr(ctx, node.right, visiting);
      default:
        return false;
    }
  }
  if (ts.isConditionalExpression(node)) return isIntExpr(ctx, node.whenTrue, visiting) && isIntExpr(ctx, node.whenFalse, visiting);
  if (ts.isPropertyAccessExpression(node)) {
    const name = node.name.text;
    const recv = ctx.checker.getTypeAtLocation(node.expression);
    if (name === "length" && T.hasLenLength(ctx.checker, recv, true)) return true;
    if (name === "size" && (T.isMapType(recv) || T.isSetType(recv))) return true;
    const sym = ctx.checker.getSymbolAtLocation(node);
    if (sym && sym.flags & ts.SymbolFlags.EnumMember) return isIntEnumMember(ctx, sym);
    if (ts.isIdentifier(node.expression) && node.expression.text === "Number" && /^(MAX|MIN)_SAFE_INTEGER$/.test(name)) return true;
    return false;
  }
  // a byte of bytes/bytearray/memoryview is an int 0..255
  if (ts.isElementAccessExpression(node) && T.isBoardSequence(ctx.checker, ctx.checker.getTypeAtLocation(node.expression))) return true;
  // an element of an array that only ever holds integers
  if (ts.isElementAccessExpression(node) && isIntArray(ctx, node.expression, visiting)) return true;
  if (ts.isCallExpression(node)) {
    const callee = skipParens(node.expression);
    const text = callee.getText(ctx.sourceFile);
    if (intResultCalls.has(text)) return true;
    if (isPythonBuiltin(ctx, callee, ["len", "ord", "int"])) return true;
    if (ts.isPropertyAccessExpression(callee) && intMethods.has(callee.name.text)) {
      const recv = ctx.checker.getTypeAtLocation(callee.expression);
      return T.isString(recv, true) || T.isArray(ctx.checker, recv, true);
    }
    return false;
  }
  if (ts.isIdentifier(node)) {
    const sym = ctx.checker.getSymbolAtLocation(node);
    if (!sym) return false;
    if (sym.flags & ts.SymbolFlags.EnumMember) return isIntEnumMember(ctx, sym);
    if (!T.isNumber(ctx.checker.getTypeAtLocation(node))) return false;
    const writes = ctx.scopes.writes.get(sym);
    if (!writes || writes.length === 0) return false;
    if (visiting.has(sym)) return true; // optimistic on cycles: other writes decide
    const forOf = forOfOf(sym);
    if (forOf && writes.length === 1) {
      visiting.add(sym);
      try {
        return isIntArray(ctx, forOf.expression, visiting);
      } finally {
        visiting.delete(sym);
      }
    }
    visiting.add(sym);
    try {
      return writes.every((w) => {
        switch (w.kind) {
          case "init":
            return w.value !== undefined && isIntExpr(ctx, w.value, visiting);
          case "assign":
            return isIntExpr(ctx, w.value, visiting);
          case "update":
            return true;
          case "compound":
            // bitwise results are integers whatever the operand; + - * % keep integers integral
            if (bitwiseAssignOps.includes(w.op)) return true;
            return (
              [
                ts.SyntaxKind.PlusEqualsToken,
                ts.SyntaxKind.MinusEqualsToken,
                ts.SyntaxKind.AsteriskEqualsToken,
                ts.SyntaxKind.PercentEqualsToken,
              ].includes(w.op) && isIntExpr(ctx, w.value, visiting)
            );
          default:
            return false;
        }
      });
    } finally {
      visiting.delete(sym);
    }
  }
  return false;
}

/** The for...of loop whose head declares `sym` (`for (const p of pins)`), if any. */
function forOfOf(sym: ts.Symbol): ts.ForOfStatement | undefined {
  const decl = sym.valueDeclaration;
  if (!decl || !ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name)) return undefined;
  const list = decl.parent;
  return ts.isVariableDeclarationList(list) && ts.isForOfStatement(list.parent) && list.parent.initializer === list
    ? list.parent
    : undefined;
}

const readOnlyArrayMethods = new Set([
  "indexOf",
  "lastIndexOf",
  "includes",
  "slice",
  "join",
  "map",
  "filter",
  "reduce",
  "forEach",
  "find",
  "findIndex",
  "some",
  "every",
  "at",
  "concat",
  "sort",
  "reverse",
  "keys",
  "entries",
  "values",
]);

/**
 * True when `node` is a local `number[]` variable that only ever holds integers: every value it is
 * given and everything pushed, unshifted, spliced, filled or assigned into it is an integer, and it
 * never escapes to code that could add something else.
 */
export function isIntArray(ctx: TransformContext, node: ts.Expression, visiting = new Set<ts.Symbol>()): boolean {
  node = skipParens(node);
  if (ts.isArrayLiteralExpression(node))
    return node.elements.every((e) => !ts.isSpreadElement(e) && !ts.isOmittedExpression(e) && isIntExpr(ctx, e, visiting));
  if (!ts.isIdentifier(node)) return false;
  const sym = ctx.checker.getSymbolAtLocation(node);
  if (!sym || !T.isArray(ctx.checker, ctx.checker.getTypeAtLocation(node))) return false;
  const decl = sym.valueDeclaration;
  if (!decl || decl.getSourceFile() !== ctx.sourceFile) return false;
  if (!ts.isVariableDeclaration(decl) && !ts.isParameter(decl)) return false;
  if (visiting.has(sym)) return true;
  visiting.add(sym);
  try {
    const writes = ctx.scopes.writes.get(sym) ?? [];
    if (ts.isParameter(decl)) {
      // a parameter: every call of its function passes an integer array there
      if (writes.length !== 1 || !parameterArgumentsAll(ctx, decl, (arg) => isIntArray(ctx, arg, visiting))) return false;
    } else {
      const valuesOk = writes.every(
        (w) => (w.kind === "init" || w.kind === "assign") && w.value !== undefined && isIntArray(ctx, w.value, visiting),
      );
      if (!valuesOk) return false;
    }
    for (const ref of ctx.scopes.references.get(sym) ?? []) {
      if (ref === decl.name) continue;
      if (!intArrayUseOk(ctx, ref, visiting)) return false;
    }
    return true;
  } finally {
    visiting.delete(sym);
  }
}

/** Whether every call of the (unexported, local) function declaring `param` passes an argument satisfying `ok`. */
function parameterArgumentsAll(ctx: TransformContext, param: ts.ParameterDeclaration, ok: (arg: ts.Expression) => boolean): boolean {
  const fn = param.parent;
  if (!ts.isFunctionDeclaration(fn) || !fn.name || param.dotDotDotToken || param.initializer) return false;
  if (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Export) return false;
  const index = fn.parameters.indexOf(param);
  const fnSym = ctx.checker.getSymbolAtLocation(fn.name);
  if (!fnSym) return false;
  const refs = (ctx.scopes.references.get(fnSym) ?? []).filter((r) => r !== fn.name);
  if (refs.length === 0) return false;
  return refs.every((r) => {
    const call = r.parent;
    if (!ts.isCallExpression(call) || call.expression !== r) return false;
    const arg = call.arguments[index];
    return !!arg && !call.arguments.slice(0, index + 1).some(ts.isSpreadElement) && ok(arg);
  });
}

function intArrayUseOk(ctx: TransformContext, ref: ts.Identifier, visiting: Set<ts.Symbol>): boolean {
  let child: ts.Node = ref;
  let p = ref.parent;
  while (ts.isParenthesizedExpression(p) || ts.isNonNullExpression(p)) {
    child = p;
    p = p.parent;
  }
  // a plain (re)assignment of the variable is checked through its writes
  if (ts.isBinaryExpression(p) && p.left === child && p.operatorToken.kind === ts.SyntaxKind.EqualsToken) return true;
  if (ts.isVariableDeclaration(p) && p.name === child) return true;
  if (ts.isPropertyAccessExpression(p) && p.expression === child) {
    const name = p.name.text;
    const call = p.parent;
    if (name === "length") return !(ts.isBinaryExpression(call) && call.left === p);
    if (!ts.isCallExpression(call) || call.expression !== p) return false;
    if (readOnlyArrayMethods.has(name)) return true;
    const args = call.arguments;
    if (name === "push" || name === "unshift") return args.every((a) => !ts.isSpreadElement(a) && isIntExpr(ctx, a, visiting));
    if (name === "fill") return args.length > 0 && isIntExpr(ctx, args[0], visiting);
    if (name === "splice") return args.slice(2).every((a) => !ts.isSpreadElement(a) && isIntExpr(ctx, a, visiting));
    if (name === "pop" || name === "shift") return true;
    return false;
  }
  if (ts.isElementAccessExpression(p) && p.expression === child) {
    const up = p.parent;
    if (ts.isBinaryExpression(up) && up.left === p) {
      const op = up.operatorToken.kind;
      if (op === ts.SyntaxKind.EqualsToken) return isIntExpr(ctx, up.right, visiting);
      if (bitwiseAssignOps.includes(op)) return true;
      return (
        [
          ts.SyntaxKind.PlusEqualsToken,
          ts.SyntaxKind.MinusEqualsToken,
          ts.SyntaxKind.AsteriskEqualsToken,
          ts.SyntaxKind.PercentEqualsToken,
        ].includes(op) && isIntExpr(ctx, up.right, visiting)
      );
    }
    if (
      (ts.isPrefixUnaryExpression(up) || ts.isPostfixUnaryExpression(up)) &&
      (up.operator === ts.SyntaxKind.PlusPlusToken || up.operator === ts.SyntaxKind.MinusMinusToken)
    )
      return true;
    return true; // a read
  }
  // passed to a local function whose parameter only reads it (or adds integers)
  if (ts.isCallExpression(p) && p.arguments.includes(child as ts.Expression)) {
    const fnDecl = ctx.checker.getSymbolAtLocation(p.expression)?.valueDeclaration;
    if (!fnDecl || !ts.isFunctionDeclaration(fnDecl) || fnDecl.getSourceFile() !== ctx.sourceFile) return false;
    const param = fnDecl.parameters[p.arguments.indexOf(child as ts.Expression)];
    if (!param || !ts.isIdentifier(param.name) || param.dotDotDotToken) return false;
    const psym = ctx.checker.getSymbolAtLocation(param.name);
    if (!psym) return false;
    if (visiting.has(psym)) return true;
    visiting.add(psym);
    try {
      if ((ctx.scopes.writes.get(psym) ?? []).length !== 1) return false;
      return (ctx.scopes.references.get(psym) ?? []).every((r) => r === param.name || intArrayUseOk(ctx, r, visiting));
    } finally {
      visiting.delete(psym);
    }
  }
  // iteration reads only
  if (ts.isForOfStatement(p) && p.expression === child) return true;
  if (ts.isSpreadElement(p)) return true;
  return false;
}

/**
 * A constant of the board typings (`Pin.IRQ_RISING`, typed `Brand<...>`): MicroPython
 * defines these as small ints, so `Pin.IRQ_RISING | Pin.IRQ_FALLING` stays plain.
 */
function isBoardConstant(ctx: TransformContext, node: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(node) && !ts.isIdentifier(node)) return false;
  const t = ctx.checker.getTypeAtLocation(node);
  const brand = t.isIntersection() ? t.getProperty("__brand") : undefined;
  return !!brand && !(brand.flags & ts.SymbolFlags.Optional) && T.isNumber(t);
}

function isIntEnumMember(ctx: TransformContext, sym: ts.Symbol): boolean {
  const decl = sym.valueDeclaration;
  if (!decl || !ts.isEnumMember(decl)) return false;
  const v = ctx.checker.getConstantValue(decl);
  return typeof v === "number" && Number.isInteger(v);
}

/** True when `node` is an integer that is certainly >= 0 (for Python slicing and `%`). */
const nonNegativeKeeping = new Set([ts.SyntaxKind.PlusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.PercentToken]);

export function isNonNegativeInt(ctx: TransformContext, node: ts.Expression, visiting = new Set<ts.Symbol>()): boolean {
  node = skipParens(node);
  const links = leftChain(node, nonNegativeKeeping);
  if (links.length > 1) {
    // a + b * c % d: every operand non-negative
    return links.every((l) => isNonNegativeInt(ctx, l.right, visiting)) && isNonNegativeInt(ctx, links[links.length - 1].left, visiting);
  }
  if (ts.isNumericLiteral(node)) return Number.isInteger(Number(node.text));
  if (ts.isPropertyAccessExpression(node)) return (node.name.text === "length" || node.name.text === "size") && isIntExpr(ctx, node);
  if (ts.isBinaryExpression(node)) {
    const k = node.operatorToken.kind;
    if (k === ts.SyntaxKind.PlusToken || k === ts.SyntaxKind.AsteriskToken || k === ts.SyntaxKind.PercentToken)
      return isNonNegativeInt(ctx, node.left, visiting) && isNonNegativeInt(ctx, node.right, visiting);
    if (k === ts.SyntaxKind.AmpersandToken)
      return isNonNegativeInt(ctx, node.left, visiting) || isNonNegativeInt(ctx, node.right, visiting);
    if (k === ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken) return true;
    return false;
  }
  if (ts.isCallExpression(node)) {
    const text = skipParens(node.expression).getText(ctx.sourceFile);
    return text === "Math.abs" && isIntExpr(ctx, node.arguments[0]);
  }
  if (ts.isIdentifier(node)) {
    const sym = ctx.checker.getSymbolAtLocation(node);
    if (!sym || !isIntExpr(ctx, node)) return false;
    const writes = ctx.scopes.writes.get(sym) ?? [];
    if (visiting.has(sym)) return true;
    visiting.add(sym);
    try {
      return writes.every((w) => {
        if (w.kind === "init") return w.value !== undefined && isNonNegativeInt(ctx, w.value, visiting);
        if (w.kind === "assign") return isNonNegativeInt(ctx, w.value, visiting);
        if (w.kind === "update") return w.op === ts.SyntaxKind.PlusPlusToken;
        if (w.kind === "compound") return w.op === ts.SyntaxKind.PlusEqualsToken && isNonNegativeInt(ctx, w.value, visiting);
        return false;
      });
    } finally {
      visiting.delete(sym);
    }
  }
  return false;
}

const K = ts.SyntaxKind;
const int32Methods = new Set(["indexOf", "lastIndexOf", "findIndex", "charCodeAt", "codePointAt", "search"]);
const inInt32 = (n: number) => Number.isInteger(n) && n >= -0x80000000 && n <= 0x7fffffff;

/** A shift count that is a literal 1..31 (mod 32): `x >>> n` then fits in 31 bits. */
function positiveShift(node: ts.Expression): boolean {
  node = skipParens(node);
  return ts.isNumericLiteral(node) && Number(node.text) % 32 !== 0 && Number.isInteger(Number(node.text));
}

/**
 * True when `node` is certainly an integer in the signed 32-bit range, so the
 * bitwise operators need no wrapping (Python integers do not overflow; JavaScript's
 * bitwise operators work on 32 bits). The results of & | ^ ~ << >> are always
 * emitted as 32-bit values.
 */
export function isInt32(ctx: TransformContext, node: ts.Expression, visiting = new Set<ts.Symbol>()): boolean {
  node = skipParens(node);
  if (isBoardConstant(ctx, node)) return true;
  if (ts.isNumericLiteral(node)) return inInt32(Number(node.text));
  if (ts.isPrefixUnaryExpression(node)) {
    if (node.operator === K.TildeToken) return true;
    const inner = skipParens(node.operand);
    return node.operator === K.MinusToken && ts.isNumericLiteral(inner) && inInt32(-Number(inner.text));
  }
  if (ts.isBinaryExpression(node)) {
    switch (node.operatorToken.kind) {
      case K.BarToken:
      case K.AmpersandToken:
      case K.CaretToken:
      case K.LessThanLessThanToken:
      case K.GreaterThanGreaterThanToken:
        return true;
      case K.GreaterThanGreaterThanGreaterThanToken:
        return positiveShift(node.right);
      case K.EqualsToken:
      case K.CommaToken:
        return isInt32(ctx, node.right, visiting);
      default:
        return false;
    }
  }
  if (ts.isConditionalExpression(node)) return isInt32(ctx, node.whenTrue, visiting) && isInt32(ctx, node.whenFalse, visiting);
  if (ts.isPropertyAccessExpression(node)) {
    if (node.name.text === "length" || node.name.text === "size") return isIntExpr(ctx, node);
    const sym = ctx.checker.getSymbolAtLocation(node);
    return !!sym && isInt32Enum(ctx, sym);
  }
  if (ts.isCallExpression(node)) {
    const callee = skipParens(node.expression);
    return ts.isPropertyAccessExpression(callee) && int32Methods.has(callee.name.text) && isIntExpr(ctx, node);
  }
  if (ts.isIdentifier(node)) {
    const sym = ctx.checker.getSymbolAtLocation(node);
    if (!sym) return false;
    if (sym.flags & ts.SymbolFlags.EnumMember) return isInt32Enum(ctx, sym);
    if (!T.isNumber(ctx.checker.getTypeAtLocation(node))) return false;
    const writes = ctx.scopes.writes.get(sym);
    if (!writes || writes.length === 0) return false;
    if (visiting.has(sym)) return true;
    visiting.add(sym);
    try {
      return writes.every((w) => {
        if (w.kind === "init") return w.value !== undefined && isInt32(ctx, w.value, visiting);
        if (w.kind === "assign") return isInt32(ctx, w.value, visiting);
        if (w.kind === "compound") {
          if (w.op === K.GreaterThanGreaterThanGreaterThanEqualsToken) return positiveShift(w.value);
          return [
            K.BarEqualsToken,
            K.AmpersandEqualsToken,
            K.CaretEqualsToken,
            K.LessThanLessThanEqualsToken,
            K.GreaterThanGreaterThanEqualsToken,
          ].includes(w.op);
        }
        return false;
      });
    } finally {
      visiting.delete(sym);
    }
  }
  return false;
}

function isInt32Enum(ctx: TransformContext, sym: ts.Symbol): boolean {
  const decl = sym.valueDeclaration;
  if (!decl || !ts.isEnumMember(decl)) return false;
  const v = ctx.checker.getConstantValue(decl);
  return typeof v === "number" && inInt32(v);
}

/** True when `node` is an integer in 0..2**31-1: `x & node` then needs no wrapping. */
export function isNonNegativeInt32(ctx: TransformContext, node: ts.Expression, visiting = new Set<ts.Symbol>()): boolean {
  node = skipParens(node);
  if (ts.isNumericLiteral(node)) return inInt32(Number(node.text));
  if (ts.isBinaryExpression(node)) {
    const k = node.operatorToken.kind;
    if (k === K.GreaterThanGreaterThanGreaterThanToken) return positiveShift(node.right);
    if (k === K.AmpersandToken) return isNonNegativeInt32(ctx, node.left, visiting) || isNonNegativeInt32(ctx, node.right, visiting);
    if (k === K.GreaterThanGreaterThanToken) return isNonNegativeInt32(ctx, node.left, visiting);
    return false;
  }
  if (ts.isPropertyAccessExpression(node)) return (node.name.text === "length" || node.name.text === "size") && isIntExpr(ctx, node);
  if (ts.isIdentifier(node)) {
    const sym = ctx.checker.getSymbolAtLocation(node);
    if (!sym || !T.isNumber(ctx.checker.getTypeAtLocation(node))) return false;
    if (sym.flags & ts.SymbolFlags.EnumMember) {
      const v =
        sym.valueDeclaration && ts.isEnumMember(sym.valueDeclaration) ? ctx.checker.getConstantValue(sym.valueDeclaration) : undefined;
      return typeof v === "number" && inInt32(v) && v >= 0;
    }
    const writes = ctx.scopes.writes.get(sym);
    if (!writes || writes.length === 0 || visiting.has(sym)) return false;
    visiting.add(sym);
    try {
      return writes.every(
        (w) =>
          (w.kind === "init" && w.value !== undefined && isNonNegativeInt32(ctx, w.value, visiting)) ||
          (w.kind === "assign" && isNonNegativeInt32(ctx, w.value, visiting)),
      );
    } finally {
      visiting.delete(sym);
    }
  }
  return false;
}

/** JavaScript's String(x) of the value `e` computed by `node`. */
export function toJsString(ctx: TransformContext, node: ts.Expression, e: py.Expr, nullText = "undefined"): py.Expr {
  if (pastEndWidens(ctx, node)) return b.call(ctx.useHelper("js_str"), [e]);
  const t = ctx.checker.getTypeAtLocation(node);
  return stringOfType(ctx, node, t, e, nullText);
}

function stringOfType(ctx: TransformContext, node: ts.Expression, t: ts.Type, e: py.Expr, nullText: string): py.Expr {
  if (T.isString(t)) return e;
  if (T.isNullOrUndefinedOnly(t)) return b.str(T.hasNull(t) ? "null" : "undefined");
  if (T.isNumber(t)) return isIntExpr(ctx, node) ? b.call("str", [e]) : b.call(ctx.useHelper("js_num"), [e]);
  if (T.isBoolean(t)) {
    if (e.kind === "Constant" && typeof e.value === "boolean") return b.str(String(e.value));
    return b.ifExp(e, b.str("true"), b.str("false"));
  }
  if (T.isNullable(t) && !T.isAnyLike(t) && (T.isString(t, true) || T.isNumber(t, true) || T.isBoolean(t, true))) {
    const v = ctx.once(e);
    const nonNull = t.isUnion() ? ctx.checker.getNonNullableType(t) : t;
    const text = T.hasNull(t) && !T.hasUndefined(t) ? "null" : "undefined";
    return b.ifExp(b.cmp(v, "is", b.none()), b.str(text), stringOfType(ctx, node, nonNull, v, nullText));
  }
  return b.call(ctx.useHelper("js_str"), [e]);
}

/** Whether `node`'s value may be NaN: falsy in JavaScript, truthy in Python. Integers never are. */
function mayBeNaN(ctx: TransformContext, node: ts.Expression, t: ts.Type): boolean {
  const parts = t.isUnion() ? t.types : [t];
  return parts.some((p) => (p.flags & ts.TypeFlags.Number) !== 0) && !isIntExpr(ctx, node);
}

/** A Python condition with JavaScript's truthiness of `node`'s value `e`. */
export function truthy(ctx: TransformContext, node: ts.Expression, e: py.Expr): py.Expr {
  const t = ctx.checker.getTypeAtLocation(node);
  if (T.isNullOrUndefinedOnly(t)) return b.bool(false);
  if (T.isPrimitive(t) && !T.isAnyLike(t)) {
    if (!mayBeNaN(ctx, node, t)) return e; // Python agrees on "", 0, None, False
    return b.isSimple(e) ? b.and(e, b.cmp(e, "==", e)) : b.call(ctx.useHelper("js_truthy"), [e]);
  }
  // a board buffer (bytes, bytearray) is empty when falsy, as the seeds' `if not line:` means
  if (T.isBoardSequence(ctx.checker, t)) return e;
  // objects are always truthy in JavaScript, even an empty list or dict
  if (T.isObjectLike(t, true) && !T.isAnyLike(t)) return b.cmp(e, "is not", b.none());
  return b.call(ctx.useHelper("js_truthy"), [e]);
}

/** Whether Python's own truthiness of this value equals JavaScript's (so `or`/`and` can be used as is). */
export function pythonTruthinessMatches(ctx: TransformContext, node: ts.Expression): boolean {
  const t = ctx.checker.getTypeAtLocation(node);
  return (T.isPrimitive(t) && !T.isAnyLike(t) && !mayBeNaN(ctx, node, t)) || T.isBoardSequence(ctx.checker, t);
}
