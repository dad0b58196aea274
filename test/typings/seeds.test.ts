// The Wi-Fi and socket code of every seed document (/work/shared/seeds 000-004), ported to
// TypeScript without `any` or casts: each program must type-check against the board typings
// and compile with no mpts diagnostic, and the key lines must come out as the seeds wrote them.
// This also proves the socket, network, machine, ssl and mpython typings cover the seeds.
// Ports, where Python and TypeScript differ: `addr_info[0][-1]` is `[0][4]`; `url.split('/', 3)`
// (JavaScript's split limit truncates) is a split and a join; `print(x, end='')` is
// `sys.stdout.write(x)`; a str sent on a socket is `bytes(text, "utf8")` or a b`...` literal;
// CPython's ssl.SSLContext(PROTOCOL_TLSv1_2) (seed 001) is MicroPython's
// SSLContext(PROTOCOL_TLS_CLIENT), wrapping after connect; mPython's `enable_APWiFi(name, 13)`
// (older firmware) is `enable_APWiFi(name, "", 13)`. Bytes keep Python's meaning: `!line` is
// empty, `line === b"\r\n"` compares contents.
import { beforeAll, describe, expect, test } from "vitest";
import { castsAndAny, checkSnippets, type CheckedSnippet } from "../helpers/typings.js";
import { inMain } from "../helpers/diff.js";

const setupAndHttpClient = `
import * as network from "network";
import * as socket from "socket";
import { Pin, Timer } from "machine";
import { sleep_ms } from "time";

function setup(country: string, ssid: string, key: string): network.WLAN {
  network.country(country);
  const wifi = network.WLAN(network.STA_IF);
  wifi.active(true);
  wifi.disconnect();
  const LED = Pin(2, Pin.OUT);
  LED.on();
  let timeout = 20000;
  wifi.connect(ssid, key);
  const timer = Timer(1);
  timer.init({ period: 200, mode: Timer.PERIODIC, callback: (t) => LED.value(!LED.value()) });
  let s = network.STAT_IDLE;
  while (timeout > 0) {
    print("connecting", s);
    s = wifi.status();
    if (s !== network.STAT_CONNECTING) break;
    sleep_ms(100);
    timeout = timeout - 100;
  }
  if (s === network.STAT_GOT_IP) {
    timer.init({ period: 1000, mode: Timer.PERIODIC, callback: (t) => LED.value(!LED.value()) });
  } else {
    timer.deinit();
    LED.on();
  }
  return wifi;
}

const country = "GB";
const ssid = "ssid";
const key = "password";
const wifi = setup(country, ssid, key);
print("Connected", wifi.ifconfig()[0]);
const ai = socket.getaddrinfo("www.example.com", 80, socket.AF_INET);
const addr = ai[0][4];
const s = socket.socket(socket.AF_INET);
s.connect(addr);
const request = b\`GET /index.html HTTP/1.1\\r\\nHost:example.org\\r\\n\\r\\n\`;
s.send(request);
print(s.recv(512));
s.close();
`;

const stationHttpGet = `
import * as network from "network";
import * as socket from "socket";
import * as sys from "sys";

const station = network.WLAN(network.STA_IF);
if (station.isconnected()) print("Already connected");
station.active(true);
station.connect("SSID", "PASSWORD");
while (!station.isconnected()) {}
print("Connection successful");
print(station.ifconfig());

function http_get(url: string): void {
  const parts = url.split("/");
  const host = parts[2];
  const path = parts.slice(3).join("/");
  const addr = socket.getaddrinfo(host, 80)[0][4];
  const s = socket.socket();
  s.connect(addr);
  s.send(bytes(\`GET /\${path} HTTP/1.0\\r\\nHost: \${host}\\r\\n\\r\\n\`, "utf8"));
  while (true) {
    const data = s.recv(200);
    if (data) sys.stdout.write(data.decode("utf8"));
    else break;
  }
  s.close();
}

http_get("http://micropython.org/ks/test.html");
`;

const httpsGet = `
import * as socket from "socket";
import * as ssl from "ssl";
import * as sys from "sys";

function https_get(url: string): void {
  const parts = url.split("/");
  const host = parts[2];
  const path = parts.slice(3).join("/");
  const real_host = host.split(":")[0];
  const s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
  s.connect(socket.getaddrinfo(real_host, 443)[0][4]);
  const context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
  const tls = context.wrap_socket(s, { server_hostname: real_host });
  tls.write(bytes(\`GET /\${path} HTTP/1.1\\r\\nHost: \${host}\\r\\nConnection: close\\r\\n\\r\\n\`, "utf8"));
  let content = tls.read(5000);
  while (len(content) > 0) {
    sys.stdout.write(content.decode());
    content = tls.read(5000);
  }
  tls.close();
}

https_get("https://www.engineersgarage.com/");
`;

