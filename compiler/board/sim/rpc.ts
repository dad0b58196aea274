// Synchronous calls from the VM's worker thread to the host thread. The VM runs
// synchronously; Node's sockets are asynchronous. The worker posts a request and
// sleeps in Atomics.wait (no CPU spinning) until the host has the answer; the
// answer travels on a MessagePort that the worker reads synchronously.
import { MessageChannel, MessagePort, receiveMessageOnPort } from "node:worker_threads";

/** Slots of the shared Int32Array. */
const READY = 0; // 1 when an answer is waiting on the port
const INTERRUPT = 1; // 1 when the user pressed Ctrl-C

export interface RpcRequest {
  op: string;
  args: unknown[];
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

  call(op: string, args: unknown[]): RpcReply {
    if (Atomics.load(this.flags, INTERRUPT)) return { interrupted: true };
    Atomics.store(this.flags, READY, 0);
    this.port.postMessage({ op, args } satisfies RpcRequest);
    // wake up now and then to notice Ctrl-C even while a call waits for a peer
    while (Atomics.wait(this.flags, READY, 0, 200) === "timed-out") {
      if (Atomics.load(this.flags, INTERRUPT)) return { interrupted: true };
    }
    const msg = receiveMessageOnPort(this.port);
    if (!msg) throw new Error("simulator: the host signalled an answer that is not there");
    return msg.message as RpcReply;
  }
}

/** The host side: answers requests, possibly later (a recv waiting for data). */
export class RpcServer {
  readonly shared = new SharedArrayBuffer(8);
  readonly workerPort: MessagePort;
  private readonly port: MessagePort;
  private readonly flags = new Int32Array(this.shared);

  constructor(handle: (req: RpcRequest) => Promise<RpcReply>) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.workerPort = port2;
    // one request at a time: the VM thread is blocked until it is answered
    this.port.on("message", (req: RpcRequest) => {
      handle(req)
        .catch((err: unknown): RpcReply => ({ error: err instanceof Error ? err.message : String(err) }))
        .then((reply) => {
          this.port.postMessage(reply);
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
