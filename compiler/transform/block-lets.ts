// A `let` of a block (or a file's top level) seen whole: its statement, the block
// holding it and every other reference to it, when none is in a nested function
// or class (whose code runs at times a statement-by-statement reading cannot
// place). The counter ranges (intervals.ts) and the bits a variable's readers see
// (demanded-bits.ts) read a variable this way.
import { ts } from "../typescript.js";

export interface BlockLet {
  statement: ts.VariableStatement;
  container: ts.Block | ts.SourceFile | ts.ModuleBlock | ts.CaseOrDefaultClause;
  references: ts.Identifier[];
}

/** `decl` as a block's let, or undefined (not a let of a statement, exported, or referenced from a nested function). */
export function blockLet(decl: ts.VariableDeclaration, is: (id: ts.Identifier) => boolean): BlockLet | undefined {
  const list = decl.parent;
  const statement = list.parent;
  if (!ts.isVariableStatement(statement) || !(list.flags & ts.NodeFlags.Let) || !ts.isIdentifier(decl.name)) return undefined;
  if (ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Export) return undefined;
  const container = statement.parent;
  if (!ts.isBlock(container) && !ts.isSourceFile(container) && !ts.isModuleBlock(container) && !ts.isCaseOrDefaultClause(container))
    return undefined;
  const references: ts.Identifier[] = [];
  let nestedUse = false;
  const visit = (n: ts.Node, nested: boolean): void => {
    if (nestedUse) return;
    if (ts.isIdentifier(n)) {
      if (n !== decl.name && is(n)) {
        if (nested) nestedUse = true;
        else references.push(n);
      }
      return;
    }
    ts.forEachChild(n, (c) => visit(c, nested || ts.isFunctionLike(c) || ts.isClassLike(c)));
  };
  visit(container, false);
  return nestedUse ? undefined : { statement, container, references };
}
