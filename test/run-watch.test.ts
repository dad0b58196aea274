// mpts run --watch: each save rebuilds and restarts the simulated program; the
// old program's port is free again for the new one; a build with errors keeps
// the program stopped until the next good save; Ctrl-C ends it all with 130.
import { afterAll, expect, test } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as net from "node:net";
import { execa } from "execa";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-run-watch-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const server = (version: string) => `import * as socket from "socket";
const s = socket.socket();
s.bind(["0.0.0.0", 9300]);
s.listen(2);
console.log("serving ${version}");
for (;;) {
  const [conn] = s.accept();
  conn.send(bytes("${version}\\n", "utf8"));
  conn.close();
}
`;

function ask(port: number): Promise<string> {
  return new Promise((resolve) => {
    let got = "";
    const c = net.createConnection({ host: "127.0.0.1", port });
    c.on("data", (d) => (got += d));
    c.on("close", () => resolve(got));
    c.on("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? "error"));
  });
}

test("a save restarts the program with the change on the same port; errors stop it; Ctrl-C ends with 130", { timeout: 240_000 }, async () => {
  fs.mkdirSync(path.join(dir, "src"));
  const main = path.join(dir, "src/main.ts");
  fs.writeFileSync(main, server("one"));
  const child = execa("node", [path.resolve("bin/mpts.js"), "run", "--watch", "src/main.ts"], {
    cwd: dir,
    reject: false,
    env: { NO_COLOR: "1" },
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (err += d));
  const until = async (check: () => boolean, what: string) => {
    for (let i = 0; i < 1200 && !check(); i++) await new Promise((r) => setTimeout(r, 100));
    if (!check()) throw new Error(`no ${what}\nstdout:\n${out}\nstderr:\n${err}`);
  };
  const listens = () => [...err.matchAll(/\[sim\] port 9300 on the board is 127\.0\.0\.1:(\d+) on this computer/g)].map((m) => Number(m[1]));

  await until(() => out.includes("serving one") && listens().length === 1, "first start");
  const port = listens()[0];
  expect(await ask(port)).toBe("one\n");

  fs.writeFileSync(main, server("two"));
  await until(() => out.includes("serving two") && listens().length === 2, "restart after a save");
  expect(err).toContain("[sim] restarting");
  // the old program's port was free again at once: the new one has the same
  expect(listens()[1]).toBe(port);
  expect(await ask(port)).toBe("two\n");

  fs.writeFileSync(main, server("three") + "const broken: number = 'text';\n");
  await until(() => err.includes("[sim] program stopped until the errors are fixed"), "stop on a build error");
  expect(err).toMatch(/src\/main\.ts\(11,7\): error TS2322/);
  expect(await ask(port)).toBe("ECONNREFUSED");

  fs.writeFileSync(main, server("four"));
  await until(() => out.includes("serving four") && listens().length === 3, "start after the fix");
  expect(await ask(port)).toBe("four\n");

  child.kill("SIGINT");
  const r = await child;
  expect(r.exitCode).toBe(130);
  expect(out).not.toContain("serving three");
});

test("a program that ends with an exception shows the traceback at the TypeScript's lines, then waits for a change", { timeout: 240_000 }, async () => {
  const project = fs.mkdtempSync(path.join(dir, "traceback-"));
  fs.writeFileSync(
    path.join(project, "main.ts"),
    `function check(level: number): void {
  if (level > 2) throw new RangeError("level " + level);
}
print("checking");
check(3);
`,
  );
  const child = execa("node", [path.resolve("bin/mpts.js"), "run", "--watch", "main.ts"], { cwd: project, reject: false, env: { NO_COLOR: "1" } });
  let err = "";
  child.stderr!.on("data", (d) => (err += d));
  for (let i = 0; i < 1200 && !err.includes("waiting for a change"); i++) await new Promise((r) => setTimeout(r, 100));
  child.kill("SIGINT");
  await child;
  const traceback = err.slice(err.indexOf("Traceback")).replace(/main\.py line \d+/g, "main.py line N");
  expect(traceback.split("\n").slice(0, 6)).toEqual([
    "Traceback (most recent call last):",
    "  main.ts:5:1, in <module> (main.py line N)",
    "      check(3);",
    "  main.ts:2:18, in check (main.py line N)",
    '      if (level > 2) throw new RangeError("level " + level);',
    "RangeError: level 3",
  ]);
  expect(err).toContain("[sim] the program ended (status 1); waiting for a change");
});
