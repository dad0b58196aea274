// Records: a value of an interface (or object type alias) that the program only
// creates with object literals it can see, and only reads member by member, is a
// Python tuple read by position (`req[_PATH]`, `_PATH = const(1)`), as a careful
// MicroPython programmer writes it: no hash table per object, no key lookup per read.
// A list instead of a tuple when some property is assigned after creation.
//
// One scan of the project decides it for every such type at once. First the
// candidates: the contextual types of object literals that are plain interfaces
// (every property required and a plain value, no index signature, no type
// arguments). Then every expression of the program: one of a candidate's type
// must be read member by member, tested against null, or passed on where it is
// again typed exactly as the candidate (keyed-properties.ts, whose reader rules
// these are), or stringified by the format-string JSON.stringify (json-text.ts);
// a literal of it must land in such a place; nothing else (a cast, a value of
// `any`, another type) may flow into it; and a type that holds it otherwise (an
// array of it, a class with it in a field, a callback taking it) gives it up,
// except a record's own property of its type, which is read member by member too.
// Anything that could see the object whole (console.log, String(), a spread,
// Object.keys, `in`, a rest element or nested pattern in destructuring, a comparison of two of them: tuples compare
// by value, and `is` sees equal constant tuples as one) keeps it a dict, and so
// does an export of the program's entry (a caller outside may pass a dict).
import { ts } from "../typescript.js";
import { skipParens } from "./parens.js";
import { fileCache, type ProgramInfo } from "./program-info.js";
import { climb, isDeclarationName, single, typeParts } from "./keyed-properties.js";
import { flowPosition, isStructural } from "./shapes.js";
import { walk } from "./walk.js";
import { discarded, isConstAssertion, memberUse, readerKnown, readsFields, sinkTyped } from "./record-uses.js";
import { arrayElement, arrayUseKnown, methodArgumentKnown } from "./record-arrays.js";
import { holderOf, holderTypeAt, holderUseKnown, isSubclassInstance, mapCallbackKnown } from "./record-holders.js";

const F = ts.TypeFlags;
const K = ts.SyntaxKind;
/** types that hold no object */
const leaves =
  F.StringLike |
  F.NumberLike |
  F.BooleanLike |
  F.BigIntLike |
  F.ESSymbolLike |
  F.EnumLike |
  F.Null |
  F.Undefined |
  F.Void |
  F.Any |
  F.Unknown |
  F.Never |
  F.TypeParameter;

export interface RecordShape {
  /** the interface's name, for constant names */
  name: string;
  /** property names, in position order (the interface's declaration order) */
  fields: readonly string[];
  /** some property is assigned after creation: a list, not a tuple */
  mutable: boolean;
}

/** "some record type" in a watch summary, where the candidates are not known */
const deep = { flags: 0 } as unknown as ts.Type;

/**
 * Per build, over every project file: a file in several programs (a module that both
 * main.ts and a test file import) is compiled once, so each type needs one answer for
 * all of them.
 */
const scans = new WeakMap<readonly ts.SourceFile[], Map<ts.Type, RecordShape>>();

/** The record shape of `t` (a type, with null or undefined beside it), if values of it are records. */
export function recordOf(checker: ts.TypeChecker, program: ProgramInfo, t: ts.Type | undefined): RecordShape | undefined {
  const s = t && single(t);
  if (!s) return undefined;
  let found = scans.get(program.projectFiles);
  if (!found) scans.set(program.projectFiles, (found = scan(checker, program.projectFiles, program.reusable)));
  return found.get(s);
}

/** The record shape an object literal builds, if it builds a record. */
export function recordLiteral(checker: ts.TypeChecker, program: ProgramInfo, lit: ts.ObjectLiteralExpression): RecordShape | undefined {
  if (!scans.get(program.projectFiles) && !mayBeRecordLiteral(lit)) return undefined;
  return recordOf(checker, program, checker.getContextualType(lit));
}

/** Each literal property as `name: value` or `name`, with an identifier or string key: the literal a record is made from. */
function mayBeRecordLiteral(lit: ts.ObjectLiteralExpression): boolean {
  return lit.properties.every(
    (p) =>
      (ts.isShorthandPropertyAssignment(p) && !p.objectAssignmentInitializer) ||
      (ts.isPropertyAssignment(p) &&
        (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) &&
        // a function expression's `this` would be the object
        !ts.isFunctionExpression(skipParens(p.initializer))),
  );
}

