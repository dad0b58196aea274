// The numeric analysis's state: a slot of facts per variable, parameter,
// property name and function return; array classes (arrays that may be the same
// object share one, union-find) holding their elements' facts; and the
// constraints a slot's value is computed by (numeric-scan.ts records them).
import { ts } from "../typescript.js";
import { Guard } from "./numeric-guards.js";
import { TOP, join } from "./numeric-bits.js";
import { isMethodLike, memberName } from "./numeric-nodes.js";

export class Slot {
  bits = 0;
  readonly readers = new Set<Constraint>();
}

/** Arrays that may be the same object share one class: its element facts, and the class of their elements' elements. */
export class ArrayClass {
  parent?: ArrayClass;
  readonly elems = new Slot();
  child?: ArrayClass;
  top = false;
  /** some array of the class may change length (push, pop, shift, unshift, splice, a length store) */
  resized = false;
  constructor(
    /**
     * Whether the arrays may be empty: 0 while no array of the class is seen (a variable's class
     * before its value joins it), NON_EMPTY when every one is made with an item and never shortened.
     */
    public emptiness: Emptiness = 0,
  ) {}
}

export const NON_EMPTY = 1;
export const MAYBE_EMPTY = 2;
export type Emptiness = 0 | typeof NON_EMPTY | typeof MAYBE_EMPTY;

export interface Constraint {
  target: () => Slot;
  value: () => number;
}

/** The analysis's state: slots of facts, array classes (union-find) and the constraints between them. */
export abstract class NumericStore {
  protected readonly slots = new Map<ts.Node | string, Slot>();
  protected readonly classes = new Map<ts.Node | string, ArrayClass>();
  protected readonly exprClasses = new Map<ts.Node, ArrayClass>();
  protected readonly constraints: Constraint[] = [];
  protected readonly inScope: Set<ts.SourceFile>;
  protected readonly escaped = new Set<ts.Node>();
  /** Escaped functions that code the analysis cannot see may call (the others take `indirectCalls`' arguments). */
  protected readonly escapedOutside = new Set<ts.Node>();
  /** Calls through a function value (a field, a parameter, an element typed as a function). */
  protected readonly indirectCalls: ts.CallExpression[] = [];
  /** Some function value may reach code the analysis cannot see: every escaped function gives up. */
  protected functionValuesLeave = false;
  protected readonly escapedMethods = new Set<string>();
  protected readonly handledFunctions = new Set<ts.Node>();
  protected readonly imported = new Set<ts.SourceFile>();
  protected readonly topClass = new ArrayClass();
  protected current: Constraint | undefined;
  protected final = false;
  protected readonly memo = new Map<ts.Node, number>();
  protected readonly tainted = new Set<ts.Type>();
  protected readonly types = new Map<ts.Node, ts.Type>();
  protected readonly guards = new Map<ts.Node, Guard>();
  /** Variables and parameters written after their declaration (sign guards do not narrow them). */
  protected readonly reassigned = new Set<ts.Node>();

  constructor(
    protected readonly checker: ts.TypeChecker,
    files: readonly ts.SourceFile[],
  ) {
    this.topClass.top = true;
    this.topClass.elems.bits = TOP;
    this.inScope = new Set(files);
  }

  // ---- slots -------------------------------------------------------------

  protected slot(key: ts.Node | string): Slot {
    let s = this.slots.get(key);
    if (!s) this.slots.set(key, (s = new Slot()));
    return s;
  }

  protected read(s: Slot): number {
    if (this.current) s.readers.add(this.current);
    return s.bits;
  }

  protected typeAt(node: ts.Node): ts.Type {
    let t = this.types.get(node);
    if (!t) this.types.set(node, (t = this.checker.getTypeAtLocation(node)));
    return t;
  }

  /** The slot of a variable or parameter declaration (a method's parameter: shared by every method of that name). */
  protected declSlot(decl: ts.Node): Slot {
    return this.slot(this.declKey(decl));
  }

  protected declKey(decl: ts.Node): ts.Node | string {
    if (ts.isParameter(decl) && (isMethodLike(decl.parent) || ts.isConstructorDeclaration(decl.parent))) {
      const m = decl.parent;
      const name = ts.isConstructorDeclaration(m) ? undefined : memberName(m.name);
      if (name !== undefined) return `${name}#${m.parameters.indexOf(decl)}`;
    }
    return decl;
  }

  protected propSlot(name: string): Slot {
    return this.slot("." + name);
  }

  protected returnSlot(fn: ts.Node): Slot {
    return this.slot(this.returnKey(fn));
  }

  protected returnKey(fn: ts.Node): ts.Node | string {
    if (isMethodLike(fn)) {
      const name = memberName(fn.name);
      if (name !== undefined) return `${name}()`;
    }
    if ((ts.isGetAccessorDeclaration(fn) || ts.isSetAccessorDeclaration(fn)) && memberName(fn.name) !== undefined)
      return "." + memberName(fn.name)!;
    return fn;
  }

  protected constrain(target: () => Slot, value: () => number): void {
    this.constraints.push({ target, value });
  }

  protected setTop(s: Slot): void {
    this.constrain(
      () => s,
      () => TOP,
    );
  }

  // ---- array classes -----------------------------------------------------

  protected find(c: ArrayClass): ArrayClass {
    while (c.parent) {
      if (c.parent.parent) c.parent = c.parent.parent;
      c = c.parent;
    }
    return c;
  }

  protected classOfKey(key: ts.Node | string): ArrayClass {
    let c = this.classes.get(key);
    if (!c) this.classes.set(key, (c = new ArrayClass()));
    return c;
  }

  protected child(c: ArrayClass): ArrayClass {
    c = this.find(c);
    if (!c.child) {
      c.child = new ArrayClass();
      if (c.top) this.markTop(c.child);
    }
    return c.child;
  }

  protected markTop(c: ArrayClass): void {
    for (let r: ArrayClass | undefined = this.find(c); r && !r.top; r = r.child && this.find(r.child)) {
      r.top = true;
      r.elems.bits = TOP;
    }
  }

  protected unify(a: ArrayClass, b: ArrayClass): void {
    const pairs: [ArrayClass, ArrayClass][] = [[a, b]];
    while (pairs.length) {
      let [x, y] = pairs.pop()!;
      x = this.find(x);
      y = this.find(y);
      if (x === y) continue;
      y.parent = x;
      x.elems.bits = join(x.elems.bits, y.elems.bits);
      x.emptiness = Math.max(x.emptiness, y.emptiness) as Emptiness;
      x.resized ||= y.resized;
      for (const r of y.elems.readers) x.elems.readers.add(r);
      const top = x.top || y.top;
      if (x.child && y.child) pairs.push([x.child, y.child]);
      else x.child = x.child ?? y.child;
      if (top) this.markTop(x);
    }
  }

  /** The arrays of class `c` may be emptied (pop, shift, splice, a length written) or made empty. */
  protected markMaybeEmpty(c: ArrayClass): void {
    this.find(c).emptiness = MAYBE_EMPTY;
  }

  protected markResized(c: ArrayClass): void {
    this.find(c).resized = true;
  }

  /** Every array of class `c` has an item: made with one and never shortened (nor seen as anything else). */
  protected isNonEmpty(c: ArrayClass): boolean {
    const r = this.find(c);
    return !r.top && r.emptiness === NON_EMPTY;
  }

  protected elemSlot(c: ArrayClass): Slot {
    return this.find(c).elems;
  }
}
