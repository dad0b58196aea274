// The host simulator: MicroPython in a worker thread with the board's modules
// (socket, time, machine, network, mpython, ssl) served from this thread. Peers
// (Node servers and clients) live here, on the test's thread, which the VM
// never blocks.
import { afterEach, describe, expect, test } from "vitest";
import { selfSignedCert } from "./helpers/tls-cert.js";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as net from "node:net";
import * as dgram from "node:dgram";
import * as tls from "node:tls";
import { execa } from "execa";
import { compile } from "../compiler/program.js";
import { simulate, type SimulateOptions, type Simulation } from "../compiler/board/sim/simulate.js";
import type { SimEvent } from "../compiler/board/sim/net.js";
import { describeEvent } from "../compiler/board/sim/events.js";

/** Whether a TCP connection to host:port is accepted. */
function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const c = net.createConnection({ host, port });
    c.once("connect", () => (c.destroy(), resolve(true)));
    c.once("error", () => resolve(false));
  });
}

type Listen = Extract<SimEvent, { kind: "listen" }>;

class Run {
  out = "";
  events: SimEvent[] = [];
  readonly sim: Simulation;
  private watchers: (() => void)[] = [];

  constructor(files: { path: string; text: string }[], entry: string, options: SimulateOptions = {}) {
    this.sim = simulate(files, entry, {
      ...options,
      onOutput: (t) => {
        this.out += t;
        this.poke();
      },
      onEvent: (e) => {
        this.events.push(e);
        this.poke();
      },
    });
    running.push(this.sim);
  }

  private poke(): void {
    for (const w of [...this.watchers]) w();
  }

