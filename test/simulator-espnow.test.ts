// ESP-NOW between two simulated boards in this process (as two `mpts run` on one computer
// would be): unicast with acknowledgement, replies, broadcast, the firmware's errors for an
// unregistered peer, and a sync send to a board that is not there.
import { expect, test } from "vitest";
import { simulate } from "../compiler/board/sim/simulate.js";

function board(lines: string[]) {
  let stdout = "";
  let onOutput: (() => void) | undefined;
  const sim = simulate([{ path: "main.py", text: lines.join("\n") + "\n" }], "main", {
    onOutput: (t) => {
      stdout += t;
      onOutput?.();
    },
  });
  return {
    sim,
    output: () => stdout,
    /** resolves once the board has printed `text` */
    printed: (text: string) =>
      new Promise<void>((resolve) => {
        const check = () => stdout.includes(text) && resolve();
        onOutput = check;
        check();
      }),
  };
}

const setup = (mac: string) => [
  "import network, espnow",
  "w = network.WLAN(network.STA_IF)",
  "w.active(True)",
  `w.config(mac=${mac})`,
  "e = espnow.ESPNow()",
  "e.active(True)",
];

test("two simulated boards: ping, pong, broadcast; errors as the firmware's", async () => {
  const b = board([
    ...setup('b"\\xbb" * 6'),
    "print('ready')",
    "mac, msg = e.recv(5000)",
    "print('B got', mac, msg)",
    "e.add_peer(mac)",
    "print('B answered', e.send(mac, b'pong:' + msg))",
    "mac, msg = e.recv(5000)",
    "print('B got', mac, msg, e.stats())",
  ]);
  await b.printed("ready\n");
  const a = board([
    ...setup('b"\\xaa" * 6'),
    "B = b'\\xbb' * 6",
    "try:",
    "    e.send(B, 'x')",
    "except OSError as ex:",
    "    print('A unregistered', ex.args)",
    "e.add_peer(B)",
    "e.add_peer(b'\\xcc' * 6)",
    "print('A nobody', e.send(b'\\xcc' * 6, b'?'))",
    "print('A sent', e.send(B, b'ping'))",
    "print('A got', e.recv(5000))",
    "e.add_peer(b'\\xff' * 6)",
    "print('A broadcast', e.send(b'\\xff' * 6, 'all'), e.recv(0), e.stats())",
  ]);
  const [ra, rb] = await Promise.all([a.sim.done, b.sim.done]);
  expect(ra).toEqual({ code: 0 });
  expect(rb).toEqual({ code: 0 });
  expect(a.output()).toBe(
    "A unregistered (-12389, 'ESP_ERR_ESPNOW_NOT_FOUND')\n" +
      "A nobody False\n" +
      "A sent True\n" +
      "A got [b'\\xbb\\xbb\\xbb\\xbb\\xbb\\xbb', b'pong:ping']\n" +
      // a board does not hear its own broadcast; stats: 3 sent (to nobody, ping, broadcast),
      // 2 confirmed (a broadcast always is), 1 failed, 1 received
      "A broadcast True (None, None) (3, 2, 1, 1, 0)\n",
  );
  expect(b.output()).toBe(
    "ready\n" +
      "B got b'\\xaa\\xaa\\xaa\\xaa\\xaa\\xaa' b'ping'\n" +
      "B answered True\n" +
      "B got b'\\xaa\\xaa\\xaa\\xaa\\xaa\\xaa' b'all' (1, 1, 0, 2, 0)\n",
  );
}, 30000);

test("ESP-NOW needs active(True) and an active Wi-Fi interface, as on the board", async () => {
  const r = board([
    "import network, espnow",
    "e = espnow.ESPNow()",
    "try:",
    "    e.recv(0)",
    "except OSError as ex:",
    "    print(ex.args)",
    "e.active(True)",
    "try:",
    "    e.recv(0)",
    "except OSError as ex:",
    "    print(ex.args)",
    "network.WLAN(network.STA_IF).active(True)",
    "print(e.recv(0), espnow.ESPNow() is e)",
  ]);
  expect(await r.sim.done).toEqual({ code: 0 });
  expect(r.output()).toBe("(-12385, 'ESP_ERR_ESPNOW_NOT_INIT')\n(-12392, 'ESP_ERR_ESPNOW_IF')\n(None, None) True\n");
}, 20000);

test("aioespnow: arecv waits without blocking the other tasks", async () => {
  const b = board([
    ...setup('b"\\xbb" * 6').map((l) => l.replace("import network, espnow", "import network, espnow, aioespnow, asyncio").replace("espnow.ESPNow()", "aioespnow.AIOESPNow()")),
    "ticks = 0",
    "async def count():",
    "    global ticks",
    "    while True:",
    "        ticks += 1",
    "        await asyncio.sleep_ms(10)",
    "async def main():",
    "    asyncio.create_task(count())",
    "    print('ready')",
    "    mac, msg = await e.arecv()",
    "    e.add_peer(mac)",
    "    print('got', msg, ticks > 0, await e.asend(mac, b'ok'))",
    "asyncio.run(main())",
  ]);
  await b.printed("ready\n");
  const a = board([...setup('b"\\xaa" * 6'), "import time", "time.sleep_ms(100)", "e.add_peer(b'\\xbb' * 6)", "e.send(b'\\xbb' * 6, 'hi')", "print(e.recv(5000)[1])"]);
  const [ra, rb] = await Promise.all([a.sim.done, b.sim.done]);
  expect([ra, rb]).toEqual([{ code: 0 }, { code: 0 }]);
  expect(b.output()).toBe("ready\ngot b'hi' True True\n");
  expect(a.output()).toBe("b'ok'\n");
}, 30000);
