// MicroPython's asyncio (also importable as uasyncio): cooperative tasks, timeouts,
// events and locks, and TCP streams. mpts compiles async/await to this module, so
// its coroutines are typed as Promises: `await asyncio.sleep(1)` waits one second.
//
// Pass an async call straight to run, create_task, gather and wait_for
// (`asyncio.create_task(blink())`): there it stays the coroutine they expect.

declare module "asyncio" {
  import type { SockAddr } from "socket";
  import type { SSLContext } from "ssl";

  /**
   * A coroutine running on the scheduler, made by `create_task`. `await task`
   * waits for it to finish and gives its return value (or raises its error).
   */
  interface Task<T = unknown> extends Promise<T> {
    /**
     * Stop the task by raising CancelledError inside it at its current `await`;
     * its `finally` blocks still run. Returns false when it had already finished.
     */
    cancel(): boolean;
    /** True once the task has finished (returned, raised or been cancelled). */
    done(): boolean;
  }

  /** An async call not yet started (a coroutine); a Task is not accepted where one is needed. */
  type Coroutine<T> = Promise<T> & { readonly done?: never };

  /**
   * Run `main` as the first task and keep the scheduler going until it finishes;
   * returns its return value. Usually the last line of main.ts: `asyncio.run(main())`.
   */
  function run<T>(main: Coroutine<T>): T;

  /** Wait `seconds` (a float is fine: 0.5 is half a second) while other tasks run. */
  function sleep(seconds: number): Promise<void>;

  /** Wait `ms` milliseconds (an integer) while other tasks run; 0 just lets them run once. */
  function sleep_ms(ms: number): Promise<void>;

  /**
   * Start `coro` as a task that runs alongside the current one; returns the Task,
   * to await, cancel or check later. Keep a reference if you want to cancel it.
   */
  function create_task<T>(coro: Coroutine<T>): Task<T>;

  /**
   * Run the coroutines and tasks concurrently and wait for all of them; the
   * result lists their return values in the order given. The first error raised
   * by one of them is raised here.
   */
  function gather<T extends readonly Promise<unknown>[]>(...aws: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }>;

  /**
   * Wait for `aw`, at most `timeout` seconds (null: no limit). On timeout the task
   * is cancelled and TimeoutError is raised here. Returns what `aw` returned.
   */
  function wait_for<T>(aw: Promise<T>, timeout: number | null): Promise<T>;

  /** Like wait_for, with the limit in milliseconds (an integer). */
  function wait_for_ms<T>(aw: Promise<T>, timeout: number | null): Promise<T>;

  /** The task that is running now (the one calling this). */
  function current_task(): Task;

  /** The scheduler: MicroPython has one event loop, this returns it. */
  function get_event_loop(): Loop;

  /** Reset the event loop (drop every scheduled task) and return it. */
  function new_event_loop(): Loop;

  /** What an exception handler receives about an error nobody awaited. */
  type ExceptionContext = Readonly<Record<"message", string> & Record<"exception", Error> & Record<"future", Task>>;

  /** A function called for errors of tasks nobody awaits: (the loop, details of the error). */
  type ExceptionHandler = (loop: Loop, context: ExceptionContext) => void;

  /** The event loop that runs the tasks; get it with `get_event_loop()`. */
  interface Loop {
    /** Start `coro` as a task; the same as asyncio.create_task. */
    create_task<T>(coro: Coroutine<T>): Task<T>;
    /** Run scheduled tasks until `stop()` is called; on the board this normally never returns. */
    run_forever(): void;
    /** Run until `aw` finishes (a coroutine becomes a task first); returns its result. */
    run_until_complete<T>(aw: Promise<T>): T;
    /** Make run_forever return. */
    stop(): void;
    /** Close the loop (it holds nothing to free on MicroPython). */
    close(): void;
    /** Call `handler` for errors of tasks nobody awaits, instead of printing them; null restores printing. */
    set_exception_handler(handler: ExceptionHandler | null): void;
    /** The handler set with set_exception_handler, or null. */
    get_exception_handler(): ExceptionHandler | null;
    /** What happens without a handler: print the message and the traceback. */
    default_exception_handler(context: ExceptionContext): void;
    /** Report an error through the current handler (or the default one). */
    call_exception_handler(context: ExceptionContext): void;
    readonly __pythonType: "Loop";
  }

  /** A flag tasks can wait for. It starts cleared. */
  interface Event {
    /** Set the flag and wake every task waiting for it. Call it from a task, not an interrupt (see ThreadSafeFlag). */
    set(): void;
    /** Clear the flag; later `wait()` calls wait again. */
    clear(): void;
    /** True while the flag is set. */
    is_set(): boolean;
    /** Wait until the flag is set (returns at once when it is); gives true. */
    wait(): Promise<true>;
    readonly __pythonType: "Event";
  }
  interface EventConstructor {
    /** A new, cleared event. */
    new (): Event;
    (): Event;
  }
  /** A flag tasks can wait for: `const ready = asyncio.Event()`. */
  const Event: EventConstructor;

