// Whether `range(...)` sees the same bound as the JavaScript condition on every
// pass: the bound's names and property chains are not written in the loop, and
// nothing the loop runs can reach its arrays through another name (how each
// reference to an array uses it: read, mutate or escape).
import { ts } from "../typescript.js";
import type { TransformContext } from "./context.js";
import { isPythonBuiltin } from "./conversions.js";
import { isFunctionScope } from "./scopes.js";
import * as T from "./types.js";
import { someNode } from "./walk.js";
import { mayRunAccessor } from "./accessor-names.js";
import { isAssignmentLeft, isWrite } from "./writes.js";
import { functionChangesNothing } from "./function-effects.js";
import { isInertBoardCall } from "./board-calls.js";

export const readOnlyArrayMethods: ReadonlySet<string> = new Set([
  "indexOf",
  "lastIndexOf",
  "includes",
  "slice",
  "join",
  "map",
  "filter",
  "reduce",
  "reduceRight",
  "forEach",
  "find",
  "findIndex",
  "findLast",
  "findLastIndex",
  "some",
  "every",
  "at",
  "concat",
  "toString",
  "entries",
  "keys",
  "values",
  "flat",
  "flatMap",
]);

const arithmetic = new Set([ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.PercentToken]);
const lengthKeepingMethods = new Set(["sort", "reverse", "fill", "copyWithin"]);

export type ArrayUse = "read" | "mutate" | "escape";

/** How one reference to an array variable uses it. */
export function arrayUse(ctx: TransformContext, ref: ts.Identifier): ArrayUse {
  let child: ts.Node = ref;
  let p: ts.Node = ref.parent;
  while (ts.isParenthesizedExpression(p) || ts.isNonNullExpression(p)) {
    child = p;
    p = p.parent;
  }
  // xs[i] = v keeps the length (past the end, Python raises rather than grow the list)
  if (ts.isElementAccessExpression(p) && p.expression === child) return "read";
  if (ts.isPropertyAccessExpression(p) && p.expression === child) {
    const name = p.name.text;
    if (name === "length") return isAssignmentLeft(p) ? "mutate" : "read";
    if (!readOnlyArrayMethods.has(name) && !lengthKeepingMethods.has(name)) return "mutate";
    // a callback handed to map/forEach/... is code that runs during the loop
    const call = p.parent;
    if (ts.isCallExpression(call) && call.expression === p && call.arguments.some((a) => isFunctionValue(ctx, a) && mayTakeArray(a, name)))
      return "escape";
    return "read";
  }
  if (ts.isForOfStatement(p) && p.expression === child) return "read";
  if (
    ts.isBinaryExpression(p) &&
    p.left === child &&
    p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    p.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  )
    return "mutate";
  if (ts.isTypeOfExpression(p) || (ts.isBinaryExpression(p) && isComparison(p.operatorToken.kind))) return "read";
  return "escape";
}

/** Whether a callback of `xs.<method>(...)` may be handed xs itself: forEach's third parameter, reduce's fourth. */
function mayTakeArray(fn: ts.Expression, method: string): boolean {
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return true;
  const arrayParam = method === "reduce" || method === "reduceRight" ? 3 : 2;
  return fn.parameters.length > arrayParam || fn.parameters.some((p) => p.dotDotDotToken);
}

function isComparison(k: ts.SyntaxKind): boolean {
  return (
    k === ts.SyntaxKind.EqualsEqualsEqualsToken ||
    k === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
    k === ts.SyntaxKind.EqualsEqualsToken ||
    k === ts.SyntaxKind.ExclamationEqualsToken
  );
}

export function isFunctionValue(ctx: TransformContext, e: ts.Expression): boolean {
  return ts.isArrowFunction(e) || ts.isFunctionExpression(e) || ctx.checker.getTypeAtLocation(e).getCallSignatures().length > 0;
}

/**
 * A function whose body the loop scans skip: defining one runs nothing. A function literal
 * handed to a call may run during it (`letters.forEach((l) => ...)`), so its body counts as
 * the loop's own (isHarmlessCall then needs only the call itself to be harmless).
 */
