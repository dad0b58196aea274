// Statements: declarations, expression statements, if, return, throw,
// try/catch/finally, switch and blocks. Loops live in loops.ts.
import { stringBuilder, builderStart } from "./string-builders.js";
import { toJsString } from "./conversions.js";
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import { Codes, DiagnosticError, unsupported } from "../diagnostics.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { truthy } from "./conversions.js";
import { assignTo } from "./assignment.js";
import { minMaxUpdate } from "./min-max-updates.js";
import { compoundOperator, binaryOp } from "./operators.js";
import { bindPattern } from "./destructuring.js";
import { transformFunctionDeclaration, transformFunctionExpression, makeDef, isHoistable, perIteration } from "./functions.js";
import { transformClassDeclaration, transformEnum } from "./classes.js";
import { transformLoop, transformBreakContinue, transformLabelled } from "./loops.js";
import { transformSwitch } from "./switch.js";
import { transformImport, transformExportDeclaration, transformExportAssignment } from "./modules.js";
import * as T from "./types.js";
import { asyncReturnValue } from "../builtins/promise.js";
import { discardedValues, returnsAsContinue } from "../builtins/util.js";
import { isErrorType } from "./thrown.js";
import { withProps } from "./function-props.js";
import { transformNamespace, transformImportEquals } from "./namespaces.js";
import { assignsAtTop, renamed } from "../python/rename.js";
import { mentions } from "../python/mentions.js";
import { maskedStore } from "./demanded-bits.js";
import { arrayEquality } from "./array-equality.js";

/** Transform a statement list; function declarations move to the top, as JavaScript hoists them. */
export function transformStatements(ctx: TransformContext, stmts: readonly ts.Statement[]): py.Stmt[] {
  const isHoisted = (s: ts.Statement): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && !!s.body && isHoistable(ctx, s);
  const hoisted = stmts.filter(isHoisted);
  const rest = stmts.filter((s) => !isHoisted(s));
  const out: py.Stmt[] = [];
  for (const s of [...orderHoisted(ctx, hoisted), ...rest]) out.push(...transformStatement(ctx, s));
  return out;
}

/**
 * Inside a loop, a function that uses another function declared in the same block
 * takes a copy of it when it is defined (see perIteration in functions.ts), so
 * that one must be defined first.
 */
function orderHoisted(ctx: TransformContext, fns: ts.FunctionDeclaration[]): ts.FunctionDeclaration[] {
  if (fns.length < 2) return fns;
  const bySymbol = new Map<ts.Symbol, ts.FunctionDeclaration>();
  for (const f of fns) {
    const sym = f.name && ctx.checker.getSymbolAtLocation(f.name);
    if (sym) bySymbol.set(sym, f);
  }
  const out: ts.FunctionDeclaration[] = [];
  const state = new Map<ts.FunctionDeclaration, "visiting" | "done">();
  const visit = (f: ts.FunctionDeclaration): void => {
    if (state.has(f)) return; // done, or a cycle: keep source order
    state.set(f, "visiting");
    for (const sym of ctx.scopes.scopeOf(f).loopCaptures) {
      const dep = bySymbol.get(sym);
      if (dep) visit(dep);
    }
    state.set(f, "done");
    out.push(f);
  };
  fns.forEach(visit);
  return out;
}

/** One statement with the statements its expressions needed placed before it. */
export function transformStatement(ctx: TransformContext, node: ts.Statement): py.Stmt[] {
  try {
    const [pre, stmts] = ctx.capture(() => dispatch(ctx, node));
    const out = [...pre, ...stmts];
    if (out.length && !out[0].pos) out[0].pos = ctx.pos(node);
    return out;
  } catch (err) {
    if (err instanceof DiagnosticError) throw err;
    throw ctx.internal(node, err);
  }
}

/** Statements of a nested block (loop or branch body). */
export function transformBlock(ctx: TransformContext, node: ts.Statement): py.Stmt[] {
  if (ts.isBlock(node)) return transformStatements(ctx, node.statements);
  return transformStatement(ctx, node);
}

