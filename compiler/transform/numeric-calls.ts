// Calls and escapes in the numeric analysis's walk: arguments flow into the
// callee's parameters (functions, methods by name, callbacks of array and Map
// methods); a function used as a value, a class extending a library type or an
// export of the program's entry gives up on its parameters; values of type any
// taint the types they reach.
import { ts } from "../typescript.js";
import * as T from "./types.js";
import { TOP, UINT } from "./numeric-bits.js";
import { arrayCallbacks, keyedKind, memberName, skip, skipUp } from "./numeric-nodes.js";
import { ArrayClass } from "./numeric-store.js";
import { NumericValues } from "./numeric-values.js";
import { functionValueGoes, implicitMembers, mayCarryFunction } from "./numeric-function-values.js";

const K = ts.SyntaxKind;

/** Expressions whose type is never any nor unknown: literals of objects, arrays, strings and regexes, unary operators, classes. */
const neverAny = new Set([
  K.ObjectLiteralExpression,
  K.ArrayLiteralExpression,
  K.TemplateExpression,
  K.NoSubstitutionTemplateLiteral,
  K.RegularExpressionLiteral,
  K.BigIntLiteral,
  K.TrueKeyword,
  K.FalseKeyword,
  K.NullKeyword,
  K.PrefixUnaryExpression,
  K.PostfixUnaryExpression,
  K.TypeOfExpression,
  K.VoidExpression,
  K.DeleteExpression,
  K.ClassExpression,
]);

/** Object.* and Reflect.* functions that store values into an object they are given. */
const writers = new Set(["assign", "defineProperty", "defineProperties", "set", "setPrototypeOf"]);

/** Flows through calls, and what the analysis gives up on. */
export abstract class NumericCalls extends NumericValues {
  protected abstract flowElement(c: ArrayClass, e: ts.Expression): void;

