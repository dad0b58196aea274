// Calls of small functions and methods of the program written in place: a MicroPython call
// costs a frame (~0.3 us, a method ~0.5 us on the bench's VM), which a careful programmer does
// not pay per pass for `return this.state` or `String(n).padStart(w, "0")`. The call is replaced
// by the callee's statements and its returned expression, `this` and the parameters standing
// for the receiver and the arguments: for calls in a loop (a loop statement, or a callback run
// per item), and anywhere for a tiny body, about the size of the call. What the numeric analysis
// knows of each argument at the call holds for its parameter there (conversions.ts numericBits):
// `pad(h, 2)` of an hour is `"%02d" % h` although other calls pad negative numbers. The callee stays defined
// where anything else names it; a function or method every call of which is written in
// place is not defined (unused-defs.ts). Only where the program cannot tell it from
// the call:
//  - the callee is a function declaration or a class's method in this file, or an arrow function
//    a `const` of this file holds, declared before the call and reading no `this`, which nothing
//    reassigns, overrides (no subclass declares a member of its name), replaces (no property of its
//    name is assigned anywhere in the program) or stands in for (no other class or object
//    literal has a member of its name: types are structural, so one could be typed as this class);
//  - its body is stores (into `this`'s fields, or elements of a field or a parameter), `if`s of
//    stores and `const`s (after a guard, `if (test) return;`, in a body with no result: they run
//    under `if not test`), followed by one `return` or by nothing (a body with no `return` is
//    written in place only where the call is a statement: its value, undefined, is not read), and
//    reads nothing but its parameters, `this`, its constants (written under fresh names), the
//    standard library and top-level `const`s of its module that no Python scope around the
//    call binds to another value (no other variable, whose name the caller could shadow),
//    runs no code of the program (no call but harmless ones), makes no function and has no
//    `?.`; a body with constants is statements, so it is written in place only in loops, and
//    not in a callback whose body is one expression (a comprehension, which would become a loop);
//  - each argument is a variable, `this` or a literal, which nothing the body runs can change,
//    so the body reads it where it reads the parameter; or arithmetic of those (and Math's
//    functions) for a parameter the body reads at most once; the receiver is a variable or `this`.
//    Where the call is a statement, any other argument is evaluated into a temporary first
//    (`color = wheel(i)`), and so is an operand before it that the argument's code could change.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { DiagnosticError } from "../diagnostics.js";
import type { ProgramInfo } from "./program-info.js";
import { transformExpr } from "./expressions.js";
import { condition, transformStatements } from "./statements.js";
import { isFunctionScope, type Scope } from "./scopes.js";
import { mayRunOtherCode } from "./loop-bound.js";
import { isUnchangedByCalls } from "./unchanged-by-calls.js";
import { isWrite, writtenBy } from "./writes.js";
import { isFromLib } from "./types.js";
import { someNode, walk } from "./walk.js";
import { moduleConst } from "./constant-value.js";
import { skipParens } from "./parens.js";
import { discardedValues } from "../builtins/util.js";

type Callee = ts.FunctionDeclaration | ts.MethodDeclaration | ts.ArrowFunction;

/**
 * The callee's statements before its `return`, and the returned expression (an arrow's body is
 * its return); a body with no `return` is all statements, with no result (its calls' value is undefined).
 */
function bodyOf(fn: Callee): { statements: readonly ts.Statement[]; result?: ts.Expression; guard?: ts.Expression } | undefined {
  if (!fn.body) return undefined;
  if (!ts.isBlock(fn.body)) return { statements: [], result: fn.body };
  const stmts = fn.body.statements;
  const last = stmts[stmts.length - 1];
  if (last && ts.isReturnStatement(last) && last.expression) return { statements: stmts.slice(0, -1), result: last.expression };
  // a guard first (`if (x < 0 || x >= WIDTH) return;`): the rest runs where it does not hold
  const guard = stmts.length > 1 ? guardOf(stmts[0]) : undefined;
  const rest = guard ? stmts.slice(1) : stmts;
  // an early return would leave the statements written after it; a nested function's returns are its own (shapeAllows refuses those)
  return rest.some((s) => someNode(s, ts.isReturnStatement, (n) => !isFunctionScope(n))) ? undefined : { statements: rest, guard };
}

