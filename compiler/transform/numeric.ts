// Whole-program numeric facts: for every variable, parameter, property (by
// name), array (by alias class) and function return of one program, whether
// its numbers are always integers and which signs they can have. Python prints
// 2.0 where JavaScript prints 2 and its `%` takes the divisor's sign, so only
// these facts let `str(x)` and a plain `%` be emitted.
//
// One walk over the program's files records every write as a constraint (a
// slot and a value computed from other slots); a worklist then joins the values
// into the slots until nothing changes. Slots start empty (no value seen), so a
// loop `i = i + 1` stays an integer. Whatever the walk cannot see gives up to
// "any number": a parameter of a function used as a value or exported from the
// program's entry, a value of type any (JSON.parse) reaching a typed object, a
// call into the libraries (unless the typings say `int`/`uint`), `/`.
// docs/semantics/numbers.md states the rules.
import { ts } from "../typescript.js";
import * as T from "./types.js";
import { walkWith } from "./walk.js";
import { Guard, guardAt } from "./numeric-guards.js";

/** may be a fraction, NaN, an infinity or -0 */
export const NONINT = 1;
export const NEG = 2;
export const ZERO = 4;
export const POS = 8;
/** with NEG: every negative value is -1 (an indexOf result), so adding a positive integer gives one >= 0 */
const M1 = 16;
// bits 5..10: how many bits the magnitude of an integer needs (63: unknown), for 32-bit operators
const W = 5;
const WMAX = 63;
const SIGNS = 15;
export const TOP = SIGNS | (WMAX << W);
const INT = NEG | ZERO | POS | (WMAX << W);
const UINT = ZERO | POS | (WMAX << W);
/** An integer's magnitude bits (WMAX when unknown or not an integer). */
export const widthOf = (a: number): number => (a & NONINT ? WMAX : a >> W);
const withWidth = (signs: number, width: number): number => (signs & SIGNS) | (Math.min(Math.max(width, 0), WMAX) << W);
/** A signed 32-bit integer (magnitude below 2**31): bitwise operators need no wrapping. */
export const isInt32Bits = (a: number): boolean => !(a & NONINT) && a >> W <= 31;
const INT32 = withWidth(NEG | ZERO | POS, 32);

const K = ts.SyntaxKind;

class Slot {
  bits = 0;
  readonly readers = new Set<Constraint>();
}

/** Arrays that may be the same object share one class: its element facts, and the class of their elements' elements. */
class ArrayClass {
  parent?: ArrayClass;
  readonly elems = new Slot();
  child?: ArrayClass;
  top = false;
}

interface Constraint {
  target: () => Slot;
  value: () => number;
}

/** Whether every negative value of `a` is -1 (said by M1, or by a magnitude of at most 1). */
const onlyMinusOne = (a: number): boolean => !(a & NONINT) && (!!(a & M1) || a >> W <= 1);

function join(a: number, b: number): number {
  const r = ((a | b) & SIGNS) | (Math.max(a >> W, b >> W) << W);
  // M1 survives only when each side's negatives are -1
  return r & NEG && (!(a & NEG) || onlyMinusOne(a)) && (!(b & NEG) || onlyMinusOne(b)) && !(r & NONINT) ? r | M1 : r;
}

function literalBits(v: number): number {
  if (!Number.isInteger(v) || Math.abs(v) >= 1e21) return TOP;
  const m = Math.abs(v);
  // the magnitude's bit length (0 for 0); the fixpoint evaluates literals many times, clz32 is cheaper than binary text
  const width = m < 2 ** 32 ? 32 - Math.clz32(m) : m < 2 ** 53 ? m.toString(2).length : WMAX;
  return withWidth(v > 0 ? POS : v < 0 ? NEG : ZERO, width);
}

function negate(a: number): number {
  return (a & ~(NEG | POS | M1)) | (a & NEG ? POS : 0) | (a & POS ? NEG : 0);
}

// each side's sign atoms: 1 = only -1, 2 = other negatives, 4 = zero, 8 = positives
function atoms(x: number, exact: boolean): number {
  return (x & NEG ? (exact && onlyMinusOne(x) ? 1 : 2) : 0) | (x & ZERO ? 4 : 0) | (x & POS ? 8 : 0);
}

function add(a: number, b: number): number {
  if (!a || !b) return 0;
  const exact = !((a | b) & NONINT);
  const [xa, xb] = [atoms(a, exact), atoms(b, exact)];
  let r = (a | b) & NONINT;
  let negOnlyM1 = true;
  for (let x = 1; x <= 8; x <<= 1)
    for (let y = 1; y <= 8; y <<= 1) {
      if (!(xa & x) || !(xb & y)) continue;
      const pair = x | y;
      if (pair === 4) r |= ZERO;
      else if (pair === 8 || pair === 12) r |= POS;
      else if (pair === 9) r |= ZERO | POS; // -1 + an integer >= 1
      else if (pair === 5) r |= NEG; // -1 + 0
      else if (pair === 10) ((r |= NEG | ZERO | POS), (negOnlyM1 = false));
      else ((r |= NEG), (negOnlyM1 = false)); // two negatives, or a negative other than -1 plus 0
    }
  const res = withWidth(r, Math.max(widthOf(a), widthOf(b)) + 1);
  return res & NEG && negOnlyM1 && exact ? res | M1 : res;
}

function mul(a: number, b: number): number {
  if (!a || !b) return 0;
  let r = (a | b) & NONINT;
  if ((a & POS && b & POS) || (a & NEG && b & NEG)) r |= POS;
  if ((a & POS && b & NEG) || (a & NEG && b & POS)) r |= NEG;
  if (a & ZERO || b & ZERO) r |= ZERO;
  return withWidth(r, widthOf(a) + widthOf(b));
}

/** JavaScript's %: NaN for a zero divisor, the dividend's sign otherwise. */
function mod(a: number, b: number): number {
  if (!a || !b) return 0;
  if ((a | b) & NONINT || b & ZERO) return TOP;
  return withWidth((a & (NEG | POS)) | ZERO, Math.min(widthOf(a), widthOf(b)));
}

/** A non-negative integer below 2**31: unchanged by JavaScript's 32-bit conversion. */
const isUint31 = (a: number): boolean => !(a & (NONINT | NEG)) && a >> W <= 31;

