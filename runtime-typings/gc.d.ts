// MicroPython's gc module: control the garbage collector and read heap usage.

declare module "gc" {
  /** Free unreachable objects now. Calling it before a large allocation avoids fragmentation stalls. */
  function collect(): void;
  /** Turn automatic collection back on (it is on at start-up). */
  function enable(): void;
  /** Stop automatic collection; allocation still works and `collect()` still frees memory. */
  function disable(): void;
  /** True when automatic collection is on. */
  function isenabled(): boolean;
  /** Bytes of heap RAM free now. */
  function mem_free(): uint;
  /** Bytes of heap RAM in use now. */
  function mem_alloc(): uint;
  /** The current allocation threshold in bytes, or -1 when none is set. */
  function threshold(): number;
  /** Collect automatically once `amount` more bytes have been allocated since the last collection; -1 removes the threshold. */
  function threshold(amount: number): void;
}