function dispatch(ctx: TransformContext, node: ts.Statement): py.Stmt[] {
  switch (node.kind) {
    case ts.SyntaxKind.VariableStatement:
      if (
        ts.getCombinedModifierFlags((node as ts.VariableStatement).declarationList.declarations[0] ?? (node as never)) &
        ts.ModifierFlags.Ambient
      )
        return [];
      return transformVariableList(ctx, (node as ts.VariableStatement).declarationList);
    case ts.SyntaxKind.ExpressionStatement:
      return transformExpressionStatement(ctx, (node as ts.ExpressionStatement).expression);
    case ts.SyntaxKind.IfStatement:
      return takenBranch(transformIf(ctx, node as ts.IfStatement));
    case ts.SyntaxKind.Block:
      return transformStatements(ctx, (node as ts.Block).statements);
    case ts.SyntaxKind.ReturnStatement: {
      const r = node as ts.ReturnStatement;
      const pass = returnsAsContinue.get(r);
      // an inlined callback's return ends the pass (a forEach's value is thrown away, a map's kept)
      if (pass) {
        const stmts = pass(r.expression);
        return stmts[stmts.length - 1]?.kind === "Break" ? stmts : [...stmts, b.cont()];
      }
      return [b.ret(r.expression ? asyncReturnValue(ctx, r.expression, transformExpr(ctx, r.expression)) : undefined)];
    }
    case ts.SyntaxKind.ThrowStatement:
      return [transformThrow(ctx, node as ts.ThrowStatement)];
    case ts.SyntaxKind.TryStatement:
      return [transformTry(ctx, node as ts.TryStatement)];
    case ts.SyntaxKind.FunctionDeclaration:
      return transformFunctionDeclaration(ctx, node as ts.FunctionDeclaration);
    case ts.SyntaxKind.ClassDeclaration:
      return transformClassDeclaration(ctx, node as ts.ClassDeclaration);
    case ts.SyntaxKind.EnumDeclaration:
      return transformEnum(ctx, node as ts.EnumDeclaration);
    case ts.SyntaxKind.ForStatement:
    case ts.SyntaxKind.ForOfStatement:
    case ts.SyntaxKind.ForInStatement:
    case ts.SyntaxKind.WhileStatement:
    case ts.SyntaxKind.DoStatement:
      return transformLoop(ctx, node as ts.IterationStatement, undefined);
    case ts.SyntaxKind.BreakStatement:
    case ts.SyntaxKind.ContinueStatement:
      return transformBreakContinue(ctx, node as ts.BreakOrContinueStatement);
    case ts.SyntaxKind.LabeledStatement:
      return transformLabelled(ctx, node as ts.LabeledStatement);
    case ts.SyntaxKind.SwitchStatement:
      return transformSwitch(ctx, node as ts.SwitchStatement);
    case ts.SyntaxKind.EmptyStatement:
    case ts.SyntaxKind.InterfaceDeclaration:
    case ts.SyntaxKind.TypeAliasDeclaration:
      return [];
    case ts.SyntaxKind.ImportDeclaration:
      return transformImport(ctx, node as ts.ImportDeclaration);
    case ts.SyntaxKind.ExportDeclaration:
      return transformExportDeclaration(ctx, node as ts.ExportDeclaration);
    case ts.SyntaxKind.ExportAssignment:
      return transformExportAssignment(ctx, node as ts.ExportAssignment);
    case ts.SyntaxKind.ModuleDeclaration:
      if (ts.getCombinedModifierFlags(node as ts.ModuleDeclaration) & ts.ModifierFlags.Ambient) return [];
      return transformNamespace(ctx, node as ts.ModuleDeclaration);
    case ts.SyntaxKind.WithStatement:
      throw unsupported(node, Codes.with, "'with'", "name the object explicitly");
    case ts.SyntaxKind.DebuggerStatement:
      return [];
    case ts.SyntaxKind.ImportEqualsDeclaration:
      return transformImportEquals(ctx, node as ts.ImportEqualsDeclaration);
    default:
      throw unsupported(node, Codes.unsupportedSyntax, `The statement '${ts.SyntaxKind[node.kind]}'`, "rewrite it with simpler syntax");
  }
}

/**
 * `value` is a temporary the statements made (they assign it at their top level) and
 * `target` a variable they do not mention: the statements may fill the variable itself.
 */
