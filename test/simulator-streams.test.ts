// asyncio's TCP streams in the host simulator (compiler/board/simulator/asyncio/stream.py):
// start_server, open_connection, StreamReader and StreamWriter on real host sockets,
// with Node peers on the test's thread. Each program prints what it did; a task that
// waits on a socket must leave the other tasks running.
import { afterEach, describe, expect, test } from "vitest";
import * as net from "node:net";
import * as http from "node:http";
import * as tls from "node:tls";
import { selfSignedCert } from "./helpers/tls-cert.js";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compile } from "../compiler/program.js";
import { simulate, type SimulateOptions, type Simulation } from "../compiler/board/sim/simulate.js";
import type { SimEvent } from "../compiler/board/sim/net.js";

type Listen = Extract<SimEvent, { kind: "listen" }>;

const running: Simulation[] = [];
const cleanups: (() => void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) c();
  await Promise.all(running.splice(0).map((s) => s.kill()));
});

/** Run a Python program on the simulated board; `listen` resolves when it listens on a TCP port. */
function py(text: string, options: SimulateOptions = {}) {
  let out = "";
  let onListen: (l: Listen) => void = () => {};
  const listening = new Promise<Listen>((resolve) => (onListen = resolve));
  const sim = simulate([{ path: "prog.py", text }], "prog", {
    ...options,
    onOutput: (t) => (out += t),
    onEvent: (e) => {
      if (e.kind === "listen" && !e.udp) onListen(e);
    },
  });
  running.push(sim);
  return {
    sim,
    listening,
    get out() {
      return out;
    },
    async finished(): Promise<string> {
      const r = await sim.done;
      return out + (r.error ?? "") + (r.code ? `exit ${r.code}` : "");
    },
  };
}

/** Compile one TypeScript file with mpts and run it. */
function tsProgram(source: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-streams-"));
  fs.writeFileSync(path.join(dir, "main.ts"), source);
  const r = compile(path.join(dir, "main.ts"));
  expect(r.diagnostics.map((d) => d.message)).toEqual([]);
  let out = "";
  const sim = simulate(
    r.files.filter((f) => f.path.endsWith(".py")),
    "main",
    { onOutput: (t) => (out += t) },
  );
  running.push(sim);
  return sim.done.then((d) => out + (d.error ?? "") + (d.code ? `exit ${d.code}` : ""));
}

/** A Node TCP server on a free loopback port. */
async function nodeServer(onConnection: (c: net.Socket) => void): Promise<number> {
  const s = net.createServer(onConnection);
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => s.close());
  return (s.address() as net.AddressInfo).port;
}

/** Connect, send `parts` with `gapMs` between them, end, and give back all that came back. */
function converse(port: number, parts: (string | Buffer)[], gapMs = 0): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const c = net.createConnection({ host: "127.0.0.1", port }, async () => {
      for (const p of parts) {
        c.write(p);
        if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
      }
      c.end();
    });
    c.on("data", (d) => chunks.push(d));
    c.on("end", () => resolve(Buffer.concat(chunks)));
    c.on("error", reject);
  });
}

