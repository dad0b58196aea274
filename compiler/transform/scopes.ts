// Name analysis for one source file, done before emission. JavaScript has block
// scopes; Python has function scopes. Every binding gets a Python name that is
// unique in its Python scope and never shadows a name that code inside that
// scope reads from further out. It also records, per function, which outer
// variables it assigns (for `nonlocal`/`global`), which per-iteration loop
// bindings it captures, and every write to every variable (for type-directed
// emission such as integer inference).
import { ts } from "../typescript.js";
import { keepsModuleName, pythonIdentifier } from "../python/names.js";
import { walkWith, type WalkStep } from "./walk.js";
import { functionKinds } from "./numeric-nodes.js";
import { isNamespaceVariable, isValueNamespace } from "./namespaces.js";
import { attrName } from "./access.js";

export interface Scope {
  node: ts.Node;
  parent?: Scope;
  declared: ts.Symbol[];
  usedNames: Set<string>;
  /** symbols declared further out and referenced in this scope or deeper */
  free: Set<ts.Symbol>;
  /** symbols declared further out and assigned in this scope */
  assignedOuter: Set<ts.Symbol>;
  /** block-scoped loop bindings captured by this function (needs a per-iteration copy) */
  loopCaptures: Set<ts.Symbol>;
}

export type WriteSite =
  | { kind: "init"; value: ts.Expression | undefined }
  | { kind: "assign"; value: ts.Expression }
  | { kind: "compound"; op: ts.SyntaxKind; value: ts.Expression }
  | { kind: "update"; op: ts.SyntaxKind }
  | { kind: "unknown" };

// kind sets: both walks ask these of every node
const iterationKinds: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.ForStatement,
  ts.SyntaxKind.ForOfStatement,
  ts.SyntaxKind.ForInStatement,
  ts.SyntaxKind.WhileStatement,
  ts.SyntaxKind.DoStatement,
]);

/** The kinds collectNode declares a name or opens a scope for (the others, most nodes, it passes). */
const declaringKinds: ReadonlySet<ts.SyntaxKind> = new Set([
  ...functionKinds,
  ts.SyntaxKind.VariableDeclaration,
  ts.SyntaxKind.Parameter,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.EnumDeclaration,
  ts.SyntaxKind.ImportClause,
  ts.SyntaxKind.NamespaceImport,
  ts.SyntaxKind.ImportSpecifier,
  ts.SyntaxKind.ImportEqualsDeclaration,
  ts.SyntaxKind.ModuleDeclaration,
]);

export function isFunctionScope(node: ts.Node): boolean {
  return functionKinds.has(node.kind);
}

function isIteration(node: ts.Node): boolean {
  return iterationKinds.has(node.kind);
}

export class ScopeInfo {
  readonly moduleScope: Scope;
  private readonly scopes = new Map<ts.Node, Scope>();
  private readonly names = new Map<ts.Symbol, string>();
  private readonly declaringScope = new Map<ts.Symbol, Scope>();
  /** the identifier text a symbol was declared with (`export default function f` has symbol name "default") */
  private readonly declaredText = new Map<ts.Symbol, string>();
  /** for each block-scoped binding declared inside a loop: that loop */
  private readonly loopOf = new Map<ts.Symbol, ts.Node>();
  readonly writes = new Map<ts.Symbol, WriteSite[]>();
  /** globals the program declares with `declare` (the board defines them): their Python name is the name as written */
  private readonly ambient = new Set<ts.Symbol>();
  /** bindings some nested function reads or writes */
  private readonly captured = new Set<ts.Symbol>();
  /** the names this file declares: an identifier of another name refers to no symbol of declaringScope */
  private readonly declaredNames = new Set<string>();
  /** every identifier in this file that reads or writes a symbol (declaration names excluded) */
  readonly references = new Map<ts.Symbol, ts.Identifier[]>();

