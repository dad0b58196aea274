// umqtt.simple and umqtt.robust in the simulator, against a real MQTT broker (aedes on
// loopback, started here): login refused and accepted, wildcard subscriptions, QoS 1 both
// ways, ping, unsubscribe, bytes topics, TLS (an SSLContext and the old ssl=True); and
// robust's reconnection after the broker drops the connection and refuses the first
// attempt to come back.
import { afterEach, describe, expect, test } from "vitest";
import * as fs from "node:fs";
import * as net from "node:net";
import * as tls from "node:tls";
import * as os from "node:os";
import * as path from "node:path";
import { Aedes, type AedesPublishPacket, type Client, type ConnectPacket } from "aedes";
import { compile } from "../compiler/program.js";
import { simulate, type Simulation } from "../compiler/board/sim/simulate.js";
import { selfSignedCert } from "./helpers/tls-cert.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  // the simulation first: a broker waits for its clients to go
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** An aedes broker on a free loopback port, stopped after the test. */
async function startBroker(secure = false): Promise<{ broker: Aedes; port: number }> {
  const broker = await Aedes.createBroker();
  const server = secure ? tls.createServer(selfSignedCert(["broker.test"]), broker.handle) : net.createServer(broker.handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await new Promise<void>((resolve) => broker.close(() => resolve()));
  });
  return { broker, port: (server.address() as net.AddressInfo).port };
}

/** Compile `source` with mpts and run it with "broker.test:1883" routed to `port`. */
function run(source: string, port: number, brokerPort = 1883): { sim: Simulation; out: () => string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-mqtt-"));
  fs.writeFileSync(path.join(dir, "main.ts"), source);
  const result = compile(path.join(dir, "main.ts"));
  expect(result.diagnostics.map((d) => d.message)).toEqual([]);
  let out = "";
  const sim = simulate(
    result.files.filter((f) => f.path.endsWith(".py")),
    "main",
    { resolve: { "broker.test": "10.0.0.9" }, peers: { [`10.0.0.9:${brokerPort}`]: port }, insecureTls: true, onOutput: (t) => (out += t) },
  );
  cleanups.push(() => sim.kill());
  return { sim, out: () => out };
}

async function until(what: string, cond: () => boolean, timeoutMs = 15000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out waiting for " + what);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function record(broker: Aedes): { connects: ConnectPacket[]; published: string[] } {
  const connects: ConnectPacket[] = [];
  const published: string[] = [];
  broker.preConnect = (_c, packet, done) => {
    connects.push(packet);
    done(null, true);
  };
  broker.on("publish", (p: AedesPublishPacket, client) => {
    if (client && !p.topic.startsWith("$SYS")) published.push(`${p.topic} ${p.payload.toString()} qos=${p.qos} retain=${p.retain}`);
  });
  return { connects, published };
}