/** The test of `if (test) return;` (no value, no else). */
function guardOf(s: ts.Statement): ts.Expression | undefined {
  if (!ts.isIfStatement(s) || s.elseStatement) return undefined;
  let then = s.thenStatement;
  if (ts.isBlock(then) && then.statements.length === 1) then = then.statements[0];
  return ts.isReturnStatement(then) && !then.expression ? s.expression : undefined;
}

/** Bodies larger than this stay calls: the program's size grows with each copy (100 nodes: about five lines of assignments). */
const maxBodyNodes = 100;
/** Bodies this small are written in place outside loops too: about the size of the call. */
const tinyBodyNodes = 12;

/** Callees being written in place, so that a call inside one is not expanded again. */
const expanding = new Set<Callee>();

export function inlinedCall(ctx: TransformContext, node: ts.CallExpression): py.Expr | undefined {
  if (node.questionDotToken) return undefined;
  const target = calleeOf(ctx, node);
  if (!target || expanding.has(target.fn)) return undefined;
  const shape = shapeOf(ctx, target.fn);
  if (!shape || (shape.size > tinyBodyNodes && !inLoop(node))) return undefined;
  // a body with constants is statements: in a loop, and not where they would turn an expression callback into a loop
  if (shape.locals.length && (!inLoop(node) || inExpressionCallback(node))) return undefined;
  if (shape.moduleConsts.some((sym) => shadowedAt(ctx, sym))) return undefined;
  const { fn, receiver } = target;
  const { statements, result, guard } = bodyOf(fn)!;
  // a body without a result is statements: where the call is one
  const statement = isStatement(node);
  if (!result && !statement) return undefined;
  const params = fn.parameters;
  const kept = keptOperands(ctx, node, receiver, shape, statement);
  if (!kept) return undefined;
  const bindings = new Map<ts.Node, py.Expr>();
  const scope = ctx.scopes.scopeOf(fn);
  expanding.add(fn);
  // a body mpts reports a problem in stays a call: the callee's own def reports it, once
  const reported = ctx.diagnostics.length;
  try {
    const renamed = new Map(shape.locals.map((sym) => [sym, ctx.temp(ctx.scopes.nameOf(sym) ?? sym.name)]));
    // the callee's scope is the caller's while its body is written there
    ctx.inlinedScopes.set(scope, ctx.inlinedScopes.get(ctx.scope) ?? ctx.scope);
    const [pre, value] = ctx.capture(() => {
      // variables and constants: nothing the body runs can change them, so they are read where it reads them;
      // any other operand is evaluated first, in order, into a temporary (only a statement has room for that)
      const operands = [...(receiver ? [receiver] : []), ...node.arguments].map((operand, i) => {
        const value = transformExpr(ctx, operand);
        if (kept[i]) return value;
        const t = b.name(ctx.temp(receiver && i === 0 ? "_self" : parameterName(ctx, fn.parameters[i - (receiver ? 1 : 0)])));
        ctx.addPreceding(b.assign(t, value));
        return t;
      });
      if (receiver) for (const t of shape.thisNodes) bindings.set(t, operands[0]);
      params.forEach((_, i) => {
        for (const ref of shape.paramReads[i]) {
          bindings.set(ref, operands[i + (receiver ? 1 : 0)]);
          // what the program knows of this argument holds for the parameter here (`%02d` of a count)
          ctx.inlinedArguments.set(ref, node.arguments[i]);
        }
      });
      for (const [n, e] of bindings) ctx.substitutions.set(n, e);
      return ctx.scopes.withNames(renamed, () => {
        const test = guard && condition(ctx, guard);
        const [body] = ctx.capture(() => {
          for (const s of statements) ctx.addPreceding(...transformStatements(ctx, [s]));
        });
        ctx.addPreceding(...(test ? [b.ifStmt(b.not(test), body)] : body));
        return result ? transformExpr(ctx, result) : b.none();
      });
    });
    if (ctx.diagnostics.length > reported) {
      ctx.diagnostics.length = reported;
      return undefined;
    }
    ctx.addPreceding(...pre);
    ctx.inlinedCallees.add(ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression);
    return value;
  } catch (err) {
    if (!(err instanceof DiagnosticError)) throw err;
    ctx.diagnostics.length = reported;
    return undefined;
  } finally {
    ctx.inlinedScopes.delete(scope);
    expanding.delete(fn);
    for (const n of bindings.keys()) {
      ctx.substitutions.delete(n);
      ctx.inlinedArguments.delete(n);
    }
  }
}