const stationHtmlServer = `
import * as network from "network";
import * as socket from "socket";

const station = network.WLAN(network.STA_IF);
station.active(true);
station.connect("SSID", "PASSWORD");
while (!station.isconnected()) {}
print("Connection successful");
print(station.ifconfig());

const html = \`<!DOCTYPE html>
<html>
<head> <title>ESP8266 Server</title> </head>
<body> <h1>Welcome to the ESP8266 server</h1> </body>
</html>
\`;

const addr = socket.getaddrinfo("0.0.0.0", 80)[0][4];
const s = socket.socket();
s.bind(addr);
s.listen(1);
print("listening on", addr);
while (true) {
  const [cl, remote] = s.accept();
  print("client connected from", remote);
  const cl_file = cl.makefile("rwb", 0);
  while (true) {
    const line = cl_file.readline();
    if (!line || line === b\`\\r\\n\`) break;
  }
  cl.send(b\`HTTP/1.0 200 OK\\r\\nContent-type: text/html\\r\\n\\r\\n\`);
  cl.send(bytes(html, "utf8"));
  cl.close();
}
`;

const tutorialClientsAndPinServer = `
import * as machine from "machine";
import * as socket from "socket";
import * as sys from "sys";

function star_wars(): void {
  const addr_info = socket.getaddrinfo("towel.blinkenlights.nl", 23);
  const addr = addr_info[0][4];
  const s = socket.socket();
  s.connect(addr);
  while (true) {
    const data = s.recv(500);
    sys.stdout.write(data.decode("utf8"));
  }
}

function http_get(url: string): void {
  const [, , host, ...rest] = url.split("/");
  const path = rest.join("/");
  const addr = socket.getaddrinfo(host, 80)[0][4];
  const s = socket.socket();
  s.connect(addr);
  s.send(bytes(\`GET /\${path} HTTP/1.0\\r\\nHost: \${host}\\r\\n\\r\\n\`, "utf8"));
  while (true) {
    const data = s.recv(100);
    if (len(data) > 0) sys.stdout.write(data.decode("utf8"));
    else break;
  }
  s.close();
}

function page(rows: string): string {
  return \`<!DOCTYPE html>
<html>
    <head> <title>ESP32 Pins</title> </head>
    <body> <h1>ESP32 Pins</h1>
        <table border="1"> <tr><th>Pin</th><th>Value</th></tr> \${rows} </table>
    </body>
</html>
\`;
}

function pin_server(): void {
  const pins = [0, 2, 4, 5, 12, 13, 14, 15].map((i) => machine.Pin(i, machine.Pin.IN));
  const addr = socket.getaddrinfo("0.0.0.0", 80)[0][4];
  const s = socket.socket();
  s.bind(addr);
  s.listen(1);
  print("listening on", addr);
  while (true) {
    const [cl, remote] = s.accept();
    print("client connected from", remote);
    const cl_file = cl.makefile("rwb", 0);
    while (true) {
      const line = cl_file.readline();
      if (!line || line === b\`\\r\\n\`) break;
    }
    const rows = pins.map((p) => \`<tr><td>\${str(p)}</td><td>\${p.value()}</td></tr>\`);
    const response = page(rows.join("\\n"));
    cl.send(bytes(response, "utf8"));
    cl.close();
  }
}

http_get("http://micropython.org/ks/test.html");
pin_server();
star_wars();
`;

const esp32EchoServer = `
import * as socket from "socket";
import * as network from "network";

const port = 10000;
let listenSocket: socket.socket | null = null;

try {
  const sta_if = network.WLAN(network.STA_IF);
  sta_if.active(true);
  sta_if.scan();
  sta_if.connect("SSID", "password");
  sta_if.isconnected();

  const ip = sta_if.ifconfig()[0];
  listenSocket = socket.socket();
  listenSocket.bind([ip, port]);
  listenSocket.listen(1);
  listenSocket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
  print("tcp waiting...");

  while (true) {
    print("accepting.....");
    const [conn, addr] = listenSocket.accept();
    print(addr, "connected");

    while (true) {
      const data = conn.recv(1024);
      if (len(data) === 0) {
        print("close socket");
        conn.close();
        break;
      }
      print(data);
      const ret = conn.send(data);
    }
  }
} catch {
  if (listenSocket) listenSocket.close();
}
`;

const pcTcpClient = `
import * as socket from "socket";

const s = socket.socket();
const host = "192.168.3.147";
const port = 10000;
s.connect([host, port]);
while (true) {
  const msg = bytes(input(">>> "), "utf8");
  s.send(msg);
}
`;