function binaryBits(op: ts.SyntaxKind, a: number, b: number): number {
  switch (op) {
    case K.PlusToken:
    case K.PlusEqualsToken:
      return add(a, b);
    case K.MinusToken:
    case K.MinusEqualsToken:
      return add(a, negate(b));
    case K.AsteriskToken:
    case K.AsteriskEqualsToken:
      return mul(a, b);
    case K.PercentToken:
    case K.PercentEqualsToken:
      return mod(a, b);
    case K.AsteriskAsteriskToken:
    case K.AsteriskAsteriskEqualsToken:
      // int ** int is an int when the exponent cannot be negative
      if (!a || !b) return 0;
      if ((a | b) & NONINT || b & NEG) return TOP;
      return a & NEG ? INT : withWidth(POS | (a & ZERO), WMAX);
    case K.AmpersandToken:
    case K.AmpersandEqualsToken:
      // a mask below 2**31 keeps the result within it, whatever the other side
      if (isUint31(a) || isUint31(b)) return withWidth(ZERO | POS, Math.min(isUint31(a) ? a >> W : 31, isUint31(b) ? b >> W : 31));
      return INT32;
    case K.GreaterThanGreaterThanToken:
    case K.GreaterThanGreaterThanEqualsToken:
      return isUint31(a) ? a : INT32;
    case K.GreaterThanGreaterThanGreaterThanToken:
    case K.GreaterThanGreaterThanGreaterThanEqualsToken:
      return isUint31(a) ? a : withWidth(ZERO | POS, 32);
    case K.BarToken:
    case K.BarEqualsToken:
    case K.CaretToken:
    case K.CaretEqualsToken:
      if (isUint31(a) && isUint31(b)) return withWidth(ZERO | POS, Math.max(a >> W, b >> W));
      return INT32;
    case K.LessThanLessThanToken:
    case K.LessThanLessThanEqualsToken:
      return INT32;
    case K.AmpersandAmpersandToken:
    case K.AmpersandAmpersandEqualsToken:
    case K.BarBarToken:
    case K.BarBarEqualsToken:
    case K.QuestionQuestionToken:
    case K.QuestionQuestionEqualsToken:
      return join(a, b);
    case K.CommaToken:
    case K.EqualsToken:
      return b;
    default:
      return TOP;
  }
}

const arithmetic = new Set([K.PlusToken, K.MinusToken, K.AsteriskToken, K.PercentToken]);
const arrayCallbacks = new Set(["forEach", "map", "filter", "some", "every", "find", "findIndex", "findLast", "findLastIndex", "sort"]);
const sameArray = new Set(["slice", "filter", "concat", "sort", "reverse", "splice", "fill", "toSorted", "toReversed"]);
const roundings = new Set(["Math.floor", "Math.ceil", "Math.round", "Math.trunc"]);

/** A Map (its values are the elements the analysis tracks) or a Set (its elements). */
function keyedKind(t: ts.Type): "map" | "set" | undefined {
  return T.isMapType(t) ? "map" : T.isSetType(t) ? "set" : undefined;
}

const isUndefinedOrNull = (e: ts.Expression) => e.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e) && e.text === "undefined");

function skip(node: ts.Expression): ts.Expression {
  while (
    ts.isParenthesizedExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && node.type.kind !== K.AnyKeyword)
  )
    node = node.expression;
  return node;
}

function isFunctionWithBody(n: ts.Node | undefined): n is ts.FunctionLikeDeclaration {
  return (
    !!n &&
    (ts.isFunctionDeclaration(n) ||
      ts.isFunctionExpression(n) ||
      ts.isArrowFunction(n) ||
      ts.isMethodDeclaration(n) ||
      ts.isConstructorDeclaration(n) ||
      ts.isGetAccessorDeclaration(n) ||
      ts.isSetAccessorDeclaration(n)) &&
    !!n.body
  );
}

/** The declared name of a property or method (`x`, `"x"`), if it has one. */
function memberName(name: ts.PropertyName | ts.BindingName | ts.MemberName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  return undefined;
}

/** A class method, accessor or object-literal method: calls reach it by name, so its facts are shared by name. */
function isMethodLike(n: ts.Node): n is ts.MethodDeclaration | ts.MethodSignature {
  return ts.isMethodDeclaration(n) || ts.isMethodSignature(n);
}

export class NumericFacts {
  private readonly slots = new Map<ts.Node | string, Slot>();
  private readonly classes = new Map<ts.Node | string, ArrayClass>();
  private readonly exprClasses = new Map<ts.Node, ArrayClass>();
  private readonly constraints: Constraint[] = [];
  private readonly inScope: Set<ts.SourceFile>;
  private readonly escaped = new Set<ts.Node>();
  private readonly escapedMethods = new Set<string>();
  private readonly handledFunctions = new Set<ts.Node>();
  private readonly imported = new Set<ts.SourceFile>();
  private readonly topClass = new ArrayClass();
  private current: Constraint | undefined;
  private final = false;
  private readonly memo = new Map<ts.Node, number>();
  private readonly tainted = new Set<ts.Type>();
  private readonly types = new Map<ts.Node, ts.Type>();
  private readonly guards = new Map<ts.Node, Guard>();
  /** Variables and parameters written after their declaration (sign guards do not narrow them). */
  private readonly reassigned = new Set<ts.Node>();

  constructor(
    private readonly checker: ts.TypeChecker,
    files: readonly ts.SourceFile[],
  ) {
    this.topClass.top = true;
    this.topClass.elems.bits = TOP;
    this.inScope = new Set(files);
    for (const f of files) this.scan(f);
    this.escapeEntryExports(files);
    this.solve();
    this.final = true;
  }

  /** The facts of `node`'s number (bits of NONINT, NEG, ZERO, POS; 0 for code that never runs). */
  bits(node: ts.Expression): number {
    return this.ev(node);
  }

  /**
   * The arrays `node` may evaluate to: their alias class (an identity shared by every array
   * expression that may hold the same array) and the facts of every value stored in them (byte-arrays.ts).
   */
  arrayClass(node: ts.Expression): { id: object; elements: number } {
    const c = this.find(this.classOf(node));
    return { id: c, elements: c.top ? TOP : c.elems.bits };
  }

  // ---- slots -------------------------------------------------------------

  private slot(key: ts.Node | string): Slot {
    let s = this.slots.get(key);
    if (!s) this.slots.set(key, (s = new Slot()));
    return s;
  }

  private read(s: Slot): number {
    if (this.current) s.readers.add(this.current);
    return s.bits;
  }

  private typeAt(node: ts.Node): ts.Type {
    let t = this.types.get(node);
    if (!t) this.types.set(node, (t = this.checker.getTypeAtLocation(node)));
    return t;
  }

  /** The slot of a variable or parameter declaration (a method's parameter: shared by every method of that name). */
  private declSlot(decl: ts.Node): Slot {
    return this.slot(this.declKey(decl));
  }

  private declKey(decl: ts.Node): ts.Node | string {
    if (ts.isParameter(decl) && (isMethodLike(decl.parent) || ts.isConstructorDeclaration(decl.parent))) {
      const m = decl.parent;
      const name = ts.isConstructorDeclaration(m) ? undefined : memberName(m.name);
      if (name !== undefined) return `${name}#${m.parameters.indexOf(decl)}`;
    }
    return decl;
  }

  private propSlot(name: string): Slot {
    return this.slot("." + name);
  }

  private returnSlot(fn: ts.Node): Slot {
    return this.slot(this.returnKey(fn));
  }

  private returnKey(fn: ts.Node): ts.Node | string {
    if (isMethodLike(fn)) {
      const name = memberName(fn.name);
      if (name !== undefined) return `${name}()`;
    }
    if ((ts.isGetAccessorDeclaration(fn) || ts.isSetAccessorDeclaration(fn)) && memberName(fn.name) !== undefined)
      return "." + memberName(fn.name)!;
    return fn;
  }

  private constrain(target: () => Slot, value: () => number): void {
    this.constraints.push({ target, value });
  }

  private setTop(s: Slot): void {
    this.constrain(
      () => s,
      () => TOP,
    );
  }

  // ---- array classes -----------------------------------------------------

