// samples/dht-logger and the simulated dht, onewire and ds18x20 modules: readings given as
// `mpts run --sensor` gives them reach the program through the firmware's own decoding (a
// DHT22 in tenths, a DS18B20 in sixteenths of a degree), checked line by line.
import { describe, expect, test } from "vitest";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { checkGolden, compileSample, programOf, runInWorld } from "../helpers/scenario.js";
import { parseSensors, sensorReading } from "../../compiler/board/sim/sensors.js";
import { execa } from "execa";

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../samples");

async function runLogger(sensors?: Record<string, Record<string, number[]>>) {
  const dir = path.join(samples, "dht-logger");
  const files = compileSample(dir);
  checkGolden(dir, files);
  const program = programOf(files);
  return runInWorld(program.files, program.entry, { sensors, timeoutMs: 20000 });
}

describe("sensors", () => {
  test("dht-logger with --sensor dht:4=21.5,40 --sensor ds18x20:5=19.25,-3.1", async () => {
    const t = await runLogger(parseSensors(["dht:4=21.5,40", "ds18x20:5=19.25,-3.1"]));
    // -3.1 °C is -49.6 sixteenths: the sensor's 12 bits hold -50, which is -3.125
    const line = (n: number) => `#${n} air 21.5 C 40% probes 19.3 C, -3.1 C\n`;
    expect(t.stdout).toBe("found 2 DS18B20 on pin 5\n" + line(1) + line(2) + line(3));
    expect(t.exit).toBe(0);
  }, 30000);

  test("dht-logger with no --sensor: the defaults, one DS18B20 and a DHT22 at 20 C, 50 %", async () => {
    const t = await runLogger();
    const line = (n: number) => `#${n} air 20.0 C 50% probes 20.0 C\n`;
    expect(t.stdout).toBe("found 1 DS18B20 on pin 5\n" + line(1) + line(2) + line(3));
  }, 30000);

  test("dht-logger with its DHT given on another pin: that pin's DHT times out (OSError), as an empty pin does", async () => {
    const t = await runLogger(parseSensors(["dht:15=21.5,40"]));
    const line = (n: number) => `#${n} air: no reading probes 20.0 C\n`;
    expect(t.stdout).toBe("found 1 DS18B20 on pin 5\n" + line(1) + line(2) + line(3));
  }, 30000);

  test("dht-logger with an empty 1-Wire bus: convert_temp raises OneWireError, as the firmware's driver does", async () => {
    const t = await runLogger(parseSensors(["ds18x20:16=19"]));
    expect(t.stdout).toMatch(/^found 0 DS18B20 on pin 5\nTraceback[^]*in convert_temp\n[^]*\nOneWireError: \n$/);
    expect(t.exit).toBe(1);
  }, 30000);

  test("mpts run --sensor: the readings reach the sandboxed simulator; a malformed one is a usage error", async () => {
    const mpts = path.resolve(samples, "../bin/mpts.js");
    const dir = path.join(samples, "dht-logger");
    const r = await execa("node", [mpts, "run", dir, "--sensor", "dht:4=18,33", "--sensor", "ds18x20:5=25.5"], { reject: false, env: { NO_COLOR: "1" } });
    const line = (n: number) => `#${n} air 18.0 C 33% probes 25.5 C\n`;
    // (execa drops the output's last newline)
    expect(r.stdout).toBe(("found 1 DS18B20 on pin 5\n" + line(1) + line(2) + line(3)).trimEnd());
    expect(r.exitCode).toBe(0);
    const bad = await execa("node", [mpts, "run", dir, "--sensor", "dht:4=18"], { reject: false });
    expect({ code: bad.exitCode, stderr: bad.stderr }).toEqual({ code: 2, stderr: "mpts: --sensor dht:4=18: dht takes TEMPERATURE,HUMIDITY, such as dht:4=21.5,40" });
  }, 120000);

  test("--sensor syntax: readings by kind and pin; mistakes say what to write", () => {
    expect(parseSensors(["dht:4=21.5,40", "ds18x20:5=19.25", "DS18X20:6=1,2,3"])).toEqual({
      dht: { "4": [21.5, 40] },
      ds18x20: { "5": [19.25], "6": [1, 2, 3] },
    });
    expect(sensorReading(undefined, "dht", "4")).toEqual([20, 50]);
    expect(sensorReading({ dht: { "4": [1, 2] } }, "dht", "5")).toBeNull();
    expect(sensorReading({ dht: { "4": [1, 2] } }, "ds18x20", "5")).toEqual([20]);
    expect(() => parseSensors(["dht:4=21.5"])).toThrow("--sensor dht:4=21.5: dht takes TEMPERATURE,HUMIDITY, such as dht:4=21.5,40");
    expect(() => parseSensors(["bme280:4=1"])).toThrow("expected KIND:PIN=VALUES with KIND dht or ds18x20");
    expect(() => parseSensors(["dht:4=20,140"])).toThrow("the humidity is a percentage, 0..100");
    expect(() => parseSensors(["ds18x20:5=warm"])).toThrow("ds18x20 takes one temperature per sensor");
  });
});