  constructor(
    private readonly checker: ts.TypeChecker,
    readonly sourceFile: ts.SourceFile,
  ) {
    this.moduleScope = this.newScope(sourceFile, undefined);
    this.collect(sourceFile, this.moduleScope);
    this.resolveReferences(sourceFile, this.moduleScope);
    for (const sc of this.scopes.values()) for (const f of sc.free) this.captured.add(f);
    this.assignNames(this.moduleScope);
  }

  scopeOf(node: ts.Node): Scope {
    const s = this.scopes.get(node);
    if (!s) throw new Error("no scope recorded for " + ts.SyntaxKind[node.kind]);
    return s;
  }

  nameOf(symbol: ts.Symbol): string | undefined {
    return this.names.get(symbol);
  }

  /** Run `fn` with some symbols named otherwise (an inlined callback's variables, named in the enclosing scope). */
  withNames<R>(renamed: ReadonlyMap<ts.Symbol, string>, fn: () => R): R {
    const before = new Map([...renamed.keys()].map((sym) => [sym, this.names.get(sym)] as const));
    for (const [sym, name] of renamed) this.names.set(sym, name);
    // a closure may assign the new name too: the analyses that ask must know it (more names is only safer)
    const closureAssigned = this.namesAssignedByClosures();
    for (const [sym, name] of renamed) if (this.symbolsAssignedByClosures().has(sym)) closureAssigned.add(name);
    try {
      return fn();
    } finally {
      for (const [sym, name] of before) if (name === undefined) this.names.delete(sym);
      else this.names.set(sym, name);
    }
  }

  /** Whether the program declares this symbol with `declare` (a global the board defines). */
  isDeclaredGlobal(symbol: ts.Symbol): boolean {
    return this.ambient.has(symbol);
  }

  /** The Python names of the globals the program declares with `declare`, which live outside the program. */
  declaredGlobalNames(): Set<string> {
    return new Set([...this.ambient].map((sym) => this.names.get(sym) ?? sym.name));
  }

  /** Python names that some nested function assigns (`nonlocal`/`global`): a call may change them. */
  namesAssignedByClosures(): Set<string> {
    this.closureAssigned ??= new Set([...this.symbolsAssignedByClosures()].map((sym) => this.names.get(sym)!));
    return this.closureAssigned;
  }
  private closureAssigned?: Set<string>;

  private symbolsAssignedByClosures(): Set<ts.Symbol> {
    this.closureAssignedSymbols ??= new Set([...this.scopes.values()].flatMap((scope) => [...scope.assignedOuter]));
    return this.closureAssignedSymbols;
  }
  private closureAssignedSymbols?: Set<ts.Symbol>;

  scopeOfSymbol(symbol: ts.Symbol): Scope | undefined {
    return this.declaringScope.get(symbol);
  }

  symbolOfDeclaration(name: ts.Identifier): ts.Symbol | undefined {
    return this.checker.getSymbolAtLocation(name);
  }

  /** A fresh name in `scope`, not clashing with any user name visible there. */
  allocate(scope: Scope, base: string, avoid?: ReadonlySet<string>): string {
    const taken = (n: string) => scope.usedNames.has(n) || !!avoid?.has(n) || [...scope.free].some((s) => this.names.get(s) === n);
    let candidate = base;
    for (let i = 1; taken(candidate); i++) candidate = base + i;
    scope.usedNames.add(candidate);
    return candidate;
  }

  private newScope(node: ts.Node, parent: Scope | undefined): Scope {
    const scope: Scope = {
      node,
      parent,
      declared: [],
      usedNames: new Set(),
      free: new Set(),
      assignedOuter: new Set(),
      loopCaptures: new Set(),
    };
    this.scopes.set(node, scope);
    return scope;
  }

