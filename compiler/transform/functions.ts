// Functions, arrow functions and methods: parameters (defaults evaluated at
// call time, rest, destructuring), `global`/`nonlocal` for assigned captures,
// per-iteration copies of captured loop bindings, lambdas where a single
// expression suffices, hoisting of function declarations.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { transformStatements } from "./statements.js";
import { bindPattern } from "./destructuring.js";
import { Codes, unsupported } from "../diagnostics.js";
import { attrName } from "./access.js";
import * as T from "./types.js";
import { asyncReturnValue, asyncCallback, returnsUserPromise, startPromise } from "../builtins/promise.js";
import { takesThis, thisParam, checkThisFunctionUses, thisFunctionOf } from "./this.js";
import { withProps } from "./function-props.js";
import { constructorName } from "./constructor-name.js";

export type FunctionNode =
  | ts.FunctionDeclaration
  | ts.FunctionExpression
  | ts.ArrowFunction
  | ts.MethodDeclaration
  | ts.ConstructorDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration;

function isConstantDefault(e: py.Expr): boolean {
  return e.kind === "Constant" || (e.kind === "UnaryOp" && e.operand.kind === "Constant");
}

export interface FunctionParts {
  params: py.Param[];
  /** statements before the body: scope declarations, defaults, destructuring */
  prelude: py.Stmt[];
}

/** Run `fn` inside the Python scope of `node`. */
export function inFunctionScope<T>(ctx: TransformContext, node: FunctionNode, fn: () => T): T {
  const saved = ctx.scope;
  ctx.scope = ctx.scopes.scopeOf(node);
  ctx.functionStack.push(node);
  try {
    return fn();
  } finally {
    ctx.scope = saved;
    ctx.functionStack.pop();
  }
}

export function checkFunctionKind(node: FunctionNode): void {
  const isAsync = ts.getCombinedModifierFlags(node as ts.Declaration) & ts.ModifierFlags.Async;
  if (isAsync && (node as ts.FunctionDeclaration).asteriskToken) {
    throw unsupported(
      node,
      Codes.asyncGenerator,
      "An async generator",
      "return an array from an async function, or use a plain generator with await outside it",
    );
  }
}

/** The name a function is bound to: a function declaration, or a const initialized with it. */
function functionBinding(ctx: TransformContext, node: ts.Node): { symbol: ts.Symbol; exported: boolean } | undefined {
  let nameNode: ts.Identifier | undefined;
  let declaration: ts.Node = node;
  if (ts.isFunctionDeclaration(node) && node.body) nameNode = node.name;
  else if (
    (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) &&
    ts.isVariableDeclaration(node.parent) &&
    node.parent.initializer === node
  ) {
    const list = node.parent.parent;
    if (ts.isIdentifier(node.parent.name) && ts.isVariableDeclarationList(list) && list.flags & ts.NodeFlags.Const) {
      nameNode = node.parent.name;
      declaration = list.parent;
    }
  }
  const symbol = nameNode && ctx.checker.getSymbolAtLocation(nameNode);
  if (!symbol) return undefined;
  return { symbol, exported: (ts.getCombinedModifierFlags(declaration as ts.Declaration) & ts.ModifierFlags.Export) !== 0 };
}

function outerExpression(n: ts.Node): ts.Node {
  while (
    ts.isParenthesizedExpression(n.parent) ||
    ts.isAsExpression(n.parent) ||
    ts.isNonNullExpression(n.parent) ||
    ts.isSatisfiesExpression(n.parent)
  )
    n = n.parent;
  return n;
}

function explicitParameters(node: ts.SignatureDeclaration): ts.ParameterDeclaration[] {
  return node.parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === "this"));
}

/**
 * The most arguments this function (declared in this file) is passed where it flows
 * as a value (a callback type, a variable of a wider function type): its def takes
 * and drops those beyond the ones it declares. 0 for a function with a rest parameter.
 */
