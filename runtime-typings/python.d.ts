// Python builtins available on the board, and the conventions every board typing follows:
//
// - Keyword arguments: a parameter typed `Kw<{ ... }>` takes an object literal, which mpts
//   compiles to Python keyword arguments: `new I2C(0, { freq: 400000 })` -> `I2C(0, freq=400000)`.
// - Classes Python calls without `new` accept both forms: `Pin(2)` and `new Pin(2)` compile to `Pin(2)`.
// - Get/set methods are overloads: `pin.value()` returns the level, `pin.value(1)` sets it.
// - Python tuples are named tuple types (`SockAddr`): an array literal given for one becomes a tuple.
// - Constants of one kind are branded numbers, so a constant of another kind is a type error.

/** Keyword arguments of a Python function: pass an object literal; mpts emits `name=value` pairs. */
type Kw<T> = T & { readonly __pythonKeywords?: never };

/** A number that only constants of one kind have (`Pin.OUT` is a `PinMode`). */
type Brand<Kind extends string> = number & { readonly __brand: Kind };

/** A number the board always gives as a Python int (mpts then needs no float handling for it). */
type int = number;
/** A Python int that is never negative (a length, a count, a tick reading). */
type uint = number;
/** A Python int from 0 to 65535 (a 16-bit reading or duty cycle). */
type u16 = number;
/** A Python int from 0 to 2**30 - 1: a `ticks_ms`/`ticks_us`/`ticks_cpu` reading, which wraps around there on the ESP32. */
type u30 = number;
/** A Python int from -2**29 to 2**29 - 1: a `ticks_diff` result. */
type i30 = number;
/** A float below 2**16 in magnitude (never NaN nor infinite; may be -0.0): a sensor's signed reading. */
type f16 = number;
/** A float from 0 to below 2**16, never -0.0: a sensor's reading that cannot be negative. */
type uf16 = number;

/** Python's immutable byte string. Index it to read a byte (0..255). */
interface bytes {
  readonly [index: number]: number;
  /** Decode to a string (UTF-8 unless `encoding` says otherwise). */
  decode(encoding?: string): string;
  /** Index of the first occurrence of `sub` from `start`, or -1. */
  find(sub: BytesLike | number, start?: number, end?: number): int;
  /** Index of the last occurrence of `sub`, or -1. */
  rfind(sub: BytesLike | number, start?: number, end?: number): int;
  /** Index of the first occurrence of `sub`; raises ValueError when absent. */
  index(sub: BytesLike | number, start?: number, end?: number): uint;
  /** Number of non-overlapping occurrences of `sub`. */
  count(sub: BytesLike | number): uint;
  /** True when the bytes start with `prefix`. */
  startswith(prefix: BytesLike, start?: number): boolean;
  /** True when the bytes end with `suffix`. */
  endswith(suffix: BytesLike): boolean;
  /** Split at `sep` (at most `maxsplit` times), or at runs of whitespace when `sep` is omitted. */
  split(sep?: BytesLike | null, maxsplit?: number): bytes[];
  /** Split at the last `sep`. */
  rsplit(sep?: BytesLike | null, maxsplit?: number): bytes[];
  /** Copy without leading and trailing whitespace (or the bytes in `chars`). */
  strip(chars?: BytesLike): bytes;
  lstrip(chars?: BytesLike): bytes;
  rstrip(chars?: BytesLike): bytes;
  /** Copy with every `old` replaced by `new_` (at most `count` times). */
  replace(old: BytesLike, new_: BytesLike, count?: number): bytes;
  /** Join the items with these bytes between them. */
  join(items: Iterable<BytesLike>): bytes;
  upper(): bytes;
  lower(): bytes;
  /** Two hex digits per byte, optionally separated by `sep`. */
  hex(sep?: string): string;
  [Symbol.iterator](): Iterator<number>;
  /** The number of bytes (compiles to `len(x)`). */
  readonly length: number;
  readonly __pythonType: "bytes";
}