  private declare(nameNode: ts.BindingName, scope: Scope, site: WriteSite, loop?: ts.Node): void {
    if (ts.isIdentifier(nameNode)) {
      const sym = this.checker.getSymbolAtLocation(nameNode);
      if (!sym) return;
      this.declaredNames.add(nameNode.text);
      if (!this.declaringScope.has(sym)) {
        this.declaringScope.set(sym, scope);
        this.declaredText.set(sym, nameNode.text);
        scope.declared.push(sym);
      }
      this.addWrite(sym, site);
      if (loop) this.loopOf.set(sym, loop);
      return;
    }
    for (const el of nameNode.elements) {
      if (ts.isOmittedExpression(el)) continue;
      this.declare(el.name, scope, { kind: "unknown" }, loop);
    }
  }

  private declareAmbient(name: ts.Identifier, scope: Scope): void {
    const sym = this.checker.getSymbolAtLocation(name);
    if (!sym || this.declaringScope.has(sym)) return;
    this.ambient.add(sym);
    this.declare(name, scope, { kind: "unknown" });
  }

  private addWrite(sym: ts.Symbol, site: WriteSite): void {
    let list = this.writes.get(sym);
    if (!list) this.writes.set(sym, (list = []));
    list.push(site);
  }

  /** Pass 1: scopes and declarations. */
  private collect(root: ts.Node, rootScope: Scope): void {
    walkWith(root, { scope: rootScope, loop: undefined as ts.Node | undefined }, (node, context) => {
      // an identifier declares nothing and opens no scope (most nodes are identifiers)
      if (node.kind === ts.SyntaxKind.Identifier) return { step: undefined, next: context };
      const { scope, loop } = context;
      const step = this.collectNode(node, scope, loop);
      if (step === "skip") return { step, next: { scope, loop } };
      // a function's parameters and body are in its own scope; a loop's let bindings are per iteration
      if (isFunctionScope(node)) return { step, next: { scope: this.scopeOf(node), loop: undefined } };
      return { step, next: { scope, loop: isIteration(node) ? node : loop } };
    });
  }

