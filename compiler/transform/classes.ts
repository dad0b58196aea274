// Classes: constructor with parameter properties and field initialisers,
// methods, static members, accessors as properties, inheritance (Error
// subclasses become Python exceptions), and enums as classes of constants.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { makeDef, inFunctionScope, functionParts, outerDeclarations } from "./functions.js";
import { writtenBy } from "./writes.js";
import { checkStaticAccessorClass } from "./static-accessors.js";
import { transformStatements } from "./statements.js";
import { attrName, constantKey, isEnumReverseLookup } from "./access.js";
import { onlyReadAsConstants } from "./enum-constants.js";
import { Codes, unsupported } from "../diagnostics.js";
import { fileCache } from "./program-info.js";
import { classFieldOrder } from "../builtins/object.js";
import { someNode, walk } from "./walk.js";
import { enumsWalked } from "./enum-objects.js";
import * as T from "./types.js";

const isStatic = (m: ts.Node) => (ts.getCombinedModifierFlags(m as ts.Declaration) & ts.ModifierFlags.Static) !== 0;
const isAmbient = (m: ts.Node) => (ts.getCombinedModifierFlags(m as ts.Declaration) & ts.ModifierFlags.Ambient) !== 0;

/** Python names of class expressions, for references to their own name inside them. */
const classExpressionNames = new WeakMap<ts.Node, string>();

export function classExpressionName(node: ts.ClassExpression): string | undefined {
  return classExpressionNames.get(node);
}

function memberName(ctx: TransformContext, name: ts.PropertyName | ts.PrivateIdentifier): string {
  if (ts.isPrivateIdentifier(name)) return attrName(name.text);
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return attrName(name.text);
  // [Symbol.iterator]() makes instances iterable: for...of and spread call __iter__
  if (ts.isComputedPropertyName(name) && name.expression.getText() === "Symbol.iterator") return "__iter__";
  const key = ts.isComputedPropertyName(name) ? constantKey(ctx, name.expression) : undefined;
  if (key !== undefined) return attrName(key);
  if (ts.isComputedPropertyName(name) && ctx.checker.getTypeAtLocation(name.expression).flags & ts.TypeFlags.ESSymbolLike)
    throw unsupported(
      name,
      Codes.computedClassMember,
      `A class member keyed by the symbol ${name.expression.getText()} (only Symbol.iterator has a MicroPython counterpart)`,
      "give the member a plain name and call it directly (a static isInstance(x) in place of Symbol.hasInstance)",
    );
  throw unsupported(
    name,
    Codes.computedClassMember,
    "A computed class member name whose value is not known when compiling",
    'use a plain identifier, or a const string, number or enum member (`const k = "x"; class A { [k] = 1 }`)',
  );
}

function isSuperCall(s: ts.Statement): boolean {
  return ts.isExpressionStatement(s) && ts.isCallExpression(s.expression) && s.expression.expression.kind === ts.SyntaxKind.SuperKeyword;
}

/** Whether `this` or `super` (of this function, so not inside a nested non-arrow function) occurs in `node`. */
function usesThis(node: ts.Node): boolean {
  return someNode(
    node,
    (n) => n !== node && (n.kind === ts.SyntaxKind.ThisKeyword || n.kind === ts.SyntaxKind.SuperKeyword),
    (n) => n === node || !(ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isClassLike(n)),
  );
}

/**
 * Fields the constructor assigns (`this.f = e`, e without `this`) before `this` is used any other way and before
 * any `return`: nothing can read them unset, so they need no `None` first.
 */
function assignedBeforeUse(ctor: ts.ConstructorDeclaration): Set<string> {
  const assigned = new Set<string>();
  const stmts = ctor.body!.statements;
  for (const s of stmts.slice(stmts.findIndex(isSuperCall) + 1)) {
    const e = ts.isExpressionStatement(s) ? s.expression : undefined;
    if (
      e &&
      ts.isBinaryExpression(e) &&
      e.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(e.left) &&
      e.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
      !readsThis(e.right)
    ) {
      assigned.add(e.left.name.text);
      continue;
    }
    if (usesThis(s) || someNode(s, (n) => ts.isReturnStatement(n))) break;
  }
  return assigned;
}

/** Whether the expression is `this` or `super`, or uses them. */
function readsThis(node: ts.Node): boolean {
  return node.kind === ts.SyntaxKind.ThisKeyword || node.kind === ts.SyntaxKind.SuperKeyword || usesThis(node);
}

