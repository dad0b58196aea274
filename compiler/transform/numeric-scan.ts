// The numeric analysis's walk over one file: every write (declaration,
// assignment, compound assignment, ++/--, destructuring, for-of binding,
// return) becomes a constraint from the written value into a slot, and array
// values unify their classes.
import { ts } from "../typescript.js";
import * as T from "./types.js";
import { walkWith } from "./walk.js";
import { NEG, POS, TOP, ZERO, add, literalBits, widthOf, withWidth } from "./numeric-bits.js";
import { isWrite } from "./writes.js";
import { isFunctionWithBody, keyedKind, memberName, skip, skipUp } from "./numeric-nodes.js";
import { ArrayClass } from "./numeric-store.js";
import { NumericCalls } from "./numeric-calls.js";

const K = ts.SyntaxKind;
const mirrored = new Map([
  [K.GreaterThanToken, K.LessThanToken],
  [K.GreaterThanEqualsToken, K.LessThanEqualsToken],
  [K.LessThanToken, K.GreaterThanToken],
  [K.LessThanEqualsToken, K.GreaterThanEqualsToken],
]);

/** The kinds `visit` records something for (besides identifiers). */
const visitedKinds: ReadonlySet<ts.SyntaxKind> = new Set([
  K.ImportDeclaration,
  K.ExportDeclaration,
  K.VariableDeclaration,
  K.Parameter,
  K.BinaryExpression,
  K.PrefixUnaryExpression,
  K.PostfixUnaryExpression,
  K.CallExpression,
  K.NewExpression,
  K.ReturnStatement,
  K.ArrowFunction,
  K.FunctionExpression,
  K.ArrayLiteralExpression,
  K.ObjectLiteralExpression,
  K.PropertyAssignment,
  K.ShorthandPropertyAssignment,
  K.PropertyDeclaration,
  K.ForOfStatement,
  K.ForInStatement,
  K.CatchClause,
  K.AsExpression,
  K.TypeAssertionExpression,
  K.ClassDeclaration,
  K.ClassExpression,
  K.DeleteExpression,
  K.PropertyAccessExpression,
  K.TaggedTemplateExpression,
]);

/** The walk recording constraints. */
export abstract class NumericScan extends NumericCalls {
  // ---- the walk ----------------------------------------------------------

  protected scan(file: ts.SourceFile): void {
    walkWith<ts.Node | undefined>(file, undefined, (n, fn) => {
      this.visit(n, fn);
      return { step: undefined, next: isFunctionWithBody(n) ? n : fn };
    });
  }

