// Facts about the whole program that single-file emission depends on: Python
// module names of project files, whether key order of objects/Maps/Sets is ever
// observed (only then are they ordered dicts), and whether asyncio is needed.
// A project folder may hold several programs (programs.ts): the facts come from
// the files of the compiled file's own programs.
import { stringifiesFresh } from "./fresh-objects.js";
import { ts } from "../typescript.js";
import { skipCasts } from "./parens.js";
import * as path from "node:path";
import { pythonModuleName } from "../python/names.js";
import * as T from "./types.js";
import type { Representation } from "./shapes.js";
import { walk } from "./walk.js";
import { programScopes } from "./programs.js";
import { throwsNonError } from "./thrown.js";
import { NumericFacts } from "./numeric.js";
import { rememberingChecker } from "./checker-cache.js";
import { ByteArrays } from "./byte-arrays.js";
import { sortedDistinct } from "./sorted-keys.js";

const fileCaches: WeakMap<ts.SourceFile, unknown>[] = [];

/**
 * Per-file results of a whole-program scan, for `mpts build --watch`: an entry
 * is read only while its file is in `reusable` (the same SourceFile, and no type
 * it uses changed); a file that is not reusable loses its entries.
 */
export function fileCache<T>(): WeakMap<ts.SourceFile, T> {
  const cache = new WeakMap<ts.SourceFile, T>();
  fileCaches.push(cache);
  return cache;
}

const fileFacts = fileCache<{
  ordered: boolean;
  usesAsync: boolean;
  throwsValues: boolean;
  orderedObjects: boolean;
  orderedCollections: boolean;
}>();

export class ProgramInfo {
  /** some key order is observed: orderedObjects || orderedCollections */
  ordered = false;
  /** the key order of some plain object or class instance is observed (Object.keys, for-in, JSON.stringify...) */
  orderedObjects = false;
  /** the order of some Map or Set is observed (iteration, keys(), spread...) */
  orderedCollections = false;
  usesAsync = false;
  /** some `throw` may raise a value that is not an Error (see thrown.ts) */
  throwsValues = false;
  /** class fields are defined before parameter properties are assigned (tsconfig useDefineForClassFields, on from ES2022) */
  defineClassFields = true;
  /** whether a value typed without null or undefined cannot hold them (types say so) */
  strictNullChecks = true;
  /** files whose per-file scan results from the watch's previous program still hold (see fileCache) */
  readonly reusable: ReadonlySet<ts.SourceFile>;
  /** representations by full type name, kept across the watch's programs while no edit changes what flows where */
  representations?: Map<string, Representation>;

  /**
   * files: the files whose facts count, which the whole-program scans read
   * (the programs of the files compiled with this info); projectFiles: every
   * project file (module names).
   */
  constructor(
    private readonly checker: ts.TypeChecker,
    readonly rootDir: string,
    readonly files: readonly ts.SourceFile[],
    reusable?: ReadonlySet<ts.SourceFile>,
    readonly projectFiles: readonly ts.SourceFile[] = files,
  ) {
    this.reusable = reusable ?? new Set();
    for (const f of files) if (!this.reusable.has(f)) for (const c of fileCaches) c.delete(f);
    // each file's facts on their own, kept for the watch's next program and the project's other programs
    for (const f of files) {
      if (fileFacts.has(f)) continue;
      this.ordered = this.usesAsync = this.throwsValues = this.orderedObjects = this.orderedCollections = false;
      this.scan(f);
      fileFacts.set(f, {
        ordered: this.ordered,
        usesAsync: this.usesAsync,
        throwsValues: this.throwsValues,
        orderedObjects: this.orderedObjects,
        orderedCollections: this.orderedCollections,
      });
    }
    this.throwsValues = files.some((f) => fileFacts.get(f)!.throwsValues);
    this.ordered = files.some((f) => fileFacts.get(f)!.ordered);
    this.orderedObjects = files.some((f) => fileFacts.get(f)!.orderedObjects);
    this.orderedCollections = files.some((f) => fileFacts.get(f)!.orderedCollections);
    this.usesAsync = files.some((f) => fileFacts.get(f)!.usesAsync);
  }