  private collectNode(node: ts.Node, scope: Scope, loop: ts.Node | undefined): WalkStep {
    if (isTypeOnly(node)) return "skip"; // parameter names in function types are not bindings
    if (isDeclare(node)) {
      // `declare function hex(...)`: the board's own global, named as written; nothing inside is a binding
      if (scope === this.moduleScope) for (const name of ambientGlobalNames(node)) this.declareAmbient(name, scope);
      return "skip";
    }
    if (!declaringKinds.has(node.kind)) return undefined;
    if (ts.isVariableDeclaration(node)) {
      const list = node.parent;
      // a catch clause's variable is block-scoped too (a fresh binding per loop iteration)
      const blockScoped = (ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.BlockScoped) !== 0) || ts.isCatchClause(list);
      const inForHead = ts.isVariableDeclarationList(list) && (ts.isForOfStatement(list.parent) || ts.isForInStatement(list.parent));
      const site: WriteSite = inForHead ? { kind: "unknown" } : { kind: "init", value: node.initializer };
      this.declare(node.name, scope, ts.isCatchClause(node.parent) ? { kind: "unknown" } : site, blockScoped ? loop : undefined);
    } else if (ts.isParameter(node)) {
      this.declare(node.name, scope, { kind: "unknown" });
    } else if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isEnumDeclaration(node)) && node.name) {
      // functions and classes declared in a loop's block are per-iteration bindings, like let
      this.declare(node.name, scope, { kind: "unknown" }, ts.isEnumDeclaration(node) ? undefined : loop);
    } else if (ts.isImportClause(node) && node.name) {
      this.declare(node.name, scope, { kind: "unknown" });
    } else if (ts.isNamespaceImport(node) || ts.isImportSpecifier(node) || ts.isImportEqualsDeclaration(node)) {
      this.declare(node.name, scope, { kind: "unknown" });
    } else if (ts.isModuleDeclaration(node) && isValueNamespace(node)) {
      // the namespace object is a module-level name (see namespaces.ts)
      this.declare(node.name as ts.Identifier, scope, { kind: "unknown" });
    }
    if (isFunctionScope(node)) {
      this.newScope(node, scope);
      // a named function expression becomes a def in the enclosing Python scope, so its name lives there
      if (ts.isFunctionExpression(node) && node.name) this.declare(node.name, scope, { kind: "unknown" });
    }
  }

  /** Pass 2: every reference; free variables, outer assignments, loop captures, writes. */
  private resolveReferences(root: ts.Node, rootScope: Scope): void {
    walkWith(root, rootScope, (node, outer) => {
      if (node.kind === ts.SyntaxKind.Identifier) {
        this.resolveReference(node as ts.Identifier, outer);
        return { step: undefined, next: outer };
      }
      if (isTypeOnly(node) || isDeclare(node)) return { step: "skip", next: outer };
      const scope = isFunctionScope(node) ? this.scopeOf(node) : outer;
      if (ts.isIdentifier(node)) this.resolveReference(node, scope);
      return { step: undefined, next: scope };
    });
  }

  private resolveReference(node: ts.Identifier, scope: Scope): void {
    const sym = this.referencedSymbol(node);
    const declScope = sym && this.declaringScope.get(sym);
    if (sym && declScope) {
      const write = writeSiteOf(node);
      const isDeclarationName = isDeclarationNameOf(node);
      if (write && !isDeclarationName) this.addWrite(sym, write);
      if (!isDeclarationName) {
        const refs = this.references.get(sym);
        if (refs) refs.push(node);
        else this.references.set(sym, [node]);
      }
      if (declScope !== scope) {
        if (write && !isDeclarationName && !isNamespaceVariable(sym)) scope.assignedOuter.add(sym);
        for (let s: Scope | undefined = scope; s && s !== declScope; s = s.parent) {
          s.free.add(sym);
          const loop = this.loopOf.get(sym);
          // (a function's own name inside it is not a capture: it is defined by then)
          if (loop && s.parent === declScope && isAncestor(loop, s.node) && !isOwnName(sym, s.node)) s.loopCaptures.add(sym);
        }
      }
    }
  }

  private referencedSymbol(id: ts.Identifier): ts.Symbol | undefined {
    const parent = id.parent;
    if (ts.isShorthandPropertyAssignment(parent) && parent.name === id) {
      return this.checker.getShorthandAssignmentValueSymbol(parent);
    }
    if (ts.isExportSpecifier(parent)) {
      if (parent.parent.parent.moduleSpecifier) return undefined;
      return this.checker.getExportSpecifierLocalTargetSymbol(parent) ?? undefined;
    }
    if (ts.isPropertyAccessExpression(parent) && parent.name === id) return undefined;
    if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) && parent.name === id)
      return undefined;
    // a global (console, Math) or a property name: not asked (only the names declared here matter, resolveReference);
    // an import's `a` of `a as b` may name another module's symbol, so it is asked
    if (!this.declaredNames.has(id.text) && !ts.isImportSpecifier(parent)) return undefined;
    const sym = this.checker.getSymbolAtLocation(id);
    // a parameter property has a parameter and a property symbol; the declaration's name gives the one declared
    const decl = sym?.valueDeclaration;
    if (decl && ts.isParameter(decl) && decl.name !== id && ts.isParameterPropertyDeclaration(decl, decl.parent))
      return this.checker.getSymbolAtLocation(decl.name);
    return sym;
  }

  /** The block a let/const binding lives in, if it is one nobody outside its function captures. */
  private reusableRegion(sym: ts.Symbol): ts.Node | undefined {
    const decl = sym.declarations?.length === 1 ? sym.declarations[0] : undefined;
    if (!decl || !ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name)) return undefined;
    const list = decl.parent;
    if (!ts.isVariableDeclarationList(list) || !(list.flags & ts.NodeFlags.BlockScoped)) return undefined;
    if (this.captured.has(sym)) return undefined;
    // the region: the loop whose head declares it, or the block holding the declaration
    const holder = list.parent;
    if (ts.isForStatement(holder) || ts.isForOfStatement(holder) || ts.isForInStatement(holder)) return holder;
    const block = holder.parent;
    return block && (ts.isBlock(block) || ts.isCaseClause(block) || ts.isDefaultClause(block)) ? block : undefined;
  }

  private canShareName(a: ts.Symbol, b: ts.Symbol): boolean {
    const ra = this.reusableRegion(a);
    const rb = this.reusableRegion(b);
    return !!ra && !!rb && !isAncestor(ra, rb) && !isAncestor(rb, ra);
  }

  /** Pass 3: names, outer scopes first so inner scopes can avoid what they read. */
  private assignNames(scope: Scope): void {
    const depth = (sym: ts.Symbol) => {
      const decl = sym.declarations?.[0];
      let d = 0;
      for (let n = decl?.parent; n && n !== scope.node; n = n.parent) if (ts.isBlock(n) || isIteration(n)) d++;
      return d;
    };
    const ordered = [...scope.declared].sort((a, b) => depth(a) - depth(b) || declPos(a) - declPos(b));
    const holders = new Map<string, ts.Symbol[]>();
    // declared globals first: their names are fixed, the program's own bindings make way for them
    for (const sym of ordered) {
      if (!this.ambient.has(sym)) continue;
      const name = this.declaredText.get(sym) ?? sym.getName();
      this.names.set(sym, name);
      scope.usedNames.add(name);
    }
    for (const sym of ordered) {
      if (this.ambient.has(sym)) continue;
      const text = this.declaredText.get(sym) ?? sym.getName();
      const decl = sym.declarations?.[0];
      const ownModule =
        !!decl && ts.isNamespaceImport(decl) && keepsModuleName(text, (decl.parent.parent.moduleSpecifier as ts.StringLiteral).text);
      const base = ownModule ? text : pythonIdentifier(text);
      // sibling blocks may share a name (two loops both use `i`) when no closure sees either binding
      const shared =
        this.reusableRegion(sym) &&
        [base, ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => base + n)].find((n) => {
          const held = holders.get(n);
          return held && held.every((h) => this.canShareName(h, sym)) && ![...scope.free].some((f) => this.names.get(f) === n);
        });
      // MicroPython loses a closure variable that a class body between it and the method also binds
      const avoid = this.captured.has(sym) && scope !== this.moduleScope ? classBodyNames(scope.node) : undefined;
      const name = shared || this.allocate(scope, base, avoid);
      this.names.set(sym, name);
      holders.set(name, [...(holders.get(name) ?? []), sym]);
    }
    for (const child of this.scopes.values()) if (child.parent === scope) this.assignNames(child);
  }
}

