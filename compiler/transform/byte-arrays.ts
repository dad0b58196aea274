// Byte arrays: a `number[]` that only ever holds bytes is a `bytearray` (one byte
// per element where a list holds a pointer per element), as a careful programmer
// keeps an I2C frame or a checksum's input on a ~100 KB heap.
//
// The numeric analysis (numeric.ts) puts arrays that may be the same object in one
// alias class and knows every value stored in a class (literal elements, push,
// index writes, fill). A class becomes bytearrays when
// - every value stored in it is an integer 0..255 (a bytearray silently keeps
//   only the low 8 bits of anything else);
// - every array in it is made by `[]`, a literal of numbers,
//   `new Array(n).fill(c)` or `slice` of one of them (a literal of computed bytes stays a
//   list, which every allowed use treats alike: literals.ts);
// - every expression holding one is typed `number[]` and is used only where a
//   bytearray behaves as the list: an index read or write, `.length`, for...of,
//   push, slice, at, `===`, a local variable, an argument to a parameter of the
//   program's own function, a return from a function called only by name.
// Anything else (printing, join, JSON, spread, sort, indexOf, a property or an
// element of another array, `any`, an export, a library call) keeps lists.
// docs/semantics/stdlib-collections.md states the rule.
import { ts } from "../typescript.js";
import * as T from "./types.js";
import { NEG, NONINT, widthOf, type NumericFacts } from "./numeric.js";
import { walk } from "./walk.js";
import { isFunctionWithBody, skipUp } from "./numeric-nodes.js";

const K = ts.SyntaxKind;

const nonNumberLiterals = new Set([
  K.StringLiteral,
  K.NoSubstitutionTemplateLiteral,
  K.TemplateExpression,
  K.ObjectLiteralExpression,
  K.ArrayLiteralExpression,
  K.TrueKeyword,
  K.FalseKeyword,
  K.NullKeyword,
]);

/** The kinds `declare` looks at (it is asked of every node). */
const declaringKinds: ReadonlySet<ts.SyntaxKind> = new Set([
  K.ImportSpecifier,
  K.NamespaceImport,
  K.ImportClause,
  K.VariableDeclaration,
  K.Parameter,
  K.BindingElement,
  K.PropertyDeclaration,
  K.PropertySignature,
  K.FunctionDeclaration,
  K.PropertyAssignment,
  K.ShorthandPropertyAssignment,
]);

/** The binary operators whose value may be an operand (an array). */
const flowOperators = new Set([K.EqualsToken, K.CommaToken, K.BarBarToken, K.AmpersandAmpersandToken, K.QuestionQuestionToken]);

/** Methods whose receiver may be a bytearray: Python's result is the same (slice of a bytearray is one). */
const neutralMethods = new Set(["push", "slice", "at"]);

