// Calls into the board's modules (functions and methods declared in the typings) that run no
// code of the program: board code can call the program only through code it was handed (a
// function, an object with methods, a promise, a subclass of a board class). While the
// program hands none anywhere, a board call changes only what its arguments are, and
// `leds.forEach((led) => led.value(0))` cannot change `leds`.
import { ts } from "../typescript.js";
import type { TransformContext } from "./context.js";
import { fileCache } from "./program-info.js";
import * as T from "./types.js";
import { walk } from "./walk.js";

const handsCode = fileCache<boolean>();
const primitive =
  ts.TypeFlags.StringLike |
  ts.TypeFlags.NumberLike |
  ts.TypeFlags.BooleanLike |
  ts.TypeFlags.Null |
  ts.TypeFlags.Undefined |
  ts.TypeFlags.Void;

/** Whether `call` is a board function's or method's, handed only values it cannot call into or resize, in a program that hands the board no code. */
export function isInertBoardCall(ctx: TransformContext, call: ts.CallExpression): boolean {
  if (!isBoardMember(ctx.checker, call.expression)) return false;
  if (!call.arguments.every((a) => isInert(ctx.checker, ctx.checker.getTypeAtLocation(a)))) return false;
  return !ctx.program.files.some((f) => fileHandsCode(ctx.checker, f));
}

function isBoardMember(checker: ts.TypeChecker, callee: ts.Expression): boolean {
  const name = ts.isPropertyAccessExpression(callee) ? callee.name : ts.isIdentifier(callee) ? callee : undefined;
  let sym = name && checker.getSymbolAtLocation(name);
  // `import { sleep_ms } from "time"`: the declaration behind the import
  if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
  const decls = sym?.declarations;
  return !!decls?.length && decls.every(T.isBoardDeclaration);
}

/** A value no code can be reached through, whose length a callee cannot change: a primitive, a board's bytes or object. */
function isInert(checker: ts.TypeChecker, t: ts.Type): boolean {
  if (t.isUnion()) return t.types.every((p) => isInert(checker, p));
  // a branded number (Pin.OUT) is a number
  if (t.isIntersection() ? t.types.some((p) => p.flags & primitive) : t.flags & primitive) return true;
  if (T.isBoardSequence(checker, t)) return true;
  const decls = t.getSymbol()?.declarations;
  // an instance of a board class (a Pin handed to a board function; a Pin is callable too),
  // not a function type of the typings, which a function of the program may have
  return !!decls?.length && decls.every(T.isBoardDeclaration) && (t.getCallSignatures().length === 0 || t.getProperties().length > 0);
}

function fileHandsCode(checker: ts.TypeChecker, file: ts.SourceFile): boolean {
  let known = handsCode.get(file);
  if (known !== undefined) return known;
  known = false;
  walk(file, (n) => {
    if ((ts.isCallExpression(n) || ts.isNewExpression(n)) && isBoardMember(checker, n.expression)) {
      known = !!n.arguments?.some((a) => !isInert(checker, checker.getTypeAtLocation(a)));
    } else if (ts.isHeritageClause(n) && n.types.some((h) => isBoardMember(checker, h.expression))) known = true;
    // a board object's property set to a function (`pin.handler = f`)
    else if (
      ts.isBinaryExpression(n) &&
      n.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(n.left) &&
      isBoardMember(checker, n.left)
    )
      known = !isInert(checker, checker.getTypeAtLocation(n.right));
    return known ? "stop" : undefined;
  });
  handsCode.set(file, known);
  return known;
}