const classBodyNameCache = new WeakMap<ts.Node, Set<string>>();

/** Names the bodies of classes declared inside `fn` bind: methods, accessors and their functions, statics. */
function classBodyNames(fn: ts.Node): Set<string> {
  let names = classBodyNameCache.get(fn);
  if (names) return names;
  names = new Set();
  const found = names;
  walkWith(fn, undefined, (n) => {
    if (ts.isClassLike(n))
      for (const m of n.members) {
        if (!m.name || ts.isComputedPropertyName(m.name)) continue;
        const isField = ts.isPropertyDeclaration(m) && !(ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static);
        if (isField) continue; // instance fields live on self
        const a = attrName(m.name.text);
        found.add(a).add("_get_" + a).add("_set_" + a);
      }
    return { step: undefined, next: undefined };
  });
  classBodyNameCache.set(fn, names);
  return names;
}

/**
 * The names a top-level ambient declaration (`declare const X`, `declare function f`,
 * `declare class C`, or one inside `declare global {}`) gives the global scope.
 * A namespace's members are reached through it, so only its own name counts.
 */
function ambientGlobalNames(node: ts.Node): ts.Identifier[] {
  if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isEnumDeclaration(node)) && node.name) return [node.name];
  if (ts.isVariableStatement(node)) return node.declarationList.declarations.flatMap((d) => bindingNames(d.name));
  if (ts.isModuleDeclaration(node)) {
    if (node.flags & ts.NodeFlags.GlobalAugmentation)
      return node.body && ts.isModuleBlock(node.body) ? node.body.statements.flatMap(ambientGlobalNames) : [];
    if (ts.isIdentifier(node.name)) return [node.name];
  }
  return [];
}