export class ByteArrays {
  /** alias classes some use or creation of which needs a list */
  private readonly lists = new Set<object>();
  /** functions used other than by calling them by name: what they return goes where the analysis cannot see */
  private readonly escaped = new Set<ts.Node>();
  private readonly returns: [ts.Node, object][] = [];
  /** exported declarations (variables, functions) and their arrays' classes: lists if the file is a program's entry */
  private readonly exports: [ts.Node, object | undefined][] = [];
  /** files some file of the program imports (the others are entries, whose exports are used from outside) */
  private readonly imported = new Set<ts.SourceFile>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly numeric: NumericFacts,
    files: readonly ts.SourceFile[],
  ) {
    const inScope = new Set(files);
    for (const f of files) walk(f, (n) => this.declare(n));
    for (const f of files) walk(f, (n) => this.visit(n, inScope));
    const entryExport = (d: ts.Node) => hasExport(d) && !this.imported.has(d.getSourceFile());
    for (const [d, id] of this.exports) if (!this.imported.has(d.getSourceFile())) id ? this.lists.add(id) : this.escaped.add(d);
    for (const [fn, id] of this.returns) if (this.escaped.has(fn) || entryExport(fn)) this.lists.add(id);
  }

  /** Whether the array made by `node` (an array literal, or `new Array(n)` of `new Array(n).fill(c)`) is a bytearray. */
  isBytes(node: ts.Expression): boolean {
    const { id, elements } = this.numeric.arrayClass(node);
    return !this.lists.has(id) && !(elements & (NONINT | NEG)) && widthOf(elements) <= 8;
  }

  /** names declared for an array (maybe) or a function: only identifiers and members of these names are looked up */
  private readonly names = new Set<string>();

  private declare(n: ts.Node): void {
    if (!declaringKinds.has(n.kind)) return;
    if (ts.isImportSpecifier(n) || ts.isNamespaceImport(n) || ts.isImportClause(n)) {
      if (n.name) this.names.add(n.name.text);
      return;
    }
    const named =
      ts.isVariableDeclaration(n) ||
      ts.isParameter(n) ||
      ts.isBindingElement(n) ||
      ts.isPropertyDeclaration(n) ||
      ts.isPropertySignature(n);
    if (ts.isFunctionDeclaration(n) && n.name) this.names.add(n.name.text);
    else if ((named || ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n)) && ts.isIdentifier(n.name)) {
      const init = (n as { initializer?: ts.Expression }).initializer;
      const fn = init && (ts.isArrowFunction(skip(init)) || ts.isFunctionExpression(skip(init)));
      if (fn || !named || T.isArray(this.checker, this.checker.getTypeAtLocation(n.name), true)) this.names.add(n.name.text);
    }
  }

  private visit(n: ts.Node, inScope: ReadonlySet<ts.SourceFile>): void {
    if (ts.isIdentifier(n) && (!this.names.has(n.text) || !this.reference(n))) return;
    if (ts.isPropertyAccessExpression(n) && (!this.names.has(n.name.text) || (ts.isIdentifier(n.name) && !this.reference(n.name)))) return;
    if (ts.isExportSpecifier(n)) this.exported(n);
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier) {
      const d = this.checker.getSymbolAtLocation(n.moduleSpecifier)?.valueDeclaration;
      if (d && ts.isSourceFile(d)) this.imported.add(d);
    }
    if (ts.isShorthandPropertyAssignment(n)) {
      // `{ data }`: the variable's array becomes a property (the name's own symbol is the property's)
      const d = this.checker.getShorthandAssignmentValueSymbol(n)?.valueDeclaration;
      if (d && (ts.isVariableDeclaration(d) || ts.isParameter(d)) && ts.isIdentifier(d.name))
        this.lists.add(this.numeric.arrayClass(d.name).id);
      return;
    }
    if (!isCandidate(n)) return;
    const t = this.typeOf(n);
    if (!t || !T.isArray(this.checker, t, true)) return;
    const { id } = this.numeric.arrayClass(n as ts.Expression);
    if (
      !(this.isNumberArray(t) || isNumberLiteral(this.checker, n) || this.isFilled(n as ts.Expression)) ||
      !this.madeHere(n as ts.Expression, inScope) ||
      !this.usedAsBytes(n as ts.Expression, id, inScope)
    )
      this.lists.add(id);
  }

  /**
   * The type of a node that may be an array, or undefined when it cannot be one. A variable's or
   * property's declared type, not the narrowed one (narrowing costs a flow walk per identifier,
   * and a nullable `number[]` keeps lists anyway).
   */
  private typeOf(n: ts.Node): ts.Type | undefined {
    if (ts.isIdentifier(n) || ts.isPropertyAccessExpression(n)) {
      const sym = this.symbolOf(ts.isIdentifier(n) ? n : n.name);
      if (!sym || !(sym.flags & (ts.SymbolFlags.Variable | ts.SymbolFlags.Property))) return undefined;
      return this.checker.getTypeOfSymbol(sym);
    }
    if (ts.isBinaryExpression(n) && !flowOperators.has(n.operatorToken.kind)) return undefined;
    if (ts.isCallExpression(n) && !ts.isOptionalChain(n)) {
      // the signature the numeric analysis resolved already (the call's type would check it again)
      const sig = this.checker.getResolvedSignature(n);
      return sig && this.checker.getReturnTypeOfSignature(sig);
    }
    // `await f()`: what the signature resolved already returns, awaited (the await's type would check the call again)
    const awaited = ts.isAwaitExpression(n) ? n.expression : undefined;
    if (awaited && ts.isCallExpression(awaited) && !ts.isOptionalChain(awaited) && awaited.expression.kind !== K.ImportKeyword) {
      const sig = this.checker.getResolvedSignature(awaited);
      if (sig) return this.checker.getAwaitedType(this.checker.getReturnTypeOfSignature(sig));
    }
    // a literal with a string, object, array or boolean element is no number[]
    if (ts.isArrayLiteralExpression(n) && n.elements.some((e) => nonNumberLiterals.has(e.kind))) return undefined;
    return this.checker.getTypeAtLocation(n);
  }

  /** `number[]` itself: not a tuple (maybe a Python tuple), not nullable, elements only numbers. */
  private isNumberArray(t: ts.Type): boolean {
    if (!this.checker.isArrayType(t)) return false;
    const [e] = this.checker.getTypeArguments(t as ts.TypeReference);
    return !!e && T.isNumber(e);
  }

  /** An array source the rule can rewrite, or a value that comes from elsewhere in the program (a variable, a call...). */
  private madeHere(n: ts.Expression, inScope: ReadonlySet<ts.SourceFile>): boolean {
    if (ts.isArrayLiteralExpression(n)) return n.elements.every((e) => !ts.isSpreadElement(e) && !ts.isOmittedExpression(e));
    if (isArrayConstructor(n)) return this.filledArray(n) !== undefined;
    if (ts.isCallExpression(n)) {
      const callee = skip(n.expression);
      if (ts.isPropertyAccessExpression(callee) && T.isArray(this.checker, this.checker.getTypeAtLocation(callee.expression), true))
        return callee.name.text === "slice" || (callee.name.text === "fill" && isArrayConstructor(skip(callee.expression)));
      return !!this.ownFunction(n, inScope);
    }
    if (ts.isNewExpression(n) || ts.isAwaitExpression(n)) return false;
    return true;
  }

  /** `new Array(n).fill(c)` or its `new Array(n)` (typed any[]: where it goes says what it is). */
  private isFilled(n: ts.Expression): boolean {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === "fill") {
      const inner = skip(n.expression.expression);
      return isArrayConstructor(inner) && this.filledArray(inner) !== undefined;
    }
    return isArrayConstructor(n) && this.filledArray(n) !== undefined;
  }

  /** `new Array(n)` of `new Array(n).fill(c)` with a constant byte c and n a non-negative integer: c. */
  filledArray(n: ts.Expression): number | undefined {
    const p = skipUp(n).parent;
    if (!ts.isPropertyAccessExpression(p) || p.name.text !== "fill" || !ts.isCallExpression(p.parent) || p.parent.expression !== p)
      return undefined;
    const args = p.parent.arguments;
    const size = (n as ts.NewExpression | ts.CallExpression).arguments;
    // the global Array, not a function of the program named so
    if (!T.isFromLib(this.checker.getSymbolAtLocation((n as ts.NewExpression).expression)?.declarations?.[0])) return undefined;
    if (args.length !== 1 || size?.length !== 1 || !T.isNumber(this.checker.getTypeAtLocation(size[0]))) return undefined;
    const c = skip(args[0]);
    if (!ts.isNumericLiteral(c) || !(Number(c.text) >= 0 && Number(c.text) <= 255 && Number.isInteger(Number(c.text)))) return undefined;
    // bytearray(-1) fails where [0] * -1 is empty (JavaScript throws a RangeError either way)
    if (this.numeric.bits(size[0]) & (NEG | NONINT)) return undefined;
    return Number(c.text);
  }

  /** The function of the program a call runs (its declaration with a body), if the checker knows it. */
  private ownFunction(
    call: ts.CallExpression | ts.NewExpression,
    inScope: ReadonlySet<ts.SourceFile>,
  ): ts.FunctionLikeDeclaration | undefined {
    const decl = this.checker.getResolvedSignature(call)?.getDeclaration();
    if (!decl || !isFunctionWithBody(decl) || !inScope.has(decl.getSourceFile()) || decl.getSourceFile().isDeclarationFile)
      return undefined;
    return decl;
  }

  /** Whether the place `n`'s value goes to treats a bytearray as the list. */
  private usedAsBytes(n: ts.Expression, id: object, inScope: ReadonlySet<ts.SourceFile>): boolean {
    const p = n.parent;
    if (
      ts.isParenthesizedExpression(p) ||
      ts.isNonNullExpression(p) ||
      ts.isAsExpression(p) ||
      ts.isSatisfiesExpression(p) ||
      ts.isTypeAssertionExpression(p)
    )
      return this.isNumberArray(this.checker.getTypeAtLocation(p)); // the wrapper is checked in turn
    if (ts.isElementAccessExpression(p) && p.expression === n)
      return T.isNumber(this.checker.getTypeAtLocation(p.argumentExpression)) && !ts.isDeleteExpression(skipUp(p).parent);
    if (ts.isPropertyAccessExpression(p) && p.expression === n) {
      if (p.questionDotToken) return false;
      if (p.name.text === "length") return !isWritten(p);
      const call = p.parent;
      if (!ts.isCallExpression(call) || call.expression !== p || call.arguments.some(ts.isSpreadElement)) return false;
      return neutralMethods.has(p.name.text) || (p.name.text === "fill" && isArrayConstructor(n) && this.filledArray(n) !== undefined);
    }
    if (ts.isForOfStatement(p)) return p.expression === n && !p.awaitModifier;
    if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.expression !== n) return this.passedAsBytes(p, n, inScope);
    if (ts.isVariableDeclaration(p)) {
      if (
        p.initializer !== n ||
        !ts.isIdentifier(p.name) ||
        isLoopVariable(p) ||
        !this.isNumberArray(this.checker.getTypeAtLocation(p.name))
      )
        return false;
      if (hasExport(p)) this.exports.push([p, id]);
      return true;
    }
    if (ts.isParameter(p)) return p.initializer === n && this.plainParameter(p);
    if (ts.isBinaryExpression(p)) {
      const op = p.operatorToken.kind;
      if (op === K.EqualsToken && p.left === n) return true; // a variable written: the value written is checked
      if (op === K.EqualsToken) {
        const left = skip(p.left);
        return ts.isIdentifier(left) && this.isLocalVariable(left) && this.isNumberArray(this.checker.getTypeAtLocation(left));
      }
      if (op === K.CommaToken) return p.left === n || this.isNumberArray(this.checker.getTypeAtLocation(p));
      return op === K.EqualsEqualsEqualsToken || op === K.ExclamationEqualsEqualsToken;
    }
    // the conditional is checked in turn, when it is a number[] too
    if (ts.isConditionalExpression(p)) return p.condition !== n && this.isNumberArray(this.checker.getTypeAtLocation(p));
    if (ts.isExpressionStatement(p)) return true;
    if (ts.isReturnStatement(p) || (ts.isArrowFunction(p) && p.body === n)) {
      const fn = ts.isArrowFunction(p) ? p : ts.findAncestor(p, isFunctionWithBody);
      if (!fn || !this.namedFunction(fn)) return false;
      const sig = this.checker.getSignatureFromDeclaration(fn);
      if (!sig || !this.isNumberArray(this.checker.getReturnTypeOfSignature(sig))) return false;
      this.returns.push([fn, id]);
      return true;
    }
    return false;
  }

  /** `f(xs)`: f is the program's own function, and its parameter is a plain `number[]` (not rest, not a property). */
  private passedAsBytes(call: ts.CallExpression | ts.NewExpression, arg: ts.Expression, inScope: ReadonlySet<ts.SourceFile>): boolean {
    const i = call.arguments ? call.arguments.indexOf(arg) : -1;
    if (i < 0) return false;
    const fn = this.ownFunction(call, inScope);
    if (!fn) return ts.isCallExpression(call) && isPythonLen(this.checker, call);
    const p = fn.parameters[i];
    return !!p && this.plainParameter(p);
  }

  private plainParameter(p: ts.ParameterDeclaration): boolean {
    // a parameter property is also a field; a setter's parameter is the property
    if (p.dotDotDotToken || ts.getModifiers(p)?.length || !ts.isIdentifier(p.name) || ts.isSetAccessorDeclaration(p.parent)) return false;
    return this.isNumberArray(this.checker.getTypeAtLocation(p.name));
  }

  private isLocalVariable(id: ts.Identifier): boolean {
    const d = this.symbolOf(id)?.valueDeclaration;
    // a global the typings declare is read where the analysis cannot see
    if (!d || d.getSourceFile().isDeclarationFile || ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Ambient) return false;
    if (ts.isVariableDeclaration(d) && hasExport(d)) this.exports.push([d, this.numeric.arrayClass(id).id]);
    return !!d && (ts.isParameter(d) ? this.plainParameter(d) : ts.isVariableDeclaration(d));
  }

  /** A function declaration, or a function expression a variable holds: its calls are found by its name. */
  private namedFunction(fn: ts.Node): boolean {
    if (!(ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn) || ts.isArrowFunction(fn))) return false;
    if (fn.asteriskToken || ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async) return false;
    if (ts.isFunctionDeclaration(fn)) return !!fn.name;
    const up = skipUp(fn);
    return ts.isVariableDeclaration(up.parent) && up.parent.initializer === up && ts.isIdentifier(up.parent.name);
  }

  /**
   * A function named other than as a call's callee (a value, an export): its callers are unknown.
   * Whether the identifier may still be an array (not a callee, a name being declared, a type).
   */
  private reference(id: ts.Identifier): boolean {
    const p = id.parent;
    // `m.f` of a namespace import names f as `f` alone would
    const member = ts.isPropertyAccessExpression(p) && p.name === id;
    if (!member && (p as { name?: ts.Node }).name === id && !ts.isShorthandPropertyAssignment(p)) return false;
    if (ts.isTypeReferenceNode(p) || ts.isTypeQueryNode(p)) return false;
    const up = skipUp(member ? p : id);
    if (ts.isCallExpression(up.parent) && up.parent.expression === up) return false;
    const fn = functionOf(this.symbolOf(id)?.valueDeclaration);
    if (fn) this.escaped.add(fn);
    return !fn;
  }

  private lastSymbol?: [ts.Node, ts.Symbol | undefined];
  /** The symbol a name resolves to (through imports); asked twice in a row for the same identifier. */
  private symbolOf(id: ts.Node): ts.Symbol | undefined {
    if (this.lastSymbol?.[0] === id) return this.lastSymbol[1];
    let sym = this.checker.getSymbolAtLocation(id);
    if (sym && sym.flags & ts.SymbolFlags.Alias) sym = this.checker.getAliasedSymbol(sym);
    this.lastSymbol = [id, sym];
    return sym;
  }

  /** `export { f, xs }`: f's callers and what reads xs are outside the program. */
  private exported(spec: ts.ExportSpecifier): void {
    if (spec.parent.parent.moduleSpecifier) return; // a re-export: the names are another file's, whose own exports count
    const d = this.checker.getExportSpecifierLocalTargetSymbol(spec)?.valueDeclaration;
    const fn = functionOf(d);
    if (fn) this.exports.push([fn, undefined]);
    else if (d && ts.isVariableDeclaration(d) && ts.isIdentifier(d.name)) this.exports.push([spec, this.numeric.arrayClass(d.name).id]);
  }
}

