// samples/mqtt-sensor against a real MQTT broker (aedes, on loopback, started here):
// the board's simulated umqtt.simple speaks MQTT 3.1.1 to it over the simulator's
// sockets. Checked: the CONNECT the broker got (client id, keepalive, last will), every
// message the board published (topic, payload, retain, QoS), that LED commands
// published by the broker switch pin 2, and that the last will goes out when the
// board vanishes.
import { describe, expect, test } from "vitest";
import * as net from "node:net";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { Aedes, type AedesPublishPacket, type ConnectPacket } from "aedes";
import { checkGolden, compileSample, programOf } from "../helpers/scenario.js";
import { simulate } from "../../compiler/board/sim/simulate.js";

const sample = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../samples/mqtt-sensor");

interface Seen {
  topic: string;
  payload: string;
  retain: boolean;
  qos: number;
  /** the client that published it (aedes names the vanished client for its last will), or "broker" (the test's commands) */
  from: string;
}

async function until(what: string, cond: () => boolean, timeoutMs = 10000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out waiting for " + what);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("mqtt-sensor", () => {
  test("publishes readings, obeys LED commands from the broker, and leaves its last will", async () => {
    const broker = await Aedes.createBroker();
    const server = net.createServer(broker.handle);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as net.AddressInfo).port;
    let connect: ConnectPacket | undefined;
    broker.preConnect = (_client, packet, done) => {
      connect = packet;
      done(null, true);
    };
    const seen: Seen[] = [];
    broker.on("publish", (packet: AedesPublishPacket, client) => {
      if (packet.topic.startsWith("$SYS")) return;
      seen.push({
        topic: packet.topic,
        payload: packet.payload.toString(),
        retain: packet.retain,
        qos: packet.qos,
        from: client?.id ?? "broker",
      });
    });
    // PUBACKs from the board (aedes keeps no copy of a clean session's QoS 1 messages, so the event carries none)
    let pubacks = 0;
    broker.on("ack", () => pubacks++);
    const subscriptions: { topic: string; qos: number }[] = [];
    broker.on("subscribe", (subs) => subscriptions.push(...subs.map((s) => ({ topic: s.topic, qos: s.qos }))));
    const command = (payload: string, qos: 0 | 1 = 0) =>
      new Promise<void>((resolve, reject) =>
        broker.publish(
          { cmd: "publish", topic: "sensors/esp32-sensor/led", payload: Buffer.from(payload), qos, retain: false, dup: false },
          (e) => (e ? reject(e) : resolve()),
        ),
      );

    const files = compileSample(sample);
    checkGolden(sample, files);
    const program = programOf(files);
    let stdout = "";
    const pins: string[] = [];
    const sim = simulate(program.files, program.entry, {
      peers: { "192.168.1.10:1883": port },
      pins: { "34": 1234 },
      onOutput: (t) => (stdout += t),
      onEvent: (e) => {
        if (e.kind === "pin") pins.push(`pin ${e.pin} = ${e.value}`);
      },
    });
    try {
      await until("the subscription", () => subscriptions.length > 0);
      const readings = () => seen.filter((s) => s.topic === "sensors/esp32-sensor/light").length;
      await until("two readings", () => readings() >= 2);
      await command("on", 1);
      await until("the LED on", () => sim.board.outputs.get("2") === 1);
      await command("off");
      await until("the LED off", () => sim.board.outputs.get("2") === 0);
      await command("blink");
      await until("the state report", () => stdout.includes("ignored"));
      const start = seen.length;
      sim.interrupt();
      expect((await sim.done).code).toBe(130);
      // the board vanished without DISCONNECT: the broker publishes its last will
      await until("the last will", () => seen.slice(start).some((s) => s.payload === "offline"));
    } finally {
      await sim.kill();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => broker.close(() => resolve()));
    }

    expect(connect).toMatchObject({
      cmd: "connect",
      protocolId: "MQTT",
      protocolVersion: 4,
      clientId: "esp32-sensor",
      keepalive: 60,
      clean: true,
      will: { topic: "sensors/esp32-sensor/status", retain: true, qos: 1 },
    });
    expect(connect?.will?.payload.toString()).toBe("offline");
    expect(subscriptions).toEqual([{ topic: "sensors/esp32-sensor/led", qos: 1 }]);
    expect(stdout).toBe("connected to 192.168.1.10\nled on\nled off\nignored sensors/esp32-sensor/led blink\n");
    // the QoS 1 command, and only it, was acknowledged
    expect(pubacks).toBe(1);
    expect(pins).toEqual(["pin 2 = 1", "pin 2 = 0"]);
    // the board's messages, in order: online (retained, QoS 1), the LED states it reported (retained), and
    // after it vanished, its last will, which the broker publishes in its name
    const light = seen.filter((s) => s.topic === "sensors/esp32-sensor/light");
    expect(seen.filter((s) => s.from === "esp32-sensor" && s.topic !== "sensors/esp32-sensor/light")).toEqual([
      { topic: "sensors/esp32-sensor/status", payload: "online", retain: true, qos: 1, from: "esp32-sensor" },
      { topic: "sensors/esp32-sensor/led/state", payload: "on", retain: true, qos: 0, from: "esp32-sensor" },
      { topic: "sensors/esp32-sensor/led/state", payload: "off", retain: true, qos: 0, from: "esp32-sensor" },
      { topic: "sensors/esp32-sensor/status", payload: "offline", retain: true, qos: 1, from: "esp32-sensor" },
    ]);
    expect(seen[0].payload).toBe("online");
    // the readings: the ADC's level given with pins (1234), QoS 0, every 2 s
    expect(light.length).toBeGreaterThanOrEqual(2);
    for (const r of light)
      expect(r).toEqual({ topic: "sensors/esp32-sensor/light", payload: "1234", retain: false, qos: 0, from: "esp32-sensor" });
    // what the broker published itself: the test's commands
    expect(seen.filter((s) => s.from === "broker")).toEqual([
      { topic: "sensors/esp32-sensor/led", payload: "on", retain: false, qos: 1, from: "broker" },
      { topic: "sensors/esp32-sensor/led", payload: "off", retain: false, qos: 0, from: "broker" },
      { topic: "sensors/esp32-sensor/led", payload: "blink", retain: false, qos: 0, from: "broker" },
    ]);
  }, 30000);
});
