// Which array class an expression evaluates to (literals, variables, properties,
// elements, array methods and callbacks), and the declarations the analysis
// reaches through the checker (a name's declaration, a call's callee, a typing's
// `int`/`uint`).
import { ts } from "../typescript.js";
import * as T from "./types.js";
import { INT, NEG, NONINT, NZ, POS, TOP, UINT, ZERO, join, literalBits, withWidth } from "./numeric-bits.js";
import { isFunctionWithBody, isUndefinedOrNull, keyedKind, sameArray, skip } from "./numeric-nodes.js";
import { ArrayClass, MAYBE_EMPTY, NON_EMPTY, NumericStore } from "./numeric-store.js";

/**
 * python.d.ts's number types: what a board call typed with one returns (u30, i30: the
 * ESP32's tick counters; f16, uf16: a sensor's reading scaled from a 16-bit count)
 */
const boardNumbers = new Map([
  ["int", INT],
  ["uint", UINT],
  ["u16", withWidth(UINT, 16)],
  ["u30", withWidth(UINT, 30)],
  ["i30", withWidth(INT, 30)],
  ["f16", withWidth(NONINT | NEG | ZERO | POS, 16)],
  ["uf16", withWidth(NONINT | ZERO | POS, 16) | NZ],
]);

const K = ts.SyntaxKind;

/** The array class of each expression and the declarations behind names and calls. */
export abstract class NumericClasses extends NumericStore {
  protected abstract ev(start: ts.Expression): number;

  /** The class of the array `node` evaluates to (the top class when unknown). */
  protected classOf(node: ts.Expression): ArrayClass {
    node = skip(node);
    let c = this.exprClasses.get(node);
    if (c) return c;
    c = this.computeClass(node);
    this.exprClasses.set(node, c);
    return c;
  }

  protected computeClass(node: ts.Expression): ArrayClass {
    // elements: scan() records them; an item that is not a spread makes the array non-empty
    if (ts.isArrayLiteralExpression(node))
      return new ArrayClass(node.elements.some((e) => !ts.isSpreadElement(e)) ? NON_EMPTY : MAYBE_EMPTY);
    // a dictionary's values are its elements (numeric-scan.ts visits the literal's properties)
    if (ts.isObjectLiteralExpression(node)) return this.isDictionaryLiteral(node) ? new ArrayClass(MAYBE_EMPTY) : this.topClass;
    const dict = this.dictionaryOf(node);
    if (dict) return this.child(this.classOf(dict));
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
      if (
        op === K.BarBarToken ||
        op === K.QuestionQuestionToken ||
        op === K.AmpersandAmpersandToken ||
        op === K.BarBarEqualsToken ||
        op === K.QuestionQuestionEqualsToken ||
        op === K.AmpersandAmpersandEqualsToken
      ) {
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

  protected callClass(node: ts.CallExpression | ts.NewExpression): ArrayClass {
    const callee = skip(node.expression);
    const args = node.arguments ?? ts.factory.createNodeArray();
    // new Array(n) has holes (undefined) until filled: only `new Array(n).fill(v)` is known
    if (ts.isIdentifier(callee) && callee.text === "Array") {
      const parent = node.parent;
      const filled =
        ts.isPropertyAccessExpression(parent) &&
        parent.name.text === "fill" &&
        ts.isCallExpression(parent.parent) &&
        parent.parent.expression === parent;
      if (filled || args.length === 0) return new ArrayClass(MAYBE_EMPTY);
      if (args.length === 1 && T.isNumber(this.typeAt(args[0]))) return this.topClass;
      const c = new ArrayClass(MAYBE_EMPTY);
      for (const a of args)
        this.constrain(
          () => this.elemSlot(c),
          () => this.ev(a),
        );
      return c;
    }
    if (ts.isNewExpression(node)) {
      // a Map or Set made empty: its values are what set()/add() give it; `new Set(xs)` starts with xs's elements,
      // and `new Map([[k, v], ...])` with the values of the pairs written there
      const kind = keyedKind(this.typeAt(node));
      if (!kind || !ts.isIdentifier(callee)) return this.topClass;
      if (args.length > 0 && kind === "map") {
        const pairs = literalPairs(args[0]);
        if (!pairs) return this.topClass;
        const c = new ArrayClass(MAYBE_EMPTY);
        for (const [, v] of pairs)
          this.constrain(
            () => this.elemSlot(c),
            () => this.ev(v),
          );
        return c;
      }
      const c = new ArrayClass(MAYBE_EMPTY);
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
        // a slice, a filter or what splice removes may be empty; the class is the receiver's
        if (name === "slice" || name === "filter" || name === "splice") this.markMaybeEmpty(c);
        if (name === "concat") for (const a of args) this.unify(c, T.isArray(this.checker, this.typeAt(a)) ? this.classOf(a) : c);
        return c;
      }
      if (name === "map" && args[0]) return this.resultsOf(args[0]);
      return this.topClass;
    }
    // s.split(sep): a new array of strings, which carry no numeric facts
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === "split" && T.isString(this.typeAt(callee.expression))) {
      const c = new ArrayClass(MAYBE_EMPTY);
      this.constrain(
        () => this.elemSlot(c),
        () => TOP,
      );
      return c;
    }
    if (ts.isPropertyAccessExpression(callee) && callee.expression.getText() === "Array" && callee.name.text === "from") {
      if (args.length === 2) return this.resultsOf(args[1]);
      if (args.length === 1 && !ts.isSpreadElement(args[0])) {
        const c = new ArrayClass(MAYBE_EMPTY);
        this.unify(c, this.iterClass(args[0]));
        return c;
      }
      return this.topClass;
    }
    const decl = this.calledDeclaration(node);
    if (decl) return this.classOfKey(this.returnKey(decl));
    return this.topClass;
  }