/** The nodes that may evaluate to an array: each is checked where its value goes. */
function isCandidate(n: ts.Node): boolean {
  switch (n.kind) {
    case K.Identifier: {
      const p = n.parent;
      if ((p as { name?: ts.Node }).name === n || ts.isTypeReferenceNode(p) || ts.isImportSpecifier(p) || ts.isExportSpecifier(p))
        return false;
      return !ts.isQualifiedName(p) && !ts.isTypeQueryNode(p) && !ts.isLabeledStatement(p) && !ts.isBreakOrContinueStatement(p);
    }
    case K.ArrayLiteralExpression:
    case K.CallExpression:
    case K.NewExpression:
    case K.PropertyAccessExpression:
    case K.ElementAccessExpression:
    case K.ConditionalExpression:
    case K.BinaryExpression:
    case K.AwaitExpression:
    case K.ParenthesizedExpression:
    case K.NonNullExpression:
    case K.AsExpression:
    case K.SatisfiesExpression:
    case K.TypeAssertionExpression:
      // the left side of a destructuring assignment is a pattern, not a value
      return !(
        ts.isArrayLiteralExpression(n) &&
        ts.isBinaryExpression(n.parent) &&
        n.parent.left === n &&
        n.parent.operatorToken.kind === K.EqualsToken
      );
    default:
      return false;
  }
}

