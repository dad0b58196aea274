// The host side of the simulated board's sockets: real TCP and UDP sockets on
// this computer, driven by the blocking calls of the simulator's socket module.
import * as net from "node:net";
import * as dgram from "node:dgram";
import * as dns from "node:dns/promises";
import * as tls from "node:tls";
import * as crypto from "node:crypto";
import { Duplex } from "node:stream";
import type { RpcReply } from "./rpc.js";
import { poll } from "./poll.js";

export interface NetOptions {
  /** the host address a board-side `0.0.0.0` binds to (default 127.0.0.1: not the whole network) */
  bindHost: string;
  /** test peers: "address:port" the board connects to -> the local port that really answers */
  peers?: Record<string, number>;
  /** host names answered locally instead of by DNS (tests point seed hosts at local peers) */
  resolve?: Record<string, string>;
  /** called with what the simulator has to say (port mappings) */
  log: (event: SimEvent) => void;
  /** TLS: accept any server certificate (tests with self-signed ones); verified normally otherwise */
  insecureTls?: boolean;
  /** how many sockets may be open at once (`--sockets N`); an ESP32's lwIP has 10 (CONFIG_LWIP_MAX_SOCKETS) */
  maxSockets?: number;
}

/** ESP-IDF's default CONFIG_LWIP_MAX_SOCKETS, which MicroPython's ESP32 firmware keeps. */
export const DEFAULT_MAX_SOCKETS = 10;

export type SimEvent =
  | { kind: "listen"; boardPort: number; host: string; port: number; udp: boolean; asked?: string }
  | { kind: "pin"; pin: number | string; value: number }
  | { kind: "oled"; lines: string[] }
  | { kind: "neopixel"; pin: number | string; colors: string[] }
  | { kind: "wifi"; text: string }
  | { kind: "board"; text: string };

/**
 * errno numbers as the simulator's MicroPython has them (its errno module:
 * Linux values). The ESP32 numbers some differently (ETIMEDOUT is 116 there,
 * 110 here), but MicroPython's compiler folds `errno.ETIMEDOUT` into the
 * program as the VM's own value, so only these make `e.errno == errno.ETIMEDOUT`
 * true in the simulator, as it is on the board.
 */
export const Errno = {
  EAGAIN: 11,
  ECONNRESET: 104,
  ENOTCONN: 107,
  ETIMEDOUT: 110,
  ECONNREFUSED: 111,
  EADDRINUSE: 98,
  EHOSTUNREACH: 113,
  EBADF: 9,
  EINVAL: 22,
  // lwIP's socket() and accept() when every socket slot is taken
  ENFILE: 23,
  EINPROGRESS: 115,
} as const;

function fail(name: keyof typeof Errno, message?: string): RpcReply {
  return { error: message ?? name, errno: Errno[name] };
}

interface Waiter {
  wake: () => void;
}

export class Queue<T> {
  items: T[] = [];
  ended = false;
  error?: keyof typeof Errno;
  private waiters: Waiter[] = [];
  push(item: T): void {
    this.items.push(item);
    this.notify();
  }
  end(error?: keyof typeof Errno): void {
    this.ended = true;
    this.error ??= error;
    this.notify();
  }
  notify(): void {
    const ws = this.waiters;
    this.waiters = [];
    for (const w of ws) w.wake();
  }
  /** Call `w.wake` once, at the next change (poll watches several queues at once). */
  watch(w: Waiter): void {
    this.waiters.push(w);
  }
  unwatch(w: Waiter): void {
    this.waiters = this.waiters.filter((x) => x !== w);
  }
  /** Wait until there is something (or the end); false on timeout or when the program gave up (Ctrl-C). */
  wait(timeoutMs: number | null, signal?: AbortSignal): Promise<boolean> {
    if (this.items.length || this.ended) return Promise.resolve(true);
    if (timeoutMs === 0 || signal?.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const giveUp = () => {
        if (timer) clearTimeout(timer);
        this.waiters = this.waiters.filter((x) => x !== w);
        resolve(false);
      };
      const w: Waiter = {
        wake: () => {
          if (timer) clearTimeout(timer);
          signal?.removeEventListener("abort", giveUp);
          resolve(true);
        },
      };
      this.waiters.push(w);
      signal?.addEventListener("abort", giveUp, { once: true });
      if (timeoutMs !== null) timer = setTimeout(giveUp, timeoutMs);
    });
  }
}