/** A plain interface: required data properties only, declared in the program. */
function shapeOf(checker: ts.TypeChecker, t: ts.Type): RecordShape | undefined {
  if (!isStructural(checker, t) || t.isIntersection() || !(t.flags & F.Object)) return undefined;
  if ((t as ts.TypeReference).typeArguments?.length || t.aliasTypeArguments?.length) return undefined;
  if (checker.getIndexInfosOfType(t).length || t.getCallSignatures().length || t.getConstructSignatures().length) return undefined;
  const fields: string[] = [];
  for (const p of t.getProperties()) {
    const decls = p.declarations ?? [];
    if (p.flags & ts.SymbolFlags.Optional || decls.length !== 1 || !ts.isPropertySignature(decls[0])) return undefined;
    if (decls[0].getSourceFile().isDeclarationFile) return undefined;
    fields.push(p.getName());
  }
  if (fields.length === 0) return undefined;
  const name = (t.aliasSymbol ?? t.getSymbol())?.getName() ?? "";
  return { name: /^[A-Za-z_]\w*$/.test(name) && name !== "__type" ? name : "", fields, mutable: false };
}

/** Whether the literal gives each field exactly once, as a plain value. */
function literalFits(lit: ts.ObjectLiteralExpression, shape: RecordShape): boolean {
  if (!mayBeRecordLiteral(lit) || lit.properties.length !== shape.fields.length) return false;
  const seen = new Set<string>();
  for (const p of lit.properties) {
    const key = (p.name as ts.Identifier | ts.StringLiteral).text;
    if (!shape.fields.includes(key) || seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/** What the scan found: types given up, types with a property assigned later, exports, imports. */
interface Findings {
  bad: Set<ts.Type>;
  written: Set<ts.Type>;
  /** per file, the types its exports hold (they count in an entry file) */
  exports: Map<ts.SourceFile, Set<ts.Type>>;
  /** file names some file imports */
  imported: Set<string>;
}

/**
 * Per file, the nodes the scan looks at: those that would matter if every plain interface
 * were a record (so they hold for any set of records), and the files it imports. The
 * watch reuses them for a file it did not recompile, so that an edit does not make the
 * checker type every expression of every file again.
 */
interface FilePart {
  nodes: ts.Expression[];
  imports: string[];
  /** the file's exports whose type holds a record */
  exports: string[];
}
const fileParts = fileCache<{ key: string; part: FilePart; bad: string[]; written: string[]; exported: string[] }>();

/** What a file's part is looked for with: the record types, what holds them, what could land where one is expected. */
interface Selection {
  shape: (t: ts.Type) => RecordShape | undefined;
  mentions: (t: ts.Type) => Set<ts.Type>;
  /** whether a value of this type could be assignable to a record (or an array of them) */
  mayBecome: (t: ts.Type) => boolean;
}

/** Every plain interface as a candidate: the watch's summaries. */
function everyShape(checker: ts.TypeChecker): Selection {
  const shapes = new Map<ts.Type, RecordShape | undefined>();
  const shape = (t: ts.Type) => {
    if (!shapes.has(t)) shapes.set(t, shapeOf(checker, t));
    return shapes.get(t);
  };
  return { shape, mentions: mentionIndex(checker, (t) => !!shape(t), undefined), mayBecome: () => true };
}

/** The program's candidates. A type can be assigned to one only if it has all its fields (a string has `length`). */
function candidatesOnly(checker: ts.TypeChecker, candidates: ReadonlyMap<ts.Type, RecordShape>): Selection {
  const memo = new Map<ts.Type, boolean>();
  const shapes = [...candidates.values()];
  const mayBecome = (t: ts.Type): boolean => {
    const known = memo.get(t);
    if (known !== undefined) return known;
    memo.set(t, true);
    let may: boolean;
    if (t.flags & (F.Any | F.Unknown | F.TypeParameter | F.Intersection)) may = true;
    else if (t.isUnion()) may = t.types.some(mayBecome);
    else if (checker.isArrayLikeType(t) && t.flags & F.Object && (t as ts.TypeReference).target)
      may = checker.getTypeArguments(t as ts.TypeReference).some(mayBecome) || fits(t);
    else may = fits(t);
    memo.set(t, may);
    return may;
  };
  const fits = (t: ts.Type) => {
    const apparent = checker.getApparentType(t);
    return shapes.some((s) => s.fields.every((f) => apparent.getProperty(f) !== undefined));
  };
  return {
    shape: (t) => candidates.get(t),
    mentions: mentionIndex(checker, (t) => candidates.has(t), [...candidates.keys()]),
    mayBecome,
  };
}

function partOf(checker: ts.TypeChecker, file: ts.SourceFile, sel: Selection): FilePart {
  const part: FilePart = { nodes: [], imports: [], exports: [] };
  walk(file, (n) => {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) {
      const d = n.moduleSpecifier && checker.getSymbolAtLocation(n.moduleSpecifier)?.valueDeclaration;
      if (d && ts.isSourceFile(d)) part.imports.push(d.fileName);
      return "skip";
    }
    if (ts.isTypeNode(n) || ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n)) return "skip";
    if (!ts.isExpression(n) || ts.isParenthesizedExpression(n) || ts.isNonNullExpression(n) || isDeclarationName(n)) return;
    if (ts.isObjectLiteralExpression(n)) {
      const ct = checker.getContextualType(n);
      const t = ct && single(ct);
      if (t && (sel.shape(t) || sel.mentions(t).size > 0)) part.nodes.push(n);
      return;
    }
    if (plainSyntax(n)) return;
    const type = holderTypeAt(checker, n);
    if (sel.mentions(type).size > 0) part.nodes.push(n);
    else if (flowPosition(n) && sel.mayBecome(type)) {
      const ct = checker.getContextualType(n);
      if (ct && sel.mentions(ct).size > 0) part.nodes.push(n);
    }
  });
  for (const [name, type] of exportTypes(checker, file)) if (sel.mentions(type).size > 0) part.exports.push(name);
  return part;
}

/**
 * An expression whose value holds no object whatever its operands (`a + b`, `!x`, a
 * literal, a template), or a function called right there (which calling cannot give a
 * record away): no need to ask the checker its type.
 */
function plainSyntax(n: ts.Expression): boolean {
  switch (n.kind) {
    case K.StringLiteral:
    case K.NumericLiteral:
    case K.BigIntLiteral:
    case K.NoSubstitutionTemplateLiteral:
    case K.TemplateExpression:
    case K.TrueKeyword:
    case K.FalseKeyword:
    case K.NullKeyword:
    case K.RegularExpressionLiteral:
    case K.PrefixUnaryExpression:
    case K.PostfixUnaryExpression:
    case K.TypeOfExpression:
    case K.VoidExpression:
    case K.DeleteExpression:
      return true;
    case K.BinaryExpression: {
      const op = (n as ts.BinaryExpression).operatorToken.kind;
      const value = op === K.AmpersandAmpersandToken || op === K.BarBarToken || op === K.QuestionQuestionToken || op === K.CommaToken;
      return !value && !(op >= K.FirstAssignment && op <= K.LastAssignment);
    }
  }
  if (ts.isAsExpression(n) || ts.isTypeAssertionExpression(n)) return false;
  const outer = climb(n);
  const p = outer.parent;
  return (ts.isCallExpression(p) || ts.isNewExpression(p)) && p.expression === outer;
}

/** The exports of a file with their types (of the names they export), `[]` for a file without. */
function exportTypes(checker: ts.TypeChecker, file: ts.SourceFile, only?: readonly string[]): [string, ts.Type][] {
  const sym = checker.getSymbolAtLocation(file);
  const out: [string, ts.Type][] = [];
  for (const e of sym ? checker.getExportsOfModule(sym) : []) {
    if (only && !only.includes(e.getName())) continue;
    const s = e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e;
    const d = s.valueDeclaration;
    if (d) out.push([e.getName(), checker.getTypeOfSymbolAtLocation(s, d)]);
  }
  return out;
}

/** Per file, its object literals written for a plain interface (kept for the watch like the parts). */
const fileLiterals = fileCache<ts.ObjectLiteralExpression[]>();

/** The candidates: the plain interfaces object literals are written for. */
function literalTypes(
  checker: ts.TypeChecker,
  files: readonly ts.SourceFile[],
  reusable: ReadonlySet<ts.SourceFile>,
): Map<ts.Type, RecordShape> {
  const candidates = new Map<ts.Type, RecordShape>();
  const rejected = new Set<ts.Type>();
  const typeOf = (n: ts.ObjectLiteralExpression): ts.Type | undefined => {
    const ct = checker.getContextualType(n);
    const t = ct && single(ct);
    if (!t || rejected.has(t)) return undefined;
    if (candidates.has(t)) return t;
    const shape = shapeOf(checker, t);
    if (shape) candidates.set(t, shape);
    else rejected.add(t);
    return shape && t;
  };
  for (const file of files) {
    const kept = reusable.has(file) ? fileLiterals.get(file) : undefined;
    if (kept) {
      kept.forEach(typeOf);
      continue;
    }
    const found: ts.ObjectLiteralExpression[] = [];
    walk(file, (n) => {
      if (ts.isTypeNode(n) || ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n) || ts.isImportDeclaration(n)) return "skip";
      if (ts.isObjectLiteralExpression(n) && typeOf(n)) found.push(n);
    });
    fileLiterals.set(file, found);
  }
  return candidates;
}