/** Whether a static initialiser may read the class's statics: it names the class, uses `this`, or calls something. */
function mayReadClass(ctx: TransformContext, init: ts.Expression, cls: ts.ClassLikeDeclaration): boolean {
  const clsSym = cls.name && ctx.checker.getSymbolAtLocation(cls.name);
  return someNode(
    init,
    (n) =>
      n.kind === ts.SyntaxKind.ThisKeyword ||
      ts.isCallExpression(n) ||
      ts.isNewExpression(n) ||
      (ts.isIdentifier(n) && !!clsSym && ctx.checker.getSymbolAtLocation(n) === clsSym),
    (n) => !ts.isFunctionLike(n),
  );
}

/** Whether a base class already declares the property (a redeclaration without initialiser must not reset it). */
function declaredInBase(ctx: TransformContext, node: ts.ClassLikeDeclaration, name: string): boolean {
  const sym = node.name ? ctx.checker.getSymbolAtLocation(node.name) : ctx.checker.getTypeAtLocation(node).getSymbol();
  if (!sym) return false;
  const instance = ctx.checker.getDeclaredTypeOfSymbol(sym);
  for (const base of ctx.checker.getBaseTypes(instance as ts.InterfaceType)) {
    if (base.getProperty(name)) return true;
  }
  return false;
}

/** Member names of `node` and of its user base classes, nearest first. */
function hierarchyMembers(ctx: TransformContext, node: ts.ClassLikeDeclaration): ts.ClassElement[][] {
  const out: ts.ClassElement[][] = [];
  for (let cls: ts.ClassLikeDeclaration | undefined = node; cls && out.length < 20;) {
    out.push([...cls.members]);
    const base: ts.Expression | undefined = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]
      ?.expression;
    let sym: ts.Symbol | undefined = base && ctx.checker.getSymbolAtLocation(base);
    if (sym && sym.flags & ts.SymbolFlags.Alias) sym = ctx.checker.getAliasedSymbol(sym);
    cls = sym?.declarations?.find(ts.isClassLike);
  }
  return out;
}

/** `#x` is stored as `_x`: refuse a class where that spelling is taken (a member `_x`, or a base class's own `#x`). */
function checkPrivateNames(ctx: TransformContext, node: ts.ClassLikeDeclaration): void {
  const [own, ...bases] = hierarchyMembers(ctx, node);
  for (const m of own) {
    if (m.name && ts.isIdentifier(m.name) && m.name.text.startsWith("_")) {
      const taken = bases
        .flat()
        .find((o) => o.name && ts.isPrivateIdentifier(o.name) && attrName(o.name.text) === (m.name as ts.Identifier).text);
      if (taken)
        throw unsupported(
          m.name,
          Codes.privateName,
          `A member '${m.name.text}' in a subclass of a class with '${taken.name!.getText()}'`,
          `rename it (mpts stores ${taken.name!.getText()} as ${m.name.text})`,
        );
    }
    if (!m.name || !ts.isPrivateIdentifier(m.name)) continue;
    const stored = attrName(m.name.text);
    const clash = [own, ...bases].some((members, i) =>
      members.some(
        (o) =>
          o.name &&
          ((!ts.isPrivateIdentifier(o.name) && ts.isIdentifier(o.name) && o.name.text === stored) ||
            (i > 0 && ts.isPrivateIdentifier(o.name) && o.name.text === m.name!.getText())),
      ),
    );
    if (clash) {
      throw unsupported(
        m.name,
        Codes.privateName,
        `The private name '${m.name.text}' next to a member '${stored}' or a base class's own '${m.name.text}'`,
        `rename one of them (mpts stores ${m.name.text} as ${stored})`,
      );
    }
  }
}

