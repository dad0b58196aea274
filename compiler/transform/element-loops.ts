// Element loops. `for (let i = 0; i < xs.length; i++)` whose index is used only to
// read `xs[i]` (or `s.charCodeAt(i)` of a string) becomes `for x in xs:` with each
// read replaced by the element, as a person writes it: no index to count and no
// subscript per pass. loops.ts has already proven the length stable (range()); on
// top of that no element may change while the loop runs, because Python's iterator
// hands out an element at the top of each pass where JavaScript reads it later.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import type { Scope } from "./scopes.js";
import * as T from "./types.js";
import { isPythonBuiltin } from "./conversions.js";
import { pythonIdentifier } from "../python/names.js";
import { arrayUse, enclosingFunction, isAncestor, isWrite, mayRunOtherCode, type ArrayUse } from "./loops.js";
import { someNode } from "./walk.js";
import { isFunctionScope } from "./scopes.js";

export interface ElementLoop {
  /** what the loop iterates: the array, string or bytes */
  sequence: ts.Expression;
  /** the element's Python name */
  name: string;
  /** the reads to replace: `xs[i]` by the element, `s.charCodeAt(i)` by its ord() */
  reads: { node: ts.Expression; ord: boolean }[];
  /** a string read only by char code: the loop runs over the codes themselves (codeLoopIterable) */
  codes: boolean;
}

/** String methods that read the character at the index: in range, `s.charAt(i)` is the character. */
const charReads = new Map([
  ["charAt", false],
  ["charCodeAt", true],
  ["codePointAt", true],
]);

/**
 * The element loop for a counted loop `for (let i = 0; i < bound; i++)` that
 * rangeLoop accepted, when the index `index` does nothing but read elements.
 */
export function elementLoop(ctx: TransformContext, loop: ts.ForStatement, index: ts.Symbol, bound: ts.Expression): ElementLoop | undefined {
  const sequence = sequenceOf(ctx, bound);
  if (!sequence) return undefined;
  const reads = elementReads(ctx, loop, index, sequence);
  if (!reads?.length) return undefined;
  const isString = T.isString(ctx.checker.getTypeAtLocation(sequence));
  if (!isString && !elementsStable(ctx, loop, sequence)) return undefined;
  const codes = isString && reads.every((r) => r.ord);
  return { sequence, name: elementName(ctx, loop, sequence, isString, codes), reads, codes };
}

/**
 * What a loop over the char codes of the string `s` (a name or attribute) runs over,
 * after `_codes = memoryview(s)`: `_codes if len(_codes) == len(s) else map(ord, s)`.
 * Iterating a str makes a one-character string per pass (MicroPython looks each up
 * among its interned strings), twice the time of iterating its UTF-8 bytes, which are
 * the codes when every character is ASCII, as equal lengths tell. MicroPython's str
 * lends its bytes to a memoryview, so nothing is copied.
 */
export function codeLoopIterable(ctx: TransformContext, s: py.Expr): { setup: py.Stmt; iter: py.Expr } {
  const bytes = b.name(ctx.temp("_codes"));
  const view: py.Call = { ...b.call("memoryview", [s]), valueOnly: true };
  const ords: py.Call = { ...b.call("map", [b.name("ord"), s]), valueOnly: true };
  return { setup: b.assign(bytes, view), iter: b.ifExp(b.cmp(b.call("len", [bytes]), "==", b.call("len", [s])), bytes, ords) };
}

/** Replace the element reads while `fn` transforms the loop's body. */
export function withElementReads<R>(ctx: TransformContext, el: ElementLoop, fn: () => R): R {
  for (const r of el.reads) ctx.substitutions.set(r.node, r.ord && !el.codes ? b.call("ord", [b.name(el.name)]) : b.name(el.name));
  try {
    return fn();
  } finally {
    for (const r of el.reads) ctx.substitutions.delete(r.node);
  }
}

function unwrap(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
  return e;
}

/** `xs` of the bound `xs.length` or `len(xs)`: a variable or a property chain from `this` or a variable. */
function sequenceOf(ctx: TransformContext, bound: ts.Expression): ts.Expression | undefined {
  bound = unwrap(bound);
  let seq: ts.Expression;
  if (ts.isPropertyAccessExpression(bound) && bound.name.text === "length" && !bound.questionDotToken) seq = unwrap(bound.expression);
  else if (ts.isCallExpression(bound) && bound.arguments.length === 1 && isPythonBuiltin(ctx, bound.expression, ["len"]))
    seq = unwrap(bound.arguments[0]);
  else return undefined;
  const t = ctx.checker.getTypeAtLocation(seq);
  // Python iterates these as it indexes them: lists, strings (by character), bytes and array.array (by number);
  // not every board sequence (a deque iterates only on newer firmware)
  if (!T.hasLenLength(ctx.checker, t) && !(T.isBoardSequence(ctx.checker, t) && t.getSymbol()?.getName() === "array")) return undefined;
  for (let e = seq; ; e = unwrap((e as ts.PropertyAccessExpression).expression)) {
    if (ts.isIdentifier(e) || e.kind === ts.SyntaxKind.ThisKeyword) return seq;
    if (!ts.isPropertyAccessExpression(e) || e.questionDotToken) return undefined;
  }
}

