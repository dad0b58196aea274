// MicroPython's ssl module: TLS over a connected TCP socket, for HTTPS and MQTT
// over TLS. Since MicroPython 1.23 it is a Python module over the built-in `tls`
// module, so there is no `ussl` alias any more (the u-prefixed names only reach
// built-in modules). Errors are OSError; there is no SSLError.

declare module "ssl" {
  import type { socket } from "socket";

  /** A protocol constant for SSLContext: PROTOCOL_TLS_CLIENT or PROTOCOL_TLS_SERVER. */
  type TlsProtocol = Brand<"TlsProtocol">;
  /** A certificate requirement: CERT_NONE, CERT_OPTIONAL or CERT_REQUIRED. */
  type CertRequirement = Brand<"CertRequirement">;

  /**
   * A TLS connection over a socket. It is a stream (read/write), not a full socket:
   * there is no send/recv, and it must be created from an already connected socket.
   */
  interface SSLSocket {
    /** Read up to `size` decrypted bytes (until the peer closes when omitted); empty at the end. */
    read(size?: number): bytes;
    /** Read into `buf` (at most `nbytes`); returns the count, or null when nothing is available yet. */
    readinto(buf: bytearray | memoryview | Uint8Array, nbytes?: number): number | null;
    /** Read one line, ending with `\n` (empty at the end of the stream). */
    readline(): bytes;
    /** Encrypt and send `buf`; returns the bytes written, or null when it would block. */
    write(buf: BytesLike): number | null;
    /** false: reads and writes return at once instead of waiting (null when nothing could be done). */
    setblocking(flag: boolean): void;
    /** The negotiated cipher suite and TLS version, such as ("TLS-ECDHE-RSA-WITH-AES-128-GCM-SHA256", "TLSv1.2"); call it after the handshake. */
    cipher(): [name: string, version: string];
    /** End the TLS session and close the underlying socket. */
    close(): void;
    readonly __pythonType: "SSLSocket";
  }

  /** Settings shared by many TLS connections: protocol side, certificates and verification. */
  interface SSLContext {
    /** Whether the peer must present a valid certificate (CERT_NONE by default: not checked). */
    verify_mode: CertRequirement;
    /**
     * Our own certificate and private key (a server needs them; a client only for mutual TLS).
     * A string is a file path on the board; bytes are the PEM or DER data itself.
     */
    load_cert_chain(certfile: string | BytesLike, keyfile: string | BytesLike): void;
    /** The CA certificates that verify the peer: a file path in `cafile`, or PEM/DER data in `cadata`. */
    load_verify_locations(cafile?: string | null, cadata?: string | BytesLike | null): void;
    /**
     * Start TLS on the connected socket `sock` and return the encrypted stream.
     * `server_hostname` (clients) is sent as SNI and checked against the certificate;
     * `do_handshake_on_connect: false` defers the handshake to the first read or write
     * (use it with non-blocking sockets).
     */
    wrap_socket(
      sock: socket,
      options?: Kw<{
        /** true when this side accepted the connection (a server); false by default. */
        server_side?: boolean;
        /** false: do the handshake on the first read or write instead of now (true by default). */
        do_handshake_on_connect?: boolean;
        /** The server's name, sent as SNI and checked against its certificate. */
        server_hostname?: string | null;
      }>,
    ): SSLSocket;
    readonly __pythonType: "SSLContext";
  }

  /** How SSLContext is created: `SSLContext(protocol)` or `new SSLContext(protocol)`. */
  interface SSLContextConstructor {
    /** A context for the client or the server side of connections. */
    new (protocol: TlsProtocol): SSLContext;
    /** A context for the client or the server side of connections. */
    (protocol: TlsProtocol): SSLContext;
  }
  /** Create a TLS context: `ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)`. */
  const SSLContext: SSLContextConstructor;

  /**
   * Start TLS on the connected socket `sock` in one call (a context made for you).
   * `key`/`cert`: our private key and certificate, as a file path or PEM/DER data;
   * `cert_reqs`: CERT_REQUIRED to verify the peer against `cadata` (CA certificates);
   * `server_hostname`: the name for SNI and verification; `do_handshake: false` defers
   * the handshake to the first read or write.
   */
  function wrap_socket(
    sock: socket,
    options?: Kw<{
      /** true when this side accepted the connection (a server); false by default. */
      server_side?: boolean;
      /** Our private key: a file path, or the PEM/DER data. */
      key?: string | BytesLike | null;
      /** Our certificate: a file path, or the PEM/DER data. */
      cert?: string | BytesLike | null;
      /** Whether the peer's certificate is checked: CERT_NONE (default) or CERT_REQUIRED. */
      cert_reqs?: CertRequirement;
      /** The CA certificates (PEM or DER data) that verify the peer. */
      cadata?: string | BytesLike | null;
      /** The server's name, sent as SNI and checked against its certificate. */
      server_hostname?: string | null;
      /** false: do the handshake on the first read or write instead of now (true by default). */
      do_handshake?: boolean;
    }>,
  ): SSLSocket;

  /** For a context that makes client connections. */
  const PROTOCOL_TLS_CLIENT: TlsProtocol;
  /** For a context that accepts connections as a server. */
  const PROTOCOL_TLS_SERVER: TlsProtocol;
  /** Do not check the peer's certificate (the default). */
  const CERT_NONE: CertRequirement;
  /** Check the peer's certificate when there is one (on the ESP32's mbedTLS this checks nothing, as CERT_NONE). */
  const CERT_OPTIONAL: CertRequirement;
  /** The peer must present a certificate that the loaded CA certificates verify. */
  const CERT_REQUIRED: CertRequirement;
  /** The version of the mbedTLS library the firmware was built with. */
  const MBEDTLS_VERSION: string;
}
