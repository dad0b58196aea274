// Synchronous calls from the VM's worker thread to the host thread. The VM runs
// synchronously; Node's sockets are asynchronous. The worker posts a request and
// sleeps in Atomics.wait (no CPU spinning) until the host has the answer; the
// answer travels on a MessagePort that the worker reads synchronously.
import { MessageChannel, MessagePort, receiveMessageOnPort } from "node:worker_threads";

/** Slots of the shared Int32Array. */
const READY = 0; // 1 when an answer is waiting on the port
const INTERRUPT = 1; // 1 when the user pressed Ctrl-C

export interface RpcRequest {
  id: number;
  op: string;
  args: unknown[];
}

/** The worker gave up waiting (Ctrl-C): the host stops the request's wait. */
interface RpcCancel {
  cancel: number;
}

export type RpcReply = { ok: unknown } | { error: string; errno?: number } | { interrupted: true };

/** The worker side: blocking calls. */
export class RpcClient {
  private readonly flags: Int32Array;
  constructor(
    private readonly port: MessagePort,
    shared: SharedArrayBuffer,
  ) {
    this.flags = new Int32Array(shared);
  }

  private nextId = 1;

  call(op: string, args: unknown[]): RpcReply {
    // Ctrl-C raises KeyboardInterrupt once, as on the board: the program may catch it and go on
    if (Atomics.exchange(this.flags, INTERRUPT, 0)) return { interrupted: true };
    const id = this.nextId++;
    Atomics.store(this.flags, READY, 0);
    this.port.postMessage({ id, op, args } satisfies RpcRequest);
    for (;;) {
      // answers to abandoned (interrupted) requests may come first: skip them
      for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
        const answer = m.message as { id: number; reply: RpcReply };
        if (answer.id === id) return answer.reply;
      }
      // wake up now and then to notice Ctrl-C even while a call waits for a peer
      if (Atomics.exchange(this.flags, INTERRUPT, 0)) {
        this.port.postMessage({ cancel: id } satisfies RpcCancel);
        return { interrupted: true };
      }
      Atomics.wait(this.flags, READY, 0, 200);
      Atomics.store(this.flags, READY, 0);
    }
  }
}

/** The host side: answers requests, possibly later (a recv waiting for data). */
export class RpcServer {
  readonly shared = new SharedArrayBuffer(8);
  readonly workerPort: MessagePort;
  private readonly port: MessagePort;
  private readonly flags = new Int32Array(this.shared);

  constructor(handle: (req: RpcRequest, signal: AbortSignal) => Promise<RpcReply>) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.workerPort = port2;
    const pending = new Map<number, AbortController>();
    // one request at a time: the VM thread is blocked until it is answered
    this.port.on("message", (req: RpcRequest | RpcCancel) => {
      if ("cancel" in req) {
        pending.get(req.cancel)?.abort();
        return;
      }
      const abort = new AbortController();
      pending.set(req.id, abort);
      handle(req, abort.signal)
        .catch((err: unknown): RpcReply => ({ error: err instanceof Error ? err.message : String(err) }))
        .then((reply) => {
          pending.delete(req.id);
          this.port.postMessage({ id: req.id, reply });
          Atomics.store(this.flags, READY, 1);
          Atomics.notify(this.flags, READY);
        });
    });
  }

  interrupt(): void {
    Atomics.store(this.flags, INTERRUPT, 1);
    Atomics.notify(this.flags, READY);
  }

  close(): void {
    this.port.close();
  }
}
