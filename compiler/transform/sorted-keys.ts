// Keys sorted by the default comparator, or entries by a comparator that compares their keys,
// show no insertion order: `[...m.keys()].sort()` gives one order whatever order the keys went
// in. ProgramInfo does not count such a read as observing order, and a Map read only so and by
// key stays a plain dict (unordered-collections.ts).
import { ts } from "../typescript.js";
import { skipCasts } from "./parens.js";
import * as T from "./types.js";

function skipOuter(n: ts.Node): ts.Node {
  while (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isSatisfiesExpression(n) || ts.isNonNullExpression(n)) n = n.parent;
  return n;
}

/**
 * Whether `read`, an expression that lists a Map's keys, values or entries or a Set's members
 * in insertion order (`m.keys()`, `s.values()`, `m.entries()`, a Set or Map spread or given to
 * Array.from), only fills a fresh array sorted into one order whatever the insertion order:
 * - by the default comparator: `[...m.keys()].sort()`, `Array.from(s).toSorted()`. It compares
 *   string forms. Keys are distinct, and when they are all strings or all numbers so are their
 *   string forms (0 and -0 are one key). Values may repeat: when they are all strings, equal
 *   ones are the same string, so their order cannot show either (equal numbers could be 0 and -0);
 * - by a comparator of keys one of whose terms compares the distinct keys themselves (the
 *   caller's `comparesKeys`, builtins/sort-keys.ts): `[...m.entries()].sort((a, b) => b[1] - a[1]
 *   || a[0].localeCompare(b[0]))`. Two items differ in their key, so when every earlier term
 *   is equal that term decides.
 */
export function sortedDistinct(
  checker: ts.TypeChecker,
  read: ts.Expression,
  comparesKeys?: (fn: ts.Expression, pairs: boolean) => boolean,
): boolean {
  const listed = listedValues(checker, read);
  if (!listed) return false;
  const p = skipOuter(read.parent);
  let arr: ts.Expression;
  if (ts.isSpreadElement(p) && ts.isArrayLiteralExpression(p.parent) && p.parent.elements.length === 1) arr = p.parent;
  else if (ts.isCallExpression(p) && p.arguments.length === 1 && skipCasts(p.arguments[0]) === read && isArrayFrom(p)) arr = p;
  else return false;
  const sort = skipOuter(arr.parent);
  if (!ts.isPropertyAccessExpression(sort) || skipCasts(sort.expression) !== arr || !/^(sort|toSorted)$/.test(sort.name.text)) return false;
  const call = sort.parent;
  if (!ts.isCallExpression(call) || call.expression !== sort) return false;
  if (call.arguments.length === 1) return !!comparesKeys && listed !== "values" && comparesKeys(call.arguments[0], listed === "pairs");
  if (call.arguments.length !== 0 || listed === "pairs") return false;
  const element = checker.getIndexTypeOfType(checker.getTypeAtLocation(arr), ts.IndexKind.Number);
  if (!element || T.isAnyLike(element)) return false;
  return T.isString(element) || (listed === "distinct" && T.isNumber(element));
}

/**
 * `m.keys()`, `s.keys()`, `s.values()` or a Set itself: distinct values; `m.values()`: values that
 * may repeat; `m.entries()`, `s.entries()` or a Map itself: [key, value] pairs of distinct keys.
 */
function listedValues(checker: ts.TypeChecker, read: ts.Expression): "distinct" | "values" | "pairs" | undefined {
  const kind = (e: ts.Expression) => {
    const name = T.libTypeName(checker.getTypeAtLocation(e), false);
    return name === "Set" || name === "ReadonlySet" ? "set" : name === "Map" || name === "ReadonlyMap" ? "map" : undefined;
  };
  if (!ts.isCallExpression(read) || read.arguments.length !== 0 || !ts.isPropertyAccessExpression(read.expression)) {
    const whole = kind(read);
    return whole === "set" ? "distinct" : whole === "map" ? "pairs" : undefined;
  }
  const recv = kind(read.expression.expression);
  const method = read.expression.name.text;
  if (!recv) return undefined;
  if (method === "entries") return "pairs";
  if (method !== "keys" && method !== "values") return undefined;
  return recv === "map" && method === "values" ? "values" : "distinct";
}

const isArrayFrom = (call: ts.CallExpression) =>
  ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === "from" && call.expression.getText() === "Array.from";
