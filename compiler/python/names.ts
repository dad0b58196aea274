// Python names that a user identifier must never become: keywords, and the
// builtins and module names that emitted code relies on.

const keywords = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
  "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
  "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

const builtins = [
  "abs", "all", "any", "bin", "bool", "bytearray", "bytes", "callable", "chr", "classmethod", "dict",
  "dir", "divmod", "enumerate", "eval", "exec", "filter", "float", "getattr", "globals", "hasattr",
  "hash", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "list", "locals",
  "map", "max", "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print",
  "property", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted",
  "staticmethod", "str", "sum", "super", "tuple", "type", "zip", "self", "cls",
  "Exception", "BaseException", "ValueError", "TypeError", "KeyError", "IndexError",
  "AttributeError", "StopIteration", "OSError", "RuntimeError", "NotImplementedError",
  "ZeroDivisionError", "NameError", "ImportError", "KeyboardInterrupt", "AssertionError",
  "math", "json", "asyncio", "collections", "time", "sys", "gc", "micropython", "mpts_rt",
  "OrderedDict", "Error", "TypeError_", "RangeError",
];

export const reservedNames: ReadonlySet<string> = new Set([...keywords, ...builtins]);

/** A safe Python spelling of a JavaScript identifier (which may contain `$` or non-ASCII). */
export function pythonIdentifier(id: string): string {
  let s = id.replace(/\$/g, "S_");
  s = s.replace(/[^A-Za-z0-9_]/g, (c) => "U" + c.codePointAt(0)!.toString(16));
  if (/^[0-9]/.test(s)) s = "_" + s;
  if (reservedNames.has(s) || /^_[a-z]?\d*$/.test(s) || s.startsWith("js_")) s = s + "_";
  return s;
}
