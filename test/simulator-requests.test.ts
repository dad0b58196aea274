// requests (and urequests) in the simulator against real Node servers on loopback: every
// method, data= and json= bodies, basic auth, redirects (302 is followed with GET, 307 keeps
// the method and body), https through the simulator's ssl, header parsing switched off, a
// timeout, and the firmware's refusal of chunked answers.
import { afterEach, describe, expect, test } from "vitest";
import * as fs from "node:fs";
import * as http from "node:http";
import * as https from "node:https";
import * as os from "node:os";
import * as path from "node:path";
import { compile } from "../compiler/program.js";
import { simulate, type SimulateOptions } from "../compiler/board/sim/simulate.js";
import { selfSignedCert } from "./helpers/tls-cert.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

type Handler = (req: Seen, res: http.ServerResponse) => void;

/** A Node HTTP(S) server on a free loopback port that records each request and answers with `handler`. */
async function serve(handler: Handler, tls?: { key: string; cert: string }): Promise<{ port: number; seen: Seen[] }> {
  const seen: Seen[] = [];
  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => {
    let body = "";
    req.setEncoding("latin1");
    req.on("data", (c: string) => (body += c));
    req.on("end", () => {
      const r = { method: req.method!, url: req.url!, headers: req.headers, body };
      seen.push(r);
      handler(r, res);
    });
  };
  const server = tls ? https.createServer(tls, onRequest) : http.createServer(onRequest);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
  return { port: (server.address() as { port: number }).port, seen };
}

/** Compile `source` with mpts, run it in the simulator, and give what it printed and its exit status. */
async function run(source: string, options: SimulateOptions): Promise<{ out: string; code: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-requests-"));
  fs.writeFileSync(path.join(dir, "main.ts"), source);
  const result = compile(path.join(dir, "main.ts"));
  expect(result.diagnostics.map((d) => d.message)).toEqual([]);
  let out = "";
  const sim = simulate(
    result.files.filter((f) => f.path.endsWith(".py")),
    "main",
    { ...options, onOutput: (t) => (out += t) },
  );
  cleanups.push(() => sim.kill());
  const { code, error } = await sim.done;
  return { out: out + (error ?? ""), code };
}

const text = (res: http.ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
  res.writeHead(status, { "Content-Type": "text/plain", ...headers });
  res.end(body);
};

