// A string built by `s += piece` in a loop and read once afterwards: a list of pieces
// joined at the read, as a MicroPython programmer builds a page. Each `+=` on a str
// copies the whole string so far (time and garbage grow with the square of its length).
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import * as T from "./types.js";

interface Builder {
  /** the one identifier that reads the finished string */
  read: ts.Identifier;
}

const cache = new WeakMap<ts.TypeChecker, Map<ts.Symbol, Builder | null>>();

function enclosingFunctionOrFile(n: ts.Node): ts.Node {
  let p = n.parent;
  while (p && !ts.isFunctionLike(p) && !ts.isSourceFile(p) && !ts.isClassStaticBlockDeclaration(p)) p = p.parent;
  return p;
}

/** The statement of `block` that holds `n`, and whether a loop lies between them. */
function topStatement(n: ts.Node, block: ts.Node): { stmt: ts.Node; inLoop: boolean } | undefined {
  let inLoop = false;
  let cur = n;
  while (cur.parent && cur.parent !== block) {
    if (ts.isIterationStatement(cur.parent, false)) inLoop = true;
    cur = cur.parent;
  }
  return cur.parent === block ? { stmt: cur, inLoop } : undefined;
}

/** `s += x;` as a statement, with `s` the identifier `ref`. */
function appendStatement(ref: ts.Identifier): ts.BinaryExpression | undefined {
  let p: ts.Node = ref.parent;
  if (!ts.isBinaryExpression(p) || p.left !== ref || p.operatorToken.kind !== ts.SyntaxKind.PlusEqualsToken) return undefined;
  const bin = p;
  p = p.parent;
  while (ts.isParenthesizedExpression(p)) p = p.parent;
  return ts.isExpressionStatement(p) ? bin : undefined;
}

function analyse(ctx: TransformContext, sym: ts.Symbol): Builder | null {
  const decl = sym.valueDeclaration;
  if (!decl || !ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name) || !decl.initializer) return null;
  const list = decl.parent;
  if (!ts.isVariableDeclarationList(list) || !(list.flags & ts.NodeFlags.Let) || !ts.isVariableStatement(list.parent)) return null;
  const stmt = list.parent;
  if (ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Export) return null;
  const block = stmt.parent;
  if (!ts.isBlock(block) && !ts.isSourceFile(block)) return null;
  if (decl.getSourceFile() !== ctx.sourceFile) return null;
  const t = ctx.checker.getTypeAtLocation(decl.name);
  if (!T.isString(t) || T.isNullable(t)) return null;
  const writes = ctx.scopes.writes.get(sym) ?? [];
  if (writes.some((w) => w.kind !== "init" && !(w.kind === "compound" && w.op === ts.SyntaxKind.PlusEqualsToken))) return null;
  const home = enclosingFunctionOrFile(decl);
  const stmtIndex = (n: ts.Node) => (ts.isBlock(block) || ts.isSourceFile(block) ? block.statements.indexOf(n as ts.Statement) : -1);
  let read: ts.Identifier | undefined;
  let lastAppend = stmtIndex(stmt);
  let appendsInLoop = false;
  for (const ref of ctx.scopes.references.get(sym) ?? []) {
    // a closure may read the string while it is still a list
    if (enclosingFunctionOrFile(ref) !== home) return null;
    const top = topStatement(ref, block);
    if (!top) return null;
    if (appendStatement(ref)) {
      lastAppend = Math.max(lastAppend, stmtIndex(top.stmt));
      appendsInLoop ||= top.inLoop;
      continue;
    }
    if (read) return null;
    read = ref;
  }
  if (!read || !appendsInLoop) return null;
  // every piece is in before the string is read
  const readTop = topStatement(read, block)!;
  if (stmtIndex(readTop.stmt) <= lastAppend) return null;
  return { read };
}

export function stringBuilder(ctx: TransformContext, sym: ts.Symbol | undefined): Builder | undefined {
  if (!sym) return undefined;
  let m = cache.get(ctx.checker);
  if (!m) cache.set(ctx.checker, (m = new Map()));
  let r = m.get(sym);
  if (r === undefined) m.set(sym, (r = analyse(ctx, sym)));
  return r ?? undefined;
}

/** The finished string of a builder read at `id`, or undefined. */
export function builtString(ctx: TransformContext, id: ts.Identifier, sym: ts.Symbol, name: py.Expr): py.Expr | undefined {
  const builder = stringBuilder(ctx, sym);
  return builder && builder.read === id ? b.method(b.str(""), "join", [name]) : undefined;
}

/** `s = [init]` for a builder's declaration. */
export function builderStart(init: py.Expr): py.Expr {
  return b.list(init.kind === "Constant" && init.value === "" ? [] : [init]);
}
