// MicroPython's binascii module (also importable as ubinascii): hex and base64
// conversions of byte data, and CRC-32.

declare module "binascii" {
  /** Two lowercase hex digits per byte (`hexlify(b"\x01\xff")` is `b"01ff"`), with `sep` between bytes when given. */
  function hexlify(data: BytesLike, sep?: string | BytesLike): bytes;
  /** The bytes that hex digits stand for (`unhexlify("01ff")`); raises ValueError on an odd count or a non-hex digit. */
  function unhexlify(data: string | BytesLike): bytes;
  /** Decode base64 text to bytes, skipping characters that are not base64. */
  function a2b_base64(data: string | BytesLike): bytes;
  /** Encode bytes as base64; a newline is appended unless `newline` is false. */
  function b2a_base64(
    data: BytesLike,
    options?: Kw<{
      /** false: no newline at the end (true by default). */
      newline?: boolean;
    }>,
  ): bytes;
  /** The CRC-32 of `data` (as in zip files), an unsigned 32-bit number; pass the previous result as `value` to continue over several pieces. */
  function crc32(data: BytesLike, value?: number): number;
}

declare module "ubinascii" {
  export * from "binascii";
}
