// Every diagnostic mpts reports, with a stable code. Codes never change meaning;
// retired codes are not reused. The README lists them.
import { ts } from "./typescript.js";

export interface MptsDiagnostic {
  code: number;
  message: string;
  file?: string;
  /** 1-based */
  line?: number;
  /** 1-based */
  column?: number;
  category: "error" | "warning";
  /** offset and length of the code in its file (an editor's squiggle) */
  start?: number;
  length?: number;
  /** "ts" for the TypeScript checker's own diagnostics, printed as TSnnnn */
  source: "ts" | "mpts";
}

// Gaps in the numbering are codes that were never released; a released code keeps its number.
export const Codes = {
  /** An internal compiler failure at a node: a bug in mpts, reported at the user's code. */
  internal: 1000,
  unsupportedSyntax: 1001,
  unsupportedGlobal: 1002,
  eval: 1003,
  arguments: 1004,
  asyncGenerator: 1005,
  regex: 1006,
  thisOutsideClass: 1009,
  with: 1010,
  deleteNonProperty: 1011,
  bigint: 1012,
  decorator: 1014,
  namespace: 1015,
  unsupportedMember: 1016,
  computedClassMember: 1017,
  dynamicImport: 1018,
  nodeModule: 1019,
  sparseArray: 1020,
  importUnresolved: 1023,
  privateName: 1026,
  labelNotLoop: 1027,
  superProperty: 1028,
  taggedTemplate: 1029,
  newTarget: 1030,
  getterInObject: 1034,
  loopCaptureWrite: 1035,
  loopFunctionOrder: 1036,
  collectionObjectKey: 1037,
  functionThis: 1038,
  topLevelAwait: 1039,
  classUsesLoopBinding: 1040,
  /** two sources, or a source and a board module, that would be one Python module */
  moduleNameClash: 1041,
  /** `js`, `jsffi`, `pyscript`: the WebAssembly port's bridges to JavaScript */
  hostModule: 1042,
  /** tsconfig.json asks for the DOM ("lib": ["DOM"]): left out, a warning */
  browserLib: 1044,
  /** bytearray(a / b), bytes(a / b), range(a / b): Python's `/` gives a float, which they refuse */
  floatCount: 1049,
} as const;

export type CodeName = keyof typeof Codes;

export class DiagnosticError extends Error {
  constructor(readonly diagnostic: MptsDiagnostic) {
    super(diagnostic.message);
  }
}

export function diagnosticAt(node: ts.Node, code: number, message: string): MptsDiagnostic {
  const sf = node.getSourceFile();
  const start = node.getStart(sf);
  const { line, character } = sf.getLineAndCharacterOfPosition(start);
  return {
    code,
    message,
    file: sf.fileName,
    line: line + 1,
    column: character + 1,
    start,
    length: node.getEnd() - start,
    category: "error",
    source: "mpts",
  };
}

/** `<what> is not supported on MicroPython; <what to write instead>` */
export function unsupported(node: ts.Node, code: number, what: string, instead: string): DiagnosticError {
  return new DiagnosticError(diagnosticAt(node, code, `${what} is not supported on MicroPython; ${instead}`));
}

export function fromTsDiagnostic(d: ts.Diagnostic): MptsDiagnostic {
  const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
  if (!d.file || d.start === undefined) return { code: d.code, message, category: "error", source: "ts" };
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  return {
    code: d.code,
    message,
    file: d.file.fileName,
    line: line + 1,
    column: character + 1,
    category: d.category === ts.DiagnosticCategory.Warning ? "warning" : "error",
    source: "ts",
  };
}

/** tsc's format, which VS Code's `$tsc` problem matcher reads. */
export function formatDiagnostic(d: MptsDiagnostic, cwd: string): string {
  const prefix = d.source === "ts" ? "TS" : "MPTS";
  let where = "";
  if (d.file) {
    let rel = d.file.startsWith(cwd + "/") ? d.file.slice(cwd.length + 1) : d.file;
    rel = rel.replace(/\\/g, "/");
    where = d.line ? `${rel}(${d.line},${d.column}): ` : `${rel}: `;
  }
  return `${where}${d.category} ${prefix}${d.code}: ${d.message}`;
}