export interface SimSocket {
  udp: boolean;
  /** where it is bound on this computer; `asked`: the address the program named, when not the usual ones */
  bound?: { host: string; port: number; boardPort: number; asked?: string };
  tcp?: net.Socket;
  rx?: Queue<Buffer>;
  server?: net.Server;
  incoming?: Queue<net.Socket>;
  dgram?: dgram.Socket;
  datagrams?: Queue<{ data: Buffer; host: string; port: number }>;
  peer?: { host: string; port: number };
  /** a non-blocking connect under way (EINPROGRESS), and how it failed */
  connecting?: boolean;
  connectError?: keyof typeof Errno;
  /** told when writing may go on (connected, drained, failed); see poll.ts */
  writable?: Queue<never>;
  writableFor?: net.Socket;
}

export class NetHost {
  private sockets = new Map<number, SimSocket>();
  private nextId = 1;

  constructor(private readonly options: NetOptions) {}

  private get(id: number): SimSocket {
    const s = this.sockets.get(id);
    if (!s) throw Object.assign(new Error("EBADF"), { errno: "EBADF" });
    return s;
  }

  /**
   * Every address a program binds (0.0.0.0, "", "::", the board's own IP, a
   * name) is the bind host on this computer: loopback unless `--host` names
   * another, so a simulated server never listens beyond this computer unasked.
   */
  private hostFor(): string {
    return this.options.bindHost;
  }

  /** Where a connection to `address:port` really goes: a test peer's local port, or the address itself. */
  private route(address: string, port: number): { host: string; port: number } {
    const local = this.options.peers?.[`${address}:${port}`];
    return local === undefined ? { host: address, port } : { host: "127.0.0.1", port: local };
  }

  async resolveName(host: string): Promise<string> {
    const local = this.options.resolve?.[host];
    if (local) return local;
    if (net.isIP(host)) return host;
    const r = await dns.lookup(host, { family: 4 });
    return r.address;
  }

  async handle(op: string, a: unknown[], signal?: AbortSignal): Promise<RpcReply> {
    try {
      return await this.dispatch(op, a, signal);
    } catch (err) {
      const code = (err as { code?: string; errno?: string }).code ?? (err as { errno?: string }).errno;
      if (code && code in Errno) return fail(code as keyof typeof Errno, (err as Error).message);
      if (code === "ENOTFOUND" || code === "EAI_AGAIN") return { error: "getaddrinfo failed: " + String(a[0]), errno: -2 };
      throw err;
    }
  }

  /** Every slot taken: listening, connected, accepted and UDP sockets each hold one until closed. */
  private full(): boolean {
    return this.sockets.size >= (this.options.maxSockets ?? DEFAULT_MAX_SOCKETS);
  }

  private noSlot(): RpcReply {
    const max = this.options.maxSockets ?? DEFAULT_MAX_SOCKETS;
    return fail("ENFILE", `ENFILE: all ${max} sockets of the board are open (close one, or mpts run --sockets N)`);
  }

  private timeoutMs(t: unknown): number | null {
    return t === null || t === undefined ? null : Math.max(0, Math.round(Number(t) * 1000));
  }