/** Python's mutable byte array: a buffer to read into (`sock.readinto(buf)`). */
interface bytearray {
  [index: number]: number;
  decode(encoding?: string): string;
  find(sub: BytesLike | number, start?: number, end?: number): number;
  startswith(prefix: BytesLike): boolean;
  endswith(suffix: BytesLike): boolean;
  /** Add one byte (0..255) at the end. */
  append(byte: number): void;
  /** Add all bytes of `data` at the end. */
  extend(data: BytesLike): void;
  hex(sep?: string): string;
  [Symbol.iterator](): Iterator<number>;
  /** The number of bytes (compiles to `len(x)`). */
  readonly length: number;
  readonly __pythonType: "bytearray";
}

/** A view on a buffer without copying it; slicing a view is cheap on a small board. */
interface memoryview {
  [index: number]: number;
  /** The number of items in the view (compiles to `len(x)`). */
  readonly length: number;
  readonly __pythonType: "memoryview";
}

/** Anything MicroPython accepts as a buffer of bytes. */
type BytesLike = bytes | bytearray | memoryview | Uint8Array;

interface BytesConstructor {
  /** Encode `text` (UTF-8), copy a buffer, make `size` zero bytes, or take a list of byte values. */
  new (source?: string | BytesLike | number | Iterable<number>, encoding?: string): bytes;
  (source?: string | BytesLike | number | Iterable<number>, encoding?: string): bytes;
  /** Parse hex digits (`bytes.fromhex("48 69")`). */
  fromhex(hex: string): bytes;
}
declare var bytes: BytesConstructor;

interface BytearrayConstructor {
  /** A buffer of `size` zero bytes, or a mutable copy of the data. */
  new (source?: string | BytesLike | number | Iterable<number>, encoding?: string): bytearray;
  (source?: string | BytesLike | number | Iterable<number>, encoding?: string): bytearray;
}
declare var bytearray: BytearrayConstructor;

interface MemoryviewConstructor {
  new (buffer: BytesLike): memoryview;
  (buffer: BytesLike): memoryview;
}
declare var memoryview: MemoryviewConstructor;

/** A bytes literal: `` b`GET / HTTP/1.0\r\n` `` compiles to `b"GET / HTTP/1.0\r\n"` (Latin-1 text only). */
declare function b(text: TemplateStringsArray): bytes;

/** Print the values separated by spaces, then a newline, to the board's serial output. */
declare function print(...values: unknown[]): void;

/** Number of items: characters of a string, bytes of a buffer, items of a list. */
declare function len(value: string | BytesLike | readonly unknown[] | { readonly __len__?: never }): uint;

/** The integers from 0 (or `start`) up to but not including `stop`, by `step`. */
declare function range(stop: number): Iterable<number>;
declare function range(start: number, stop: number, step?: number): Iterable<number>;

/** Python's str(): the text of a value (`str(b"x")` is `"b'x'"`; use `.decode()` for bytes). */
declare function str(value?: unknown): string;

/** Python's int(): a number or a string of digits in `base` (2..36) as an integer; raises ValueError on bad text. */
declare function int(value: string | number | boolean, base?: number): int;

/** Python's float(): a number or numeric text as a float; raises ValueError on bad text. */
declare function float(value: string | number): number;

/** Read a line typed on the console, after printing `prompt`; the newline is not included. */
declare function input(prompt?: string): string;

/** Python's ord(): the code of a one-character string. */
declare function ord(char: string): uint;

/** Python's chr(): the one-character string with this code. */
declare function chr(code: number): string;

/** An error from the operating system or a device (socket, file, network); `errno` says which. */
declare class OSError extends Error {
  constructor(errno?: number, message?: string);
  /** The error number: compare with the constants of the `errno` module (`errno.ETIMEDOUT`). */
  readonly errno: number;
  /** The constructor's arguments: `args[0]` is the error number. */
  readonly args: readonly unknown[];
}
