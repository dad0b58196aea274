// Object.keys/values/entries/assign and JSON. Objects are dicts; their key
// order is JavaScript's insertion order when the program observes it. Class
// instances keep fields in __dict__, which forgets the order: classes then list
// their fields in `_js_fields` (see classFieldOrder) for the js_fields helper.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "../transform/context.js";
import { transformExpr } from "../transform/expressions.js";
import { attrName } from "../transform/access.js";
import * as T from "../transform/types.js";
import { stringifyDictionary, stringifyFresh } from "./json-text.js";
import { refuseBytesOutput } from "./typed-arrays.js";
import { Codes, unsupported } from "../diagnostics.js";
import { jsonOmitSpec } from "./json-omit.js";

const comp = (elt: py.Expr, target: py.Expr, iter: py.Expr): py.ListComp => ({ kind: "ListComp", elt, target, iter });

function orderedDict(ctx: TransformContext, args: py.Expr[]): py.Expr {
  if (!ctx.program.orderedObjects) return b.call("dict", args);
  ctx.useStd("collections", "OrderedDict");
  return b.call("OrderedDict", args);
}

/**
 * `Object.assign(instance, { a: x, b: y })`: a class instance keeps its fields as attributes,
 * set one by one after the literal's values are all computed (as JavaScript makes the object
 * first). Another source's keys are not known here, and a key is no attribute name.
 */
function assignFields(ctx: TransformContext, target: py.Expr, sources: readonly ts.Expression[]): py.Expr {
  for (const src of sources) {
    const literal = ts.isParenthesizedExpression(src) ? src.expression : src;
    const props = ts.isObjectLiteralExpression(literal) ? literal.properties : undefined;
    const plain = (p: ts.ObjectLiteralElementLike) =>
      (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) || ts.isShorthandPropertyAssignment(p);
    if (!props || !props.every(plain))
      throw unsupported(
        src,
        Codes.unsupportedMember,
        "Object.assign onto a class instance from anything but an object literal of named properties",
        "assign the fields one by one (obj.x = value)",
      );
    const values = props.map((p) =>
      ctx.once(transformExpr(ctx, ts.isPropertyAssignment(p) ? p.initializer : (p as ts.ShorthandPropertyAssignment).name)),
    );
    props.forEach((p, i) =>
      ctx.addPreceding(b.assign(b.attr(target, attrName((p.name as ts.Identifier | ts.StringLiteral).text)), values[i])),
    );
  }
  return target;
}

export function objectStatic(ctx: TransformContext, name: string, node: ts.CallExpression): py.Expr | undefined {
  const argNodes = node.arguments;
  // Object.setPrototypeOf(this, MyError.prototype), the ES5-era fix for Error subclasses: already true here
  if (name === "setPrototypeOf" && isOwnPrototypeFix(node)) return b.none();
  switch (name) {
    case "keys":
    case "values":
    case "entries":
      return ownEntries(ctx, name, argNodes[0]);
    case "assign": {
      if (T.isArray(ctx.checker, ctx.checker.getTypeAtLocation(argNodes[0]), true))
        throw unsupported(
          argNodes[0],
          Codes.unsupportedMember,
          "Object.assign onto an array (Python lists have no named properties)",
          "keep the extra properties in an object next to the array ({ items, foo })",
        );
      const target = ctx.once(transformExpr(ctx, argNodes[0]));
      if (T.isClassInstance(ctx.checker.getTypeAtLocation(argNodes[0]))) return assignFields(ctx, target, argNodes.slice(1));
      for (const src of argNodes.slice(1)) {
        const t = ctx.checker.getTypeAtLocation(src);
        const value = transformExpr(ctx, src);
        // null, undefined, booleans and numbers have no own properties to copy
        if (T.isPrimitive(t) && !T.isString(t, true)) {
          if (value.kind !== "Constant" && value.kind !== "Name") ctx.addPreceding(b.exprStmt(value));
          continue;
        }
        if (!T.isClassInstance(t) && (T.isAnyLike(t) || T.isNullable(t) || (t.isUnion() && t.types.some((p) => T.isPrimitive(p))))) {
          const v = ctx.once(value);
          ctx.addPreceding(b.ifStmt(b.call("isinstance", [v, b.name("dict")]), [b.exprStmt(b.method(target, "update", [v]))]));
          continue;
        }
        let items = value;
        if (T.isClassInstance(t)) {
          const inst = ctx.once(value);
          const [k, a] = [b.name(ctx.temp("_k")), b.name(ctx.temp("_a"))];
          items = comp(b.tuple([k, b.call("getattr", [inst, a])]), b.tuple([k, a]), b.call(ctx.useHelper("js_fields"), [inst]));
        }
        ctx.addPreceding(b.exprStmt(b.method(target, "update", [items])));
      }
      return target;
    }
    case "fromEntries": {
      const src = argNodes[0];
      const value = transformExpr(ctx, src);
      return orderedDict(ctx, [T.isMapType(ctx.checker.getTypeAtLocation(src)) ? b.method(value, "items") : value]);
    }
    case "hasOwn":
      return hasOwn(ctx, argNodes[0], argNodes[1]);
    case "freeze":
      return transformExpr(ctx, argNodes[0]);
    case "defineProperty":
      return defineProperty(ctx, node);
    case "getOwnPropertyDescriptor":
    case "getOwnPropertyDescriptors":
    case "defineProperties":
      throw unsupported(
        node,
        Codes.unsupportedMember,
        `Object.${name} (objects here keep no property attributes: writable, enumerable, configurable)`,
        "read and assign the values directly (obj[key]); Object.defineProperty(obj, key, { value }) assigns one",
      );
    default:
      throw unsupported(node, Codes.unsupportedMember, `Object.${name}`, "use Object.keys, values, entries, assign or fromEntries");
  }
}

