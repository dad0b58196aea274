// Seed 002 (MicroPython tutorial, "Network - TCP sockets": Star Wars Asciimation, http_get and
// the GPIO pin server) and seed 004 (the mPython board's TCP client and server with the OLED).
// Each sample runs in the same world as the seed's own code (Node peers on this thread, the
// seeds' host names resolved to them) and the two transcripts must be equal.
import { describe, expect, test } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import * as net from "node:net";
import { fileURLToPath } from "node:url";
import { checkGolden, compileSample, programOf, runInWorld, type Peers, type Transcript, type World } from "../helpers/scenario.js";

const samplesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../samples");
const sampleDir = (name: string) => path.join(samplesDir, name);
const original = (dir: string) => [{ path: "original.py", text: fs.readFileSync(path.join(dir, "original.py"), "utf8") }];

/** Run the seed's original.py and the compiled sample in worlds made by `world` (one each). */
async function bothRuns(dir: string, world: () => World): Promise<{ seed: Transcript; sample: Transcript }> {
  const program = programOf(compileSample(dir));
  const seed = await runInWorld(original(dir), "original", world());
  const sample = await runInWorld(program.files, program.entry, world());
  return { seed, sample };
}

function withTimeout<T>(p: Promise<T>, what: string, ms = 5000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out waiting for " + what)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A Node TCP server on a free port of 127.0.0.1, closed by the world's stop(). */
async function tcpServer(onConnection: (c: net.Socket) => void): Promise<{ port: number; stop: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const s = net.createServer((c) => {
    sockets.add(c);
    c.on("close", () => sockets.delete(c));
    c.on("error", () => {});
    onConnection(c);
  });
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const port = (s.address() as net.AddressInfo).port;
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const c of sockets) c.destroy();
      s.close(() => resolve());
    });
  return { port, stop };
}

/** A TCP client of a server on the board: records what it receives under `name`. */
class Client {
  private got = Buffer.alloc(0);
  private waiting?: { n: number; resolve: () => void };
  readonly closed: Promise<void>;
  private constructor(
    readonly sock: net.Socket,
    private readonly name: string,
  ) {
    this.closed = new Promise((resolve) => sock.on("close", () => resolve()));
  }