/** The class statement, then statements that must follow it (static initialisers). */
export function transformClass(ctx: TransformContext, node: ts.ClassLikeDeclaration, name: string): py.Stmt[] {
  if (ts.canHaveDecorators(node) && ts.getDecorators(node)?.length) {
    throw unsupported(ts.getDecorators(node)![0], Codes.decorator, "A decorator", "call the function on the class after its declaration");
  }
  checkPrivateNames(ctx, node);
  checkStaticAccessorClass(ctx, node);
  const bases: py.Expr[] = [];
  const heritage = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
  const baseExpr = heritage?.types[0]?.expression;
  if (baseExpr) bases.push(transformExpr(ctx, baseExpr));
  const body: py.Stmt[] = [];
  const after: py.Stmt[] = [];
  const classRef = b.name(name);

  const instanceFields = node.members.filter(
    (m): m is ts.PropertyDeclaration => ts.isPropertyDeclaration(m) && !isStatic(m) && !isAmbient(m),
  );
  const ctor = node.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && !!m.body);
  const paramProps = (ctor?.parameters ?? []).filter((p) => ts.isParameterPropertyDeclaration(p, ctor!) && ts.isIdentifier(p.name));

  const setFirst =
    ctor && !instanceFields.some((f) => f.initializer && readsThis(f.initializer)) ? assignedBeforeUse(ctor) : new Set<string>();
  const fieldInits = (): py.Stmt[] => {
    const out: py.Stmt[] = [];
    for (const f of instanceFields) {
      const target = b.attr(b.name("self"), memberName(ctx, f.name));
      if (!f.initializer) {
        // JavaScript reads a declared but unset field as undefined; Python needs the attribute,
        // unless the constructor sets it before anything can read it
        if (setFirst.has(f.name.getText())) continue;
        if (!ts.isPrivateIdentifier(f.name) && declaredInBase(ctx, node, (f.name as ts.Identifier).text)) continue;
        out.push({ ...b.assign(target, b.none()), pos: ctx.pos(f) });
        continue;
      }
      const [pre, value] = ctx.capture(() => transformExpr(ctx, f.initializer!));
      out.push(...pre, { ...b.assign(target, value), pos: ctx.pos(f) });
    }
    return out;
  };

  if (ctor) {
    body.push(
      inFunctionScope(ctx, ctor, () => {
        const { params, prelude } = functionParts(ctx, ctor, "self");
        const props: py.Stmt[] = paramProps.map((p) =>
          b.assign(b.attr(b.name("self"), attrName((p.name as ts.Identifier).text)), transformExpr(ctx, p.name as ts.Identifier)),
        );
        const fields = fieldInits();
        let init: py.Stmt[];
        if (ctx.program.defineClassFields) {
          // ES2022 class fields: initialisers run before the constructor assigns its parameter properties
          const observed = instanceFields.some((f) => f.initializer && readsThis(f.initializer));
          const declared = observed
            ? paramProps.map((p) => b.assign(b.attr(b.name("self"), attrName((p.name as ts.Identifier).text)), b.none()))
            : [];
          init = [...declared, ...fields, ...props];
        } else init = [...props, ...fields];
        const stmts = ctor.body!.statements;
        const superIndex = stmts.findIndex(isSuperCall);
        let out: py.Stmt[];
        if (superIndex >= 0) {
          const before = transformStatements(ctx, stmts.slice(0, superIndex + 1));
          out = [...before, ...init, ...transformStatements(ctx, stmts.slice(superIndex + 1))];
        } else {
          out = [...init, ...transformStatements(ctx, stmts)];
        }
        const def: py.FunctionDef = { kind: "FunctionDef", name: "__init__", params, body: [...prelude, ...out], pos: ctx.pos(ctor) };
        return def;
      }),
    );
  } else if (instanceFields.length > 0) {
    const [pre, inits] = ctx.capture(() => fieldInits());
    const initBody = [...pre, ...inits];
    if (initBody.length > 0) {
      if (baseExpr) {
        body.push({
          kind: "FunctionDef",
          name: "__init__",
          params: [{ name: "self" }, { name: "args", rest: true }],
          body: [b.exprStmt(b.call(b.attr(b.call("super"), "__init__"), [b.starred(b.name("args"))])), ...initBody],
        });
      } else {
        body.push({ kind: "FunctionDef", name: "__init__", params: [{ name: "self" }], body: initBody });
      }
    }
  }

  const staticsObserved = node.members.some(
    (m) => ts.isPropertyDeclaration(m) && isStatic(m) && m.initializer && mayReadClass(ctx, m.initializer, node),
  );
  const accessors = new Map<string, { get?: ts.GetAccessorDeclaration; set?: ts.SetAccessorDeclaration }>();
  for (const m of node.members) {
    if (ts.isConstructorDeclaration(m) || ts.isIndexSignatureDeclaration(m) || ts.isSemicolonClassElement(m)) continue;
    if (ts.isPropertyDeclaration(m)) {
      if (!isStatic(m) || isAmbient(m)) continue;
      if (!m.initializer) {
        body.push(b.assign(b.name(memberName(ctx, m.name)), b.none()));
        continue;
      }
      const [pre, value] = ctx.capture(() => transformExpr(ctx, m.initializer!));
      // a constant can live in the class body; anything else may refer to the class, so it runs after
      // (after a deferred one, constants wait too: initialisers run in source order)
      if (pre.length === 0 && value.kind === "Constant" && !(staticsObserved && after.length > 0))
        body.push(b.assign(b.name(memberName(ctx, m.name)), value));
      else {
        // None until its initialiser has run, in case an initialiser reads it (JavaScript reads undefined)
        if (staticsObserved) body.push(b.assign(b.name(memberName(ctx, m.name)), b.none()));
        after.push(...pre, { ...b.assign(b.attr(classRef, memberName(ctx, m.name)), value), pos: ctx.pos(m) });
      }
      continue;
    }
    if (ts.isMethodDeclaration(m)) {
      const n = memberName(ctx, m.name);
      if (!m.body) {
        // an optional method nobody defined reads as undefined (`obj.m?.()`); abstract ones come from subclasses
        if (m.questionToken && !isAmbient(node)) body.push(b.assign(b.name(n), b.none()));
        continue;
      }
      if (!isStatic(m)) body.push(makeDef(ctx, m, n, "self"));
      // `this` in a static method is the class it was called on
      else if (usesThis(m.body)) body.push(makeDef(ctx, m, n, "cls", [b.name("classmethod")]));
      else body.push(makeDef(ctx, m, n, undefined, [b.name("staticmethod")]));
      if (n === "toString" && !isStatic(m)) {
        body.push({
          kind: "FunctionDef",
          name: "__str__",
          params: [{ name: "self" }],
          body: [b.ret(b.method(b.name("self"), "toString"))],
        });
      }
      continue;
    }
    if (ts.isGetAccessorDeclaration(m) || ts.isSetAccessorDeclaration(m)) {
      if (!m.body) continue;
      // a static accessor is a classmethod; reads and writes of `C.x` call it (see static-accessors.ts)
      if (isStatic(m)) {
        const prefix = ts.isGetAccessorDeclaration(m) ? "_get_" : "_set_";
        body.push(makeDef(ctx, m, prefix + memberName(ctx, m.name), "cls", [b.name("classmethod")]));
        continue;
      }
      const n = memberName(ctx, m.name);
      const entry = accessors.get(n) ?? {};
      if (ts.isGetAccessorDeclaration(m)) entry.get = m;
      else entry.set = m;
      accessors.set(n, entry);
      continue;
    }
    if (ts.isClassStaticBlockDeclaration(m)) {
      // runs once, right after the class is defined; `this` is the class
      after.push(...transformStatements(ctx, m.body.statements));
    }
  }
  for (const [n, { get, set }] of accessors) {
    // named functions, so a subclass can reach them: MicroPython's super() does not run property getters
    const fns: py.Expr[] = [];
    for (const [acc, prefix] of [
      [get, "_get_"],
      [set, "_set_"],
    ] as const) {
      if (!acc) fns.push(b.none());
      else {
        body.push(makeDef(ctx, acc, prefix + n, "self"));
        fns.push(b.name(prefix + n));
      }
    }
    if (!set) fns.pop();
    body.push(b.assign(b.name(n), b.call("property", fns)));
  }
  const fieldOrder = classFieldOrder(ctx, node); // key order of instances, for JSON.stringify and Object.keys
  if (fieldOrder) body.unshift(fieldOrder);
  if (body.length === 0) body.push(b.pass());
  const cls: py.ClassDef = { kind: "ClassDef", name, bases, body, pos: ctx.pos(node) };
  return [cls, ...after];
}

