// (Decided here from types alone, for program-info's key-order question; json-text.ts writes the text.)
// JSON.stringify of a fresh object (an object literal, or the result of a function
// whose every return is an object literal with the same keys) writes exactly the
// literal's keys in the literal's order: no other code holds the object, so no
// property was added, deleted or reordered. Its text is then one format string with
// a field per value, formatted from the value's static type (a string, a number, a
// boolean, null, or a nested fresh literal), the way a careful programmer writes
// it; any other value goes through the general helper. A property whose type
// allows undefined (JSON.stringify drops it) or a value of unknown type keeps the
// whole call on the general helper.
import { ts } from "../typescript.js";
import { skipCasts } from "./parens.js";
import * as T from "./types.js";

const F = ts.TypeFlags;


/** The literal's keys in order, when each is a plain name written once; an index-like key ("1") comes first in JavaScript. */
function literalKeys(lit: ts.ObjectLiteralExpression): string[] | undefined {
  const keys: string[] = [];
  for (const p of lit.properties) {
    if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) return undefined;
    const n = p.name;
    if (!ts.isIdentifier(n) && !ts.isStringLiteral(n)) return undefined;
    if (/^(0|[1-9]\d*)$/.test(n.text) || n.text === "__proto__" || keys.includes(n.text)) return undefined;
    keys.push(n.text);
  }
  return keys;
}

function valueOf(p: ts.ObjectLiteralElementLike): ts.Expression {
  return ts.isPropertyAssignment(p) ? p.initializer : (p as ts.ShorthandPropertyAssignment).name;
}

/** Every `return` of a function body (not of nested functions); undefined if one has no value. */
function returnsOf(body: ts.Block): ts.Expression[] | undefined {
  const out: ts.Expression[] = [];
  let ok = true;
  const visit = (n: ts.Node): void => {
    if (!ok || ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    if (ts.isReturnStatement(n)) {
      if (n.expression) out.push(n.expression);
      else ok = false;
    }
    n.forEachChild(visit);
  };
  body.forEachChild(visit);
  return ok ? out : undefined;
}

export interface Fresh {
  /** the argument itself is this literal */
  literal?: ts.ObjectLiteralExpression;
  keys: string[];
  /** per key, the value expressions that can produce it (for integer inference) */
  sources: ts.Expression[][];
}

/** A fresh object with known keys: the argument is an object literal, or calls a function that returns only such literals. */
export function freshObject(checker: ts.TypeChecker, arg: ts.Expression): Fresh | undefined {
  const e = skipCasts(arg);
  if (ts.isObjectLiteralExpression(e)) {
    const keys = literalKeys(e);
    return keys && { literal: e, keys, sources: e.properties.map((p) => [valueOf(p)]) };
  }
  if (ts.isIdentifier(e)) return onlyUse(checker, e);
  if (!ts.isCallExpression(e) || !ts.isIdentifier(e.expression) || e.questionDotToken) return undefined;
  let sym = checker.getSymbolAtLocation(e.expression);
  if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
  const decl = sym?.valueDeclaration;
  let fn: ts.SignatureDeclaration | undefined;
  if (decl && ts.isFunctionDeclaration(decl)) fn = decl;
  else if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const) {
    const init = skipCasts(decl.initializer);
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) fn = init;
  }
  // same file only: the watch reuses a file's output while another file's function body changes
  if (!fn || fn.getSourceFile() !== e.getSourceFile()) return undefined;
  const body = (fn as ts.FunctionLikeDeclarationBase).body;
  if (!body || (fn as ts.FunctionLikeDeclarationBase).asteriskToken) return undefined;
  if (ts.getCombinedModifierFlags(fn as ts.Declaration) & ts.ModifierFlags.Async) return undefined;
  const results = ts.isBlock(body) ? returnsOf(body) : [body];
  if (!results?.length) return undefined;
  // a body that can end without a return gives undefined: its type says so
  const callType = checker.getTypeAtLocation(e);
  if (T.hasUndefined(callType) || T.isAnyLike(callType)) return undefined;
  let keys: string[] | undefined;
  const sources: ts.Expression[][] = [];
  for (const r of results) {
    const lit = skipCasts(r);
    if (!ts.isObjectLiteralExpression(lit)) return undefined;
    const k = literalKeys(lit);
    if (!k || (keys && k.join("\0") !== keys.join("\0"))) return undefined;
    keys = k;
    lit.properties.forEach((p, i) => (sources[i] ??= []).push(valueOf(p)));
  }
  return { keys: keys!, sources };
}