describe("requests in the simulator", () => {
  test("every method, data= and json=, basic auth, reason and headers", async () => {
    const { port, seen } = await serve((req, res) =>
      text(res, req.method === "DELETE" ? 204 : 200, req.method === "HEAD" ? "" : `${req.method} ok`),
    );
    const { out, code } = await run(
      `
import * as requests from "requests";
import { put, Response } from "urequests";

const base = "http://svc.test:8000";
const show = (r: Response) => print(r.status_code, r.reason, r.headers["Content-Type"], r.text);
show(requests.get(base + "/a?x=1"));
show(requests.post(base + "/b", { data: "raw text" }));
show(put(base + "/c", { data: b\`\\x00\\x01\\xff\` }));
show(requests.patch(base + "/d", { json: [1, "two", null, true] }));
show(requests.delete(base + "/e", { auth: ["user", "pa:ss"] }));
show(requests.head(base + "/f"));
show(requests.request("OPTIONS", base, { headers: { "X-Trace": "7" } }));
`,
      { resolve: { "svc.test": "10.1.1.1" }, peers: { "10.1.1.1:8000": port } },
    );
    expect(out).toBe(
      [
        "200 b'OK' text/plain GET ok",
        "200 b'OK' text/plain POST ok",
        "200 b'OK' text/plain PUT ok",
        "200 b'OK' text/plain PATCH ok",
        "204 b'No Content' text/plain ",
        "200 b'OK' text/plain ",
        "200 b'OK' text/plain OPTIONS ok",
        "",
      ].join("\n"),
    );
    expect(code).toBe(0);
    expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      "GET /a?x=1",
      "POST /b",
      "PUT /c",
      "PATCH /d",
      "DELETE /e",
      "HEAD /f",
      "OPTIONS /",
    ]);
    expect(seen[1].body).toBe("raw text");
    expect(seen[1].headers["content-length"]).toBe("8");
    expect(seen[2].body).toBe("\x00\x01\xff");
    expect(seen[3].body).toBe('[1, "two", null, true]');
    expect(seen[3].headers["content-type"]).toBe("application/json");
    expect(seen[4].headers.authorization).toBe("Basic " + Buffer.from("user:pa:ss").toString("base64"));
    expect(seen[6].headers["x-trace"]).toBe("7");
    for (const r of seen) expect([r.headers.host, r.headers.connection]).toEqual(["svc.test", "close"]);
  }, 30000);

  test("redirects: 302 is followed with GET, 307 repeats the POST with its body", async () => {
    const { port, seen } = await serve((req, res) => {
      if (req.url === "/old") text(res, 302, "", { Location: "http://svc.test:8000/new" });
      else if (req.url === "/moved") text(res, 307, "", { Location: "http://svc.test:8000/here" });
      else text(res, 200, `${req.method} ${req.url} ${req.body}`);
    });
    const { out } = await run(
      `
import * as requests from "requests";
print(requests.get("http://svc.test:8000/old").text);
print(requests.post("http://svc.test:8000/moved", { json: { b: 2 } }).text);
`,
      { resolve: { "svc.test": "10.1.1.1" }, peers: { "10.1.1.1:8000": port } },
    );
    expect(out).toBe('GET /new \nPOST /here {"b": 2}\n');
    expect(seen.map((r) => `${r.method} ${r.url} ${r.headers["content-type"] ?? "-"}`)).toEqual([
      "GET /old -",
      "GET /new -",
      "POST /moved application/json",
      "POST /here application/json",
    ]);
  }, 30000);

  test("https through the simulator's ssl, with headers left unparsed", async () => {
    const { port, seen } = await serve(
      (req, res) => {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ secure: true, path: req.url }));
      },
      selfSignedCert(["secure.test"]),
    );
    const { out } = await run(
      `
import * as requests from "requests";
interface Answer { secure: boolean; path: string }
const r = requests.get("https://secure.test/v1/status", { parse_headers: false });
const a: Answer = r.json();
print(r.status_code, a.secure, a.path, r.raw);
`,
      { resolve: { "secure.test": "10.2.2.2" }, peers: { "10.2.2.2:443": port }, insecureTls: true },
    );
    expect(out).toBe("200 True /v1/status None\n");
    expect(seen.map((r) => `${r.method} ${r.url} ${r.headers.host}`)).toEqual(["GET /v1/status secure.test"]);
  }, 30000);

  test("a server that does not answer in time: OSError ETIMEDOUT; a chunked answer: ValueError", async () => {
    const { port } = await serve((req, res) => {
      if (req.url === "/slow") return; // never answers
      res.writeHead(200, { "Content-Type": "text/plain", "Transfer-Encoding": "chunked" });
      res.end("chunks");
    });
    const { out } = await run(
      `
import * as errno from "errno";
import * as requests from "requests";
try {
  requests.get("http://svc.test:8000/slow", { timeout: 0.5 });
} catch (e) {
  if (e instanceof OSError) print("timed out", e.errno === errno.ETIMEDOUT);
}
try {
  requests.get("http://svc.test:8000/chunked");
} catch (e) {
  if (e instanceof Error) print("refused:", e.message);
}
`,
      { resolve: { "svc.test": "10.1.1.1" }, peers: { "10.1.1.1:8000": port } },
    );
    expect(out).toBe("timed out True\nrefused: Unsupported Transfer-Encoding: chunked\r\n\n");
  }, 30000);

  test("as on the board, a redirected POST carries its Content-Length into the GET (and loses its timeout): the server waits for that body", async () => {
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      // recorded on arrival: the GET never ends, since its declared body never comes
      seen.push(`${req.method} ${req.url} ${req.headers["content-length"] ?? "-"}`);
      if (req.url === "/form") {
        res.writeHead(302, { Location: "http://svc.test:8000/next" });
        res.end();
      } else req.on("end", () => res.end("never"));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-requests-"));
    fs.writeFileSync(
      path.join(dir, "main.ts"),
      `import * as requests from "requests";\nrequests.post("http://svc.test:8000/form", { data: "a=1", timeout: 1 });\n`,
    );
    const result = compile(path.join(dir, "main.ts"));
    const sim = simulate(result.files, "main", {
      resolve: { "svc.test": "10.1.1.1" },
      peers: { "10.1.1.1:8000": (server.address() as { port: number }).port },
    });
    cleanups.push(() => sim.kill());
    const start = Date.now();
    while (seen.length < 2 && Date.now() - start < 15000) await new Promise((r) => setTimeout(r, 20));
    // well past the 1 s timeout, the program still waits
    await new Promise((r) => setTimeout(r, 1500));
    sim.interrupt();
    expect((await sim.done).code).toBe(130);
    expect(seen).toEqual(["POST /form 3", "GET /next 3"]);
  }, 30000);
});