  /** Resolves once `check` gives a value (checked at each output or event). */
  until<T>(check: () => T | undefined, what: string, ms = 15000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; output so far:\n${this.out}`)), ms);
      const w = () => {
        const v = check();
        if (v === undefined) return;
        clearTimeout(timer);
        this.watchers = this.watchers.filter((x) => x !== w);
        resolve(v);
      };
      this.watchers.push(w);
      w();
    });
  }

  output(text: string): Promise<true> {
    return this.until(() => (this.out.includes(text) ? true : undefined), JSON.stringify(text));
  }

  listen(boardPort: number, udp = false): Promise<Listen> {
    return this.until(
      () => this.events.find((e): e is Listen => e.kind === "listen" && e.boardPort === boardPort && e.udp === udp),
      `port ${boardPort}`,
    );
  }

  get done() {
    return this.sim.done;
  }
}

const running: Simulation[] = [];
const cleanups: (() => void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) c();
  await Promise.all(running.splice(0).map((s) => s.kill()));
});

function py(text: string, options: SimulateOptions = {}): Run {
  return new Run([{ path: "prog.py", text }], "prog", options);
}

function tempDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-sim-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Compile one TypeScript file with mpts and run it. */
function ts(source: string, options: SimulateOptions = {}): Run {
  const dir = tempDir({ "main.ts": source });
  const result = compile(path.join(dir, "main.ts"));
  expect(result.diagnostics.map((d) => d.message)).toEqual([]);
  return new Run(
    result.files.filter((f) => f.path.endsWith(".py")),
    "main",
    options,
  );
}

/** A Node TCP server on a free port of 127.0.0.1. */
async function server(onConnection: (c: net.Socket) => void): Promise<number> {
  const s = net.createServer(onConnection);
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => s.close());
  return (s.address() as net.AddressInfo).port;
}

/** Connect to a port, send `data`, and hang up after the first answer. */
function ask(port: number, data: string, host = "127.0.0.1"): Promise<string> {
  return new Promise((resolve, reject) => {
    const c = net.createConnection({ host, port }, () => c.write(data));
    c.on("data", (d) => {
      resolve(d.toString());
      c.end();
    });
    c.on("error", reject);
  });
}

describe("sockets", () => {
  test("a compiled echo server on port 80 is mapped to a free port and echoes a Node client", async () => {
    const run = ts(`import * as socket from "socket";
const s = socket.socket();
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
s.bind(["0.0.0.0", 80]);
s.listen(1);
const [conn, addr] = s.accept();
print("client", addr[0]);
while (true) {
  const data = conn.recv(100);
  if (len(data) === 0) break;
  conn.send(data);
}
conn.close();
s.close();
print("bye");
`);
    const l = await run.listen(80);
    expect(l.host).toBe("127.0.0.1");
    expect(l.port).not.toBe(80);
    expect(await ask(l.port, "hello board", l.host)).toBe("hello board");
    expect(await run.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("client 127.0.0.1\nbye\n");
  });

  test("a client resolves a name with getaddrinfo and talks to a Node server", async () => {
    const port = await server((c) => c.once("data", (d) => c.end("HTTP/1.0 200 OK\r\n\r\nyou said " + d.toString())));
    const run = py(
      `import socket
addr = socket.getaddrinfo("www.example.com", ${port})[0][-1]
print(addr)
s = socket.socket()
s.connect(addr)
s.send(b"GET / HTTP/1.0\\r\\n\\r\\n")
print(s.recv(1024))
print(s.recv(1024))
s.close()
`,
      { resolve: { "www.example.com": "127.0.0.1" } },
    );
    expect(await run.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe(`('127.0.0.1', ${port})\nb'HTTP/1.0 200 OK\\r\\n\\r\\nyou said GET / HTTP/1.0\\r\\n\\r\\n'\nb''\n`);
  });

  test("a name that does not resolve raises OSError", async () => {
    const run = py(`import socket
try:
    socket.getaddrinfo("no-such-host.invalid", 80)
except OSError as e:
    print("OSError", e.args[0])
`);
    expect(await run.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("OSError -2\n");
  });

  test("UDP: a board server answers a Node dgram client, and a board client asks a Node dgram server", async () => {
    const peer = dgram.createSocket("udp4");
    cleanups.push(() => peer.close());
    peer.on("message", (m, r) => {
      if (m.toString() === "question") peer.send("answer", r.port, r.address);
    });
    await new Promise<void>((resolve) => peer.bind(0, "127.0.0.1", resolve));
    const peerPort = peer.address().port;
    const run = py(`import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("0.0.0.0", 5005))
data, addr = s.recvfrom(100)
s.sendto(data.upper(), addr)
s.close()
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.sendto(b"question", ("127.0.0.1", ${peerPort}))
reply, frm = c.recvfrom(100)
print(reply, frm[1] == ${peerPort})
c.close()
`);
    const l = await run.listen(5005, true);
    const client = dgram.createSocket("udp4");
    cleanups.push(() => client.close());
    const echoed = new Promise<string>((resolve) => client.once("message", (m) => resolve(m.toString())));
    client.send("shout", l.port, l.host);
    expect(await echoed).toBe("SHOUT");
    expect(await run.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("b'answer' True\n");
  });

  test("settimeout makes recv raise OSError ETIMEDOUT after the time; setblocking(False) raises EAGAIN at once", async () => {
    const port = await server(() => {});
    const run = py(`import socket, time, errno
s = socket.socket()
s.connect(("127.0.0.1", ${port}))
s.setblocking(False)
t = time.ticks_ms()
try:
    s.recv(10)
except OSError as e:
    print("nonblocking", e.args[0] == errno.EAGAIN, time.ticks_diff(time.ticks_ms(), t) < 100)
s.settimeout(0.3)
t = time.ticks_ms()
try:
    s.recv(10)
except OSError as e:
    print("timeout", e.args[0] == errno.ETIMEDOUT, e)
    print(280 <= time.ticks_diff(time.ticks_ms(), t) < 1000)
s.close()
`);
    expect(await run.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("nonblocking True True\ntimeout True [Errno 110] ETIMEDOUT\nTrue\n");
  });

  test("a non-blocking socket's stream reads return None when nothing has come, as MicroPython's stream layer does", async () => {
    const port = await server((c) => {
      c.write("par");
      setTimeout(() => c.write("tial\nrest"), 300);
    });
    const run = py(`import socket, time
s = socket.socket()
s.connect(("127.0.0.1", ${port}))
time.sleep_ms(150)
s.setblocking(False)
print(s.readline())
print(s.read(), s.read(4), s.readinto(bytearray(4)), s.readline())
s.setblocking(True)
print(s.readline(), s.read(4))
s.close()
`);
    expect(await run.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("b'par'\nNone None None None\nb'tial\\n' b'rest'\n");
  });

  test("a board port this computer already uses, or an address it does not have, is mapped; the same port twice is EADDRINUSE", async () => {
    const busy = await server(() => {});
    const run = py(`import socket, errno
a = socket.socket()
a.bind(("0.0.0.0", ${busy}))
a.listen(1)
b = socket.socket()
b.bind(("192.168.4.1", 8080))
b.listen(1)
c = socket.socket()
c.bind(("0.0.0.0", ${busy}))
try:
    c.listen(1)
except OSError as e:
    print(e.errno == errno.EADDRINUSE)
`);
    expect(await run.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("True\n");
    const listens = run.events.filter((e): e is Listen => e.kind === "listen");
    expect(listens.map((l) => [l.boardPort, l.host])).toEqual([
      [busy, "127.0.0.1"],
      [8080, "127.0.0.1"],
    ]);
    expect(listens[0].port).not.toBe(busy);
  });

  test("every bind address (::, 0.0.0.0, '', localhost, this computer's own address, the board's) listens on loopback only, and the log says so", async () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === "IPv4" && !i.internal)?.address;
    // a machine without a network still has the forms that need none
    const forms = ["::", "0.0.0.0", "", "localhost", "192.168.4.1", ...(external ? [external] : [])];
    const run = py(
      `import socket\nsocks = []\nfor i, host in enumerate(${JSON.stringify(forms)}):\n    s = socket.socket()\n    s.bind((host, 9100 + i))\n    s.listen(1)\n    socks.append(s)\nprint("listening")\nimport time\ntime.sleep(30)\n`,
    );
    await run.output("listening");
    const listens = run.events.filter((e): e is Listen => e.kind === "listen");
    expect(listens.map((l) => [l.boardPort, l.host, l.asked])).toEqual(
      forms.map((f, i) => [9100 + i, "127.0.0.1", ["0.0.0.0", ""].includes(f) ? undefined : f]),
    );
    expect(describeEvent(listens[0])).toBe(
      `port 9100 on the board is 127.0.0.1:${listens[0].port} on this computer; the program bound "::", which the simulator binds at 127.0.0.1 (--host to change)`,
    );
    for (const l of listens) {
      expect(await reachable("127.0.0.1", l.port)).toBe(true);
      if (external) expect(await reachable(external, l.port)).toBe(false);
    }
    run.sim.interrupt();
    await run.done;
  });

  test("a peer's FIN ends the board's reads but not the connection: the board still answers, and the peer sees the close only when the board closes", async () => {
    const run = py(`import socket
s = socket.socket()
s.bind(("0.0.0.0", 8080))
s.listen(1)
conn, addr = s.accept()
got = b""
while True:
    data = conn.recv(100)
    if not data:
        break
    got += data
print("got", got)
conn.send(b"answer to " + got)
conn.close()
s.close()
`);
    const l = await run.listen(8080);
    const reply = await new Promise<string>((resolve, reject) => {
      let text = "";
      const c = net.createConnection({ host: l.host, port: l.port, allowHalfOpen: true }, () => c.end("question"));
      c.on("data", (d) => (text += d.toString()));
      c.on("close", () => resolve(text + " | " + run.out));
      c.on("error", reject);
    });
    expect(reply).toBe("answer to question | got b'question'\n");
    expect(await run.done).toEqual({ code: 0, error: undefined });
  });

  test("makefile('rwb', 0) reads lines that arrive in pieces", async () => {
    const port = await server((c) => {
      c.write("line o");
      setTimeout(() => c.write("ne\nline two\nand the "), 50);
      setTimeout(() => c.end("rest"), 100);
    });
    const run = py(`import socket
s = socket.socket()
s.connect(("127.0.0.1", ${port}))
f = s.makefile("rwb", 0)
while True:
    line = f.readline()
    print(line)
    if not line:
        break
s.close()
`);
    expect(await run.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("b'line one\\n'\nb'line two\\n'\nb'and the rest'\nb''\n");
  });
});

describe("time", () => {
  test("time.sleep_ms(500) takes about 500 ms of wall time and little CPU time", async () => {
    const run = py(`import time
print("start")
time.sleep_ms(500)
print("end")
`);
    await run.output("start");
    const wall = performance.now();
    const cpu = process.cpuUsage();
    await run.output("end");
    const elapsed = performance.now() - wall;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    expect(elapsed).toBeGreaterThan(450);
    expect(elapsed).toBeLessThan(1500);
    // a spinning VM would use a whole core for the whole sleep
    expect(cpuMs).toBeLessThan(elapsed * 0.3);
    expect(await run.done).toEqual({ code: 0, error: undefined });
  });
});

describe("machine", () => {
  test("output pins are reported as events, --pin levels are read back, and ADC readings come from --pin", async () => {
    const run = ts(
      `import { Pin, ADC } from "machine";
import * as time from "time";
const led = new Pin(2, Pin.OUT);
const button = new Pin(4, Pin.IN, Pin.PULL_UP);
const other = new Pin(5, Pin.IN, Pin.PULL_UP);
const low = new Pin(18, Pin.IN, Pin.PULL_DOWN);
for (let i = 0; i < 3; i++) {
  led.on();
  time.sleep_ms(10);
  led.off();
}
led.value(0);
led.toggle();
print(button.value(), other.value(), low.value(), led.value());
const adc = new ADC(new Pin(34), { atten: ADC.ATTN_11DB });
print(adc.read(), adc.read_u16());
`,
      { pins: { "4": 0, "34": 1000 } },
    );
    expect(await run.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe(`0 1 0 1\n1000 ${Math.floor((1000 * 65535) / 4095)}\n`);
    expect(run.events.filter((e) => e.kind === "pin")).toEqual([1, 0, 1, 0, 1, 0, 1].map((value) => ({ kind: "pin", pin: 2, value })));
    expect(run.sim.board.outputs.get("2")).toBe(1);
  });

  test("an ADC reading converted to volts and degrees prints as JavaScript does, with no runtime helper", async () => {
    // read_u16 is a u16: every step of the conversion has a known magnitude (docs/semantics/numbers.md)
    const source = `import { Pin, ADC } from "machine";
const adc = new ADC(new Pin(34));
const raw = adc.read_u16();
const volts = (raw * 3.3) / 65535;
const celsius = (volts - 0.5) * 100;
print(\`\${volts.toFixed(3)} V \${celsius.toFixed(1)} C \${Math.round(celsius * 10) / 10} \${adc.read()}\`);
`;
    const dir = tempDir({ "main.ts": source });
    const files = compile(path.join(dir, "main.ts")).files;
    expect(files.map((f) => path.basename(f.path))).not.toContain("mpts_rt.py");
    expect(files.map((f) => f.text).join("\n")).toContain(`"%.3f V %.1f C %.15g %d" % (volts, celsius, math.floor(celsius * 10 + 0.5) / 10, adc.read())`);
    const run = ts(source, { pins: { "34": 1234 } });
    expect(await run.done).toEqual({ code: 0, error: undefined });
    const raw = Math.floor((1234 * 65535) / 4095);
    const volts = (raw * 3.3) / 65535;
    const celsius = (volts - 0.5) * 100;
    expect(run.out).toBe(`${volts.toFixed(3)} V ${celsius.toFixed(1)} C ${Math.round(celsius * 10) / 10} 1234\n`);
  });

  test("DHT and DS18X20 readings are of known size: toFixed is %f, and a DHT22's -0.0 prints as 0.0", async () => {
    // dht.d.ts and ds18x20.d.ts type the readings u16, f16 and uf16 (python.d.ts); a DHT22
    // sends the sign bit with a zero count for -0.04 C, and the driver's -t is then -0.0
    const source = `import { Pin } from "machine";
import { DHT11, DHT22 } from "dht";
import { DS18X20 } from "ds18x20";
import { OneWire } from "onewire";
const line: string[] = [];
for (const pin of [4, 5, 6]) {
  const d = DHT22(Pin(pin));
  d.measure();
  line.push(\`\${d.temperature().toFixed(1)} \${d.humidity().toFixed(0)}\`);
}
const small = DHT11(Pin(7));
small.measure();
line.push(\`\${small.temperature()} \${small.humidity()}\`);
const ds = DS18X20(OneWire(Pin(12)));
const roms = ds.scan();
ds.convert_temp();
for (const rom of roms) line.push(ds.read_temp(rom).toFixed(2));
print(line.join(", "));
`;
    const dir = tempDir({ "main.ts": source });
    const files = compile(path.join(dir, "main.ts")).files;
    expect(files.map((f) => path.basename(f.path))).not.toContain("mpts_rt.py");
    const main = files.find((f) => f.path.endsWith("main.py"))!.text;
    expect(main).toContain(`"%.1f %.0f" % (d.temperature() + 0.0, d.humidity())`);
    expect(main).toContain(`"%d %d" % (small.temperature(), small.humidity())`);
    expect(main).toContain(`"%.2f" % (ds.read_temp(rom) + 0.0)`);
    const run = ts(source, { sensors: { dht: { "4": [-0.04, 40.5], "5": [-0.06, 99.94], "6": [21.45, 0.05], "7": [22, 41] }, ds18x20: { "12": [-0.0625, 19.25] } } });
    expect(await run.done).toEqual({ code: 0, error: undefined });
    // the driver's values (a count of tenths times 0.1, negated with the sign bit), as Node prints them
    const tenths = (v: number) => (v < 0 ? -1 : 1) * Math.trunc(Math.abs(v) * 10 + 0.5) * 0.1;
    const dht = [[-0.04, 40.5], [-0.06, 99.94], [21.45, 0.05]].map(([t, h]) => `${tenths(t).toFixed(1)} ${tenths(h).toFixed(0)}`);
    expect(run.out).toBe(`${dht.join(", ")}, 22 41, ${(-1 / 16).toFixed(2)}, ${(308 / 16).toFixed(2)}\n`);
  });

  test("tick counters are 30-bit ints: elapsed seconds print as JavaScript does, without js_num", async () => {
    const source = `import * as time from "time";
const start = time.ticks_ms();
time.sleep_ms(1234);
const elapsed = time.ticks_diff(time.ticks_ms(), start);
const deadline = time.ticks_add(start, 2500);
print(elapsed, \`\${elapsed / 1000} \${(elapsed / 1000).toFixed(1)} \${time.ticks_diff(deadline, start) / 1000}\`);
`;
    const dir = tempDir({ "main.ts": source });
    const files = compile(path.join(dir, "main.ts")).files;
    const emitted = files.map((f) => f.text).join("\n");
    expect(emitted).toContain('"%.15g %.1f %.15g" % (elapsed / 1000, elapsed / 1000,');
    expect(emitted).not.toContain("js_num");
    const run = ts(source);
    expect(await run.done).toEqual({ code: 0, error: undefined });
    const [ms, text] = run.out.trim().split(/ (.*)/s);
    const e = Number(ms);
    expect(e).toBeGreaterThanOrEqual(1234);
    expect(text).toBe(`${e / 1000} ${(e / 1000).toFixed(1)} 2.5`);
  });

  test("an irq on an output pin sees the program's own edges, with the trigger it asks for", async () => {
    const run = py(`from machine import Pin
p = Pin(2, Pin.OUT)
seen = []
p.irq(lambda pin: seen.append(pin.value()), Pin.IRQ_RISING)
for v in (1, 1, 0, 1, 0):
    p.value(v)
print(seen, p)
p.irq(lambda pin: seen.append(pin.value()), Pin.IRQ_RISING | Pin.IRQ_FALLING)
p.toggle()
p.toggle()
print(seen)
`);
    expect(await run.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("[1, 1] Pin(2)\n[1, 1, 1, 0]\n");
  });

  test("a Timer callback fires on time while the program sleeps", async () => {
    const run = ts(`import { Timer } from "machine";
import * as time from "time";
const fired: number[] = [];
const start = time.ticks_ms();
const t = new Timer(0);
t.init({ mode: Timer.PERIODIC, period: 100, callback: () => { fired.push(time.ticks_diff(time.ticks_ms(), start)); } });
let once = 0;
const t1 = new Timer(1, { mode: Timer.ONE_SHOT, period: 250, callback: () => { once++; } });
time.sleep_ms(550);
t.deinit();
time.sleep_ms(200);
print(fired.length, once);
for (let i = 0; i < fired.length; i++) print(Math.abs(fired[i] - (i + 1) * 100) < 40);
`);
    expect(await run.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("5 1\nTrue\nTrue\nTrue\nTrue\nTrue\n");
  });

  test("an exception in a Timer or Pin.irq callback is printed and the program goes on, as the board's scheduler does", async () => {
    const run = py(`import time
from machine import Timer, Pin
n = 0
def tick(t):
    global n
    n += 1
    if n == 2:
        raise ValueError("tick %d" % n)
Timer(0, mode=Timer.PERIODIC, period=50, callback=tick)
time.sleep_ms(230)
p = Pin(2, Pin.OUT)
p.irq(lambda pin: 1 // 0, Pin.IRQ_RISING)
p.on()
print("still running", n >= 4)
`);
    expect(await run.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toMatch(
      /^Traceback \(most recent call last\):\n {2}File "prog\.py", line 8, in tick\nValueError: tick 2\nTraceback \(most recent call last\):\n {2}File "prog\.py", line 12, in <lambda>\nZeroDivisionError: divide by zero\nstill running True\n$/,
    );
  });

  test("a Timer callback fires while recv waits for data, and recv still gets it", async () => {
    const port = await server((c) => setTimeout(() => c.write("late"), 400));
    const run = py(`import socket, time
from machine import Timer
n = 0
def tick(t):
    global n
    n += 1
Timer(0, mode=Timer.PERIODIC, period=50, callback=tick)
s = socket.socket()
s.connect(("127.0.0.1", ${port}))
print(s.recv(10), n >= 5)
# a timeout still ends the wait on time while the timer keeps firing
s.settimeout(0.2)
before = n
t0 = time.ticks_ms()
try:
    s.recv(10)
except OSError as e:
    print(e, 180 <= time.ticks_diff(time.ticks_ms(), t0) < 600, n - before >= 2)
s.close()
`);
    expect(await run.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("b'late' True\n[Errno 110] ETIMEDOUT True True\n");
  });

  test("machine.reset() ends the program after its output; the watchdog resets a program that stops feeding it", async () => {
    const run = py(`import machine
print("before")
machine.reset()
print("after")
`);
    expect(await run.done).toEqual({ code: 0 });
    expect(run.out).toBe("before\n");
    expect(run.events.some((e) => e.kind === "board" && /machine\.reset/.test(e.text))).toBe(true);
    const dog = py(`import machine, time
w = machine.WDT(timeout=200)
for i in range(3):
    time.sleep_ms(100)
    w.feed()
print("fed")
time.sleep_ms(1000)
print("not reached")
`);
    expect(await dog.done).toEqual({ code: 0 });
    expect(dog.out).toBe("fed\n");
    expect(dog.events.some((e) => e.kind === "board" && /watchdog/.test(e.text))).toBe(true);
  });

  test("buses are stand-ins without devices, and the rest of the module answers", async () => {
    const run = py(`import machine
from machine import I2C, SoftI2C, SPI, UART, RTC, Pin, Signal, PWM
i2c = I2C(0, scl=Pin(22), sda=Pin(21), freq=400000)
print(i2c.scan(), i2c.readfrom(0x3c, 2), i2c.writeto(0x3c, b"ab"))
print(SoftI2C(scl=Pin(5), sda=Pin(4)).scan())
spi = SPI(1, baudrate=1000000, sck=Pin(14), mosi=Pin(13), miso=Pin(12))
print(spi.read(3))
u = UART(1, 9600, tx=17, rx=16)
print(u.write("hi"), u.any(), u.read())
print(len(RTC().datetime()), machine.freq(), len(machine.unique_id()), machine.reset_cause() == machine.PWRON_RESET)
s = Signal(Pin(13, Pin.OUT), invert=True)
s.on()
print(Pin(13).value())
p = PWM(Pin(15), freq=1000, duty_u16=32768)
print(p.freq(), p.duty_u16(), p.duty())
`);
    expect(await run.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("[] b'\\x00\\x00' 2\n[]\nb'\\x00\\x00\\x00'\n2 0 None\n8 160000000 6 True\n0\n1000 32768 512\n");
    expect(run.events).toContainEqual({ kind: "board", text: "uart 1 < b'hi'" });
    expect(run.events).toContainEqual({ kind: "pin", pin: 13, value: 0 });
    expect(run.events).toContainEqual({ kind: "board", text: "pwm 15: 1000 Hz, duty 512/1023" });
  });
});

describe("network", () => {
  test("WLAN connects at once and reports the host's loopback address", async () => {
    const run = ts(`import * as network from "network";
const sta = network.WLAN(network.STA_IF);
print(sta.isconnected(), sta.ifconfig()[0]);
sta.active(true);
print(sta.scan().length > 0);
sta.connect("home", "secret");
print(sta.isconnected(), sta.status() === network.STAT_GOT_IP);
const [ip, mask, gw, dns] = sta.ifconfig();
print(ip, mask, gw, dns);
print(sta.config("essid"), len(sta.config("mac")), network.WLAN(network.STA_IF) === sta);
const ap = network.WLAN(network.AP_IF);
ap.active(true);
ap.config({ essid: "board-ap", password: "secret123", authmode: network.AUTH_WPA2_PSK, channel: 6 });
print(ap.config("essid"), ap.config("channel"), ap.ifconfig()[0]);
sta.disconnect();
print(sta.isconnected());
`);
    expect(await run.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe(
      "False 0.0.0.0\nTrue\nTrue True\n127.0.0.1 255.0.0.0 127.0.0.1 127.0.0.1\nhome 6 True\nboard-ap 6 127.0.0.1\nFalse\n",
    );
    expect(run.events.filter((e) => e.kind === "wifi").map((e) => (e as { text: string }).text)).toEqual([
      "connected to 'home' as 127.0.0.1",
      "access point 'ESP_5E1A01' started (channel 1, open) at 127.0.0.1",
      "access point 'board-ap' configured (channel 6, WPA2) at 127.0.0.1",
      "disconnected from 'home'",
    ]);
  });

  test("connect before active(True) raises OSError as on the board", async () => {
    const run = py(`import network
w = network.WLAN(network.STA_IF)
try:
    w.connect("x", "y")
except OSError as e:
    print("OSError", e)
`);
    expect(await run.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("OSError Wifi Not Started\n");
  });
});

// seed 004 (mPython board, TCP), the document's programs as they are
const seed004Server = `import socket
from mpython import *

port=5001                   # TCP服务端的端口,range0~65535
listenSocket=None

mywifi=wifi()               # 创建wifi类

try:
    mywifi.connectWiFi("ssid","password")
    ip= mywifi.sta.ifconfig()[0]
    listenSocket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listenSocket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listenSocket.bind((ip,port))
    listenSocket.listen(3)
    print ('tcp waiting...')
    oled.DispChar("%s:%s" %(ip,port),0,0)
    oled.DispChar('accepting.....',0,16)
    oled.show()

    while True:
        print("accepting.....")
        conn,addr = listenSocket.accept()
        print(addr,"connected")

        while True:
            data = conn.recv(1024)
            if(len(data) == 0):
                print("close socket")
                conn.close()
                break
            data_utf=data.decode()
            print(data_utf)
            oled.DispChar(data_utf,0,48)
            oled.show()
            oled.fill_rect(0,48,128,16,0)
            conn.send(data)

except:
    if(listenSocket):
        listenSocket.close()
    mywifi.disconnectWiFi()
`;

const seed004Client = (port: number) => `import socket
from mpython import *

host = "172.25.1.63"          # TCP服务端的IP地址
port = ${port}                   # TCP服务端的端口
s=None

mywifi=wifi()                 # 创建wifi类

try:
    mywifi.connectWiFi("ssid","password")
    ip=mywifi.sta.ifconfig()[0]
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.connect((host,port))
    s.send("hello mPython,I am TCP Client")

    while True:
        data = s.recv(1024)
        if(len(data) == 0):
            print("close socket")
            s.close()
            break
        print(data)
        data=data.decode('utf-8')
        oled.fill(0)
        oled.DispChar(data,0,0)
        oled.show()
        s.send(data)

except:
    if (s):
        s.close()
    mywifi.disconnectWiFi()
`;

// seed 002 (MicroPython docs, TCP sockets): the simple HTTP server, as the document has it
const seed002PinServer = fs.readFileSync(path.resolve("samples/seed002-pin-server/original.py"), "utf8");

describe("seed 002", () => {
  test("the GPIO status page: pins read their --pin levels and a Node client gets the table", async () => {
    const program = seed002PinServer;
    const run = py(program, { pins: { "4": 1, "12": 1 } });
    const l = await run.listen(80);
    const page = await new Promise<string>((resolve, reject) => {
      let got = "";
      const c = net.createConnection({ host: l.host, port: l.port }, () => c.write("GET / HTTP/1.0\r\nHost: board\r\n\r\n"));
      c.on("data", (d) => (got += d.toString()));
      c.on("end", () => resolve(got));
      c.on("error", reject);
    });
    const rows = [...page.matchAll(/<tr><td>(Pin\(\d+\))<\/td><td>(\d)<\/td><\/tr>/g)].map((m) => m[1] + "=" + m[2]);
    expect(rows).toEqual(["Pin(0)=0", "Pin(2)=0", "Pin(4)=1", "Pin(5)=0", "Pin(12)=1", "Pin(13)=0", "Pin(14)=0", "Pin(15)=0"]);
    expect(run.out).toMatch(/^listening on \('0\.0\.0\.0', 80\)\nclient connected from \('127\.0\.0\.1', \d+\)\n$/);
    run.sim.interrupt();
    expect((await run.done).code).toBe(130);
  });
});

describe("mpython (seed 004)", () => {
  test("the TCP server example: Wi-Fi, the OLED's text, an echo to a Node client, Ctrl-C caught by its except", async () => {
    const run = py(seed004Server);
    const l = await run.listen(5001);
    expect(l.host).toBe("127.0.0.1");
    await run.output("accepting.....\n");
    expect(await ask(l.port, "你好 board", l.host)).toBe("你好 board");
    expect(await ask(l.port, "ping", l.host)).toBe("ping");
    await run.until(() => (run.out.split("accepting.....\n").length === 4 ? true : undefined), "the third accept");
    run.sim.interrupt();
    // the example's bare except catches KeyboardInterrupt, closes and disconnects: a normal end
    expect(await run.done).toEqual({ code: 0, error: undefined });
    const wifiLine = "WiFi(ssid,-45dBm) Connection Successful, Config:('127.0.0.1', '255.0.0.0', '127.0.0.1', '127.0.0.1')";
    // (the clients' ports vary)
    expect(run.out.replace(/\('127\.0\.0\.1', \d+\) connected/g, "(ADDR) connected")).toBe(
      `Connection WiFi\n${wifiLine}\ntcp waiting...\naccepting.....\n(ADDR) connected\n 你好 board\nclose socket\naccepting.....\n(ADDR) connected\nping\nclose socket\naccepting.....\ndisconnect WiFi...\n`,
    );
    const oled = run.events.filter((e) => e.kind === "oled").map((e) => (e as { lines: string[] }).lines);
    expect(oled).toEqual([
      ["127.0.0.1:5001", "accepting....."],
      ["127.0.0.1:5001", "accepting.....", "你好 board"],
      ["127.0.0.1:5001", "accepting.....", "ping"],
    ]);
  });

  test("the TCP client example talks to a Node server, shows what it receives, and ends when the server closes", async () => {
    let heard = "";
    const port = await server((c) => {
      c.once("data", (d) => {
        heard = d.toString();
        c.write("你好");
        c.once("data", (back) => {
          heard += " | " + back.toString();
          c.end();
        });
      });
    });
    const run = py(seed004Client(port), { resolve: { "172.25.1.63": "127.0.0.1" } });
    expect(await run.done).toEqual({ code: 0, error: undefined });
    expect(heard).toBe("hello mPython,I am TCP Client | 你好");
    expect(run.out).toContain("b'\\xe4\\xbd\\xa0\\xe5\\xa5\\xbd'\nclose socket\n");
    expect(run.events.filter((e) => e.kind === "oled")).toEqual([{ kind: "oled", lines: ["你好"] }]);
  });
});

/** A self-signed certificate for localhost, made now: with openssl when this machine has it, else with Node's crypto. */
async function selfSigned(): Promise<{ key: string; cert: string }> {
  if ((await execa("which", ["openssl"], { reject: false })).exitCode !== 0) return selfSignedByNode();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-tls-"));
  await execa(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      "key.pem",
      "-out",
      "cert.pem",
      "-days",
      "1",
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=DNS:localhost,IP:127.0.0.1",
    ],
    { cwd: dir },
  );
  return { key: fs.readFileSync(path.join(dir, "key.pem"), "utf8"), cert: fs.readFileSync(path.join(dir, "cert.pem"), "utf8") };
}

/** A self-signed certificate for localhost and 127.0.0.1, made with Node's crypto only. */
function selfSignedByNode(): { key: string; cert: string } {
  return selfSignedCert(["localhost", "127.0.0.1"]);
}

async function tlsServer(pair: { key: string; cert: string }): Promise<{ port: number; names: string[] }> {
  const names: string[] = [];
  const s = tls.createServer({ key: pair.key, cert: pair.cert }, (c) => {
    names.push((c as tls.TLSSocket & { servername?: string }).servername ?? "");
    c.setEncoding("utf8");
    let buf = "";
    c.on("data", (d) => {
      buf += d;
      if (buf.endsWith("\n")) c.end("echo " + buf);
    });
    c.on("error", () => {});
  });
  s.on("tlsClientError", () => {});
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => s.close());
  return { port: (s.address() as net.AddressInfo).port, names };
}

const tlsClient = (port: number, wrap: string) => `import socket, ssl
s = socket.socket()
s.connect(socket.getaddrinfo("localhost", ${port})[0][-1])
try:
    t = ${wrap}
except OSError as e:
    print("OSError", e.args[0], e.args[1])
else:
    print(len(t.cipher()[0]) > 0, t.cipher()[1])
    t.write(b"ping\\n")
    print(t.readline())
    print(t.read())
    t.close()
`;

describe("ssl", () => {
  test("wrap_socket upgrades the connection to TLS (self-signed server accepted with insecureTls; SNI sent)", async () => {
    const srv = await tlsServer(await selfSigned());
    const run = py(tlsClient(srv.port, `ssl.wrap_socket(s, server_hostname="localhost")`), {
      insecureTls: true,
      resolve: { localhost: "127.0.0.1" },
    });
    expect(await run.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toMatch(/^True TLSv1\.[23]\nb'echo ping\\n'\nb''\n$/);
    expect(srv.names).toEqual(["localhost"]);
  });

  test("without insecureTls a self-signed certificate fails verification as mbedTLS reports it", async () => {
    const srv = await tlsServer(await selfSigned());
    const run = py(tlsClient(srv.port, `ssl.wrap_socket(s, server_hostname="localhost")`), { resolve: { localhost: "127.0.0.1" } });
    expect(await run.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("OSError -9984 MBEDTLS_ERR_X509_CERT_VERIFY_FAILED\n");
  });

  test("SSLContext with the server's certificate as cadata verifies it (a certificate made with Node's crypto)", async () => {
    const pair = selfSignedByNode();
    const srv = await tlsServer(pair);
    const wrap = `ctx.wrap_socket(s, server_hostname="localhost")`;
    const program =
      `import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\nctx.verify_mode = ssl.CERT_REQUIRED\nctx.load_verify_locations(cadata=${JSON.stringify(pair.cert)})\n` +
      tlsClient(srv.port, wrap);
    const run = py(program, { resolve: { localhost: "127.0.0.1" } });
    expect(await run.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toMatch(/^True TLSv1\.[23]\nb'echo ping\\n'\nb''\n$/);
  });
});

describe("ssl server", () => {
  test("a TLS server on the board (server_side with a key and a certificate) serves a Node tls client", async () => {
    const pair = await selfSigned();
    const run = py(`import socket, ssl
key = ${JSON.stringify(pair.key)}.encode()
cert = ${JSON.stringify(pair.cert)}.encode()
s = socket.socket()
s.bind(("0.0.0.0", 443))
s.listen(1)
conn, addr = s.accept()
t = ssl.wrap_socket(conn, server_side=True, key=key, cert=cert)
line = t.readline()
t.write(b"secure " + line)
t.close()
s.close()
print(line)
`);
    const l = await run.listen(443);
    const reply = await new Promise<string>((resolve, reject) => {
      const c = tls.connect({ host: l.host, port: l.port, servername: "localhost", ca: pair.cert }, () => c.write("hello\n"));
      let got = "";
      c.on("data", (d) => (got += d.toString()));
      c.on("end", () => resolve(got));
      c.on("error", reject);
    });
    expect(reply).toBe("secure hello\n");
    expect(await run.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("b'hello\\n'\n");
  });
});

describe("interrupt", () => {
  test("interrupt() raises KeyboardInterrupt in a sleeping program: exit status 130", async () => {
    const run = py(`import time
print("ready")
while True:
    time.sleep(1)
`);
    await run.output("ready");
    run.sim.interrupt();
    expect((await run.done).code).toBe(130);
  });

  test("a caught KeyboardInterrupt is raised once: the program's cleanup runs and it ends normally", async () => {
    const port = await server(() => {});
    const run = py(`import socket
s = socket.socket()
s.connect(("127.0.0.1", ${port}))
print("waiting")
try:
    s.recv(10)
except KeyboardInterrupt:
    print("interrupted")
s.send(b"bye")
s.close()
print("closed")
`);
    await run.output("waiting");
    run.sim.interrupt();
    expect(await run.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("waiting\ninterrupted\nclosed\n");
  });
});

describe("mpts run", () => {
  const mpts = path.resolve("bin/mpts.js");

  test("prints the port mapping on stderr and serves a real client; --pin levels reach the program", async () => {
    const dir = tempDir({
      "main.ts": `import * as socket from "socket";
import { Pin } from "machine";
print("button", new Pin(4, Pin.IN, Pin.PULL_UP).value());
new Pin(2, Pin.OUT).on();
const s = socket.socket();
s.bind(["0.0.0.0", 80]);
s.listen(1);
const [conn] = s.accept();
conn.send(conn.recv(100));
conn.close();
s.close();
`,
    });
    const child = execa("node", [mpts, "run", "main.ts", "--pin", "4=0"], { cwd: dir, reject: false, env: { NO_COLOR: "1" } });
    let stderr = "";
    const port = await new Promise<number>((resolve, reject) => {
      child.stderr!.on("data", (d: Buffer) => {
        stderr += d.toString();
        const m = /\[sim\] port 80 on the board is 127\.0\.0\.1:(\d+) on this computer/.exec(stderr);
        if (m) resolve(Number(m[1]));
      });
      void child.then(() => reject(new Error("mpts run ended early:\n" + stderr)));
    });
    expect(await ask(port, "through the CLI")).toBe("through the CLI");
    const r = await child;
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe("button 0");
    expect(stderr).toContain("[sim] pin 2 = 1\n");
  });

  test("Ctrl-C stops a sleeping program with status 130", async () => {
    const dir = tempDir({ "main.ts": `import * as time from "time";\nprint("ready");\nwhile (true) time.sleep_ms(100);\n` });
    const child = execa("node", [mpts, "run", "main.ts"], { cwd: dir, reject: false });
    await new Promise<void>((resolve) => child.stdout!.on("data", (d: Buffer) => d.toString().includes("ready") && resolve()));
    child.kill("SIGINT");
    const r = await child;
    expect(r.exitCode).toBe(130);
  });
});
