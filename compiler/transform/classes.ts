// Classes: constructor with parameter properties and field initialisers,
// methods, static members, accessors as properties, inheritance (Error
// subclasses become Python exceptions), and enums as classes of constants.
import { ts } from "ts-morph";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { transformExpr } from "./expressions.js";
import { makeDef, inFunctionScope, functionParts } from "./functions.js";
import { transformStatements } from "./statements.js";
import { attrName } from "./access.js";
import { Codes, unsupported } from "../diagnostics.js";
import { propertyKey } from "./literals.js";

const isStatic = (m: ts.Node) => (ts.getCombinedModifierFlags(m as ts.Declaration) & ts.ModifierFlags.Static) !== 0;

function memberName(ctx: TransformContext, name: ts.PropertyName | ts.PrivateIdentifier): string {
  if (ts.isPrivateIdentifier(name)) return attrName(name.text);
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return attrName(name.text);
  throw unsupported(name, Codes.computedClassMember, "A computed class member name", "use a plain identifier");
}

function isSuperCall(s: ts.Statement): boolean {
  return ts.isExpressionStatement(s) && ts.isCallExpression(s.expression) && s.expression.expression.kind === ts.SyntaxKind.SuperKeyword;
}

/** The class statement, then statements that must follow it (static initialisers). */
export function transformClass(ctx: TransformContext, node: ts.ClassLikeDeclaration, name: string): py.Stmt[] {
  if (ts.canHaveDecorators(node) && ts.getDecorators(node)?.length) {
    throw unsupported(ts.getDecorators(node)![0], Codes.decorator, "A decorator", "call the function on the class after its declaration");
  }
  const bases: py.Expr[] = [];
  const heritage = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
  const baseExpr = heritage?.types[0]?.expression;
  if (baseExpr) bases.push(transformExpr(ctx, baseExpr));
  const body: py.Stmt[] = [];
  const after: py.Stmt[] = [];
  const classRef = b.name(name);

  const instanceFields = node.members.filter(
    (m): m is ts.PropertyDeclaration => ts.isPropertyDeclaration(m) && !isStatic(m) && !(ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Ambient),
  );
  const ctor = node.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && !!m.body);

  const fieldInits = (): py.Stmt[] => {
    const out: py.Stmt[] = [];
    for (const f of instanceFields) {
      if (f.initializer === undefined && f.questionToken === undefined && f.exclamationToken) continue;
      const target = b.attr(b.name("self"), memberName(ctx, f.name));
      if (!f.initializer) {
        out.push(b.assign(target, b.none()));
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
        const props: py.Stmt[] = [];
        for (const p of ctor.parameters) {
          if (ts.isParameterPropertyDeclaration(p, ctor) && ts.isIdentifier(p.name)) {
            props.push(b.assign(b.attr(b.name("self"), attrName(p.name.text)), transformExpr(ctx, p.name)));
          }
        }
        const stmts = ctor.body!.statements;
        const superIndex = stmts.findIndex(isSuperCall);
        let out: py.Stmt[];
        if (superIndex >= 0) {
          const before = transformStatements(ctx, stmts.slice(0, superIndex + 1));
          const rest = transformStatements(ctx, stmts.slice(superIndex + 1));
          out = [...before, ...props, ...fieldInits(), ...rest];
        } else {
          out = [...props, ...fieldInits(), ...transformStatements(ctx, stmts)];
        }
        const def: py.FunctionDef = { kind: "FunctionDef", name: "__init__", params, body: [...prelude, ...out], pos: ctx.pos(ctor) };
        return def;
      }),
    );
  } else if (instanceFields.length > 0) {
    const inits = ctx.capture(() => fieldInits());
    const initBody = [...inits[0], ...inits[1]];
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

  const accessors = new Map<string, { get?: ts.GetAccessorDeclaration; set?: ts.SetAccessorDeclaration }>();
  for (const m of node.members) {
    if (ts.isConstructorDeclaration(m) || ts.isIndexSignatureDeclaration(m) || ts.isSemicolonClassElement(m)) continue;
    if (ts.isPropertyDeclaration(m)) {
      if (!isStatic(m) || !m.initializer) {
        if (isStatic(m)) body.push(b.assign(b.name(memberName(ctx, m.name)), b.none()));
        continue;
      }
      const [pre, value] = ctx.capture(() => transformExpr(ctx, m.initializer!));
      // a constant can live in the class body; anything else may refer to the class, so it runs after
      if (pre.length === 0 && value.kind === "Constant") body.push(b.assign(b.name(memberName(ctx, m.name)), value));
      else after.push(...pre, b.assign(b.attr(classRef, memberName(ctx, m.name)), value));
      continue;
    }
    if (ts.isMethodDeclaration(m)) {
      if (!m.body) continue; // abstract or overload
      if (ts.isComputedPropertyName(m.name)) {
        throw unsupported(m.name, Codes.computedClassMember, "A computed method name", "use a plain identifier");
      }
      const n = memberName(ctx, m.name);
      body.push(isStatic(m) ? makeDef(ctx, m, n, undefined, [b.name("staticmethod")]) : makeDef(ctx, m, n, "self"));
      if (n === "toString" && !isStatic(m)) {
        body.push({ kind: "FunctionDef", name: "__str__", params: [{ name: "self" }], body: [b.ret(b.method(b.name("self"), "toString"))] });
      }
      continue;
    }
    if (ts.isGetAccessorDeclaration(m) || ts.isSetAccessorDeclaration(m)) {
      if (isStatic(m)) throw unsupported(m, Codes.unsupportedMember, "A static accessor", "use a static method");
      const n = memberName(ctx, m.name);
      const entry = accessors.get(n) ?? {};
      if (ts.isGetAccessorDeclaration(m)) entry.get = m;
      else entry.set = m;
      accessors.set(n, entry);
      continue;
    }
    if (ts.isClassStaticBlockDeclaration(m)) {
      throw unsupported(m, Codes.unsupportedMember, "A static block", "put the code after the class");
    }
  }
  for (const [n, { get, set }] of accessors) {
    if (get) body.push(makeDef(ctx, get, n, "self", [b.name("property")]));
    if (set) {
      if (get) body.push(makeDef(ctx, set, n, "self", [b.attr(b.name(n), "setter")]));
      else {
        const setter = makeDef(ctx, set, "_set_" + n, "self");
        body.push(setter, b.assign(b.name(n), b.call("property", [b.none(), b.name(setter.name)])));
      }
    }
  }
  if (body.length === 0) body.push(b.pass());
  const cls: py.ClassDef = { kind: "ClassDef", name, bases, body, pos: ctx.pos(node) };
  void propertyKey;
  return [cls, ...after];
}

