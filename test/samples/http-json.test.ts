// samples/http-json against a real HTTP server (node:http, on loopback, started here): the
// board's simulated requests module speaks HTTP/1.0 to it over the simulator's sockets.
// Checked: every request the server got (method, path, headers, body) and what the program
// printed with the server's answers.
import { describe, expect, test } from "vitest";
import * as http from "node:http";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { checkGolden, compileSample, programOf, runInWorld } from "../helpers/scenario.js";

const sample = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../samples/http-json");

interface Received {
  method: string;
  url: string;
  httpVersion: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

describe("http-json", () => {
  test("GETs its settings as JSON, POSTs a reading with json=, and checks a 404", async () => {
    const got: Received[] = [];
    let server: http.Server | undefined;
    const files = compileSample(sample);
    checkGolden(sample, files);
    const program = programOf(files);
    const t = await runInWorld(program.files, program.entry, {
      resolve: { "api.example.com": "10.0.0.5" },
      pins: { "34": 3900 },
      async start() {
        server = http.createServer((req, res) => {
          let body = "";
          req.setEncoding("latin1");
          req.on("data", (c: string) => (body += c));
          req.on("end", () => {
            got.push({ method: req.method!, url: req.url!, httpVersion: req.httpVersion, headers: req.headers, body });
            const json = (status: number, value: unknown) => {
              res.writeHead(status, { "Content-Type": "application/json" });
              res.end(JSON.stringify(value));
            };
            if (req.method === "GET" && req.url === "/settings")
              json(200, { name: "greenhouse-1", thresholds: { low: 500, high: 3500 }, tags: ["light", "north"] });
            else if (req.method === "POST" && req.url === "/readings") json(201, { id: 42 });
            else json(404, { error: "not found" });
          });
        });
        await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
        return { "10.0.0.5:8080": (server.address() as { port: number }).port };
      },
      async stop() {
        await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      },
    });
    expect(t).toEqual({
      stdout:
        "GET /settings: 200 application/json\n" +
        "device greenhouse-1 tags light, north\n" +
        "reading 3900 (alarm) stored as 42\n" +
        "GET /firmware/latest: 404\n",
      received: {},
      events: ["wifi connected to 'SSID' as 127.0.0.1"],
      exit: 0,
    });
    expect(got.map((r) => `${r.method} ${r.url} HTTP/${r.httpVersion}`)).toEqual([
      "GET /settings HTTP/1.0",
      "POST /readings HTTP/1.0",
      "GET /firmware/latest HTTP/1.0",
    ]);
    // requests adds Host (without the port, as the firmware does) and Connection: close
    expect(got[0].headers).toEqual({ accept: "application/json", host: "api.example.com", connection: "close" });
    expect(got[0].body).toBe("");
    // json= : the body is the JSON text, with its type and length
    const post = got[1];
    expect(JSON.parse(post.body)).toEqual({ device: "greenhouse-1", light: 3900, alarm: true });
    expect(post.headers).toEqual({
      authorization: "Bearer secret-token",
      "content-type": "application/json",
      "content-length": String(post.body.length),
      host: "api.example.com",
      connection: "close",
    });
    expect(got[2].headers).toEqual({ host: "api.example.com", connection: "close" });
  }, 30000);
});
