// samples/async-web-server: an asyncio web server and a blinking LED task on one board.
// Node clients (node:http, and raw sockets that send their requests slowly) hit the server
// at the same time; every answer is checked, and the LED's pin events, timed as they
// arrive, must show it kept toggling at about its 100 ms period while the clients were served.
import { afterEach, describe, expect, test } from "vitest";
import * as http from "node:http";
import * as net from "node:net";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { checkGolden, compileSample, programOf } from "../helpers/scenario.js";
import { simulate, type Simulation } from "../../compiler/board/sim/simulate.js";
import type { SimEvent } from "../../compiler/board/sim/net.js";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../samples/async-web-server");
const BLINK_MS = 100;
const PAGE = `<!DOCTYPE html>
<html>
<head><title>ESP32</title></head>
<body><h1>Hello from the ESP32</h1><p>The LED blinks while you read this. <a href="/status">status</a></p></body>
</html>
`;

type Listen = Extract<SimEvent, { kind: "listen" }>;

let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.kill();
  sim = undefined;
});

function get(port: number, urlPath: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    // agent: false, one connection per request, as several browsers would
    http
      .get({ host: "127.0.0.1", port, path: urlPath, agent: false }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
      })
      .on("error", reject);
  });
}

/** A client that types its request: one piece every `gapMs`; gives the whole response. */
function slowClient(port: number, request: string, pieces: number, gapMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let response = "";
    const c = net.createConnection({ host: "127.0.0.1", port }, async () => {
      const size = Math.ceil(request.length / pieces);
      for (let i = 0; i < request.length; i += size) {
        c.write(request.slice(i, i + size));
        await new Promise((r) => setTimeout(r, gapMs));
      }
    });
    c.setEncoding("latin1");
    c.on("data", (d: string) => (response += d));
    c.on("end", () => resolve(response));
    c.on("error", reject);
  });
}

describe("async-web-server", () => {
  test("concurrent HTTP clients get their pages while the LED keeps blinking", async () => {
    const files = compileSample(dir);
    checkGolden(dir, files);
    const program = programOf(files);
    let out = "";
    const toggles: { at: number; value: number }[] = [];
    let listened: (l: Listen) => void = () => {};
    const listening = new Promise<Listen>((resolve) => (listened = resolve));
    sim = simulate(program.files, program.entry, {
      onOutput: (t) => (out += t),
      onEvent: (e) => {
        if (e.kind === "pin" && e.pin === 2) toggles.push({ at: Date.now(), value: e.value });
        if (e.kind === "listen") listened(e);
      },
    });
    const listen = await listening;
    expect(listen).toMatchObject({ boardPort: 80, udp: false });
    const port = listen.port;

    const from = Date.now();
    const [slow1, slow2, page, status, missing, page2] = await Promise.all([
      // each takes about a second to send its request
      slowClient(port, "GET /status HTTP/1.0\r\nHost: esp32\r\nUser-Agent: slow\r\n\r\n", 10, 100),
      slowClient(port, "GET / HTTP/1.0\r\nHost: esp32\r\n\r\n", 8, 120),
      get(port, "/"),
      get(port, "/status"),
      get(port, "/missing"),
      get(port, "/"),
    ]);
    const to = Date.now();

    expect(page).toEqual({ status: 200, type: "text/html", body: PAGE });
    expect(page2).toEqual(page);
    expect(missing).toEqual({ status: 404, type: "text/plain", body: "not found\n" });
    expect(status.status).toBe(200);
    expect(status.type).toBe("application/json");
    const s = JSON.parse(status.body) as Record<string, unknown>;
    expect(Object.keys(s)).toEqual(["requests", "led", "uptime_ms"]);
    expect(s.requests).toBeGreaterThanOrEqual(1);
    expect(typeof s.led).toBe("boolean");
    expect(s.uptime_ms).toBeGreaterThan(0);
    const [head, body] = slow1.split("\r\n\r\n");
    expect(head).toBe(`HTTP/1.0 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close`);
    // the slow client came last: every other request was counted before it
    expect(JSON.parse(body)).toMatchObject({ requests: 6 });
    expect(slow2).toBe(`HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: ${PAGE.length}\r\nConnection: close\r\n\r\n${PAGE}`);

    // the LED while the clients were served: on, off, on, ... about every BLINK_MS
    const during = toggles.filter((t) => t.at >= from && t.at <= to);
    const window = to - from;
    expect(window).toBeGreaterThan(900);
    expect(during.length).toBeGreaterThanOrEqual(Math.floor((window / BLINK_MS) * 0.6));
    expect(during.length).toBeLessThanOrEqual(Math.ceil(window / BLINK_MS) + 1);
    const gaps = during.slice(1).map((t, i) => t.at - during[i].at);
    expect(Math.max(...gaps)).toBeLessThan(BLINK_MS * 4);
    expect(toggles.every((t, i) => t.value === (i % 2 === 0 ? 1 : 0))).toBe(true);

    sim.interrupt();
    const end = await sim.done;
    expect(end.code).toBe(130);
    const lines = out.split("\n");
    expect(lines[0]).toBe("web server on 127.0.0.1 port 80");
    expect(lines.slice(1, 7).sort()).toEqual(["GET /", "GET /", "GET /", "GET /missing", "GET /status", "GET /status"]);
  });
});
