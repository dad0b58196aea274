// MicroPython's io module: streams in memory (StringIO for text, BytesIO for bytes), to build
// output piece by piece or to hand code that wants a stream (json.dump/load) a string.

declare module "io" {
  /** A stream in memory. */
  interface MemoryStream<T> {
    /** Up to `size` more (all that is left when omitted or -1). */
    read(size?: number): T;
    /** Read into `buf`; returns how many bytes. */
    readinto(buf: bytearray | memoryview | Uint8Array): number;
    /** The rest of the line, with its newline. */
    readline(size?: number): T;
    /** Add `data` at the position (the end, unless seek() moved it); returns how much was written. */
    write(data: T | (T extends string ? never : BytesLike)): number;
    /** Move to `offset` from the start (`whence` 0), the position (1) or the end (2); returns the new position. */
    seek(offset: number, whence?: 0 | 1 | 2): number;
    /** The position. */
    tell(): number;
    /** Everything in the stream, whatever the position. */
    getvalue(): T;
    /** Nothing to do for a stream in memory; there for code that flushes any stream. */
    flush(): void;
    /** Free the stream's memory; using it afterwards raises ValueError. */
    close(): void;
  }
  interface StringIO extends MemoryStream<string> {
    readonly __pythonType: "StringIO";
  }
  interface BytesIO extends MemoryStream<bytes> {
    readonly __pythonType: "BytesIO";
  }
  interface StringIOConstructor {
    /** A text stream holding `initial`, or an empty one with room for `size` characters. */
    new (initial?: string | number): StringIO;
    /** A text stream holding `initial`, or an empty one with room for `size` characters. */
    (initial?: string | number): StringIO;
  }
  interface BytesIOConstructor {
    /** A byte stream holding `initial`, or an empty one with room for `size` bytes. */
    new (initial?: BytesLike | number): BytesIO;
    /** A byte stream holding `initial`, or an empty one with room for `size` bytes. */
    (initial?: BytesLike | number): BytesIO;
  }
  /** Text in memory as a stream: `const s = StringIO(); s.write("a"); s.getvalue()`. */
  const StringIO: StringIOConstructor;
  /** Bytes in memory as a stream. */
  const BytesIO: BytesIOConstructor;
}
