// One TypeScript source file to one Python module: the statements, then the
// imports they turned out to need placed at the top.
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import { DiagnosticError, type MptsDiagnostic } from "../diagnostics.js";
import { TransformContext } from "./context.js";
import { ScopeInfo } from "./scopes.js";
import type { ProgramInfo } from "./program-info.js";
import { transformStatement } from "./statements.js";
import { pendingLiveImports } from "./modules.js";
import { regexConstants } from "../builtins/regex.js";
import { someNode } from "./walk.js";
import { rememberingChecker } from "./checker-cache.js";
import { asMicroPythonConsts, isMicroPythonConst } from "./module-constants.js";
import { listComprehensions } from "../python/comprehensions.js";
import { recordConstants } from "./record-fields.js";
import { mainFunction } from "../python/main-function.js";
import { hoistLoopInvariants } from "../python/loop-invariants.js";
import { replaceLocalObjects } from "../python/local-objects.js";
import { withoutInlinedDefs, withoutUnreachedClasses } from "./unused-defs.js";

export interface ModuleResult {
  module: py.Module;
  helpers: Set<string>;
  diagnostics: MptsDiagnostic[];
  /** the function the entry's top-level loop runs in (main-function.ts), for tracebacks */
  mainFunction?: string;
}

/** Whether the program starts the asyncio loop itself (`asyncio.run(main())`, `loop.run_forever()`). */
function runsEventLoop(checker: ts.TypeChecker, file: ts.SourceFile): boolean {
  return someNode(file, (n) => {
    if (
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(n.expression) &&
      /^(run|run_forever|run_until_complete)$/.test(n.expression.name.text)
    ) {
      const decl = checker.getSymbolAtLocation(n.expression.name)?.declarations?.[0];
      return !!decl && /\/runtime-typings\/asyncio\.d\.ts$/.test(decl.getSourceFile().fileName);
    }
    return false;
  });
}

export function transformSourceFile(
  programChecker: ts.TypeChecker,
  file: ts.SourceFile,
  program: ProgramInfo,
  isEntry: boolean,
): ModuleResult {
  const checker = rememberingChecker(programChecker);
  const scopes = new ScopeInfo(checker, file);
  const ctx = new TransformContext(checker, file, scopes, program, program.moduleNameOf(file) ?? "main");
  const body: py.Stmt[] = [];
  const diagnostics: MptsDiagnostic[] = [];
  const stmts = file.statements;
  // small integer constants as const(), before the functions that read them (module-constants.ts)
  const constants = new Set<ts.Statement>(stmts.filter((s) => isMicroPythonConst(checker, file, s)));
  const hoisted = [
    ...stmts.filter((s) => constants.has(s)),
    ...stmts.filter((s) => ts.isFunctionDeclaration(s) && s.body),
    ...stmts.filter((s) => !(ts.isFunctionDeclaration(s) && s.body) && !constants.has(s)),
  ];
  // imports stay first, as in the source
  hoisted.sort((a, b2) => Number(!ts.isImportDeclaration(a)) - Number(!ts.isImportDeclaration(b2)));
  for (const s of hoisted) {
    try {
      const out = transformStatement(ctx, s);
      body.push(...(constants.has(s) ? asMicroPythonConsts(checker, s as ts.VariableStatement, out) : out));
    } catch (err) {
      if (err instanceof DiagnosticError) diagnostics.push(err.diagnostic);
      else diagnostics.push(ctx.internal(s, err).diagnostic);
    }
  }
  const shaped = withoutInlinedDefs(ctx, listComprehensions(body));
  // boot.py shares its globals with main.py and the REPL (the firmware runs both in __main__), and loops only to wait
  const top =
    isEntry && ctx.moduleName !== "boot" ? mainFunction(shaped, scopes.declaredGlobalNames()) : { body: shaped, wrapper: undefined };
  top.body = withoutUnreachedClasses(ctx, hoistLoopInvariants(replaceLocalObjects(top.body)));
  if (isEntry && program.usesAsync && !runsEventLoop(checker, file)) {
    // JavaScript keeps running timers and promises after the top level ends;
    // asyncio's run_until_complete() with no task returns once nothing is left to run
    ctx.useStd("asyncio");
    top.body.push(b.exprStmt(b.method(b.name("asyncio"), "run_until_complete")));
  }
  const header: py.Stmt[] = [...pendingLiveImports(ctx)];
  for (const [module, names] of [...ctx.stdImports].sort(([a], [c]) => a.localeCompare(c))) {
    if (names.size === 0) header.push({ kind: "Import", module });
    else header.push({ kind: "ImportFrom", module, names: [...names].sort().map((name) => ({ name })) });
  }
  if (ctx.helpers.size) header.push({ kind: "ImportFrom", module: "mpts_rt", names: [...ctx.helpers].sort().map((name) => ({ name })) });
  header.push(...regexConstants(ctx));
  // record positions (record-fields.ts) after the module's own imports
  const imports = top.body.findIndex((s) => s.kind !== "Import" && s.kind !== "ImportFrom");
  top.body.splice(imports < 0 ? top.body.length : imports, 0, ...recordConstants(ctx));
  const helpers = new Set([...ctx.helpers, ...ctx.reachedHelpers]);
  return { module: { body: [...header, ...top.body] }, helpers, diagnostics, mainFunction: top.wrapper };
}