  /**
   * A flag that interrupt handlers and other threads may set, for one task to
   * wait on. `wait()` clears it again when it returns.
   */
  interface ThreadSafeFlag {
    /** Set the flag, waking the waiting task; safe from an interrupt handler (Pin.irq) or a thread. */
    set(): void;
    /** Clear the flag, so a set that happened earlier is forgotten. */
    clear(): void;
    /** Wait until the flag is set (at once when it already is), then clear it. Only one task may wait. */
    wait(): Promise<void>;
    readonly __pythonType: "ThreadSafeFlag";
  }
  interface ThreadSafeFlagConstructor {
    /** A new, cleared flag. */
    new (): ThreadSafeFlag;
    (): ThreadSafeFlag;
  }
  /** A flag an interrupt handler sets and a task waits for: `const flag = asyncio.ThreadSafeFlag()`. */
  const ThreadSafeFlag: ThreadSafeFlagConstructor;

  /** A lock that lets one task at a time into a section of code. It starts unlocked. */
  interface Lock {
    /** Wait until the lock is free, then take it; gives true. Release it in a `finally`. */
    acquire(): Promise<true>;
    /** Give the lock back; the next waiting task gets it. Raises RuntimeError when it is not held. */
    release(): void;
    /** True while some task holds the lock. */
    locked(): boolean;
    readonly __pythonType: "Lock";
  }
  interface LockConstructor {
    /** A new, unlocked lock. */
    new (): Lock;
    (): Lock;
  }
  /** A lock for tasks: `const lock = asyncio.Lock()`. */
  const Lock: LockConstructor;

  /**
   * Raised inside a task at its `await` when the task is cancelled. It is a
   * BaseException, so a TypeScript `catch` does not see it (as with Ctrl-C):
   * clean up in `finally`.
   */
  class CancelledError extends Error {
    constructor(message?: string);
  }

  /** Raised by wait_for and wait_for_ms when the time runs out. */
  class TimeoutError extends Error {
    constructor(message?: string);
  }

  /**
   * One TCP connection: the reader and the writer of open_connection and of a
   * server callback are this same object. Reads wait without blocking other tasks.
   */
  interface Stream {
    /** Read up to `n` bytes, or everything until the peer closes when `n` is omitted or -1; empty bytes at the end. */
    read(n?: number): Promise<bytes>;
    /** Read into `buf`, at most its length; gives the number of bytes read. */
    readinto(buf: bytearray | memoryview | Uint8Array): Promise<number>;
    /** Read exactly `n` bytes; raises EOFError when the connection ends first. */
    readexactly(n: number): Promise<bytes>;
    /** Read one line, ending with `\n` (empty bytes at the end of the stream). */
    readline(): Promise<bytes>;
    /** Queue `buf` for sending; it goes out at the next `await drain()`. */
    write(buf: BytesLike): void;
    /** Send everything written so far, waiting while the connection is busy. */
    drain(): Promise<void>;
    /** Start closing the stream; follow it with `await wait_closed()`. */
    close(): void;
    /** Finish closing the stream (closes the socket). */
    wait_closed(): Promise<void>;
    /** Write `buf` (from `off`, `sz` bytes; all by default) and drain: the old uasyncio form of write + drain. */
    awrite(buf: BytesLike, off?: number, sz?: number): Promise<void>;
    /** Close the stream: the old uasyncio name of wait_closed. */
    aclose(): Promise<void>;
    /** Details of the connection: `"peername"` gives the peer's (host, port) (on server connections). */
    get_extra_info(name: "peername"): SockAddr;
    readonly __pythonType: "Stream";
  }
  /** The reading side of a connection (the same Stream object as the writer). */
  type StreamReader = Stream;
  /** The writing side of a connection (the same Stream object as the reader). */
  type StreamWriter = Stream;

  /** A TCP server made by start_server. */
  interface Server {
    /** Stop accepting connections (open ones stay open). */
    close(): void;
    /** Wait until the server has stopped, after `close()`. */
    wait_closed(): Promise<void>;
    readonly __pythonType: "Server";
  }

  /**
   * Connect to `host` (a name or an IP) on TCP `port`. Gives [reader, writer],
   * both the same Stream; raises OSError when the host is unknown or refuses.
   * `ssl`: true for TLS with default settings, or an SSLContext. Resolving the name blocks.
   */
  function open_connection(
    host: string,
    port: number,
    ssl?: boolean | SSLContext | null,
  ): Promise<[reader: StreamReader, writer: StreamWriter]>;

  /**
   * Listen on `host` ("0.0.0.0": every interface) and TCP `port`; each client
   * connection runs `callback(reader, writer)` as a new task. `backlog`: how many
   * connections may wait to be accepted (default 5); `ssl`: a server SSLContext for TLS.
   */
  function start_server(
    callback: (reader: StreamReader, writer: StreamWriter) => Promise<void>,
    host: string,
    port: number,
    backlog?: number,
    ssl?: SSLContext | null,
  ): Promise<Server>;
}

declare module "uasyncio" {
  export * from "asyncio";
}
