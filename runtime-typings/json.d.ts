// MicroPython's json module (also ujson in old firmware), for programs that want Python's API:
// JSON.stringify and JSON.parse compile to it as well. Objects decode to Python dicts, arrays to
// lists; the result is `unknown` until the program checks what it got.

declare module "json" {
  /** Where dump() writes and load() reads: a file, a socket's stream, an io.StringIO. */
  interface Stream {
    /** Where dump() writes the text. */
    write?(data: string): unknown;
    /** Where load() reads the text from. */
    read?(size?: number): string | bytes | null;
  }
  /**
   * The JSON text of `obj` (numbers, strings, booleans, null, arrays/lists, dicts with string keys).
   * `separators` is (item separator, key separator), such as `[",", ":"]` for the shortest text.
   */
  function dumps(obj: unknown, separators?: [item: string, key: string] | null): string;
  /** Write the JSON text of `obj` to `stream`. */
  function dump(obj: unknown, stream: Stream, separators?: [item: string, key: string] | null): void;
  /** The value a JSON text describes; raises ValueError when the text is not JSON. */
  function loads(text: string | BytesLike): unknown;
  /** Read a whole JSON text from `stream` and return its value. */
  function load(stream: Stream): unknown;
}

declare module "ujson" {
  export * from "json";
}
