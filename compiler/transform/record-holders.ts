// Holders of records (records.ts): an instance of a class the program declares and a
// Map. Every way a record comes out of one is an expression typed as what it holds (a
// field, a method's result, `m.get(k)`, an iterated value), which the scan checks where
// it is; so the holder itself only has to be used through its members, passed on typed
// exactly as itself, or tested. Anything that could see it whole (console.log, String(),
// a spread, Object.keys, JSON.stringify) sees the records in it, and gives them up.
import { ts } from "../typescript.js";
import { climb, single } from "./keyed-properties.js";
import { isJsonStringify, readerKnown } from "./record-uses.js";
import * as T from "./types.js";

const K = ts.SyntaxKind;

export type Holder =
  { kind: "instance" } | { kind: "class" } | { kind: "map"; key: ts.Type; value: ts.Type } | { kind: "iterator"; item: ts.Type };

/** Members of a Map that put values in or take them out only as typed expressions. */
const mapMembers = new Set(["get", "set", "has", "delete", "clear", "size", "values", "keys", "entries", "forEach"]);

/** A class whose code is all the program's and has no type parameters, nor its bases (generic code could see a record whole). */
function programClass(checker: ts.TypeChecker, sym: ts.Symbol | undefined): ts.InterfaceType | undefined {
  if (!sym || !(sym.flags & ts.SymbolFlags.Class)) return undefined;
  const decls = sym.declarations ?? [];
  if (decls.length === 0 || decls.some((d) => d.getSourceFile().isDeclarationFile)) return undefined;
  const declared = checker.getDeclaredTypeOfSymbol(sym) as ts.InterfaceType;
  if (declared.typeParameters?.length) return undefined;
  for (const base of checker.getBaseTypes(declared)) if (programClass(checker, base.getSymbol()) !== base) return undefined;
  return declared;
}

/**
 * Whether `value` is the instance type of a program class that is `base` or extends it: its
 * fields were set by the same constructors (`super(...)`) from values the scan checks where
 * they are, so it holds records as an instance of `base` does (unlike a structural twin).
 */
export function isSubclassInstance(checker: ts.TypeChecker, value: ts.Type | undefined, base: ts.Type): boolean {
  let t: ts.Type | undefined = value && programClass(checker, value.getSymbol()) === value ? value : undefined;
  while (t) {
    if (t === base) return true;
    t = checker.getBaseTypes(t as ts.InterfaceType)[0];
  }
  return false;
}

/** The type of an expression, with `this` inside a class as the class's instance type. */
export function holderTypeAt(checker: ts.TypeChecker, n: ts.Expression): ts.Type {
  const t = checker.getTypeAtLocation(n);
  if (n.kind !== K.ThisKeyword || !(t.flags & ts.TypeFlags.TypeParameter)) return t;
  const c = (t as ts.TypeParameter).getConstraint();
  return c && programClass(checker, c.getSymbol()) === c ? c : t;
}

/** What `t` holds records as, if it is a holder. */
export function holderOf(checker: ts.TypeChecker, t: ts.Type): Holder | undefined {
  const s = single(t);
  const sym = s?.getSymbol();
  if (!s || !sym) return undefined;
  const cls = programClass(checker, sym);
  if (cls) return cls === s ? { kind: "instance" } : s.getConstructSignatures().length ? { kind: "class" } : undefined;
  const map = T.mapTypes(checker, s);
  if (map) return { kind: "map", ...map };
  if (T.libTypeName(s) !== "MapIterator") return undefined;
  const args = (s as ts.TypeReference).target ? checker.getTypeArguments(s as ts.TypeReference) : [];
  return args.length >= 1 ? { kind: "iterator", item: args[0] } : undefined;
}

/**
 * Whether `n` (climbed), of the holder type `t`, is used only in the known ways; `mentions`
 * gives the record types a type holds (a Map's keys must hold none: a tuple key would be
 * equal to another with the same fields).
 */
