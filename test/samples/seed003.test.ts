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
  exchange(data: string | Buffer, replyBytes: number): Promise<void> {
    const n = this.got.length + replyBytes;
    const done = new Promise<void>((resolve) => {
      this.waiting = { n, resolve };
      void this.closed.then(resolve);
    });
    this.sock.write(data);
    this.check();
    return withTimeout(done, `${this.name}: an answer to ${JSON.stringify(data.toString())}`);
  }

  /** Hang up (FIN), after `last` if given, and wait until the board has closed its side too. */
  async end(last = ""): Promise<void> {
    this.sock.end(last);
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
        return "ends by itself";
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

describe("seed 003: Star Wars over telnet, as a module", () => {
  const dir = sampleDir("seed003-starwars");
  const towel = "94.142.241.111"; // the address the seed shows for towel.blinkenlights.nl

  /** Deterministic Asciimation frames: a clear-screen code, then 13 lines, as the real service sends. */
  const crawl = ["A long time ago,", "in a galaxy far,", "far away....", "", "S T A R   W A R S", "Episode IV", "A NEW HOPE"];
  const frames = crawl.map((_, i) => {
    const rows: string[] = [];
    for (let r = 0; r < 13; r++) {
      const text = crawl[(i + r) % crawl.length];
      rows.push(" ".repeat(8 + ((r * 3 + i) % 20)) + text + " ".repeat(40 - text.length) + "|".repeat(r % 4));
    }
    return "\x1b[H\x1b[J" + rows.join("\r\n") + "\r\n";
  });

  /** A telnet-like server on the seed's host: it streams the frames and keeps the connection open. */
  function world(): World {
    let server: net.Server | undefined;
    const timers: NodeJS.Timeout[] = [];
    const conns: net.Socket[] = [];
    return {
      resolve: { "towel.blinkenlights.nl": towel },
      async start(peers) {
        server = net.createServer((c) => {
          c.on("data", (d) => peers.record("towel", d));
          c.on("error", () => {});
          conns.push(c);
          peers.record("towel", ""); // the board connected (it sends nothing)
          frames.forEach((f, i) => timers.push(setTimeout(() => c.write(f), 20 * i)));
        });
        await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
        const port = (server.address() as net.AddressInfo).port;
        return { [`${towel}:23`]: port };
      },
      async stop() {
        timers.forEach(clearTimeout);
        conns.forEach((c) => c.destroy());
        await new Promise((resolve) => server?.close(resolve));
      },
      // the client never stops by itself: Ctrl-C after the stream (as the seed says)
      timeoutMs: 3000,
    };
  }

  test("compiles to the reviewed Python (a module and a main that imports it)", () => {
    checkGolden(dir, compileSample(dir));
  });

  test("prints the stream like the seed's REPL loop, until Ctrl-C", async () => {
    const program = programOf(compileSample(dir));
    const seed = await runInWorld(original(dir), "original", world());
    const sample = await runInWorld(program.files, program.entry, world());
    expect(sample).toEqual(seed);
    expect(sample.stdout).toBe(frames.join(""));
    expect(sample.stdout.length).toBeGreaterThan(2000); // many recv(500) chunks
    expect(sample.received).toEqual({ towel: "" });
    expect(sample.exit).toBe(130); // stopped by Ctrl-C, as in the REPL
  });
});

describe("seed 003's closing question: an LED switched over a socket", () => {
  const dir = sampleDir("seed003-led-server");

  /** Send a command (or several) and wait for the replies, given as text. */
  const ask = (c: Client, data: string | Buffer, replies: string) => c.exchange(data, Buffer.byteLength(replies));

  /**
   * Three clients, one after the other: the first tries every rule of the protocol (README.md)
   * and ends with a command that has no newline; the second sees the state the first left and
   * resets its connection; the third sees that the server and the LED carried on.
   */
  const world: World = {
    async onListen(listen, peers) {
      const first = await Client.connect(listen.host, listen.port, "first", peers);
      await ask(first, "on\n", "OK ON\n");
      await ask(first, "STATUS\n", "LED ON\n");
      await ask(first, "\nToggle\r\n", "OK OFF\n"); // the empty line gets no reply
      await ask(first, "blink\n", "ERR unknown command: blink\n");
      await ask(first, "  off  \nTOGGLE\n", "OK OFF\nOK ON\n"); // two commands in one packet
      await ask(first, Buffer.from([0xff, 0xfe, 0x0a]), "ERR not UTF-8 text\n");
      await first.end("TOGGLE"); // carried out and answered before the board hangs up
      const second = await Client.connect(listen.host, listen.port, "second", peers);
      await ask(second, "status\n", "LED OFF\n");
      await ask(second, "ON\n", "OK ON\n");
      second.sock.resetAndDestroy();
      // the board takes the next client only once it has dropped the second
      const third = await Client.connect(listen.host, listen.port, "third", peers);
      await ask(third, "STATUS\n", "LED ON\n");
      await third.end();
    },
    timeoutMs: 15000,
  };

  test("compiles to the reviewed Python", () => {
    checkGolden(dir, compileSample(dir));
  });

  test("answers the protocol's commands and drives pin 2", async () => {
    const program = programOf(compileSample(dir));
    const t = await runInWorld(program.files, program.entry, world);
    expect(t.received).toEqual({
      first: "OK ON\nLED ON\nOK OFF\nERR unknown command: blink\nOK OFF\nOK ON\nERR not UTF-8 text\nOK OFF\n",
      second: "LED OFF\nOK ON\n",
      third: "LED ON\n",
    });
    // the first write of a pin is logged, then only changes (OFF while off changes nothing)
    expect(t.events).toEqual([
      "pin 2 = 0",
      "wifi connected to 'SSID' as 127.0.0.1",
      "tcp listen 10000",
      "pin 2 = 1",
      "pin 2 = 0",
      "pin 2 = 1",
      "pin 2 = 0",
      "pin 2 = 1",
    ]);
    expect(t.stdout).toBe(
      [
        "LED server on 127.0.0.1 port 10000",
        "client 127.0.0.1 connected",
        "on -> OK ON",
        "STATUS -> LED ON",
        "Toggle -> OK OFF",
        "blink -> ERR unknown command: blink",
        "off -> OK OFF",
        "TOGGLE -> OK ON",
        "? -> ERR not UTF-8 text",
        "TOGGLE -> OK OFF",
        "client closed",
        "client 127.0.0.1 connected",
        "status -> LED OFF",
        "ON -> OK ON",
        "client lost: [Errno 104] ECONNRESET",
        "client 127.0.0.1 connected",
        "STATUS -> LED ON",
        "client closed",
        "",
      ].join("\n"),
    );
    expect(t.exit).toBe(130); // the server runs until Ctrl-C
  });
});