function carriesValue(ctx: TransformContext, stmts: py.Stmt[], value: py.Expr, target: py.Expr): boolean {
  return (
    value.kind === "Name" && target.kind === "Name" && ctx.isTemp(value.id) && assignsAtTop(stmts, value.id) && !mentions(stmts, target.id)
  );
}

export function transformVariableList(ctx: TransformContext, list: ts.VariableDeclarationList): py.Stmt[] {
  const out: py.Stmt[] = [];
  for (const decl of list.declarations) {
    const [pre] = ctx.capture(() => {
      if (!decl.initializer) {
        if (ts.isIdentifier(decl.name)) ctx.addPreceding({ ...b.assign(transformExpr(ctx, decl.name), b.none()), pos: ctx.pos(decl) });
        return;
      }
      const init = skipOuter(decl.initializer);
      if (
        ts.isIdentifier(decl.name) &&
        (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) &&
        !(ts.isFunctionExpression(init) && init.name) &&
        (ts.isBlock(init.body) || isLoopClosureCallingItself(ctx, decl.name, init))
      ) {
        // const f = () => { ... }  reads best as  def f(): ...
        const name = (transformExpr(ctx, decl.name) as py.Name).id;
        if (ctx.scopes.scopeOf(init).loopCaptures.size === 0) {
          ctx.addPreceding(makeDef(ctx, init, name));
          const props = withProps(ctx, init, b.name(name));
          if (props.kind !== "Name") ctx.addPreceding(b.assign(b.name(name), props));
          return;
        }
        if (isLoopClosureCallingItself(ctx, decl.name, init)) {
          // this iteration's copy must call itself, not the latest iteration's: def f inside the factory
          ctx.addPreceding(b.assign(b.name(name), withProps(ctx, init, perIteration(ctx, init, b.name(name), makeDef(ctx, init, name)))));
          return;
        }
        ctx.addPreceding(b.assign(b.name(name), transformFunctionExpression(ctx, init, name)));
        return;
      }
      const [initPre, initValue] = ctx.capture(() => transformExpr(ctx, decl.initializer!));
      let value = initValue;
      if (ts.isIdentifier(decl.name)) {
        const target = transformExpr(ctx, decl.name);
        const builder = stringBuilder(ctx, ctx.checker.getSymbolAtLocation(decl.name));
        // a temporary of the initializer's statements that carries the value: they use the variable instead
        if (!builder && carriesValue(ctx, initPre, value, target)) {
          ctx.addPreceding(...renamed(initPre, (value as py.Name).id, (target as py.Name).id));
          return;
        }
        ctx.addPreceding(...initPre);
        if (builder) value = builderStart(value);
        ctx.addPreceding({ ...b.assign(target, value), pos: ctx.pos(decl) });
      } else {
        ctx.addPreceding(...initPre);
        bindPattern(ctx, decl.name, value);
      }
    });
    out.push(...pre);
  }
  return out;
}

/** `const f = (n) => ... f(n - 1) ...` in a loop, also using the loop's bindings */
function isLoopClosureCallingItself(ctx: TransformContext, name: ts.Identifier, fn: ts.Node): boolean {
  if (ctx.scopes.scopeOf(fn).loopCaptures.size === 0) return false;
  const sym = ctx.checker.getSymbolAtLocation(name);
  return ((sym && ctx.scopes.references.get(sym)) || []).some((ref) => ref.pos >= fn.pos && ref.end <= fn.end);
}

function skipOuter(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  return e;
}

const logicalAssignOps = new Set([
  ts.SyntaxKind.QuestionQuestionEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken,
  ts.SyntaxKind.AmpersandAmpersandEqualsToken,
]);

/** `e` evaluated for its effects only, as statements (its value is thrown away: discardedValues). */
export function discardedExpression(ctx: TransformContext, e: ts.Expression): py.Stmt[] {
  discardedValues.add(e);
  const [pre, stmts] = ctx.capture(() => transformExpressionStatement(ctx, e));
  return [...pre, ...stmts];
}

/**
 * The strings `s += a + b` appends: a and b (and so on down a chain) when both sides of each
 * `+` are strings and none is literal text, outside a try (where a piece that throws after
 * the first went in would leave it there); else the one value.
 */
