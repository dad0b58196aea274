// MicroPython's select module (also importable as uselect): wait until one of
// several streams (sockets, UART, stdin) can be read or written.

declare module "select" {
  /**
   * An event bit of a poll: POLLIN, POLLOUT, POLLERR or POLLHUP. Combine them with `|`
   * (the result is a plain number) and test a returned event with `&`.
   */
  type PollEvent = Brand<"PollEvent">;
  /** One ready stream and the events that happened on it (PollEvent bits OR-ed together; test one with `event & select.POLLIN`). */
  type PollResult<T> = [obj: T, event: PollEvent];
  /** What `select.select` returns: the streams ready to read, to write, and in error. */
  type SelectResult<T> = [readable: T[], writable: T[], exceptional: T[]];

  /**
   * A set of registered streams to wait on. The type argument is what you register
   * (`select.poll<socket>()`), so the streams `poll()` returns keep their type.
   */
  interface poll<T extends object = object> {
    /** Watch `obj` for `eventmask` (POLLIN | POLLOUT when omitted); registering it again changes the mask. */
    register(obj: T, eventmask?: number): void;
    /** Stop watching `obj`. */
    unregister(obj: T): void;
    /** Change the events watched for on `obj`, which must be registered already. */
    modify(obj: T, eventmask: number): void;
    /**
     * Wait until a registered stream is ready, or `timeout` milliseconds (-1 or omitted waits
     * forever, 0 checks without waiting). Returns the ready streams; empty on timeout.
     * POLLERR and POLLHUP are reported even when not asked for.
     */
    poll(timeout?: number): PollResult<T>[];
    /**
     * Like `poll`, but iterates over the ready streams without building a list (it reuses
     * one tuple, so use each result before taking the next). `flags` 1 makes each event
     * one-shot: the stream must be `modify`-ed before it is reported again.
     */
    ipoll(timeout?: number, flags?: number): Iterable<PollResult<T>>;
    readonly __pythonType: "poll";
  }

  /** A new, empty poll set: `const p = select.poll<socket>(); p.register(sock, select.POLLIN);`. */
  function poll<T extends object = object>(): poll<T>;
  /**
   * Wait until some of the streams are ready to read, to write, or have an error, or
   * `timeout` seconds pass (forever when omitted). Kept for compatibility; `poll` is cheaper.
   */
  function select<T extends object>(
    rlist: readonly T[],
    wlist: readonly T[],
    xlist: readonly T[],
    timeout?: number | null,
  ): SelectResult<T>;

  /** Data is waiting to be read. */
  const POLLIN: PollEvent;
  /** More data can be written without blocking. */
  const POLLOUT: PollEvent;
  /** The stream has an error (always reported). */
  const POLLERR: PollEvent;
  /** The other end hung up or the stream ended (always reported). */
  const POLLHUP: PollEvent;
}

declare module "uselect" {
  export * from "select";
}