/** Where a type is declared, as text that holds across the watch's programs: its file and enclosing names. */
function placeOf(t: ts.Type): string {
  const d = (t.aliasSymbol ?? t.getSymbol())?.declarations?.[0];
  if (!d) return "?";
  const scope: string[] = [];
  for (let n: ts.Node | undefined = d; n; n = n.parent) {
    const name = (n as { name?: ts.Node }).name;
    if (name && ts.isIdentifier(name)) scope.unshift(name.text);
  }
  return `${d.getSourceFile().fileName}#${scope.join(".")}`;
}

function scan(checker: ts.TypeChecker, files: readonly ts.SourceFile[], reusable: ReadonlySet<ts.SourceFile>): Map<ts.Type, RecordShape> {
  const candidates = literalTypes(checker, files, reusable);
  if (candidates.size === 0) return candidates;
  // a file's part and findings depend on the candidates: the watch reuses them while they
  // are the same types (by where they are declared; two of one place and name: no reuse)
  const byName = new Map<string, ts.Type>();
  for (const t of candidates.keys()) byName.set(placeOf(t), t);
  const key = byName.size === candidates.size ? [...byName.keys()].sort().join("\n") : undefined;
  const nameOf = new Map([...byName].map(([n, t]) => [t, n]));
  const names = (ts_: Iterable<ts.Type>) => [...ts_].map((t) => nameOf.get(t)!);
  let sel: Selection | undefined;
  const found: Findings = { bad: new Set(), written: new Set(), exports: new Map(), imported: new Set() };
  for (const file of files) {
    const kept = key !== undefined && reusable.has(file) ? fileParts.get(file) : undefined;
    if (kept && kept.key === key) {
      kept.bad.forEach((n) => found.bad.add(byName.get(n)!));
      kept.written.forEach((n) => found.written.add(byName.get(n)!));
      found.exports.set(file, new Set(kept.exported.map((n) => byName.get(n)!)));
      kept.part.imports.forEach((f) => found.imported.add(f));
      continue;
    }
    sel ??= candidatesOnly(checker, candidates);
    const part = partOf(checker, file, sel);
    const mine = examine(checker, [{ file, part }], (t) => candidates.get(t), sel.mentions);
    const exported = mine.exports.get(file) ?? new Set();
    if (key !== undefined)
      fileParts.set(file, { key, part, bad: names(mine.bad), written: names(mine.written), exported: names(exported) });
    mine.bad.forEach((t) => found.bad.add(t));
    mine.written.forEach((t) => found.written.add(t));
    found.exports.set(file, exported);
    part.imports.forEach((f) => found.imported.add(f));
  }
  const mentions = (sel ??= candidatesOnly(checker, candidates)).mentions;
  const bad = found.bad;
  for (const file of files) if (!found.imported.has(file.fileName)) for (const t of found.exports.get(file) ?? []) bad.add(t);
  // a record held by a record that is not one is seen whole with it
  const holds = new Map<ts.Type, Set<ts.Type>>();
  for (const t of candidates.keys()) {
    const inner = new Set<ts.Type>();
    for (const p of t.getProperties()) for (const c of mentions(checker.getTypeOfSymbol(p))) if (c !== t) inner.add(c);
    holds.set(t, inner);
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const [outer, inner] of holds) if (bad.has(outer)) for (const c of inner) if (!bad.has(c)) (bad.add(c), (changed = true));
  }
  for (const t of bad) candidates.delete(t);
  for (const [t, shape] of candidates) shape.mutable = found.written.has(t);
  return candidates;
}