function opaque(n: ts.Node): boolean {
  return (
    isFunctionScope(n) &&
    !((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isCallExpression(n.parent) && n.parent.arguments.includes(n))
  );
}

export function enclosingFunction(n: ts.Node): ts.Node | undefined {
  for (let p = n.parent; p; p = p.parent) if (isFunctionScope(p)) return p;
  return undefined;
}

export function isAncestor(ancestor: ts.Node, node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

/** A loop of the program: a loop statement, or a callback whose body is emitted as a for loop's (forEach). */
export type LoopNode = ts.IterationStatement | ts.ArrowFunction | ts.FunctionExpression;

/** What a loop runs on every pass after its bound is read: a for loop's body and update, another loop's test and body. */
export function everyPass(loop: LoopNode): (ts.Node | undefined)[] {
  if (ts.isArrowFunction(loop) || ts.isFunctionExpression(loop)) return [loop.body];
  if (ts.isForStatement(loop)) return [loop.statement, loop.incrementor];
  if (ts.isWhileStatement(loop) || ts.isDoStatement(loop)) return [loop.expression, loop.statement];
  return [loop.statement];
}

export function boundIsStable(ctx: TransformContext, bound: ts.Expression, loop: LoopNode): boolean {
  while (ts.isParenthesizedExpression(bound)) bound = bound.expression;
  if (ts.isNumericLiteral(bound)) return true;
  // n - 1, 2 * xs.length, -k: stable when every part is
  if (ts.isPrefixUnaryExpression(bound) && bound.operator === ts.SyntaxKind.MinusToken) return boundIsStable(ctx, bound.operand, loop);
  if (ts.isBinaryExpression(bound) && arithmetic.has(bound.operatorToken.kind))
    return boundIsStable(ctx, bound.left, loop) && boundIsStable(ctx, bound.right, loop);
  let subject: ts.Identifier | undefined;
  if (ts.isIdentifier(bound)) subject = bound;
  else if (ts.isPropertyAccessExpression(bound) && bound.name.text === "length" && ts.isIdentifier(bound.expression))
    subject = bound.expression;
  // Python's len(buf) of a bytes-like value: the same as an array's length
  else if (
    ts.isCallExpression(bound) &&
    bound.arguments.length === 1 &&
    ts.isIdentifier(bound.arguments[0]) &&
    isPythonBuiltin(ctx, bound.expression, ["len"])
  )
    subject = bound.arguments[0];
  // this.count, cfg.max, this.items.length, len(this.buf)
  else return chainIsStable(ctx, bound, loop, everyPass(loop));
  return variableIsStable(ctx, subject, loop, subject !== bound);
}

/**
 * Whether the array (or string) a loop walks keeps its length on every pass: `xs.forEach(...)`
 * with `xs` a variable (variableIsStable), a property chain (chainIsStable), or a new array no
 * other name holds (`s.split(" ").forEach(...)`).
 */
export function lengthIsStable(ctx: TransformContext, walked: ts.Expression, loop: LoopNode): boolean {
  while (ts.isParenthesizedExpression(walked) || ts.isNonNullExpression(walked)) walked = walked.expression;
  if (isFreshArray(ctx, walked)) return true;
  if (ts.isIdentifier(walked)) return variableIsStable(ctx, walked, loop, true);
  return ts.isPropertyAccessExpression(walked) && chainIsStable(ctx, walked, loop, everyPass(loop)) && !storesLength(ctx, loop);
}

/** A variable's value (`lengthOf`: its length) stays the same while the loop runs. */
function variableIsStable(ctx: TransformContext, subject: ts.Identifier, loop: LoopNode, lengthOf: boolean): boolean {
  const sym = ctx.checker.getSymbolAtLocation(subject);
  const decl = sym?.valueDeclaration;
  // the bound may change through code elsewhere; only variables of this file are trusted
  if (!sym || !decl || decl.getSourceFile() !== ctx.sourceFile) return false;
  const isConst =
    ts.isVariableDeclaration(decl) && ts.isVariableDeclarationList(decl.parent) && (decl.parent.flags & ts.NodeFlags.Const) !== 0;
  if (!isConst) {
    // a let or a parameter: never reassigned after its initial value
    const writes = ctx.scopes.writes.get(sym) ?? [];
    if (writes.length > 1 || !ctx.emitsScope(ctx.scopes.scopeOfSymbol(sym))) return false;
  }
  const mutableArray = lengthOf && !hasFixedLength(ctx, ctx.checker.getTypeAtLocation(subject));
  // an array the program never resizes (numeric.ts neverResized) keeps its length whatever the loop runs
  if (!mutableArray || ctx.program.numeric.neverResized(subject)) return true;
  // an array's length: nothing in the loop may change it, and no code the loop runs
  // (a call, or another task while it awaits) may change it through another name
  const loopFn = enclosingFunction(loop);
  let reachable =
    ts.isParameter(decl) ||
    (ts.getCombinedModifierFlags(decl as ts.Declaration) & ts.ModifierFlags.Export) !== 0 ||
    // `const ys = xs`: another name holds it from the start
    !(ts.isVariableDeclaration(decl) && decl.initializer && isFreshArray(ctx, decl.initializer));
  for (const ref of ctx.scopes.references.get(sym) ?? []) {
    if (ref === subject) continue;
    const use = arrayUse(ctx, ref);
    if (isAncestor(loop, ref)) {
      if (use !== "read") return false;
    } else if (use === "escape" || (use === "mutate" && enclosingFunction(ref) !== loopFn)) reachable = true;
  }
  // (`other.length = 0` truncates it through another name without a call)
  return !(reachable && (mayRunOtherCode(ctx, ...everyPass(loop)) || storesLength(ctx, loop)));
}

/** The call of an array method (forEach, map, ...) that runs `fn`, a callback handed to it, on each element. */
function iteratingCall(ctx: TransformContext, fn: ts.Node): ts.CallExpression | undefined {
  if (!(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || !ts.isCallExpression(fn.parent)) return undefined;
  const call = fn.parent;
  if (!call.arguments.includes(fn as ts.Expression) || !ts.isPropertyAccessExpression(call.expression)) return undefined;
  if (!readOnlyArrayMethods.has(call.expression.name.text)) return undefined;
  return T.isArray(ctx.checker, ctx.checker.getTypeAtLocation(call.expression.expression)) ? call : undefined;
}

const lengthChangingMethods = new Set(["append", "extend", "insert", "pop", "remove", "clear", "push", "shift", "unshift", "splice"]);

/** A string, or a board's sequence (a NeoPixel strip, bytes) with no method that changes its length. */
export function hasFixedLength(ctx: TransformContext, t: ts.Type): boolean {
  if (T.isString(t)) return true;
  return T.isBoardSequence(ctx.checker, t) && !t.getApparentProperties().some((p) => lengthChangingMethods.has(p.name));
}

const freshArrayMethods = new Set(["split", "map", "filter", "slice", "concat", "flat", "flatMap"]);
const inPlaceMethods = new Set(["sort", "reverse", "fill"]);
const freshArrayStatics: Record<string, ReadonlySet<string> | undefined> = {
  Object: new Set(["keys", "values", "entries"]),
  Array: new Set(["from", "of"]),
};

/** An expression that makes a new array, which no other name holds yet. */
export function isFreshArray(ctx: TransformContext, e: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
  if (ts.isArrayLiteralExpression(e) || ts.isNewExpression(e)) return true;
  if (!ts.isCallExpression(e) || !ts.isPropertyAccessExpression(e.expression)) return false;
  // Object.keys(o), Array.from(xs): a new list
  const ns = e.expression.expression;
  if (ts.isIdentifier(ns) && freshArrayStatics[ns.text]?.has(e.expression.name.text)) return fromLib(ctx, ns);
  const recv = ctx.checker.getTypeAtLocation(e.expression.expression);
  // sort, reverse and fill give the array they were called on: new when it is
  if (inPlaceMethods.has(e.expression.name.text)) return T.isArray(ctx.checker, recv) && isFreshArray(ctx, e.expression.expression);
  if (!freshArrayMethods.has(e.expression.name.text)) return false;
  return T.isString(recv) || T.isArray(ctx.checker, recv);
}

/** `o.length = n` (or `o["length"]`) somewhere in the loop. */
function storesLength(ctx: TransformContext, loop: LoopNode): boolean {
  return everyPass(loop).some(
    (part) =>
      !!part &&
      someNode(
        part,
        (n) => (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && memberName(n) === "length" && isWrite(n),
        (n) => !opaque(n),
      ),
  );
}

function memberName(n: ts.PropertyAccessExpression | ts.ElementAccessExpression): string | undefined {
  if (ts.isPropertyAccessExpression(n)) return n.name.text;
  return ts.isStringLiteralLike(n.argumentExpression) ? n.argumentExpression.text : undefined;
}

/**
 * A bound read through properties (`this.count`, `cfg.max`, `this.items.length`,
 * `len(this.buf)`): stable when the loop's `parts` run no other code (no call but harmless
 * ones, no getter or setter, no await), assigns no property of any of those names
 * on anything that may be one of the chain's objects, and does not reassign the
 * variable the chain starts from.
 */
export function chainIsStable(ctx: TransformContext, bound: ts.Expression, loop: ts.Node, parts: (ts.Node | undefined)[]): boolean {
  let e = bound;
  if (ts.isCallExpression(e) && e.arguments.length === 1 && isPythonBuiltin(ctx, e.expression, ["len"])) e = e.arguments[0];
  // each link: the property's name and the type of the object it is read from
  const links: { name: string; object: ts.Type }[] = [];
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || (ts.isPropertyAccessExpression(e) && !e.questionDotToken)) {
    if (ts.isPropertyAccessExpression(e)) {
      if (!isPlainField(ctx, e)) return false;
      links.push({ name: e.name.text, object: ctx.checker.getTypeAtLocation(e.expression) });
    }
    e = e.expression;
  }
  if (links.length === 0) return false;
  if (e.kind !== ts.SyntaxKind.ThisKeyword) {
    const sym = ts.isIdentifier(e) ? ctx.checker.getSymbolAtLocation(e) : undefined;
    if (!sym || !(sym.flags & (ts.SymbolFlags.Variable | ts.SymbolFlags.Class | ts.SymbolFlags.Enum))) return false;
    if ((ctx.scopes.references.get(sym) ?? []).some((ref) => isAncestor(loop, ref) && isWrite(ref))) return false;
  }
  if (mayRunOtherCode(ctx, ...parts)) return false;
  // a store into a link's property (any property, for a computed key) of something that may be the link's object
  const mayStore = (recv: ts.Expression, name: string | undefined) => {
    const t = ctx.checker.getTypeAtLocation(recv);
    return links.some((l) => (name === undefined || l.name === name) && ctx.checker.isTypeAssignableTo(l.object, t));
  };
  return !parts.some(
    (part) =>
      !!part &&
      someNode(
        part,
        (n) => {
          if (!(ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) || !isWrite(n)) return false;
          const name = memberName(n);
          if (name !== undefined) return mayStore(n.expression, name);
          // a computed key may be any name: a store into a numbered element of a list is not a property
          const t = ctx.checker.getTypeAtLocation(n.expression);
          const element =
            (T.isArray(ctx.checker, t, true) || T.isBoardSequence(ctx.checker, t)) &&
            T.isNumber(ctx.checker.getTypeAtLocation((n as ts.ElementAccessExpression).argumentExpression));
          return !element && mayStore(n.expression, undefined);
        },
        (n) => !opaque(n),
      ),
  );
}

/**
 * A property whose value only an assignment changes: a field the program declares
 * (a class field, an object literal's or an interface's member), or the length of
 * a string, array or bytes. Not a getter, and not a board object's property, which
 * the hardware may change.
 */
export function isPlainField(ctx: TransformContext, access: ts.PropertyAccessExpression): boolean {
  if (mayRunAccessor(ctx, access)) return false;
  if (access.name.text === "length") return T.hasLenLength(ctx.checker, ctx.checker.getTypeAtLocation(access.expression));
  const decls = ctx.checker.getSymbolAtLocation(access.name)?.declarations ?? [];
  return (
    decls.length > 0 &&
    decls.every(
      (d) =>
        !d.getSourceFile().isDeclarationFile &&
        (ts.isPropertyDeclaration(d) ||
          ts.isPropertySignature(d) ||
          ts.isParameter(d) ||
          ts.isPropertyAssignment(d) ||
          ts.isShorthandPropertyAssignment(d) ||
          ts.isEnumMember(d)),
    )
  );
}

/** library functions and namespaces whose calls run no code of the program and change no value it holds */
export const pureGlobals: ReadonlySet<string> = new Set(["String", "Number", "Boolean", "parseInt", "parseFloat", "isNaN", "isFinite"]);
export const pureNamespaces: ReadonlySet<string> = new Set(["console", "Math", "JSON", "Number", "String"]);

/**
 * A function, called or handed to an array method, that changes no array or object of the
 * program: a library reader (`String`, `Math.round`) or a function of the program that
 * changes nothing (function-effects.ts).
 */
export function calleeChangesNothing(ctx: TransformContext, fn: ts.Expression): boolean {
  if (ts.isIdentifier(fn)) return (pureGlobals.has(fn.text) && fromLib(ctx, fn)) || functionChangesNothing(ctx, fn);
  return (
    ts.isPropertyAccessExpression(fn) &&
    ts.isIdentifier(fn.expression) &&
    pureNamespaces.has(fn.expression.text) &&
    fromLib(ctx, fn.expression)
  );
}

function fromLib(ctx: TransformContext, e: ts.Expression): boolean {
  return T.isFromLib(ctx.checker.getSymbolAtLocation(e)?.declarations?.[0]);
}

/** Whether these statements may run code that could reach an array or object through another name. */
export function mayRunOtherCode(ctx: TransformContext, ...nodes: (ts.Node | undefined)[]): boolean {
  const runs = (n: ts.Node) =>
    ts.isAwaitExpression(n) ||
    ts.isYieldExpression(n) ||
    ts.isNewExpression(n) ||
    ts.isTaggedTemplateExpression(n) ||
    (ts.isCallExpression(n) && !isHarmlessCall(ctx, n)) ||
    ts.isDeleteExpression(n) ||
    // a getter or setter runs its body
    mayRunAccessor(ctx, n);
  // defining a function runs nothing
  return nodes.some(
    (node) =>
      !!node &&
      someNode(
        node,
        (n) => !opaque(n) && runs(n),
        (n) => !opaque(n),
      ),
  );
}

/** Whether these statements may store into some object's property (`o[k] = v`, `o.x += 1`). */
export function storesProperty(node: ts.Node): boolean {
  return someNode(
    node,
    (n) => !opaque(n) && (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && (isAssignmentLeft(n) || isUpdated(n)),
    (n) => !opaque(n),
  );
}

function isUpdated(n: ts.Node): boolean {
  const p = n.parent;
  return (
    (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) &&
    (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken)
  );
}

function isHarmlessCall(ctx: TransformContext, call: ts.CallExpression): boolean {
  // a callback an array method runs there and then: its body is scanned as part of the loop (opaque)
  if (call.arguments.some((a) => isFunctionValue(ctx, a) && !iteratingCall(ctx, a))) return false;
  if (isInertBoardCall(ctx, call)) return true;
  const callee = call.expression;
  if (calleeChangesNothing(ctx, callee)) return true;
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const recv = callee.expression;
  const t = ctx.checker.getTypeAtLocation(recv);
  if (T.isString(t) || T.isNumber(t) || T.isBoolean(t)) return true;
  if (!T.isArray(ctx.checker, t)) return false;
  if (readOnlyArrayMethods.has(callee.name.text) || lengthKeepingMethods.has(callee.name.text)) return true;
  // push onto a fresh local array (`const out: number[] = []`) cannot touch another array
  // while no other name can hold it
  if (!ts.isIdentifier(recv)) return false;
  const sym = ctx.checker.getSymbolAtLocation(recv);
  const d = sym?.valueDeclaration;
  return (
    !!d &&
    ts.isVariableDeclaration(d) &&
    ts.isVariableDeclarationList(d.parent) &&
    (d.parent.flags & ts.NodeFlags.Const) !== 0 &&
    !!d.initializer &&
    ts.isArrayLiteralExpression(d.initializer) &&
    !mayHaveEscaped(ctx, sym!, d, call)
  );
}

/**
 * Whether another name may hold the array `sym` makes by the time `at` runs: a reference
 * that hands it on (`const alias = out`, a call's argument) before `at`, or after it
 * inside a loop around both that does not make the array anew on each pass.
 */
function mayHaveEscaped(ctx: TransformContext, sym: ts.Symbol, decl: ts.Node, at: ts.Node): boolean {
  let limit = at.end;
  for (let p = at.parent; p && !isAncestor(p, decl); p = p.parent) {
    // a callback of forEach, map, ... runs during that call, like a loop's body
    const during = iteratingCall(ctx, p);
    if (during) limit = Math.max(limit, during.end);
    // code of another function may run at any time, before or after
    else if (isFunctionScope(p)) limit = Infinity;
    else if (ts.isIterationStatement(p, false)) limit = Math.max(limit, p.end);
  }
  return (ctx.scopes.references.get(sym) ?? []).some((ref) => ref.getStart() < limit && arrayUse(ctx, ref) === "escape");
}
