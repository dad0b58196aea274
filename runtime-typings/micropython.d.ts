// MicroPython's micropython module: compile-time constants, memory and
// interpreter controls, and scheduling work out of interrupt handlers.

declare module "micropython" {
  // `const` is a reserved word in TypeScript: declared under another name and exported as `const`.
  /**
   * Mark a value as a constant: `const LED_PIN = micropython.const(2)`. Returns the value
   * itself (a number stays a number). MicroPython inlines such constants at compile time
   * only when the call is spelled `const(...)` after `from micropython import const`.
   */
  function const_(value: number): number;
  /** A constant string; returns it unchanged. */
  function const_(value: string): string;
  /** A constant flag; `if (DEBUG)` code under a false one is dropped when the name is inlined. */
  function const_(value: boolean): boolean;
  /** Constant bytes; returns them unchanged. */
  function const_(value: bytes): bytes;
  /** A constant tuple (`micropython.const([1, 2] as const)`); returns it unchanged. */
  function const_<T extends readonly unknown[]>(value: T): T;
  export { const_ as const };

  /** The current optimisation level for code compiled from now on (0 keeps asserts and line numbers). */
  export function opt_level(): number;
  /** Set the optimisation level: 0 default, 1 drops asserts, 3 also drops line numbers from tracebacks. */
  export function opt_level(level: number): void;
  /** Reserve `size` bytes (about 100) so that exceptions raised in interrupt handlers can still report a traceback. */
  export function alloc_emergency_exception_buf(size: number): void;
  /** Print stack and heap usage; with `verbose`, also a map of the heap (one character per 16-byte block). */
  export function mem_info(verbose?: boolean | number): void;
  /** Print how many strings are interned and the RAM they take; with `verbose`, their names. */
  export function qstr_info(verbose?: boolean | number): void;
  /** Bytes of C stack in use now; compare two readings to see what a call costs. */
  export function stack_use(): number;
  /** Forbid heap allocation (MemoryError when tried) until `heap_unlock`; calls nest. */
  export function heap_lock(): void;
  /** Undo one `heap_lock`; returns the remaining lock depth (0 when unlocked). */
  export function heap_unlock(): number;
  /** The character code that raises KeyboardInterrupt (3, Ctrl-C, by default); -1 lets Ctrl-C through as data. */
  export function kbd_intr(chr: number): void;
  /**
   * Run `func(arg)` soon, from the main program rather than the interrupt handler that
   * calls `schedule`, where allocating memory is allowed. Raises RuntimeError when the queue is full.
   */
  export function schedule<A>(func: (arg: A) => void, arg: A): void;

  /** A fixed-size byte queue with a stream interface; safe to write in an interrupt handler and read in the main program. */
  export interface RingIO {
    /** Number of bytes waiting to be read. */
    any(): uint;
    /** Up to `nbytes` (all waiting bytes when omitted) without blocking; empty when nothing is waiting. */
    read(nbytes?: number): bytes;
    /** Bytes up to and including the next newline, or all that is waiting (at most `nbytes`). */
    readline(nbytes?: number): bytes;
    /** Read waiting bytes into `buf` (at most `nbytes`); returns the count. */
    readinto(buf: bytearray | memoryview | Uint8Array, nbytes?: number): uint;
    /** Add as much of `buf` as fits; returns the count added. */
    write(buf: BytesLike): uint;
    /** Does nothing (there for the stream interface); the data stays. */
    close(): void;
    readonly __pythonType: "RingIO";
  }
  /** How RingIO is created: `RingIO(64)` or `new RingIO(64)`. */
  export interface RingIOConstructor {
    /** A queue holding `size` bytes, or one using `buffer` in place (it holds one byte less than its length). */
    new (size: number | bytearray | memoryview | Uint8Array): RingIO;
    /** A queue holding `size` bytes, or one using `buffer` in place (it holds one byte less than its length). */
    (size: number | bytearray | memoryview | Uint8Array): RingIO;
  }
  /** A ring buffer: `micropython.RingIO(64)` holds 64 bytes. */
  export const RingIO: RingIOConstructor;
}