function argumentsPassed(ctx: TransformContext, node: FunctionNode): number {
  const binding = functionBinding(ctx, node);
  if (!binding || explicitParameters(node).some((p) => p.dotDotDotToken)) return 0;
  let most = 0;
  for (const ref of ctx.scopes.references.get(binding.symbol) ?? []) {
    const n = outerExpression(ref);
    if (ts.isCallExpression(n.parent) && n.parent.expression === n) continue;
    const contextual = ctx.checker.getContextualType(n as ts.Expression);
    if (contextual) most = Math.max(most, maxArity(contextual));
  }
  return most;
}

/**
 * For a parameter position: may a caller pass `undefined` there explicitly? JavaScript
 * then uses the default, which a Python default value would not. Only a function
 * that is called directly, and only in this file, can keep `param=constant`.
 */
function undefinedArguments(ctx: TransformContext, node: FunctionNode): (index: number) => boolean {
  const always = () => true;
  const binding = functionBinding(ctx, node);
  if (!binding || binding.exported) return always;
  const calls: ts.CallExpression[] = [];
  for (const ref of ctx.scopes.references.get(binding.symbol) ?? []) {
    const n = outerExpression(ref);
    if (!ts.isCallExpression(n.parent) || n.parent.expression !== n) return always;
    calls.push(n.parent);
  }
  return (index) =>
    calls.some((call) =>
      call.arguments.some((arg, i) => {
        if (ts.isSpreadElement(arg)) return i <= index;
        if (i !== index) return false;
        const t = ctx.checker.getTypeAtLocation(arg);
        return T.isNullable(t) || T.isAnyLike(t);
      }),
    );
}

/** `global` and `nonlocal` statements for variables of enclosing scopes that a function (or class) body assigns. */
export function outerDeclarations(ctx: TransformContext, assigned: Iterable<ts.Symbol>): py.Stmt[] {
  const globals: string[] = [];
  const nonlocals: string[] = [];
  for (const sym of assigned) {
    const name = ctx.scopes.nameOf(sym)!;
    // a variable of a callback inlined into the module (callbacks.ts inlineLoopBody) is a global
    const declaring = ctx.scopes.scopeOfSymbol(sym);
    const host = (declaring && ctx.inlinedScopes.get(declaring)) ?? declaring;
    (host === ctx.scopes.moduleScope ? globals : nonlocals).push(name);
  }
  const out: py.Stmt[] = [];
  if (globals.length) out.push({ kind: "Global", names: globals.sort() });
  if (nonlocals.length) out.push({ kind: "Nonlocal", names: nonlocals.sort() });
  return out;
}