/**
 * What one file contributes to the scan, as text (types by their full names), so that
 * `mpts build --watch` compiles every file again when an edit changes it: every plain
 * interface counts as a candidate here, since another file may make it one.
 */
export function recordSummary(checker: ts.TypeChecker, file: ts.SourceFile): string[] {
  const all = everyShape(checker);
  const part = partOf(checker, file, all);
  const found = examine(checker, [{ file, part }], all.shape, all.mentions);
  const name = (t: ts.Type) =>
    t === deep ? "(any)" : checker.typeToString(t, undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseFullyQualifiedType);
  const lines = [
    ...[...found.bad].map((t) => `record gives up ${name(t)}`),
    ...[...found.written].map((t) => `record written ${name(t)}`),
    ...[...(found.exports.get(file) ?? [])].map((t) => `record exported ${name(t)}`),
    // which files are entries (their exports give records up) follows the imports
    ...part.imports.map((f) => `record imports ${f}`),
  ];
  return lines.sort();
}

/** `const show = (p: Point) => ...`: a function named by a const, like a declaration (its name's uses are checked where they are). */
function namedFunction(n: ts.Node): boolean {
  const d = n.parent;
  return (
    (ts.isArrowFunction(n) || ts.isFunctionExpression(n)) &&
    ts.isVariableDeclaration(d) &&
    d.initializer === n &&
    ts.isIdentifier(d.name) &&
    !!(ts.getCombinedNodeFlags(d) & ts.NodeFlags.Const)
  );
}