function builderPieces(ctx: TransformContext, e: ts.Expression): ts.Expression[] {
  for (let p: ts.Node = e; !ts.isFunctionLike(p) && !ts.isSourceFile(p); p = p.parent) if (ts.isTryStatement(p)) return [e];
  const pieces = (n: ts.Expression): ts.Expression[] => {
    const inner = skipOuter(n);
    const str = (x: ts.Expression) => T.isString(ctx.checker.getTypeAtLocation(x));
    if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.PlusToken && str(inner.left) && str(inner.right))
      return [...pieces(inner.left), ...pieces(inner.right)];
    return [n];
  };
  const all = pieces(e);
  // literal text among them is one format with the rest (`"<td>%s</td>" % v`): kept whole
  return all.some((p) => ts.isStringLiteralLike(skipOuter(p)) || ts.isTemplateExpression(skipOuter(p))) ? [e] : all;
}

export function transformExpressionStatement(ctx: TransformContext, expr: ts.Expression): py.Stmt[] {
  expr = skipOuter(expr);
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === ts.SyntaxKind.EqualsToken) {
      const update = minMaxUpdate(ctx, expr);
      if (update) return update;
      const right = expr.right;
      const assignment = expr;
      // a variable whose readers see its low bits only keeps those (demanded-bits.ts)
      assignTo(ctx, expr.left, () => maskedStore(ctx, assignment, transformExpr(ctx, right)), right, false);
      return [];
    }
    const compound = compoundOperator(op);
    if (
      op === ts.SyntaxKind.PlusEqualsToken &&
      ts.isIdentifier(expr.left) &&
      stringBuilder(ctx, ctx.checker.getSymbolAtLocation(expr.left))
    ) {
      // a piece of a string built in a loop (string-builders.ts); a concatenation of strings
      // goes in piece by piece, which makes no string of the two (`out += HEX[b >> 4] + HEX[b & 15]`)
      // the list is the compiler's own (never None, its append never changes): a loop may look append up once
      // each piece's own statements go right before its append, after the pieces before it
      const builder = expr.left;
      return builderPieces(ctx, expr.right).flatMap((piece) => {
        const [pre, value] = ctx.capture(() => toJsString(ctx, piece, transformExpr(ctx, piece)));
        const list = transformExpr(ctx, builder);
        return [...pre, b.exprStmt(list.kind === "Name" ? b.appendTo(list, value) : b.method(list, "append", [value]))];
      });
    }
    if (compound !== undefined) {
      const e = expr;
      assignTo(ctx, e.left, (cur) => binaryOp(ctx, compound, e.left, cur!, e.right, transformExpr(ctx, e.right), e), e, false, true);
      return [];
    }
  }
  if (
    (ts.isPrefixUnaryExpression(expr) || ts.isPostfixUnaryExpression(expr)) &&
    (expr.operator === ts.SyntaxKind.PlusPlusToken || expr.operator === ts.SyntaxKind.MinusMinusToken)
  ) {
    const op = expr.operator === ts.SyntaxKind.PlusPlusToken ? "+" : "-";
    assignTo(ctx, expr.operand, (cur) => b.bin(cur!, op, b.num(1)), expr, false, true);
    return [];
  }
  const value = transformExpr(ctx, expr);
  if (b.isSimple(value)) return [];
  // `a[k] ??= v` as a statement: its value (the target, read again) is not needed
  if (
    ts.isBinaryExpression(expr) &&
    logicalAssignOps.has(expr.operatorToken.kind) &&
    (value.kind === "Subscript" || value.kind === "Attribute")
  )
    return [];
  return [b.exprStmt(value)];
}

/** A Python condition for a JavaScript test expression. */
export function condition(ctx: TransformContext, node: ts.Expression): py.Expr {
  node = skipOuter(node);
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) {
      const equality = arrayEquality(ctx, node);
      if (equality) return equality;
      const left = condition(ctx, node.left);
      const [pre, right] = ctx.capture(() => condition(ctx, node.right));
      if (pre.length === 0) return op === ts.SyntaxKind.AmpersandAmpersandToken ? b.and(left, right) : b.or(left, right);
      const t = b.name(ctx.temp());
      ctx.addPreceding(b.assign(t, left));
      ctx.addPreceding(b.ifStmt(op === ts.SyntaxKind.AmpersandAmpersandToken ? t : b.not(t), [...pre, b.assign(t, right)]));
      return t;
    }
  }
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
    return b.not(condition(ctx, node.operand));
  }
  return truthy(ctx, node, transformExpr(ctx, node));
}

