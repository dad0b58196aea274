// umqtt.simple, umqtt.robust, requests and urequests: every member used once with the
// emitted Python exact, realistic mistakes rejected by the type checker, and the declared
// names checked against the simulator's modules (which follow the firmware's API).
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { checkSnippets, type CheckedSnippet } from "../helpers/typings.js";
import { runInVm } from "../../compiler/board/vm.js";
import { simulatorFiles } from "../../compiler/board/sim/simulate.js";
import { typingsDir } from "../../compiler/paths.js";

const mqtt = `
import { MQTTClient, MQTTException, type Topic, type Payload, type QoS } from "umqtt.simple";
import * as ssl from "ssl";

const ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
const c = new MQTTClient("dev", "broker.local", { port: 1883, user: "u", password: "p", keepalive: 60, ssl: null });
const tls = MQTTClient(b\`dev-tls\`, "broker.local", { ssl: ctx });
const legacy = new MQTTClient("dev-old", "broker.local", 8883, { ssl: true, ssl_params: { server_hostname: "broker.local", cert_reqs: ssl.CERT_NONE } });
c.set_last_will("dev/status", "offline", true, 2);
c.set_callback((topic: bytes, msg: bytes) => print(topic, msg));
const resumed: number = c.connect(false, 5);
const topic: Topic = "dev/temp";
const body: Payload = bytes("21.5", "utf8");
const qos: QoS = 1;
c.publish(topic, body, false, qos);
c.publish(b\`dev/raw\`, bytearray(2));
c.subscribe("dev/+/cmd", 1);
c.unsubscribe(b\`dev/+/cmd\`);
c.ping();
const op: number | null = c.wait_msg();
const pending: number | null = c.check_msg();
c.keepalive = 120;
print(resumed, op, pending, c.client_id, c.server, c.port, tls, legacy);
try {
  c.disconnect();
} catch (e) {
  if (e instanceof MQTTException) print(e.args[0]);
}
`;

const robust = `
import { MQTTClient } from "umqtt.robust";

MQTTClient.DELAY = 5;
MQTTClient.DEBUG = true;
const c = MQTTClient("dev", "broker.local", 1884);
c.DELAY = 1;
c.DEBUG = false;
c.delay(1);
c.log(true, new OSError(-1));
const again: number = c.reconnect();
const op: number | null = c.check_msg(3);
const waited: number | null = c.wait_msg();
c.publish("dev/up", "1", true, 1);
print(again, op, waited);
`;

const http = `
import * as requests from "requests";
import { get, type Response, type RequestOptions } from "urequests";

interface Weather { city: string; temp: number }
const options: RequestOptions = { timeout: 5 };
const r: Response = requests.get("http://api.local/weather", { headers: { Accept: "application/json" }, timeout: 10 });
const w: Weather = r.json();
const typed = r.json<Weather>();
print(w.city, typed.temp, r.status_code, r.reason, r.headers["Content-Type"], r.encoding, r.raw);
const p = requests.post("https://api.local/readings", { json: { temp: 21.5 }, auth: ["user", "pass"] });
print(p.text, p.content);
p.close();
requests.put("http://api.local/x", { data: "text" }).close();
requests.patch("http://api.local/x", { data: b\`bytes\`, stream: false }).close();
requests.delete("http://api.local/x").close();
requests.head("http://api.local/x", { parse_headers: false }).close();
requests.request("GET", "http://api.local/x", { parse_headers: (line, found) => print(line, found) }).close();
get("http://api.local/x", options).close();
`;

