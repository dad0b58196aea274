// The facts of an expression's number, computed from the slots (a read records
// the constraint being evaluated as a reader of the slot, so the fixpoint
// re-runs it when the slot grows), with sign guards narrowing a use.
import { ts } from "../typescript.js";
import * as T from "./types.js";
import { Guard, guardAt, notNaNAt } from "./numeric-guards.js";
import { intervalsOf, type Interval } from "./intervals.js";
import {
  INFINT,
  INT,
  INT32,
  M1,
  NEG,
  NANINT,
  NONINT,
  NZ,
  DEC_MASK,
  ROUNDED,
  POS,
  TOP,
  UINT,
  W,
  WMAX,
  ZERO,
  add,
  binaryBits,
  isUint31,
  join,
  literalBits,
  magnitudeOf,
  negate,
  onlyMinusOne,
  quotient,
  shiftBound,
  widthOf,
  withWidth,
} from "./numeric-bits.js";
import { arithmetic, isFunctionWithBody, isIndex, keyedKind, roundings, skip } from "./numeric-nodes.js";
import { NumericClasses } from "./numeric-classes.js";
import { decimalArithmetic, literalDecimalBits, quotientBits } from "./numeric-decimals.js";

const K = ts.SyntaxKind;

/** The facts of an expression's number. */
export abstract class NumericValues extends NumericClasses {
  // ---- evaluation --------------------------------------------------------

  protected ev(start: ts.Expression): number {
    const node = skip(start);
    if (this.final) {
      const known = this.memo.get(node);
      if (known !== undefined) return known;
    }
    let r: number;
    if (ts.isBinaryExpression(node) && arithmetic.has(node.operatorToken.kind)) {
      // a left-leaning chain `a + b - c ...`: innermost first, without recursion
      const links: ts.BinaryExpression[] = [];
      for (let n: ts.Expression = node; ts.isBinaryExpression(n) && arithmetic.has(n.operatorToken.kind); n = skip(n.left)) {
        if (this.final && this.memo.has(n)) break;
        links.push(n);
      }
      r = this.ev(links[links.length - 1].left);
      for (let i = links.length - 1; i >= 0; i--) {
        const l = links[i];
        const op = l.operatorToken.kind;
        let right = this.ev(l.right);
        // `xs[i % xs.length]`: emitted as a plain % (operators.ts isIndex), an empty array fails either way
        if (op === K.PercentToken && !(right & (NEG | NONINT)) && isIndex(l)) right &= ~ZERO;
        r = op === K.PlusToken && !T.isNumber(this.typeAt(l)) ? TOP : decimalArithmetic(op, r, right, binaryBits(op, r, right));
        // an integer % a positive integer literal v is below v in magnitude: x % 256 is a byte's width
        const divisor = skip(l.right);
        if (op === K.PercentToken && r && !(r & NONINT) && ts.isNumericLiteral(divisor) && Number(divisor.text) >= 1)
          r = withWidth(r, Math.min(widthOf(r), widthOf(literalBits(Number(divisor.text) - 1))));
        if (this.final) this.memo.set(l, r);
      }
      return r;
    }
    r = this.evNode(node);
    if (this.final) this.memo.set(node, r);
    return r;
  }

