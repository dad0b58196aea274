// What a user tries first at the command line: the version, the help's
// examples, and a server's port number given as --port.
import { describe, expect, test } from "vitest";
import { execa } from "execa";
import * as fs from "node:fs";
import * as path from "node:path";

const mpts = path.resolve("bin/mpts.js");
// no board tool is needed for these: mpts must stop before looking for one
const env = { MPTS_MPREMOTE: "/nonexistent/mpremote" };

describe("the mpts command line", { timeout: 120_000 }, () => {
  test("--version and -v print the version in package.json", async () => {
    const { version } = JSON.parse(fs.readFileSync("package.json", "utf8")) as { version: string };
    for (const flag of ["--version", "-v"]) {
      const r = await execa("node", [mpts, flag], { reject: false });
      expect(r.exitCode, flag).toBe(0);
      expect(r.stdout, flag).toBe(version);
      expect(r.stderr, flag).toBe("");
    }
  });

  test("a number as --port (a server's port) is a usage error that says what --port is and where the simulated board's ports are", async () => {
    const explain = (n: string) =>
      `mpts: --port ${n} is not a serial port: --port names the board's USB serial port, such as /dev/ttyUSB0 or COM3 (or auto, the only board).\n` +
      `A server on the simulated board (mpts run without --port) keeps the port it binds, and the simulator prints where that port is on this computer, ` +
      `such as "[sim] port 80 on the board is 127.0.0.1:8080" (a port below 1024 moves 8000 up; --host opens it to the network).`;
    for (const [args, n] of [
      [["run", "samples/hello", "--port", "8080"], "8080"],
      [["flash", "samples/hello", "--port", "80"], "80"],
      [["monitor", "--port", "/dev/ttyUSB0", "--port", "8000"], "8000"],
      [["test", "samples/hello", "--port", "8080"], "8080"],
    ] as const) {
      const r = await execa("node", [mpts, ...args], { reject: false, env });
      expect(r.exitCode, args.join(" ")).toBe(2);
      expect(r.stdout, args.join(" ")).toBe("");
      expect(r.stderr, args.join(" ")).toBe(explain(n));
    }
  });

  test("mpts run --help: examples with a sample and the flags that go with it", async () => {
    const r = await execa("node", [mpts, "run", "--help"], { reject: false });
    expect(r.exitCode).toBe(0);
    const examples = r.stdout.slice(r.stdout.indexOf("Examples:"));
    expect(examples).toBe(
      "Examples:\n" +
        "  mpts run samples/hello                           print, then exit\n" +
        "  mpts run --watch                                 restart the program in this folder on every save\n" +
        "  mpts run samples/seed002-pin-server --pin 4=1    input pin 4 reads 1; its port 80 is 127.0.0.1:8080 here\n" +
        "  mpts run samples/seed001-web-server --host 0.0.0.0   its server reachable from other computers\n" +
        "  mpts run samples/dht-logger --sensor dht:4=21.5,40 --sensor ds18x20:5=19.25   the sensors' readings\n" +
        "  mpts run --port /dev/ttyUSB0                     run on the board at that serial port, nothing flashed\n",
    );
    // each example names a sample that exists and options mpts run has
    for (const sample of examples.matchAll(/samples\/[\w-]+/g)) expect(fs.existsSync(sample[0]), sample[0]).toBe(true);
    const options = r.stdout.slice(0, r.stdout.indexOf("Examples:"));
    for (const flag of examples.matchAll(/ (--[\w-]+)/g)) expect(options, flag[1]).toMatch(new RegExp(`^  (-\\w, )?${flag[1]} `, "m"));
    // the pin server reads pin 4 and serves port 80, as its example says
    const pinServer = fs.readFileSync("samples/seed002-pin-server/src/main.ts", "utf8");
    expect(pinServer).toContain("[0, 2, 4, 5, 12, 13, 14, 15].map((i) => machine.Pin(i, machine.Pin.IN))");
    expect(pinServer).toContain(`socket.getaddrinfo("0.0.0.0", 80)`);
  });

  test("mpts flash --help lists --mpy and --mpy-cross", async () => {
    const r = await execa("node", [mpts, "flash", "--help"], { reject: false });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain("  --mpy  ");
    expect(r.stdout).toContain("  --no-mpy  ");
    expect(r.stdout).toContain("  --mpy-cross <path>  ");
    expect(r.stdout).toContain("  mpts flash --mpy                 modules as bytecode: the board imports them without compiling\n");
  });
});
