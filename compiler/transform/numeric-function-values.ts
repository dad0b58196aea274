// Function values in the numeric analysis. A function the program uses as a value (stored in
// a field, an array, a Map, passed to its own functions) is called through that value: its
// parameters take the arguments of every such call in the program (`task.fn(now)`), instead of
// giving up, as long as no function value can reach code the analysis cannot see: an argument
// of a library call, a value of type any, an export, `f.call/apply/bind`, a tag of a template.
import { ts } from "../typescript.js";
import * as T from "./types.js";

const K = ts.SyntaxKind;

/** Members JavaScript itself calls on an object (so a function stored there runs from outside). */
export const implicitMembers = /^(toString|valueOf|toJSON|next|return|throw)$/;

/** Array, Map and Set methods that only store their arguments. */
const storingMethods = /^(push|unshift|splice|fill|set|add)$/;

/** Does a value of type `t` hold a function, itself or in a property or an element (one level)? */
export function mayCarryFunction(checker: ts.TypeChecker, t: ts.Type): boolean {
  const parts = t.isUnion() ? t.types : [t];
  return parts.some((p) => {
    if (p.getCallSignatures().length) return true;
    const element = T.isArray(checker, p) ? checker.getIndexTypeOfType(p, ts.IndexKind.Number) : undefined;
    if (element) return element.getCallSignatures().length > 0;
    if (p.flags & ts.TypeFlags.Object && !T.isFromLib(p.getSymbol()?.declarations?.[0]))
      return p.getProperties().some((s) => {
        const d = s.valueDeclaration;
        return !!d && checker.getTypeOfSymbolAtLocation(s, d).getCallSignatures().length > 0;
      });
    return false;
  });
}

/**
 * Where a function value used at `use` (the expression, parentheses and casts climbed) goes:
 * "program" when it lands in a place of the program (a variable, a field, an array, a return, an
 * argument of the program's own function or of a storing method), "outside" when code the
 * analysis cannot see may call it (a library call, an export, a property JavaScript calls).
 */
export function functionValueGoes(
  checker: ts.TypeChecker,
  use: ts.Node,
  programCallee: (call: ts.CallExpression | ts.NewExpression) => boolean,
): "program" | "outside" {
  const p = use.parent;
  if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.expression !== use) {
    const callee = p.expression;
    if (ts.isPropertyAccessExpression(callee) && storingMethods.test(callee.name.text)) {
      const t = checker.getTypeAtLocation(callee.expression);
      if (T.isArray(checker, t) || T.isMapType(t) || T.isSetType(t)) return "program";
    }
    return programCallee(p) ? "program" : "outside";
  }
  if (ts.isExportAssignment(p) || ts.isTaggedTemplateExpression(p) || ts.isDecorator(p)) return "outside";
  if (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) {
    const name = p.name;
    if (ts.isComputedPropertyName(name) || implicitMembers.test(name.getText())) return "outside";
  }
  // a property of a library object (`timer.callback = f`)
  if (ts.isBinaryExpression(p) && p.operatorToken.kind === K.EqualsToken && p.right === use && ts.isPropertyAccessExpression(p.left)) {
    const d = checker.getSymbolAtLocation(p.left.name)?.declarations?.[0];
    if (!d || d.getSourceFile().isDeclarationFile) return "outside";
  }
  return "program";
}
