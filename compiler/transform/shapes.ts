// What a value of an interface (or object type literal) is at run time: a
// class instance, whose members are Python attributes, or a plain object,
// which is a dict. TypeScript's structural types allow both, so a scan of the
// whole program records where class instances and plain objects flow into such
// types (initialisers, arguments, returns, array elements, assignments, casts);
// member access then uses attributes, keys, or (both possible) a runtime check.
import { ts } from "../typescript.js";
import type { TransformContext } from "./context.js";
import { fileCache, type ProgramInfo } from "./program-info.js";
import * as T from "./types.js";
import { walk } from "./walk.js";

/** "attr": only class instances; "dict": only plain objects; "both": either. */
export type Representation = "attr" | "dict" | "both";

interface Flows {
  classInto: ts.Type[];
  dictInto: ts.Type[];
  /** a value of one interface type used as another (assignment or cast) */
  edges: [ts.Type, ts.Type][];
  kinds: Map<ts.Type, Representation>;
}

const flowCache = new WeakMap<ProgramInfo, Flows>();
/** Per file, the nodes whose flows were recorded: a file the watch can reuse is read again only there. */
const flowNodes = fileCache<ts.Node[]>();

const F = ts.TypeFlags;

function objectFlags(t: ts.Type): number {
  return t.flags & F.Object ? (t as ts.ObjectType).objectFlags : 0;
}

export function isObjectLiteralType(t: ts.Type): boolean {
  return (objectFlags(t) & ts.ObjectFlags.ObjectLiteral) !== 0;
}

function declOf(t: ts.Type): ts.Declaration | undefined {
  const sym = t.aliasSymbol ?? t.getSymbol();
  return sym?.declarations?.[0];
}

/** A user-declared structural object type (interface, type literal) whose values may be dicts or instances. */
export function isStructural(checker: ts.TypeChecker, t: ts.Type): boolean {
  if (t.flags & F.Intersection) return true;
  if (!(t.flags & F.Object) || isObjectLiteralType(t)) return false;
  if (checker.isArrayType(t) || checker.isTupleType(t) || T.isClassInstance(t)) return false;
  const sym = t.getSymbol();
  if (
    sym &&
    sym.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Enum | ts.SymbolFlags.ValueModule | ts.SymbolFlags.Function | ts.SymbolFlags.Method)
  )
    return false;
  const decl = declOf(t);
  if (decl && (decl.getSourceFile().isDeclarationFile || T.isFromLib(decl))) return false;
  // a plain function type
  if (t.getCallSignatures().length > 0 && t.getProperties().length === 0) return false;
  // `{}` (Object.keys's parameter): no member is read through it, and every object type is assignable to it
  if (t.getProperties().length === 0 && checker.getIndexInfosOfType(t).length === 0 && t.getConstructSignatures().length === 0)
    return false;
  return true;
}

function nonNullParts(t: ts.Type): ts.Type[] {
  return (t.isUnion() ? t.types : [t]).filter((p) => !(p.flags & (F.Null | F.Undefined | F.Void)));
}

export function flowPosition(node: ts.Node): boolean {
  const p = node.parent;
  if (!p) return false;
  if (ts.isVariableDeclaration(p) || ts.isPropertyDeclaration(p) || ts.isParameter(p)) return p.initializer === node;
  if (ts.isCallExpression(p) || ts.isNewExpression(p)) return (p.arguments ?? []).some((a) => a === node);
  if (ts.isReturnStatement(p) || ts.isArrayLiteralExpression(p) || ts.isYieldExpression(p)) return true;
  if (ts.isArrowFunction(p)) return p.body === node;
  if (ts.isPropertyAssignment(p)) return p.initializer === node;
  if (ts.isShorthandPropertyAssignment(p)) return p.name === node;
  if (ts.isConditionalExpression(p)) return p.whenTrue === node || p.whenFalse === node;
  if (ts.isBinaryExpression(p)) {
    const k = p.operatorToken.kind;
    return p.right === node && k >= ts.SyntaxKind.FirstAssignment && k <= ts.SyntaxKind.LastAssignment;
  }
  return false;
}