const mistakes: Record<string, { source: string; error: RegExp }> = {
  "a number as the topic": {
    source: `import { MQTTClient } from "umqtt.simple";\nMQTTClient("id", "b").publish(42, "x");`,
    error: /TS2345: Argument of type 'number' is not assignable to parameter of type 'Topic'/,
  },
  "a reading published as a number": {
    source: `import { MQTTClient } from "umqtt.simple";\nMQTTClient("id", "b").publish("t", 21.5);`,
    error: /TS2345: Argument of type 'number' is not assignable to parameter of type 'Payload'/,
  },
  "QoS 2, which umqtt does not support": {
    source: `import { MQTTClient } from "umqtt.simple";\nMQTTClient("id", "b").publish("t", "x", false, 2);`,
    error: /TS2345: Argument of type '2' is not assignable to parameter of type 'QoS \| undefined'/,
  },
  "a callback that expects strings": {
    source: `import { MQTTClient } from "umqtt.simple";\nMQTTClient("id", "b").set_callback((topic: string, msg: string) => print(topic, msg));`,
    error: /TS2345: Argument of type '\(topic: string, msg: string\) => void' is not assignable/,
  },
  "a received message compared with a string": {
    source: `import { MQTTClient } from "umqtt.simple";\nMQTTClient("id", "b").set_callback((t, msg) => { if (msg === "on") print(t); });`,
    error: /TS2367: This comparison appears to be unintentional because the types 'bytes' and 'string' have no overlap/,
  },
  "the port as a string": {
    source: `import { MQTTClient } from "umqtt.simple";\nMQTTClient("id", "broker", "1883");`,
    error: /TS2769: No overload matches this call/,
  },
  "an unknown option (client_id is positional)": {
    source: `import { MQTTClient } from "umqtt.simple";\nnew MQTTClient("id", "broker", { clean_session: false });`,
    error: /TS2769: No overload matches this call/,
  },
  "MQTTException imported from umqtt.robust": {
    source: `import { MQTTException } from "umqtt.robust";\nprint(MQTTException);`,
    error: /TS2305: Module '"umqtt.robust"' has no exported member 'MQTTException'/,
  },
  "robust's reconnect called on a simple client": {
    source: `import { MQTTClient } from "umqtt.simple";\nMQTTClient("id", "b").reconnect();`,
    error: /TS(2339|2551): Property 'reconnect' does not exist on type 'MQTTClient'/,
  },
  "json read without calling it": {
    source: `import * as requests from "requests";\ninterface Reading { temp: number }\nconst t: Reading = requests.get("http://x").json;`,
    error: /TS2\d+: .*'<T = any>\(\) => T'.*'Reading'/,
  },
  "text called like fetch's": {
    source: `import * as requests from "requests";\nprint(requests.get("http://x").text());`,
    error: /TS2349: This expression is not callable/,
  },
  "status instead of status_code": {
    source: `import * as requests from "requests";\nprint(requests.get("http://x").status);`,
    error: /TS2339: Property 'status' does not exist on type 'Response'/,
  },
  "body instead of data or json": {
    source: `import * as requests from "requests";\nrequests.post("http://x", { body: "{}" });`,
    error: /TS2353: Object literal may only specify known properties, and 'body' does not exist/,
  },
  "a header value given as a number": {
    source: `import * as requests from "requests";\nrequests.post("http://x", { data: "abc", headers: { "Content-Length": 3 } });`,
    error: /TS2322: Type 'number' is not assignable to type 'string \| BytesLike'/,
  },
  "the timeout given positionally": {
    source: `import * as requests from "requests";\nrequests.get("http://x", 5);`,
    error: /TS2559: Type '5' has no properties in common with type/,
  },
  "a header that may be missing used as a string": {
    source: `import * as requests from "requests";\nconst type: string = requests.get("http://x").headers["Content-Type"];`,
    error: /TS2322: Type 'string \| undefined' is not assignable to type 'string'/,
  },
  "auth as one string": {
    source: `import * as requests from "requests";\nrequests.get("http://x", { auth: "user:pass" });`,
    error: /TS2322: Type 'string' is not assignable to type 'readonly \[user: string, password: string\]'/,
  },
};