  private async dispatch(op: string, a: unknown[], signal?: AbortSignal): Promise<RpcReply> {
    switch (op) {
      case "socket": {
        if (this.full()) return this.noSlot();
        const id = this.nextId++;
        this.sockets.set(id, { udp: a[0] === 2 });
        return { ok: id };
      }
      case "getaddrinfo":
        return { ok: await this.resolveName(String(a[0])) };
      case "bind": {
        const s = this.get(a[0] as number);
        const boardPort = Number(a[2]);
        const asked = String(a[1]);
        s.bound = { host: this.hostFor(), port: boardPort, boardPort, asked: ["0.0.0.0", "", this.options.bindHost].includes(asked) ? undefined : asked };
        if (s.udp) await this.bindUdp(s);
        return { ok: null };
      }
      case "listen":
        return this.listen(this.get(a[0] as number), Number(a[1] ?? 5));
      case "accept": {
        const s = this.get(a[0] as number);
        if (!s.incoming) return fail("EINVAL");
        if (!(await s.incoming.wait(this.timeoutMs(a[1]), signal))) return fail(a[1] === 0 ? "EAGAIN" : "ETIMEDOUT");
        const conn = s.incoming.items.shift()!;
        // lwIP accepts the connection, finds no socket slot for it, and drops it
        if (this.full()) return conn.destroy(), this.noSlot();
        const id = this.nextId++;
        this.sockets.set(id, { udp: false, tcp: conn, rx: this.receiveQueue(conn) });
        conn.resume();
        return { ok: [id, conn.remoteAddress?.replace(/^::ffff:/, "") ?? "", conn.remotePort ?? 0] };
      }
      case "connect":
        return this.connect(this.get(a[0] as number), String(a[1]), Number(a[2]), this.timeoutMs(a[3]));
      case "send": {
        const s = this.get(a[0] as number);
        const data = Buffer.from(String(a[1]), "hex");
        if (s.connectError) return fail(s.connectError);
        // a non-blocking socket (a[2]) with the host's send buffer full: EAGAIN, as the board's
        // lwip buffer gives; asyncio's drain() then waits for POLLOUT
        if (a[2] === true && s.tcp?.writableNeedDrain) return fail("EAGAIN");
        if (s.udp) {
          if (!s.peer) return fail("ENOTCONN");
          return this.sendto(s, data, s.peer.host, s.peer.port);
        }
        if (!s.tcp || s.tcp.destroyed) return fail("ENOTCONN");
        s.tcp.write(data);
        return { ok: data.length };
      }
      case "recv": {
        const s = this.get(a[0] as number);
        const max = Number(a[1]);
        if (s.udp) {
          const r = await this.recvfrom(s, max, this.timeoutMs(a[2]), signal);
          return "ok" in r ? { ok: (r.ok as unknown[])[0] } : r;
        }
        if (!s.rx) return fail("ENOTCONN");
        if (!(await s.rx.wait(this.timeoutMs(a[2]), signal))) return fail(a[2] === 0 ? "EAGAIN" : "ETIMEDOUT");
        if (!s.rx.items.length) return s.rx.error ? fail(s.rx.error) : { ok: "" };
        let out = s.rx.items.shift()!;
        if (out.length > max) {
          s.rx.items.unshift(out.subarray(max));
          out = out.subarray(0, max);
        }
        return { ok: out.toString("hex") };
      }
      case "sendto": {
        const s = this.get(a[0] as number);
        if (!s.dgram) await this.bindUdp(s);
        return this.sendto(s, Buffer.from(String(a[1]), "hex"), await this.resolveName(String(a[2])), Number(a[3]));
      }
      case "poll":
        return { ok: await poll(this.sockets, a[0] as [number, number][], this.timeoutMs(a[1]), signal) };
      case "soerror": {
        // getsockopt(SO_ERROR) after a non-blocking connect: 0 once connected
        const s = this.get(a[0] as number);
        return { ok: s.connectError ? Errno[s.connectError] : 0 };
      }
      case "recvfrom":
        // (id, bufsize, timeout), or (id, bufsize, peek, timeout) for MSG_PEEK
        return this.recvfrom(this.get(a[0] as number), Number(a[1]), this.timeoutMs(a.at(-1)), signal, a.length > 3 && a[2] === true);
      case "close": {
        const s = this.sockets.get(a[0] as number);
        this.sockets.delete(a[0] as number);
        s?.tcp?.end();
        s?.server?.close();
        s?.dgram?.close();
        return { ok: null };
      }
      case "tls":
        return this.startTls(this.get(a[0] as number), a[1] as TlsRequest);
      case "sleep":
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Number(a[0]));
          signal?.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
        });
        return { ok: null };
      default:
        return { error: "simulator: unknown operation " + op };
    }
  }

  private receiveQueue(sock: net.Socket): Queue<Buffer> {
    const q = new Queue<Buffer>();
    sock.on("data", (d) => q.push(d));
    sock.on("end", () => q.end());
    sock.on("close", () => q.end());
    sock.on("error", (e: NodeJS.ErrnoException) => q.end(e.code === "ECONNRESET" ? "ECONNRESET" : undefined));
    return q;
  }

  private async listen(s: SimSocket, backlog: number): Promise<RpcReply> {
    if (!s.bound) s.bound = { host: this.options.bindHost, port: 0, boardPort: 0 };
    // allowHalfOpen: a peer's FIN ends the board's reads (recv gives b"") but, as on the board,
    // the connection stays open until the program closes it
    const server = net.createServer({ pauseOnConnect: false, allowHalfOpen: true });
    const incoming = new Queue<net.Socket>();
    const bound = s.bound;
    if (this.boardPortTaken(s, bound.boardPort, false)) return fail("EADDRINUSE");
    // a privileged port (80) cannot be opened by a normal user: take a high one
    await this.retryBind(
      bound,
      (port, host) =>
        new Promise<void>((resolve, reject) => {
          server.once("error", reject);
          server.listen({ port, host, backlog }, () => resolve());
        }),
    );
    server.on("connection", (c) => {
      // a connection waits, paused with its bytes buffered, until the program accepts it
      c.pause();
      incoming.push(c);
    });
    s.server = server;
    s.incoming = incoming;
    const port = (server.address() as net.AddressInfo).port;
    bound.port = port;
    this.options.log({ kind: "listen", boardPort: bound.boardPort, host: bound.host, port, udp: false, asked: bound.asked });
    return { ok: null };
  }

  private async connect(s: SimSocket, host: string, port: number, timeoutMs: number | null): Promise<RpcReply> {
    const address = await this.resolveName(host);
    if (s.udp) {
      s.peer = { host: address, port };
      return { ok: null };
    }
    const sock = net.createConnection({ ...this.route(address, port), allowHalfOpen: true });
    const rx = this.receiveQueue(sock);
    if (timeoutMs === 0) return this.connectInBackground(s, sock, rx);
    const result = await new Promise<RpcReply>((resolve) => {
      const timer = timeoutMs === null ? undefined : setTimeout(() => resolve(fail("ETIMEDOUT")), Math.max(timeoutMs, 1));
      sock.once("connect", () => {
        if (timer) clearTimeout(timer);
        resolve({ ok: null });
      });
      sock.once("error", (e: NodeJS.ErrnoException) => {
        if (timer) clearTimeout(timer);
        resolve(e.code && e.code in Errno ? fail(e.code as keyof typeof Errno) : fail("EHOSTUNREACH", e.message));
      });
    });
    if ("ok" in result) {
      s.tcp = sock;
      s.rx = rx;
    } else sock.destroy();
    return result;
  }

  /** A non-blocking connect (asyncio's open_connection): EINPROGRESS now, POLLOUT once it is done. */
  private connectInBackground(s: SimSocket, sock: net.Socket, rx: Queue<Buffer>): RpcReply {
    s.tcp = sock;
    s.rx = rx;
    s.connecting = true;
    const settled = (error?: keyof typeof Errno) => {
      if (!s.connecting) return;
      s.connecting = false;
      s.connectError = error;
      s.writable?.notify();
    };
    sock.once("connect", () => settled());
    sock.once("error", (e: NodeJS.ErrnoException) => settled(e.code && e.code in Errno ? (e.code as keyof typeof Errno) : "EHOSTUNREACH"));
    return fail("EINPROGRESS");
  }

  private async bindUdp(s: SimSocket): Promise<void> {
    const sock = dgram.createSocket("udp4");
    const q = new Queue<{ data: Buffer; host: string; port: number }>();
    sock.on("message", (data, rinfo) => q.push({ data, host: rinfo.address, port: rinfo.port }));
    const bound = s.bound ?? { host: this.options.bindHost, port: 0, boardPort: 0 };
    if (this.boardPortTaken(s, bound.boardPort, true)) throw Object.assign(new Error("EADDRINUSE"), { code: "EADDRINUSE" });
    await this.retryBind(
      bound,
      (port, host) =>
        new Promise<void>((resolve, reject) => {
          sock.once("error", reject);
          sock.bind(port, host, () => resolve());
        }),
    );
    bound.port = sock.address().port;
    s.bound = bound;
    s.dgram = sock;
    s.datagrams = q;
    if (bound.boardPort) this.options.log({ kind: "listen", boardPort: bound.boardPort, host: bound.host, port: bound.port, udp: true, asked: bound.asked });
  }

  private async sendto(s: SimSocket, data: Buffer, host: string, port: number): Promise<RpcReply> {
    if (!s.dgram) await this.bindUdp(s);
    if (isBroadcast(host) && this.options.peers?.[`${host}:${port}`] === undefined) return this.broadcast(s, data, port);
    const to = this.route(host, port);
    await new Promise<void>((resolve, reject) => s.dgram!.send(data, to.port, to.host, (e) => (e ? reject(e) : resolve())));
    return { ok: data.length };
  }

  /**
   * A broadcast stays on this computer: to the loopback broadcast address (receivers bound to
   * 0.0.0.0 on `port` get it), or, where the host refuses that, to 127.0.0.1:`port`; and to this
   * program's other UDP sockets bound to board port `port` (bound to one address, the OS would
   * not give them a broadcast).
   */
  private async broadcast(s: SimSocket, data: Buffer, port: number): Promise<RpcReply> {
    const sock = s.dgram!;
    let loopback = true;
    try {
      sock.setBroadcast(true);
      await new Promise<void>((resolve, reject) => sock.send(data, port, "127.255.255.255", (e) => (e ? reject(e) : resolve())));
    } catch {
      loopback = false;
      await new Promise<void>((resolve, reject) => sock.send(data, port, "127.0.0.1", (e) => (e ? reject(e) : resolve())));
    }
    const from = { host: s.bound!.host === "0.0.0.0" ? "127.0.0.1" : s.bound!.host, port: s.bound!.port };
    for (const o of this.sockets.values()) {
      if (o === s || !o.datagrams || o.bound?.boardPort !== port) continue;
      // already reached through the OS
      if (o.bound.port === port && (o.bound.host === "0.0.0.0" ? loopback : !loopback && o.bound.host === "127.0.0.1")) continue;
      o.datagrams.push({ data: Buffer.from(data), ...from });
    }
    return { ok: data.length };
  }

  private async recvfrom(s: SimSocket, max: number, timeoutMs: number | null, signal?: AbortSignal, peek = false): Promise<RpcReply> {
    if (!s.dgram) await this.bindUdp(s);
    const q = s.datagrams!;
    if (!(await q.wait(timeoutMs, signal))) return fail(timeoutMs === 0 ? "EAGAIN" : "ETIMEDOUT");
    const d = peek ? q.items[0] : q.items.shift()!;
    return { ok: [d.data.subarray(0, max).toString("hex"), d.host, d.port] };
  }

  /** Another socket of the program already holds this board port (the board's own EADDRINUSE). */
  private boardPortTaken(s: SimSocket, boardPort: number, udp: boolean): boolean {
    if (!boardPort) return false;
    for (const o of this.sockets.values()) {
      if (o !== s && o.udp === udp && o.bound?.boardPort === boardPort && (o.server || o.dgram)) return true;
    }
    return false;
  }

  /**
   * Bind on this computer: a privileged board port (80) or one another program
   * of this computer holds becomes a free high port, and an address this
   * computer does not have (the board's own, such as 192.168.4.1) becomes the
   * bind host; the "listen" event tells the user where the port really is.
   */
  private async retryBind(bound: { host: string; boardPort: number }, bind: (port: number, host: string) => Promise<void>): Promise<void> {
    // a privileged port is 8000 above it when that one is free (80 -> 8080), so a browser bookmark keeps working
    let port = bound.boardPort === 0 ? 0 : bound.boardPort < 1024 ? 8000 + bound.boardPort : bound.boardPort;
    for (let attempt = 0; ; attempt++) {
      try {
        await bind(port, bound.host);
        return;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (attempt < 2 && code === "EADDRINUSE" && port !== 0) port = 0;
        else if (attempt < 2 && code === "EADDRNOTAVAIL" && bound.host !== this.options.bindHost) bound.host = this.options.bindHost;
        else throw err;
      }
    }
  }

  /** Upgrade a connected TCP socket to TLS (ssl.wrap_socket): the handshake happens here. */
  private async startTls(s: SimSocket, req: TlsRequest): Promise<RpcReply> {
    if (!s.tcp || s.tcp.destroyed) return fail("ENOTCONN");
    const ca = req.cadata ? [pem(Buffer.from(req.cadata, "hex"), "CERTIFICATE")] : undefined;
    const secure = this.options.insecureTls !== true;
    // bytes already received (a client's hello reaches a server before wrap_socket) go to TLS first
    const early = s.rx?.items.splice(0) ?? [];
    const transport = early.length ? replay(s.tcp, early) : s.tcp;
    let sock: tls.TLSSocket;
    if (req.server_side) {
      if (!req.key || !req.cert) return { error: "a TLS server needs a key and a certificate", errno: Errno.EINVAL };
      sock = new tls.TLSSocket(transport, {
        isServer: true,
        secureContext: tls.createSecureContext({
          key: pem(Buffer.from(req.key, "hex"), "PRIVATE KEY"),
          cert: pem(Buffer.from(req.cert, "hex"), "CERTIFICATE"),
          ca,
        }),
        requestCert: false,
      });
    } else {
      sock = tls.connect({
        socket: transport,
        servername: req.server_hostname && !net.isIP(req.server_hostname) ? req.server_hostname : undefined,
        ca,
        rejectUnauthorized: secure,
        // without server_hostname mbedTLS checks the chain, not the name
        checkServerIdentity: req.server_hostname ? (host, cert) => tls.checkServerIdentity(req.server_hostname!, cert) : () => undefined,
      });
    }
    const rx = this.receiveQueue(sock);
    const result = await new Promise<RpcReply>((resolve) => {
      sock.once(req.server_side ? "secure" : "secureConnect", () => {
        const c = sock.getCipher();
        resolve({ ok: [c.standardName ?? c.name, c.version] });
      });
      sock.once("error", (e: NodeJS.ErrnoException) => {
        const certificate = /CERT|SELF_SIGNED|ISSUER|HOSTNAME|ALTNAME/.test(e.code ?? "") || /certificate/i.test(e.message);
        resolve(
          certificate
            ? { error: "MBEDTLS_ERR_X509_CERT_VERIFY_FAILED: " + e.message, errno: -0x2700 }
            : { error: "MBEDTLS_ERR_SSL_FATAL_ALERT_MESSAGE: " + e.message, errno: -0x7780 },
        );
      });
    });
    if ("ok" in result) {
      s.tcp = sock;
      s.rx = rx;
    } else sock.destroy();
    return result;
  }

  closeAll(): void {
    for (const s of this.sockets.values()) {
      s.tcp?.destroy();
      s.server?.close();
      s.dgram?.close();
    }
    this.sockets.clear();
  }
}

