// Expression dispatch: one case per TypeScript expression kind, delegating
// to the file that owns each syntax area.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import { Codes, DiagnosticError, unsupported } from "../diagnostics.js";
import type { TransformContext } from "./context.js";
import * as T from "./types.js";
import { transformIdentifier } from "./identifiers.js";
import { transformPropertyAccess, transformElementAccess, memberStyle, memberTarget } from "./access.js";
import { transformCall, transformNew } from "./calls.js";
import { transformArrayLiteral, transformObjectLiteral, transformTemplate, transformTaggedTemplate } from "./literals.js";
import { transformBinary, transformPrefixUnary, transformPostfixUnary, transformConditional } from "./operators.js";
import { transformFunctionExpression } from "./functions.js";
import { transformClassExpression, classExpressionName } from "./classes.js";
import { transformTypeof } from "./typeof.js";
import { transformAwait } from "../builtins/promise.js";
import { regexLiteral } from "../builtins/regex.js";
import { takesThis, thisParam } from "./this.js";

export function transformExpr(ctx: TransformContext, node: ts.Expression): py.Expr {
  // parentheses and type assertions add nothing: unwrapped in a loop, however deep
  while (isWrapper(node) && !ctx.substitutions.has(node)) node = node.expression;
  const substitute = ctx.substitutions.get(node);
  if (substitute) return substitute;
  try {
    const e = dispatch(ctx, node);
    if (!e.pos) e.pos = ctx.pos(node);
    return e;
  } catch (err) {
    if (err instanceof DiagnosticError) throw err;
    throw ctx.internal(node, err);
  }
}

function isWrapper(
  node: ts.Expression,
): node is ts.ParenthesizedExpression | ts.AsExpression | ts.TypeAssertion | ts.NonNullExpression | ts.SatisfiesExpression {
  return (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isTypeAssertionExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isSatisfiesExpression(node)
  );
}

function dispatch(ctx: TransformContext, node: ts.Expression): py.Expr {
  switch (node.kind) {
    case ts.SyntaxKind.NumericLiteral:
      return b.num(Number((node as ts.NumericLiteral).text));
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      return b.str((node as ts.StringLiteral).text);
    case ts.SyntaxKind.TrueKeyword:
      return b.bool(true);
    case ts.SyntaxKind.FalseKeyword:
      return b.bool(false);
    case ts.SyntaxKind.NullKeyword:
      return b.none();
    case ts.SyntaxKind.Identifier:
      return transformIdentifier(ctx, node as ts.Identifier);
    case ts.SyntaxKind.ThisKeyword:
      return transformThis(ctx, node);
    case ts.SyntaxKind.ParenthesizedExpression:
    case ts.SyntaxKind.AsExpression:
    case ts.SyntaxKind.TypeAssertionExpression:
    case ts.SyntaxKind.NonNullExpression:
    case ts.SyntaxKind.SatisfiesExpression:
    case ts.SyntaxKind.ExpressionWithTypeArguments: // an instantiation expression, f<number>: the function itself
      return transformExpr(ctx, (node as ts.ParenthesizedExpression).expression);
    case ts.SyntaxKind.TemplateExpression:
      return transformTemplate(ctx, node as ts.TemplateExpression);
    case ts.SyntaxKind.TaggedTemplateExpression:
      return transformTaggedTemplate(ctx, node as ts.TaggedTemplateExpression);
    case ts.SyntaxKind.ArrayLiteralExpression:
      return transformArrayLiteral(ctx, node as ts.ArrayLiteralExpression);
    case ts.SyntaxKind.ObjectLiteralExpression:
      return transformObjectLiteral(ctx, node as ts.ObjectLiteralExpression);
    case ts.SyntaxKind.PropertyAccessExpression:
      return transformPropertyAccess(ctx, node as ts.PropertyAccessExpression);
    case ts.SyntaxKind.ElementAccessExpression:
      return transformElementAccess(ctx, node as ts.ElementAccessExpression);
    case ts.SyntaxKind.CallExpression:
      return transformCall(ctx, node as ts.CallExpression);
    case ts.SyntaxKind.NewExpression:
      return transformNew(ctx, node as ts.NewExpression);
    case ts.SyntaxKind.BinaryExpression:
      return transformBinary(ctx, node as ts.BinaryExpression);
    case ts.SyntaxKind.PrefixUnaryExpression:
      return transformPrefixUnary(ctx, node as ts.PrefixUnaryExpression);
    case ts.SyntaxKind.PostfixUnaryExpression:
      return transformPostfixUnary(ctx, node as ts.PostfixUnaryExpression);
    case ts.SyntaxKind.ConditionalExpression:
      return transformConditional(ctx, node as ts.ConditionalExpression);
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.FunctionExpression:
      return transformFunctionExpression(ctx, node as ts.ArrowFunction | ts.FunctionExpression);
    case ts.SyntaxKind.ClassExpression:
      return transformClassExpression(ctx, node as ts.ClassExpression);
    case ts.SyntaxKind.TypeOfExpression:
      return transformTypeof(ctx, node as ts.TypeOfExpression);
    case ts.SyntaxKind.VoidExpression: {
      const inner = transformExpr(ctx, (node as ts.VoidExpression).expression);
      if (!b.isSimple(inner)) ctx.addPreceding(b.exprStmt(inner));
      return b.none();
    }
    case ts.SyntaxKind.AwaitExpression:
      return transformAwait(ctx, node as ts.AwaitExpression);
    case ts.SyntaxKind.YieldExpression: {
      const y = node as ts.YieldExpression;
      return { kind: "Yield", value: y.expression ? transformExpr(ctx, y.expression) : undefined, from: !!y.asteriskToken };
    }
    case ts.SyntaxKind.DeleteExpression:
      return transformDelete(ctx, node as ts.DeleteExpression);
    case ts.SyntaxKind.RegularExpressionLiteral:
      return regexLiteral(ctx, node as ts.RegularExpressionLiteral);
    case ts.SyntaxKind.BigIntLiteral:
      throw unsupported(
        node,
        Codes.bigint,
        "BigInt",
        "use number; MicroPython integers are arbitrary precision when the result is an integer",
      );
    case ts.SyntaxKind.MetaProperty:
      throw unsupported(node, Codes.newTarget, `'${node.getText()}'`, "pass the value you need as a parameter");
    case ts.SyntaxKind.SuperKeyword:
      throw unsupported(node, Codes.superProperty, "'super' as a value", "call super(...) or super.method(...) directly");
    default:
      throw unsupported(node, Codes.unsupportedSyntax, `The expression '${ts.SyntaxKind[node.kind]}'`, "rewrite it with simpler syntax");
  }
}