export function transformClassDeclaration(ctx: TransformContext, node: ts.ClassDeclaration): py.Stmt[] {
  if (isAmbient(node)) return [];
  const sym = node.name ? ctx.checker.getSymbolAtLocation(node.name) : undefined;
  const name = sym ? ctx.scopes.nameOf(sym)! : "default_export";
  return transformClass(ctx, node, name);
}

export function transformClassExpression(ctx: TransformContext, node: ts.ClassExpression): py.Expr {
  const name = ctx.temp(node.name ? "_" + node.name.text : "_Class");
  classExpressionNames.set(node, name);
  ctx.addPreceding(...transformClass(ctx, node, name));
  return b.name(name);
}

export function transformEnum(ctx: TransformContext, node: ts.EnumDeclaration): py.Stmt[] {
  if (isAmbient(node)) return [];
  const sym = ctx.checker.getSymbolAtLocation(node.name)!;
  if (onlyReadAsConstants(ctx, node, sym)) return [];
  const name = ctx.scopes.nameOf(sym)!;
  const body: py.Stmt[] = [];
  const names: { key: py.Expr; value: py.Expr }[] = [];
  const walked = enumsWalked(ctx).has(sym);
  const keys: py.Expr[] = [];
  for (const m of node.members) {
    const value = ctx.checker.getConstantValue(m);
    let expr: py.Expr;
    if (value === undefined) {
      if (!m.initializer) throw unsupported(m, Codes.unsupportedSyntax, "A computed enum member", "give it a constant value");
      expr = transformExpr(ctx, m.initializer);
    } else expr = typeof value === "number" ? b.num(value) : b.str(value);
    const key = ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) ? m.name.text : m.name.getText();
    body.push({ ...b.assign(b.name(attrName(key)), expr), pos: ctx.pos(m) });
    keys.push(b.str(key));
    if (typeof value === "number") names.push({ key: b.num(value), value: b.str(key) });
    // a computed number member: its value, read in the class body (for reverse lookups and for...in)
    else if (value === undefined && T.isNumber(ctx.checker.getTypeAtLocation(m.initializer!)))
      names.push({ key: b.name(attrName(key)), value: b.str(key) });
  }
  if (walked) body.push(b.assign(b.name("_keys"), { kind: "Tuple", elts: keys } as py.Expr));
  const reverse = names.length > 0 && (walked || reverseLookups(ctx).has(sym));
  const first = sym.declarations?.find(ts.isEnumDeclaration);
  if (first && first !== node && first.getSourceFile() === node.getSourceFile()) {
    // a later declaration of the same enum adds members to the class
    const out: py.Stmt[] = body.map((st) => ({
      ...(st as py.Assign),
      targets: [b.attr(b.name(name), ((st as py.Assign).targets[0] as py.Name).id)],
    }));
    if (reverse) out.push(...names.map((n) => b.assign(b.sub(b.attr(b.name(name), "_names"), n.key), n.value)));
    return out;
  }
  if (reverse) body.push(b.assign(b.name("_names"), { kind: "Dict", entries: names }));
  // a member's initializer runs in the class body, where an assignment would bind a class attribute
  body.unshift(...outerDeclarations(ctx, variablesWritten(ctx, node)));
  if (body.length === 0) body.push(b.pass());
  return [{ kind: "ClassDef", name, bases: [], body, pos: ctx.pos(node) }];
}