describe("umqtt.simple in the simulator", () => {
  test("a refused login raises MQTTException(5); then subscribe, QoS 1 both ways, ping, unsubscribe", async () => {
    const { broker, port } = await startBroker();
    const { connects, published } = record(broker);
    broker.authenticate = (_client, user, password, done) => {
      const ok = user === "alice" && password?.toString() === "s3cret";
      done(null, ok);
    };
    const { sim, out } = run(
      `
import { MQTTClient, MQTTException } from "umqtt.simple";

const intruder = new MQTTClient("intruder", "broker.test", { user: "mallory", password: "guess" });
try {
  intruder.connect();
} catch (e) {
  if (e instanceof MQTTException) print("refused", e.args[0]);
}

const got: string[] = [];
const c = new MQTTClient(b\`dev-2\`, "broker.test", { user: "alice", password: "s3cret", keepalive: 30 });
c.set_callback((topic, msg) => {
  got.push(topic.decode() + "=" + msg.decode());
});
print("session", c.connect());
print("nothing yet", c.check_msg());
c.subscribe("room/+/temp", 1);
// our own message comes back through the subscription
c.publish(b\`room/kitchen/temp\`, b\`21.5\`, false, 1);
while (got.length < 1) c.wait_msg();
c.ping();
print("ping answered", c.wait_msg());
c.unsubscribe("room/+/temp");
c.publish("room/hall/temp", "19");
c.ping();
// a message for the old subscription would come before the ping's answer
print("after unsubscribe", c.wait_msg(), got.join(" "));
c.disconnect();
`,
      port,
    );
    const { code } = await sim.done;
    await until("the broker to handle both publishes", () => published.length === 2);
    expect(out()).toBe("refused 5\nsession 0\nnothing yet None\nping answered None\nafter unsubscribe None room/kitchen/temp=21.5\n");
    expect(code).toBe(0);
    expect(connects.map((c) => [c.clientId, c.username, c.password?.toString(), c.keepalive, c.clean])).toEqual([
      ["intruder", "mallory", "guess", 0, true],
      ["dev-2", "alice", "s3cret", 30, true],
    ]);
    expect(published).toEqual(["room/kitchen/temp 21.5 qos=1 retain=false", "room/hall/temp 19 qos=0 retain=false"]);
  }, 30000);

  test("over TLS: an SSLContext, and the old ssl: true with ssl_params, both on port 8883 by default", async () => {
    const { broker, port } = await startBroker(true);
    const { connects, published } = record(broker);
    const { sim, out } = run(
      `
import * as ssl from "ssl";
import { MQTTClient } from "umqtt.simple";

const context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
const modern = new MQTTClient("tls-context", "broker.test", { ssl: context });
modern.connect();
modern.publish("secure/a", "1");
modern.disconnect();
const legacy = new MQTTClient("tls-legacy", "broker.test", { ssl: true, ssl_params: { server_hostname: "broker.test" } });
legacy.connect();
legacy.publish("secure/b", "2");
legacy.disconnect();
print(modern.port, legacy.port);
`,
      port,
      8883,
    );
    const { code } = await sim.done;
    // the last publish came just before disconnect(): the broker may handle it after the program ended
    await until("the broker to handle both publishes", () => published.length === 2);
    expect(out()).toBe("8883 8883\n");
    expect(code).toBe(0);
    expect(connects.map((c) => c.clientId)).toEqual(["tls-context", "tls-legacy"]);
    expect(published).toEqual(["secure/a 1 qos=0 retain=false", "secure/b 2 qos=0 retain=false"]);
  }, 30000);
});

describe("umqtt.robust in the simulator", () => {
  test("a dropped connection is logged, reconnected (retrying after a refusal) and the session's subscription still works", async () => {
    const { broker, port } = await startBroker();
    const { connects, published } = record(broker);
    // the second CONNECT (the first reconnection attempt) is refused: the broker hangs up
    const times: number[] = [];
    broker.preConnect = (_c, packet, done) => {
      connects.push(packet);
      times.push(Date.now());
      if (connects.length === 2) done(new Error("not now"), false);
      else done(null, true);
    };
    const clients: Client[] = [];
    broker.on("clientReady", (c) => clients.push(c));
    const { sim, out } = run(
      `
import { MQTTClient } from "umqtt.robust";
MQTTClient.DELAY = 0.2;
const c = new MQTTClient("node-7", "broker.test");
c.DEBUG = true;
let done = false;
c.set_callback((topic, msg) => {
  print("got", topic.decode(), msg.decode());
  done = true;
});
// a persistent session: the broker keeps the subscription across reconnections
c.connect(false);
c.subscribe("cmd/node-7");
print("idle", c.check_msg());
c.publish("status/node-7", "up");
while (!done) c.wait_msg();
c.publish("status/node-7", "done");
c.disconnect();
`,
      port,
    );
    await until("the first publish", () => published.length === 1);
    clients[0].close();
    await until("the third connection", () => clients.length === 2).catch((e) => {
      throw new Error(e.message + "; output: " + out() + "; connects " + connects.length);
    });
    await new Promise<void>((resolve, reject) =>
      broker.publish({ cmd: "publish", topic: "cmd/node-7", payload: Buffer.from("go"), qos: 0, retain: false, dup: false }, (e) =>
        e ? reject(e) : resolve(),
      ),
    );
    const { code } = await sim.done;
    await until("the broker to handle the last publish", () => published.length === 2);
    expect(out()).toBe("idle None\nmqtt: OSError(-1,)\nmqtt reconnect: OSError(-1,)\ngot cmd/node-7 go\n");
    expect(code).toBe(0);
    expect(connects.map((c) => [c.clientId, c.clean])).toEqual([
      ["node-7", false],
      ["node-7", false],
      ["node-7", false],
    ]);
    // robust waited DELAY (0.2 s) after the refused attempt
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(190);
    expect(published).toEqual(["status/node-7 up qos=0 retain=false", "status/node-7 done qos=0 retain=false"]);
  }, 30000);
});
