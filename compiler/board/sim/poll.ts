// select.poll for the simulated board's sockets: asyncio's event loop asks which
// of its sockets are ready, waiting up to a timeout (in the host, without
// spinning) for the first change on any of them. The flags are the VM's own
// select constants, which MicroPython's asyncio tests (Linux values).
import type * as net from "node:net";
import { Queue, type SimSocket } from "./net.js";

export const POLLIN = 1;
export const POLLOUT = 4;
export const POLLERR = 8;
export const POLLHUP = 16;
export const POLLNVAL = 32;

/** What `s` is ready for among `events`; errors and hang-ups are reported whatever was asked. */
function readiness(s: SimSocket | undefined, events: number): number {
  if (!s) return POLLNVAL;
  let ready = 0;
  if (events & POLLIN) {
    if (s.incoming?.items.length || s.datagrams?.items.length) ready |= POLLIN;
    if (s.rx && (s.rx.items.length || s.rx.ended)) ready |= POLLIN;
  }
  if (s.rx?.error) ready |= POLLERR;
  if (s.connectError) ready |= POLLERR | POLLHUP;
  else if (events & POLLOUT) {
    if (s.udp || (s.tcp && !s.connecting && !s.tcp.destroyed && !s.tcp.writableNeedDrain)) ready |= POLLOUT;
  }
  if (s.tcp?.destroyed && s.rx?.ended) ready |= POLLHUP;
  return ready;
}

/** The writable signal of a TCP socket (made on first use; a TLS upgrade replaces the socket). */
function writableSignal(s: SimSocket): Queue<never> | undefined {
  if (!s.tcp) return undefined;
  if (s.writableFor !== s.tcp) {
    const signal = (s.writable ??= new Queue<never>());
    const tcp: net.Socket = s.tcp;
    const wake = () => signal.notify();
    tcp.on("drain", wake);
    tcp.on("close", wake);
    s.writableFor = tcp;
  }
  return s.writable;
}

/** The queues whose changes can make `s` ready. */
function sources(s: SimSocket | undefined, events: number): Queue<unknown>[] {
  if (!s) return [];
  const qs: (Queue<unknown> | undefined)[] = [s.rx, s.incoming, s.datagrams];
  if (events & POLLOUT || s.connecting) qs.push(writableSignal(s));
  return qs.filter((q): q is Queue<unknown> => q !== undefined);
}

/**
 * [id, events] pairs in, [id, revents] pairs out for the ready ones; waits up to
 * `timeoutMs` (null: for ever) for one to become ready, or until Ctrl-C.
 */
export async function poll(
  sockets: Map<number, SimSocket>,
  entries: [number, number][],
  timeoutMs: number | null,
  signal?: AbortSignal,
): Promise<[number, number][]> {
  const ready = () => {
    const out: [number, number][] = [];
    for (const [id, events] of entries) {
      const r = readiness(sockets.get(id), events);
      if (r) out.push([id, r]);
    }
    return out;
  };
  const now = ready();
  if (now.length || timeoutMs === 0 || signal?.aborted) return now;
  const watched = entries.flatMap(([id, events]) => sources(sockets.get(id), events));
  await new Promise<void>((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const done = () => {
      if (timer) clearTimeout(timer);
      for (const q of watched) q.unwatch(w);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const w = { wake: done };
    for (const q of watched) q.watch(w);
    signal?.addEventListener("abort", done, { once: true });
    if (timeoutMs !== null) timer = setTimeout(done, timeoutMs);
  });
  return ready();
}
