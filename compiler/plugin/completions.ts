// Completions the editor offers on board values, trimmed to what exists on the board:
// - the typings' internal markers (`__pythonType`, `__brand`, `__pythonKeywords`, ...: names
//   that start with `__` and are declared by mpts's runtime-typings) are not members anyone writes;
// - a board class or function (`Pin`, `socket.socket`, `getaddrinfo`) is a Python callable,
//   which has no `apply`, `bind`, `call`, `caller`, `prototype`...: TypeScript adds Function's
//   members to anything callable, so they are dropped when the callable comes from the typings.
import { ts } from "../typescript.js";

const FUNCTION_INTERFACES = new Set(["Function", "CallableFunction", "NewableFunction"]);

/** A file of mpts's board typings (through node_modules/mpts or the checkout). */
const isTypingsFile = (f: ts.SourceFile) => f.isDeclarationFile && /[\\/]runtime-typings[\\/]/.test(f.fileName);

/** An internal marker: `__name` (not a Python `__dunder__`) declared only in the typings. */
function isMarker(symbol: ts.Symbol): boolean {
  const name = symbol.getName();
  const decls = symbol.declarations ?? [];
  return name.startsWith("__") && !name.endsWith("__") && decls.length > 0 && decls.every((d) => isTypingsFile(d.getSourceFile()));
}

/** The markers' names in this program's typings, once per program. */
const markerNames = new WeakMap<ts.Program, Set<string>>();

function markersOf(program: ts.Program): Set<string> {
  let names = markerNames.get(program);
  if (names) return names;
  names = new Set();
  const found = names;
  const visit = (n: ts.Node): void => {
    if ((ts.isPropertySignature(n) || ts.isPropertyDeclaration(n)) && ts.isIdentifier(n.name)) {
      const name = n.name.text;
      if (name.startsWith("__") && !name.endsWith("__")) found.add(name);
    }
    ts.forEachChild(n, visit);
  };
  for (const sf of program.getSourceFiles()) if (isTypingsFile(sf)) visit(sf);
  markerNames.set(program, names);
  return names;
}

/** The expression left of the dot being completed (`Pin` in `Pin.ap|`), if any. */
function completedReceiver(sf: ts.SourceFile, position: number): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  const visit = (n: ts.Node): void => {
    if (position < n.pos || position > n.end) return;
    if (ts.isPropertyAccessExpression(n) && n.expression.end < position && position <= n.name.end) found = n.expression;
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

/** A callable (or constructible) value declared by the typings: its Function members are not the board's. */
function isBoardCallable(checker: ts.TypeChecker, receiver: ts.Expression): ts.Type | undefined {
  const type = checker.getTypeAtLocation(receiver);
  if (!type.getCallSignatures().length && !type.getConstructSignatures().length) return undefined;
  let symbol = checker.getSymbolAtLocation(receiver);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const decls = [...(symbol?.declarations ?? []), ...(type.getSymbol()?.declarations ?? [])];
  return decls.length > 0 && decls.every((d) => isTypingsFile(d.getSourceFile())) ? type : undefined;
}

/** Declared only by Function, CallableFunction or NewableFunction (lib.es5.d.ts), not by the board type. */
function isFunctionMember(type: ts.Type, name: string): boolean {
  // getProperties() lists the type's own members; Function's come only with getProperty()'s fallback
  if (type.getProperties().some((p) => p.getName() === name)) return false;
  const decls = type.getProperty(name)?.declarations ?? [];
  return (
    decls.length > 0 &&
    decls.every((d) => {
      const owner = d.parent;
      return ts.isInterfaceDeclaration(owner) && FUNCTION_INTERFACES.has(owner.name.text) && !isTypingsFile(d.getSourceFile());
    })
  );
}

/** The entries without the typings' markers and, on a board callable, without Function's members. */
export function trimCompletions(program: ts.Program, fileName: string, position: number, info: ts.CompletionInfo): ts.CompletionInfo {
  const sf = program.getSourceFile(fileName);
  if (!sf) return info;
  const checker = program.getTypeChecker();
  const markers = markersOf(program);
  const receiver = completedReceiver(sf, position);
  const callable = receiver ? isBoardCallable(checker, receiver) : undefined;
  const entries = info.entries.filter((e) => {
    if (markers.has(e.name)) {
      // the user's own `__name` members stay: only the typings' markers go
      const own = receiver ? checker.getTypeAtLocation(receiver).getProperty(e.name) : undefined;
      if (!own || isMarker(own)) return false;
    }
    return !(callable && isFunctionMember(callable, e.name));
  });
  return entries.length === info.entries.length ? info : { ...info, entries };
}