/** An array literal of numbers (`[]` is typed never[]: where it goes says what it is). */
export function isNumberLiteral(checker: ts.TypeChecker, n: ts.Node): boolean {
  return ts.isArrayLiteralExpression(n) && n.elements.every((e) => !ts.isSpreadElement(e) && T.isNumber(checker.getTypeAtLocation(e)));
}

function isArrayConstructor(n: ts.Expression): n is ts.NewExpression | ts.CallExpression {
  return (ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === "Array";
}

function isPythonLen(checker: ts.TypeChecker, call: ts.CallExpression): boolean {
  const d = checker.getResolvedSignature(call)?.getDeclaration();
  return (
    !!d && ts.isFunctionDeclaration(d) && d.name?.text === "len" && /\/runtime-typings\/python\.d\.ts$/.test(d.getSourceFile().fileName)
  );
}

function functionOf(d: ts.Node | undefined): ts.Node | undefined {
  if (!d) return undefined;
  if (ts.isFunctionDeclaration(d)) return d;
  if (ts.isVariableDeclaration(d) && d.initializer) {
    const f = skip(d.initializer);
    if (ts.isArrowFunction(f) || ts.isFunctionExpression(f)) return f;
  }
  return undefined;
}

function hasExport(n: ts.Node): boolean {
  const decl = ts.isVariableDeclaration(n) ? n : ts.isFunctionDeclaration(n) ? n : skipUp(n).parent;
  return (
    !!decl &&
    (ts.isVariableDeclaration(decl) || ts.isFunctionDeclaration(decl)) &&
    (ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Export) !== 0
  );
}

function isLoopVariable(d: ts.VariableDeclaration): boolean {
  const list = d.parent;
  return ts.isVariableDeclarationList(list) && (ts.isForOfStatement(list.parent) || ts.isForInStatement(list.parent));
}

/** `xs.length = 0`, `xs.length++`, `[xs.length] = ...`: the array changes length. */
function isWritten(e: ts.Expression): boolean {
  let up = skipUp(e);
  const p = up.parent;
  if (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p))
    return p.operator === K.PlusPlusToken || p.operator === K.MinusMinusToken;
  if (ts.isDeleteExpression(p)) return true;
  // out of a destructuring pattern's elements
  while (
    ts.isArrayLiteralExpression(up.parent) ||
    ts.isObjectLiteralExpression(up.parent) ||
    ts.isPropertyAssignment(up.parent) ||
    ts.isSpreadElement(up.parent) ||
    ts.isShorthandPropertyAssignment(up.parent)
  )
    up = up.parent;
  const q = up.parent;
  if (ts.isForOfStatement(q) || ts.isForInStatement(q)) return q.initializer === up;
  return ts.isBinaryExpression(q) && q.left === up && q.operatorToken.kind >= K.FirstAssignment && q.operatorToken.kind <= K.LastAssignment;
}

function skip(node: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node))
    node = node.expression;
  return node;
}
