// Questions about TypeScript types that decide which Python to emit.
import { ts } from "../typescript.js";

const F = ts.TypeFlags;

export function typeOf(checker: ts.TypeChecker, node: ts.Node): ts.Type {
  return checker.getTypeAtLocation(node);
}

// parts and nonNullParts per type, made once: every question here starts with them, about the same few types
const partsOf = new WeakMap<ts.Type, readonly ts.Type[]>();
const nonNullPartsOf = new WeakMap<ts.Type, readonly ts.Type[]>();

function parts(t: ts.Type): readonly ts.Type[] {
  let ps = partsOf.get(t);
  if (!ps) {
    const c = constrained(t);
    partsOf.set(t, (ps = (c.isUnion() ? c.types : [c]).map(primitivePart)));
  }
  return ps;
}

/**
 * A type parameter constrained to an array, a tuple or a primitive (`T extends number[]`) is
 * that type for every question here; other type parameters stay unknown (any-like).
 */
function constrained(t: ts.Type): ts.Type {
  if (!(t.flags & F.TypeParameter)) return t;
  const c = t.getConstraint();
  if (!c || c.isUnion()) return t;
  if (c.flags & (F.StringLike | F.NumberLike | F.BooleanLike)) return c;
  const name = c.getSymbol()?.getName();
  const isArrayLike = (name === "Array" || name === "ReadonlyArray") && isFromLib(c.getSymbol()?.declarations?.[0]);
  const isTuple = !!((c as ts.TypeReference).target && (c as ts.TypeReference).target.objectFlags & ts.ObjectFlags.Tuple);
  return isArrayLike || isTuple ? c : t;
}

/** A branded board constant (`number & { __brand }`, python.d.ts's Brand) is its primitive for every question here. */
function primitivePart(p: ts.Type): ts.Type {
  return p.isIntersection() ? (p.types.find((m) => m.flags & (F.StringLike | F.NumberLike | F.BooleanLike)) ?? p) : p;
}

export function nonNullParts(t: ts.Type): readonly ts.Type[] {
  let ps = nonNullPartsOf.get(t);
  if (!ps) nonNullPartsOf.set(t, (ps = parts(t).filter((p) => !(p.flags & (F.Null | F.Undefined | F.Void)))));
  return ps;
}

export function isNullable(t: ts.Type): boolean {
  return parts(t).some((p) => (p.flags & (F.Null | F.Undefined | F.Void | F.Any | F.Unknown)) !== 0);
}

export function hasNull(t: ts.Type): boolean {
  return parts(t).some((p) => (p.flags & F.Null) !== 0);
}

export function hasUndefined(t: ts.Type): boolean {
  return parts(t).some((p) => (p.flags & (F.Undefined | F.Void)) !== 0);
}

export function isNullOrUndefinedOnly(t: ts.Type): boolean {
  return parts(t).every((p) => (p.flags & (F.Null | F.Undefined | F.Void)) !== 0);
}

export function isAnyLike(t: ts.Type): boolean {
  return parts(t).some((p) => (p.flags & (F.Any | F.Unknown)) !== 0) || (constrained(t).flags & F.TypeParameter) !== 0;
}

function every(t: ts.Type, pred: (p: ts.Type) => boolean, allowNull = false): boolean {
  const ps = allowNull ? nonNullParts(t) : parts(t);
  return ps.length > 0 && ps.every(pred);
}

export const isString = (t: ts.Type, allowNull = false) => every(t, (p) => (p.flags & F.StringLike) !== 0, allowNull);
export const isNumber = (t: ts.Type, allowNull = false) =>
  every(t, (p) => (p.flags & (F.NumberLike | F.EnumLike)) !== 0 && !(p.flags & F.StringLiteral), allowNull);
export const isBoolean = (t: ts.Type, allowNull = false) => every(t, (p) => (p.flags & F.BooleanLike) !== 0, allowNull);
export const isPrimitive = (t: ts.Type) =>
  every(t, (p) => (p.flags & (F.StringLike | F.NumberLike | F.BooleanLike | F.EnumLike | F.Null | F.Undefined | F.Void)) !== 0);