/**
 * An `if` whose test is a constant true or false (a literal argument of a body written in place:
 * `if (on)` of `pixel(x, y, true)`) as the branch that runs.
 */
function takenBranch(stmt: py.If): py.Stmt[] {
  const test = stmt.test;
  if (test.kind !== "Constant" || typeof test.value !== "boolean") return [stmt];
  return test.value ? stmt.body : stmt.orelse;
}

function transformIf(ctx: TransformContext, node: ts.IfStatement): py.If {
  const test = condition(ctx, node.expression);
  const body = transformBlock(ctx, node.thenStatement);
  let orelse: py.Stmt[] = [];
  if (node.elseStatement) {
    if (ts.isIfStatement(node.elseStatement)) {
      const [pre, inner] = ctx.capture(() => transformIf(ctx, node.elseStatement as ts.IfStatement));
      orelse = [...pre, inner];
    } else orelse = transformBlock(ctx, node.elseStatement);
  }
  return { ...b.ifStmt(test, body, orelse), pos: ctx.pos(node) };
}

/**
 * `throw x`: an Error is raised as it is; any other value (a string, a number, a
 * plain object) travels inside the runtime's JsThrow, which catch clauses unwrap.
 */
function transformThrow(ctx: TransformContext, node: ts.ThrowStatement): py.Stmt {
  const value = transformExpr(ctx, node.expression);
  const t = ctx.checker.getTypeAtLocation(node.expression);
  if (isErrorType(ctx.checker, t) || !ctx.program.throwsValues) return b.raise(value);
  const someError = (t.isUnion() ? t.types : [t]).some((p) => isErrorType(ctx.checker, p));
  if (T.isAnyLike(t) || someError) return b.raise(b.call(ctx.useHelper("js_throw"), [value]));
  return b.raise(b.call(ctx.useHelper("JsThrow"), [value]));
}

/** Is the catch variable read by a function written inside the catch block? */
function capturedByClosure(ctx: TransformContext, name: ts.Identifier, block: ts.Block): boolean {
  const sym = ctx.checker.getSymbolAtLocation(name);
  return (ctx.scopes.references.get(sym!) ?? []).some((ref) => {
    const fn = ts.findAncestor(ref.parent, (n) => ts.isFunctionLike(n) || n === block);
    return !!fn && fn !== block;
  });
}

function transformTry(ctx: TransformContext, node: ts.TryStatement): py.Stmt {
  const body = transformStatements(ctx, node.tryBlock.statements);
  const handlers: py.ExceptHandler[] = [];
  if (node.catchClause) {
    const decl = node.catchClause.variableDeclaration;
    let name: string | undefined;
    const prelude: py.Stmt[] = [];
    if (decl) {
      if (ts.isIdentifier(decl.name)) name = (transformExpr(ctx, decl.name) as py.Name).id;
      else name = ctx.temp("_e");
      const variable = name;
      // Python deletes the `except ... as` name when the handler ends: a closure keeps a copy instead
      if (ts.isIdentifier(decl.name) && capturedByClosure(ctx, decl.name, node.catchClause.block)) name = ctx.temp("_e");
      // a value thrown by `throw "text"` arrives wrapped: the catch variable is the value itself
      const caught = ctx.program.throwsValues ? b.call(ctx.useHelper("js_caught"), [b.name(name)]) : b.name(name);
      if (name !== variable || ctx.program.throwsValues) prelude.push(b.assign(b.name(variable), caught));
      if (!ts.isIdentifier(decl.name)) {
        const [pre] = ctx.capture(() => bindPattern(ctx, decl.name, b.name(variable)));
        prelude.push(...pre);
      }
    }
    // Exception, not BaseException: Ctrl-C (KeyboardInterrupt) must still stop the board
    handlers.push({ type: b.name("Exception"), name, body: [...prelude, ...transformStatements(ctx, node.catchClause.block.statements)] });
  }
  const finalbody = node.finallyBlock ? transformStatements(ctx, node.finallyBlock.statements) : undefined;
  if (finalbody && finalbody.length === 0) finalbody.push(b.pass());
  return { kind: "Try", body, handlers, finalbody, pos: ctx.pos(node) };
}