/** `key in obj` for a plain object (a dict) or a class instance. */
export function hasOwn(ctx: TransformContext, objNode: ts.Expression, keyNode: ts.Expression): py.Expr {
  const obj = transformExpr(ctx, objNode);
  const key = transformExpr(ctx, keyNode);
  const t = ctx.checker.getTypeAtLocation(objNode);
  if (T.isClassInstance(t)) {
    // fields are attributes, spelled the Python way
    const attrKey = ts.isStringLiteralLike(keyNode) ? b.str(attrName(keyNode.text)) : key;
    return b.cmp(attrKey, "in", b.attr(obj, "__dict__"));
  }
  return b.cmp(T.isNumber(ctx.checker.getTypeAtLocation(keyNode)) ? b.call(ctx.useHelper("js_str"), [key]) : key, "in", obj);
}

function ownEntries(ctx: TransformContext, name: "keys" | "values" | "entries", node: ts.Expression): py.Expr {
  const t = ctx.checker.getTypeAtLocation(node);
  const obj = transformExpr(ctx, node);
  if (T.isArray(ctx.checker, t, true)) {
    // an array's keys are its indices, as strings
    const arr = ctx.once(obj);
    const i = b.name(ctx.temp("_i"));
    if (name === "values") return b.call("list", [arr]);
    const k = b.call("str", [i]);
    return comp(name === "keys" ? k : b.tuple([k, b.sub(arr, i)]), i, b.call("range", [b.call("len", [arr])]));
  }
  if (T.isClassInstance(t)) {
    const inst = ctx.once(obj);
    const [k, a] = [b.name(ctx.temp("_k")), b.name(ctx.temp("_a"))];
    const value = b.call("getattr", [inst, a]);
    return comp(
      name === "keys" ? k : name === "values" ? value : b.tuple([k, value]),
      b.tuple([k, a]),
      b.call(ctx.useHelper("js_fields"), [inst]),
    );
  }
  if (name === "keys") return b.call("list", [obj]);
  return b.call("list", [b.method(obj, name === "values" ? "values" : "items")]);
}

/**
 * `_js_fields = (...)` for a class body: its instance fields in JavaScript's
 * order (base class fields, then parameter properties, then declared fields).
 * A name Python spells differently is a (JavaScript name, attribute) pair.
 */
export function classFieldOrder(ctx: TransformContext, node: ts.ClassLikeDeclaration): py.Stmt | undefined {
  if (!ctx.program.orderedObjects) return undefined;
  const names: string[] = [];
  collectFields(ctx, node, names, new Set());
  if (names.length === 0) return undefined;
  const items = names.map((n) => (attrName(n) === n ? b.str(n) : b.tuple([b.str(n), b.str(attrName(n))])));
  return b.assign(b.name("_js_fields"), b.tuple(items));
}

function collectFields(ctx: TransformContext, node: ts.ClassLikeDeclaration, out: string[], seen: Set<ts.Node>): void {
  if (seen.has(node)) return;
  seen.add(node);
  const heritage = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  if (heritage) {
    let sym = ctx.checker.getSymbolAtLocation(heritage);
    if (sym && sym.flags & ts.SymbolFlags.Alias) sym = ctx.checker.getAliasedSymbol(sym);
    const base = sym?.declarations?.find(ts.isClassLike);
    if (base && !T.isFromLib(base)) collectFields(ctx, base, out, seen);
  }
  const add = (n: string) => {
    if (!out.includes(n)) out.push(n);
  };
  const ctor = node.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && !!m.body);
  for (const p of ctor?.parameters ?? []) if (ts.isParameterPropertyDeclaration(p, ctor!) && ts.isIdentifier(p.name)) add(p.name.text);
  for (const m of node.members) {
    if (!ts.isPropertyDeclaration(m) || ts.isPrivateIdentifier(m.name)) continue;
    const flags = ts.getCombinedModifierFlags(m);
    if (flags & (ts.ModifierFlags.Static | ts.ModifierFlags.Ambient | ts.ModifierFlags.Abstract)) continue;
    if (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)) add(m.name.text);
  }
}

