// MicroPython's array module: a compact list of numbers of one kind (a C array), as binary
// data, sample buffers and framebuf.poly's coordinates want. `array("h", [1, 2])` holds
// signed 16-bit integers in 4 bytes, where a list of the same numbers takes far more heap.

declare module "array" {
  /**
   * The kind of number: b/B 8-bit, h/H 16-bit, i/I and l/L 32-bit, q/Q 64-bit integers
   * (lowercase signed), f 32-bit and d 64-bit floats.
   */
  type Typecode = "b" | "B" | "h" | "H" | "i" | "I" | "l" | "L" | "q" | "Q" | "f" | "d";

  /** Numbers of one kind, stored as a C array; index it like a list (`a[0] = 5`). */
  interface array {
    [index: number]: number;
    /** Add one number at the end (it must fit the typecode). */
    append(value: number): void;
    /** Add every number of `values` at the end. */
    extend(values: Iterable<number> | array): void;
    [Symbol.iterator](): Iterator<number>;
    readonly __len__?: never;
    readonly __pythonType: "array";
  }
  interface ArrayConstructor {
    /** An array of `typecode` numbers, empty or holding `values`: `array("h", [0, 0, 10, 20])`. */
    new (typecode: Typecode, values?: Iterable<number> | BytesLike): array;
    /** An array of `typecode` numbers, empty or holding `values`: `array("h", [0, 0, 10, 20])`. */
    (typecode: Typecode, values?: Iterable<number> | BytesLike): array;
  }
  /** A C array of numbers: `array("B", [1, 2, 3])`; the board stores each in 1, 2, 4 or 8 bytes. */
  const array: ArrayConstructor;
}
