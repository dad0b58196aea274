// Python names that a user identifier must never become: keywords, and the
// builtins and module names that emitted code relies on.

const keywords = [
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
];

const builtins = [
  "abs",
  "all",
  "any",
  "bin",
  "bool",
  "bytearray",
  "bytes",
  "callable",
  "chr",
  "classmethod",
  "dict",
  "dir",
  "divmod",
  "enumerate",
  "eval",
  "exec",
  "filter",
  "float",
  "getattr",
  "globals",
  "hasattr",
  "hash",
  "hex",
  "id",
  "input",
  "int",
  "isinstance",
  "issubclass",
  "iter",
  "len",
  "list",
  "locals",
  "map",
  "max",
  "memoryview",
  "min",
  "next",
  "object",
  "oct",
  "open",
  "ord",
  "pow",
  "print",
  "property",
  "range",
  "repr",
  "reversed",
  "round",
  "set",
  "setattr",
  "slice",
  "sorted",
  "staticmethod",
  "str",
  "sum",
  "super",
  "tuple",
  "type",
  "zip",
  "self",
  "cls",
  "Exception",
  "BaseException",
  "ValueError",
  "TypeError",
  "KeyError",
  "IndexError",
  "AttributeError",
  "StopIteration",
  "OSError",
  "RuntimeError",
  "NotImplementedError",
  "ZeroDivisionError",
  "NameError",
  "ImportError",
  "KeyboardInterrupt",
  "AssertionError",
  "math",
  "json",
  "asyncio",
  "collections",
  "time",
  "sys",
  "gc",
  "micropython",
  "mpts_rt",
  "mpts_rt_slow",
  "random",
  "re",
  "default_export",
  "OrderedDict",
  "Error",
  "TypeError_",
  "RangeError",
  "ReferenceError_",
  "EvalError_",
  "URIError_",
];

export const reservedNames: ReadonlySet<string> = new Set([...keywords, ...builtins]);

/** Python's keywords: never an attribute or keyword-argument name. */
export const pythonKeywords: ReadonlySet<string> = new Set(keywords);

/**
 * `__init__`, `__eq__`, `__len__`...: Python gives such names a meaning
 * (construction, equality, len(), printing), which a JavaScript name must
 * never take on. Escaped by a trailing `_`, which keeps it distinct from every
 * other escaped or unescaped name.
 */
export function isDunder(name: string): boolean {
  return /^__.*__$/.test(name);
}

/** A safe Python spelling of a JavaScript identifier (which may contain `$` or non-ASCII). */
export function pythonIdentifier(id: string): string {
  let s = id.replace(/\$/g, "S_");
  s = s.replace(/[^A-Za-z0-9_]/g, (c) => "U" + c.codePointAt(0)!.toString(16));
  if (/^[0-9]/.test(s)) s = "_" + s;
  // js_* and Js* are mpts_rt's helpers (js_str, JsPromise); _t, _f1 are the compiler's temporaries
  if (reservedNames.has(s) || isDunder(s) || /^_[a-z]?\d*$/.test(s) || s.startsWith("js_") || /^Js[A-Z]/.test(s)) s = s + "_";
  return s;
}

/**
 * Modules of MicroPython and its ESP32 port (and mpts's own): a project file with
 * one of these names would be shadowed by the built-in module or shadow it.
 */
export const boardModules: ReadonlySet<string> = new Set([
  "array",
  "asyncio",
  "binascii",
  "bluetooth",
  "btree",
  "builtins",
  "cmath",
  "collections",
  "cryptolib",
  "deflate",
  "dht",
  "ds18x20",
  "errno",
  "esp",
  "esp32",
  "espnow",
  "framebuf",
  "gc",
  "hashlib",
  "heapq",
  "io",
  "json",
  "machine",
  "math",
  "micropython",
  "mip",
  "neopixel",
  "network",
  "ntptime",
  "onewire",
  "os",
  "platform",
  "random",
  "re",
  "requests",
  "select",
  "socket",
  "ssl",
  "struct",
  "sys",
  "time",
  "tls",
  "uasyncio",
  "uctypes",
  "umqtt",
  "urequests",
  "vfs",
  "webrepl",
  "websocket",
  "_thread",
  "_asyncio",
  "uos",
  "utime",
  "usocket",
  "ujson",
  "uselect",
  "ustruct",
  "usys",
  "ubinascii",
  "uhashlib",
  "ucollections",
  "uerrno",
  "uio",
  "urandom",
  "ure",
  "ussl",
  "uzlib",
  "zlib",
  "mpts_rt",
  "mpts_rt_slow",
  "inisetup",
  "flashbdev",
]);

/**
 * `import * as time from "time"`: a namespace import named like the board module
 * it binds keeps that name, although emitted code reserves it (`asyncio`,
 * `math`, `time`): it is that very module, so both uses agree.
 */
export function keepsModuleName(local: string, moduleSpecifier: string): boolean {
  return local === moduleSpecifier && boardModules.has(local) && reservedNames.has(local);
}

/** A project file's module name segment (`my-utils` -> `my_utils`, `math` -> `math_`); `main` and `boot` stay, as the board runs them. */
export function pythonModuleName(segment: string): string {
  let s = segment.replace(/[-. ]/g, "_").replace(/[^A-Za-z0-9_]/g, (c) => "U" + c.codePointAt(0)!.toString(16));
  if (/^[0-9]/.test(s)) s = "_" + s;
  if (keywords.includes(s) || boardModules.has(s)) s += "_";
  return s;
}
