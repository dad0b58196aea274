// Whole-program numeric facts: for every variable, parameter, property (by
// name), array (by alias class) and function return of one program, whether
// its numbers are always integers and which signs they can have. Python prints
// 2.0 where JavaScript prints 2 and its `%` takes the divisor's sign, so only
// these facts let `str(x)` and a plain `%` be emitted.
//
// One walk over the program's files records every write as a constraint (a
// slot and a value computed from other slots); a worklist then joins the values
// into the slots until nothing changes. Slots start empty (no value seen), so a
// loop `i = i + 1` stays an integer. Whatever the walk cannot see gives up to
// "any number": a parameter of a function used as a value or exported from the
// program's entry, a value of type any (JSON.parse) reaching a typed object, a
// call into the libraries (unless the typings say `int`/`uint`), `/`.
// docs/semantics/numbers.md states the rules.
// The analysis is split by concept: numeric-bits.ts (the lattice),
// numeric-store.ts (slots, array classes), numeric-classes.ts,
// numeric-values.ts (evaluation), numeric-calls.ts and numeric-scan.ts (the
// walk), numeric-guards.ts (sign guards), numeric-nodes.ts (syntax helpers).
import { ts } from "../typescript.js";
import { join, TOP } from "./numeric-bits.js";
import { NumericScan } from "./numeric-scan.js";

export { INFINT, NANINT, NONINT, NEG, ZERO, POS, TOP, widthOf, isInt32Bits, neverMinusZero } from "./numeric-bits.js";
export { isIndex } from "./numeric-nodes.js";

export class NumericFacts extends NumericScan {
  constructor(checker: ts.TypeChecker, files: readonly ts.SourceFile[]) {
    super(checker, files);
    for (const f of files) this.scan(f);
    this.escapeEntryExports(files);
    this.solve();
    this.final = true;
  }

  /** The facts of `node`'s number (bits of NONINT, NEG, ZERO, POS; 0 for code that never runs). */
  bits(node: ts.Expression): number {
    return this.ev(node);
  }

  /**
   * The arrays `node` may evaluate to: their alias class (an identity shared by every array
   * expression that may hold the same array) and the facts of every value stored in them (byte-arrays.ts);
   * `complete` when every element is one of those values (no hole, nothing written where the analysis cannot see).
   */
  arrayClass(node: ts.Expression): { id: object; elements: number; complete: boolean } {
    const c = this.find(this.classOf(node));
    return { id: c, elements: c.top ? TOP : c.elems.bits, complete: !c.top };
  }

  /**
   * Whether every array `node` may evaluate to keeps the length it was made with: no array of
   * its alias class is pushed to, popped, shifted, unshifted, spliced or given a length, none is
   * seen where the analysis cannot follow it, and some place that makes one is seen.
   */
  neverResized(node: ts.Expression): boolean {
    const c = this.find(this.classOf(node));
    return !c.top && !c.resized && c.emptiness !== 0;
  }

  // ---- the fixpoint ------------------------------------------------------

  private solve(): void {
    for (const f of this.escaped) {
      if (this.functionValuesLeave || this.escapedOutside.has(f) || !ts.isFunctionLike(f)) this.giveUpParameters(f);
      else this.flowIndirectCalls(f);
    }
    for (const name of this.escapedMethods) {
      for (let i = 0; i < 8; i++) {
        this.setTop(this.slot(`${name}#${i}`));
        this.markTop(this.classOfKey(`${name}#${i}`));
      }
    }
    const queue = [...this.constraints];
    const queued = new Set(queue);
    while (queue.length) {
      const c = queue.pop()!;
      queued.delete(c);
      this.current = c;
      const v = c.value();
      this.current = undefined;
      const s = c.target();
      const next = join(s.bits, v);
      if (next === s.bits) continue;
      s.bits = next;
      for (const r of s.readers)
        if (!queued.has(r)) {
          queued.add(r);
          queue.push(r);
        }
    }
  }

  /** A function called only through values of the program: each call through a value may be it. */
  private flowIndirectCalls(f: ts.SignatureDeclaration): void {
    for (const call of this.indirectCalls) this.flowArguments(f.parameters, call.arguments);
  }

  private giveUpParameters(f: ts.Node): void {
    let params: readonly ts.ParameterDeclaration[] = [];
    if (ts.isClassDeclaration(f) || ts.isClassExpression(f)) {
      const ctor = f.members.find(ts.isConstructorDeclaration);
      params = ctor?.parameters ?? [];
    } else if (ts.isFunctionLike(f)) params = f.parameters;
    for (const p of params) {
      this.bindTop(p.name);
      if (p.type) this.taint(this.checker.getTypeFromTypeNode(p.type));
    }
  }
}