/** Object types (arrays, plain objects, class instances, functions): truthy in JS even when empty. */
export function isObjectLike(t: ts.Type, allowNull = false): boolean {
  return every(t, (p) => (p.flags & (F.Object | F.NonPrimitive | F.Intersection)) !== 0, allowNull);
}

export function isArray(checker: ts.TypeChecker, t: ts.Type, allowNull = false): boolean {
  return every(t, (p) => checker.isArrayType(p) || checker.isTupleType(p) || isRegexArray(p) || isArrayAlias(checker, p), allowNull);
}

/** `interface Readings extends Array<number> {}`: another name for an array type (no members of its own). */
function isArrayAlias(checker: ts.TypeChecker, type: ts.Type): boolean {
  // a generic one (`interface List<T> extends Array<T> {}`) is a reference to the interface
  const t = (type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference ? (type as ts.TypeReference).target : type;
  const sym = t.getSymbol();
  if (!sym || !(sym.flags & ts.SymbolFlags.Interface) || !(t.getFlags() & F.Object) || !t.isClassOrInterface()) return false;
  const decls = sym.declarations ?? [];
  if (decls.length === 0 || !decls.every((d) => ts.isInterfaceDeclaration(d) && d.members.length === 0 && !isFromLib(d))) return false;
  const bases = checker.getBaseTypes(t);
  return bases.length > 0 && bases.every((b) => checker.isArrayType(b) || isArrayAlias(checker, b));
}

/** Lists of a runtime subclass (MicroPython's `[1] + sub` fails on them: copy with list() first). */
export const isListSubclass = (t: ts.Type) => every(t, isRegexArray, true);

/** The arrays exec() and match() return (lists with index and input attributes), and a tag's strings (with raw). */
function isRegexArray(t: ts.Type): boolean {
  const sym = t.getSymbol();
  return !!sym && /^(RegExpExecArray|RegExpMatchArray|TemplateStringsArray)$/.test(sym.getName()) && isFromLib(sym.declarations?.[0]);
}

/**
 * A dictionary object type: an index signature and no declared property (`Record<string, number>`,
 * `{ [k: string]: T }`), whose values are its elements. Null and undefined may stand beside it.
 */
export function isDictionary(checker: ts.TypeChecker, t: ts.Type): boolean {
  const parts = nonNullParts(t);
  if (parts.length !== 1) return false;
  const p = parts[0];
  if (!(p.flags & F.Object) || isArray(checker, p) || p.getCallSignatures().length || p.getProperties().length) return false;
  // string keys only: an object with a number index may be an array
  const infos = checker.getIndexInfosOfType(p);
  return infos.length === 1 && (infos[0].keyType.flags & F.String) !== 0;
}

/** A tuple type of exactly `length` elements (Python's unpacking of it into that many names cannot fail). */
export function isFixedTuple(checker: ts.TypeChecker, t: ts.Type, length: number): boolean {
  if (!checker.isTupleType(t)) return false;
  const target = (t as ts.TupleTypeReference).target;
  return !target.hasRestElement && target.minLength === length && target.fixedLength === length;
}

export function isTuple(checker: ts.TypeChecker, t: ts.Type): boolean {
  return every(t, (p) => checker.isTupleType(p), true);
}

export function isFromLib(decl: ts.Node | undefined): boolean {
  if (!decl) return false;
  const file = decl.getSourceFile();
  let known = libFiles.get(file);
  if (known === undefined) {
    known = /\/typescript\/lib\/lib\.|^\/lib\.|\/runtime-typings\/js-globals\.d\.ts$/.test(file.fileName) || file.hasNoDefaultLib;
    libFiles.set(file, known);
  }
  return known;
}

/** isFromLib's answer per file (the type questions ask it of the same few lib files all the time). */
const libFiles = new WeakMap<ts.SourceFile, boolean>();

/** The lib-declared name of a type (`Map`, `Set`, `Promise`, `Error`, ...) or undefined. */
export function libTypeName(t: ts.Type, allowNull = true): string | undefined {
  const ps = allowNull ? nonNullParts(t) : parts(t);
  if (ps.length !== 1) return undefined;
  const sym = ps[0].getSymbol() ?? ps[0].aliasSymbol;
  if (!sym) return undefined;
  const decl = sym.declarations?.[0];
  return isFromLib(decl) ? sym.getName() : undefined;
}

export const isMapType = (t: ts.Type) => ["Map", "ReadonlyMap", "WeakMap"].includes(libTypeName(t) ?? "");

/** The key and value types of a Map or ReadonlyMap (null or undefined may stand beside it). */
export function mapTypes(checker: ts.TypeChecker, t: ts.Type): { key: ts.Type; value: ts.Type } | undefined {
  const name = libTypeName(t);
  if (name !== "Map" && name !== "ReadonlyMap") return undefined;
  const ref = nonNullParts(t)[0] as ts.TypeReference;
  const args = ref.objectFlags & ts.ObjectFlags.Reference ? checker.getTypeArguments(ref) : [];
  return args.length === 2 ? { key: args[0], value: args[1] } : undefined;
}
export const isSetType = (t: ts.Type) => ["Set", "ReadonlySet", "WeakSet"].includes(libTypeName(t) ?? "");

/** Instance of a user (or typings) class: properties are Python attributes. */
export function isClassInstance(t: ts.Type): boolean {
  const ps = nonNullParts(t);
  return (
    ps.length > 0 &&
    ps.every((p) => {
      const sym = p.getSymbol();
      return !!sym && !!(sym.flags & ts.SymbolFlags.Class) && !isFromLib(sym.declarations?.[0]);
    })
  );
}

/** Where a property was declared decides how it is read: class members are attributes, data properties are dict keys. */
export type PropertyStyle = "attribute" | "key" | "optionalKey";

export function propertyStyle(checker: ts.TypeChecker, access: ts.PropertyAccessExpression | ts.ElementAccessExpression): PropertyStyle {
  const sym = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(access) ? access.name : access.argumentExpression);
  return declarationPropertyStyle(sym?.valueDeclaration ?? sym?.declarations?.[0]);
}

