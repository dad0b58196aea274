// State shared by the transforms of one source file: the checker, the names
// chosen for every binding, the preceding-statement stack, and what the module
// must import (standard modules, runtime helpers).
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import { DiagnosticError, diagnosticAt, Codes, type MptsDiagnostic } from "../diagnostics.js";
import type { ScopeInfo, Scope } from "./scopes.js";
import type { ProgramInfo } from "./program-info.js";
import { isStackOverflow, tooDeep } from "./depth.js";

export class TransformContext {
  readonly diagnostics: MptsDiagnostic[] = [];
  /** runtime helpers (functions of mpts_rt) this module uses */
  readonly helpers = new Set<string>();
  /** runtime helpers this module reaches on every call of another (kept out of mpts_rt_slow.py), not imported */
  readonly reachedHelpers = new Set<string>();
  /** standard modules this module imports: python module name -> names (empty set: plain `import x`) */
  readonly stdImports = new Map<string, Set<string>>();
  private precedingStack: py.Stmt[][] = [];
  /** Python scope currently being emitted */
  scope: Scope;
  /** callbacks whose bodies are being emitted inline (a forEach as a for loop), and the Python scope that holds them */
  readonly inlinedScopes = new Map<Scope, Scope>();
  /** function literals only the emitted code calls, with exactly the parameters they declare (no `*_args`) */
  readonly calledAsDeclared = new Set<ts.Node>();
  /** labels of enclosing loops, innermost last */
  readonly loopStack: LoopInfo[] = [];
  /** the enclosing function-like node, for `return`, `this` and `await` */
  functionStack: ts.Node[] = [];
  /** expressions already evaluated into a temporary (the base of an optional chain) */
  readonly substitutions = new Map<ts.Node, py.Expr>();
  /** a parameter's reads in a function body written in place of its call, and the call's argument there (inline-calls.ts) */
  readonly inlinedArguments = new Map<ts.Node, ts.Expression>();
  /** the callee names of calls written in place (`f`, `led.toggle`'s `toggle`: inline-calls.ts), so that a function or method no call is left of is not defined (unused-defs.ts) */
  readonly inlinedCallees = new Set<ts.Node>();
  /** `?.` links already turned into a None check */
  readonly handledOptionalLinks = new Set<ts.Node>();

  constructor(
    readonly checker: ts.TypeChecker,
    readonly sourceFile: ts.SourceFile,
    readonly scopes: ScopeInfo,
    readonly program: ProgramInfo,
    /** python module path of this file, such as `lib.util` */
    readonly moduleName: string,
  ) {
    this.scope = scopes.moduleScope;
  }

  /** Whether variables of `scope` are variables of the Python scope being emitted. */
  emitsScope(scope: Scope | undefined): boolean {
    return scope === this.scope || (!!scope && this.inlinedScopes.get(scope) === this.scope);
  }

  error(node: ts.Node, code: number, message: string): DiagnosticError {
    return new DiagnosticError(diagnosticAt(node, code, message));
  }

  /** Run `fn` with a fresh preceding-statement buffer; return what it pushed and its result. */
  capture<T>(fn: () => T): [py.Stmt[], T] {
    this.precedingStack.push([]);
    try {
      const result = fn();
      return [this.precedingStack[this.precedingStack.length - 1], result];
    } finally {
      this.precedingStack.pop();
    }
  }

  /**
   * `capture` split in two, for transforms that nest without recursing (a long
   * chain of conditionals): every `openCapture` is matched by a `closeCapture`
   * (the innermost first), which returns the statements pushed into it.
   */
  captureDepth(): number {
    return this.precedingStack.length;
  }

  openCapture(): number {
    this.precedingStack.push([]);
    return this.precedingStack.length;
  }

  closeCapture(depth: number): py.Stmt[] {
    if (this.precedingStack.length !== depth) throw new Error("captures closed out of order");
    return this.precedingStack.pop()!;
  }

  /** Close every capture opened since `depth` (after an error). */
  unwindCaptures(depth: number): void {
    while (this.precedingStack.length > depth) this.precedingStack.pop();
  }

  /** Statements that must run before the expression being transformed. */
  addPreceding(...stmts: py.Stmt[]): void {
    if (this.precedingStack.length === 0) {
      throw new Error("preceding statement outside of a statement context");
    }
    this.precedingStack[this.precedingStack.length - 1].push(...stmts);
  }

  useHelper(helper: string): py.Name {
    this.helpers.add(helper);
    return b.name(helper);
  }

  /** A slow helper (runtime/helpers.ts) that a helper this module calls always reaches from here. */
  reachHelper(helper: string): void {
    this.reachedHelpers.add(helper);
  }

  /** `import module` (names empty) or `from module import names` */
  useStd(module: string, ...names: string[]): void {
    let set = this.stdImports.get(module);
    if (!set) this.stdImports.set(module, (set = new Set()));
    for (const n of names) set.add(n);
  }

  /** A fresh local name in the current Python scope, never shadowing a user name. */
  temp(base = "_t"): string {
    const name = this.scopes.allocate(this.scope, base);
    const names = this.tempNames.get(this.scope) ?? new Set<string>();
    this.tempNames.set(this.scope, names.add(name));
    return name;
  }

  /** Whether `name` is a temporary of the current scope: only its own code assigns it. */
  isTemp(name: string): boolean {
    return this.tempNames.get(this.scope)?.has(name) ?? false;
  }
  private readonly tempNames = new Map<Scope, Set<string>>();

  /** Evaluate `e` once: a simple expression as is, anything else into a temporary. */
  once(e: py.Expr): py.Expr {
    if (b.isSimple(e)) return e;
    const t = this.temp();
    this.addPreceding(b.assign(b.name(t), e));
    return b.name(t);
  }

  pos(node: ts.Node): py.SourcePos {
    const { line, character } = this.sourceFile.getLineAndCharacterOfPosition(node.getStart(this.sourceFile));
    return { line, column: character };
  }

  internal(node: ts.Node, err: unknown): DiagnosticError {
    // not a bug but a limit: an expression nested deeper than mpts's remaining recursive steps can follow
    if (isStackOverflow(err)) return new DiagnosticError(tooDeep([this.sourceFile], "mpts"));
    const why = err instanceof Error ? err.message : String(err);
    return this.error(
      node,
      Codes.internal,
      `mpts could not compile this ${ts.SyntaxKind[node.kind]}: ${why}. This is a bug in mpts; please report it with this code`,
    );
  }
}

export interface LoopInfo {
  label?: string;
  /** set when a labelled break/continue targets this loop from an inner loop */
  breakFlag?: string;
  continueFlag?: string;
  /** `continue` in a do-while or a for-with-incrementor must run the update first */
  continueStmts?: () => py.Stmt[];
  /** a switch: `break` leaves it; `continue` passes through to the loop */
  isSwitch?: boolean;
  node: ts.Node;
}