export function holderUseKnown(
  checker: ts.TypeChecker,
  n: ts.Node,
  t: ts.Type,
  holder: Holder,
  mentions: (t: ts.Type) => Set<ts.Type>,
): boolean {
  const p = n.parent;
  const member = ts.isPropertyAccessExpression(p) && p.expression === n ? p : undefined;
  switch (holder.kind) {
    case "instance":
      return !!member || seenInParts(checker, n, t);
    case "class":
      return !!member || ts.isExpressionWithTypeArguments(p);
    case "map": {
      if (mentions(holder.key).size > 0) return false;
      if (member) {
        const call = climb(member).parent;
        const called = ts.isCallExpression(call) && call.expression === climb(member);
        if (!mapMembers.has(member.name.text) || (member.name.text === "size") === called) return false;
        return member.name.text !== "forEach" || mapCallbackKnown(checker, (call as ts.CallExpression).arguments[0]);
      }
      return iteratedByName(p, n) || seenInParts(checker, n, t);
    }
    case "iterator": {
      if (iteratedByName(p, n)) return true;
      // [...m.values()] typed as an array of what it yields (the array is checked itself)
      const spread = ts.isSpreadElement(n) ? n : ts.isSpreadElement(p) ? p : undefined;
      if (spread && ts.isArrayLiteralExpression(spread.parent)) {
        const array = single(checker.getTypeAtLocation(spread.parent));
        return !!array && checker.isArrayType(array) && checker.getTypeArguments(array as ts.TypeReference)[0] === holder.item;
      }
      return isArrayFrom(p, n);
    }
  }
}

/** Used through its parts only: tested, assigned, passed on typed as itself, destructured by name; never stringified. */
function seenInParts(checker: ts.TypeChecker, n: ts.Node, t: ts.Type): boolean {
  const p = n.parent;
  if (ts.isCallExpression(p) && isJsonStringify(p)) return false;
  // passed on where its base class is expected (an element of a `Sensor[]`, a `Sensor` parameter): checked there as one
  const ct = ts.isExpression(n) ? checker.getContextualType(n) : undefined;
  const base = ct && single(ct);
  if (base && base !== single(t) && isSubclassInstance(checker, single(t), base)) return true;
  return readerKnown(checker, n, single(t)!);
}

/** `for (const x of n)` or `for (const [k, v] of n)`: every item lands in a name, checked where it is read. */
function iteratedByName(p: ts.Node, n: ts.Node): boolean {
  if (!ts.isForOfStatement(p) || p.expression !== n) return false;
  const init = p.initializer;
  if (!ts.isVariableDeclarationList(init) || init.declarations.length !== 1) return false;
  const name = init.declarations[0].name;
  if (ts.isIdentifier(name)) return true;
  return (
    ts.isArrayBindingPattern(name) &&
    name.elements.every((el) => ts.isOmittedExpression(el) || (!el.dotDotDotToken && ts.isIdentifier(el.name)))
  );
}

/** `Array.from(n)`: the array it makes is typed as what `n` yields, and checked itself. */
function isArrayFrom(p: ts.Node, n: ts.Node): boolean {
  return ts.isCallExpression(p) && p.arguments.length === 1 && p.arguments[0] === n && p.expression.getText() === "Array.from";
}

/** Whether a callback given to `m.forEach` of a Map of records receives values, keys and the Map typed exactly as they are. */
export function mapCallbackKnown(checker: ts.TypeChecker, n: ts.Node | undefined): boolean {
  const call = n?.parent;
  if (!n || !call || !ts.isCallExpression(call) || call.arguments[0] !== n) return false;
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "forEach") return false;
  const receiver = checker.getTypeAtLocation(callee.expression);
  const map = holderOf(checker, receiver);
  if (map?.kind !== "map") return false;
  return checker
    .getTypeAtLocation(n)
    .getCallSignatures()
    .every((sig) =>
      sig.getParameters().every((param) => {
        const pt = checker.getTypeOfSymbol(param);
        return pt === map.value || pt === map.key || single(pt) === single(receiver);
      }),
    );
}
