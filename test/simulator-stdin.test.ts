// input() on the simulated board reads the console: the seed 003 PC client, which
// also runs on a board, sends what is typed to a server on this computer.
import { expect, test } from "vitest";
import * as net from "node:net";
import * as path from "node:path";
import { compile } from "../compiler/program.js";
import { simulate } from "../compiler/board/sim/simulate.js";

test("the PC client compiled by mpts runs on the simulated board, reading input() lines until end of input", async () => {
  const r = compile(path.resolve("samples/seed003-pc-client"));
  expect(r.diagnostics).toEqual([]);
  let received = "";
  const server = net.createServer((c) => c.on("data", (d) => (received += d.toString("utf8"))));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  let stdout = "";
  const sim = simulate(
    r.files.filter((f) => f.path.endsWith(".py")),
    "main",
    {
      peers: { "127.0.0.1:10000": port },
      stdin: ["hello", "你好", "bye"],
      onOutput: (t) => (stdout += t),
    },
  );
  const { code, error } = await sim.done;
  await new Promise((resolve) => setTimeout(resolve, 100));
  server.close();
  expect(received).toBe("hello你好bye");
  expect(stdout).toBe(">>> >>> >>> >>> ");
  expect(code).toBe(1);
  expect(error).toMatch(/EOFError/);
});
