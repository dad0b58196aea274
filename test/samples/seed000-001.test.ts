// The samples of seeds 000 and 001: each compiled sample and the document's own code
// (original.py) run in the same simulated world (the same Node peers), and must leave the
// same transcript: what the board printed, what each peer received, the board's events.
// The seed's host names resolve to fixed addresses routed to local servers, so nothing
// reaches the real network.
import { describe, expect, test } from "vitest";
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import * as tls from "node:tls";
import { fileURLToPath } from "node:url";
import { checkGolden, compileSample, programOf, runInWorld, type Peers, type Transcript, type World } from "../helpers/scenario.js";
import { selfSignedCert } from "../helpers/tls-cert.js";

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../samples");

/** Compile the sample (checking its golden .py files), then run it and its original.py in fresh copies of the world. */
async function sampleAndOriginal(name: string, world: () => World): Promise<{ sample: Transcript; original: Transcript }> {
  const dir = path.join(samples, name);
  const files = compileSample(dir);
  checkGolden(dir, files);
  const program = programOf(files);
  const sample = await runInWorld(program.files, program.entry, world());
  const text = fs.readFileSync(path.join(dir, "original.py"), "utf8");
  const original = await runInWorld([{ path: "original.py", text }], "original", world());
  return { sample, original };
}

/** The simulated station's ifconfig() (the board has this computer's loopback address). */
const IFCONFIG = "('127.0.0.1', '255.0.0.0', '127.0.0.1', '127.0.0.1')";

/** Python's repr of a bytes value (printable ASCII, \r, \n and \t only). */
function bytesRepr(text: string): string {
  return "b'" + text.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\r/g, "\\r").replace(/\n/g, "\\n").replace(/\t/g, "\\t") + "'";
}

/**
 * A web server the board connects to as `address` ("ip:port"): it records every byte of
 * the request as `peer`, answers `response` once the blank line that ends the headers has
 * arrived (in two writes with `twoWrites`), and closes. With `tlsPair` it speaks TLS and
 * records the name the client sent (SNI).
 */
function webServerWorld(options: {
  peer: string;
  address: string;
  resolve: Record<string, string>;
  response: string;
  twoWrites?: boolean;
  tlsPair?: { key: string; cert: string };
}): World {
  let server: net.Server | undefined;
  const open = new Set<net.Socket>();
  return {
    resolve: options.resolve,
    insecureTls: options.tlsPair !== undefined,
    timeoutMs: 8000,
    async start(peers: Peers) {
      const onConnection = (c: net.Socket) => {
        open.add(c);
        c.on("close", () => open.delete(c));
        c.on("error", () => {});
        let request = "";
        c.on("data", (d: Buffer) => {
          peers.record(options.peer, d);
          request += d.toString("latin1");
          if (!request.includes("\r\n\r\n")) return;
          if (!options.twoWrites) return void c.end(options.response);
          // the headers now and the body a moment later, as servers often send them
          const body = options.response.indexOf("\r\n\r\n") + 4;
          c.write(options.response.slice(0, body));
          setTimeout(() => c.end(options.response.slice(body)), 50);
        });
      };
      if (options.tlsPair) {
        const s = tls.createServer(options.tlsPair, (c) => {
          peers.record("sni", String(c.servername));
          onConnection(c);
        });
        s.on("tlsClientError", () => {});
        server = s;
      } else {
        server = net.createServer(onConnection);
      }
      const srv = server;
      await new Promise<void>((resolve) => srv.listen(0, "127.0.0.1", resolve));
      return { [options.address]: (srv.address() as net.AddressInfo).port };
    },
    async stop() {
      for (const c of open) c.destroy();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    },
  };
}

function httpResponse(status: string, headers: string[], body: string): string {
  return `${status}\r\n${[...headers, `Content-Length: ${Buffer.byteLength(body)}`].join("\r\n")}\r\n\r\n${body}`;
}

describe("seed 000", () => {
  test("seed000-http-client: Wi-Fi setup, then a GET to www.example.com and the first 512 bytes of the answer", async () => {
    const page =
      "<!doctype html>\n<html><head><title>Example Domain</title></head>\n<body><h1>Example Domain</h1><p>This domain is for use in illustrative examples.</p></body></html>\n";
    const response = httpResponse("HTTP/1.1 200 OK", ["Content-Type: text/html; charset=UTF-8"], page);
    expect(response.length).toBeLessThan(512);
    const world = () =>
      webServerWorld({ peer: "www.example.com", address: "93.184.216.34:80", resolve: { "www.example.com": "93.184.216.34" }, response });
    const { sample, original } = await sampleAndOriginal("seed000-http-client", world);
    expect(sample).toEqual(original);
    expect(sample).toEqual({
      stdout: `Connected\n${bytesRepr(response)}\n`,
      received: { "www.example.com": "GET /index.html HTTP/1.1\r\nHOST:example.org\r\n\r\n" },
      events: ["wifi connected to 'mpts-sim' as 127.0.0.1"],
      exit: 0,
    });
  });
});

