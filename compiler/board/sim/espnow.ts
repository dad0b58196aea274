// ESP-NOW between simulated boards on this computer. Each simulated board that switches
// ESP-NOW on takes the first free UDP port of PORTS on loopback; a frame goes to every other
// port of the range, and a board keeps the frames addressed to its MAC (its station
// interface's, as the program configured it) or to a broadcast/multicast address. A unicast
// frame is acknowledged by the board that keeps it, so send(..., sync) learns whether a peer
// got it, as ESP-NOW's own acknowledgement tells the sender.
import * as dgram from "node:dgram";
import type { RpcReply } from "./rpc.js";

/** The loopback ports simulated boards use for ESP-NOW: at most this many boards at once. */
export const ESPNOW_PORTS = { first: 47310, count: 16 };
/** How long a sync send waits for the peer's acknowledgement. */
const ACK_MS = 100;
/** Frames a board keeps unread before it drops new ones (the firmware's rxbuf holds about two). */
const QUEUE_LIMIT = 32;

interface Frame {
  /** sender's MAC, destination MAC and message, as hex */
  src: string;
  dst: string;
  msg: string;
  /** set on unicast frames: the sender waits for an ack with this id */
  id?: number;
  ack?: number;
}

export class EspNowHost {
  private socket?: dgram.Socket;
  private port = 0;
  private mac = "";
  private queue: { src: string; msg: string }[] = [];
  private nextId = 1;
  private acks = new Map<number, (ok: boolean) => void>();
  dropped = 0;

  async handle(a: unknown[]): Promise<RpcReply> {
    const what = String(a[0]);
    if (typeof a[1] === "string") this.mac = a[1];
    if (what === "open") return this.open();
    if (what === "close") return this.close(), { ok: null };
    if (!this.socket) return { error: "ESP_ERR_ESPNOW_NOT_INIT", errno: -12385 };
    if (what === "recv") return { ok: this.queue.shift() ?? null };
    if (what === "any") return { ok: this.queue.length };
    if (what === "send") return { ok: await this.send(String(a[2]), String(a[3])) };
    return { error: "simulator: unknown espnow operation " + what };
  }

  private async open(): Promise<RpcReply> {
    if (this.socket) return { ok: this.port };
    for (let port = ESPNOW_PORTS.first; port < ESPNOW_PORTS.first + ESPNOW_PORTS.count; port++) {
      const s = dgram.createSocket("udp4");
      const bound = await new Promise<boolean>((resolve) => {
        s.once("error", () => resolve(false));
        s.bind(port, "127.0.0.1", () => resolve(true));
      });
      if (!bound) {
        s.close();
        continue;
      }
      s.on("message", (data, from) => this.receive(data, from.port));
      s.on("error", () => {});
      s.unref();
      this.socket = s;
      this.port = port;
      return { ok: port };
    }
    return { error: `ESP_ERR_ESPNOW_INTERNAL: all ${ESPNOW_PORTS.count} simulated ESP-NOW boards are in use`, errno: -12390 };
  }

  private receive(data: Buffer, fromPort: number): void {
    let f: Frame;
    try {
      f = JSON.parse(data.toString("utf8")) as Frame;
    } catch {
      return;
    }
    if (f.ack !== undefined) {
      this.acks.get(f.ack)?.(true);
      return;
    }
    // broadcast and multicast addresses have the lowest bit of their first byte set
    const forUs = f.dst === this.mac || (parseInt(f.dst.slice(0, 2), 16) & 1) === 1;
    if (!forUs) return;
    if (this.queue.length >= QUEUE_LIMIT) this.dropped++;
    else this.queue.push({ src: f.src, msg: f.msg });
    // the acknowledgement goes back to the sending board's port only
    if (f.id !== undefined && f.dst === this.mac) this.sendTo([fromPort], { src: this.mac, dst: f.src, msg: "", ack: f.id });
  }

  private others(): number[] {
    const ports: number[] = [];
    for (let p = ESPNOW_PORTS.first; p < ESPNOW_PORTS.first + ESPNOW_PORTS.count; p++) if (p !== this.port) ports.push(p);
    return ports;
  }

  private sendTo(ports: number[], f: Frame): void {
    const data = Buffer.from(JSON.stringify(f));
    for (const p of ports) this.socket?.send(data, p, "127.0.0.1", () => {});
  }

  /** true when a peer acknowledged the frame (a broadcast is always true, as on the board) */
  private send(dst: string, msg: string): Promise<boolean> {
    const broadcast = (parseInt(dst.slice(0, 2), 16) & 1) === 1;
    if (broadcast) {
      this.sendTo(this.others(), { src: this.mac, dst, msg });
      return Promise.resolve(true);
    }
    const id = this.nextId++;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => finish(false), ACK_MS);
      const finish = (ok: boolean) => {
        clearTimeout(timer);
        this.acks.delete(id);
        resolve(ok);
      };
      this.acks.set(id, finish);
      this.sendTo(this.others(), { src: this.mac, dst, msg, id });
    });
  }

  close(): void {
    this.socket?.close();
    this.socket = undefined;
    this.queue = [];
  }
}