/**
 * For the receiver (if any) and each argument: whether the body reads it where it reads `this`
 * or the parameter (true), or it goes into a temporary first (false); undefined when the call
 * stays a call. Read in place: a variable, `this` or a literal; or arithmetic of those (`clock % 60`)
 * where the body reads its parameter once: it runs nothing, so reading it there is evaluating it
 * once, in the same order for everything it can observe. Anything else needs a temporary, and
 * only a call that is a statement has room for one: there no operand around the call is evaluated
 * before it. An operand before a temporary is read after the temporary's code runs, so it is read
 * in place only when that code cannot change it (a literal, `this`, a variable no other function writes).
 */
function keptOperands(
  ctx: TransformContext,
  call: ts.CallExpression,
  receiver: ts.Expression | undefined,
  shape: Shape,
  statement: boolean,
): boolean[] | undefined {
  if (call.arguments.length !== shape.paramReads.length) return undefined;
  const args = call.arguments.map((a, i) => isPlainOperand(a) || (shape.paramReads[i].length <= 1 && isPureArithmetic(ctx.checker, a)));
  if (args.every(Boolean)) return receiver ? [true, ...args] : args;
  if (!statement || call.arguments.some(ts.isSpreadElement)) return undefined;
  const operands = [...(receiver ? [receiver] : []), ...call.arguments];
  const kept = receiver ? [true, ...args] : args;
  const lastTemp = kept.lastIndexOf(false);
  for (let i = 0; i < lastTemp; i++) if (kept[i] && !isUnchangedByCalls(ctx, operands[i], call)) kept[i] = false;
  return kept;
}

/** Plain operands under arithmetic, comparison and bit operators (no assignment, no call, no member read). */
function isPureArithmetic(checker: ts.TypeChecker, e: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (isPlainOperand(e)) return true;
  const pure = (x: ts.Expression) => isPureArithmetic(checker, x);
  if (ts.isPrefixUnaryExpression(e))
    return [ts.SyntaxKind.MinusToken, ts.SyntaxKind.PlusToken, ts.SyntaxKind.TildeToken].includes(e.operator) && pure(e.operand);
  // Math.floor(a / b) and the like: the library's, running nothing of the program
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && ts.isIdentifier(e.expression.expression))
    return (
      e.expression.expression.text === "Math" &&
      isFromLib(checker.getSymbolAtLocation(e.expression.expression)?.declarations?.[0]) &&
      !e.arguments.some(ts.isSpreadElement) &&
      e.arguments.every(pure)
    );
  if (!ts.isBinaryExpression(e)) return false;
  const op = e.operatorToken.kind;
  const assigns = op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment;
  const other = op === ts.SyntaxKind.CommaToken || op === ts.SyntaxKind.InKeyword || op === ts.SyntaxKind.InstanceOfKeyword;
  return !assigns && !other && pure(e.left) && pure(e.right);
}

function isPlainOperand(e: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken) e = e.operand;
  return (
    ts.isIdentifier(e) ||
    ts.isNumericLiteral(e) ||
    ts.isStringLiteralLike(e) ||
    e.kind === ts.SyntaxKind.ThisKeyword ||
    e.kind === ts.SyntaxKind.TrueKeyword ||
    e.kind === ts.SyntaxKind.FalseKeyword ||
    e.kind === ts.SyntaxKind.NullKeyword
  );
}

