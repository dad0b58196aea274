// MicroPython's sys module (also importable as usys): the interpreter, the
// standard streams, the module search path, and leaving the program.

declare module "sys" {
  /** A byte stream of the console: `sys.stdout.buffer.write(b"\x00")` sends raw bytes. */
  interface BinaryStream {
    /** Send `data`; returns the byte count. */
    write(data: BytesLike): number;
    /** Wait for and read `size` bytes (until the end when omitted). */
    read(size?: number): bytes;
    /** Read into `buf` (at most `nbytes`); returns the count. */
    readinto(buf: bytearray | memoryview | Uint8Array, nbytes?: number): number | null;
    /** Read one line, ending with `\n`. */
    readline(): bytes;
  }
  /** A text stream of the console (the USB serial port on a board). */
  interface TextStream {
    /** Write `text` without adding a newline; returns the character count. */
    write(text: string): number;
    /** Wait for and read `size` characters (until the end when omitted). */
    read(size?: number): string;
    /** Read one line, ending with `\n`. */
    readline(): string;
    /** The same stream as raw bytes. */
    readonly buffer: BinaryStream;
  }
  /** What `sys.implementation` tells about the running interpreter. */
  interface Implementation {
    /** `"micropython"`. */
    readonly name: string;
    /** The MicroPython version: (major, minor, micro, release level), such as (1, 27, 0, ""). */
    readonly version: [major: number, minor: number, micro: number, releaselevel: string];
    /** The board and chip, such as `"Generic ESP32 module with ESP32"`. */
    readonly _machine: string;
    /** The .mpy file format version this firmware loads (absent when it cannot load .mpy files). */
    readonly _mpy?: number;
    /** The firmware build (board) name, such as `"ESP32_GENERIC"`, on recent firmware. */
    readonly _build?: string;
  }

  /** The arguments the program was started with (empty on a board). */
  const argv: string[];
  /** The byte order of the processor: `"little"` on the ESP32. */
  const byteorder: "little" | "big";
  /** Details of the MicroPython interpreter; `implementation.name` tells MicroPython from CPython. */
  const implementation: Implementation;
  /** The largest integer the processor handles natively (2147483647 on the ESP32); larger integers still work, slower. */
  const maxsize: number;
  /** The loaded modules by name; `sys.modules.delete("config")` makes the next import load the file again. */
  const modules: Map<string, object>;
  /** The folders `import` searches, in order (`".frozen"` stands for the modules built into the firmware); push `"/lib"`-like entries to add one. */
  const path: string[];
  /** The platform name: `"esp32"` on an ESP32 board. */
  const platform: string;
  /** The Python language version MicroPython follows, such as `"3.4.0; MicroPython v1.27.0 on 2025-12-10"`. */
  const version: string;
  /** The Python language version MicroPython follows, as (major, minor, micro). */
  const version_info: [major: number, minor: number, micro: number];
  /** Standard input: what is typed on the serial console. */
  const stdin: TextStream;
  /** Standard output: the serial console. */
  const stdout: TextStream;
  /** Standard error: also the serial console on a board. */
  const stderr: TextStream;

  /** Stop the program by raising SystemExit with `retval` (0 when omitted); code after it does not run. */
  function exit(retval?: number | string | null): never;
  /** Print `exc` with its traceback to `file` (sys.stdout by default), as an uncaught error would be: `catch (e) { sys.print_exception(e); }`. */
  function print_exception(exc: unknown, file?: TextStream): void;
}

declare module "usys" {
  export * from "sys";
}