/** Parameters and prelude; must run inside the function's scope. */
export function functionParts(ctx: TransformContext, node: FunctionNode, selfParam?: string): FunctionParts {
  const params: py.Param[] = [];
  const prelude: py.Stmt[] = [];
  if (selfParam) params.push({ name: selfParam });
  else if (takesThis(node)) {
    checkThisFunctionUses(ctx, node);
    params.push({ name: thisParam });
  }
  prelude.push(...outerDeclarations(ctx, ctx.scope.assignedOuter));
  let sawDefault = false;
  const mayPassUndefined = undefinedArguments(ctx, node);
  const explicit = explicitParameters(node);
  for (const [index, p] of explicit.entries()) {
    if (p.dotDotDotToken) {
      const name = ts.isIdentifier(p.name) ? (transformExpr(ctx, p.name) as py.Name).id : ctx.temp("_rest");
      params.push({ name, rest: true });
      // a JavaScript rest parameter is an array
      const [pre] = ctx.capture(() => bindPattern(ctx, p.name, b.call("list", [b.name(name)])));
      prelude.push(...pre);
      continue;
    }
    const name = ts.isIdentifier(p.name) ? (transformExpr(ctx, p.name) as py.Name).id : ctx.temp("_arg");
    const param: py.Param = { name };
    if (p.initializer) {
      const [pre, d] = ctx.capture(() => transformExpr(ctx, p.initializer!));
      if (pre.length === 0 && isConstantDefault(d) && !mayPassUndefined(index)) param.default = d;
      else {
        // JavaScript evaluates defaults at each call; Python once, at definition
        param.default = b.none();
        prelude.push(b.ifStmt(b.cmp(b.name(name), "is", b.none()), [...pre, b.assign(b.name(name), d)]));
      }
      sawDefault = true;
    } else if (p.questionToken || sawDefault) {
      param.default = b.none();
      sawDefault = true;
    }
    params.push(param);
    if (!ts.isIdentifier(p.name)) {
      const [pre] = ctx.capture(() => bindPattern(ctx, p.name, b.name(name)));
      prelude.push(...pre);
    }
  }
  // a callback may declare fewer parameters than its caller passes (Pin.irq, Timer, user callbacks)
  if (!params.some((p) => p.rest) && !ctx.calledAsDeclared.has(node)) {
    const contextual = ts.isArrowFunction(node) || ts.isFunctionExpression(node) ? ctx.checker.getContextualType(node) : undefined;
    const passed = Math.max(contextual ? maxArity(contextual) : 0, argumentsPassed(ctx, node));
    if (passed > explicit.length) {
      // the arguments the function's types pass land in parameters that take them without a
      // tuple (a rest parameter allocates one per call that fills it); the rest parameter stays
      // for a caller of a wider type the value was widened to
      if (passed !== Infinity) for (let i = explicit.length; i < passed; i++) params.push({ name: ctx.temp("_arg"), default: b.none() });
      params.push({ name: ctx.temp("_args"), rest: true });
    }
  }
  return { params, prelude };
}

/** The most arguments a value of type `t` may be called with (Infinity with a rest parameter). */
export function maxArity(t: ts.Type): number {
  let most = 0;
  for (const part of t.isUnion() ? t.types : [t]) {
    for (const sig of part.getCallSignatures()) {
      const ps = sig.getParameters();
      const last = ps[ps.length - 1]?.valueDeclaration;
      if (last && ts.isParameter(last) && last.dotDotDotToken) return Infinity;
      most = Math.max(most, ps.length);
    }
  }
  return most;
}

/**
 * A function value (not a literal) handed to a parameter whose type passes more
 * arguments than the function declares: JavaScript drops the extra ones, Python
 * raises TypeError, so wrap it in a lambda that drops them.
 */
export function adaptArity(ctx: TransformContext, node: ts.Expression, value: py.Expr): py.Expr {
  let inner = node;
  while (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner) || ts.isNonNullExpression(inner)) inner = inner.expression;
  if (ts.isArrowFunction(inner) || ts.isFunctionExpression(inner)) return value; // functionParts handles literals
  if (ts.isIdentifier(inner)) {
    // a function of this file whose def already drops extra arguments
    let decl: ts.Node | undefined = ctx.checker.getSymbolAtLocation(inner)?.valueDeclaration;
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer) decl = decl.initializer;
    if (
      decl &&
      decl.getSourceFile() === ctx.sourceFile &&
      (ts.isFunctionDeclaration(decl) || ts.isArrowFunction(decl) || ts.isFunctionExpression(decl)) &&
      argumentsPassed(ctx, decl) > explicitParameters(decl).length
    )
      return value;
  }
  const own = ctx.checker.getTypeAtLocation(node);
  // only a function, or a function or undefined (not a string that might be one)
  const nullish = ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void;
  const parts = (own.isUnion() ? own.types : [own]).filter((p) => !(p.flags & nullish));
  if (parts.length === 0 || parts.some((p) => p.getCallSignatures().length === 0)) return value;
  const declared = maxArity(own);
  const contextual = ctx.checker.getContextualType(node);
  if (!contextual || declared === Infinity || maxArity(contextual) <= declared) return value;
  const f = ctx.once(value);
  const rest = ctx.temp("_a");
  const args = declared === 0 ? [] : [b.starred(b.sub(b.name(rest), b.slice(undefined, b.num(declared))))];
  const wrapped = b.lambda([{ name: rest, rest: true }], b.call(f, args));
  return T.hasNull(own) || T.hasUndefined(own) ? b.ifExp(b.cmp(f, "is", b.none()), b.none(), wrapped) : wrapped;
}