describe("asyncio streams", () => {
  test("start_server: readline, readexactly, read(n) and write/drain serve concurrent clients while a ticker task runs", async () => {
    const run = py(`
import asyncio
ticks = [0]

async def ticker():
    while True:
        await asyncio.sleep_ms(20)
        ticks[0] += 1

async def handle(r, w):
    host, port = w.get_extra_info("peername")
    name = (await r.readline()).strip()
    size = int(await r.readexactly(3))
    body = await r.readexactly(size)
    rest = await r.read(100)
    w.write(b"hello " + name + b": " + body.upper() + b" +" + str(len(rest)).encode() + (b" local" if host == "127.0.0.1" else b"?"))
    await w.drain()
    w.close()
    await w.wait_closed()

async def main():
    asyncio.create_task(ticker())
    srv = await asyncio.start_server(handle, "0.0.0.0", 8123)
    print("serving")
    while ticks[0] < 40:
        await asyncio.sleep_ms(10)
    srv.close()
    await srv.wait_closed()
    print("ticks", ticks[0] >= 40)

asyncio.run(main())
`);
    const listen = await run.listening;
    expect(listen.boardPort).toBe(8123);
    // each client sends its parts slowly (50 ms apart): the server interleaves them
    const answers = await Promise.all(
      ["ann", "bob", "cy"].map((name, i) => converse(listen.port, [name + "\r\n", "00", String(3 + i), "x".repeat(3 + i), "tail"], 50)),
    );
    expect(answers.map((a) => a.toString())).toEqual(["hello ann: XXX +4 local", "hello bob: XXXX +4 local", "hello cy: XXXXX +4 local"]);
    expect(await run.finished()).toBe("serving\nticks True\n");
  });

  test("open_connection: a client writes, drains, reads lines and everything to the end; a refused port raises ECONNREFUSED", async () => {
    const port = await nodeServer((c) => {
      let got = "";
      c.on("data", (d) => {
        got += d.toString();
        if (got.endsWith("\n\n")) c.end(`line one\nline two\nyou sent ${got.length} bytes, then the end`);
      });
    });
    const closed = await nodeServer(() => {});
    cleanups.at(-1)!();
    const run = py(`
import asyncio, errno

async def main():
    r, w = await asyncio.open_connection("127.0.0.1", ${port})
    w.write(b"GET\\n")
    w.write("\\n")
    await w.drain()
    print(await r.readline())
    print(await r.readline())
    print(await r.read())
    print(await r.read(10))
    await w.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", ${closed})
    except OSError as e:
        print("refused", e.errno == errno.ECONNREFUSED)

asyncio.run(main())
`);
    expect(await run.finished()).toBe("b'line one\\n'\nb'line two\\n'\nb'you sent 5 bytes, then the end'\nb''\nrefused True\n");
  });

  test("a compiled TypeScript HTTP client: open_connection, write, drain, readline, read, .length on the bytes", async () => {
    const server = http.createServer((req, res) => res.end(`hello from ${req.url}`));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => server.close());
    const port = (server.address() as net.AddressInfo).port;
    const out = await tsProgram(`import * as asyncio from "asyncio";

async function get(path: string): Promise<string> {
  const [reader, writer] = await asyncio.open_connection("127.0.0.1", ${port});
  writer.write(bytes(\`GET \${path} HTTP/1.0\\r\\nHost: local\\r\\n\\r\\n\`, "utf8"));
  await writer.drain();
  const status = (await reader.readline()).decode().trim();
  // the headers, up to the blank line
  while ((await reader.readline()).length > 2) {}
  const body = await reader.read();
  writer.close();
  await writer.wait_closed();
  return \`\${status}: \${body.decode()} (\${body.length} bytes)\`;
}

async function main(): Promise<void> {
  const answers = await asyncio.gather(get("/a"), get("/bb"));
  for (const a of answers) print(a);
}

asyncio.run(main());
`);
    // Node answers an HTTP/1.0 request with an HTTP/1.1 status line
    expect(out).toBe("HTTP/1.1 200 OK: hello from /a (13 bytes)\nHTTP/1.1 200 OK: hello from /bb (14 bytes)\n");
  });

  test("a task waiting on a read leaves other tasks and machine.Timer callbacks running; wait_for cancels a readline, the stream still works; readexactly at the end raises EOFError", async () => {
    let peer: net.Socket | undefined;
    const port = await nodeServer((c) => (peer = c));
    const run = py(`
import asyncio
from machine import Timer

fired = [0]
def tick(t):
    fired[0] += 1

async def main():
    r, w = await asyncio.open_connection("127.0.0.1", ${port})
    Timer(0, mode=Timer.PERIODIC, period=25, callback=tick)
    beats = [0]
    async def beat():
        while True:
            await asyncio.sleep_ms(10)
            beats[0] += 1
    b = asyncio.create_task(beat())
    try:
        await asyncio.wait_for(r.readline(), 0.5)
    except asyncio.TimeoutError:
        # 50 beats and 20 timer calls on an idle computer (a third of that measured on a very busy one),
        # none if the read blocked the loop
        print("timeout; beats:", beats[0] >= 5, "timer:", fired[0] >= 3)
    print("ready")
    print(await r.readline())
    try:
        await r.readexactly(10)
    except EOFError:
        print("EOFError")
    b.cancel()
    await w.wait_closed()

asyncio.run(main())
`);
    await expect.poll(() => run.out, { timeout: 10000 }).toContain("ready");
    peer!.end("late line\nabc");
    expect(await run.finished()).toBe("timeout; beats: True timer: True\nready\nb'late line\\n'\nEOFError\n");
  });

  test("drain waits while the host's send buffer is full: 2 MB reach a slow reader whole", async () => {
    let received!: Promise<number>;
    const port = await nodeServer((c) => {
      c.pause();
      // read slowly at first, so that the board's writes meet a full buffer
      setTimeout(() => c.resume(), 300);
      let n = 0;
      c.on("data", (d) => (n += d.length));
      received = new Promise((resolve) => c.on("end", () => resolve(n)));
    });
    const run = py(`
import asyncio

async def main():
    r, w = await asyncio.open_connection("127.0.0.1", ${port})
    block = b"z" * 16384
    for i in range(128):
        w.write(block)
        await w.drain()
    print("sent")
    await w.aclose()

asyncio.run(main())
`);
    expect(await run.finished()).toBe("sent\n");
    expect(await received).toBe(2 * 1024 * 1024);
  });

  test("open_connection with ssl=True talks TLS to a Node server (self-signed: the test turns checking off)", async () => {
    const { key, cert } = selfSignedCert();
    const server = tls.createServer({ key, cert }, (c) => c.on("data", (d) => c.end("secure " + d.toString().toUpperCase())));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => server.close());
    const port = (server.address() as net.AddressInfo).port;
    const run = py(
      `
import asyncio

async def main():
    r, w = await asyncio.open_connection("localhost", ${port}, True)
    w.write(b"hello\\n")
    await w.drain()
    print(await r.readline(), await r.read())
    await w.wait_closed()

asyncio.run(main())
`,
      { insecureTls: true, resolve: { localhost: "127.0.0.1" } },
    );
    expect(await run.finished()).toBe("b'secure HELLO\\n' b''\n");
  });

  test("start_server with a server SSLContext: a Node TLS client is served over TLS", async () => {
    const { key, cert } = selfSignedCert();
    const run = py(`
import asyncio, ssl

async def handle(r, w):
    line = await r.readline()
    w.write(b"tls echo: " + line)
    await w.drain()
    await w.wait_closed()

async def main():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(${JSON.stringify(cert)}.encode(), ${JSON.stringify(key)}.encode())
    srv = await asyncio.start_server(handle, "0.0.0.0", 8443, 5, ctx)
    await asyncio.sleep(3)
    srv.close()

asyncio.run(main())
`);
    const listen = await run.listening;
    const answer = await new Promise<string>((resolve, reject) => {
      const c = tls.connect({ host: "127.0.0.1", port: listen.port, rejectUnauthorized: false }, () => c.write("hi\n"));
      let got = "";
      c.on("data", (d) => (got += d.toString()));
      c.on("end", () => resolve(got));
      c.on("error", reject);
    });
    expect(answer).toBe("tls echo: hi\n");
    expect(await run.finished()).toBe("");
  });

  test("async with start_server closes the server at the end of the block: later connections are refused", async () => {
    const run = py(`
import asyncio

async def handle(r, w):
    await w.awrite(b"hi")
    await w.aclose()

async def main():
    async with await asyncio.start_server(handle, "0.0.0.0", 8124) as srv:
        print("open")
        await asyncio.sleep_ms(400)
    print("closed")
    await asyncio.sleep_ms(400)

asyncio.run(main())
`);
    const listen = await run.listening;
    expect((await converse(listen.port, [])).toString()).toBe("hi");
    await expect.poll(() => run.out, { timeout: 5000 }).toContain("closed");
    await expect(converse(listen.port, [])).rejects.toMatchObject({ code: "ECONNREFUSED" });
    expect(await run.finished()).toBe("open\nclosed\n");
  });
});
