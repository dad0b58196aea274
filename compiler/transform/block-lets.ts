// A `let` of a block (or a file's top level) seen whole: its statement, the block
// holding it and every other reference to it, when none is in a nested function
// or class (whose code runs at times a statement-by-statement reading cannot
// place). The counter ranges (intervals.ts) and the bits a variable's readers see
// (demanded-bits.ts) read a variable this way: both need every read, so a name
// that may refer to it and does not resolve gives up.
import { ts } from "../typescript.js";

export interface BlockLet {
  statement: ts.VariableStatement;
  container: ts.Block | ts.SourceFile | ts.ModuleBlock;
  /** every reference but the declaration's own name */
  references: Set<ts.Identifier>;
}

/** What the identifier `id` names as a value: a variable through `{ x }` and `export { x }` too. */
function valueSymbol(checker: ts.TypeChecker, id: ts.Identifier): ts.Symbol | undefined {
  const p = id.parent;
  if (ts.isShorthandPropertyAssignment(p) && p.name === id) return checker.getShorthandAssignmentValueSymbol(p);
  if (ts.isExportSpecifier(p)) return checker.getExportSpecifierLocalTargetSymbol(p);
  return checker.getSymbolAtLocation(id);
}

/** `decl` as a block's let, or undefined (not a let of a statement, exported, or referenced from a nested function). */
export function blockLet(checker: ts.TypeChecker, decl: ts.VariableDeclaration): BlockLet | undefined {
  const list = decl.parent;
  const statement = list.parent;
  if (!ts.isVariableStatement(statement) || !(list.flags & ts.NodeFlags.Let) || !ts.isIdentifier(decl.name)) return undefined;
  if (ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Export) return undefined;
  // not a case clause's: its let is in scope in the clauses after it too
  const container = statement.parent;
  if (!ts.isBlock(container) && !ts.isSourceFile(container) && !ts.isModuleBlock(container)) return undefined;
  const name = decl.name.text;
  const references = new Set<ts.Identifier>();
  let unknown = false;
  const visit = (n: ts.Node, nested: boolean): void => {
    if (unknown) return;
    if (ts.isIdentifier(n)) {
      if (n === decl.name || n.text !== name) return;
      const sym = valueSymbol(checker, n);
      // a property name (`o.x`, `{ x: 1 }`) or another variable of the same name is not it
      if (sym && sym.valueDeclaration !== decl) return;
      if (!sym || nested) unknown = true;
      else references.add(n);
      return;
    }
    ts.forEachChild(n, (c) => visit(c, nested || ts.isFunctionLike(c) || ts.isClassLike(c)));
  };
  visit(container, false);
  return unknown ? undefined : { statement, container, references };
}