/** Body statements of a function-like node, inside its scope. */
export function functionBody(ctx: TransformContext, node: FunctionNode): py.Stmt[] {
  if (!node.body) return [b.pass()];
  if (ts.isBlock(node.body)) return transformStatements(ctx, node.body.statements);
  const expr = node.body;
  const [pre, value] = ctx.capture(() => asyncReturnValue(ctx, expr, transformExpr(ctx, expr)));
  return [...pre, b.ret(value)];
}

function isAsync(node: ts.Node): boolean {
  return (ts.getCombinedModifierFlags(node as ts.Declaration) & ts.ModifierFlags.Async) !== 0;
}

/** A `def` for `node` with the given Python name. */
export function makeDef(
  ctx: TransformContext,
  node: FunctionNode,
  name: string,
  selfParam?: string,
  decorators?: py.Expr[],
): py.FunctionDef {
  checkFunctionKind(node);
  return inFunctionScope(ctx, node, () => {
    const { params, prelude } = functionParts(ctx, node, selfParam);
    const body = [...prelude, ...functionBody(ctx, node)];
    if ((node as ts.FunctionDeclaration).asteriskToken && !containsYield(node)) {
      // a def is a generator only when it yields: an unreachable `yield` makes `function*` one
      if (body[body.length - 1]?.kind !== "Return") body.push(b.ret());
      body.push(b.exprStmt({ kind: "Yield", from: false }));
    }
    return { kind: "FunctionDef", name, params, body, async: isAsync(node), decorators, pos: ctx.pos(node) };
  });
}

/** Does the body of `fn` yield (not counting functions nested in it)? */
function containsYield(fn: FunctionNode): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isYieldExpression(n)) found = true;
    else if (!ts.isFunctionLike(n) && !ts.isClassLike(n)) ts.forEachChild(n, visit);
  };
  if (fn.body) ts.forEachChild(fn.body, visit);
  return found;
}

/** Wrap a closure in a factory call so it captures this iteration's loop bindings. */
export function perIteration(ctx: TransformContext, node: FunctionNode, value: py.Expr, def?: py.FunctionDef): py.Expr {
  const captured = [...ctx.scopes.scopeOf(node).loopCaptures].map((s) => ctx.scopes.nameOf(s)!).sort();
  if (captured.length === 0) {
    if (def) ctx.addPreceding(def);
    return value;
  }
  const params = captured.map((n) => ({ name: n }));
  const args = captured.map((n) => b.name(n));
  if (!def) return b.call(b.lambda(params, value), args);
  const factory: py.FunctionDef = { kind: "FunctionDef", name: ctx.temp("_bind"), params, body: [def, b.ret(b.name(def.name))] };
  ctx.addPreceding(factory);
  return b.call(b.name(factory.name), args);
}

function containsAssignment(e: py.Expr): boolean {
  let found = false;
  const visit = (n: unknown): void => {
    if (found || !n || typeof n !== "object") return;
    if ((n as py.Expr).kind === "NamedExpr" || (n as py.Expr).kind === "Yield" || (n as py.Expr).kind === "Await") {
      found = true;
      return;
    }
    for (const v of Object.values(n)) if (typeof v === "object") visit(v);
  };
  visit(e);
  return found;
}

/** An arrow function or function expression as a value: a lambda when possible, else a def. */
export function transformFunctionExpression(
  ctx: TransformContext,
  node: ts.ArrowFunction | ts.FunctionExpression,
  preferredName?: string,
): py.Expr {
  const value = functionExpressionValue(ctx, node, preferredName);
  const wrapped = withProps(ctx, node, value);
  if (wrapped !== value && value.kind === "Name" && ts.isFunctionExpression(node) && node.name) {
    // the function's own name, used inside it, must also be the function with properties
    ctx.addPreceding(b.assign(value, wrapped));
    return value;
  }
  return wrapped;
}