function transformThis(ctx: TransformContext, node: ts.Node): py.Expr {
  // arrow functions take `this` from where they are written, which Python closures do for `self`
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isArrowFunction(n)) continue;
    if (
      (ts.isMethodDeclaration(n) && ts.isClassLike(n.parent)) ||
      ts.isConstructorDeclaration(n) ||
      ts.isGetAccessorDeclaration(n) ||
      ts.isSetAccessorDeclaration(n)
    ) {
      const isStatic = ts.getCombinedModifierFlags(n as ts.Declaration) & ts.ModifierFlags.Static;
      return { ...b.name(isStatic ? "cls" : "self"), nonNull: true };
    }
    if (ts.isPropertyDeclaration(n) && !(ts.getCombinedModifierFlags(n) & ts.ModifierFlags.Static)) return b.name("self");
    if (ts.isPropertyDeclaration(n) || ts.isClassStaticBlockDeclaration(n)) {
      const cls = n.parent as ts.ClassLikeDeclaration;
      const own = ts.isClassExpression(cls) ? classExpressionName(cls) : undefined;
      if (own) return b.name(own);
      if (cls.name) return transformIdentifier(ctx, cls.name);
    }
    if (takesThis(n)) return b.name(thisParam); // see this.ts
    if (ts.isFunctionLike(n) || ts.isSourceFile(n)) break;
  }
  throw unsupported(
    node,
    Codes.thisOutsideClass,
    "'this' outside a class method",
    "use a class method or an arrow function inside one, or pass the object as a parameter",
  );
}

function transformDelete(ctx: TransformContext, node: ts.DeleteExpression): py.Expr {
  let target: ts.Expression = node.expression;
  while (ts.isParenthesizedExpression(target) || ts.isNonNullExpression(target)) target = target.expression;
  // `delete a?.b`: nothing to delete (and still true) when the chain stops at a None
  let link: ts.Expression | undefined;
  for (let c = target; ts.isOptionalChain(c); c = (c as ts.PropertyAccessExpression).expression) {
    if ((c as ts.PropertyAccessExpression).questionDotToken && !ctx.handledOptionalLinks.has(c)) link = c;
  }
  if (link) {
    const base = ctx.once(transformExpr(ctx, (link as ts.PropertyAccessExpression).expression));
    ctx.handledOptionalLinks.add(link);
    ctx.substitutions.set((link as ts.PropertyAccessExpression).expression, base);
    const [pre] = ctx.capture(() => transformDelete(ctx, node));
    ctx.addPreceding(b.ifStmt(b.cmp(base, "is not", b.none()), pre));
    return b.bool(true);
  }
  // an array keeps its length: the deleted element becomes a hole, read as undefined
  if (ts.isElementAccessExpression(target) && T.isArray(ctx.checker, ctx.checker.getTypeAtLocation(target.expression))) {
    const arr = transformExpr(ctx, target.expression);
    const index = transformExpr(ctx, target.argumentExpression);
    ctx.addPreceding(b.assign(b.sub(arr, index), b.none()));
    return b.bool(true);
  }
  if (ts.isPropertyAccessExpression(target)) {
    const obj = transformExpr(ctx, target.expression);
    if (memberStyle(ctx, target) === "attribute") {
      // an instance attribute cannot be removed and still read as undefined: it becomes None
      ctx.addPreceding(b.assign(memberTarget(ctx, target, obj), b.none()));
      return b.bool(true);
    }
    ctx.addPreceding(b.exprStmt(b.method(obj, "pop", [b.str(target.name.text), b.none()])));
    return b.bool(true);
  }
  if (ts.isElementAccessExpression(target)) {
    const obj = transformExpr(ctx, target.expression);
    const key = transformExpr(ctx, target.argumentExpression);
    ctx.addPreceding(b.exprStmt(b.method(obj, "pop", [key, b.none()])));
    return b.bool(true);
  }
  throw unsupported(
    node,
    Codes.deleteNonProperty,
    "'delete' of something other than a property",
    "delete a property of a plain object (delete obj.key)",
  );
}