function scan(checker: ts.TypeChecker, files: readonly ts.SourceFile[], reusable: ReadonlySet<ts.SourceFile>): Flows {
  const flows: Flows = { classInto: [], dictInto: [], edges: [], kinds: new Map() };
  // Sq[] into Shape[], Map<string, Sq> into Map<string, Shape>: the type arguments flow too
  const args = (t: ts.Type) =>
    t.flags & F.Object && objectFlags(t) & ts.ObjectFlags.Reference ? checker.getTypeArguments(t as ts.TypeReference) : [];
  /** Whether `record` can find a flow into `target` from anything (if not, the source's type is not needed). */
  const mayReceive = (target: ts.Type) => args(target).length > 0 || nonNullParts(target).some((t) => isStructural(checker, t));
  const record = (source: ts.Type, target: ts.Type, depth = 0): void => {
    const [sa, ta] = [args(source), args(target)];
    if (depth < 3 && sa.length > 0 && sa.length === ta.length) sa.forEach((a, i) => record(a, ta[i], depth + 1));
    const targets = nonNullParts(target).filter((t) => isStructural(checker, t));
    if (targets.length === 0) return;
    for (let part of nonNullParts(source)) {
      if (part.flags & F.TypeParameter) part = checker.getBaseConstraintOfType(part) ?? part;
      if (T.isClassInstance(part) || (part.isIntersection() && part.types.some((q) => T.isClassInstance(q))))
        flows.classInto.push(...targets);
      else if (isObjectLiteralType(part) || part.flags & (F.Any | F.Unknown)) flows.dictInto.push(...targets);
      else if (isStructural(checker, part)) for (const t of targets) if (t !== part) flows.edges.push([part, t]);
    }
  };
  const size = () => flows.classInto.length + flows.dictInto.length + flows.edges.length;
  /** Records the flow at `node`; whether there was one. */
  const check = (node: ts.Node): boolean => {
    const before = size();
    if (
      (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) &&
      !(ts.isTypeReferenceNode(node.type) && node.type.typeName.getText() === "const")
    ) {
      record(checker.getTypeAtLocation(node.expression), checker.getTypeFromTypeNode(node.type));
    } else if (ts.isExpression(node) && flowPosition(node)) {
      const target = checker.getContextualType(node);
      if (target && mayReceive(target)) record(checker.getTypeAtLocation(node), target);
    }
    return size() > before;
  };
  for (const f of files) {
    const known = reusable.has(f) ? flowNodes.get(f) : undefined;
    if (known) {
      for (const n of known) check(n);
      continue;
    }
    const nodes: ts.Node[] = [];
    walk(f, (node) => {
      if (check(node)) nodes.push(node);
    });
    flowNodes.set(f, nodes);
  }
  return flows;
}

/**
 * One file's flows as text (types by their full names), so `mpts build --watch`
 * can tell whether an edit changed what flows where (then every file is compiled again).
 */
export function flowSummary(checker: ts.TypeChecker, file: ts.SourceFile): string[] {
  const flows = scan(checker, [file], new Set());
  const name = (t: ts.Type) =>
    checker.typeToString(t, undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseFullyQualifiedType);
  return [
    ...flows.classInto.map((t) => `class > ${name(t)}`),
    ...flows.dictInto.map((t) => `dict > ${name(t)}`),
    ...flows.edges.map(([x, y]) => `${name(x)} > ${name(y)}`),
  ].sort();
}

/** All properties optional: almost anything is assignable, so only recorded flows count. */
function isWeak(t: ts.Type): boolean {
  const props = t.getProperties();
  return props.length > 0 && props.every((p) => (p.flags & ts.SymbolFlags.Optional) !== 0) && t.getCallSignatures().length === 0;
}

/**
 * Whether a value that flowed into a place of type `from` may be seen as `to`:
 * the same type, or related either way (assigned on, or narrowed by a type guard).
 */
function reaches(checker: ts.TypeChecker, from: ts.Type, to: ts.Type): boolean {
  if (from === to) return true;
  if (isWeak(to) || isWeak(from)) return false;
  return checker.isTypeAssignableTo(from, to) || checker.isTypeAssignableTo(to, from);
}

/** What values of the structural type `t` can be at run time. */
export function representationOf(ctx: TransformContext, t: ts.Type): Representation {
  const known = ctx.program.representations;
  const key = known && typeKey(ctx.checker, t);
  const hit = key !== undefined ? known!.get(key) : undefined;
  if (hit) return hit;
  let flows = flowCache.get(ctx.program);
  if (!flows) flowCache.set(ctx.program, (flows = scan(ctx.checker, ctx.program.files, ctx.program.reusable)));
  const kind = kindOf(ctx.checker, flows, t, new Set());
  if (key !== undefined) known!.set(key, kind);
  return kind;
}

/**
 * A name for a type that holds from one program to the next (the watch's
 * representations table): its text, and where the declarations it names are
 * (file and enclosing declarations, not positions, which edits move).
 */
function typeKey(checker: ts.TypeChecker, t: ts.Type): string {
  const where = (sym: ts.Symbol | undefined) =>
    (sym?.declarations ?? []).map((d) => {
      const scope: string[] = [];
      for (let n: ts.Node | undefined = d; n; n = n.parent) {
        const name = (n as { name?: ts.Node }).name;
        if (name && ts.isIdentifier(name)) scope.unshift(name.text);
      }
      return `${d.getSourceFile().fileName}#${scope.join(".")}`;
    });
  const parts = t.isUnionOrIntersection() ? [t, ...t.types] : [t];
  const places = parts.flatMap((p) => [...where(p.aliasSymbol), ...where(p.getSymbol())]);
  return `${checker.typeToString(t, undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseFullyQualifiedType)} @ ${places.join(" ")}`;
}

function kindOf(checker: ts.TypeChecker, flows: Flows, t: ts.Type, visiting: Set<ts.Type>): Representation {
  const cached = flows.kinds.get(t);
  if (cached) return cached;
  visiting.add(t);
  let mayClass = flows.classInto.some((x) => reaches(checker, x, t));
  let mayDict = flows.dictInto.some((x) => reaches(checker, x, t));
  for (const [from, to] of flows.edges) {
    if (mayClass && mayDict) break;
    if (visiting.has(from) || !reaches(checker, to, t)) continue;
    const k = kindOf(checker, flows, from, visiting);
    if (k !== "dict") mayClass = true;
    if (k !== "attr") mayDict = true;
  }
  visiting.delete(t);
  // nothing known flows in (JSON, untyped code): a plain object
  const kind: Representation = !mayClass ? "dict" : mayDict ? "both" : "attr";
  if (visiting.size === 0) flows.kinds.set(t, kind);
  return kind;
}