/** propertyStyle for the declaration of a property (also used by destructuring). */
export function declarationPropertyStyle(decl: ts.Node | undefined): PropertyStyle {
  if (!decl) return "key";
  // { value, done } results are plain objects the program writes (dicts; js_next's JsIterResult is one too)
  if (ts.isPropertySignature(decl) && isIteratorResult(decl.parent) && isFromLib(decl)) return "key";
  if (
    ts.isPropertyDeclaration(decl) ||
    (ts.isMethodDeclaration(decl) && !ts.isObjectLiteralExpression(decl.parent)) ||
    ts.isGetAccessorDeclaration(decl) ||
    ts.isSetAccessorDeclaration(decl) ||
    ts.isParameter(decl) ||
    ts.isMethodSignature(decl) ||
    ts.isEnumMember(decl) ||
    ts.isModuleDeclaration(decl) ||
    ts.isEnumDeclaration(decl) ||
    ts.isImportEqualsDeclaration(decl) ||
    ts.isFunctionDeclaration(decl) ||
    ts.isVariableDeclaration(decl) ||
    ts.isClassDeclaration(decl) ||
    decl.getSourceFile().isDeclarationFile
  )
    return "attribute";
  if (
    (ts.isPropertySignature(decl) || ts.isPropertyAssignment(decl) || ts.isShorthandPropertyAssignment(decl)) &&
    (decl as { questionToken?: ts.Node }).questionToken
  )
    return "optionalKey";
  if (ts.isPropertySignature(decl) && (decl as ts.PropertySignature).questionToken) return "optionalKey";
  return "key";
}

function isIteratorResult(n: ts.Node): boolean {
  return ts.isInterfaceDeclaration(n) && (n.name.text === "IteratorYieldResult" || n.name.text === "IteratorReturnResult");
}

export function isAsyncFunctionType(checker: ts.TypeChecker, t: ts.Type): boolean {
  return libTypeName(t) === "Promise";
}

export function callSignatureParamCount(checker: ts.TypeChecker, node: ts.Expression): number | undefined {
  const sigs = checker.getTypeAtLocation(node).getCallSignatures();
  if (sigs.length !== 1) return undefined;
  const s = sigs[0];
  const decl = s.getDeclaration();
  if (decl && decl.parameters.some((p) => p.dotDotDotToken)) return undefined;
  return s.getParameters().length;
}

