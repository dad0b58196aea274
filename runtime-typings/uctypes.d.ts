// MicroPython's uctypes module: read and write binary data laid out as a C structure, in place,
// by describing the layout with a dict of fields. For registers and packed protocols; struct.pack
// and unpack are simpler for most data. Addresses are raw memory: a wrong one crashes the board.
//
// A field is `offset | TYPE` for a number (`0 | uctypes.UINT16`), `[offset, {..}]` for a nested
// structure, `[offset | uctypes.ARRAY, n | TYPE]` for an array, `[offset | uctypes.PTR, TYPE]` for
// a pointer, and `offset | TYPE | bit << uctypes.BF_POS | len << uctypes.BF_LEN` for a bit field.

declare module "uctypes" {
  /** A layout: field name -> where and what it is (see the header). */
  type Descriptor = { [field: string]: number | readonly unknown[] };
  /** Byte order and packing: LITTLE_ENDIAN, BIG_ENDIAN (both packed) or NATIVE. */
  type Layout = Brand<"UctypesLayout">;

  /** The structure at an address: read and assign its fields by name (`s.len = 4`). */
  interface Struct {
    [field: string]: unknown;
    readonly __pythonType: "struct";
  }
  interface StructConstructor {
    /** The structure described by `descriptor` at memory address `addr` (uctypes.addressof(buf)). */
    new (addr: number, descriptor: Descriptor, layout_type?: Layout): Struct;
    /** The structure described by `descriptor` at memory address `addr` (uctypes.addressof(buf)). */
    (addr: number, descriptor: Descriptor, layout_type?: Layout): Struct;
  }
  /** A view of memory as a structure: `uctypes.struct(uctypes.addressof(buf), HEADER, uctypes.BIG_ENDIAN)`. */
  const struct: StructConstructor;

  /** The size in bytes of a structure or a descriptor's layout. */
  function sizeof(struct: Struct | Descriptor, layout_type?: Layout): number;
  /** The memory address of a buffer's data. */
  function addressof(obj: BytesLike): number;
  /** A copy of `size` bytes of memory from `addr`. */
  function bytes_at(addr: number, size: number): bytes;
  /** A bytearray that IS the `size` bytes of memory at `addr` (writing it writes that memory). */
  function bytearray_at(addr: number, size: number): bytearray;

  /** Little-endian, packed. */
  const LITTLE_ENDIAN: Layout;
  /** Big-endian (network order), packed. */
  const BIG_ENDIAN: Layout;
  /** The board's own order and C alignment. */
  const NATIVE: Layout;
  /** An unsigned 8-bit field. */
  const UINT8: number;
  /** A signed 8-bit field. */
  const INT8: number;
  /** An unsigned 16-bit field. */
  const UINT16: number;
  /** A signed 16-bit field. */
  const INT16: number;
  /** An unsigned 32-bit field. */
  const UINT32: number;
  /** A signed 32-bit field. */
  const INT32: number;
  /** An unsigned 64-bit field. */
  const UINT64: number;
  /** A signed 64-bit field. */
  const INT64: number;
  /** A 32-bit float field. */
  const FLOAT32: number;
  /** A 64-bit float field. */
  const FLOAT64: number;
  /** For a pointer field to untyped memory. */
  const VOID: number;
  /** Marks a field as a pointer: `[offset | uctypes.PTR, TYPE]`. */
  const PTR: number;
  /** Marks a field as an array: `[offset | uctypes.ARRAY, count | TYPE]`. */
  const ARRAY: number;
  /** Shift of a bit field's first bit. */
  const BF_POS: number;
  /** Shift of a bit field's length. */
  const BF_LEN: number;
  /** An unsigned bit field in a byte. */
  const BFUINT8: number;
  /** A signed bit field in a byte. */
  const BFINT8: number;
  /** An unsigned bit field in 16 bits. */
  const BFUINT16: number;
  /** A signed bit field in 16 bits. */
  const BFINT16: number;
  /** An unsigned bit field in 32 bits. */
  const BFUINT32: number;
  /** A signed bit field in 32 bits. */
  const BFINT32: number;
}