/** A parameter's name in Python (`from` is `from_`), for the temporary that stands for it. */
function parameterName(ctx: TransformContext, p: ts.ParameterDeclaration): string {
  const sym = ctx.checker.getSymbolAtLocation(p.name);
  return (sym && ctx.scopes.nameOf(sym)) ?? p.name.getText();
}

/** A call whose value nothing reads, written as a statement: an expression statement, or an inlined forEach's body. */
function isStatement(call: ts.CallExpression): boolean {
  let n: ts.Node = call;
  while (ts.isParenthesizedExpression(n.parent)) n = n.parent;
  return ts.isExpressionStatement(n.parent) || discardedValues.has(n);
}

/** A call inside a callback whose body is one expression (`xs.map((x) => f(x))`), which is a comprehension while nothing needs statements. */
function inExpressionCallback(node: ts.Node): boolean {
  for (let p = node.parent; p; p = p.parent) if (isFunctionScope(p)) return ts.isArrowFunction(p) && !ts.isBlock(p.body);
  return false;
}

/** A call inside a loop of its function (a loop statement, or a callback forEach and the like run per item). */
function inLoop(node: ts.Node): boolean {
  for (let p = node.parent, child: ts.Node = node; p; child = p, p = p.parent) {
    if (ts.isIterationStatement(p, false) && (child === p.statement || child === (p as ts.WhileStatement).expression)) return true;
    if (isFunctionScope(p)) return isRunPerItem(p);
  }
  return false;
}

const perItemMethods = new Set(["forEach", "map", "filter", "find", "findIndex", "some", "every", "reduce"]);

function isRunPerItem(fn: ts.Node): boolean {
  const call = fn.parent;
  return (
    (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) &&
    ts.isCallExpression(call) &&
    call.arguments[0] === fn &&
    ts.isPropertyAccessExpression(call.expression) &&
    perItemMethods.has(call.expression.name.text)
  );
}

/** The function a call reaches, and its receiver for a method. */
function calleeOf(ctx: TransformContext, node: ts.CallExpression): { fn: Callee; receiver?: ts.Expression } | undefined {
  const callee = node.expression;
  const decl = ctx.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(callee) ? callee.name : callee)?.declarations;
  if (decl?.length !== 1 || decl[0].getSourceFile() !== ctx.sourceFile) return undefined;
  const fn = decl[0];
  // `const pad2 = (n: number) => ...`: a const is never written again
  if (ts.isIdentifier(callee) && ts.isVariableDeclaration(fn) && ts.getCombinedNodeFlags(fn) & ts.NodeFlags.Const && fn.initializer) {
    let init = fn.initializer;
    while (ts.isParenthesizedExpression(init)) init = init.expression;
    // written before the call: a call that may run before the declaration (JavaScript's ReferenceError) stays a call
    if (fn.end > node.getStart()) return undefined;
    return ts.isArrowFunction(init) ? { fn: init } : undefined;
  }
  if (ts.isIdentifier(callee) && ts.isFunctionDeclaration(fn)) {
    const sym = ctx.checker.getSymbolAtLocation(callee)!;
    // the declaration is its only write
    const writes = ctx.scopes.writes.get(sym) ?? [];
    return writes.length <= 1 && writes.every((w) => w.kind === "init" || w.kind === "unknown") ? { fn } : undefined;
  }
  if (!ts.isPropertyAccessExpression(callee) || !ts.isMethodDeclaration(fn) || !ts.isClassDeclaration(fn.parent)) return undefined;
  const recv = callee.expression;
  if (!(ts.isIdentifier(recv) || recv.kind === ts.SyntaxKind.ThisKeyword)) return undefined;
  // the receiver's class is the method's own: a value of a subclass could run another method
  const cls = fn.parent;
  if (ctx.checker.getTypeAtLocation(recv).getSymbol() !== ctx.checker.getSymbolAtLocation(cls.name ?? cls)) return undefined;
  const facts = programFacts(ctx);
  const name = fn.name.getText();
  // another class or an object literal with a member of that name may be typed as this class (types are structural);
  // a subclass that overrides the method declares a member of its name too, so a value of one that inherits
  // it runs this body (a class made by a call, a mixin, could do anything)
  if (facts.anyExtended || facts.assignedNames.has(name) || (facts.memberNames.get(name) ?? 0) > 1) return undefined;
  return { fn, receiver: recv };
}