export function jsonCall(ctx: TransformContext, name: string, node: ts.CallExpression): py.Expr | undefined {
  const argNodes = node.arguments;
  if (name === "stringify") {
    if (argNodes[0]) refuseBytesOutput(ctx, argNodes[0], "JSON.stringify");
    const replacer = argNodes[1];
    if (replacer && replacer.kind !== ts.SyntaxKind.NullKeyword && !(ts.isIdentifier(replacer) && replacer.text === "undefined")) {
      throw unsupported(replacer, Codes.unsupportedSyntax, "A JSON.stringify replacer", "pass null, or build the object you want first");
    }
    if (!argNodes[2] || argNodes[2].kind === ts.SyntaxKind.UndefinedKeyword) {
      const text = argNodes[0] && (stringifyFresh(ctx, argNodes[0], (t) => jsonOmitSpec(ctx, t)) ?? stringifyDictionary(ctx, argNodes[0]));
      if (text) return text;
    }
    const args = [transformExpr(ctx, argNodes[0])];
    const omit = jsonOmitSpec(ctx, ctx.checker.getTypeAtLocation(argNodes[0]));
    if (argNodes[2] || omit) args.push(argNodes[2] ? transformExpr(ctx, argNodes[2]) : b.none());
    if (omit) args.push(omit.kind === "Constant" ? b.bool(true) : omit);
    return b.call(ctx.useHelper("js_json"), args);
  }
  if (name === "parse") {
    if (argNodes.length > 1)
      throw unsupported(argNodes[1], Codes.unsupportedSyntax, "A JSON.parse reviver", "convert the parsed values afterwards");
    const text = transformExpr(ctx, argNodes[0]);
    // json.loads makes plain dicts, which forget key order
    return b.call(ctx.useHelper(ctx.program.orderedObjects ? "js_json_parse" : "js_json_loads"), [text]);
  }
  throw unsupported(node, Codes.unsupportedMember, `JSON.${name}`, "use JSON.stringify or JSON.parse");
}

function isOwnPrototypeFix(node: ts.CallExpression): boolean {
  const [self, proto] = node.arguments;
  if (
    !self ||
    self.kind !== ts.SyntaxKind.ThisKeyword ||
    !proto ||
    !ts.isPropertyAccessExpression(proto) ||
    proto.name.text !== "prototype"
  )
    return false;
  const cls = ts.findAncestor(node, ts.isClassLike);
  return !!cls?.name && ts.isIdentifier(proto.expression) && proto.expression.text === cls.name.text;
}

/**
 * `Object.defineProperty(obj, key, { value })` stores the value as an ordinary
 * property: the attributes (writable, enumerable, configurable) are not kept.
 * A descriptor with get/set, or one mixing get/set with value, is refused or throws as in JavaScript.
 */
function defineProperty(ctx: TransformContext, node: ts.CallExpression): py.Expr {
  const [objNode, keyNode, descNode] = node.arguments;
  let desc = descNode;
  while (desc && ts.isParenthesizedExpression(desc)) desc = desc.expression;
  if (!desc || !ts.isObjectLiteralExpression(desc) || desc.properties.some((p) => !p.name || !ts.isIdentifier(p.name))) {
    throw unsupported(node, Codes.unsupportedMember, "Object.defineProperty with a descriptor that is not an object literal", "assign the property (obj.key = value)");
  }
  const field = (n: string) => desc.properties.find((p) => (p.name as ts.Identifier).text === n);
  const accessor = field("get") ?? field("set");
  const obj = ctx.once(transformExpr(ctx, objNode));
  const key = ctx.once(transformExpr(ctx, keyNode));
  if (accessor && (field("value") || field("writable"))) {
    // JavaScript throws: a property is either a value or an accessor
    const message = "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute";
    ctx.addPreceding(b.raise(b.call(ctx.useHelper("TypeError_"), [b.str(message)])));
    return obj;
  }
  if (accessor) throw unsupported(accessor, Codes.unsupportedMember, "A getter or setter defined with Object.defineProperty", "use a class with get/set accessors");
  // an attribute set to false asks for a restriction (read-only, hidden, undeletable) these objects cannot keep
  const restriction = ["writable", "enumerable", "configurable"].map(field).find((f) => f && ts.isPropertyAssignment(f) && f.initializer.kind === ts.SyntaxKind.FalseKeyword);
  if (restriction)
    throw unsupported(
      restriction,
      Codes.unsupportedMember,
      `A property made ${(restriction.name as ts.Identifier).text}: false by Object.defineProperty (objects here keep no property attributes)`,
      "leave the attribute out (the property is then an ordinary one) and enforce the rule in your code",
    );
  const value = field("value");
  if (!value) return obj; // only attributes: the value stays as it is
  const v = ts.isPropertyAssignment(value) ? transformExpr(ctx, value.initializer) : transformExpr(ctx, (value as ts.ShorthandPropertyAssignment).name);
  if (T.isClassInstance(ctx.checker.getTypeAtLocation(objNode))) {
    const attr = ts.isStringLiteralLike(keyNode) ? b.str(attrName(keyNode.text)) : key;
    ctx.addPreceding(b.exprStmt(b.call("setattr", [obj, attr, v])));
  } else ctx.addPreceding(b.assign(b.sub(obj, key), v));
  return obj;
}