  /**
   * Per project file, the info to compile it with: one per set of programs
   * (files of the same programs share it). `imports`: each file's project
   * imports by file name (programs.ts importGraph); `reusable` as in the constructor.
   */
  static forPrograms(
    checker: ts.TypeChecker,
    rootDir: string,
    sources: readonly ts.SourceFile[],
    imports: ReadonlyMap<string, ReadonlySet<string>>,
    reusable?: ReadonlySet<ts.SourceFile>,
  ): Map<ts.SourceFile, ProgramInfo> {
    for (const f of sources) if (!reusable?.has(f)) for (const c of fileCaches) c.delete(f);
    // from here on every file's cached results belong to this program, whichever info found them
    const all = new Set(sources);
    const infos = new Map<readonly ts.SourceFile[], ProgramInfo>();
    const result = new Map<ts.SourceFile, ProgramInfo>();
    for (const [sf, scope] of programScopes(sources, imports)) {
      let info = infos.get(scope);
      if (!info) infos.set(scope, (info = new ProgramInfo(checker, rootDir, scope, all, sources)));
      result.set(sf, info);
    }
    return result;
  }

  /** how many low bits of a block's let its readers see, by declaration (demanded-bits.ts variableDemand) */
  readonly variableDemands = new Map<ts.Node, number>();

  private numericFacts?: NumericFacts;
  /** integer and sign facts of the program's numbers (numeric.ts), found on first use */
  get numeric(): NumericFacts {
    // the remembering checker types long chains link by link (tsc alone re-checks each link's left side: quadratic)
    return (this.numericFacts ??= new NumericFacts(rememberingChecker(this.checker), this.files));
  }

  private byteArrayFacts?: ByteArrays;
  /** which arrays the program makes are bytearrays (byte-arrays.ts), found on first use */
  get byteArrays(): ByteArrays {
    return (this.byteArrayFacts ??= new ByteArrays(rememberingChecker(this.checker), this.numeric, this.files));
  }

  /** `lib/util.ts` under the root -> `lib.util` */
  moduleNameOf(file: ts.SourceFile): string | undefined {
    if (!this.projectFiles.includes(file)) return undefined;
    const rel = path.relative(this.rootDir, file.fileName).replace(/\\/g, "/");
    if (rel.startsWith("..")) return undefined;
    return rel
      .replace(/\.(m|c)?tsx?$/, "")
      .split("/")
      .map(pythonModuleName)
      .join(".");
  }

  private scan(file: ts.SourceFile): void {
    walk(file, (n) => {
      if (!(this.orderedObjects && this.orderedCollections)) {
        const kind = this.observesOrder(n);
        if (kind === "objects" || kind === "both") this.orderedObjects = true;
        if (kind === "collections" || kind === "both") this.orderedCollections = true;
        if (kind) this.ordered = true;
      }
      if (!this.throwsValues && ts.isThrowStatement(n) && throwsNonError(this.checker, n)) this.throwsValues = true;
      if (!this.usesAsync) {
        if ((ts.isFunctionLike(n) && ts.getCombinedModifierFlags(n as ts.Declaration) & ts.ModifierFlags.Async) || ts.isAwaitExpression(n))
          this.usesAsync = true;
        if (ts.isIdentifier(n) && /^(setTimeout|setInterval|queueMicrotask|Promise)$/.test(n.text) && !ts.isTypeReferenceNode(n.parent))
          this.usesAsync = true;
      }
    });
  }