/** A body that can be written in place: its size in nodes, and where it reads `this` and each parameter. */
interface Shape {
  size: number;
  thisNodes: ts.Node[];
  paramReads: ts.Node[][];
  /** the body's `const`s */
  locals: ts.Symbol[];
  /** top-level `const`s of the callee's module it reads (`VREF`) */
  moduleConsts: ts.Symbol[];
}

const shapes = new WeakMap<Callee, Shape | undefined>();

/** The body's shape, found once per callee; undefined when it cannot be written in place. */
function shapeOf(ctx: TransformContext, fn: Callee): Shape | undefined {
  if (!shapes.has(fn)) shapes.set(fn, shapeAllows(ctx, fn));
  return shapes.get(fn);
}

/** The body's shape: field assignments and a return, reading only parameters, `this` and the library. */
function shapeAllows(ctx: TransformContext, fn: Callee): Shape | undefined {
  const mods = ts.getCombinedModifierFlags(fn);
  const parts = bodyOf(fn);
  if (
    !parts ||
    (!ts.isArrowFunction(fn) && fn.asteriskToken) ||
    mods & (ts.ModifierFlags.Async | ts.ModifierFlags.Static | ts.ModifierFlags.Abstract)
  )
    return undefined;
  if (fn.parameters.some((p) => !ts.isIdentifier(p.name) || p.initializer || p.dotDotDotToken || p.questionToken)) return undefined;
  const stmts = [...parts.statements];
  if (!stmts.every((s) => isConstLocal(s) || isStore(s))) return undefined;
  const params = fn.parameters.map((p) => ctx.checker.getSymbolAtLocation(p.name));
  // the body's own constants, written under fresh names where the body is written
  const locals = new Set(
    stmts.filter(ts.isVariableStatement).map((s) => ctx.checker.getSymbolAtLocation(s.declarationList.declarations[0].name)),
  );
  const moduleConsts = new Set<ts.Symbol>();
  const thisNodes: ts.Node[] = [];
  const paramReads: ts.Node[][] = params.map(() => []);
  let nodes = 0;
  let ok = true;
  walk(fn.body!, (n) => {
    // an arrow's `this` is its surroundings', which the call does not give
    if (n.kind === ts.SyntaxKind.ThisKeyword && ts.isArrowFunction(fn)) ok = false;
    if (n.kind === ts.SyntaxKind.ThisKeyword) thisNodes.push(n);
    if (++nodes > maxBodyNodes || (n !== fn.body && (isFunctionScope(n) || ts.isClassLike(n)))) ok = false;
    else if (n.kind === ts.SyntaxKind.SuperKeyword || ts.isAwaitExpression(n) || ts.isYieldExpression(n) || ts.isDeleteExpression(n))
      ok = false;
    else if ((ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n) || ts.isCallExpression(n)) && n.questionDotToken)
      ok = false;
    else if (ts.isIdentifier(n) && isReference(n)) {
      const sym = ctx.checker.getSymbolAtLocation(n);
      const param = sym ? params.indexOf(sym) : -1;
      if (param >= 0 && !isWrite(n)) paramReads[param].push(n);
      else if (sym && locals.has(sym)) return undefined;
      else if (sym && moduleConst(sym)?.getSourceFile() === fn.getSourceFile()) moduleConsts.add(sym);
      else if (n.text === "arguments" || !sym || param >= 0 || !isFromLib(sym.declarations?.[0])) ok = false;
    }
    return ok ? undefined : "stop";
  });
  return ok && !mayRunOtherCode(ctx, fn.body!)
    ? { size: nodes, thisNodes, paramReads, locals: [...locals] as ts.Symbol[], moduleConsts: [...moduleConsts] }
    : undefined;
}

