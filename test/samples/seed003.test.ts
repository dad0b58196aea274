// Seed 003 (Socket通信): the ESP32 TCP echo server, the PC TCP client (run by desktop CPython),
// the Star Wars telnet client written as a module, and the lab's closing question answered: an
// LED switched over a socket. Each sample runs in the same world as the seed's own code (Node
// peers on this thread) and the transcripts must be equal.
import { describe, expect, test } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as net from "node:net";
import { fileURLToPath } from "node:url";
import { execa } from "execa";
import { checkGolden, compileSample, programOf, runInWorld, type Peers, type Transcript, type World } from "../helpers/scenario.js";

const samplesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../samples");
const sampleDir = (name: string) => path.join(samplesDir, name);
const original = (dir: string) => [{ path: "original.py", text: fs.readFileSync(path.join(dir, "original.py"), "utf8") }];

/** A TCP client of a server on the board: sends, waits for answers, records what it receives. */
class Client {
  private got = Buffer.alloc(0);
  private waiting?: { n: number; resolve: () => void };
  readonly closed: Promise<void>;
  private constructor(
    readonly sock: net.Socket,
    private readonly name: string,
    private readonly peers: Peers,
  ) {
    sock.on("data", (d) => {
      peers.record(name, d);
      this.got = Buffer.concat([this.got, d]);
      this.check();
    });
    this.closed = new Promise((resolve) => sock.on("close", () => resolve()));
  }

  static connect(host: string, port: number, name: string, peers: Peers): Promise<Client> {
    return new Promise((resolve, reject) => {
      const sock = net.createConnection({ host, port }, () => resolve(new Client(sock, name, peers)));
      sock.once("error", reject);
    });
  }

  private check(): void {
    if (this.waiting && this.got.length >= this.waiting.n) {
      const w = this.waiting;
      this.waiting = undefined;
      w.resolve();
    }
  }

  /** Send `data` and wait until `replyBytes` more bytes have come back (or the connection ends). */
  exchange(data: string, replyBytes: number): Promise<void> {
    const n = this.got.length + replyBytes;
    const done = new Promise<void>((resolve) => {
      this.waiting = { n, resolve };
      void this.closed.then(resolve);
    });
    this.sock.write(data);
    this.check();
    return withTimeout(done, `${this.name}: an answer to ${JSON.stringify(data)}`);
  }

  /** Hang up (FIN) and wait until the board has closed its side too. */
  async end(): Promise<void> {
    this.sock.end();
    await withTimeout(this.closed, `${this.name}: the board closing the connection`);
  }
}