  static connect(listen: { host: string; port: number }, name: string, peers: Peers): Promise<Client> {
    return new Promise((resolve, reject) => {
      const sock = net.createConnection({ host: listen.host, port: listen.port }, () => resolve(client));
      const client = new Client(sock, name);
      sock.on("data", (d) => {
        peers.record(name, d);
        client.got = Buffer.concat([client.got, d]);
        client.check();
      });
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

  /** Send `data` and wait until as many bytes have come back (an echo), or the connection ends. */
  exchange(data: string): Promise<void> {
    const n = this.got.length + Buffer.byteLength(data);
    const done = new Promise<void>((resolve) => {
      this.waiting = { n, resolve };
      void this.closed.then(resolve);
    });
    this.sock.write(data);
    this.check();
    return withTimeout(done, `${this.name}: the echo of ${JSON.stringify(data)}`);
  }

  /** Send a request and wait until the board has closed the connection. */
  async request(data: string): Promise<void> {
    this.sock.write(data);
    await withTimeout(this.closed, `${this.name}: the board closing the connection`);
  }

  /** Hang up (FIN) and wait until the board has closed its side too. */
  async end(): Promise<void> {
    this.sock.end();
    await withTimeout(this.closed, `${this.name}: the board closing the connection`);
  }
}

/** Replace the clients' own (random) port numbers in what the board printed. */
function hidePorts(t: Transcript, ports: number[]): Transcript {
  let stdout = t.stdout;
  for (const p of ports) stdout = stdout.replaceAll(`, ${p})`, ", <client port>)");
  return { ...t, stdout };
}

const wifiLine = "WiFi(ssid,-45dBm) Connection Successful, Config:('127.0.0.1', '255.0.0.0', '127.0.0.1', '127.0.0.1')";

describe("seed 002: Star Wars Asciimation", () => {
  const dir = sampleDir("seed002-starwars");

  /** Frames as the film sends them: cursor home, clear screen, then the picture (more than 500 bytes each). */
  const frames = [0, 1, 2, 3].map((k) => {
    const sky = Array.from({ length: 10 }, (_, row) => " ".repeat(4 + ((row * 7 + k * 3) % 30)) + "*");
    const ship = [" ".repeat(k * 8) + "   __", " ".repeat(k * 8) + "--=[__]>", " ".repeat(k * 8) + "   ~~"];
    return (
      "\x1b[H\x1b[J" +
      [
        "",
        "        A long time ago in a galaxy far,",
        "        far away....",
        "",
        ...sky,
        ...ship,
        `                                 frame ${k + 1}`,
      ]
        .map((l) => l.padEnd(40) + "\n")
        .join("")
    );
  });

  /**
   * towel.blinkenlights.nl: streams the frames, 50 ms apart, and closes. The document's loop
   * never ends by itself (after the close it reads empty chunks), so both programs run until
   * the harness's Ctrl-C, as the document says to stop it.
   */
  function world(): World {
    let server: Awaited<ReturnType<typeof tcpServer>> | undefined;
    return {
      resolve: { "towel.blinkenlights.nl": "94.142.241.111" },
      async start(peers) {
        server = await tcpServer(async (c) => {
          c.on("data", (d) => peers.record("towel", d));
          for (const f of frames) {
            c.write(f);
            await delay(50);
          }
          c.end();
        });
        return { "94.142.241.111:23": server.port };
      },
      stop: () => server?.stop() ?? Promise.resolve(),
      timeoutMs: 3000,
    };
  }

  test("compiles to the reviewed Python", () => {
    checkGolden(dir, compileSample(dir));
  });

  test("prints the film as it streams, like the seed's loop, until Ctrl-C", async () => {
    expect(frames.every((f) => f.length > 500)).toBe(true);
    const { seed, sample } = await bothRuns(dir, world);
    expect(sample).toEqual(seed);
    expect(sample.stdout).toBe(frames.join(""));
    expect(sample.received).toEqual({});
    expect(sample.exit).toBe(130);
  });
});

describe("seed 002: http_get", () => {
  const dir = sampleDir("seed002-http-get");
  const page = [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "    <head>",
    "        <title>Test</title>",
    "    </head>",
    "    <body>",
    "        <h1>Test</h1>",
    "        It's working if you can read this!",
    "    </body>",
    "</html>",
    "",
  ].join("\n");
  const response = `HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: text/html\r\nContent-Length: ${page.length}\r\nConnection: close\r\n\r\n${page}`;

  /** micropython.org: reads the request up to its blank line, answers with a small page and closes. */
  function world(): World {
    let server: Awaited<ReturnType<typeof tcpServer>> | undefined;
    return {
      resolve: { "micropython.org": "176.58.119.26" },
      async start(peers) {
        server = await tcpServer((c) => {
          let request = "";
          c.on("data", (d) => {
            peers.record("micropython.org", d);
            request += d.toString("latin1");
            if (request.includes("\r\n\r\n")) c.end(response);
          });
        });
        return { "176.58.119.26:80": server.port };
      },
      stop: () => server?.stop() ?? Promise.resolve(),
      timeoutMs: 5000,
    };
  }

  test("compiles to the reviewed Python", () => {
    checkGolden(dir, compileSample(dir));
  });

  test("sends the seed's request and prints the whole answer, read 100 bytes at a time", async () => {
    expect(response.length).toBeGreaterThan(200);
    const { seed, sample } = await bothRuns(dir, world);
    expect(sample).toEqual(seed);
    expect(sample.received).toEqual({ "micropython.org": "GET /ks/test.html HTTP/1.0\r\nHost: micropython.org\r\n\r\n" });
    expect(sample.stdout).toBe(response);
    expect(sample.exit).toBe(0);
  });
});

describe("seed 002: the GPIO pin server", () => {
  const dir = sampleDir("seed002-pin-server");
  const pins = { "4": 1, "12": 1 };

  /** A browser and then curl ask for the page; each reads it until the board closes the connection. */
  function world(ports: number[]): World {
    return {
      pins,
      async onListen(listen, peers) {
        const requests = {
          browser: "GET / HTTP/1.1\r\nHost: 192.168.4.1\r\nUser-Agent: Mozilla/5.0\r\nAccept: text/html\r\n\r\n",
          curl: "GET /pins HTTP/1.1\r\nHost: 192.168.4.1\r\nUser-Agent: curl/8.5.0\r\nAccept: */*\r\n\r\n",
        };
        for (const [name, request] of Object.entries(requests)) {
          const c = await Client.connect(listen, name, peers);
          ports.push(c.sock.localPort ?? 0);
          await c.request(request);
        }
      },
      timeoutMs: 15000,
    };
  }

  test("compiles to the reviewed Python", () => {
    checkGolden(dir, compileSample(dir));
  });

  test("serves the table of pin levels like the seed's server, to each client in turn", async () => {
    const ports: number[] = [];
    const { seed, sample } = await bothRuns(dir, () => world(ports));
    expect(hidePorts(sample, ports)).toEqual(hidePorts(seed, ports));
    const rows = [0, 2, 4, 5, 12, 13, 14, 15].map((p) => `<tr><td>Pin(${p})</td><td>${p === 4 || p === 12 ? 1 : 0}</td></tr>`);
    const page = `<!DOCTYPE html>
<html>
    <head> <title>ESP32 Pins</title> </head>
    <body> <h1>ESP32 Pins</h1>
        <table border="1"> <tr><th>Pin</th><th>Value</th></tr> ${rows.join("\n")} </table>
    </body>
</html>
`;
    expect(sample.received).toEqual({ browser: page, curl: page });
    expect(hidePorts(sample, ports).stdout).toBe(
      "listening on ('0.0.0.0', 80)\n" + "client connected from ('127.0.0.1', <client port>)\n".repeat(2),
    );
    expect(sample.events).toEqual(["tcp listen 80"]);
    // the server runs until the harness's Ctrl-C
    expect(sample.exit).toBe(130);
  });
});

describe("seed 004: the mPython TCP client", () => {
  const dir = sampleDir("seed004-tcp-client");
  const greeting = "hello mPython,I am TCP Client";
  const lines = ["你好", "line two", "bye"];

  /**
   * The phone's TCP server at 172.25.1.63:5001: waits for the greeting, sends each line and waits
   * for its echo, then closes the connection.
   */
  function world(): World {
    let server: Awaited<ReturnType<typeof tcpServer>> | undefined;
    return {
      async start(peers) {
        server = await tcpServer((c) => {
          let got = Buffer.alloc(0);
          let expect = Buffer.byteLength(greeting);
          const next = [...lines];
          c.on("data", (d) => {
            peers.record("phone", d);
            got = Buffer.concat([got, d]);
            if (got.length < expect) return;
            const line = next.shift();
            if (line === undefined) {
              c.end();
              return;
            }
            expect += Buffer.byteLength(line);
            c.write(line);
          });
        });
        return { "172.25.1.63:5001": server.port };
      },
      stop: () => server?.stop() ?? Promise.resolve(),
      timeoutMs: 10000,
    };
  }

  test("compiles to the reviewed Python", () => {
    checkGolden(dir, compileSample(dir));
  });

  test("greets the server, shows each line on the OLED and sends it back, like the seed's client", async () => {
    const { seed, sample } = await bothRuns(dir, world);
    expect(sample).toEqual(seed);
    expect(sample.received).toEqual({ phone: Buffer.from(greeting + lines.join("")).toString("latin1") });
    expect(sample.stdout).toBe(`Connection WiFi\n${wifiLine}\nb'\\xe4\\xbd\\xa0\\xe5\\xa5\\xbd'\nb'line two'\nb'bye'\nclose socket\n`);
    expect(sample.events).toEqual(["wifi connected to 'ssid' as 127.0.0.1", 'oled ["你好"]', 'oled ["line two"]', 'oled ["bye"]']);
    expect(sample.exit).toBe(0);
  });
});

describe("seed 004: the mPython TCP server", () => {
  const dir = sampleDir("seed004-tcp-server");
  const texts = ["你好 board", "ping"];

  /**
   * The world of test/simulator.test.ts's run of this seed: two clients in turn, each sending a
   * text, reading its echo and hanging up. With `rude`, a third client then sends "bye" and
   * resets its connection: recv's error ends the server through the seed's except.
   */
  function world(ports: number[], rude: boolean): World {
    return {
      async onListen(listen, peers) {
        for (const [i, text] of texts.entries()) {
          const c = await Client.connect(listen, "client" + (i + 1), peers);
          ports.push(c.sock.localPort ?? 0);
          await c.exchange(text);
          await c.end();
        }
        if (!rude) return;
        const c = await Client.connect(listen, "rude", peers);
        ports.push(c.sock.localPort ?? 0);
        await c.exchange("bye");
        c.sock.resetAndDestroy();
        return "ends by itself";
      },
      timeoutMs: 15000,
    };
  }

  const served = (connected: string) =>
    [
      "Connection WiFi",
      wifiLine,
      "tcp waiting...",
      "accepting.....",
      connected,
      // labplus's print puts a space before a text that starts with a Chinese character
      " 你好 board",
      "close socket",
      "accepting.....",
      connected,
      "ping",
      "close socket",
      "accepting.....",
    ].join("\n") + "\n";
  const connected = "('127.0.0.1', <client port>) connected";

  test("compiles to the reviewed Python", () => {
    checkGolden(dir, compileSample(dir));
  });

  test("echoes each client's text and shows it on the OLED; a reset connection ends it through the except, like the seed's server", async () => {
    const ports: number[] = [];
    const { seed, sample } = await bothRuns(dir, () => world(ports, true));
    expect(hidePorts(sample, ports)).toEqual(hidePorts(seed, ports));
    expect(sample.received).toEqual({ client1: Buffer.from(texts[0]).toString("latin1"), client2: "ping", rude: "bye" });
    expect(hidePorts(sample, ports).stdout).toBe(served(connected) + `${connected}\nbye\ndisconnect WiFi...\n`);
    expect(sample.events).toEqual([
      "wifi connected to 'ssid' as 127.0.0.1",
      "tcp listen 5001",
      'oled ["127.0.0.1:5001","accepting....."]',
      'oled ["127.0.0.1:5001","accepting.....","你好 board"]',
      'oled ["127.0.0.1:5001","accepting.....","ping"]',
      'oled ["127.0.0.1:5001","accepting.....","bye"]',
      "wifi disconnected from 'ssid'",
    ]);
    // the reset ended the program (status 0), not the harness's Ctrl-C (130)
    expect(sample.exit).toBe(0);
  });

  test("Ctrl-C: both close the socket and leave the network; the seed's bare except swallows it (0), the sample stops with 130", async () => {
    const ports: number[] = [];
    const { seed, sample } = await bothRuns(dir, () => world(ports, false));
    // the one difference: a TypeScript catch does not catch KeyboardInterrupt (docs/semantics/classes.md)
    expect(seed.exit).toBe(0);
    expect(sample.exit).toBe(130);
    expect(hidePorts({ ...sample, exit: 0 }, ports)).toEqual(hidePorts(seed, ports));
    expect(hidePorts(sample, ports).stdout).toBe(served(connected) + "disconnect WiFi...\n");
    expect(sample.events.at(-1)).toBe("wifi disconnected from 'ssid'");
  });
});