  /**
   * Which orders `n` observes: plain objects' (and instances'), Maps' and Sets', or both.
   * Objects reach a Map's order only through Object.entries & co (themselves object
   * observers), and a Map's order reaches an object only through Object.fromEntries.
   */
  private observesOrder(n: ts.Node): "objects" | "collections" | "both" | undefined {
    if (!orderKinds.has(n.kind)) return undefined;
    if (ts.isForInStatement(n)) return this.objectsOf(n.expression);
    if (ts.isSpreadAssignment(n)) return this.objectsOf(n.expression);
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression)) {
      // the source text only when the method's name can match (getText for every call is a cost in big programs)
      const text = observedNames.has(n.expression.name.text) ? n.expression.getText() : "";
      if (/^(Object\.(keys|values|entries|fromEntries)|JSON\.stringify|console\.(log|info|warn|error|debug))$/.test(text)) {
        if (text === "Object.fromEntries") return "both";
        // how many keys (Object.keys(o).length) does not depend on their order
        if (text.startsWith("Object.") && isLengthRead(n)) return undefined;
        // a fresh literal's text lists its keys in source order (json-text.ts)
        if (text === "JSON.stringify" && stringifiesFresh(this.checker, n)) return undefined;
        if (!text.startsWith("console")) return n.arguments[0] ? this.objectsOf(n.arguments[0]) : "objects";
        // console.log shows the order of objects and of Maps and Sets
        return n.arguments.some((a) => this.holdsObjects(this.checker.getTypeAtLocation(a), new Set())) ? "both" : undefined;
      }
      const name = n.expression.name.text;
      // keys sorted by the default comparator show no insertion order (sorted-keys.ts)
      if (
        /^(forEach|keys|values|entries)$/.test(name) &&
        this.isCollection(n.expression.expression, false) &&
        !sortedDistinct(this.checker, n)
      )
        return "collections";
    }
    if (ts.isForOfStatement(n) && this.isCollection(n.expression, false)) return "collections";
    if (ts.isSpreadElement(n) && this.isCollection(n.expression, false) && !sortedDistinct(this.checker, n.expression))
      return "collections";
    if (
      ts.isCallExpression(n) &&
      isNamed(n.expression, "from") &&
      n.expression.getText() === "Array.from" &&
      n.arguments[0] &&
      this.isCollection(n.arguments[0], false)
    )
      return sortedDistinct(this.checker, skipCasts(n.arguments[0])) ? undefined : "collections";
    return undefined;
  }

  /** An object observer applied to `node`: a value of a loose type may also hold a Map or Set. */
  private objectsOf(node: ts.Expression): "objects" | "both" {
    const t = this.checker.getTypeAtLocation(node);
    return T.isAnyLike(t) || T.isMapType(t) || T.isSetType(t) ? "both" : "objects";
  }

  /** Whether printing a value of this type shows the key order of some object in it (arrays print their items). */
  private holdsObjects(t: ts.Type, seen: Set<ts.Type>): boolean {
    if (seen.has(t)) return false;
    seen.add(t);
    if (t.isUnion()) return t.types.some((p) => this.holdsObjects(p, seen));
    if (T.isPrimitive(t)) return false;
    if (T.isArray(this.checker, t)) return this.checker.getTypeArguments(t as ts.TypeReference).some((e) => this.holdsObjects(e, seen));
    return T.isObjectLike(t) || T.isAnyLike(t) || (t.flags & ts.TypeFlags.Intersection) !== 0;
  }

  /** Map/Set, or (with plainObjects) any non-array object: iteration order matters */
  private isCollection(node: ts.Expression, plainObjects: boolean): boolean {
    const t = this.checker.getTypeAtLocation(node);
    if (T.isMapType(t) || T.isSetType(t)) return true;
    if (!plainObjects) return false;
    if (T.isPrimitive(t) || T.isArray(this.checker, t, true)) return false;
    return T.isObjectLike(t, true) || T.isAnyLike(t);
  }
}

/** The kinds of node observesOrder looks at (it is asked of every node). */
const orderKinds: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.ForInStatement,
  ts.SyntaxKind.SpreadAssignment,
  ts.SyntaxKind.CallExpression,
  ts.SyntaxKind.ForOfStatement,
  ts.SyntaxKind.SpreadElement,
]);

/** The last names of Object.keys & co, JSON.stringify and console.log & co (observesOrder). */
const observedNames = new Set(["keys", "values", "entries", "fromEntries", "stringify", "log", "info", "warn", "error", "debug"]);

const isNamed = (e: ts.Expression, name: string) => ts.isPropertyAccessExpression(e) && e.name.text === name;

/** `call.length` read, not assigned */
function isLengthRead(call: ts.CallExpression): boolean {
  const p = call.parent;
  if (!ts.isPropertyAccessExpression(p) || p.expression !== call || p.name.text !== "length") return false;
  const g = p.parent;
  return !(
    ts.isBinaryExpression(g) &&
    g.left === p &&
    g.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    g.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  );
}