/** The same variable, or the same property chain from the same base. */
function sameSequence(ctx: TransformContext, a: ts.Expression, b: ts.Expression): boolean {
  a = unwrap(a);
  b = unwrap(b);
  if (a.kind === ts.SyntaxKind.ThisKeyword) return b.kind === ts.SyntaxKind.ThisKeyword;
  if (ts.isIdentifier(a))
    return ts.isIdentifier(b) && ctx.checker.getSymbolAtLocation(a) !== undefined && ctx.checker.getSymbolAtLocation(a) === ctx.checker.getSymbolAtLocation(b);
  return (
    ts.isPropertyAccessExpression(a) &&
    ts.isPropertyAccessExpression(b) &&
    !b.questionDotToken &&
    a.name.text === b.name.text &&
    sameSequence(ctx, a.expression, b.expression)
  );
}

/** Every use of the index in the body, if each one reads the element at it (none in a nested function). */
function elementReads(ctx: TransformContext, loop: ts.ForStatement, index: ts.Symbol, seq: ts.Expression): ElementLoop["reads"] | undefined {
  const cond = loop.condition as ts.BinaryExpression;
  const loopFn = enclosingFunction(loop);
  const isString = T.isString(ctx.checker.getTypeAtLocation(seq));
  const reads: ElementLoop["reads"] = [];
  for (const ref of ctx.scopes.references.get(index) ?? []) {
    // the test and the update (`i++`, `i += 1`)
    if (ref === cond.left || isAncestor(loop.incrementor!, ref)) continue;
    // a closure would keep the element name, which the next pass reassigns
    if (!isAncestor(loop.statement, ref) || enclosingFunction(ref) !== loopFn) return undefined;
    let arg: ts.Expression = ref;
    while (ts.isParenthesizedExpression(arg.parent)) arg = arg.parent;
    const p = arg.parent;
    if (ts.isElementAccessExpression(p) && p.argumentExpression === arg && !p.questionDotToken && sameSequence(ctx, p.expression, seq)) {
      if (isWrite(p) || ts.isDeleteExpression(outer(p).parent)) return undefined;
      reads.push({ node: p, ord: false });
      continue;
    }
    const callee = ts.isCallExpression(p) && p.arguments.length === 1 && p.arguments[0] === arg ? p.expression : undefined;
    if (
      isString &&
      callee &&
      ts.isPropertyAccessExpression(callee) &&
      !callee.questionDotToken &&
      !(p as ts.CallExpression).questionDotToken &&
      charReads.has(callee.name.text) &&
      sameSequence(ctx, callee.expression, seq)
    ) {
      reads.push({ node: p as ts.CallExpression, ord: charReads.get(callee.name.text)! });
      continue;
    }
    return undefined;
  }
  return reads;
}

function outer(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e.parent) || ts.isNonNullExpression(e.parent)) e = e.parent;
  return e;
}

/** `o[k]` stored into, updated or deleted. */
function storesElement(n: ts.Node): n is ts.ElementAccessExpression {
  return ts.isElementAccessExpression(n) && (isWrite(n) || ts.isDeleteExpression(outer(n).parent));
}

/** `o.sort(...)` and the other methods that rewrite the elements in place. */
function rewritesElements(n: ts.Node): n is ts.PropertyAccessExpression {
  return ts.isPropertyAccessExpression(n) && /^(sort|reverse|fill|copyWithin)$/.test(n.name.text) && ts.isCallExpression(outer(n).parent);
}

/** How `ref`, a reference to an array variable, uses it: arrayUse, with a change of its elements a mutation. */
function elementUse(ctx: TransformContext, ref: ts.Identifier): ArrayUse {
  const recv = outer(ref);
  const p = recv.parent;
  if ((storesElement(p) || rewritesElements(p)) && p.expression === recv) return "mutate";
  return arrayUse(ctx, ref);
}

/**
 * Whether no element of `seq` can change while the loop runs. A variable's own
 * references in the loop may only read; when other code can reach the array (a
 * parameter, an exported or escaping array, a field) the loop may run no other code
 * and change no element of any array that might be this one.
 */