/** 255.255.255.255, or the broadcast address of a /24 subnet (192.168.1.255), as board programs use them. */
function isBroadcast(host: string): boolean {
  return net.isIPv4(host) && host.endsWith(".255");
}

/** What ssl.wrap_socket asks for; byte strings travel as hex. */
interface TlsRequest {
  server_side?: boolean;
  server_hostname?: string | null;
  cadata?: string | null;
  key?: string | null;
  cert?: string | null;
}

/** PEM text for Node from PEM or DER bytes, as MicroPython accepts both. */
function pem(data: Buffer, label: "CERTIFICATE" | "PRIVATE KEY"): string {
  const text = data.toString("latin1");
  if (text.includes("-----BEGIN")) return text;
  if (label === "CERTIFICATE") return new crypto.X509Certificate(data).toString();
  for (const type of ["pkcs8", "pkcs1", "sec1"] as const) {
    try {
      return crypto.createPrivateKey({ key: data, format: "der", type }).export({ format: "pem", type: "pkcs8" }).toString();
    } catch {
      // try the next encoding
    }
  }
  throw new Error("the TLS key is neither PEM nor DER");
}

/** A stream that gives `first` and then what `sock` receives; writes go to `sock`. */
function replay(sock: net.Socket, first: Buffer[]): Duplex {
  sock.removeAllListeners("data");
  const stream = new Duplex({
    read: () => void sock.resume(),
    write: (chunk: Buffer, _encoding, done) => void sock.write(chunk, done),
    final: (done) => void sock.end(done),
    destroy: (err, done) => {
      sock.destroy(err ?? undefined);
      done(err);
    },
  });
  for (const b of first) stream.push(b);
  sock.on("data", (b) => {
    if (!stream.push(b)) sock.pause();
  });
  sock.on("end", () => stream.push(null));
  sock.on("error", (e) => stream.destroy(e));
  return stream;
}
