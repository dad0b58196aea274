// JavaScript globals that exist in Node and browsers but not in the ES library:
// the parts that mpts compiles for the board.

interface Console {
  /** Print the values, separated by spaces, as Node does. */
  log(...data: unknown[]): void;
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
  debug(...data: unknown[]): void;
}
declare var console: Console;

/** A running timer; pass it to clearTimeout or clearInterval. */
interface TimerHandle {
  readonly __timer: unique symbol;
}
/** Call `handler` once after `ms` milliseconds (an asyncio task on the board). */
declare function setTimeout<A extends unknown[]>(handler: (...args: A) => void | Promise<void>, ms?: number, ...args: A): TimerHandle;
/** Call `handler` every `ms` milliseconds until cleared. */
declare function setInterval<A extends unknown[]>(handler: (...args: A) => void | Promise<void>, ms?: number, ...args: A): TimerHandle;
declare function clearTimeout(handle: TimerHandle | undefined): void;
declare function clearInterval(handle: TimerHandle | undefined): void;
declare function queueMicrotask(callback: () => void): void;

/** High-resolution time (mpts: from time.ticks_us on the board). */
interface Performance {
  /** Milliseconds, with a fraction, since the program started. */
  now(): number;
}
declare var performance: Performance;