/** The variables an enum's member initializers assign (`A = next++`), outside functions in them. */
function variablesWritten(ctx: TransformContext, node: ts.EnumDeclaration): Set<ts.Symbol> {
  const written = new Set<ts.Symbol>();
  for (const m of node.members)
    if (m.initializer && ctx.checker.getConstantValue(m) === undefined)
      walk(m.initializer, (n) => {
        if (ts.isFunctionLike(n)) return "skip";
        const target = writtenBy(n);
        const sym = target && ts.isIdentifier(target) ? ctx.checker.getSymbolAtLocation(target) : undefined;
        if (sym && ctx.scopes.nameOf(sym)) written.add(sym);
        return undefined;
      });
  return written;
}

const reverseLookupCache = new WeakMap<object, Set<ts.Symbol>>();
/** Per file, its reverse lookups (`mpts build --watch` finds them again only in files that changed). */
const reverseLookupNodes = fileCache<ts.ElementAccessExpression[]>();

/** Enums whose names are looked up by value somewhere in the program (`Dir[d]`). */
function reverseLookups(ctx: TransformContext): Set<ts.Symbol> {
  let found = reverseLookupCache.get(ctx.program);
  if (found) return found;
  const set = new Set<ts.Symbol>();
  for (const f of ctx.program.files) {
    let nodes = ctx.program.reusable.has(f) ? reverseLookupNodes.get(f) : undefined;
    if (!nodes) {
      const inFile: ts.ElementAccessExpression[] = [];
      walk(f, (n) => {
        if (ts.isElementAccessExpression(n) && isEnumReverseLookup(ctx, n)) inFile.push(n);
      });
      reverseLookupNodes.set(f, (nodes = inFile));
    }
    for (const n of nodes) {
      const sym = ctx.checker.getTypeAtLocation(n.expression).getSymbol();
      if (sym) set.add(sym);
    }
  }
  reverseLookupCache.set(ctx.program, (found = set));
  return found;
}