function withTimeout<T>(p: Promise<T>, what: string, ms = 5000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out waiting for " + what)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** Resolves once nothing listens on host:port any more (a connection is refused). */
async function refused(host: string, port: number): Promise<void> {
  for (;;) {
    const accepted = await new Promise<boolean>((resolve) => {
      const c = net.createConnection({ host, port }, () => {
        c.destroy();
        resolve(true);
      });
      c.once("error", () => resolve(false));
    });
    if (!accepted) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Replace the clients' own (random) port numbers in what the board printed. */
function hidePorts(t: Transcript, ports: number[]): Transcript {
  let stdout = t.stdout;
  for (const p of ports) stdout = stdout.replaceAll(`, ${p})`, ", <client port>)");
  return { ...t, stdout };
}

describe("seed 003: the ESP32 TCP echo server", () => {
  const dir = sampleDir("seed003-echo-server");
  const messages = ["hello 1ZLAB, I am TCP Client", "你好", "line\r\n"];

  /**
   * The PC client sends the seed's message and two more, one at a time, reads each echo and
   * hangs up; a second client sends one more and then resets its connection, the error that
   * ends the server through the seed's `except` (closing the listening socket).
   */
  function world(ports: number[]): World {
    return {
      async onListen(listen, peers) {
        const pc = await Client.connect(listen.host, listen.port, "pc", peers);
        ports.push(pc.sock.localPort ?? 0);
        for (const m of messages) await pc.exchange(m, Buffer.byteLength(m));
        await pc.end();
        const rude = await Client.connect(listen.host, listen.port, "rude", peers);
        ports.push(rude.sock.localPort ?? 0);
        await rude.exchange("bye", 3);
        rude.sock.resetAndDestroy();
        // the server ends by itself: wait until its listening socket is gone
        await withTimeout(refused(listen.host, listen.port), "the board closing its listening socket");
      },
      timeoutMs: 15000,
    };
  }

  test("compiles to the reviewed Python", () => {
    checkGolden(dir, compileSample(dir));
  });

  test("echoes like the seed's server and ends through its except on a reset connection", async () => {
    const program = programOf(compileSample(dir));
    const ports: number[] = [];
    const seed = hidePorts(await runInWorld(original(dir), "original", world(ports)), ports.splice(0));
    const sample = hidePorts(await runInWorld(program.files, program.entry, world(ports)), ports);
    expect(sample).toEqual(seed);
    expect(sample.received).toEqual({ pc: Buffer.from(messages.join("")).toString("latin1"), rude: "bye" });
    expect(sample.stdout).toBe(
      [
        "tcp waiting...",
        "accepting.....",
        "('127.0.0.1', <client port>) connected",
        "b'hello 1ZLAB, I am TCP Client'",
        "b'\\xe4\\xbd\\xa0\\xe5\\xa5\\xbd'",
        "b'line\\r\\n'",
        "close socket",
        "accepting.....",
        "('127.0.0.1', <client port>) connected",
        "b'bye'",
        "",
      ].join("\n"),
    );
    expect(sample.events).toEqual(["wifi connected to 'SSID' as 127.0.0.1", "tcp listen 10000"]);
    // the reset ended the program (status 0), not the harness's Ctrl-C (130)
    expect(sample.exit).toBe(0);
  });
});

describe("seed 003: the PC TCP client under desktop CPython", () => {
  const dir = sampleDir("seed003-pc-client");
  const lines = ["hello 1ZLAB, I am TCP Client", "你好", "bye"];

  /** A server on 127.0.0.1:10000 (the port the seed's client knows), recording what one client sends. */
  async function echoServerPort(): Promise<{ server: net.Server; received: Promise<Buffer> }> {
    let got: (b: Buffer) => void = () => {};
    const received = new Promise<Buffer>((resolve) => (got = resolve));
    const server = net.createServer((c) => {
      const chunks: Buffer[] = [];
      c.on("data", (d) => chunks.push(d));
      c.on("close", () => got(Buffer.concat(chunks)));
    });
    // the previous test's board may still be letting go of the port: retry briefly
    for (let attempt = 0; ; attempt++) {
      try {
        await new Promise<void>((resolve, reject) => {
          server.once("error", reject);
          server.listen(10000, "127.0.0.1", () => resolve());
        });
        return { server, received };
      } catch (err) {
        if (attempt === 20) throw err;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  /** Run a Python file with python3, typing `lines` and then closing stdin (Ctrl-D). */
  async function runCPython(file: string) {
    const { server, received } = await echoServerPort();
    try {
      const r = await execa("python3", [file], { input: lines.join("\n") + "\n", reject: false, timeout: 10000 });
      const bytes = await withTimeout(received, "the client's connection to end");
      // the traceback's file and line differ; its last line is the error
      return { stdout: r.stdout, received: bytes.toString("utf8"), exit: r.exitCode, error: r.stderr.trim().split("\n").at(-1) };
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }

  test("compiles to the reviewed Python", () => {
    checkGolden(dir, compileSample(dir));
  });

  test("sends what the seed's client sends, and the compiled file needs no runtime helper", async () => {
    const files = compileSample(dir).filter((f) => f.path.endsWith(".py"));
    // plain Python: nothing of mpts_rt, so CPython needs no extra file
    expect(files.map((f) => f.path)).toEqual(["main.py"]);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-seed003-"));
    try {
      for (const f of files) fs.writeFileSync(path.join(tmp, f.path), f.text);
      const seed = await runCPython(path.join(dir, "original.py"));
      const sample = await runCPython(path.join(tmp, "main.py"));
      expect(sample).toEqual(seed);
      // input() drops each newline: the server gets the lines run together
      expect(sample.received).toBe(lines.join(""));
      // one prompt per line, and one more that meets the end of the input
      expect(sample.stdout).toBe(">>> ".repeat(lines.length + 1));
      expect(sample.error).toBe("EOFError: EOF when reading a line");
      expect(sample.exit).toBe(1);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