describe("seed 001", () => {
  test("seed001-wifi-connect: the station connects and prints its IP settings", async () => {
    const { sample, original } = await sampleAndOriginal("seed001-wifi-connect", () => ({}));
    expect(sample).toEqual(original);
    expect(sample).toEqual({
      stdout: `Connection successful\n${IFCONFIG}\n`,
      received: {},
      events: ["wifi connected to 'SSID' as 127.0.0.1"],
      exit: 0,
    });
  });

  test("seed001-http-get: an HTTP/1.0 GET, the page printed as it arrives in 200-byte reads until the server closes", async () => {
    const page = [
      "<!DOCTYPE html>",
      '<html lang="en">',
      "    <head>",
      "        <title>Test</title>",
      "    </head>",
      "    <body>",
      "        <h1>Test</h1>",
      "        It's working if you can read this!",
      "    </body>",
      "</html>",
      "",
    ].join("\n");
    const response = httpResponse(
      "HTTP/1.0 200 OK",
      [
        "Server: nginx/1.18.0",
        "Date: Tue, 12 Sep 2023 10:00:00 GMT",
        "Content-Type: text/html",
        "Last-Modified: Mon, 05 Jun 2023 08:30:00 GMT",
        "Connection: close",
        'ETag: "647d9d18-b4"',
        "Accept-Ranges: bytes",
      ],
      page,
    );
    // more than two reads of 200 bytes
    expect(response.length).toBeGreaterThan(400);
    const world = () =>
      webServerWorld({
        peer: "micropython.org",
        address: "176.58.119.26:80",
        resolve: { "micropython.org": "176.58.119.26" },
        response,
        twoWrites: true,
      });
    const { sample, original } = await sampleAndOriginal("seed001-http-get", world);
    expect(sample).toEqual(original);
    expect(sample).toEqual({
      stdout: `Connection successful\n${IFCONFIG}\n${response}`,
      received: { "micropython.org": "GET /ks/test.html HTTP/1.0\r\nHost: micropython.org\r\n\r\n" },
      events: ["wifi connected to 'SSID' as 127.0.0.1"],
      exit: 0,
    });
  });

  test("seed001-https-client: TLS with SNI to a self-signed server, the page in one 5000-byte read though it comes in two pieces, then the empty read", async () => {
    // The document's code is CPython for a PC (ssl.PROTOCOL_TLSv1_2, wrapping before
    // connecting), which the board's ssl module does not have: see ORIGINAL.md. The sample
    // is checked against the exact transcript the document's program means.
    const dir = path.join(samples, "seed001-https-client");
    const files = compileSample(dir);
    checkGolden(dir, files);
    const page = "<!DOCTYPE html>\n<html><head><title>EngineersGarage</title></head>\n<body><h1>Electronic projects</h1></body></html>\n";
    const response = httpResponse("HTTP/1.1 200 OK", ["Content-Type: text/html; charset=UTF-8", "Connection: close"], page);
    const world = webServerWorld({
      peer: "www.engineersgarage.com",
      address: "104.21.32.1:443",
      resolve: { "www.engineersgarage.com": "104.21.32.1" },
      response,
      twoWrites: true,
      tlsPair: selfSignedCert(["www.engineersgarage.com"]),
    });
    const program = programOf(files);
    const sample = await runInWorld(program.files, program.entry, world);
    expect(sample).toEqual({
      // the page in one read, though it comes in two pieces (read(5000) waits for 5000 bytes
      // or the end: MicroPython's streams make no short reads), then the empty read
      stdout: `${response}\n\n`,
      received: { sni: "www.engineersgarage.com", "www.engineersgarage.com": "GET / HTTP/1.1\r\nHost: www.engineersgarage.com\r\n\r\n" },
      events: [],
      exit: 0,
    });
    // the document's code on the board stops at the protocol constant MicroPython lacks
    const text = fs.readFileSync(path.join(dir, "original.py"), "utf8");
    const original = await runInWorld([{ path: "original.py", text }], "original", world);
    expect(original.stdout).toContain("AttributeError: module 'ssl' has no attribute 'PROTOCOL_TLSv1_2'");
    expect(original.received).toEqual({});
  });

  test("seed001-web-server: a browser's GET is read up to the blank line and answered with the page", async () => {
    const html =
      "<!DOCTYPE html>\n<html>\n<head> <title>ESP8266 Server</title> </head>\n<body> <h1>Welcome to the ESP8266 server</h1> </body>\n</html>\n";
    const request = [
      "GET / HTTP/1.1",
      "Host: 192.168.1.50",
      "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
      "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
      "Accept-Language: en-US,en;q=0.5",
      "Connection: keep-alive",
      "",
      "",
    ].join("\r\n");
    const world = (): World => ({
      timeoutMs: 8000,
      async onListen(listen, peers) {
        // the browser: send the request, keep what comes back until the board closes
        await new Promise<void>((resolve, reject) => {
          const c = net.createConnection({ host: listen.host, port: listen.port }, () => c.write(request));
          c.on("data", (d) => peers.record("browser", d));
          c.on("end", () => resolve());
          c.on("error", reject);
        });
      },
    });
    const { sample, original } = await sampleAndOriginal("seed001-web-server", world);
    // the browser's port is the host's choice
    const withoutPort = (t: Transcript) => ({ ...t, stdout: t.stdout.replace(/\('127\.0\.0\.1', \d+\)/g, "('127.0.0.1', PORT)") });
    expect(withoutPort(sample)).toEqual(withoutPort(original));
    expect(withoutPort(sample)).toEqual({
      stdout: `Connection successful\n${IFCONFIG}\nlistening ('0.0.0.0', 80)\nclient connected from ('127.0.0.1', PORT)\n`,
      received: { browser: "HTTP/1.0 200 OK\r\nContent-type: text/html\r\n\r\n" + html },
      events: ["wifi connected to 'SSID' as 127.0.0.1", "tcp listen 80"],
      // the server serves until it is stopped (Ctrl-C once the browser has its page)
      exit: 130,
    });
  });
});