  private find(c: ArrayClass): ArrayClass {
    while (c.parent) {
      if (c.parent.parent) c.parent = c.parent.parent;
      c = c.parent;
    }
    return c;
  }

  private classOfKey(key: ts.Node | string): ArrayClass {
    let c = this.classes.get(key);
    if (!c) this.classes.set(key, (c = new ArrayClass()));
    return c;
  }

  private child(c: ArrayClass): ArrayClass {
    c = this.find(c);
    if (!c.child) {
      c.child = new ArrayClass();
      if (c.top) this.markTop(c.child);
    }
    return c.child;
  }

  private markTop(c: ArrayClass): void {
    for (let r: ArrayClass | undefined = this.find(c); r && !r.top; r = r.child && this.find(r.child)) {
      r.top = true;
      r.elems.bits = TOP;
    }
  }

  private unify(a: ArrayClass, b: ArrayClass): void {
    const pairs: [ArrayClass, ArrayClass][] = [[a, b]];
    while (pairs.length) {
      let [x, y] = pairs.pop()!;
      x = this.find(x);
      y = this.find(y);
      if (x === y) continue;
      y.parent = x;
      x.elems.bits = join(x.elems.bits, y.elems.bits);
      for (const r of y.elems.readers) x.elems.readers.add(r);
      const top = x.top || y.top;
      if (x.child && y.child) pairs.push([x.child, y.child]);
      else x.child = x.child ?? y.child;
      if (top) this.markTop(x);
    }
  }

  private elemSlot(c: ArrayClass): Slot {
    return this.find(c).elems;
  }

  /** The class of the array `node` evaluates to (the top class when unknown). */
  private classOf(node: ts.Expression): ArrayClass {
    node = skip(node);
    let c = this.exprClasses.get(node);
    if (c) return c;
    c = this.computeClass(node);
    this.exprClasses.set(node, c);
    return c;
  }

