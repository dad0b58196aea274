// UDP broadcast in the host simulator (compiler/board/sim/net.ts): a sendto to 255.255.255.255
// or to a /24 subnet's broadcast address stays on this computer: it goes to the loopback
// broadcast (a Node receiver bound to 0.0.0.0 gets it) and to the program's own UDP sockets on
// that port. Also MSG_PEEK and MSG_DONTWAIT on recv/recvfrom, typed as on the ESP32.
import { afterEach, describe, expect, test } from "vitest";
import * as dgram from "node:dgram";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compile } from "../compiler/program.js";
import { simulate, type Simulation } from "../compiler/board/sim/simulate.js";

let sim: Simulation | undefined;
let receiver: dgram.Socket | undefined;
afterEach(async () => {
  await sim?.kill();
  receiver?.close();
  sim = receiver = undefined;
});

function compileTs(source: string): { path: string; text: string }[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-bcast-"));
  fs.writeFileSync(path.join(dir, "main.ts"), source);
  const r = compile(path.join(dir, "main.ts"));
  expect(r.diagnostics.map((d) => d.message)).toEqual([]);
  return r.files.filter((f) => f.path.endsWith(".py"));
}

describe("UDP broadcast", () => {
  test("a broadcast reaches a Node receiver on 0.0.0.0 and the program's own receiver; MSG_PEEK keeps a datagram, MSG_DONTWAIT does not wait", async () => {
    receiver = dgram.createSocket({ type: "udp4", reuseAddr: true });
    const got = new Promise<{ text: string; from: string }>((resolve) =>
      receiver!.once("message", (m, r) => resolve({ text: m.toString(), from: r.address })),
    );
    await new Promise<void>((resolve) => receiver!.bind(0, "0.0.0.0", resolve));
    const nodePort = receiver.address().port;
    const files = compileTs(`import * as socket from "socket";
import * as errno from "errno";

const rx = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
rx.bind(["0.0.0.0", 5007]);
rx.settimeout(2);
const tx = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
tx.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1);
tx.sendto(b\`hello node\`, ["255.255.255.255", ${nodePort}]);
tx.sendto(b\`hello all\`, ["255.255.255.255", 5007]);
tx.sendto(b\`hello subnet\`, ["192.168.1.255", 5007]);
const [peeked] = rx.recvfrom(64, socket.MSG_PEEK);
const [first, from] = rx.recvfrom(64);
const [second] = rx.recvfrom(64);
print(peeked.decode(), "|", first.decode(), "|", second.decode(), "|", from[0]);
try {
  rx.recv(64, socket.MSG_DONTWAIT);
} catch (e) {
  if (e instanceof OSError) print("nothing more:", e.errno === errno.EAGAIN);
}
`);
    let out = "";
    sim = simulate(files, "main", { onOutput: (t) => (out += t) });
    const r = await sim.done;
    expect(out + (r.error ?? "")).toBe("hello all | hello all | hello subnet | 127.0.0.1\nnothing more: True\n");
    expect(r.code).toBe(0);
    expect(await got).toEqual({ text: "hello node", from: "127.0.0.1" });
  });
});