  protected evNode(node: ts.Expression): number {
    if (ts.isNumericLiteral(node)) {
      const v = Number(node.text);
      return Number.isInteger(v) ? literalBits(v) : literalDecimalBits(v, TOP);
    }
    if (ts.isPrefixUnaryExpression(node)) {
      switch (node.operator) {
        case K.MinusToken: {
          const inner = skip(node.operand);
          // -0 is a float (an int has no negative zero)
          if (ts.isNumericLiteral(inner) && Number(inner.text) === 0) return TOP;
          // -"5" converts first: any number, NaN included
          if (!T.isNumber(this.typeAt(node.operand))) return TOP;
          return negate(this.ev(node.operand));
        }
        case K.PlusToken:
          return T.isNumber(this.typeAt(node.operand)) ? this.ev(node.operand) : TOP;
        case K.TildeToken:
          return INT32;
        case K.PlusPlusToken:
          return add(this.ev(node.operand), POS);
        case K.MinusMinusToken:
          return add(this.ev(node.operand), NEG);
        default:
          return TOP;
      }
    }
    if (ts.isPostfixUnaryExpression(node)) return this.ev(node.operand);
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === K.SlashToken) {
        const d = skip(node.right);
        const a = this.ev(node.left);
        if (ts.isNumericLiteral(d)) return quotientBits(a, Number(d.text)) ?? (Number(d.text) >= 1 ? quotient(a, literalBits(1)) : TOP);
        const b = this.ev(node.right);
        return b & NONINT ? TOP : quotient(a, b);
      }
      if (op === K.SlashEqualsToken) return TOP;
      if (op === K.EqualsToken || op === K.CommaToken) return this.ev(node.right);
      if (op === K.PlusEqualsToken && !T.isNumber(this.typeAt(node))) return TOP;
      // d[k] ?? v: a value stored in the dictionary, or v where the key is missing (a read by key alone may be undefined)
      const dict =
        op === K.QuestionQuestionToken || op === K.BarBarToken || op === K.QuestionQuestionEqualsToken || op === K.BarBarEqualsToken
          ? this.dictionaryOf(node.left)
          : undefined;
      if (dict) return join(this.read(this.elemSlot(this.classOf(dict))), this.ev(node.right));
      const a = this.ev(node.left);
      const count = skip(node.right);
      // a shift by a literal: `byte << 8` of a byte needs 16 bits
      if (ts.isNumericLiteral(count) && isUint31(a)) {
        const n = Number(count.text) & 31;
        if ((op === K.LessThanLessThanToken || op === K.LessThanLessThanEqualsToken) && (a >> W) + n <= 31)
          return withWidth(a, (a >> W) + n);
        if (
          op === K.GreaterThanGreaterThanToken ||
          op === K.GreaterThanGreaterThanGreaterThanToken ||
          op === K.GreaterThanGreaterThanEqualsToken ||
          op === K.GreaterThanGreaterThanGreaterThanEqualsToken
        )
          return withWidth(a | ZERO, (a >> W) - n);
      }
      const b = this.ev(node.right);
      // a shift by a count of known width (`1 << (y & 7)`, a loop counter): by at most 2**width - 1
      if ((op === K.LessThanLessThanToken || op === K.LessThanLessThanEqualsToken) && isUint31(a) && shiftBound(b) !== undefined) {
        const most = (a >> W) + shiftBound(b)!;
        if (most <= 31) return withWidth(a, most);
      }
      return decimalArithmetic(op, a, b, binaryBits(op, a, b));
    }
    if (ts.isConditionalExpression(node)) return join(this.ev(node.whenTrue), this.ev(node.whenFalse));
    if (ts.isAwaitExpression(node)) return this.ev(node.expression);
    if (ts.isIdentifier(node)) return this.identifierBits(node);
    if (ts.isPropertyAccessExpression(node)) return this.propertyBits(node);
    if (ts.isElementAccessExpression(node)) {
      const t = this.typeAt(node.expression);
      if (T.holdsOnlyBytes(this.checker, t)) return withWidth(UINT, 8); // a byte
      if (T.isArray(this.checker, t)) return this.read(this.elemSlot(this.classOf(node.expression)));
      return TOP;
    }
    if (ts.isCallExpression(node)) return this.callBits(node);
    return TOP;
  }

  protected enumBits(decl: ts.Node): number {
    if (!ts.isEnumMember(decl)) return TOP;
    const v = this.checker.getConstantValue(decl);
    return typeof v === "number" ? literalBits(v) : TOP;
  }

  protected identifierBits(node: ts.Identifier): number {
    const decl = this.declarationOf(node);
    if (!decl) return TOP;
    if (ts.isEnumMember(decl)) return this.enumBits(decl);
    // a value typed as a board constant (`event` of `for (const [sock, event] of poller.poll())`) came from the board
    if (T.isBoardConstantType(this.typeAt(node))) return INT;
    if (this.isLocalBinding(decl)) return this.narrowed(node, decl, this.read(this.declSlot(decl)));
    if (decl.getSourceFile().isDeclarationFile || ts.getCombinedModifierFlags(decl as ts.Declaration) & ts.ModifierFlags.Ambient) {
      if (ts.isVariableDeclaration(decl)) return this.typingBits(decl.type);
    }
    return TOP;
  }

  /**
   * A use under a sign guard (numeric-guards.ts) of a const, or of a let or parameter
   * never written after its declaration: its negative values cannot reach it.
   */
  protected narrowed(use: ts.Identifier, decl: ts.Node, bits: number): number {
    if (this.reassigned.has(decl) && ts.isVariableDeclaration(decl)) bits = this.counted(use, decl, bits);
    const mayBeNaN = (bits & (NONINT | NANINT | INFINT)) === (NONINT | NANINT);
    if (!(bits & NEG) && !mayBeNaN) return bits;
    const list = decl.parent;
    const fixed =
      (ts.isVariableDeclaration(decl) &&
        ts.isVariableDeclarationList(list) &&
        (list.flags & ts.NodeFlags.Const || (list.flags & ts.NodeFlags.Let && !this.reassigned.has(decl)))) ||
      (ts.isParameter(decl) && !this.reassigned.has(decl));
    if (!fixed) return bits;
    // an integer or NaN (parseInt's) that a test proved a number is an integer: `if (isNaN(n)) return;`
    if (mayBeNaN) {
      let proved = this.numbers.get(use);
      if (proved === undefined) this.numbers.set(use, (proved = notNaNAt(use, (id) => this.declarationOf(id) === decl)));
      if (proved) bits &= ~(NONINT | NANINT | NZ | DEC_MASK | ROUNDED);
    }
    if (!(bits & NEG)) return bits;
    let g = this.guards.get(use);
    if (g === undefined) this.guards.set(use, (g = guardAt(use, (id) => this.declarationOf(id) === decl)));
    if (g === Guard.None || (g === Guard.NotMinusOne && !onlyMinusOne(bits)) || (g === Guard.NonNegativeInt && bits & NONINT)) return bits;
    return bits & ~(NEG | M1 | (g === Guard.Positive ? ZERO : 0));
  }

  /** uses a test proved are not NaN (notNaNAt) */
  private readonly numbers = new Map<ts.Identifier, boolean>();

  private readonly intervals = new Map<ts.Node, Map<ts.Identifier, Interval> | undefined>();

  /** A read of a counter (intervals.ts): its signs and width are those of its range there. */
  private counted(use: ts.Identifier, decl: ts.VariableDeclaration, bits: number): number {
    if (bits & NONINT || (!(bits & NEG) && widthOf(bits) < WMAX)) return bits;
    let reads = this.intervals.get(decl);
    if (!this.intervals.has(decl)) this.intervals.set(decl, (reads = intervalsOf(this.checker, decl)));
    const r = reads?.get(use);
    if (!r) return bits;
    const signs = (r.lo < 0 ? NEG : 0) | (r.lo <= 0 && r.hi >= 0 ? ZERO : 0) | (r.hi > 0 ? POS : 0);
    const most = Math.max(Math.abs(r.lo), Math.abs(r.hi));
    const width = most === Infinity ? WMAX : Math.ceil(Math.log2(most + 1));
    const narrowed = (bits & ~(NEG | ZERO | POS | M1 | (WMAX << W))) | (bits & signs) | (r.lo === -1 && bits & NEG ? M1 : 0);
    return narrowed | (Math.min(widthOf(bits), width) << W);
  }

  protected propertyBits(node: ts.PropertyAccessExpression): number {
    const name = node.name.text;
    if (name === "length" || name === "size") {
      const recv = this.typeAt(node.expression);
      if (name === "length" && T.isArray(this.checker, recv) && this.isNonEmpty(this.classOf(node.expression))) return UINT & ~ZERO;
      if (name === "length" && (T.isArray(this.checker, recv, true) || T.hasLenLength(this.checker, recv, true))) return UINT;
      if (name === "size" && (T.isMapType(recv) || T.isSetType(recv))) return UINT;
    }
    if (ts.isIdentifier(node.expression) && node.expression.text === "Number" && /^(MAX|MIN)_SAFE_INTEGER$/.test(name))
      return withWidth(name.startsWith("MAX") ? POS : NEG, 53);
    const decl = this.declarationOf(node.name);
    if (!decl) return TOP;
    if (ts.isEnumMember(decl)) return this.enumBits(decl);
    const file = decl.getSourceFile();
    if (file.isDeclarationFile) {
      if (T.isBoardConstantType(this.typeAt(node))) return INT;
      if (ts.isPropertySignature(decl) || ts.isPropertyDeclaration(decl)) return this.typingBits(decl.type);
      if (ts.isGetAccessorDeclaration(decl)) return this.typingBits(decl.type);
      return TOP;
    }
    if (!this.inScope.has(file)) return TOP;
    if (ts.isMethodDeclaration(decl) || ts.isMethodSignature(decl)) return TOP;
    return this.read(this.propSlot(name));
  }

  protected callBits(node: ts.CallExpression): number {
    const callee = skip(node.expression);
    const args = node.arguments;
    // parseInt (or Number.parseInt) of the standard library: an integer, or NaN when the text has no digits
    const onNumber = ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === "Number";
    const named = onNumber ? callee.name : callee;
    const head = onNumber ? callee.expression : callee;
    if (ts.isIdentifier(named) && named.text === "parseInt" && T.isFromLib(this.checker.getSymbolAtLocation(head)?.declarations?.[0]))
      return TOP | NANINT;
    if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === "Math") {
      const text = "Math." + callee.name.text;
      const a = args[0] && !ts.isSpreadElement(args[0]) ? this.ev(args[0]) : TOP;
      if (roundings.has(text)) {
        // of a quotient of integers by a positive one: the dividend's signs, and no wider
        const q = args[0] && skip(args[0]);
        if (q && ts.isBinaryExpression(q) && q.operatorToken.kind === K.SlashToken) {
          const [x, y] = [this.ev(q.left), this.ev(q.right)];
          if (!((x | y) & NONINT) && !(y & (NEG | ZERO)) && y) return withWidth((x & (NEG | POS)) | ZERO, widthOf(x));
        }
        // a finite fraction rounds to an integer one bit wider at most (|floor(-0.5)| = 1)
        return withWidth((a & (NEG | POS)) | ZERO, a & NONINT ? magnitudeOf(a) + 1 : widthOf(a));
      }
      if (text === "Math.abs") {
        // of a fraction of known size: as large, and not negative (abs(-0.0) is 0.0)
        if (a & NONINT) return magnitudeOf(a) < WMAX ? withWidth(NONINT | POS | ZERO, magnitudeOf(a)) | NZ : TOP;
        return withWidth((a & NEG ? POS : 0) | (a & (POS | ZERO)), a >> W);
      }
      if (text === "Math.sign") return a & NONINT ? TOP : withWidth(a, 1);
      if ((text === "Math.max" || text === "Math.min") && args.length > 0) {
        const each = args.map((x) => (ts.isSpreadElement(x) ? this.read(this.elemSlot(this.iterClass(x.expression))) : this.ev(x)));
        let r = each.reduce(join, 0);
        if (!args.every(ts.isSpreadElement)) {
          // of integers, at least each argument (max) or at most each (min): Math.max(0, x) is not negative
          const max = text === "Math.max";
          if (!(r & NONINT) && args.some((x, i) => !ts.isSpreadElement(x) && !(each[i] & (max ? NEG : POS)))) r &= max ? ~(NEG | M1) : ~POS;
          return r;
        }
        // spreads only, which may all be empty: Math.min() is Infinity, Math.max() -Infinity
        if (r & NONINT) return TOP;
        return withWidth(r | (text === "Math.min" ? POS : NEG), WMAX) | NONINT | INFINT;
      }
      return TOP;
    }
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === "get" && keyedKind(this.typeAt(callee.expression)) === "map")
      return this.read(this.elemSlot(this.classOf(callee.expression)));
    // an element, or undefined (which the value's type says, as Map's get)
    if (
      ts.isPropertyAccessExpression(callee) &&
      /^(pop|shift|at|find|findLast)$/.test(callee.name.text) &&
      T.isArray(this.checker, this.typeAt(callee.expression), true)
    )
      return this.read(this.elemSlot(this.classOf(callee.expression)));
    if (
      ts.isPropertyAccessExpression(callee) &&
      /^(at|find|findLast)$/.test(callee.name.text) &&
      T.isUint8Array(this.typeAt(callee.expression))
    )
      return withWidth(UINT, 8);
    const reduced = this.reduceBits(node);
    if (reduced !== undefined) return reduced;
    if (ts.isPropertyAccessExpression(callee)) {
      const name = callee.name.text;
      const recv = this.typeAt(callee.expression);
      const stringOrArray = T.isString(recv, true) || T.isArray(this.checker, recv, true) || T.isUint8Array(recv);
      // -1 when not found
      if (stringOrArray && /^(indexOf|lastIndexOf|findIndex|findLastIndex|search)$/.test(name)) return INT | M1;
      if (stringOrArray && /^(charCodeAt)$/.test(name)) return withWidth(UINT, 16);
      if (stringOrArray && /^(codePointAt|push|unshift)$/.test(name)) return UINT;
    }
    const decl = this.checker.getResolvedSignature(node)?.getDeclaration();
    if (!decl) return TOP;
    if (isFunctionWithBody(decl) && this.inScope.has(decl.getSourceFile())) return this.read(this.returnSlot(decl));
    const file = decl.getSourceFile();
    if (file.isDeclarationFile && !T.isFromLib(decl)) {
      // python.d.ts's len, ord, int: Python ints
      if (ts.isFunctionDeclaration(decl) && decl.name && /\/runtime-typings\/python\.d\.ts$/.test(file.fileName)) {
        if (decl.name.text === "len" || decl.name.text === "ord") return UINT;
        if (decl.name.text === "int") return INT;
      }
      return this.typingBits(decl.type);
    }
    return TOP;
  }

  /**
   * `xs.reduce(fn, init)` with an inline callback: the accumulator's last value, whose slot
   * holds the initial value (or an element) and every value the callback returns (numeric-calls.ts).
   */
  private reduceBits(node: ts.CallExpression): number | undefined {
    const callee = skip(node.expression);
    if (!ts.isPropertyAccessExpression(callee) || !/^reduce(Right)?$/.test(callee.name.text)) return undefined;
    const recv = this.typeAt(callee.expression);
    if (!T.isArray(this.checker, recv, true) && !T.isUint8Array(recv)) return undefined;
    const fn = node.arguments[0] && skip(node.arguments[0]);
    const acc = fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) ? fn.parameters[0] : undefined;
    return acc && ts.isIdentifier(acc.name) ? this.read(this.declSlot(acc)) : undefined;
  }
}