  protected visitCall(n: ts.CallExpression | ts.NewExpression): void {
    const callee = skip(n.expression);
    const args = n.arguments ?? ts.factory.createNodeArray();
    for (const a of args) this.taintIfAny(a);
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(callee) && this.visitKeyedCall(n, callee)) return;
    // array mutation and callbacks
    // (an optional array too: `xs?.push(v)` writes when it runs)
    if (ts.isCallExpression(n) && this.visitFromCallback(n, callee)) return;
    const bytes = ts.isPropertyAccessExpression(callee) && T.isUint8Array(this.typeAt(callee.expression));
    if (
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(callee) &&
      (bytes || T.isArray(this.checker, this.typeAt(callee.expression), true))
    ) {
      const name = callee.name.text;
      // a Uint8Array's callbacks read bytes; its stores convert (ToUint8), so they change no fact
      const c = bytes ? this.bytesOf(callee.expression) : this.classOf(callee.expression);
      if (bytes && !arrayCallbacks.has(name) && name !== "reduce" && name !== "reduceRight") return;
      if (name === "pop" || name === "shift" || name === "splice") this.markMaybeEmpty(c);
      if (!bytes && /^(push|pop|shift|unshift|splice)$/.test(name)) this.markResized(c);
      if (name === "push" || name === "unshift" || name === "splice" || name === "fill") {
        const added = name === "splice" ? args.slice(2) : name === "fill" ? args.slice(0, 1) : args;
        for (const a of added) {
          if (ts.isSpreadElement(a)) this.unify(c, this.iterClass(a.expression));
          else this.flowElement(c, a);
        }
      }
      if (arrayCallbacks.has(name) || name === "reduce" || name === "reduceRight") {
        const f = args[0] && this.functionOf(args[0]);
        if (f) {
          this.handledFunctions.add(f);
          const ps = f.parameters;
          if (name === "reduce" || name === "reduceRight") {
            // (accumulator, element, index): the accumulator is the initial value or an element, then what the callback returns
            if (ps[0] && !ts.isIdentifier(ps[0].name)) this.bindTop(ps[0].name);
            else if (ps[0]) {
              const acc = this.declSlot(ps[0]);
              const init = args[1];
              this.constrain(
                () => acc,
                () => (init ? this.ev(init) : this.read(this.elemSlot(c))),
              );
              this.constrain(
                () => acc,
                () => this.read(this.returnSlot(f)),
              );
              this.markTop(this.classOfKey(ps[0]));
            }
            if (ps[1]) this.flowParam(ps[1], () => this.read(this.elemSlot(c)), this.child(c));
            if (ps[2]) this.flowParam(ps[2], () => UINT, this.topClass);
            for (const p of ps.slice(3)) this.flowParam(p, () => TOP, this.topClass);
          } else {
            const sort = name === "sort";
            if (ps[0]) this.flowParam(ps[0], () => this.read(this.elemSlot(c)), this.child(c));
            if (ps[1]) this.flowParam(ps[1], sort ? () => this.read(this.elemSlot(c)) : () => UINT, sort ? this.child(c) : this.topClass);
            if (ps[2] && !sort) this.flowParam(ps[2], () => 0, c);
            for (const p of ps.slice(sort ? 2 : 3)) this.flowParam(p, () => TOP, this.topClass);
          }
        }
      }
      return;
    }
    const decl = this.calledDeclaration(n);
    // Object.assign(d, ...) and the like write a dictionary's values where the analysis cannot see
    if (
      !decl &&
      ts.isPropertyAccessExpression(callee) &&
      /^(Object|Reflect)$/.test(callee.expression.getText()) &&
      writers.has(callee.name.text)
    )
      for (const a of args) if (T.isDictionary(this.checker, this.typeAt(a))) this.markTop(this.classOf(a));
    if (!decl) {
      this.visitUnfollowedCall(n, callee, args);
      // a value the libraries make, typed as the program's own object type
      if (ts.isCallExpression(n) && !ts.isPropertyAccessExpression(callee)) {
        const t = this.typeAt(n);
        if (!T.isPrimitive(t)) this.taint(t);
      }
      return;
    }
    this.flowArguments(decl.parameters, args);
  }

  /**
   * A call's arguments into the parameters of a function it may reach: from the first spread on,
   * any number; a missing one, the default value (the parameter's own initializer) or undefined.
   * A rest parameter is any number already (numeric-scan.ts).
   */
  protected flowArguments(params: readonly ts.ParameterDeclaration[], args: readonly ts.Expression[]): void {
    let spread = false;
    params.forEach((p, i) => {
      if (p.dotDotDotToken) return;
      const a = args[i];
      spread ||= !!a && ts.isSpreadElement(a);
      if (spread) return this.flowParam(p, () => TOP, this.topClass);
      if (!a) {
        if (!p.initializer) this.flowParam(p, () => TOP, this.topClass);
        return;
      }
      this.flowParam(p, () => this.ev(a), this.classOf(a));
      if (p.type && T.isAnyLike(this.checker.getTypeFromTypeNode(p.type)) && !ts.isSpreadElement(a)) this.escapeToAny(a);
    });
  }

  /**
   * `Array.from(src, fn)` and `Uint8Array.from(src, fn)`: fn is called with each element of
   * `src` and its index, as map's callback is.
   */
  protected visitFromCallback(n: ts.CallExpression, callee: ts.Expression): boolean {
    if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "from" || n.arguments.length !== 2) return false;
    if (!/^(Array|Uint8Array)$/.test(callee.expression.getText()) || ts.isSpreadElement(n.arguments[0])) return false;
    const f = this.functionOf(n.arguments[1]);
    if (!f) return false;
    this.handledFunctions.add(f);
    const c = this.iterClass(n.arguments[0]);
    const [v, i, ...rest] = f.parameters;
    if (v) this.flowParam(v, () => this.read(this.elemSlot(c)), this.child(c));
    if (i) this.flowParam(i, () => UINT, this.topClass);
    for (const p of rest) this.flowParam(p, () => TOP, this.topClass);
    return true;
  }

  /** Map set() and Set add() write the collection's elements; forEach callbacks read them. */
  protected visitKeyedCall(n: ts.CallExpression, callee: ts.PropertyAccessExpression): boolean {
    const t = this.typeAt(callee.expression);
    const kind = keyedKind(t);
    const name = callee.name.text;
    if (!kind) {
      // a union with a Map or Set in it: its writes are not followed
      if (/^(set|add)$/.test(name) && this.hasKeyedPart(t)) this.markTop(this.classOf(callee.expression));
      return false;
    }
    const args = n.arguments;
    const c = this.classOf(callee.expression);
    const value = kind === "map" ? (name === "set" ? args[1] : undefined) : name === "add" ? args[0] : undefined;
    if (value) {
      if (ts.isSpreadElement(value)) this.markTop(c);
      else this.flowElement(c, value);
    }
    if (name === "forEach") {
      const f = args[0] && this.functionOf(args[0]);
      if (f) {
        this.handledFunctions.add(f);
        // (value, key, collection); a Set's key is its value
        const [v, k, self, ...rest] = f.parameters;
        if (v) this.flowParam(v, () => this.read(this.elemSlot(c)), this.child(c));
        if (k)
          kind === "set"
            ? this.flowParam(k, () => this.read(this.elemSlot(c)), this.child(c))
            : this.flowParam(k, () => TOP, this.topClass);
        if (self) this.flowParam(self, () => 0, c);
        for (const p of rest) this.flowParam(p, () => TOP, this.topClass);
      }
    }
    return true;
  }

  /** An array, Map or Set seen as `any` (`as any`, an any-typed variable or parameter): written where the analysis cannot see. */
  protected escapeToAny(e: ts.Expression): void {
    const t = this.typeAt(e);
    if (this.isCollection(t)) this.markTop(this.classOf(e));
    if (mayCarryFunction(this.checker, t)) this.functionValuesLeave = true;
  }

  /**
   * A call the analysis does not follow into a body: through a function value (the program's
   * own, recorded for the functions used as values), or into a library, where a function value
   * that is not named here (`task.fn`, a parameter, an object holding one) may be called from.
   */
  private visitUnfollowedCall(n: ts.CallExpression | ts.NewExpression, callee: ts.Expression, args: readonly ts.Expression[]): void {
    // a library's own function, method or callable (`String`); a name or field of the program holds a function value
    const named = skip(callee);
    const site = ts.isPropertyAccessExpression(named) ? named.name : ts.isIdentifier(named) ? named : undefined;
    const decls = site && this.checker.getSymbolAtLocation(site)?.declarations;
    const library = !!decls?.length && decls.every((d) => d.getSourceFile().isDeclarationFile);
    if (ts.isCallExpression(n) && !library) this.indirectCalls.push(n);
    if (!library) return;
    // f.call(...) of a named f gives f up by itself (visitReference); of another function value, all of them
    if (
      ts.isPropertyAccessExpression(callee) &&
      /^(call|apply|bind)$/.test(callee.name.text) &&
      !this.namedFunction(skip(callee.expression)) &&
      this.typeAt(callee.expression).getCallSignatures().length
    )
      this.functionValuesLeave = true;
    for (const a of args) {
      const s = skip(ts.isSpreadElement(a) ? a.expression : a);
      if (ts.isArrowFunction(s) || ts.isFunctionExpression(s) || this.namedFunction(s)) continue; // escapes by itself
      if (mayCarryFunction(this.checker, this.typeAt(s))) this.functionValuesLeave = true;
    }
  }

  /** The function an identifier names (a declaration, or a const arrow), if any. */
  protected namedFunction(e: ts.Expression): ts.Node | undefined {
    if (!ts.isIdentifier(e)) return undefined;
    const d = this.declarationOf(e);
    if (!d || !this.inScope.has(d.getSourceFile())) return undefined;
    if (ts.isFunctionDeclaration(d) || ts.isClassDeclaration(d)) return d;
    if (ts.isVariableDeclaration(d) && d.initializer) {
      const f = skip(d.initializer);
      if (ts.isArrowFunction(f) || ts.isFunctionExpression(f) || ts.isClassExpression(f)) return f;
    }
    return undefined;
  }

  /** `f` used as a value at `use`: it escapes; to code the analysis cannot see, or only to the program's own calls through values. */
  protected escapeFunction(f: ts.Node, use: ts.Node): void {
    this.escaped.add(f);
    const classLike = ts.isClassDeclaration(f) || ts.isClassExpression(f);
    if (classLike || functionValueGoes(this.checker, use, (c) => !!this.calledDeclaration(c)) === "outside") this.escapedOutside.add(f);
    const ct = ts.isExpression(use) ? this.checker.getContextualType(use) : undefined;
    if (ct && T.isAnyLike(ct)) this.functionValuesLeave = true;
  }

  protected hasKeyedPart(t: ts.Type): boolean {
    return (t.isUnion() ? t.types : [t]).some((p) => keyedKind(p) !== undefined);
  }

  /** An array, Map, Set or dictionary object (`Record<string, T>`): values that carry an element class. */
  protected isCollection(t: ts.Type): boolean {
    return T.isArray(this.checker, t) || keyedKind(t) !== undefined || this.hasKeyedPart(t) || T.isDictionary(this.checker, t);
  }

  protected flowParam(p: ts.ParameterDeclaration, value: () => number, c: ArrayClass): void {
    if (ts.isArrayBindingPattern(p.name) && !p.initializer) return this.bindElements(p.name, c);
    if (!ts.isIdentifier(p.name)) return;
    const s = this.declSlot(p);
    this.constrain(() => s, value);
    this.unify(this.classOfKey(this.declKey(p)), c);
  }

  /** `[a, b]` destructuring an array of class `c`: each name is one of its elements (a class has one element slot). */
  protected bindElements(pattern: ts.ArrayBindingPattern, c: ArrayClass): void {
    for (const el of pattern.elements) {
      if (ts.isOmittedExpression(el)) continue;
      if (el.dotDotDotToken || el.initializer || !ts.isIdentifier(el.name)) {
        this.bindTop(el.name);
        continue;
      }
      const s = this.declSlot(el);
      this.constrain(
        () => s,
        () => this.read(this.elemSlot(c)),
      );
      this.unify(this.classOfKey(el), this.child(c));
    }
  }

  protected abstract bindTop(name: ts.BindingName): void;

  protected visitClass(n: ts.ClassLikeDeclaration): void {
    // a class that extends or implements a declared (library or board) type: its methods may be called from there
    const external = n.heritageClauses?.some((h) =>
      h.types.some((t) => {
        const d = this.declarationOf(t.expression);
        return !d || d.getSourceFile().isDeclarationFile || !this.inScope.has(d.getSourceFile());
      }),
    );
    for (const m of n.members) {
      const name = m.name && memberName(m.name);
      if (name === undefined) continue;
      if (external || implicitMembers.test(name)) this.escapedMethods.add(name);
    }
  }

  /** A function used other than by calling it: its parameters can be anything. */
  protected visitReference(id: ts.Identifier): void {
    const parent = id.parent;
    // the name being declared, a property name, a type position
    if ((parent as { name?: ts.Node }).name === id && !ts.isPropertyAccessExpression(parent) && !ts.isShorthandPropertyAssignment(parent))
      return;
    if (ts.isTypeReferenceNode(parent) || ts.isExpressionWithTypeArguments(parent) || ts.isTypeQueryNode(parent)) return;
    // the name of `o.m`: a method used as a value escapes by name
    if (ts.isPropertyAccessExpression(parent) && parent.name === id) {
      const call = skipUp(parent);
      if ((ts.isCallExpression(call.parent) && call.parent.expression === call) || ts.isNewExpression(call.parent)) return;
      const d = this.declarationOf(id);
      if (d && (ts.isMethodDeclaration(d) || ts.isMethodSignature(d)) && this.inScope.has(d.getSourceFile()))
        this.escapedMethods.add(id.text);
      return;
    }
    const up = skipUp(id);
    if ((ts.isCallExpression(up.parent) || ts.isNewExpression(up.parent)) && up.parent.expression === up) return;
    // C.staticMember, f.name; but f.call(t, x), f.apply(t, xs) and f.bind(t) call it with arguments not followed here
    if (ts.isPropertyAccessExpression(up.parent) && up.parent.expression === up) {
      const f = /^(call|apply|bind)$/.test(up.parent.name.text) ? this.namedFunction(id) : undefined;
      if (f) {
        this.escaped.add(f);
        this.escapedOutside.add(f);
      }
      return;
    }
    if (ts.isBinaryExpression(up.parent) && up.parent.operatorToken.kind === K.InstanceOfKeyword) return;
    if (ts.isTypeOfExpression(up.parent)) return;
    const f = this.namedFunction(id);
    if (f) this.escapeFunction(f, up);
  }

  /** Exports of the program's entry files (imported by no file of it) can be called from outside. */
  protected escapeEntryExports(files: readonly ts.SourceFile[]): void {
    for (const f of files) {
      if (this.imported.has(f) || f.isDeclarationFile) continue;
      const sym = this.checker.getSymbolAtLocation(f);
      if (!sym) continue;
      for (const e of this.checker.getExportsOfModule(sym)) {
        let s = e;
        if (s.flags & ts.SymbolFlags.Alias) s = this.checker.getAliasedSymbol(s);
        const d = s.valueDeclaration;
        if (!d) continue;
        // an export may be called from outside, and may hand function values out
        this.functionValuesLeave = true;
        if (ts.isFunctionDeclaration(d) || ts.isClassDeclaration(d)) this.escaped.add(d);
        else if (ts.isVariableDeclaration(d) && d.initializer) this.escaped.add(skip(d.initializer));
      }
    }
  }

  // ---- giving up on values the analysis cannot see -----------------------

  protected taintIfAny(e: ts.Expression): void {
    const s = skip(e);
    if (ts.isNumericLiteral(s) || ts.isStringLiteral(s) || ts.isArrowFunction(s) || ts.isFunctionExpression(s)) return;
    if (ts.isBinaryExpression(s) && s.operatorToken.kind !== K.EqualsToken && s.operatorToken.kind !== K.CommaToken) return;
    // the checker's type is asked only where syntax cannot tell (re-checking a literal checks everything in it)
    let bare = e;
    while (ts.isParenthesizedExpression(bare)) bare = bare.expression;
    if (neverAny.has(bare.kind)) return;
    if (ts.isSpreadElement(bare) && this.spreadsNoAny(bare)) return;
    if (!T.isAnyLike(this.typeAt(e))) return;
    const target = this.checker.getContextualType(e);
    if (target) this.taint(target);
  }

  /** `...xs` of an array whose elements are not any: its elements are not (the operand's type, which the transform asks anyway). */
  private spreadsNoAny(e: ts.SpreadElement): boolean {
    const t = this.typeAt(e.expression);
    if (!this.checker.isArrayType(t)) return false;
    const [element] = this.checker.getTypeArguments(t as ts.TypeReference);
    return !!element && !T.isAnyLike(element);
  }

  /** Values the analysis did not see may have this type: its properties (deeply) hold any numbers and arrays. */
  protected taint(t: ts.Type): void {
    const stack = [t];
    while (stack.length) {
      const x = stack.pop()!;
      if (this.tainted.has(x)) continue;
      this.tainted.add(x);
      if (x.isUnionOrIntersection()) {
        stack.push(...x.types);
        continue;
      }
      if (T.isPrimitive(x) || T.isAnyLike(x)) continue;
      if (this.checker.isArrayType(x) || this.checker.isTupleType(x)) {
        stack.push(...this.checker.getTypeArguments(x as ts.TypeReference));
        continue;
      }
      for (const p of x.getProperties()) {
        const d = p.valueDeclaration;
        if (!d || d.getSourceFile().isDeclarationFile) continue;
        this.setTop(this.propSlot(p.getName()));
        this.markTop(this.classOfKey("." + p.getName()));
        stack.push(this.checker.getTypeOfSymbol(p));
      }
    }
  }
}