function functionExpressionValue(ctx: TransformContext, node: ts.ArrowFunction | ts.FunctionExpression, preferredName?: string): py.Expr {
  checkFunctionKind(node);
  if (!ts.isBlock(node.body) && !isAsync(node) && !node.asteriskToken) {
    const attempt = inFunctionScope(ctx, node, () => {
      const { params, prelude } = functionParts(ctx, node);
      const [pre, value] = ctx.capture(() => transformExpr(ctx, node.body as ts.Expression));
      return { params, prelude, pre, value };
    });
    if (attempt.prelude.length === 0 && attempt.pre.length === 0 && !containsAssignment(attempt.value)) {
      return perIteration(ctx, node, b.lambda(attempt.params, attempt.value));
    }
    const name = ctx.temp(preferredName ?? "_f");
    const def: py.FunctionDef = {
      kind: "FunctionDef",
      name,
      params: attempt.params,
      body: [...attempt.prelude, ...attempt.pre, b.ret(attempt.value)],
      pos: ctx.pos(node),
    };
    return perIteration(ctx, node, b.name(name), def);
  }
  const name =
    node.name && ts.isFunctionExpression(node)
      ? (ctx.scopes.nameOf(ctx.checker.getSymbolAtLocation(node.name)!) ?? ctx.temp("_f"))
      : ctx.temp(preferredName ?? "_f");
  const def = makeDef(ctx, node, name);
  return asyncCallback(ctx, node, perIteration(ctx, node, b.name(name), def));
}

/** A method in an object literal: a def whose name is the value. */
export function functionValue(ctx: TransformContext, node: ts.MethodDeclaration): py.Expr {
  // the member name spelled as a Python name (`$$$` or `ɥ` are JavaScript names only)
  const base = ts.isIdentifier(node.name) ? "_" + attrName(node.name.text) : "_m";
  const name = ctx.temp(base);
  ctx.addPreceding(makeDef(ctx, node, name));
  return b.name(name);
}

/**
 * JavaScript hoists a function declaration to the top of its block. One in a loop
 * that captures a per-iteration binding declared in the same block cannot move:
 * its per-iteration copy needs that binding's value, so it stays where it is written.
 */
export function isHoistable(ctx: TransformContext, node: ts.FunctionDeclaration, visiting = new Set<ts.Node>()): boolean {
  if (visiting.has(node)) return true; // mutual recursion: hoisted together
  visiting.add(node);
  return [...ctx.scopes.scopeOf(node).loopCaptures].every((sym) => {
    const decl = declaredIn(sym, node.parent);
    // another hoisted function of the block is fine (statements.ts defines it first)
    return !decl || (ts.isFunctionDeclaration(decl) && !!decl.body && isHoistable(ctx, decl, visiting));
  });
}

function declaredIn(sym: ts.Symbol, block: ts.Node): ts.Node | undefined {
  const decl = sym.valueDeclaration ?? sym.declarations?.[0];
  return decl && decl.getSourceFile() === block.getSourceFile() && decl.pos >= block.pos && decl.end <= block.end ? decl : undefined;
}

/** A function that stays in place must not be used, or use a binding, before that place. */
function checkInPlace(ctx: TransformContext, node: ts.FunctionDeclaration): void {
  for (const sym of ctx.scopes.scopeOf(node).loopCaptures) {
    const decl = declaredIn(sym, node.parent);
    if (decl && decl.pos > node.pos) {
      throw unsupported(
        node.name ?? node,
        Codes.loopFunctionOrder,
        `A function declared in a loop before '${sym.getName()}', which it uses`,
        `declare the function after '${sym.getName()}'`,
      );
    }
  }
  const own = node.name && ctx.checker.getSymbolAtLocation(node.name);
  for (const ref of (own && ctx.scopes.references.get(own)) ?? []) {
    if (ref.pos < node.pos && ref.pos >= node.parent.pos) {
      throw unsupported(
        ref,
        Codes.loopFunctionOrder,
        `Using the loop function '${ref.text}' before its declaration (it captures the loop's variables)`,
        "move the declaration above its first use",
      );
    }
  }
}

