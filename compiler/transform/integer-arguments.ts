// Python builtins that take a count refuse a float, and TypeScript's `/` is Python's `/`, which
// always gives one (`128 * 64 / 8` is 1024.0): `bytearray(128 * 64 / 8)` type-checks and then
// raises TypeError on the board. A `/` written straight into such an argument is MPTS1049 at
// the division, with what to write instead.
import { ts } from "../typescript.js";
import { skipCasts } from "./parens.js";
import type { TransformContext } from "./context.js";
import { Codes, DiagnosticError, diagnosticAt } from "../diagnostics.js";

/** The Python builtins (declared in runtime-typings/python.d.ts) whose numbers must be integers. */
const COUNTING = new Set(["bytearray", "bytes", "range"]);

export function checkIntegerArguments(ctx: TransformContext, node: ts.CallExpression | ts.NewExpression): void {
  const callee = skipCasts(node.expression);
  if (!ts.isIdentifier(callee) || !COUNTING.has(callee.text)) return;
  // only the builtins themselves, not a program's own function of that name
  const decl = ctx.checker.getSymbolAtLocation(callee)?.declarations?.[0];
  if (!decl || !decl.getSourceFile().fileName.endsWith("/python.d.ts")) return;
  for (const arg of node.arguments ?? []) {
    const a = skipCasts(arg);
    if (ts.isBinaryExpression(a) && a.operatorToken.kind === ts.SyntaxKind.SlashToken) {
      const text = a.getText();
      throw new DiagnosticError(
        diagnosticAt(
          a,
          Codes.floatCount,
          `${callee.text}() needs an integer, but \`/\` gives a float in Python (\`${text}\` is never an int, even when it divides exactly), so the board raises TypeError; write Math.floor(${text}) or the integer itself`,
        ),
      );
    }
  }
}
