// The UDP pair (samples/udp-server, samples/udp-client): seed 001 describes UDP servers and
// clients but shows no code, so there is no original to compare with; each run's whole
// transcript is checked instead. The protocol: the server answers each datagram with
// "echo: " + its text, and serves until it is stopped.
import { describe, expect, test } from "vitest";
import * as dgram from "node:dgram";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { checkGolden, compileSample, programOf, runInWorld, type Transcript, type World } from "../helpers/scenario.js";

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../samples");

async function runSample(name: string, world: World): Promise<Transcript> {
  const dir = path.join(samples, name);
  const files = compileSample(dir);
  checkGolden(dir, files);
  const program = programOf(files);
  return runInWorld(program.files, program.entry, world);
}

const MESSAGES = ["hello", "how are you?", "bye"];

describe("UDP", () => {
  test("udp-server: a Node client's datagrams are each answered with an echo", async () => {
    const world: World = {
      timeoutMs: 8000,
      async onListen(listen, peers) {
        expect(listen).toMatchObject({ boardPort: 5005, udp: true });
        const client = dgram.createSocket("udp4");
        try {
          // one datagram at a time: each answer before the next question
          for (const text of MESSAGES) {
            const reply = new Promise<Buffer>((resolve, reject) => {
              const timer = setTimeout(() => reject(new Error(`no answer to ${JSON.stringify(text)}`)), 3000);
              client.once("message", (m) => {
                clearTimeout(timer);
                resolve(m);
              });
            });
            client.send(text, listen.port, listen.host);
            peers.record("client", (await reply).toString("latin1") + "\n");
          }
        } finally {
          client.close();
        }
      },
    };
    const t = await runSample("udp-server", world);
    expect(t).toEqual({
      stdout: "UDP echo server on 127.0.0.1 port 5005\nreceived: hello\nreceived: how are you?\nreceived: bye\n",
      received: { client: "echo: hello\necho: how are you?\necho: bye\n" },
      events: ["wifi connected to 'SSID' as 127.0.0.1", "udp listen 5005"],
      // the server runs until it is stopped (Ctrl-C once the client has its answers)
      exit: 130,
    });
  });

  /** A Node echo server standing in for the board at 192.168.1.20:5005; it ignores the datagrams in `silentOn`. */
  function echoServerWorld(silentOn: string[] = []): World {
    let server: dgram.Socket | undefined;
    return {
      timeoutMs: 10000,
      async start(peers) {
        const s = dgram.createSocket("udp4");
        server = s;
        s.on("message", (m, from) => {
          const text = m.toString("utf8");
          peers.record("server", text + "\n");
          if (!silentOn.includes(text)) s.send("echo: " + text, from.port, from.address);
        });
        await new Promise<void>((resolve) => s.bind(0, "127.0.0.1", resolve));
        return { "192.168.1.20:5005": s.address().port };
      },
      async stop() {
        await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      },
    };
  }

  test("udp-client: three datagrams to the echo server, each answer printed", async () => {
    const t = await runSample("udp-client", echoServerWorld());
    expect(t).toEqual({
      stdout: "connected as 127.0.0.1\nhello -> echo: hello\nhow are you? -> echo: how are you?\nbye -> echo: bye\n",
      received: { server: "hello\nhow are you?\nbye\n" },
      events: ["wifi connected to 'SSID' as 127.0.0.1"],
      exit: 0,
    });
  });

  test("udp-client: a datagram left unanswered times out after 2 s and the client goes on", async () => {
    const started = Date.now();
    const t = await runSample("udp-client", echoServerWorld(["how are you?"]));
    expect(t).toEqual({
      stdout: "connected as 127.0.0.1\nhello -> echo: hello\nhow are you? -> no answer\nbye -> echo: bye\n",
      received: { server: "hello\nhow are you?\nbye\n" },
      events: ["wifi connected to 'SSID' as 127.0.0.1"],
      exit: 0,
    });
    expect(Date.now() - started).toBeGreaterThan(2000);
  });
});