  private computeClass(node: ts.Expression): ArrayClass {
    if (ts.isArrayLiteralExpression(node)) return new ArrayClass(); // elements: scan() records them
    if (ts.isIdentifier(node)) {
      const decl = this.declarationOf(node);
      if (decl && this.isLocalBinding(decl)) return this.classOfKey(this.declKey(decl));
      return this.topClass;
    }
    if (ts.isPropertyAccessExpression(node)) {
      const decl = this.declarationOf(node.name);
      return decl && this.inScope.has(decl.getSourceFile()) && !decl.getSourceFile().isDeclarationFile
        ? this.classOfKey("." + node.name.text)
        : this.topClass;
    }
    if (ts.isElementAccessExpression(node)) {
      return T.isArray(this.checker, this.typeAt(node.expression)) ? this.child(this.classOf(node.expression)) : this.topClass;
    }
    if (ts.isConditionalExpression(node)) {
      const c = this.classOf(node.whenTrue);
      this.unify(c, this.classOf(node.whenFalse));
      return c;
    }
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === K.EqualsToken || op === K.CommaToken) return this.classOf(node.right);
      if (op === K.BarBarToken || op === K.QuestionQuestionToken || op === K.AmpersandAmpersandToken) {
        const c = this.classOf(node.left);
        this.unify(c, this.classOf(node.right));
        return c;
      }
      return this.topClass;
    }
    if (ts.isAwaitExpression(node)) return this.classOf(node.expression);
    if (ts.isNewExpression(node) || ts.isCallExpression(node)) return this.callClass(node);
    return this.topClass;
  }

  private callClass(node: ts.CallExpression | ts.NewExpression): ArrayClass {
    const callee = skip(node.expression);
    const args = node.arguments ?? ts.factory.createNodeArray();
    // new Array(n) has holes (undefined) until filled: only `new Array(n).fill(v)` is known
    if (ts.isIdentifier(callee) && callee.text === "Array") {
      const parent = node.parent;
      const filled =
        ts.isPropertyAccessExpression(parent) && parent.name.text === "fill" && ts.isCallExpression(parent.parent) && parent.parent.expression === parent;
      if (filled || args.length === 0) return new ArrayClass();
      if (args.length === 1 && T.isNumber(this.typeAt(args[0]))) return this.topClass;
      const c = new ArrayClass();
      for (const a of args) this.constrain(() => this.elemSlot(c), () => this.ev(a));
      return c;
    }
    if (ts.isNewExpression(node)) {
      // a Map or Set made empty: its values are what set()/add() give it; `new Set(xs)` starts with xs's elements
      const kind = keyedKind(this.typeAt(node));
      if (!kind || !ts.isIdentifier(callee) || (args.length > 0 && kind === "map")) return this.topClass;
      const c = new ArrayClass();
      if (args[0] && !isUndefinedOrNull(args[0])) this.unify(c, this.iterClass(args[0]));
      return c;
    }
    if (ts.isPropertyAccessExpression(callee) && keyedKind(this.typeAt(callee.expression))) {
      const kind = keyedKind(this.typeAt(callee.expression));
      const name = callee.name.text;
      const c = this.classOf(callee.expression);
      if (name === "set" || name === "add") return c; // the collection itself
      if (kind === "map" && name === "get") return this.child(c);
      return this.topClass;
    }
    if (ts.isPropertyAccessExpression(callee) && T.isArray(this.checker, this.typeAt(callee.expression), true)) {
      const name = callee.name.text;
      if (sameArray.has(name)) {
        const c = this.classOf(callee.expression);
        if (name === "concat") for (const a of args) this.unify(c, T.isArray(this.checker, this.typeAt(a)) ? this.classOf(a) : c);
        return c;
      }
      if (name === "map" && args[0]) {
        const fn = this.functionOf(args[0]);
        const c = new ArrayClass();
        if (fn) this.constrain(() => this.elemSlot(c), () => this.read(this.returnSlot(fn)));
        else this.markTop(c);
        return c;
      }
      return this.topClass;
    }
    if (ts.isPropertyAccessExpression(callee) && callee.expression.getText() === "Array" && callee.name.text === "from") {
      if (args.length === 2) {
        const fn = this.functionOf(args[1]);
        const c = new ArrayClass();
        if (fn) this.constrain(() => this.elemSlot(c), () => this.read(this.returnSlot(fn)));
        else this.markTop(c);
        return c;
      }
      if (args.length === 1 && !ts.isSpreadElement(args[0])) {
        const c = new ArrayClass();
        this.unify(c, this.iterClass(args[0]));
        return c;
      }
      return this.topClass;
    }
    const decl = this.calledDeclaration(node);
    if (decl) return this.classOfKey(this.returnKey(decl));
    return this.topClass;
  }

  /**
   * The class whose elements iterating `node` gives: an array's or a Set's elements, the
   * values of `map.values()` (a Map holds its values as elements); the top class for
   * anything else (a Map's or `entries()`'s [key, value] pairs, keys, strings, generators).
   */
  private iterClass(node: ts.Expression): ArrayClass {
    const e = skip(node);
    const t = this.typeAt(e);
    if (T.isArray(this.checker, t) || keyedKind(t) === "set") return this.classOf(e);
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.arguments.length === 0) {
      const kind = keyedKind(this.typeAt(e.expression.expression));
      const name = e.expression.name.text;
      if ((kind === "map" && name === "values") || (kind === "set" && (name === "values" || name === "keys")))
        return this.classOf(e.expression.expression);
    }
    return this.topClass;
  }

  /** An inline function expression given as a callback, or undefined. */
  private functionOf(node: ts.Expression): ts.FunctionLikeDeclaration | undefined {
    node = skip(node);
    return ts.isArrowFunction(node) || ts.isFunctionExpression(node) ? node : undefined;
  }

  // ---- declarations ------------------------------------------------------

  private declarationOf(id: ts.Node): ts.Declaration | undefined {
    let sym = this.checker.getSymbolAtLocation(id);
    if (sym && sym.flags & ts.SymbolFlags.Alias) sym = this.checker.getAliasedSymbol(sym);
    return sym?.valueDeclaration ?? sym?.declarations?.[0];
  }

  /** A variable or parameter of the program's own code (not a declaration file's). */
  private isLocalBinding(decl: ts.Node): decl is ts.VariableDeclaration | ts.ParameterDeclaration {
    return (
      (ts.isVariableDeclaration(decl) || ts.isParameter(decl)) &&
      ts.isIdentifier(decl.name) &&
      this.inScope.has(decl.getSourceFile()) &&
      !decl.getSourceFile().isDeclarationFile &&
      // `declare const x: number` in a source file: set outside the program, like a typing's
      !(ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Ambient)
    );
  }

  /** The function of the program a call reaches (by the checker's signature), or undefined. */
  private calledDeclaration(node: ts.CallExpression | ts.NewExpression): ts.FunctionLikeDeclaration | undefined {
    const decl = this.checker.getResolvedSignature(node)?.getDeclaration();
    if (!isFunctionWithBody(decl) || !this.inScope.has(decl.getSourceFile())) return undefined;
    return decl;
  }

  /** `int` or `uint` (python.d.ts) as a declared type in the typings. */
  private typingBits(type: ts.TypeNode | undefined): number {
    if (!type) return TOP;
    if (ts.isUnionTypeNode(type)) {
      let r = 0;
      for (const t of type.types) {
        if (ts.isLiteralTypeNode(t) && (t.literal.kind === K.NullKeyword || t.literal.kind === K.UndefinedKeyword)) continue;
        if (ts.isLiteralTypeNode(t) && ts.isNumericLiteral(t.literal)) r = join(r, literalBits(Number(t.literal.text)));
        else r = join(r, this.typingBits(t));
      }
      return r || TOP;
    }
    if (ts.isLiteralTypeNode(type) && ts.isNumericLiteral(type.literal)) return literalBits(Number(type.literal.text));
    if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
      const name = type.typeName.text;
      if (name === "int" || name === "uint") {
        const sym = this.checker.getSymbolAtLocation(type.typeName);
        const d = sym?.declarations?.[0];
        if (d && /\/runtime-typings\/python\.d\.ts$/.test(d.getSourceFile().fileName)) return name === "int" ? INT : UINT;
      }
    }
    return TOP;
  }

  // ---- evaluation --------------------------------------------------------

  private ev(start: ts.Expression): number {
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
        r = op === K.PlusToken && !T.isNumber(this.typeAt(l)) ? TOP : binaryBits(op, r, right);
        if (this.final) this.memo.set(l, r);
      }
      return r;
    }
    r = this.evNode(node);
    if (this.final) this.memo.set(node, r);
    return r;
  }

  private evNode(node: ts.Expression): number {
    if (ts.isNumericLiteral(node)) return literalBits(Number(node.text));
    if (ts.isPrefixUnaryExpression(node)) {
      switch (node.operator) {
        case K.MinusToken: {
          const inner = skip(node.operand);
          // -0 is a float (an int has no negative zero)
          if (ts.isNumericLiteral(inner) && Number(inner.text) === 0) return TOP;
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
      if (op === K.SlashToken || op === K.SlashEqualsToken) return TOP;
      if (op === K.EqualsToken || op === K.CommaToken) return this.ev(node.right);
      if (op === K.PlusEqualsToken && !T.isNumber(this.typeAt(node))) return TOP;
      const a = this.ev(node.left);
      const count = skip(node.right);
      // a shift by a literal: `byte << 8` of a byte needs 16 bits
      if (ts.isNumericLiteral(count) && isUint31(a)) {
        const n = Number(count.text) & 31;
        if ((op === K.LessThanLessThanToken || op === K.LessThanLessThanEqualsToken) && (a >> W) + n <= 31) return withWidth(a, (a >> W) + n);
        if (op === K.GreaterThanGreaterThanToken || op === K.GreaterThanGreaterThanGreaterThanToken || op === K.GreaterThanGreaterThanEqualsToken || op === K.GreaterThanGreaterThanGreaterThanEqualsToken)
          return withWidth(a | ZERO, (a >> W) - n);
      }
      return binaryBits(op, a, this.ev(node.right));
    }
    if (ts.isConditionalExpression(node)) return join(this.ev(node.whenTrue), this.ev(node.whenFalse));
    if (ts.isAwaitExpression(node)) return this.ev(node.expression);
    if (ts.isIdentifier(node)) return this.identifierBits(node);
    if (ts.isPropertyAccessExpression(node)) return this.propertyBits(node);
    if (ts.isElementAccessExpression(node)) {
      const t = this.typeAt(node.expression);
      if (T.isBoardSequence(this.checker, t)) return withWidth(UINT, 8); // a byte
      if (T.isArray(this.checker, t)) return this.read(this.elemSlot(this.classOf(node.expression)));
      return TOP;
    }
    if (ts.isCallExpression(node)) return this.callBits(node);
    return TOP;
  }

  private enumBits(decl: ts.Node): number {
    if (!ts.isEnumMember(decl)) return TOP;
    const v = this.checker.getConstantValue(decl);
    return typeof v === "number" ? literalBits(v) : TOP;
  }

  private identifierBits(node: ts.Identifier): number {
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
  private narrowed(use: ts.Identifier, decl: ts.Node, bits: number): number {
    if (!(bits & NEG)) return bits;
    const list = decl.parent;
    const fixed =
      (ts.isVariableDeclaration(decl) &&
        ts.isVariableDeclarationList(list) &&
        (list.flags & ts.NodeFlags.Const || (list.flags & ts.NodeFlags.Let && !this.reassigned.has(decl)))) ||
      (ts.isParameter(decl) && !this.reassigned.has(decl));
    if (!fixed) return bits;
    let g = this.guards.get(use);
    if (g === undefined) this.guards.set(use, (g = guardAt(use, (id) => this.declarationOf(id) === decl)));
    if (g === Guard.None || (g === Guard.NotMinusOne && !onlyMinusOne(bits)) || (g === Guard.NonNegativeInt && bits & NONINT)) return bits;
    return bits & ~(NEG | M1 | (g === Guard.Positive ? ZERO : 0));
  }

  private propertyBits(node: ts.PropertyAccessExpression): number {
    const name = node.name.text;
    if (name === "length" || name === "size") {
      const recv = this.typeAt(node.expression);
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

  private callBits(node: ts.CallExpression): number {
    const callee = skip(node.expression);
    const args = node.arguments;
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
        return withWidth((a & (NEG | POS)) | ZERO, widthOf(a));
      }
      if (text === "Math.abs") return a & NONINT ? TOP : withWidth((a & NEG ? POS : 0) | (a & (POS | ZERO)), a >> W);
      if (text === "Math.sign") return a & NONINT ? TOP : withWidth(a, 1);
      if ((text === "Math.max" || text === "Math.min") && args.length > 0 && !args.some(ts.isSpreadElement)) {
        let r = 0;
        for (const x of args) r = join(r, this.ev(x));
        return r;
      }
      return TOP;
    }
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === "get" && keyedKind(this.typeAt(callee.expression)) === "map")
      return this.read(this.elemSlot(this.classOf(callee.expression)));
    if (ts.isPropertyAccessExpression(callee)) {
      const name = callee.name.text;
      const recv = this.typeAt(callee.expression);
      const stringOrArray = T.isString(recv, true) || T.isArray(this.checker, recv, true);
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

  // ---- the walk ----------------------------------------------------------

  private scan(file: ts.SourceFile): void {
    walkWith<ts.Node | undefined>(file, undefined, (n, fn) => {
      this.visit(n, fn);
      return { step: undefined, next: isFunctionWithBody(n) ? n : fn };
    });
  }

  private visit(n: ts.Node, fn: ts.Node | undefined): void {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) {
      const spec = n.moduleSpecifier;
      const sym = spec && this.checker.getSymbolAtLocation(spec);
      const d = sym?.valueDeclaration;
      if (d && ts.isSourceFile(d)) this.imported.add(d);
      return;
    }
    if (ts.isVariableDeclaration(n)) return this.visitVariable(n);
    if (ts.isParameter(n)) return this.visitParameter(n);
    if (ts.isBinaryExpression(n)) return this.visitBinary(n);
    if (ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) {
      if (n.operator === K.PlusPlusToken || n.operator === K.MinusMinusToken) {
        const step = n.operator === K.PlusPlusToken ? POS : NEG;
        this.assign(n.operand, () => add(this.ev(n.operand), step));
      }
      return;
    }
    if (ts.isCallExpression(n) || ts.isNewExpression(n)) return this.visitCall(n);
    if (ts.isReturnStatement(n) && n.expression && fn) return this.flowReturn(fn, n.expression);
    if (ts.isArrowFunction(n) || ts.isFunctionExpression(n)) {
      // a function not named by a variable nor given to an array method: called from where the analysis cannot follow
      const up = skipUp(n);
      if (!(ts.isVariableDeclaration(up.parent) && up.parent.initializer === up) && !this.handledFunctions.has(n)) this.escaped.add(n);
      if (ts.isArrowFunction(n) && !ts.isBlock(n.body)) this.flowReturn(n, n.body);
      return;
    }
    if (ts.isArrayLiteralExpression(n)) {
      const c = this.classOf(n);
      for (const e of n.elements) {
        if (ts.isOmittedExpression(e)) this.markTop(c);
        else if (ts.isSpreadElement(e)) this.unify(c, this.iterClass(e.expression));
        else this.flowElement(c, e);
      }
      return;
    }
    if (ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n)) {
      const name = memberName(n.name);
      const value = ts.isPropertyAssignment(n) ? n.initializer : n.name;
      if (name === undefined) return;
      this.taintIfAny(value);
      if (ts.isShorthandPropertyAssignment(n)) {
        const vd = this.checker.getShorthandAssignmentValueSymbol(n)?.valueDeclaration;
        if (vd && this.isLocalBinding(vd)) {
          const s = this.declSlot(vd);
          this.constrain(() => this.propSlot(name), () => this.read(s));
          this.unify(this.classOfKey("." + name), this.classOfKey(this.declKey(vd)));
        } else {
          this.setTop(this.propSlot(name));
          this.markTop(this.classOfKey("." + name));
        }
      } else {
        this.constrain(() => this.propSlot(name), () => this.ev(value));
        this.unify(this.classOfKey("." + name), this.classOf(value));
      }
      return;
    }
    if (ts.isPropertyDeclaration(n)) {
      const name = memberName(n.name);
      if (name === undefined || !n.initializer) return;
      const init = n.initializer;
      this.constrain(() => this.propSlot(name), () => this.ev(init));
      this.unify(this.classOfKey("." + name), this.classOf(init));
      return;
    }
    if (ts.isForOfStatement(n)) return this.visitForOf(n);
    if (ts.isForInStatement(n)) {
      if (!ts.isVariableDeclarationList(n.initializer)) this.assign(n.initializer, () => TOP);
      return;
    }
    if (ts.isCatchClause(n) && n.variableDeclaration) {
      this.bindTop(n.variableDeclaration.name);
      return;
    }
    if ((ts.isAsExpression(n) || ts.isTypeAssertionExpression(n)) && T.isAnyLike(this.typeAt(n))) this.escapeToAny(n.expression);
    if ((ts.isAsExpression(n) || ts.isTypeAssertionExpression(n)) && T.isAnyLike(this.typeAt(n.expression))) {
      this.taint(this.typeAt(n));
      return;
    }
    if (ts.isClassDeclaration(n) || ts.isClassExpression(n)) return this.visitClass(n);
    if (ts.isIdentifier(n)) return this.visitReference(n);
  }

  private visitVariable(n: ts.VariableDeclaration): void {
    const list = n.parent;
    // for (const x of xs) / for (const k in o): visited with the loop
    if (ts.isVariableDeclarationList(list) && (ts.isForOfStatement(list.parent) || ts.isForInStatement(list.parent))) {
      if (ts.isForInStatement(list.parent)) this.bindTop(n.name);
      return;
    }
    if (ts.isCatchClause(n.parent)) return;
    if (!ts.isIdentifier(n.name)) {
      this.bindTop(n.name);
      return;
    }
    if (!n.initializer) {
      // `var x;` read before any write is undefined; `let x: number;` cannot be read before a write
      if (ts.isVariableDeclarationList(list) && !(list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const))) this.setTop(this.declSlot(n));
      return;
    }
    const init = n.initializer;
    const s = this.declSlot(n);
    this.constrain(() => s, () => this.ev(init));
    this.unify(this.classOfKey(n), this.classOf(init));
    if (n.type && T.isAnyLike(this.typeAt(n))) this.escapeToAny(init);
    if (n.type) this.taintIfAny(init);
  }

  private visitParameter(n: ts.ParameterDeclaration): void {
    if (!ts.isIdentifier(n.name)) {
      this.bindTop(n.name);
      return;
    }
    const s = this.declSlot(n);
    const c = this.classOfKey(this.declKey(n));
    if (n.dotDotDotToken) {
      this.setTop(s);
      this.markTop(c);
      return;
    }
    if (n.initializer) {
      const init = n.initializer;
      this.constrain(() => s, () => this.ev(init));
      this.unify(c, this.classOf(init));
    }
    // a parameter property is also the property of that name
    if (ts.isConstructorDeclaration(n.parent) && ts.getModifiers(n)?.length) {
      const name = n.name.text;
      this.constrain(() => this.propSlot(name), () => this.read(s));
      this.unify(this.classOfKey("." + name), c);
    }
    // a setter's parameter gets what is assigned to the property
    if (ts.isSetAccessorDeclaration(n.parent) && memberName(n.parent.name) !== undefined) {
      const name = memberName(n.parent.name)!;
      this.constrain(() => s, () => this.read(this.propSlot(name)));
      this.unify(this.classOfKey("." + name), c);
    }
    // an untyped callback parameter `(x) => ...` of a function that is not a handled array callback is decided by escape()
  }

  private bindTop(name: ts.BindingName): void {
    if (ts.isIdentifier(name)) {
      const d = name.parent;
      this.setTop(this.declSlot(d));
      this.markTop(this.classOfKey(this.declKey(d)));
      return;
    }
    for (const e of name.elements) if (!ts.isOmittedExpression(e)) this.bindTop(e.name);
  }

  private visitBinary(n: ts.BinaryExpression): void {
    const op = n.operatorToken.kind;
    if (op === K.EqualsToken) {
      const left = skip(n.left);
      if (ts.isArrayLiteralExpression(left) || ts.isObjectLiteralExpression(left)) return this.destructure(left, n.right);
      this.assign(n.left, () => this.ev(n.right));
      this.assignClass(n.left, n.right);
      if (T.isAnyLike(this.typeAt(n.left))) this.escapeToAny(n.right);
      this.taintIfAny(n.right);
      return;
    }
    if (op >= K.FirstCompoundAssignment && op <= K.LastCompoundAssignment) {
      this.assign(n.left, () => this.ev(n));
      if (op === K.BarBarEqualsToken || op === K.QuestionQuestionEqualsToken || op === K.AmpersandAmpersandEqualsToken)
        this.assignClass(n.left, n.right);
    }
  }

  /** `[a, b] = [b, a]` pairs its elements; any other destructuring assignment gives up on its targets. */
  private destructure(pattern: ts.ArrayLiteralExpression | ts.ObjectLiteralExpression, value: ts.Expression): void {
    const v = skip(value);
    if (
      ts.isArrayLiteralExpression(pattern) &&
      ts.isArrayLiteralExpression(v) &&
      v.elements.length === pattern.elements.length &&
      ![...pattern.elements, ...v.elements].some((e) => ts.isSpreadElement(e) || ts.isOmittedExpression(e) || ts.isBinaryExpression(e))
    ) {
      pattern.elements.forEach((target, i) => {
        const src = v.elements[i];
        this.assign(target, () => this.ev(src));
        this.assignClass(target, src);
      });
      return;
    }
    const targets: ts.Expression[] = [];
    const collect = (p: ts.Expression) => {
      p = skip(p);
      if (ts.isArrayLiteralExpression(p)) p.elements.forEach((e) => collect(ts.isSpreadElement(e) ? e.expression : e));
      else if (ts.isObjectLiteralExpression(p))
        p.properties.forEach((q) => {
          if (ts.isPropertyAssignment(q)) collect(q.initializer);
          else if (ts.isShorthandPropertyAssignment(q)) collect(q.name);
          else if (ts.isSpreadAssignment(q)) collect(q.expression);
        });
      else if (ts.isBinaryExpression(p) && p.operatorToken.kind === K.EqualsToken) collect(p.left);
      else if (!ts.isOmittedExpression(p)) targets.push(p);
    };
    collect(pattern);
    for (const t of targets) {
      this.assign(t, () => TOP);
      this.assignClass(t, undefined);
    }
  }

  /** Record that `target` (a variable, property or element) is given the value `value()`. */
  private assign(target: ts.Expression, value: () => number): void {
    target = skip(target);
    if (ts.isIdentifier(target)) {
      const decl = this.declarationOf(target);
      if (decl && this.isLocalBinding(decl)) {
        this.reassigned.add(decl);
        const s = this.declSlot(decl);
        this.constrain(() => s, value);
      }
      return;
    }
    if (ts.isPropertyAccessExpression(target)) {
      const name = target.name.text;
      this.constrain(() => this.propSlot(name), value);
      return;
    }
    if (ts.isElementAccessExpression(target)) {
      const t = this.typeAt(target.expression);
      if (T.isArray(this.checker, t)) {
        const c = this.classOf(target.expression);
        this.constrain(() => this.elemSlot(c), value);
        return;
      }
      const key = skip(target.argumentExpression);
      if (ts.isStringLiteral(key) || ts.isNoSubstitutionTemplateLiteral(key)) {
        const name = key.text;
        this.constrain(() => this.propSlot(name), value);
        return;
      }
      // a property named at run time: every property this object's type has may change
      if (!T.isMapType(t) && !T.isBoardSequence(this.checker, t)) this.taint(t);
    }
  }

  /** The array class side of an assignment (`value` undefined: unknown). */
  private assignClass(target: ts.Expression, value: ts.Expression | undefined): void {
    target = skip(target);
    const src = value ? this.classOf(value) : this.topClass;
    if (ts.isIdentifier(target)) {
      const decl = this.declarationOf(target);
      if (decl && this.isLocalBinding(decl)) this.unify(this.classOfKey(this.declKey(decl)), src);
    } else if (ts.isPropertyAccessExpression(target)) this.unify(this.classOfKey("." + target.name.text), src);
    else if (ts.isElementAccessExpression(target)) {
      const t = this.typeAt(target.expression);
      if (T.isArray(this.checker, t)) this.unify(this.child(this.classOf(target.expression)), src);
      else {
        const key = skip(target.argumentExpression);
        if (ts.isStringLiteral(key)) this.unify(this.classOfKey("." + key.text), src);
      }
    }
  }

  private flowElement(c: ArrayClass, e: ts.Expression): void {
    this.constrain(() => this.elemSlot(c), () => this.ev(e));
    if (this.isCollection(this.typeAt(e))) this.unify(this.child(c), this.classOf(e));
    this.taintIfAny(e);
  }

  private flowReturn(fn: ts.Node, e: ts.Expression): void {
    const key = this.returnKey(fn);
    const s = this.slot(key);
    this.constrain(() => s, () => this.ev(e));
    this.unify(this.classOfKey(key), this.classOf(e));
    this.taintIfAny(e);
  }

  private visitForOf(n: ts.ForOfStatement): void {
    const c = this.iterClass(n.expression);
    const pairs = this.entriesClass(n.expression);
    const bind = (target: ts.Expression | ts.BindingName) => {
      if (pairs && ts.isArrayBindingPattern(target)) this.bindEntry(target, pairs);
      else if (ts.isIdentifier(target)) {
        this.assign(target, () => this.read(this.elemSlot(c)));
        this.assignClassFrom(target, this.child(c));
      } else if (ts.isArrayBindingPattern(target) || ts.isObjectBindingPattern(target)) this.bindTop(target);
      else this.destructure(target as ts.ArrayLiteralExpression, n.expression);
    };
    if (ts.isVariableDeclarationList(n.initializer)) for (const d of n.initializer.declarations) bind(d.name);
    else if (ts.isIdentifier(skip(n.initializer)) || ts.isPropertyAccessExpression(skip(n.initializer)) || ts.isElementAccessExpression(skip(n.initializer))) {
      const target = n.initializer;
      this.assign(target, () => this.read(this.elemSlot(c)));
      this.assignClass(target, undefined);
    } else {
      this.assign(n.initializer, () => TOP);
      this.destructure(n.initializer as ts.ArrayLiteralExpression, n.expression);
    }
  }

  /** A Map, a Set or `.entries()` of one: the collection whose [key, value] pairs iterating gives. */
  private entriesClass(node: ts.Expression): { c: ArrayClass; set: boolean } | undefined {
    let e = skip(node);
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === "entries" && e.arguments.length === 0)
      e = e.expression.expression;
    const kind = keyedKind(this.typeAt(e));
    if (e === skip(node) && kind !== "map") return undefined; // a Set itself gives its elements
    return kind ? { c: this.classOf(e), set: kind === "set" } : undefined;
  }

  /** `const [key, value]` of a Map's entry: the value is an element (a Set's key too), the key anything. */
  private bindEntry(pattern: ts.ArrayBindingPattern, { c, set }: { c: ArrayClass; set: boolean }): void {
    pattern.elements.forEach((el, i) => {
      if (ts.isOmittedExpression(el)) return;
      if (i > 1 || el.dotDotDotToken || !ts.isIdentifier(el.name) || (i === 0 && !set)) return this.bindTop(el.name);
      const s = this.declSlot(el);
      this.constrain(() => s, () => this.read(this.elemSlot(c)));
      this.unify(this.classOfKey(el), this.child(c));
    });
  }

  private assignClassFrom(id: ts.Identifier, c: ArrayClass): void {
    const decl = this.declarationOf(id) ?? (ts.isVariableDeclaration(id.parent) ? id.parent : undefined);
    if (decl && this.isLocalBinding(decl)) this.unify(this.classOfKey(this.declKey(decl)), c);
  }

  private visitCall(n: ts.CallExpression | ts.NewExpression): void {
    const callee = skip(n.expression);
    const args = n.arguments ?? ts.factory.createNodeArray();
    for (const a of args) this.taintIfAny(a);
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(callee) && this.visitKeyedCall(n, callee)) return;
    // array mutation and callbacks
    // (an optional array too: `xs?.push(v)` writes when it runs)
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(callee) && T.isArray(this.checker, this.typeAt(callee.expression), true)) {
      const name = callee.name.text;
      const c = this.classOf(callee.expression);
      if (name === "push" || name === "unshift" || name === "splice" || name === "fill") {
        const added = name === "splice" ? args.slice(2) : name === "fill" ? args.slice(0, 1) : args;
        for (const a of added) {
          if (ts.isSpreadElement(a)) this.unify(c, this.iterClass(a.expression));
          else this.flowElement(c, a);
        }
      }
      if (arrayCallbacks.has(name) || name === "reduce" || name === "reduceRight") {
        const f = args[0] && this.functionOf(args[0]);
        if (f) {
          this.handledFunctions.add(f);
          const ps = f.parameters;
          if (name === "reduce" || name === "reduceRight") {
            // (accumulator, element, index): the accumulator is the initial value or an element, then what the callback returns
            if (ps[0]) {
              const acc = this.declSlot(ps[0]);
              const init = args[1];
              this.constrain(() => acc, () => (init ? this.ev(init) : this.read(this.elemSlot(c))));
              this.constrain(() => acc, () => this.read(this.returnSlot(f)));
              this.markTop(this.classOfKey(ps[0]));
            }
            if (ps[1]) this.flowParam(ps[1], () => this.read(this.elemSlot(c)), this.child(c));
            if (ps[2]) this.flowParam(ps[2], () => UINT, this.topClass);
            for (const p of ps.slice(3)) this.flowParam(p, () => TOP, this.topClass);
          } else {
            const sort = name === "sort";
            if (ps[0]) this.flowParam(ps[0], () => this.read(this.elemSlot(c)), this.child(c));
            if (ps[1]) this.flowParam(ps[1], sort ? () => this.read(this.elemSlot(c)) : () => UINT, sort ? this.child(c) : this.topClass);
            if (ps[2] && !sort) this.flowParam(ps[2], () => 0, c);
            for (const p of ps.slice(sort ? 2 : 3)) this.flowParam(p, () => TOP, this.topClass);
          }
        }
      }
      return;
    }
    const decl = this.calledDeclaration(n);
    if (!decl) {
      // a value the libraries make, typed as the program's own object type
      if (ts.isCallExpression(n) && !ts.isPropertyAccessExpression(callee)) {
        const t = this.typeAt(n);
        if (!T.isPrimitive(t)) this.taint(t);
      }
      return;
    }
    const params = decl.parameters;
    let spread = false;
    params.forEach((p, i) => {
      if (p.dotDotDotToken) return;
      const a = args[i];
      spread ||= !!a && ts.isSpreadElement(a);
      if (spread) return this.flowParam(p, () => TOP, this.topClass);
      if (!a) {
        if (!p.initializer) this.flowParam(p, () => TOP, this.topClass);
        return;
      }
      this.flowParam(p, () => this.ev(a), this.classOf(a));
      if (p.type && T.isAnyLike(this.checker.getTypeFromTypeNode(p.type)) && !ts.isSpreadElement(a)) this.escapeToAny(a);
    });
  }

  /** Map set() and Set add() write the collection's elements; forEach callbacks read them. */
  private visitKeyedCall(n: ts.CallExpression, callee: ts.PropertyAccessExpression): boolean {
    const t = this.typeAt(callee.expression);
    const kind = keyedKind(t);
    const name = callee.name.text;
    if (!kind) {
      // a union with a Map or Set in it: its writes are not followed
      if (/^(set|add)$/.test(name) && this.hasKeyedPart(t)) this.markTop(this.classOf(callee.expression));
      return false;
    }
    const args = n.arguments;
    const c = this.classOf(callee.expression);
    const value = kind === "map" ? (name === "set" ? args[1] : undefined) : name === "add" ? args[0] : undefined;
    if (value) {
      if (ts.isSpreadElement(value)) this.markTop(c);
      else this.flowElement(c, value);
    }
    if (name === "forEach") {
      const f = args[0] && this.functionOf(args[0]);
      if (f) {
        this.handledFunctions.add(f);
        // (value, key, collection); a Set's key is its value
        const [v, k, self, ...rest] = f.parameters;
        if (v) this.flowParam(v, () => this.read(this.elemSlot(c)), this.child(c));
        if (k) kind === "set" ? this.flowParam(k, () => this.read(this.elemSlot(c)), this.child(c)) : this.flowParam(k, () => TOP, this.topClass);
        if (self) this.flowParam(self, () => 0, c);
        for (const p of rest) this.flowParam(p, () => TOP, this.topClass);
      }
    }
    return true;
  }

  /** An array, Map or Set seen as `any` (`as any`, an any-typed variable or parameter): written where the analysis cannot see. */
  private escapeToAny(e: ts.Expression): void {
    if (this.isCollection(this.typeAt(e))) this.markTop(this.classOf(e));
  }

  private hasKeyedPart(t: ts.Type): boolean {
    return (t.isUnion() ? t.types : [t]).some((p) => keyedKind(p) !== undefined);
  }

  /** An array, Map or Set: values that carry an element class. */
  private isCollection(t: ts.Type): boolean {
    return T.isArray(this.checker, t) || keyedKind(t) !== undefined || this.hasKeyedPart(t);
  }

  private flowParam(p: ts.ParameterDeclaration, value: () => number, c: ArrayClass): void {
    if (!ts.isIdentifier(p.name)) return;
    const s = this.declSlot(p);
    this.constrain(() => s, value);
    this.unify(this.classOfKey(this.declKey(p)), c);
  }

  private visitClass(n: ts.ClassLikeDeclaration): void {
    // a class that extends or implements a declared (library or board) type: its methods may be called from there
    const external = n.heritageClauses?.some((h) =>
      h.types.some((t) => {
        const d = this.declarationOf(t.expression);
        return !d || d.getSourceFile().isDeclarationFile || !this.inScope.has(d.getSourceFile());
      }),
    );
    for (const m of n.members) {
      const name = m.name && memberName(m.name);
      if (name === undefined) continue;
      if (external || /^(toString|valueOf|toJSON|next|return|throw)$/.test(name)) this.escapedMethods.add(name);
    }
  }

  /** A function used other than by calling it: its parameters can be anything. */
  private visitReference(id: ts.Identifier): void {
    const parent = id.parent;
    // the name being declared, a property name, a type position
    if ((parent as { name?: ts.Node }).name === id && !ts.isPropertyAccessExpression(parent) && !ts.isShorthandPropertyAssignment(parent)) return;
    if (ts.isTypeReferenceNode(parent) || ts.isExpressionWithTypeArguments(parent) || ts.isTypeQueryNode(parent)) return;
    // the name of `o.m`: a method used as a value escapes by name
    if (ts.isPropertyAccessExpression(parent) && parent.name === id) {
      const call = skipUp(parent);
      if ((ts.isCallExpression(call.parent) && call.parent.expression === call) || ts.isNewExpression(call.parent)) return;
      const d = this.declarationOf(id);
      if (d && (ts.isMethodDeclaration(d) || ts.isMethodSignature(d)) && this.inScope.has(d.getSourceFile())) this.escapedMethods.add(id.text);
      return;
    }
    const up = skipUp(id);
    if ((ts.isCallExpression(up.parent) || ts.isNewExpression(up.parent)) && up.parent.expression === up) return;
    if (ts.isPropertyAccessExpression(up.parent) && up.parent.expression === up) return; // C.staticMember, f.name
    if (ts.isBinaryExpression(up.parent) && up.parent.operatorToken.kind === K.InstanceOfKeyword) return;
    if (ts.isTypeOfExpression(up.parent)) return;
    const d = this.declarationOf(id);
    if (!d || !this.inScope.has(d.getSourceFile())) return;
    if (ts.isFunctionDeclaration(d) || ts.isClassDeclaration(d)) this.escaped.add(d);
    else if (ts.isVariableDeclaration(d) && d.initializer) {
      const f = skip(d.initializer);
      if (ts.isArrowFunction(f) || ts.isFunctionExpression(f) || ts.isClassExpression(f)) this.escaped.add(f);
    }
  }

  /** Exports of the program's entry files (imported by no file of it) can be called from outside. */
  private escapeEntryExports(files: readonly ts.SourceFile[]): void {
    for (const f of files) {
      if (this.imported.has(f) || f.isDeclarationFile) continue;
      const sym = this.checker.getSymbolAtLocation(f);
      if (!sym) continue;
      for (const e of this.checker.getExportsOfModule(sym)) {
        let s = e;
        if (s.flags & ts.SymbolFlags.Alias) s = this.checker.getAliasedSymbol(s);
        const d = s.valueDeclaration;
        if (!d) continue;
        if (ts.isFunctionDeclaration(d) || ts.isClassDeclaration(d)) this.escaped.add(d);
        else if (ts.isVariableDeclaration(d) && d.initializer) this.escaped.add(skip(d.initializer));
      }
    }
  }

  // ---- giving up on values the analysis cannot see -----------------------

  private taintIfAny(e: ts.Expression): void {
    const s = skip(e);
    if (ts.isNumericLiteral(s) || ts.isStringLiteral(s) || ts.isArrowFunction(s) || ts.isFunctionExpression(s)) return;
    if (ts.isBinaryExpression(s) && s.operatorToken.kind !== K.EqualsToken && s.operatorToken.kind !== K.CommaToken) return;
    if (!T.isAnyLike(this.typeAt(e))) return;
    const target = this.checker.getContextualType(e);
    if (target) this.taint(target);
  }

  /** Values the analysis did not see may have this type: its properties (deeply) hold any numbers and arrays. */
  private taint(t: ts.Type): void {
    const stack = [t];
    while (stack.length) {
      const x = stack.pop()!;
      if (this.tainted.has(x)) continue;
      this.tainted.add(x);
      if (x.isUnionOrIntersection()) {
        stack.push(...x.types);
        continue;
      }
      if (T.isPrimitive(x) || T.isAnyLike(x)) continue;
      if (this.checker.isArrayType(x) || this.checker.isTupleType(x)) {
        stack.push(...this.checker.getTypeArguments(x as ts.TypeReference));
        continue;
      }
      for (const p of x.getProperties()) {
        const d = p.valueDeclaration;
        if (!d || d.getSourceFile().isDeclarationFile) continue;
        this.setTop(this.propSlot(p.getName()));
        this.markTop(this.classOfKey("." + p.getName()));
        stack.push(this.checker.getTypeOfSymbol(p));
      }
    }
  }

  // ---- the fixpoint ------------------------------------------------------

  private solve(): void {
    for (const f of this.escaped) this.giveUpParameters(f);
    for (const name of this.escapedMethods) {
      for (let i = 0; i < 8; i++) {
        this.setTop(this.slot(`${name}#${i}`));
        this.markTop(this.classOfKey(`${name}#${i}`));
      }
    }
    const queue = [...this.constraints];
    const queued = new Set(queue);
    while (queue.length) {
      const c = queue.pop()!;
      queued.delete(c);
      this.current = c;
      const v = c.value();
      this.current = undefined;
      const s = c.target();
      const next = join(s.bits, v);
      if (next === s.bits) continue;
      s.bits = next;
      for (const r of s.readers)
        if (!queued.has(r)) {
          queued.add(r);
          queue.push(r);
        }
    }
  }

  private giveUpParameters(f: ts.Node): void {
    let params: readonly ts.ParameterDeclaration[] = [];
    if (ts.isClassDeclaration(f) || ts.isClassExpression(f)) {
      const ctor = f.members.find(ts.isConstructorDeclaration);
      params = ctor?.parameters ?? [];
    } else if (ts.isFunctionLike(f)) params = f.parameters;
    for (const p of params) {
      this.bindTop(p.name);
      if (p.type) this.taint(this.checker.getTypeFromTypeNode(p.type));
    }
  }

}

/** The index of an element access (`xs[node]`). */
export function isIndex(node: ts.Node): boolean {
  let n = node;
  while (ts.isParenthesizedExpression(n.parent)) n = n.parent;
  return ts.isElementAccessExpression(n.parent) && n.parent.argumentExpression === n;
}

function skipUp(node: ts.Node): ts.Node {
  while (
    ts.isParenthesizedExpression(node.parent) ||
    ts.isNonNullExpression(node.parent) ||
    ts.isAsExpression(node.parent) ||
    ts.isSatisfiesExpression(node.parent)
  )
    node = node.parent;
  return node;
}
