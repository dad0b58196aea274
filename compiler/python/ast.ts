// Python AST produced by the transform and consumed by the printer.
// Every node may carry the TypeScript position it came from, for source maps.

export interface SourcePos {
  /** 0-based line in the TypeScript file */
  line: number;
  /** 0-based column in the TypeScript file */
  column: number;
}

interface Base {
  pos?: SourcePos;
}

export type Expr =
  | Name
  | Constant
  | BinOp
  | UnaryOp
  | BoolOp
  | Compare
  | Call
  | Attribute
  | Subscript
  | Slice
  | Lambda
  | IfExp
  | ListExpr
  | TupleExpr
  | DictExpr
  | SetExpr
  | Starred
  | Await
  | YieldExpr
  | NamedExpr
  | ListComp
  | Raw;

export interface Name extends Base {
  kind: "Name";
  id: string;
  /** a variable declared a number (never undefined or null), for the passes over emitted Python (loop-invariants.ts) */
  number?: boolean;
  /** a variable whose declared type has no undefined or null, or `self`: never None (loop-invariants.ts) */
  nonNull?: boolean;
  /** a `const`: once bound, no code binds it again, a call included (loop-invariants.ts) */
  constant?: boolean;
}
export interface Constant extends Base {
  kind: "Constant";
  value: string | number | boolean | null | bigint;
  /** bytes literal (value is a string of code units 0..255) */
  bytes?: boolean;
  /** emit a number as a float literal even if integral */
  float?: boolean;
}
export type BinOperator = "+" | "-" | "*" | "/" | "//" | "%" | "**" | "<<" | ">>" | "|" | "^" | "&";
export interface BinOp extends Base {
  kind: "BinOp";
  op: BinOperator;
  left: Expr;
  right: Expr;
}
export interface UnaryOp extends Base {
  kind: "UnaryOp";
  op: "not" | "-" | "+" | "~";
  operand: Expr;
}
export interface BoolOp extends Base {
  kind: "BoolOp";
  op: "and" | "or";
  left: Expr;
  right: Expr;
}
export type CmpOperator = "==" | "!=" | "<" | "<=" | ">" | ">=" | "is" | "is not" | "in" | "not in";
export interface Compare extends Base {
  kind: "Compare";
  op: CmpOperator;
  left: Expr;
  right: Expr;
}
export interface Keyword {
  name: string | null; // null: **expr
  value: Expr;
}
export interface Call extends Base {
  kind: "Call";
  func: Expr;
  args: Expr[];
  keywords?: Keyword[];
  /** known to take values only and run no code of the program (a str method of a str) */
  valueOnly?: boolean;
}
export interface Attribute extends Base {
  kind: "Attribute";
  value: Expr;
  attr: string;
  /**
   * A class's field that only constructors set (unchanged-by-calls.ts), read, or a method looked up to
   * be called (stable-methods.ts): the same while its object is (loop-invariants.ts)
   */
  settled?: boolean;
}
export interface Subscript extends Base {
  kind: "Subscript";
  value: Expr;
  index: Expr;
}
export interface Slice extends Base {
  kind: "Slice";
  lower?: Expr;
  upper?: Expr;
}
export interface Param {
  name: string;
  default?: Expr;
  /** *args */
  rest?: boolean;
  /** keyword-only marker before this param */
  kwonly?: boolean;
}
export interface Lambda extends Base {
  kind: "Lambda";
  params: Param[];
  body: Expr;
}
export interface IfExp extends Base {
  kind: "IfExp";
  test: Expr;
  body: Expr;
  orelse: Expr;
}
export interface ListExpr extends Base {
  kind: "List";
  elts: Expr[];
}
export interface TupleExpr extends Base {
  kind: "Tuple";
  elts: Expr[];
}
export interface DictExpr extends Base {
  kind: "Dict";
  /** key null means **value */
  entries: { key: Expr | null; value: Expr }[];
}
export interface SetExpr extends Base {
  kind: "Set";
  elts: Expr[];
}
export interface Starred extends Base {
  kind: "Starred";
  value: Expr;
}
export interface Await extends Base {
  kind: "Await";
  value: Expr;
}
export interface YieldExpr extends Base {
  kind: "Yield";
  value?: Expr;
  from?: boolean;
}
export interface NamedExpr extends Base {
  kind: "NamedExpr";
  target: string;
  value: Expr;
}
export interface ListComp extends Base {
  kind: "ListComp";
  elt: Expr;
  target: Expr;
  iter: Expr;
  cond?: Expr;
  /** a generator expression `(elt for target in iter)` rather than a list */
  generator?: boolean;
}
/** Verbatim text with a given precedence; used sparingly for runtime-shaped snippets. */
export interface Raw extends Base {
  kind: "Raw";
  text: string;
  prec: number;
}

export type Stmt =
  | ExprStmt
  | Assign
  | AugAssign
  | If
  | While
  | For
  | FunctionDef
  | ClassDef
  | Return
  | Pass
  | Break
  | Continue
  | Raise
  | Try
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | Delete
  | Comment;

export interface ExprStmt extends Base {
  kind: "ExprStmt";
  value: Expr;
}
export interface Assign extends Base {
  kind: "Assign";
  targets: Expr[];
  value: Expr;
}
export interface AugAssign extends Base {
  kind: "AugAssign";
  target: Expr;
  op: BinOperator;
  value: Expr;
}
export interface If extends Base {
  kind: "If";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface While extends Base {
  kind: "While";
  test: Expr;
  body: Stmt[];
  orelse?: Stmt[];
}
export interface For extends Base {
  kind: "For";
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse?: Stmt[];
}
export interface FunctionDef extends Base {
  kind: "FunctionDef";
  name: string;
  params: Param[];
  body: Stmt[];
  decorators?: Expr[];
  async?: boolean;
}
export interface ClassDef extends Base {
  kind: "ClassDef";
  name: string;
  bases: Expr[];
  body: Stmt[];
}
export interface Return extends Base {
  kind: "Return";
  value?: Expr;
}
export interface Pass extends Base {
  kind: "Pass";
}
export interface Break extends Base {
  kind: "Break";
}
export interface Continue extends Base {
  kind: "Continue";
}
export interface Raise extends Base {
  kind: "Raise";
  exc?: Expr;
}
export interface ExceptHandler {
  type?: Expr;
  name?: string;
  body: Stmt[];
}
export interface Try extends Base {
  kind: "Try";
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse?: Stmt[];
  finalbody?: Stmt[];
}
export interface Import extends Base {
  kind: "Import";
  module: string;
  asname?: string;
}
export interface ImportFrom extends Base {
  kind: "ImportFrom";
  module: string;
  names: { name: string; asname?: string }[];
}
export interface Global extends Base {
  kind: "Global";
  names: string[];
}
export interface Nonlocal extends Base {
  kind: "Nonlocal";
  names: string[];
}
export interface Delete extends Base {
  kind: "Delete";
  target: Expr;
}
export interface Comment extends Base {
  kind: "Comment";
  text: string;
}

export interface Module {
  body: Stmt[];
}