function elementsStable(ctx: TransformContext, loop: ts.ForStatement, seq: ts.Expression): boolean {
  const parts = [loop.statement, loop.incrementor];
  let reachable = true;
  if (ts.isIdentifier(seq)) {
    const sym = ctx.checker.getSymbolAtLocation(seq);
    const decl = sym?.valueDeclaration;
    if (!sym || !decl) return false;
    const loopFn = enclosingFunction(loop);
    reachable = ts.isParameter(decl) || (ts.getCombinedModifierFlags(decl as ts.Declaration) & ts.ModifierFlags.Export) !== 0;
    for (const ref of ctx.scopes.references.get(sym) ?? []) {
      if (ref === seq) continue; // the bound: len(buf) reads the length
      const use = elementUse(ctx, ref);
      if (isAncestor(loop, ref)) {
        if (use !== "read") return false;
      } else if (use === "escape" || (use === "mutate" && enclosingFunction(ref) !== loopFn)) reachable = true;
    }
  }
  if (!reachable) return true;
  if (mayRunOtherCode(ctx, ...parts)) return false;
  // a store into the elements of something that might be this array
  const seqType = ctx.checker.getTypeAtLocation(seq);
  const mayHold = (recv: ts.Expression) =>
    !isFreshLocal(ctx, unwrap(recv), seq, loop) && ctx.checker.isTypeAssignableTo(seqType, ctx.checker.getTypeAtLocation(recv));
  return !parts.some(
    (part) =>
      !!part &&
      someNode(
        part,
        (n) => (storesElement(n) || rewritesElements(n)) && mayHold(n.expression),
        (n) => !isFunctionScope(n),
      ),
  );
}

/**
 * A local array made in the loop's function (`const out: number[] = []`) that cannot
 * be `seq`: no other name can hold it, or `seq` is a parameter of that function,
 * bound before the array existed (and never reassigned: rangeLoop's bound rule).
 */
function isFreshLocal(ctx: TransformContext, e: ts.Expression, seq: ts.Expression, loop: ts.ForStatement): boolean {
  if (!ts.isIdentifier(e)) return false;
  const sym = ctx.checker.getSymbolAtLocation(e);
  const decl = sym?.valueDeclaration;
  const loopFn = enclosingFunction(loop);
  if (!sym || !decl || !ts.isVariableDeclaration(decl) || !decl.initializer || enclosingFunction(decl) !== loopFn) return false;
  const init = unwrap(decl.initializer);
  const fresh = ts.isArrayLiteralExpression(init) || (ts.isNewExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === "Array");
  if (!fresh || (ctx.scopes.writes.get(sym) ?? []).length !== 1) return false;
  const seqDecl = ts.isIdentifier(seq) ? ctx.checker.getSymbolAtLocation(seq)?.valueDeclaration : undefined;
  if (seqDecl && ts.isParameter(seqDecl) && seqDecl.parent === loopFn) return true;
  return (ctx.scopes.references.get(sym) ?? []).every((ref) => arrayUse(ctx, ref) !== "escape");
}

// ---- the element's name

/** Names handed out per Python scope, with the loops holding them: sibling loops share one. */
const given = new WeakMap<Scope, Map<string, ts.Node[]>>();

/** `items` -> `item`, `entries` -> `entry`, `xs` -> `x`, `text` -> `ch` (`code` for its char codes), `data` -> `item`. */
function elementBase(seq: ts.Expression, isString: boolean, codes: boolean): string {
  if (codes) return "code";
  const word = ts.isIdentifier(seq) ? seq.text : ts.isPropertyAccessExpression(seq) ? seq.name.text : "";
  let single: string | undefined;
  if (/[a-z]ies$/i.test(word)) single = word.slice(0, -3) + "y";
  else if (/(ss|x|ch|sh)es$/i.test(word)) single = word.slice(0, -2);
  else if (/[^su]s$/i.test(word) && word.length > 1) single = word.slice(0, -1);
  return pythonIdentifier(single ?? (isString ? "ch" : "item"));
}

function elementName(ctx: TransformContext, loop: ts.ForStatement, seq: ts.Expression, isString: boolean, codes: boolean): string {
  const base = elementBase(seq, isString, codes);
  let byName = given.get(ctx.scope);
  if (!byName) given.set(ctx.scope, (byName = new Map()));
  // an element name is live only in its loop (no closure reads it): a loop that neither holds nor is held by its loops may reuse it
  for (const [name, loops] of byName)
    if ((name === base || name.startsWith(base)) && /^\d*$/.test(name.slice(base.length)) && loops.every((l) => !isAncestor(l, loop) && !isAncestor(loop, l))) {
      loops.push(loop);
      return name;
    }
  const name = ctx.temp(base);
  byName.set(name, [loop]);
  return name;
}