export /**
 * `const o = { ... }` read only here: nothing else holds the object, so it still has the
 * literal's keys and values. (Any other use of it keeps the general writer.)
 */
function onlyUse(checker: ts.TypeChecker, id: ts.Identifier): Fresh | undefined {
  const sym = checker.getSymbolAtLocation(id);
  const decl = sym?.valueDeclaration;
  if (!decl || !ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name) || !decl.initializer) return undefined;
  if (!(ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const) || ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Export) return undefined;
  if (decl.getSourceFile() !== id.getSourceFile()) return undefined;
  const lit = skipCasts(decl.initializer);
  if (!ts.isObjectLiteralExpression(lit)) return undefined;
  const keys = literalKeys(lit);
  if (!keys) return undefined;
  let uses = 0;
  const count = (n: ts.Node): void => {
    if (uses > 1) return;
    if (ts.isIdentifier(n) && n.text === id.text && n !== decl.name) {
      const p = n.parent;
      const s = ts.isShorthandPropertyAssignment(p) && p.name === n ? checker.getShorthandAssignmentValueSymbol(p) : checker.getSymbolAtLocation(n);
      // a name that resolves to nothing known may still be this one
      if (s === sym || !s) uses++;
    }
    n.forEachChild(count);
  };
  count(id.getSourceFile());
  return uses === 1 ? { keys, sources: lit.properties.map((p) => [valueOf(p)]) } : undefined;
}

export type Leaf = "str" | "num" | "bool" | "null" | "other";

/** How a value of this type is written, or undefined when it may be undefined, a function or unknown. */
function leafOf(checker: ts.TypeChecker, t: ts.Type): Leaf | undefined {
  if (T.isAnyLike(t) || T.hasUndefined(t)) return undefined;
  if (T.isNullOrUndefinedOnly(t)) return "null";
  if (T.isString(t, true)) return "str";
  if (T.isNumber(t, true)) return "num";
  if (T.isBoolean(t, true)) return "bool";
  const parts = t.isUnion() ? t.types : [t];
  for (const p of parts) {
    if (p.flags & (F.Null)) continue;
    if (!(p.flags & F.Object) || p.getCallSignatures().length > 0 || p.getProperty("toJSON")) return undefined;
  }
  return checker.isArrayType(t) || T.isObjectLike(t, true) ? "other" : undefined;
}

/** Whether JSON.stringify(arg) can be written as one format string whose values show no object's key order. */
export function stringifiesFresh(checker: ts.TypeChecker, node: ts.CallExpression): boolean {
  if (node.arguments.length !== 1) return false;
  const fresh = freshObject(checker, node.arguments[0]);
  return !!fresh && fieldsOf(checker, fresh)?.every((f) => f.leaf !== "other" || f.nested) === true;
}

export interface Field {
  key: string;
  leaf: Leaf;
  type: ts.Type;
  nested?: Fresh;
  fields?: Field[];
}

export function fieldsOf(checker: ts.TypeChecker, fresh: Fresh): Field[] | undefined {
  const out: Field[] = [];
  for (let i = 0; i < fresh.keys.length; i++) {
    const srcs = fresh.sources[i];
    // the literal's own value when there is one; for a call, the declared type of what every return gives
    const types = srcs.map((s) => checker.getTypeAtLocation(s));
    let leaf: Leaf | undefined;
    for (const t of types) {
      const l = leafOf(checker, t);
      if (!l || (leaf && l !== leaf && !(l === "null" || leaf === "null"))) return undefined;
      if (!leaf || leaf === "null") leaf = l;
    }
    if (!leaf) return undefined;
    if (leaf === "null" && types.some((t) => !T.isNullOrUndefinedOnly(t))) return undefined;
    const f: Field = { key: fresh.keys[i], leaf, type: types[0] };
    if (leaf === "other" && fresh.literal) {
      const nested = freshObject(checker, srcs[0]);
      if (nested?.literal) {
        const fields = fieldsOf(checker, nested);
        if (fields) Object.assign(f, { nested, fields });
      }
    }
    out.push(f);
  }
  return out;
}

