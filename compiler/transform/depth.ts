// Expressions nested deeper than a stack can follow: tsc's checker overflows
// its stack on some shapes (an `&&` chain of about 800 links, 700 nested
// parentheses). The user gets a diagnostic at the statement that nests deepest
// instead of a crash.
import { ts } from "../typescript.js";
import { Codes, diagnosticAt, type MptsDiagnostic } from "../diagnostics.js";
import { walkWith } from "./walk.js";

export function isStackOverflow(err: unknown): boolean {
  return err instanceof RangeError && /call stack/i.test(err.message);
}

/** The diagnostic for a program on which a recursive analysis overflowed the stack. */
export function tooDeep(files: readonly ts.SourceFile[], who: string): MptsDiagnostic {
  let deepest: { node: ts.Node; depth: number } | undefined;
  for (const file of files) {
    walkWith(file, 0, (node, depth) => {
      if (!deepest || depth > deepest.depth) deepest = { node, depth };
      return { step: undefined, next: depth + 1 };
    });
  }
  let at = deepest?.node ?? files[0];
  while (at.parent && !ts.isStatement(at) && !ts.isClassElement(at)) at = at.parent;
  const levels = deepest ? `about ${deepest.depth} levels` : "too deep";
  return diagnosticAt(
    at,
    Codes.unsupportedSyntax,
    `${who} ran out of stack on this statement: its expressions nest ${levels} deep. Split it into several statements (intermediate constants, or a table built in a loop)`,
  );
}