/** Whether a Python scope around the call binds the module constant's name to something else (Python scopes are whole functions). */
function shadowedAt(ctx: TransformContext, sym: ts.Symbol): boolean {
  const name = ctx.scopes.nameOf(sym) ?? sym.name;
  for (let scope: Scope | undefined = ctx.scope; scope && !ts.isSourceFile(scope.node); scope = scope.parent)
    if (scope.declared.some((d) => d !== sym && (ctx.scopes.nameOf(d) ?? d.name) === name)) return true;
  return false;
}

/** `const x = e;`: one name, an initializer. */
function isConstLocal(s: ts.Statement): boolean {
  if (!ts.isVariableStatement(s) || !(s.declarationList.flags & ts.NodeFlags.Const)) return false;
  const [d, ...more] = s.declarationList.declarations;
  return !more.length && ts.isIdentifier(d.name) && !!d.initializer;
}

/**
 * A statement that stores into `this` or an element (`this.x = e`, `this.x++`, `this.buf[i] = v`,
 * `out[i] = v`), or an `if` of such statements. Whatever it stores into, it changes no variable:
 * the arguments read where the body reads its parameters keep their values.
 */
function isStore(s: ts.Statement): boolean {
  if (ts.isBlock(s)) return s.statements.every(isStore);
  if (ts.isIfStatement(s)) return isStore(s.thenStatement) && (!s.elseStatement || isStore(s.elseStatement));
  if (!ts.isExpressionStatement(s)) return false;
  const target = writtenBy(skipParens(s.expression));
  if (!target) return false;
  if (ts.isPropertyAccessExpression(target)) return target.expression.kind === ts.SyntaxKind.ThisKeyword;
  // an element of a field or of a parameter (the walk in shapeAllows refuses any other variable)
  return ts.isElementAccessExpression(target) && (ts.isPropertyAccessExpression(target.expression) || ts.isIdentifier(target.expression));
}

/** An identifier that names a variable (not a member's or a property's name). */
function isReference(n: ts.Identifier): boolean {
  const p = n.parent;
  if (ts.isPropertyAccessExpression(p) && p.name === n) return false;
  if (ts.isPropertyAssignment(p) && p.name === n) return false;
  return true;
}

interface ProgramFacts {
  /** names of properties the program assigns (`o.next = ...`) */
  assignedNames: Set<string>;
  /** how many classes and object literals of the program declare a member of each name */
  memberNames: Map<string, number>;
  anyExtended: boolean;
}

const facts = new WeakMap<ProgramInfo, ProgramFacts>();

function programFacts(ctx: TransformContext): ProgramFacts {
  let f = facts.get(ctx.program);
  if (f) return f;
  f = { assignedNames: new Set(), memberNames: new Map(), anyExtended: false };
  for (const file of ctx.program.files) {
    walk(file, (n) => {
      if (ts.isHeritageClause(n) && n.token === ts.SyntaxKind.ExtendsKeyword) {
        for (const t of n.types) {
          const base = ctx.checker.getTypeAtLocation(t.expression).getSymbol()?.valueDeclaration;
          // a class made by a call (a mixin) may extend any class
          if (!base || !ts.isClassLike(base)) f!.anyExtended = true;
        }
      } else if ((ts.isClassElement(n) || ts.isObjectLiteralElementLike(n)) && n.name && !ts.isComputedPropertyName(n.name)) {
        const member = n.name.getText().replace(/^["']|["']$/g, "");
        f!.memberNames.set(member, (f!.memberNames.get(member) ?? 0) + 1);
      } else if (ts.isPropertyAccessExpression(n) && isWrite(n)) f!.assignedNames.add(n.name.text);
      else if (ts.isElementAccessExpression(n) && ts.isStringLiteralLike(n.argumentExpression) && isWrite(n))
        f!.assignedNames.add(n.argumentExpression.text);
    });
  }
  facts.set(ctx.program, f);
  return f;
}
