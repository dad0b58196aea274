// MicroPython's errno module (also importable as uerrno): the error numbers of
// OSError, for `if (e instanceof OSError && e.errno === errno.ETIMEDOUT)`.

declare module "errno" {
  /** An error number, the value of `OSError.errno`. */
  type ErrorCode = Brand<"ErrorCode">;

  /** Operation not permitted. */
  const EPERM: ErrorCode;
  /** No such file or directory. */
  const ENOENT: ErrorCode;
  /** Input/output error (a device or the flash failed). */
  const EIO: ErrorCode;
  /** Bad file descriptor: the file or socket is already closed. */
  const EBADF: ErrorCode;
  /** Try again: a non-blocking call had nothing to do yet. */
  const EAGAIN: ErrorCode;
  /** Out of memory (outside the Python heap, such as in the network stack). */
  const ENOMEM: ErrorCode;
  /** Permission denied. */
  const EACCES: ErrorCode;
  /** The file or directory already exists. */
  const EEXIST: ErrorCode;
  /** No such device (a peripheral that is missing or not started). */
  const ENODEV: ErrorCode;
  /** It is a directory (where a file was expected). */
  const EISDIR: ErrorCode;
  /** Invalid argument. */
  const EINVAL: ErrorCode;
  /** The operation is not supported. */
  const EOPNOTSUPP: ErrorCode;
  /** The address (port) is already in use by another socket. */
  const EADDRINUSE: ErrorCode;
  /** The connection was aborted on this side. */
  const ECONNABORTED: ErrorCode;
  /** The peer reset the connection. */
  const ECONNRESET: ErrorCode;
  /** No buffer space available in the network stack. */
  const ENOBUFS: ErrorCode;
  /** The socket is not connected. */
  const ENOTCONN: ErrorCode;
  /** The operation timed out (`settimeout` ran out). */
  const ETIMEDOUT: ErrorCode;
  /** The peer refused the connection (nothing listens on that port). */
  const ECONNREFUSED: ErrorCode;
  /** No route to the host. */
  const EHOSTUNREACH: ErrorCode;
  /** A non-blocking operation is already under way. */
  const EALREADY: ErrorCode;
  /** A non-blocking connect has started and is not finished yet. */
  const EINPROGRESS: ErrorCode;

  /** The names of the error numbers: `errorcode.get(e.errno)` is `"ETIMEDOUT"` for a timeout. */
  const errorcode: ReadonlyMap<number, string>;
}

declare module "uerrno" {
  export * from "errno";
}
