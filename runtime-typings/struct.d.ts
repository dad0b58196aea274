// MicroPython's struct module (also importable as ustruct): numbers to and from
// their binary layout in bytes, as sensors, file formats and protocols use them.
//
// A format is an optional byte order (`<` little-endian, `>` or `!` big-endian,
// `@` native) and then one letter per value, with an optional repeat count:
// b/B 8-bit, h/H 16-bit, i/I l/L 32-bit, q/Q 64-bit (lowercase signed), e/f/d
// 16/32/64-bit float, P pointer-sized, `Ns` N bytes, x a pad byte. No spaces.
// When the format is a literal, the value types follow from it:
// `unpack("<hB", data)` is `readonly [number, number]`.

declare module "struct" {
  /** A digit of a repeat count. */
  type Digit = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";
  /** The format letters of a number field. */
  type NumberCode = "b" | "B" | "h" | "H" | "i" | "I" | "l" | "L" | "q" | "Q" | "P" | "e" | "f" | "d";
  /** The byte-order prefixes. */
  type ByteOrder = "<" | ">" | "!" | "@";
  /** `Count` copies of T (one when no count was written; a plain array for counts of 100 and more). */
  type Repeat<T, Count extends string, R extends T[] = []> = Count extends ""
    ? [T]
    : `${R["length"]}` extends Count
      ? R
      : R["length"] extends 100
        ? T[]
        : Repeat<T, Count, [...R, T]>;
  /** The values a format describes, left to right; `Str` is the type of an `s` field. */
  type Fields<F extends string, Str, Acc extends unknown[] = [], Count extends string = ""> = F extends `${infer C}${infer Rest}`
    ? C extends Digit
      ? Fields<Rest, Str, Acc, `${Count}${C}`>
      : C extends "s"
        ? Fields<Rest, Str, [...Acc, Str], "">
        : C extends "x"
          ? Fields<Rest, Str, Acc, "">
          : C extends NumberCode
            ? Fields<Rest, Str, [...Acc, ...Repeat<number, Count>], "">
            : C extends ByteOrder
              ? Fields<Rest, Str, Acc, "">
              : (number | Str)[]
    : Acc;
  /** What `unpack` returns for format F: a tuple when F is a literal. */
  type Unpacked<F extends string> = string extends F ? readonly (number | bytes)[] : Readonly<Fields<F, bytes>>;
  /** The values `pack` takes for format F (an `s` field takes bytes or a string). */
  type PackValues<F extends string> = string extends F ? (number | BytesLike | string)[] : Fields<F, BytesLike | string>;

  /** Bytes that format `fmt` takes up (`calcsize("<HI")` is 6). */
  function calcsize(fmt: string): uint;
  /** Encode the values as `fmt` lays them out: `pack("<HH", 1, 2)` is `b"\x01\x00\x02\x00"`. */
  function pack<F extends string>(fmt: F, ...values: PackValues<NoInfer<F>>): bytes;
  /** Encode the values into `buffer` from byte `offset` (negative counts from the end). */
  function pack_into<F extends string>(fmt: F, buffer: bytearray | memoryview | Uint8Array, offset: number, ...values: PackValues<NoInfer<F>>): void;
  /** Decode the first `calcsize(fmt)` bytes of `data` into its values: `const [t, h] = unpack("<hH", buf)`. */
  function unpack<F extends string>(fmt: F, data: BytesLike): Unpacked<F>;
  /** Decode the values found from byte `offset` of `data` (negative counts from the end); longer data is fine. */
  function unpack_from<F extends string>(fmt: F, data: BytesLike, offset?: number): Unpacked<F>;
}

declare module "ustruct" {
  export * from "struct";
}
