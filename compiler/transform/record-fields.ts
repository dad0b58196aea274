// How a record (records.ts) is written: its literal as a tuple (a list when some
// property is assigned later) in the interface's property order, and each member
// read as a subscript by a position constant, `_PATH = const(1)` at the top of the
// module. MicroPython's compiler puts an underscore const()'s number itself where
// the name is read (no global lookup, no name in the module's globals), so the
// name costs nothing. Each module defines the constants it reads (an imported
// const() name would be a global lookup).
import { ts } from "../typescript.js";
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";
import type { TransformContext } from "./context.js";
import { recordLiteral, recordOf, type RecordShape } from "./records.js";
import { identifiersNamed } from "./module-constants.js";

interface ModuleFields {
  /** constant name -> position */
  readonly values: Map<string, number>;
  /** per record, per field, its constant's name */
  readonly names: Map<RecordShape, Map<string, string>>;
}

const byModule = new WeakMap<TransformContext, ModuleFields>();

function fieldsOf(ctx: TransformContext): ModuleFields {
  let m = byModule.get(ctx);
  if (!m) byModule.set(ctx, (m = { values: new Map(), names: new Map() }));
  return m;
}

const upper = (s: string) =>
  s
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .toUpperCase();

/** The name of the constant for `field`'s position: `_FIELD`, or `_TYPE_FIELD` when that is taken. */
function constantName(ctx: TransformContext, shape: RecordShape, field: string): string {
  const m = fieldsOf(ctx);
  let perShape = m.names.get(shape);
  if (!perShape) m.names.set(shape, (perShape = new Map()));
  const known = perShape.get(field);
  if (known) return known;
  const index = shape.fields.indexOf(field);
  const free = (n: string) => (m.values.get(n) ?? index) === index && identifiersNamed(ctx.sourceFile, n).length === 0;
  const plain = "_" + upper(field);
  const qualified = "_" + (shape.name ? upper(shape.name) + "_" : "") + upper(field);
  let name = free(plain) ? plain : qualified;
  for (let i = 2; !free(name); i++) name = `${qualified}_${i}`;
  m.values.set(name, index);
  perShape.set(field, name);
  return name;
}

/** `obj[_FIELD]` when `receiver` (the TypeScript expression or pattern `obj` came from) is a record. */
export function recordRead(ctx: TransformContext, receiver: ts.Node, obj: py.Expr, field: string): py.Expr | undefined {
  const shape = recordOf(ctx.checker, ctx.program, ctx.checker.getTypeAtLocation(receiver));
  if (!shape || !shape.fields.includes(field)) return undefined;
  return b.sub(obj, b.name(constantName(ctx, shape, field)));
}

/**
 * The record an object literal builds, from its values in source order (`entries`, keys as
 * string constants): a tuple in the record's order; values written in another order are
 * evaluated first, in theirs.
 */
export function recordValue(
  ctx: TransformContext,
  node: ts.ObjectLiteralExpression,
  entries: () => { key: py.Expr; value: py.Expr }[],
): py.Expr | undefined {
  const shape = recordLiteral(ctx.checker, ctx.program, node);
  if (!shape) return undefined;
  const list = entries();
  const keys = list.map((e) => (e.key as py.Constant).value as string);
  const inOrder = keys.every((k, i) => shape.fields[i] === k);
  const values = list.map((e) => {
    if (inOrder || e.value.kind === "Constant") return e.value;
    // a name too: a later value's call may assign it
    const t = b.name(ctx.temp());
    ctx.addPreceding(b.assign(t, e.value));
    return t;
  });
  const ordered = shape.fields.map((f) => values[keys.indexOf(f)]);
  return shape.mutable ? b.list(ordered) : b.tuple(ordered);
}

/** `_FIELD = const(n)` for each position constant the module reads. */
export function recordConstants(ctx: TransformContext): py.Stmt[] {
  const m = byModule.get(ctx);
  if (!m) return [];
  return [...m.values]
    .sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : 1))
    .map(([name, index]) => b.assign(b.name(name), b.call("const", [b.num(index)])));
}