/** `function f() {}` as a statement. */
export function transformFunctionDeclaration(ctx: TransformContext, node: ts.FunctionDeclaration): py.Stmt[] {
  if (!node.body) return []; // overload signature
  const sym = node.name && ctx.checker.getSymbolAtLocation(node.name);
  // `export default function () {}` is imported as default_export (see modules.ts)
  const name = sym ? ctx.scopes.nameOf(sym)! : node.name ? ctx.temp("_f") : "default_export";
  const def = makeDef(ctx, node, name);
  const captured = ctx.scopes.scopeOf(node).loopCaptures;
  if (captured.size === 0) {
    const props = withProps(ctx, node, b.name(name));
    return props.kind === "Name" ? [def] : [def, b.assign(b.name(name), props)];
  }
  if (!isHoistable(ctx, node)) checkInPlace(ctx, node);
  // the def keeps its name inside the factory, so a recursive call reaches this iteration's copy
  const [pre, value] = ctx.capture(() => perIteration(ctx, node, b.name("_unused"), def));
  return [...pre, b.assign(b.name(name), withProps(ctx, node, value))];
}

/** Is `name` (the member of a property access) one of Function.prototype's, from the library? */
function functionMember(ctx: TransformContext, name: ts.MemberName): boolean {
  const decl = ctx.checker.getSymbolAtLocation(name)?.declarations?.[0];
  const owner = decl?.parent;
  return (
    !!owner &&
    ts.isInterfaceDeclaration(owner) &&
    ["Function", "CallableFunction", "NewableFunction"].includes(owner.name.text) &&
    T.isFromLib(decl)
  );
}

function sameReference(a: ts.Expression, b: ts.Expression): boolean {
  const strip = (e: ts.Expression): ts.Expression =>
    ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) ? strip(e.expression) : e;
  const simple = (e: ts.Expression): boolean =>
    ts.isIdentifier(e) || e.kind === ts.SyntaxKind.ThisKeyword || (ts.isPropertyAccessExpression(e) && simple(strip(e.expression)));
  return simple(strip(a)) && simple(strip(b)) && strip(a).getText() === strip(b).getText();
}

/**
 * `f.call(t, ...)`, `f.apply(t, args)`, `f.bind(t, ...)`, and plain calls of a
 * function that takes its receiver (see this.ts). A function that does not use
 * `this` ignores `t`; a class method must be bound to its own object.
 */