const mpythonClient = `
import * as socket from "socket";
import { wifi, oled } from "mpython";

const host = "172.25.1.63";
const port = 5001;
let s: socket.socket | null = null;

const mywifi = wifi();

try {
  mywifi.connectWiFi("ssid", "password");
  const ip = mywifi.sta.ifconfig()[0];
  s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
  s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
  s.connect([host, port]);
  s.send(b\`hello mPython,I am TCP Client\`);

  while (true) {
    const data = s.recv(1024);
    if (len(data) === 0) {
      print("close socket");
      s.close();
      break;
    }
    print(data);
    const text = data.decode("utf-8");
    oled.fill(0);
    oled.DispChar(text, 0, 0);
    oled.show();
    s.send(bytes(text, "utf-8"));
  }
} catch {
  if (s) s.close();
  mywifi.disconnectWiFi();
}
`;

const mpythonServer = `
import * as socket from "socket";
import { wifi, oled } from "mpython";

const port = 5001;
let listenSocket: socket.socket | null = null;

const mywifi = wifi();

try {
  mywifi.connectWiFi("ssid", "password");
  const ip = mywifi.sta.ifconfig()[0];
  listenSocket = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
  listenSocket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
  listenSocket.bind([ip, port]);
  listenSocket.listen(3);
  print("tcp waiting...");
  oled.DispChar(\`\${ip}:\${port}\`, 0, 0);
  oled.DispChar("accepting.....", 0, 16);
  oled.show();

  while (true) {
    print("accepting.....");
    const [conn, addr] = listenSocket.accept();
    print(addr, "connected");

    while (true) {
      const data = conn.recv(1024);
      if (len(data) === 0) {
        print("close socket");
        conn.close();
        break;
      }
      const data_utf = data.decode();
      print(data_utf);
      oled.DispChar(data_utf, 0, 48);
      oled.show();
      oled.fill_rect(0, 48, 128, 16, 0);
      conn.send(data);
    }
  }
} catch {
  if (listenSocket) listenSocket.close();
  mywifi.disconnectWiFi();
}
`;

const mpythonAccessPoint = `
import { wifi } from "mpython";

const mywifi = wifi();
mywifi.enable_APWiFi("wifi_name", "", 13);
print(mywifi.ap.ifconfig()[0]);
`;