/**
 * The checks of the file's comment over the files' parts, for the record types `shapeOf`
 * gives (`mentions`: the record types a type holds).
 */
function examine(
  checker: ts.TypeChecker,
  parts: readonly { file: ts.SourceFile; part: FilePart }[],
  shapeOf: (t: ts.Type) => RecordShape | undefined,
  mentions: (t: ts.Type) => Set<ts.Type>,
): Findings {
  const found: Findings = { bad: new Set(), written: new Set(), exports: new Map(), imported: new Set() };
  const bad = found.bad;
  const visit = (n: ts.Expression): void => {
    if (ts.isObjectLiteralExpression(n)) {
      // a literal of a record: each field once, landing where the record is expected
      const ct = checker.getContextualType(n);
      const t = ct && single(ct);
      const shape = t && shapeOf(t);
      if (shape && (!literalFits(n, shape) || !sinkTyped(checker, n, t))) bad.add(t);
      // a literal standing in for a class instance (whose members are read as attributes)
      else if (t && holderOf(checker, t)) for (const c of mentions(t)) bad.add(c);
      return; // its type is its own
    }
    const type = holderTypeAt(checker, n);
    const s = single(type);
    const record = s && shapeOf(s) ? s : undefined;
    // a value of another type (any, a cast, a structural twin) landing where a record is expected
    if ((ts.isAsExpression(n) || ts.isTypeAssertionExpression(n)) && !isConstAssertion(n)) for (const c of mentions(type)) bad.add(c);
    else if (flowPosition(n) && !ts.isConditionalExpression(n) && !(type.flags & (F.Null | F.Undefined | F.Void | F.Never))) {
      const ct = checker.getContextualType(n);
      const target = ct && single(ct);
      if (target && target !== record && shapeOf(target)) bad.add(target);
      // an array of records from anything but an array of them (JSON.parse, another type)
      const item = target && !ts.isArrayLiteralExpression(n) && arrayElement(checker, target);
      if (item && shapeOf(item) && single(type) !== target) bad.add(item);
      // a holder of records (a class instance, a Map) from a value of another type
      if (target && target !== s && holderOf(checker, target) && !isSubclassInstance(checker, s, target))
        for (const c of mentions(target)) bad.add(c);
    }
    if (record) {
      const outer = climb(n);
      const p = outer.parent;
      if (ts.isPropertyAccessExpression(p) && p.expression === outer) {
        const use = memberUse(p);
        if (!shapeOf(record)!.fields.includes(p.name.text) || use === "other") bad.add(record);
        else if (use === "write") found.written.add(record);
      } else if (!readerKnown(checker, outer, record)) bad.add(record);
      return;
    }
    let item = arrayElement(checker, type);
    const ct = ts.isArrayLiteralExpression(n) ? checker.getContextualType(n) : undefined;
    // instances of subclasses written for an array of their base class: an array of the base (each is checked where it is)
    const wanted = ct && arrayElement(checker, ct);
    if (wanted && item !== wanted && holderOf(checker, wanted)?.kind === "instance") {
      const own = single(type);
      const raw = own && checker.isArrayType(own) ? checker.getTypeArguments(own as ts.TypeReference)[0] : undefined;
      const parts = raw ? (raw.isUnion() ? raw.types : [raw]) : [];
      if (parts.length && parts.every((p) => isSubclassInstance(checker, p, wanted))) item = wanted;
    }
    if (item && (shapeOf(item) || holderOf(checker, item)?.kind === "instance")) {
      // an array literal's type is its own copy of the array type it is written for
      const array = wanted === item ? single(ct!)! : single(type)!;
      if (!arrayUseKnown(checker, climb(n), array, (pattern) => readsFields(pattern, item)))
        for (const c of shapeOf(item) ? [item] : mentions(type)) bad.add(c);
      return;
    }
    if (discarded(n)) return; // `head = { ... }` as a statement: the literal was checked
    const others = mentions(type);
    if (others.size === 0) return;
    const holder = holderOf(checker, type);
    if (holder) {
      if (!holderUseKnown(checker, climb(n), type, holder, mentions)) for (const c of others) bad.add(c);
      return;
    }
    // a function that takes or returns a record, called, or a callback of an array of records
    const outer = climb(n);
    const p = outer.parent;
    if (methodArgumentKnown(checker, outer) || mapCallbackKnown(checker, outer) || namedFunction(outer)) return;
    if (!((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.expression === outer)) for (const c of others) bad.add(c);
  };
  for (const { file, part } of parts) {
    for (const f of part.imports) found.imported.add(f);
    for (const n of part.nodes) visit(n);
    // an export of an entry file (one no file of the program imports) can be called from outside
    const held = new Set<ts.Type>();
    if (part.exports.length) for (const [, type] of exportTypes(checker, file, part.exports)) for (const c of mentions(type)) held.add(c);
    found.exports.set(file, held);
  }
  return found;
}

/** Per type, the candidates it holds anywhere (itself, an array of one, a function taking one, an object holding one). */
function mentionIndex(
  checker: ts.TypeChecker,
  isCandidate: (t: ts.Type) => boolean,
  all: readonly ts.Type[] | undefined,
): (t: ts.Type) => Set<ts.Type> {
  const memo = new Map<ts.Type, Set<ts.Type>>();
  const none = new Set<ts.Type>();
  const open = new Set<ts.Type>();
  /** `partial`: met a type still being visited, whose set is not complete yet (then the result is not kept) */
  let partial = false;
  const visit = (t: ts.Type, depth: number): Set<ts.Type> => {
    const known = memo.get(t);
    if (known) return known;
    if (open.has(t)) {
      partial = true;
      return none; // its own visit collects what it holds
    }
    if (t.flags & leaves && !t.isUnion()) return none;
    const out = new Set<ts.Type>();
    if (isCandidate(t)) out.add(t);
    if (depth > 8) {
      // too deep to tell: assume it holds every one (the watch's summary: any type)
      for (const c of all ?? [deep]) out.add(c);
      return out;
    }
    const inner = typeParts(checker, t);
    open.add(t);
    const outer = partial;
    partial = false;
    for (const x of inner) for (const c of visit(x, depth + 1)) out.add(c);
    open.delete(t);
    if (!partial || open.size === 0) memo.set(t, out);
    partial ||= outer;
    return out;
  };
  return (t) => {
    partial = false;
    return visit(t, 0);
  };
}
