// The simulator as strict as the board: an ESP32's socket limit, linear reads
// of long lines, and input pins that change during a run (Pin.irq handlers).
import { afterEach, describe, expect, test } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as net from "node:net";
import { execa } from "execa";
import { PassThrough } from "node:stream";
import { simulate, type SimulateOptions, type Simulation } from "../compiler/board/sim/simulate.js";
import { parseSchedule } from "../compiler/board/sim/pin-inputs.js";
import { hideSimulatorFrames } from "../compiler/board/sim/sim-traceback.js";
import type { SimEvent } from "../compiler/board/sim/net.js";

const running: Simulation[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.kill()));
});

/** Run a Python program on the simulated board; `out` grows as it prints. */
function py(text: string, options: SimulateOptions = {}) {
  const run = { out: "", events: [] as SimEvent[], sim: undefined as unknown as Simulation };
  run.sim = simulate([{ path: "prog.py", text }], "prog", {
    ...options,
    onOutput: (t) => (run.out += t),
    onEvent: (e) => {
      run.events.push(e);
      options.onEvent?.(e);
    },
  });
  running.push(run.sim);
  return run;
}

describe("heap: an ESP32's 110 KB by default", () => {
  const program = `import gc
gc.collect()
free = gc.mem_free()
print("free at boot", 105 * 1024 <= free <= 110 * 1024)
small = bytearray(100 * 1024)
print("100 KB ok")
try:
    big = bytearray(200 * 1024)
    print("200 KB ok", gc.mem_free() >= 3 * 1024 * 1024)
except MemoryError:
    print("200 KB MemoryError")
`;

  test("a 200 KB bytearray raises MemoryError, 100 KB fits; gc.mem_free() at boot is 105 to 110 KB, as on the board", async () => {
    const run = py(program);
    expect(await run.sim.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("free at boot True\n100 KB ok\n200 KB MemoryError\n");
  });

  test("the board's modules a program imports (in flash on a board) leave it the board's free memory", async () => {
    const run = py(`import socket, machine, network, time
import asyncio
from umqtt.simple import MQTTClient
import requests
import gc
gc.collect()
free = gc.mem_free()
print(105 * 1024 <= free <= 110 * 1024, free + gc.mem_alloc() > 150 * 1024)
`);
    expect(await run.sim.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("True True\n");
  });

  test("boardHeap (mpts run --heap 4M): a board with PSRAM takes the 200 KB bytearray", async () => {
    const run = py(program, { boardHeap: 4 * 1024 * 1024 });
    expect(await run.sim.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("free at boot False\n100 KB ok\n200 KB ok True\n");
  });

  test("an uncaught MemoryError ends the program as on the board", async () => {
    const run = py(`print("before")\nx = "y" * (300 * 1024)\nprint("after")\n`);
    const r = await run.sim.done;
    expect(r.code).toBe(1);
    expect(r.error).toMatch(/MemoryError/);
    expect(run.out).toBe("before\n");
  });
});

describe("sockets: an ESP32 has 10", () => {
  const program = `import socket
held = []
try:
    while True:
        held.append(socket.socket())
except OSError as e:
    print("open", len(held), "then OSError", e.errno)
held.pop().close()
held.append(socket.socket())
print("after a close:", len(held))
`;

  test("the 11th socket() raises OSError ENFILE (23), as lwIP's socket() does; closing one frees its slot", async () => {
    const run = py(program);
    expect(await run.sim.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("open 10 then OSError 23\nafter a close: 10\n");
  });

  test("maxSockets (mpts run --sockets N) changes the limit", async () => {
    const run = py(program, { maxSockets: 3 });
    expect(await run.sim.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("open 3 then OSError 23\nafter a close: 3\n");
  });

  test("a connection accepted with every slot taken is dropped and accept() raises ENFILE", async () => {
    let listenPort = 0;
    const run = py(
      `import socket
s = socket.socket()
s.bind(("0.0.0.0", 80))
s.listen(2)
other = socket.socket()
print("ready")
try:
    s.accept()
except OSError as e:
    print("accept", e.errno)
other.close()
c, a = s.accept()
c.send(b"welcome")
c.close()
`,
      { maxSockets: 2, onEvent: (e) => e.kind === "listen" && (listenPort = e.port) },
    );
    while (!listenPort || !run.out.includes("ready")) await new Promise((r) => setTimeout(r, 20));
    const first = await talk(listenPort);
    const second = await talk(listenPort);
    expect(await run.sim.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("ready\naccept 23\n");
    expect(first).toBe("");
    expect(second).toBe("welcome");
  });
});

/** Connect, and collect what the board sends until it hangs up (or resets the connection). */
function talk(port: number, data?: string): Promise<string> {
  return new Promise((resolve) => {
    let got = "";
    const c = net.createConnection({ host: "127.0.0.1", port }, () => data !== undefined && c.end(data));
    c.on("data", (d) => (got += d.toString()));
    c.on("close", () => resolve(got));
    c.on("error", () => {});
  });
}

describe("linear reads", () => {
  test("readline() reads a 1 MB line, then the short lines after it", async () => {
    let listenPort = 0;
    const run = py(
      `import socket
s = socket.socket()
s.bind(("0.0.0.0", 80))
s.listen(1)
c, a = s.accept()
f = c.makefile("rwb", 0)
line = f.readline()
print(len(line), line.count(b"x"), line[-1:])
print(f.readline(), f.readline(), f.readline())
c.close()
`,
      // 8 MB: the line, its pieces and the simulator's transfer of them in a board's PSRAM, unfragmented
      { boardHeap: 8 * 1024 * 1024, onEvent: (e) => e.kind === "listen" && (listenPort = e.port) },
    );
    while (!listenPort) await new Promise((r) => setTimeout(r, 20));
    const started = Date.now();
    await talk(listenPort, "x".repeat(1_000_000) + "\nsecond\nthird");
    const ms = Date.now() - started;
    expect(await run.sim.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("1000001 1000000 b'\\n'\nb'second\\n' b'third' b''\n");
    console.log(`a 1 MB line read by readline() in ${ms} ms`);
  });
});

describe("input pins during a run", () => {
  test("--pin schedules: LEVEL@TIME steps with ms and s", () => {
    expect(parseSchedule("0@0,1@1.5s,0@2500ms")).toEqual([
      { at: 0, level: 0 },
      { at: 1500, level: 1 },
      { at: 2500, level: 0 },
    ]);
    expect(parseSchedule("1")).toEqual([{ at: 0, level: 1 }]);
    expect(parseSchedule("4095@0.25s")).toEqual([{ at: 250, level: 4095 }]);
    expect(() => parseSchedule("1@2")).toThrow("'1@2': expected LEVEL@TIME, such as 1@2s or 0@500ms");
    expect(() => parseSchedule("1@2s,0@1s")).toThrow("'0@1s': the times must not go back (2000 ms before it)");
  });

  const counter = `from machine import Pin
import time
count = 0
def pressed(pin):
    global count
    count += 1
    print("press", count, "level", pin.value())
button = Pin(4, Pin.IN, Pin.PULL_UP)
button.irq(pressed, Pin.IRQ_FALLING)
print("start", button.value())
time.sleep_ms(900)
print("presses", count, "level", button.value())
`;

  test("a button counter: a schedule's falling edges fire a Pin.irq handler while the program sleeps", async () => {
    const run = py(counter, { pinSchedule: { "4": parseSchedule("1@0,0@100ms,1@200ms,0@300ms,1@400ms,0@500ms,1@550ms") } });
    expect(await run.sim.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("start 1\npress 1 level 0\npress 2 level 0\npress 3 level 0\npresses 3 level 1\n");
  });

  test("IRQ_RISING | IRQ_FALLING sees both edges; a pin read between sleeps sees the scheduled level", async () => {
    const run = py(
      `from machine import Pin
import time
edges = []
p = Pin(5, Pin.IN)
p.irq(lambda pin: edges.append(pin.value()), Pin.IRQ_RISING | Pin.IRQ_FALLING)
seen = []
for i in range(6):
    seen.append(p.value())
    time.sleep_ms(100)
print(seen[0], seen[-1], edges)
`,
      { pinSchedule: { "5": parseSchedule("0@0,1@150ms,0@350ms") } },
    );
    expect(await run.sim.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("0 0 [1, 0]\n");
  });

  test("a line `pin 4 0` typed on the terminal is an edge; other lines still go to input()", async () => {
    const stdin = new PassThrough();
    const run = py(
      `from machine import Pin
import time
b = Pin(4, Pin.IN, Pin.PULL_UP)
b.irq(lambda pin: print("pressed"), Pin.IRQ_FALLING)
print("ready")
print("typed", input())
while b.value():
    time.sleep_ms(10)
time.sleep_ms(50)
print("level", b.value())
`,
      { stdin },
    );
    while (!run.out.includes("ready")) await new Promise((r) => setTimeout(r, 20));
    stdin.write("hello\n");
    while (!run.out.includes("typed")) await new Promise((r) => setTimeout(r, 20));
    stdin.write("pin 4 0\n");
    expect(await run.sim.done).toEqual({ code: 0, error: undefined });
    expect(run.out).toBe("ready\ntyped hello\npressed\nlevel 0\n");
  });
});

describe("tracebacks", () => {
  const sim = (f: string) => ["socket.py", "time.py", "machine.py"].includes(f);
  test("the simulator's frames go when a board's module would raise the same (OSError at the program's call)", () => {
    const tb = [
      "Traceback (most recent call last):",
      '  File "main.py", line 3, in <module>',
      '  File "socket.py", line 73, in connect',
      '  File "socket.py", line 46, in _host',
      "OSError: [Errno 111] ECONNREFUSED",
    ];
    expect(hideSimulatorFrames(tb.join("\n"), sim)).toBe([tb[0], tb[1], tb[4]].join("\n"));
  });
  test("they stay when the simulator is the cause (an exception no board module raises)", () => {
    const tb = [
      "Traceback (most recent call last):",
      '  File "main.py", line 3, in <module>',
      '  File "machine.py", line 200, in value',
      "AttributeError: 'NoneType' object has no attribute 'get'",
    ];
    expect(hideSimulatorFrames(tb.join("\n"), sim)).toBe(tb.join("\n"));
  });
});

describe("mpts run", { timeout: 120000 }, () => {
  const mpts = path.resolve("bin/mpts.js");
  const project = (main: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-strict-"));
    fs.writeFileSync(path.join(dir, "main.ts"), main);
    return dir;
  };

  test("a traceback shows the TypeScript file, line, column and line, and no frame of the simulator's socket.py", async () => {
    const dir = project(`import * as socket from "socket";
function dial(port: number): socket.socket {
  const s = socket.socket();
  s.connect(["127.0.0.1", port]);
  return s;
}
print("connecting");
dial(1);
`);
    const r = await execa("node", [mpts, "run", "main.ts"], { cwd: dir, reject: false, env: { NO_COLOR: "1" } });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe("connecting");
    // the Python line numbers are the compiler's business
    expect(r.stderr.replace(/main\.py line \d+/g, "main.py line N")).toBe(
      [
        "Traceback (most recent call last):",
        "  main.ts:8:1, in <module> (main.py line N)",
        "      dial(1);",
        "  main.ts:4:3, in dial (main.py line N)",
        '      s.connect(["127.0.0.1", port]);',
        "OSError: [Errno 111] ECONNREFUSED",
      ].join("\n"),
    );
  });

  test("--pin with a schedule fires a button's Pin.irq handler; --sockets 2 lets two sockets open, not three", async () => {
    const dir = project(`import { Pin } from "machine";
import * as socket from "socket";
import * as time from "time";
let presses = 0;
const button = new Pin(0, Pin.IN, Pin.PULL_UP);
button.irq(() => {
  presses += 1;
}, Pin.IRQ_FALLING);
time.sleep_ms(700);
print("presses", presses);
const a = socket.socket();
const b = socket.socket();
try {
  socket.socket();
} catch (e) {
  print("third socket:", e);
}
a.close();
b.close();
`);
    const r = await execa("node", [mpts, "run", "main.ts", "--pin", "0=1@0,0@100ms,1@200ms,0@300ms,1@400ms", "--sockets", "2"], {
      cwd: dir,
      reject: false,
      env: { NO_COLOR: "1" },
    });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("presses 2\nthird socket: 23");
    expect(r.exitCode).toBe(0);
  });

  test("--heap 4M: a 200 KB bytearray fits; without it, MemoryError at the TypeScript line", async () => {
    const dir = project(`const buf = bytearray(200 * 1024);\nprint("allocated", len(buf));\n`);
    const small = await execa("node", [mpts, "run", "main.ts"], { cwd: dir, reject: false, env: { NO_COLOR: "1" } });
    expect(small.exitCode).toBe(1);
    expect(small.stdout).toBe("");
    expect(small.stderr.replace(/main\.py line \d+/g, "main.py line N")).toBe(
      [
        "Traceback (most recent call last):",
        "  main.ts:1:7, in <module> (main.py line N)",
        "      const buf = bytearray(200 * 1024);",
        "MemoryError: memory allocation failed, allocating 204800 bytes",
      ].join("\n"),
    );
    const big = await execa("node", [mpts, "run", "main.ts", "--heap", "4M"], { cwd: dir, reject: false, env: { NO_COLOR: "1" } });
    expect(big.stderr).toBe("");
    expect(big.stdout).toBe("allocated 204800");
  });

  test("a schedule that is not LEVEL@TIME is a usage error", async () => {
    const dir = project(`print(1);\n`);
    const r = await execa("node", [mpts, "run", "main.ts", "--pin", "4=1@2"], { cwd: dir, reject: false, env: { NO_COLOR: "1" } });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("--pin 4=1@2: '1@2': expected LEVEL@TIME, such as 1@2s or 0@500ms");
  });
});
