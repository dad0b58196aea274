// MicroPython's socket module (also importable as usocket): TCP and UDP sockets.

declare module "socket" {
  /** An IPv4 address as Python wants it: (host, port), such as `["192.168.4.1", 80]`. */
  type SockAddr = [host: string, port: number];
  /**
   * One result of getaddrinfo: (family, type, proto, canonname, sockaddr), so that
   * `socket.socket(ai[0], ai[1], ai[2])` and `s.connect(ai[4])` type-check. Python's `ai[-1]`
   * is `ai[4]` here: TypeScript refuses negative indexes on tuples.
   */
  type AddrInfo = [family: AddressFamily, type: SocketKind, proto: number, canonname: string, sockaddr: SockAddr];
  /** An address family constant: AF_INET or AF_INET6. */
  type AddressFamily = Brand<"AddressFamily">;
  /** A socket type constant: SOCK_STREAM, SOCK_DGRAM or SOCK_RAW. */
  type SocketKind = Brand<"SocketKind">;
  /** A protocol level for setsockopt: SOL_SOCKET, IPPROTO_TCP or IPPROTO_IP. */
  type OptionLevel = Brand<"OptionLevel">;
  /** An option name for setsockopt: SO_REUSEADDR, SO_BROADCAST, SO_BINDTODEVICE, TCP_NODELAY or IP_ADD_MEMBERSHIP. */
  type OptionName = Brand<"OptionName">;
  /** Flags for recv and recvfrom: MSG_PEEK, MSG_DONTWAIT, or both added together. */
  type RecvFlags = Brand<"RecvFlags">;

  /** A network socket. Methods block until done, unless `setblocking(false)` or `settimeout` says otherwise. */
  interface socket {
    /** Bind to a local address; `["0.0.0.0", 80]` listens on every interface. */
    bind(address: SockAddr): void;
    /** Accept connections; `backlog` is how many may wait (at least 0). */
    listen(backlog?: number): void;
    /** Wait for a connection: a new socket for it and the client's address. */
    accept(): [conn: socket, address: SockAddr];
    /** Connect to a server address, usually `getaddrinfo(host, port)[0][4]`. */
    connect(address: SockAddr): void;
    /** Send some of `data`; returns how many bytes were sent (may be fewer than all). */
    send(data: BytesLike): uint;
    /** Send all of `data`, blocking until it is gone. */
    sendall(data: BytesLike): void;
    /** Send a UDP datagram to `address`; returns the bytes sent. */
    sendto(data: BytesLike, address: SockAddr): uint;
    /**
     * Receive at most `bufsize` bytes; an empty result means the peer closed the connection.
     * `flags`: MSG_PEEK leaves the bytes to be received again, MSG_DONTWAIT raises EAGAIN instead of waiting.
     */
    recv(bufsize: number, flags?: RecvFlags | 0): bytes;
    /** Receive a UDP datagram of at most `bufsize` bytes and the sender's address; `flags` as for recv. */
    recvfrom(bufsize: number, flags?: RecvFlags | 0): [data: bytes, address: SockAddr];
    /** Set an option, such as `setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)` or `setsockopt(SOL_SOCKET, SO_BROADCAST, 1)`. */
    setsockopt(level: OptionLevel, option: OptionName, value: number | BytesLike | string): void;
    /** false: calls return at once, raising OSError (EAGAIN) when they would block. */
    setblocking(flag: boolean): void;
    /** Seconds to wait before a blocking call raises OSError (ETIMEDOUT); null waits forever, 0 never waits. */
    settimeout(seconds: number | null): void;
    /** A stream over the socket, for `readline()` and `write()`; mode `"rwb"` reads and writes bytes. */
    makefile(mode?: "rb" | "wb" | "rwb", buffering?: number): socket;
    /**
     * Read up to `size` bytes (all until the peer closes when omitted). On a non-blocking
     * socket (`setblocking(false)`) it returns what has come, or null when nothing has: test it.
     */
    read(size?: number): bytes;
    /** Read into `buf` (at most `nbytes`); returns the count, or null when nothing is available yet. */
    readinto(buf: bytearray | memoryview | Uint8Array, nbytes?: number): uint | null;
    /**
     * Read one line, ending with `\n` (empty at the end of the stream). On a non-blocking socket,
     * the part of a line that has come, or null when nothing has.
     */
    readline(): bytes;
    /** Write `buf`; returns the bytes written, or null when it would block. */
    write(buf: BytesLike): uint | null;
    /** Close the socket and free its memory; always close sockets you are done with. */
    close(): void;
    readonly __pythonType: "socket";
  }

  interface SocketConstructor {
    /** A new socket; the defaults make a TCP (stream) socket over IPv4. */
    new (af?: AddressFamily, type?: SocketKind, proto?: number): socket;
    (af?: AddressFamily, type?: SocketKind, proto?: number): socket;
  }
  /** Create a socket: `socket.socket()` for TCP, `socket.socket(AF_INET, SOCK_DGRAM)` for UDP. */
  const socket: SocketConstructor;

  /** Resolve `host` (a name or an IP) and `port` to addresses; `[0][4]` is what connect and bind take. */
  function getaddrinfo(
    host: string,
    port: number,
    af?: AddressFamily | 0,
    type?: SocketKind | 0,
    proto?: number,
    flags?: number,
  ): AddrInfo[];
  /** Binary address to text (`inet_ntop(AF_INET, b"\x7f\0\0\x01")` is `"127.0.0.1"`). */
  function inet_ntop(af: AddressFamily, packed: BytesLike): string;
  /** Text address to its binary form. */
  function inet_pton(af: AddressFamily, text: string): bytes;

  /** IPv4. */
  const AF_INET: AddressFamily;
  /** IPv6 (not on every board). */
  const AF_INET6: AddressFamily;
  /** A TCP connection (the default). */
  const SOCK_STREAM: SocketKind;
  /** UDP datagrams. */
  const SOCK_DGRAM: SocketKind;
  /** Raw IP packets. */
  const SOCK_RAW: SocketKind;
  /** The socket level of setsockopt. */
  const SOL_SOCKET: OptionLevel;
  /** Let a server bind a port again right after it was closed. */
  const SO_REUSEADDR: OptionName;
  /** Allow sending UDP datagrams to a broadcast address (255.255.255.255 or the subnet's, such as 192.168.1.255). */
  const SO_BROADCAST: OptionName;
  /** Send and receive only through the named network interface (the value is its name). */
  const SO_BINDTODEVICE: OptionName;
  /** The IP protocol level of setsockopt (for IP_ADD_MEMBERSHIP). */
  const IPPROTO_IP: OptionLevel & number;
  /** Join a multicast group: the value is the group's 4 address bytes followed by the interface's 4 (`inet_pton` both). */
  const IP_ADD_MEMBERSHIP: OptionName;
  /** The TCP protocol number (also a setsockopt level). */
  const IPPROTO_TCP: OptionLevel & number;
  /** The UDP protocol number. */
  const IPPROTO_UDP: number;
  /** Send small packets at once instead of batching them. */
  const TCP_NODELAY: OptionName;
  /** recv flag: look at the waiting bytes without taking them. */
  const MSG_PEEK: RecvFlags;
  /** recv flag: do not wait; raise OSError (EAGAIN) when nothing has arrived. */
  const MSG_DONTWAIT: RecvFlags;
}

declare module "usocket" {
  export * from "socket";
}