const programs: Record<string, { source: string; lines: string[] }> = {
  "000: the Wi-Fi setup(country, ssid, key) helper and the HTTP GET client": {
    source: setupAndHttpClient,
    lines: [
      "import network\nimport socket\nfrom machine import Pin, Timer\nfrom time import sleep_ms\n",
      "def setup(country, ssid, key):\n    network.country(country)\n    wifi = network.WLAN(network.STA_IF)\n    wifi.active(True)\n    wifi.disconnect()",
      "timer.init(period=200, mode=Timer.PERIODIC, callback=lambda t: LED.value(not LED.value()))",
      "        s = wifi.status()\n        if s != network.STAT_CONNECTING:\n            break",
      "    if s == network.STAT_GOT_IP:",
      'ai = socket.getaddrinfo("www.example.com", 80, socket.AF_INET)\naddr = ai[0][4]\ns = socket.socket(socket.AF_INET)\ns.connect(addr)',
      'request = b"GET /index.html HTTP/1.1\\r\\nHost:example.org\\r\\n\\r\\n"\ns.send(request)\nprint(s.recv(512))',
    ],
  },
  "001: station connect and the http_get client": {
    source: stationHttpGet,
    lines: [
      inMain('station = network.WLAN(network.STA_IF)\nif station.isconnected():\n    print("Already connected")\nstation.active(True)'),
      inMain("while not station.isconnected():\n    pass"),
      "addr = socket.getaddrinfo(host, 80)[0][4]\n    s = socket.socket()\n    s.connect(addr)",
      's.send(bytes("GET /%s HTTP/1.0\\r\\nHost: %s\\r\\n\\r\\n" % (path, host), "utf8"))',
      '        data = s.recv(200)\n        if data:\n            sys.stdout.write(data.decode("utf8"))\n        else:\n            break',
    ],
  },
  "001: the HTTPS client (CPython's SSLContext, ported to MicroPython's ssl)": {
    source: httpsGet,
    lines: [
      "s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n    s.connect(socket.getaddrinfo(real_host, 443)[0][4])",
      "context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\n    tls = context.wrap_socket(s, server_hostname=real_host)",
      "content = tls.read(5000)\n    while len(content) > 0:",
      "tls.close()",
    ],
  },
  "001: the web server": {
    source: stationHtmlServer,
    lines: [
      inMain('addr = socket.getaddrinfo("0.0.0.0", 80)[0][4]\ns = socket.socket()\ns.bind(addr)\ns.listen(1)'),
      "    cl, remote = s.accept()",
      inMain(
        '    cl_file = cl.makefile("rwb", 0)\n    while True:\n        line = cl_file.readline()\n        if not line or line == b"\\r\\n":\n            break',
      ),
      inMain('    cl.send(b"HTTP/1.0 200 OK\\r\\nContent-type: text/html\\r\\n\\r\\n")\n    cl.send(bytes(html, "utf8"))\n    cl.close()'),
    ],
  },
  "002: Star Wars over telnet, http_get and the GPIO pin server": {
    source: tutorialClientsAndPinServer,
    lines: [
      'addr_info = socket.getaddrinfo("towel.blinkenlights.nl", 23)\n    addr = addr_info[0][4]\n    s = socket.socket()\n    s.connect(addr)',
      '        data = s.recv(500)\n        sys.stdout.write(data.decode("utf8"))',
      "pins = [machine.Pin(i, machine.Pin.IN) for i in [0, 2, 4, 5, 12, 13, 14, 15]]",
      '    s.bind(addr)\n    s.listen(1)\n    print("listening on", addr)',
      '        if not line or line == b"\\r\\n":',
      'response = page("\\n".join(rows))\n        cl.send(bytes(response, "utf8"))\n        cl.close()',
    ],
  },
  "003: the ESP32 TCP echo server": {
    source: esp32EchoServer,
    lines: [
      inMain(
        'listenSocket = None\ntry:\n    sta_if = network.WLAN(network.STA_IF)\n    sta_if.active(True)\n    sta_if.scan()\n    sta_if.connect("SSID", "password")\n    sta_if.isconnected()',
      ),
      inMain(
        "    ip = sta_if.ifconfig()[0]\n    listenSocket = socket.socket()\n    listenSocket.bind((ip, port))\n    listenSocket.listen(1)\n    listenSocket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
      ),
      inMain('        conn, addr = listenSocket.accept()\n        print(addr, "connected")'),
      inMain(
        '            data = conn.recv(1024)\n            if len(data) == 0:\n                print("close socket")\n                conn.close()\n                break',
      ),
      "            ret = conn.send(data)",
      inMain("except Exception:\n    if listenSocket is not None:\n        listenSocket.close()"),
    ],
  },
  "003: the PC TCP client": {
    source: pcTcpClient,
    lines: ["s.connect((host, port))", inMain('msg = bytes(input(">>> "), "utf8")\n    s.send(msg)')],
  },
  "004: the mPython TCP client with the OLED": {
    source: mpythonClient,
    lines: [
      "import socket\nfrom mpython import wifi, oled\n",
      inMain('mywifi = wifi()\ntry:\n    mywifi.connectWiFi("ssid", "password")\n    ip = mywifi.sta.ifconfig()[0]'),
      inMain(
        "    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n    s.connect((host, port))",
      ),
      inMain('        text = data.decode("utf-8")\n        oled.fill(0)\n        oled.DispChar(text, 0, 0)\n        oled.show()'),
      inMain("except Exception:\n    if s is not None:\n        s.close()\n    mywifi.disconnectWiFi()"),
    ],
  },
  "004: the mPython TCP server with the OLED": {
    source: mpythonServer,
    lines: [
      inMain("    listenSocket.bind((ip, port))\n    listenSocket.listen(3)"),
      inMain('    oled.DispChar("%s:%d" % (ip, port), 0, 0)\n    oled.DispChar("accepting.....", 0, 16)\n    oled.show()'),
      inMain(
        "            oled.DispChar(data_utf, 0, 48)\n            oled.show()\n            oled.fill_rect(0, 48, 128, 16, 0)\n            conn.send(data)",
      ),
      "    mywifi.disconnectWiFi()",
    ],
  },
  "004: the mPython access point (enable_APWiFi)": {
    source: mpythonAccessPoint,
    lines: ['mywifi.enable_APWiFi("wifi_name", "", 13)\nprint(mywifi.ap.ifconfig()[0])'],
  },
};

describe("the seeds' Wi-Fi and socket programs", () => {
  let checked: Map<string, CheckedSnippet>;
  beforeAll(() => {
    checked = checkSnippets(Object.fromEntries(Object.entries(programs).map(([k, v]) => [k, v.source])));
  });

  for (const [name, { source, lines }] of Object.entries(programs)) {
    test(name, () => {
      const r = checked.get(name)!;
      expect(r.errors).toEqual([]);
      expect(r.mptsErrors).toEqual([]);
      expect(castsAndAny(source)).toEqual([]);
      for (const line of lines) expect(r.python).toContain(line);
    });
  }
});