  /** A new array of what the callback `fn` returns (`xs.map(fn)`, `Array.from(it, fn)`). */
  private resultsOf(fn: ts.Expression): ArrayClass {
    const f = this.functionOf(fn);
    const c = new ArrayClass(MAYBE_EMPTY);
    if (f)
      this.constrain(
        () => this.elemSlot(c),
        () => this.read(this.returnSlot(f)),
      );
    else this.markTop(c);
    return c;
  }

  /**
   * The class whose elements iterating `node` gives: an array's or a Set's elements, the
   * values of `map.values()` (a Map holds its values as elements); the top class for
   * anything else (a Map's or `entries()`'s [key, value] pairs, keys, strings, generators).
   */
  protected iterClass(node: ts.Expression): ArrayClass {
    const e = skip(node);
    const t = this.typeAt(e);
    if (T.isArray(this.checker, t) || keyedKind(t) === "set") return this.classOf(e);
    if (T.isUint8Array(t, false)) return this.bytesOf(e);
    if (keyedKind(t) === "map") return this.pairsOf(e);
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.arguments.length === 0) {
      const kind = keyedKind(this.typeAt(e.expression.expression));
      const name = e.expression.name.text;
      if ((kind === "map" && name === "values") || (kind === "set" && (name === "values" || name === "keys")))
        return this.classOf(e.expression.expression);
      if (kind && name === "entries") return this.pairsOf(e.expression.expression);
    }
    return this.topClass;
  }

  /**
   * The elements of a Uint8Array, as a class of its own per expression: every one is a byte,
   * whatever the program stores (a store converts, ToUint8), so nothing written joins it.
   */
  protected bytesOf(node: ts.Expression): ArrayClass {
    let c = this.byteClasses.get(node);
    if (!c) {
      const made = (c = new ArrayClass(MAYBE_EMPTY));
      this.byteClasses.set(node, made);
      this.constrain(
        () => this.elemSlot(made),
        () => withWidth(UINT, 8),
      );
    }
    return c;
  }

  private readonly byteClasses = new Map<ts.Node, ArrayClass>();

  /**
   * The [key, value] pairs of a Map or Set as arrays of a class whose elements are the
   * collection's: a Set's pair is [v, v]; a Map's value is an element and its key is
   * not, so only string keys qualify (a number read from a pair is then its value).
   */
  private pairsOf(collection: ts.Expression): ArrayClass {
    const t = this.typeAt(collection);
    if (keyedKind(t) === "map") {
      const key = T.mapTypes(this.checker, t)?.key;
      if (!key || !T.isString(key)) return this.topClass;
    }
    const pairs = new ArrayClass(MAYBE_EMPTY);
    this.unify(this.child(pairs), this.classOf(collection));
    return pairs;
  }

  /** The dictionary `d` of `d[k]` or `d.name` (a value read or written by key), or undefined. */
  protected dictionaryOf(node: ts.Expression): ts.Expression | undefined {
    const n = skip(node);
    if (!ts.isElementAccessExpression(n) && !ts.isPropertyAccessExpression(n)) return undefined;
    return T.isDictionary(this.checker, this.typeAt(n.expression)) ? n.expression : undefined;
  }

  /** An object literal written for a dictionary type (`const d: Record<string, number> = { a: 1 }`). */
  protected isDictionaryLiteral(node: ts.ObjectLiteralExpression): boolean {
    const ct = this.checker.getContextualType(node);
    return !!ct && T.isDictionary(this.checker, ct);
  }

  /** An inline function expression given as a callback, or undefined. */
  protected functionOf(node: ts.Expression): ts.FunctionLikeDeclaration | undefined {
    node = skip(node);
    return ts.isArrowFunction(node) || ts.isFunctionExpression(node) ? node : undefined;
  }

  // ---- declarations ------------------------------------------------------

  protected declarationOf(id: ts.Node): ts.Declaration | undefined {
    // `{ id }` names a property and reads a variable: the variable's
    const shorthand = ts.isShorthandPropertyAssignment(id.parent) && id.parent.name === id;
    let sym = shorthand ? this.checker.getShorthandAssignmentValueSymbol(id.parent) : this.checker.getSymbolAtLocation(id);
    if (sym && sym.flags & ts.SymbolFlags.Alias) sym = this.checker.getAliasedSymbol(sym);
    return sym?.valueDeclaration ?? sym?.declarations?.[0];
  }

  /** A variable or parameter of the program's own code (not a declaration file's), or a name its destructuring binds. */
  protected isLocalBinding(decl: ts.Node): decl is ts.VariableDeclaration | ts.ParameterDeclaration | ts.BindingElement {
    if (!((ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isBindingElement(decl)) && ts.isIdentifier(decl.name)))
      return false;
    // every binding element is given its facts (numeric-scan.ts: bindTop or an element class)
    let root: ts.Node = decl;
    while (ts.isBindingElement(root)) root = root.parent.parent;
    return (
      this.inScope.has(root.getSourceFile()) &&
      !root.getSourceFile().isDeclarationFile &&
      // `declare const x: number` in a source file: set outside the program, like a typing's
      !(ts.getCombinedModifierFlags(root as ts.Declaration) & ts.ModifierFlags.Ambient)
    );
  }

  /** The function of the program a call reaches (by the checker's signature), or undefined. */
  protected calledDeclaration(node: ts.CallExpression | ts.NewExpression): ts.FunctionLikeDeclaration | undefined {
    const decl = this.checker.getResolvedSignature(node)?.getDeclaration();
    if (!isFunctionWithBody(decl) || !this.inScope.has(decl.getSourceFile())) return undefined;
    return decl;
  }

  /** `int` or `uint` (python.d.ts) as a declared type in the typings. */
  protected typingBits(type: ts.TypeNode | undefined): number {
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
      const bits = boardNumbers.get(name);
      if (bits !== undefined) {
        const sym = this.checker.getSymbolAtLocation(type.typeName);
        const d = sym?.declarations?.[0];
        if (d && /\/runtime-typings\/python\.d\.ts$/.test(d.getSourceFile().fileName)) return bits;
      }
    }
    return TOP;
  }
}

/** `[[k, v], ...]` written out: each entry an array literal of a key and a value (no spread, no hole). */
function literalPairs(node: ts.Expression): [ts.Expression, ts.Expression][] | undefined {
  const list = skip(node);
  if (!ts.isArrayLiteralExpression(list)) return undefined;
  const pairs: [ts.Expression, ts.Expression][] = [];
  for (const e of list.elements) {
    const pair = skip(e);
    if (!ts.isArrayLiteralExpression(pair) || pair.elements.length !== 2) return undefined;
    const [k, v] = pair.elements;
    if ([k, v].some((x) => ts.isSpreadElement(x) || ts.isOmittedExpression(x))) return undefined;
    pairs.push([k, v]);
  }
  return pairs;
}