export function transformClassDeclaration(ctx: TransformContext, node: ts.ClassDeclaration): py.Stmt[] {
  if (!node.body && !node.members) return [];
  if (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Ambient) return [];
  const sym = node.name ? ctx.checker.getSymbolAtLocation(node.name) : undefined;
  const name = sym ? ctx.scopes.nameOf(sym)! : "default_export";
  return transformClass(ctx, node, name);
}

export function transformClassExpression(ctx: TransformContext, node: ts.ClassExpression): py.Expr {
  const name = ctx.temp(node.name ? "_" + node.name.text : "_Class");
  ctx.addPreceding(...transformClass(ctx, node, name));
  return b.name(name);
}

export function transformEnum(ctx: TransformContext, node: ts.EnumDeclaration): py.Stmt[] {
  if (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Ambient) return [];
  const sym = ctx.checker.getSymbolAtLocation(node.name)!;
  const name = ctx.scopes.nameOf(sym)!;
  const body: py.Stmt[] = [];
  for (const m of node.members) {
    const value = ctx.checker.getConstantValue(m);
    let expr: py.Expr;
    if (value === undefined) {
      if (!m.initializer) throw unsupported(m, Codes.unsupportedSyntax, "A computed enum member", "give it a constant value");
      expr = transformExpr(ctx, m.initializer);
    } else expr = typeof value === "number" ? b.num(value) : b.str(value);
    const key = ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) ? m.name.text : m.name.getText();
    body.push({ ...b.assign(b.name(attrName(key)), expr), pos: ctx.pos(m) });
  }
  if (body.length === 0) body.push(b.pass());
  return [{ kind: "ClassDef", name, bases: [], body, pos: ctx.pos(node) }];
}