/** A statement with `declare`: nothing in it runs (everything inside it is ambient too). */
function isDeclare(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword);
}

function bindingNames(name: ts.BindingName): ts.Identifier[] {
  if (ts.isIdentifier(name)) return [name];
  return name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : bindingNames(e.name)));
}

/** Type annotations and aliases: nothing in them exists at run time (`extends Base` does). */
function isTypeOnly(node: ts.Node): boolean {
  return (
    (ts.isTypeNode(node) && !ts.isExpressionWithTypeArguments(node)) || ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node)
  );
}

/** `function f() {}` or `const f = () => ...`: f inside the function names the function itself */
function isOwnName(sym: ts.Symbol, fn: ts.Node): boolean {
  const decl = sym.valueDeclaration;
  return decl === fn || (!!decl && ts.isVariableDeclaration(decl) && decl.initializer === fn);
}

function declPos(sym: ts.Symbol): number {
  return sym.declarations?.[0]?.pos ?? 0;
}

function isAncestor(ancestor: ts.Node, node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

function isDeclarationNameOf(id: ts.Identifier): boolean {
  const p = id.parent;
  return (
    (ts.isVariableDeclaration(p) ||
      ts.isParameter(p) ||
      ts.isBindingElement(p) ||
      ts.isFunctionDeclaration(p) ||
      ts.isClassDeclaration(p) ||
      ts.isModuleDeclaration(p)) &&
    (p as ts.NamedDeclaration).name === id
  );
}

function isAssignmentOperator(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

/** If `id` is written by its parent expression, how. */
function writeSiteOf(id: ts.Identifier): WriteSite | undefined {
  let node: ts.Node = id;
  while (ts.isParenthesizedExpression(node.parent) || ts.isNonNullExpression(node.parent) || ts.isAsExpression(node.parent))
    node = node.parent;
  const p = node.parent;
  if (ts.isBinaryExpression(p) && p.left === node && isAssignmentOperator(p.operatorToken.kind)) {
    if (p.operatorToken.kind === ts.SyntaxKind.EqualsToken) return { kind: "assign", value: p.right };
    return { kind: "compound", op: p.operatorToken.kind, value: p.right };
  }
  if (
    (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) &&
    (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken)
  )
    return { kind: "update", op: p.operator };
  // destructuring assignment targets and for-of/in heads that are not declarations
  if (
    ts.isArrayLiteralExpression(p) ||
    ts.isShorthandPropertyAssignment(p) ||
    (ts.isPropertyAssignment(p) && p.initializer === node) ||
    ts.isSpreadElement(p) ||
    ts.isSpreadAssignment(p)
  ) {
    for (let n: ts.Node = p; n.parent; n = n.parent) {
      const up = n.parent;
      if (ts.isBinaryExpression(up) && up.left === n && up.operatorToken.kind === ts.SyntaxKind.EqualsToken) return { kind: "unknown" };
      if ((ts.isForOfStatement(up) || ts.isForInStatement(up)) && up.initializer === n) return { kind: "unknown" };
      if (!(
        ts.isArrayLiteralExpression(up) ||
        ts.isObjectLiteralExpression(up) ||
        ts.isPropertyAssignment(up) ||
        ts.isShorthandPropertyAssignment(up) ||
        ts.isSpreadElement(up) ||
        ts.isSpreadAssignment(up)
      ))
        return undefined;
    }
  }
  if ((ts.isForOfStatement(p) || ts.isForInStatement(p)) && p.initializer === node) return { kind: "unknown" };
  return undefined;
}