describe("umqtt and requests typings", () => {
  let checked: Map<string, CheckedSnippet>;
  beforeAll(() => {
    checked = checkSnippets({ mqtt, robust, http, ...Object.fromEntries(Object.entries(mistakes).map(([k, v]) => [k, v.source])) });
  });

  test("umqtt.simple: every member type-checks and compiles to plain Python", () => {
    const r = checked.get("mqtt")!;
    expect(r.errors).toEqual([]);
    expect(r.mptsErrors).toEqual([]);
    expect(r.python).toContain("from umqtt.simple import MQTTClient, MQTTException\n");
    expect(r.python).toContain('c = MQTTClient("dev", "broker.local", port=1883, user="u", password="p", keepalive=60, ssl=None)');
    expect(r.python).toContain('tls = MQTTClient(b"dev-tls", "broker.local", ssl=ctx)');
    expect(r.python).toContain(
      'legacy = MQTTClient("dev-old", "broker.local", 8883, ssl=True, ssl_params={"server_hostname": "broker.local", "cert_reqs": ssl.CERT_NONE})',
    );
    expect(r.python).toContain("resumed = c.connect(False, 5)");
    expect(r.python).toContain("isinstance(e, MQTTException)");
  });

  test("umqtt.robust: class settings and the reconnecting methods", () => {
    const r = checked.get("robust")!;
    expect(r.errors).toEqual([]);
    expect(r.mptsErrors).toEqual([]);
    expect(r.python).toContain("from umqtt.robust import MQTTClient\n");
    expect(r.python).toContain("MQTTClient.DELAY = 5\n");
    expect(r.python).toContain('c = MQTTClient("dev", "broker.local", 1884)\n');
    expect(r.python).toContain("op = c.check_msg(3)\n");
  });

  test("requests and urequests: every function and Response member", () => {
    const r = checked.get("http")!;
    expect(r.errors).toEqual([]);
    expect(r.mptsErrors).toEqual([]);
    expect(r.python).toContain("import requests\nfrom urequests import get\n");
    expect(r.python).toContain('r = requests.get("http://api.local/weather", headers={"Accept": "application/json"}, timeout=10)');
    expect(r.python).toContain('p = requests.post("https://api.local/readings", json={"temp": 21.5}, auth=("user", "pass"))');
    expect(r.python).toContain('requests.delete("http://api.local/x").close()');
    expect(r.python).toContain('get("http://api.local/x", **options).close()');
  });

  for (const [name, { error }] of Object.entries(mistakes)) {
    test(`mistake: ${name}`, () => {
      const r = checked.get(name)!;
      expect(r.errors.join("\n")).toMatch(error);
    });
  }

  test("the simulator's modules have every name the typings declare", async () => {
    const text =
      fs.readFileSync(path.join(typingsDir, "umqtt.d.ts"), "utf8") + fs.readFileSync(path.join(typingsDir, "requests.d.ts"), "utf8");
    expect(text).toContain("declare module");
    // each module's values and each class's methods and attributes, as the typings name them
    const probe = `
from umqtt.simple import MQTTClient as S, MQTTException
from umqtt.robust import MQTTClient as R
import requests, urequests
c = S("id", "host")
r = R("id", "host")
for name in ("client_id", "server", "port", "keepalive", "connect", "disconnect", "ping", "publish", "subscribe", "unsubscribe", "set_callback", "set_last_will", "wait_msg", "check_msg"):
    getattr(c, name)
for name in ("DELAY", "DEBUG", "delay", "log", "reconnect", "wait_msg", "check_msg"):
    getattr(r, name)
print(R.DELAY, R.DEBUG, issubclass(MQTTException, Exception), c.port, S("id", "h", ssl=True).port)
for m in (requests, urequests):
    for name in ("request", "get", "post", "put", "patch", "delete", "head", "Response"):
        getattr(m, name)
resp = requests.Response(None)
print(resp.encoding, hasattr(requests.Response, "content"), hasattr(requests.Response, "text"), hasattr(resp, "json"), hasattr(resp, "close"))
`;
    const files = simulatorFiles().filter((f) => /^(umqtt\/|requests\/|urequests|socket)/.test(f.path));
    const r = await runInVm([...files, { path: "probe.py", text: probe }], "probe");
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("2 False True 1883 8883\nutf-8 True True True True\n");
  });
});