export function functionMethodCall(
  ctx: TransformContext,
  node: ts.CallExpression,
  transformArgs: (args: readonly ts.Expression[]) => py.Expr[],
): py.Expr | undefined {
  const callee = node.expression;
  const direct = thisFunctionOf(ctx, callee);
  if (direct) {
    // `f(a)`: JavaScript's `this` is undefined in a plain call
    const call = b.call(transformExpr(ctx, callee), [b.none(), ...transformArgs(node.arguments)]);
    return returnsUserPromise(ctx, node) ? startPromise(ctx, node, call) : call;
  }
  if (!ts.isPropertyAccessExpression(callee) || !["call", "apply", "bind"].includes(callee.name.text) || !functionMember(ctx, callee.name))
    return undefined;
  const method = callee.name.text;
  const fnNode = callee.expression;
  const [thisArg, ...rest] = node.arguments;
  let inner: ts.Expression = fnNode;
  while (ts.isParenthesizedExpression(inner) || ts.isNonNullExpression(inner)) inner = inner.expression;
  if (thisArg && ts.isSpreadElement(thisArg))
    throw unsupported(thisArg, Codes.functionThis, `A spread as the 'this' of '${method}'`, "pass the values directly");
  const receiverFn = thisFunctionOf(ctx, inner);
  if (receiverFn) return callWithReceiver(ctx, node, method, inner, thisArg, rest, transformArgs);
  if (ts.isPropertyAccessExpression(inner) && thisArg && !sameReference(inner.expression, thisArg)) {
    const decl = ctx.checker.getSymbolAtLocation(inner.name)?.valueDeclaration;
    const isClassMethod =
      decl && (ts.isMethodDeclaration(decl) || ts.isMethodSignature(decl)) && !ts.isObjectLiteralExpression(decl.parent);
    if (isClassMethod || (decl && boundToLiteral(decl))) {
      throw unsupported(
        node,
        Codes.functionThis,
        `'${method}' with another object as 'this'`,
        "call the method on that object, or pass the object as a parameter (a method's 'this' is the object it belongs to)",
      );
    }
  }
  const fn = transformExpr(ctx, fnNode);
  // `this` is ignored, but evaluated in its place as JavaScript does
  if (thisArg && !sameReference(inner, thisArg) && !(ts.isPropertyAccessExpression(inner) && sameReference(inner.expression, thisArg))) {
    const t = transformExpr(ctx, thisArg);
    if (!b.isSimple(t)) ctx.addPreceding(b.exprStmt(t));
  }
  if (method === "call") return b.call(fn, transformArgs(rest));
  if (method === "apply") {
    if (rest.length === 0) return b.call(fn, []);
    return b.call(fn, [b.starred(applyArgs(ctx, rest[0], transformExpr(ctx, rest[0])))]);
  }
  if (rest.length === 0) return fn;
  // bind with arguments: they are evaluated now, the call happens later
  const f = ctx.once(fn);
  const bound = transformArgs(rest).map((a) => (a.kind === "Starred" ? b.starred(ctx.once(a.value)) : ctx.once(a)));
  const extra = ctx.temp("_a");
  return b.lambda([{ name: extra, rest: true }], b.call(f, [...bound, b.starred(b.name(extra))]));
}

/** A method or function expression of an object literal that the literal binds to itself (this.ts). */
function boundToLiteral(decl: ts.Node): boolean {
  if (ts.isMethodDeclaration(decl)) return takesThis(decl);
  if (ts.isPropertyAssignment(decl)) {
    let v = decl.initializer;
    while (ts.isParenthesizedExpression(v) || ts.isAsExpression(v)) v = v.expression;
    return ts.isFunctionExpression(v) && takesThis(v);
  }
  return false;
}

/** The array given to apply, as a Python iterable (null and undefined are no arguments). */
function applyArgs(ctx: TransformContext, node: ts.Expression, arr: py.Expr): py.Expr {
  if (!T.isNullable(ctx.checker.getTypeAtLocation(node))) return arr;
  const v = ctx.once(arr);
  return b.ifExp(b.cmp(v, "is", b.none()), b.list([]), v);
}

/** `.call`, `.apply`, `.bind` of a function that takes its receiver: the receiver is its first argument. */
function callWithReceiver(
  ctx: TransformContext,
  node: ts.CallExpression,
  method: string,
  fnNode: ts.Expression,
  thisArg: ts.Expression | undefined,
  rest: ts.Expression[],
  transformArgs: (args: readonly ts.Expression[]) => py.Expr[],
): py.Expr {
  const fn = transformExpr(ctx, fnNode);
  if (method === "call") {
    const args = thisArg ? transformArgs([thisArg, ...rest]) : [b.none()];
    const call = b.call(fn, args);
    return returnsUserPromise(ctx, node) ? startPromise(ctx, node, call) : call;
  }
  if (method === "apply") {
    const [self, list] = thisArg ? transformArgs(rest.length ? [thisArg, rest[0]] : [thisArg]) : [b.none()];
    const args = list ? [self, b.starred(applyArgs(ctx, rest[0], list))] : [self];
    const call = b.call(fn, args);
    return returnsUserPromise(ctx, node) ? startPromise(ctx, node, call) : call;
  }
  // bind: the receiver and the arguments are evaluated now, the call happens later
  const args = thisArg ? transformArgs([thisArg, ...rest]) : [b.none()];
  return b.call(ctx.useHelper("js_bind"), [fn, ...args.map((a) => (a.kind === "Starred" ? b.starred(ctx.once(a.value)) : a))]);
}