/** Declared in the board's typings (runtime-typings, a .d.ts that is not TypeScript's lib or js-globals). */
export function isBoardDeclaration(decl: ts.Node | undefined): boolean {
  return !!decl && decl.getSourceFile().isDeclarationFile && !isFromLib(decl);
}

/**
 * A board type indexed by numbers (bytes, bytearray, memoryview), or a Uint8Array (a bytearray,
 * compiler/builtins/typed-arrays.ts): a Python sequence, subscripted like a list.
 */
export function isBoardSequence(checker: ts.TypeChecker, t: ts.Type): boolean {
  return every(t, (p) => isUint8ArrayPart(p) || isBoardDeclaration(checker.getIndexInfoOfType(p, ts.IndexKind.Number)?.declaration), true);
}

/**
 * A sequence whose every element is a byte: python.d.ts's bytes or bytearray, or a Uint8Array.
 * Not a memoryview (it may view an array.array of wider numbers) nor an array.array.
 */
export function holdsOnlyBytes(checker: ts.TypeChecker, t: ts.Type): boolean {
  const isBytesIndex = (p: ts.Type) => {
    const owner = checker.getIndexInfoOfType(p, ts.IndexKind.Number)?.declaration?.parent;
    return (
      !!owner &&
      ts.isInterfaceDeclaration(owner) &&
      (owner.name.text === "bytes" || owner.name.text === "bytearray") &&
      /\/runtime-typings\/python\.d\.ts$/.test(owner.getSourceFile().fileName)
    );
  };
  return every(t, (p) => isUint8ArrayPart(p) || isBytesIndex(p), true);
}

/** TypeScript's lib Uint8Array (generic from TypeScript 5.7 on: `Uint8Array<ArrayBuffer>`). */
function isUint8ArrayPart(p: ts.Type): boolean {
  const sym = p.getSymbol();
  return !!sym && sym.getName() === "Uint8Array" && isFromLib(sym.declarations?.[0]);
}

/** A Uint8Array (null or undefined may stand beside it): a bytearray, or a memoryview of one. */
export const isUint8Array = (t: ts.Type, allowNull = true): boolean => every(t, isUint8ArrayPart, allowNull);
/** A type with a Uint8Array in it: always truthy in JavaScript, where an empty bytearray is falsy in Python. */
export const hasUint8Array = (t: ts.Type): boolean => parts(t).some(isUint8ArrayPart);

/** bytes, bytearray and memoryview (python.d.ts), whose `.length` is Python's len() as a string's is. */
function isByteSequence(p: ts.Type): boolean {
  const sym = p.getSymbol();
  const decl = sym?.declarations?.[0];
  return !!sym && /^(bytes|bytearray|memoryview)$/.test(sym.getName()) && isBoardDeclaration(decl);
}

/** A value whose `.length` compiles to len(): a string, an array or tuple, or a byte sequence (also a union of them). */
export function hasLenLength(checker: ts.TypeChecker, t: ts.Type, allowNull = false): boolean {
  return every(
    t,
    (p) =>
      !!(p.flags & F.StringLike) ||
      checker.isArrayType(p) ||
      checker.isTupleType(p) ||
      isRegexArray(p) ||
      isArrayAlias(checker, p) ||
      isByteSequence(p) ||
      isUint8ArrayPart(p),
    allowNull,
  );
}

/** Python's immutable `bytes` (python.d.ts): a value, so `===` compares contents (`line == b"\r\n"`). */
export function isBytes(t: ts.Type): boolean {
  return every(
    t,
    (p) => {
      const decl = p.getSymbol()?.declarations?.[0];
      return p.getSymbol()?.getName() === "bytes" && isBoardDeclaration(decl);
    },
    true,
  );
}

/**
 * A constant type of the board typings (`Pin.IRQ_RISING`, typed `Brand<...>`): MicroPython
 * defines these as small ints, so `Pin.IRQ_RISING | Pin.IRQ_FALLING` stays plain.
 */
export function isBoardConstantType(t: ts.Type): boolean {
  const brand = t.isIntersection() ? t.getProperty("__brand") : undefined;
  return !!brand && !(brand.flags & ts.SymbolFlags.Optional) && isNumber(t);
}