  protected visit(n: ts.Node, fn: ts.Node | undefined): void {
    // identifiers are the commonest nodes, and most other kinds record nothing
    if (n.kind === K.Identifier) return this.visitReference(n as ts.Identifier);
    if (!visitedKinds.has(n.kind)) return;
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) {
      const spec = n.moduleSpecifier;
      const sym = spec && this.checker.getSymbolAtLocation(spec);
      const d = sym?.valueDeclaration;
      if (d && ts.isSourceFile(d)) this.imported.add(d);
      return;
    }
    if (ts.isVariableDeclaration(n)) return this.visitVariable(n);
    if (ts.isParameter(n)) return this.visitParameter(n);
    if (ts.isBinaryExpression(n)) return this.visitBinary(n);
    if (ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) {
      if (n.operator === K.PlusPlusToken || n.operator === K.MinusMinusToken) {
        const step = n.operator === K.PlusPlusToken ? POS : NEG;
        const bound = this.counterBound(n, n.operator === K.PlusPlusToken, literalBits(1));
        this.assign(n.operand, () => {
          const r = add(this.ev(n.operand), step);
          return bound ? withWidth(r, Math.min(widthOf(r), bound())) : r;
        });
      }
      return;
    }
    if (ts.isCallExpression(n) || ts.isNewExpression(n)) return this.visitCall(n);
    // a tag that is a function value (not named here) is called where no call is recorded
    if (ts.isTaggedTemplateExpression(n)) {
      if (!this.namedFunction(skip(n.tag))) this.functionValuesLeave = true;
      return;
    }
    // an array's class is joined while scanning, before any length is read (the solve must not widen it)
    if (ts.isPropertyAccessExpression(n)) {
      if (n.name.text === "length" && T.isArray(this.checker, this.typeAt(n.expression))) this.classOf(n.expression);
      return;
    }
    if (ts.isReturnStatement(n) && n.expression && fn) return this.flowReturn(fn, n.expression);
    if (ts.isArrowFunction(n) || ts.isFunctionExpression(n)) {
      // a function not named by a variable nor given to an array method: called from where the analysis cannot follow
      const up = skipUp(n);
      if (!(ts.isVariableDeclaration(up.parent) && up.parent.initializer === up) && !this.handledFunctions.has(n))
        this.escapeFunction(n, up);
      if (ts.isArrowFunction(n) && !ts.isBlock(n.body)) this.flowReturn(n, n.body);
      return;
    }
    if (ts.isArrayLiteralExpression(n)) {
      const c = this.classOf(n);
      for (const e of n.elements) {
        if (ts.isOmittedExpression(e)) this.markTop(c);
        else if (ts.isSpreadElement(e)) this.unify(c, this.iterClass(e.expression));
        else this.flowElement(c, e);
      }
      return;
    }
    if (ts.isObjectLiteralExpression(n)) {
      if (this.isDictionaryLiteral(n)) this.visitDictionaryLiteral(n);
      return;
    }
    if (ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n)) {
      const name = memberName(n.name);
      const value = ts.isPropertyAssignment(n) ? n.initializer : n.name;
      if (name === undefined) return;
      this.taintIfAny(value);
      if (ts.isShorthandPropertyAssignment(n)) {
        const vd = this.checker.getShorthandAssignmentValueSymbol(n)?.valueDeclaration;
        if (vd && this.isLocalBinding(vd)) {
          const s = this.declSlot(vd);
          this.constrain(
            () => this.propSlot(name),
            () => this.read(s),
          );
          this.unify(this.classOfKey("." + name), this.classOfKey(this.declKey(vd)));
        } else {
          this.setTop(this.propSlot(name));
          this.markTop(this.classOfKey("." + name));
        }
      } else {
        this.constrain(
          () => this.propSlot(name),
          () => this.ev(value),
        );
        this.unify(this.classOfKey("." + name), this.classOf(value));
      }
      return;
    }
    if (ts.isPropertyDeclaration(n)) {
      const name = memberName(n.name);
      if (name === undefined || !n.initializer) return;
      const init = n.initializer;
      this.constrain(
        () => this.propSlot(name),
        () => this.ev(init),
      );
      this.unify(this.classOfKey("." + name), this.classOf(init));
      return;
    }
    if (ts.isForOfStatement(n)) return this.visitForOf(n);
    if (ts.isForInStatement(n)) {
      if (!ts.isVariableDeclarationList(n.initializer)) this.assign(n.initializer, () => TOP);
      return;
    }
    if (ts.isCatchClause(n) && n.variableDeclaration) {
      this.bindTop(n.variableDeclaration.name);
      return;
    }
    if ((ts.isAsExpression(n) || ts.isTypeAssertionExpression(n)) && T.isAnyLike(this.typeAt(n))) this.escapeToAny(n.expression);
    if ((ts.isAsExpression(n) || ts.isTypeAssertionExpression(n)) && T.isAnyLike(this.typeAt(n.expression))) {
      this.taint(this.typeAt(n));
      return;
    }
    if (ts.isClassDeclaration(n) || ts.isClassExpression(n)) return this.visitClass(n);
    // `delete xs[i]` leaves a hole (None): the array's elements are no longer all numbers
    if (ts.isDeleteExpression(n)) {
      const e = skip(n.expression);
      if (ts.isElementAccessExpression(e) && T.isArray(this.checker, this.typeAt(e.expression))) this.markTop(this.classOf(e.expression));
    }
  }

  /** A dictionary's literal: its values are elements; a spread of another dictionary brings that one's, anything else gives up. */
  protected visitDictionaryLiteral(n: ts.ObjectLiteralExpression): void {
    const c = this.classOf(n);
    for (const p of n.properties) {
      if (ts.isPropertyAssignment(p)) this.flowElement(c, p.initializer);
      else if (ts.isShorthandPropertyAssignment(p)) this.flowElement(c, p.name);
      else if (ts.isSpreadAssignment(p) && T.isDictionary(this.checker, this.typeAt(p.expression)))
        this.unify(c, this.classOf(p.expression));
      else this.markTop(c);
    }
  }

  /**
   * The width a for loop's counter keeps when its incrementor alone steps it
   * (`for (let i = a; i < e; i++)`, `i += 2`, `i--` with `i >= e`): each step starts at
   * most at e and moves away from a, so the counter is never wider than a or e + step.
   */
  protected counterBound(step: ts.Expression, up: boolean, by: number): (() => number) | undefined {
    const loop = step.parent;
    const operand = ts.isBinaryExpression(step) ? step.left : (step as ts.PrefixUnaryExpression | ts.PostfixUnaryExpression).operand;
    const counter = skip(operand);
    if (!ts.isForStatement(loop) || loop.incrementor !== step || !ts.isIdentifier(counter) || by & (NEG | ZERO)) return undefined;
    const list = loop.initializer;
    if (!list || !ts.isVariableDeclarationList(list) || !(list.flags & ts.NodeFlags.Let)) return undefined;
    const decl = list.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === counter.text);
    const cond = loop.condition && skip(loop.condition);
    if (!decl?.initializer || this.declarationOf(counter) !== decl || !cond || !ts.isBinaryExpression(cond)) return undefined;
    const isCounter = (e: ts.Expression) => ts.isIdentifier(skip(e)) && this.declarationOf(skip(e) as ts.Identifier) === decl;
    // i < e, or e > i, as the step goes (up for ++ and +=, down for -- and -=)
    const op = cond.operatorToken.kind;
    const toward = isCounter(cond.left) ? op : isCounter(cond.right) ? mirrored.get(op) : undefined;
    const limit = isCounter(cond.left) ? cond.right : cond.left;
    const ahead = up ? [K.LessThanToken, K.LessThanEqualsToken] : [K.GreaterThanToken, K.GreaterThanEqualsToken];
    if (toward === undefined || !ahead.includes(toward) || !T.isNumber(this.typeAt(limit))) return undefined;
    // no other write to the counter: in the condition, the body, or a closure in them
    const writes = (x: ts.Node): boolean =>
      x !== counter && ts.isIdentifier(x) && x.text === counter.text && isWrite(x) && this.declarationOf(x) === decl
        ? true
        : !!ts.forEachChild(x, writes);
    if (writes(loop.statement) || writes(cond)) return undefined;
    const init = decl.initializer;
    // a step of 1 from below a limit ends at most at it
    const exact = by === literalBits(1) && (toward === K.LessThanToken || toward === K.GreaterThanToken);
    return () => Math.max(widthOf(this.ev(init)), widthOf(exact ? this.ev(limit) : add(this.ev(limit), by)));
  }

  protected visitVariable(n: ts.VariableDeclaration): void {
    const list = n.parent;
    // for (const x of xs) / for (const k in o): visited with the loop
    if (ts.isVariableDeclarationList(list) && (ts.isForOfStatement(list.parent) || ts.isForInStatement(list.parent))) {
      if (ts.isForInStatement(list.parent)) this.bindTop(n.name);
      return;
    }
    if (ts.isCatchClause(n.parent)) return;
    if (!ts.isIdentifier(n.name)) {
      if (ts.isArrayBindingPattern(n.name) && n.initializer && T.isArray(this.checker, this.typeAt(n.initializer)))
        this.bindElements(n.name, this.classOf(n.initializer));
      else this.bindTop(n.name);
      return;
    }
    if (!n.initializer) {
      // `var x;` read before any write is undefined; `let x: number;` cannot be read before a write
      if (ts.isVariableDeclarationList(list) && !(list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const))) this.setTop(this.declSlot(n));
      return;
    }
    const init = n.initializer;
    const s = this.declSlot(n);
    this.constrain(
      () => s,
      () => this.ev(init),
    );
    this.unify(this.classOfKey(n), this.classOf(init));
    if (n.type && T.isAnyLike(this.typeAt(n))) this.escapeToAny(init);
    if (n.type) this.taintIfAny(init);
  }

  protected visitParameter(n: ts.ParameterDeclaration): void {
    if (!ts.isIdentifier(n.name)) {
      // a callback of an array or collection method destructures what the call gives it (flowParam)
      if (!(ts.isArrayBindingPattern(n.name) && !n.initializer && this.handledFunctions.has(n.parent))) this.bindTop(n.name);
      return;
    }
    const s = this.declSlot(n);
    const c = this.classOfKey(this.declKey(n));
    if (n.dotDotDotToken) {
      this.setTop(s);
      this.markTop(c);
      return;
    }
    if (n.initializer) {
      const init = n.initializer;
      this.constrain(
        () => s,
        () => this.ev(init),
      );
      this.unify(c, this.classOf(init));
    }
    // a parameter property is also the property of that name
    if (ts.isConstructorDeclaration(n.parent) && ts.getModifiers(n)?.length) {
      const name = n.name.text;
      this.constrain(
        () => this.propSlot(name),
        () => this.read(s),
      );
      this.unify(this.classOfKey("." + name), c);
    }
    // a setter's parameter gets what is assigned to the property
    if (ts.isSetAccessorDeclaration(n.parent) && memberName(n.parent.name) !== undefined) {
      const name = memberName(n.parent.name)!;
      this.constrain(
        () => s,
        () => this.read(this.propSlot(name)),
      );
      this.unify(this.classOfKey("." + name), c);
    }
    // an untyped callback parameter `(x) => ...` of a function that is not a handled array callback is decided by escape()
  }

  protected bindTop(name: ts.BindingName): void {
    if (ts.isIdentifier(name)) {
      const d = name.parent;
      this.setTop(this.declSlot(d));
      this.markTop(this.classOfKey(this.declKey(d)));
      return;
    }
    for (const e of name.elements) if (!ts.isOmittedExpression(e)) this.bindTop(e.name);
  }

  protected visitBinary(n: ts.BinaryExpression): void {
    const op = n.operatorToken.kind;
    // `xs.length = n` may add holes (None) past the end; `= 0` only empties it
    const [left, right] = [skip(n.left), skip(n.right)];
    if (
      isWrite(left) &&
      ts.isPropertyAccessExpression(left) &&
      left.name.text === "length" &&
      T.isArray(this.checker, this.typeAt(left.expression))
    ) {
      const c = this.classOf(left.expression);
      this.markMaybeEmpty(c);
      this.markResized(c);
      if (!(op === K.EqualsToken && ts.isNumericLiteral(right) && Number(right.text) === 0)) this.markTop(c);
    }
    if (op === K.EqualsToken) {
      if (ts.isArrayLiteralExpression(left) || ts.isObjectLiteralExpression(left)) return this.destructure(left, n.right);
      this.assign(n.left, () => this.ev(n.right));
      this.assignClass(n.left, n.right);
      if (T.isAnyLike(this.typeAt(n.left))) this.escapeToAny(n.right);
      this.taintIfAny(n.right);
      return;
    }
    if (op >= K.FirstCompoundAssignment && op <= K.LastCompoundAssignment) {
      const step = skip(n.right);
      const bound =
        (op === K.PlusEqualsToken || op === K.MinusEqualsToken) && ts.isNumericLiteral(step) && Number.isInteger(Number(step.text))
          ? this.counterBound(n, op === K.PlusEqualsToken, literalBits(Number(step.text)))
          : undefined;
      this.assign(n.left, () => {
        const r = this.ev(n);
        return bound ? withWidth(r, Math.min(widthOf(r), bound())) : r;
      });
      if (op === K.BarBarEqualsToken || op === K.QuestionQuestionEqualsToken || op === K.AmpersandAmpersandEqualsToken)
        this.assignClass(n.left, n.right);
    }
  }

  /** `[a, b] = [b, a]` pairs its elements; any other destructuring assignment gives up on its targets. */
  protected destructure(pattern: ts.ArrayLiteralExpression | ts.ObjectLiteralExpression, value: ts.Expression): void {
    const v = skip(value);
    if (
      ts.isArrayLiteralExpression(pattern) &&
      ts.isArrayLiteralExpression(v) &&
      v.elements.length === pattern.elements.length &&
      ![...pattern.elements, ...v.elements].some((e) => ts.isSpreadElement(e) || ts.isOmittedExpression(e) || ts.isBinaryExpression(e))
    ) {
      pattern.elements.forEach((target, i) => {
        const src = v.elements[i];
        this.assign(target, () => this.ev(src));
        this.assignClass(target, src);
      });
      return;
    }
    const targets: ts.Expression[] = [];
    const collect = (p: ts.Expression) => {
      p = skip(p);
      if (ts.isArrayLiteralExpression(p)) p.elements.forEach((e) => collect(ts.isSpreadElement(e) ? e.expression : e));
      else if (ts.isObjectLiteralExpression(p))
        p.properties.forEach((q) => {
          if (ts.isPropertyAssignment(q)) collect(q.initializer);
          else if (ts.isShorthandPropertyAssignment(q)) collect(q.name);
          else if (ts.isSpreadAssignment(q)) collect(q.expression);
        });
      else if (ts.isBinaryExpression(p) && p.operatorToken.kind === K.EqualsToken) collect(p.left);
      else if (!ts.isOmittedExpression(p)) targets.push(p);
    };
    collect(pattern);
    for (const t of targets) {
      this.assign(t, () => TOP);
      this.assignClass(t, undefined);
    }
  }

  /** Record that `target` (a variable, property or element) is given the value `value()`. */
  protected assign(target: ts.Expression, value: () => number): void {
    target = skip(target);
    if (ts.isIdentifier(target)) {
      const decl = this.declarationOf(target);
      if (decl && this.isLocalBinding(decl)) {
        this.reassigned.add(decl);
        const s = this.declSlot(decl);
        this.constrain(() => s, value);
      }
      return;
    }
    const dict = this.dictionaryOf(target);
    if (dict) {
      // a dictionary's value, by any key: an element
      const c = this.classOf(dict);
      this.constrain(() => this.elemSlot(c), value);
      return;
    }
    if (ts.isPropertyAccessExpression(target)) {
      const name = target.name.text;
      this.constrain(() => this.propSlot(name), value);
      return;
    }
    if (ts.isElementAccessExpression(target)) {
      const t = this.typeAt(target.expression);
      if (T.isArray(this.checker, t)) {
        const c = this.classOf(target.expression);
        this.constrain(() => this.elemSlot(c), value);
        return;
      }
      const key = skip(target.argumentExpression);
      if (ts.isStringLiteral(key) || ts.isNoSubstitutionTemplateLiteral(key)) {
        const name = key.text;
        this.constrain(() => this.propSlot(name), value);
        return;
      }
      // a property named at run time: every property this object's type has may change
      if (!T.isMapType(t) && !T.isBoardSequence(this.checker, t)) this.taint(t);
    }
  }

  /** The array class side of an assignment (`value` undefined: unknown). */
  protected assignClass(target: ts.Expression, value: ts.Expression | undefined): void {
    target = skip(target);
    const src = value ? this.classOf(value) : this.topClass;
    const dict = this.dictionaryOf(target);
    if (dict) this.unify(this.child(this.classOf(dict)), src);
    else if (ts.isIdentifier(target)) {
      const decl = this.declarationOf(target);
      if (decl && this.isLocalBinding(decl)) this.unify(this.classOfKey(this.declKey(decl)), src);
    } else if (ts.isPropertyAccessExpression(target)) this.unify(this.classOfKey("." + target.name.text), src);
    else if (ts.isElementAccessExpression(target)) {
      const t = this.typeAt(target.expression);
      if (T.isArray(this.checker, t)) this.unify(this.child(this.classOf(target.expression)), src);
      else {
        const key = skip(target.argumentExpression);
        if (ts.isStringLiteral(key)) this.unify(this.classOfKey("." + key.text), src);
      }
    }
  }

  protected flowElement(c: ArrayClass, e: ts.Expression): void {
    // a string (a tuple's name beside its number) is never read as a number: it adds no facts
    const t = this.typeAt(e);
    if (!T.isString(t, true) && !T.isBoolean(t, true))
      this.constrain(
        () => this.elemSlot(c),
        () => this.ev(e),
      );
    if (this.isCollection(this.typeAt(e))) this.unify(this.child(c), this.classOf(e));
    this.taintIfAny(e);
  }

  protected flowReturn(fn: ts.Node, e: ts.Expression): void {
    const key = this.returnKey(fn);
    const s = this.slot(key);
    this.constrain(
      () => s,
      () => this.ev(e),
    );
    this.unify(this.classOfKey(key), this.classOf(e));
    this.taintIfAny(e);
  }

  protected visitForOf(n: ts.ForOfStatement): void {
    const c = this.iterClass(n.expression);
    const pairs = this.entriesClass(n.expression);
    const bind = (target: ts.Expression | ts.BindingName) => {
      if (pairs && ts.isArrayBindingPattern(target)) this.bindEntry(target, pairs);
      else if (ts.isArrayBindingPattern(target)) this.bindElements(target, this.child(c));
      else if (ts.isIdentifier(target)) {
        this.assign(target, () => this.read(this.elemSlot(c)));
        this.assignClassFrom(target, this.child(c));
      } else if (ts.isArrayBindingPattern(target) || ts.isObjectBindingPattern(target)) this.bindTop(target);
      else this.destructure(target as ts.ArrayLiteralExpression, n.expression);
    };
    if (ts.isVariableDeclarationList(n.initializer)) for (const d of n.initializer.declarations) bind(d.name);
    else if (
      ts.isIdentifier(skip(n.initializer)) ||
      ts.isPropertyAccessExpression(skip(n.initializer)) ||
      ts.isElementAccessExpression(skip(n.initializer))
    ) {
      const target = n.initializer;
      this.assign(target, () => this.read(this.elemSlot(c)));
      this.assignClass(target, undefined);
    } else {
      this.assign(n.initializer, () => TOP);
      this.destructure(n.initializer as ts.ArrayLiteralExpression, n.expression);
    }
  }

  /** A Map, a Set or `.entries()` of one: the collection whose [key, value] pairs iterating gives. */
  protected entriesClass(node: ts.Expression): { c: ArrayClass; set: boolean } | undefined {
    let e = skip(node);
    if (
      ts.isCallExpression(e) &&
      ts.isPropertyAccessExpression(e.expression) &&
      e.expression.name.text === "entries" &&
      e.arguments.length === 0
    )
      e = e.expression.expression;
    const kind = keyedKind(this.typeAt(e));
    if (e === skip(node) && kind !== "map") return undefined; // a Set itself gives its elements
    return kind ? { c: this.classOf(e), set: kind === "set" } : undefined;
  }

  /** `const [key, value]` of a Map's entry: the value is an element (a Set's key too), the key anything. */
  protected bindEntry(pattern: ts.ArrayBindingPattern, { c, set }: { c: ArrayClass; set: boolean }): void {
    pattern.elements.forEach((el, i) => {
      if (ts.isOmittedExpression(el)) return;
      if (i > 1 || el.dotDotDotToken || !ts.isIdentifier(el.name) || (i === 0 && !set)) return this.bindTop(el.name);
      const s = this.declSlot(el);
      this.constrain(
        () => s,
        () => this.read(this.elemSlot(c)),
      );
      this.unify(this.classOfKey(el), this.child(c));
    });
  }

  protected assignClassFrom(id: ts.Identifier, c: ArrayClass): void {
    const decl = this.declarationOf(id) ?? (ts.isVariableDeclaration(id.parent) ? id.parent : undefined);
    if (decl && this.isLocalBinding(decl)) this.unify(this.classOfKey(this.declKey(decl)), c);
  }
}
