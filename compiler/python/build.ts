// Small constructors for Python AST nodes, so transforms read like the code they emit.
import type * as py from "./ast.js";

export const name = (id: string): py.Name => ({ kind: "Name", id });
export const num = (value: number): py.Constant => ({ kind: "Constant", value });
export const str = (value: string): py.Constant => ({ kind: "Constant", value });
export const bool = (value: boolean): py.Constant => ({ kind: "Constant", value });
export const none = (): py.Constant => ({ kind: "Constant", value: null });
export const attr = (value: py.Expr, attrName: string): py.Attribute => ({ kind: "Attribute", value, attr: attrName });
export const call = (func: py.Expr | string, args: py.Expr[] = [], keywords?: py.Keyword[]): py.Call => ({
  kind: "Call",
  func: typeof func === "string" ? name(func) : func,
  args,
  keywords,
});
export const method = (obj: py.Expr, methodName: string, args: py.Expr[] = []): py.Call => call(attr(obj, methodName), args);
/**
 * `xs.append(v)` into a list the compiler made and named (`_r = []`): never None, and a list's
 * append never changes, so a loop may look it up once before it (loop-invariants.ts).
 */
export const appendTo = (list: py.Name, value: py.Expr): py.Call =>
  call({ kind: "Attribute", value: { ...list, nonNull: true }, attr: "append", settled: true }, [value]);
export const sub = (value: py.Expr, index: py.Expr): py.Subscript => ({ kind: "Subscript", value, index });
export const bin = (left: py.Expr, op: py.BinOperator, right: py.Expr): py.BinOp => ({ kind: "BinOp", op, left, right });
export const cmp = (left: py.Expr, op: py.CmpOperator, right: py.Expr): py.Compare => ({
  kind: "Compare",
  op,
  left,
  right,
});
/** `not e`; of an identity or membership test, the opposite test (`x is None`, not `not x is not None`). */
export const not = (operand: py.Expr): py.Expr => {
  if (operand.kind === "Compare" && operand.op in opposite) return { ...operand, op: opposite[operand.op as keyof typeof opposite] };
  return { kind: "UnaryOp", op: "not", operand };
};
const opposite = { is: "is not", "is not": "is", in: "not in", "not in": "in" } as const;
export const neg = (operand: py.Expr): py.UnaryOp => ({ kind: "UnaryOp", op: "-", operand });
export const and = (left: py.Expr, right: py.Expr): py.BoolOp => ({ kind: "BoolOp", op: "and", left, right });
export const or = (left: py.Expr, right: py.Expr): py.BoolOp => ({ kind: "BoolOp", op: "or", left, right });
export const ifExp = (test: py.Expr, body: py.Expr, orelse: py.Expr): py.IfExp => ({ kind: "IfExp", test, body, orelse });
export const list = (elts: py.Expr[]): py.ListExpr => ({ kind: "List", elts });
export const tuple = (elts: py.Expr[]): py.TupleExpr => ({ kind: "Tuple", elts });
export const starred = (value: py.Expr): py.Starred => ({ kind: "Starred", value });
export const slice = (lower?: py.Expr, upper?: py.Expr): py.Slice => ({ kind: "Slice", lower, upper });
export const lambda = (params: py.Param[], body: py.Expr): py.Lambda => ({ kind: "Lambda", params, body });

export const exprStmt = (value: py.Expr): py.ExprStmt => ({ kind: "ExprStmt", value });
export const assign = (target: py.Expr, value: py.Expr): py.Assign => ({ kind: "Assign", targets: [target], value });
export const augAssign = (target: py.Expr, op: py.BinOperator, value: py.Expr): py.AugAssign => ({
  kind: "AugAssign",
  target,
  op,
  value,
});
export const ifStmt = (test: py.Expr, body: py.Stmt[], orelse: py.Stmt[] = []): py.If => ({ kind: "If", test, body, orelse });
export const ret = (value?: py.Expr): py.Return => ({ kind: "Return", value });
export const pass = (): py.Pass => ({ kind: "Pass" });
export const brk = (): py.Break => ({ kind: "Break" });
export const cont = (): py.Continue => ({ kind: "Continue" });
export const raise = (exc?: py.Expr): py.Raise => ({ kind: "Raise", exc });

export function isSimple(e: py.Expr): boolean {
  return e.kind === "Name" || e.kind === "Constant";
}

export function withPos<T extends { pos?: py.SourcePos }>(node: T, pos: py.SourcePos | undefined): T {
  if (pos && !node.pos) node.pos = pos;
  return node;
}