/** `f.name` and `f.length`, known from the declaration; anything else is refused. */
export function functionProperty(ctx: TransformContext, node: ts.PropertyAccessExpression): py.Expr | undefined {
  const prop = node.name.text;
  if ((prop !== "name" && prop !== "length") || !functionMember(ctx, node.name)) return undefined;
  let target: ts.Expression = node.expression;
  while (ts.isParenthesizedExpression(target) || ts.isNonNullExpression(target)) target = target.expression;
  if (prop === "name") {
    const cls = className(ctx, target);
    if (cls !== undefined) return b.str(cls);
    const viaConstructor = constructorName(ctx, target);
    if (viaConstructor) return viaConstructor;
  }
  const sym = ctx.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(target) ? target.name : target);
  let decl: ts.Node | undefined = sym?.valueDeclaration;
  let name: string | undefined;
  if (
    decl &&
    ts.isVariableDeclaration(decl) &&
    decl.initializer &&
    ts.isIdentifier(decl.name) &&
    sym!.flags & ts.SymbolFlags.BlockScopedVariable
  ) {
    const init = decl.initializer;
    if ((ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && (decl.parent.flags & ts.NodeFlags.Const) !== 0) {
      name = ts.isFunctionExpression(init) && init.name ? init.name.text : decl.name.text;
      decl = init;
    }
  }
  if (
    decl &&
    (ts.isFunctionDeclaration(decl) || ts.isMethodDeclaration(decl) || ts.isFunctionExpression(decl)) &&
    decl.name &&
    ts.isIdentifier(decl.name)
  ) {
    name ??= decl.name.text;
  }
  if (!decl || name === undefined || !ts.isFunctionLike(decl)) {
    throw unsupported(node, Codes.functionThis, `'.${prop}' of a function value`, "use a string or a number you keep next to the function");
  }
  if (prop === "name") return b.str(name);
  // JavaScript counts the parameters before the first default or rest parameter
  const params = (decl as ts.SignatureDeclaration).parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === "this"));
  const first = params.findIndex((p) => p.initializer || p.dotDotDotToken);
  return b.num(first < 0 ? params.length : first);
}

/**
 * The JavaScript `name` of a class when it is fixed by the source: a class declaration, a class
 * expression (its own name, else the const it initializes), or a const alias of either.
 */
function className(ctx: TransformContext, target: ts.Expression, seen = 0): string | undefined {
  while (ts.isParenthesizedExpression(target) || ts.isNonNullExpression(target)) target = target.expression;
  if (ts.isClassExpression(target)) {
    // dropping the class expression must not drop static initializers that run code
    const sideEffects = target.members.some(
      (m) =>
        ts.isClassStaticBlockDeclaration(m) ||
        (ts.canHaveModifiers(m) &&
          ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword) &&
          ts.isPropertyDeclaration(m) &&
          m.initializer) ||
        (m.name && ts.isComputedPropertyName(m.name)),
    );
    return sideEffects || target.heritageClauses ? undefined : (target.name?.text ?? "");
  }
  if (!ts.isIdentifier(target) || seen > 8) return undefined;
  const decl = ctx.checker.getSymbolAtLocation(target)?.valueDeclaration;
  if (decl && ts.isClassDeclaration(decl)) return decl.name?.text;
  if (
    decl &&
    ts.isVariableDeclaration(decl) &&
    ts.isIdentifier(decl.name) &&
    decl.initializer &&
    ts.isVariableDeclarationList(decl.parent) &&
    (decl.parent.flags & ts.NodeFlags.Const) !== 0
  ) {
    let init = decl.initializer;
    while (ts.isParenthesizedExpression(init)) init = init.expression;
    if (ts.isClassExpression(init)) return init.name?.text ?? decl.name.text;
    if (ts.isIdentifier(init)) return className(ctx, init, seen + 1);
  }
  return undefined;
}
