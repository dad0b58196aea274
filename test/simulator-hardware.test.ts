// The simulated firmware drivers, run in the simulator's VM as a board program would use them:
// dht (a DHT11 in whole units, a DHT22 in tenths, negative temperatures), ds18x20 over onewire
// (85 °C before the first conversion, valid ROM codes), and ssd1306's show() drawn as Braille.
import { describe, expect, test } from "vitest";
import { simulate, type SimulateOptions } from "../compiler/board/sim/simulate.js";
import type { SimEvent } from "../compiler/board/sim/net.js";

async function runPython(text: string, options: SimulateOptions = {}): Promise<{ stdout: string; events: SimEvent[]; code: number; error?: string }> {
  let stdout = "";
  const events: SimEvent[] = [];
  const sim = simulate([{ path: "main.py", text }], "main", { ...options, onOutput: (t) => (stdout += t), onEvent: (e) => events.push(e) });
  const timer = setTimeout(() => sim.interrupt(), 10000);
  const { code, error } = await sim.done;
  clearTimeout(timer);
  return { stdout, events, code, error };
}

describe("simulated sensors", () => {
  test("dht: a DHT11 reads whole units, a DHT22 tenths, below zero too", async () => {
    const r = await runPython(
      [
        "import dht, machine",
        "for cls, pin in ((dht.DHT11, 4), (dht.DHT22, 4), (dht.DHT22, 5)):",
        "    d = cls(machine.Pin(pin))",
        "    d.measure()",
        "    print(cls.__name__, pin, '%r %r' % (d.temperature(), d.humidity()) if cls is dht.DHT11 else '%.1f %.1f' % (d.temperature(), d.humidity()))",
        "try:",
        "    dht.DHT22(machine.Pin(6)).measure()",
        "except OSError as e:",
        "    print('pin 6:', e.errno == 110)",
      ].join("\n"),
      { sensors: { dht: { "4": [21.6, 40.4], "5": [-5.3, 99.9] } } },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("DHT11 4 22 40\nDHT22 4 21.6 40.4\nDHT22 5 -5.3 99.9\npin 6: True\n");
  }, 20000);

  test("ds18x20: 85 C until converted, then the given readings; ROM codes end with their CRC", async () => {
    const r = await runPython(
      [
        "import ds18x20, onewire, machine",
        "ow = onewire.OneWire(machine.Pin(5))",
        "ds = ds18x20.DS18X20(ow)",
        "roms = ds.scan()",
        "print(len(roms), [len(r) for r in roms], [ow.crc8(r) for r in roms], roms[0] != roms[1], [r[0] for r in roms])",
        "print([ds.read_temp(r) for r in roms])",
        "ds.convert_temp()",
        "print([ds.read_temp(r) for r in roms])",
        "print(ow.reset(), onewire.OneWire(machine.Pin(6)).reset())",
      ].join("\n"),
      { sensors: { ds18x20: { "5": [19.25, -0.5] } } },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("2 [8, 8] [0, 0] True [40, 40]\n[85.0, 85.0]\n[19.25, -0.5]\nTrue False\n");
  }, 20000);
});

describe("simulated ntptime and webrepl", () => {
  test("ntptime.settime() sets the RTC to this computer's UTC time; webrepl.start() is logged", async () => {
    const before = Math.floor(Date.now() / 1000);
    const r = await runPython(
      [
        "import ntptime, machine, time, webrepl",
        "ntptime.host = 'time.google.com'",
        "ntptime.settime()",
        "d = machine.RTC().datetime()",
        "print(ntptime.host, ntptime.timeout, ntptime.time(), d[0], d[1], d[2], d[4])",
        "webrepl.start(password='secret')",
        "webrepl.stop()",
      ].join("\n"),
    );
    expect(r.error).toBeUndefined();
    const [host, timeout, now, year, month, day, hour] = r.stdout.trim().split(" ");
    expect([host, timeout]).toEqual(["time.google.com", "1"]);
    // ntptime.time() counts from the port's epoch: 2000-01-01 on an ESP32, as the simulator's time() does
    const unix = Number(now) + 946684800;
    expect(unix - before).toBeGreaterThanOrEqual(0);
    expect(unix - before).toBeLessThan(20);
    const utc = new Date(unix * 1000);
    expect([year, month, day, hour].map(Number)).toEqual([utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate(), utc.getUTCHours()]);
    expect(r.events).toEqual([{ kind: "board", text: "webrepl.start(): WebREPL is not simulated (port 8266 would serve it on the board)" }]);
  }, 20000);
});

describe("simulated RTC", () => {
  test("RTC().datetime(...) sets the board's clock to the microsecond: time.time(), localtime() and the RTC follow it; ntptime.settime() sets it back", async () => {
    const r = await runPython(
      [
        "import machine, time, ntptime",
        "rtc = machine.RTC()",
        // three seconds before midnight of a leap day (a busy host has time between the setting and
        // the first reading), a quarter of a second into it: the clock goes on from that microsecond
        "rtc.datetime((2024, 2, 29, 3, 23, 59, 57, 250000))",
        "ms = time.ticks_ms()",
        "sub = rtc.datetime()[7]",
        "print(250000 <= sub <= 250000 + (time.ticks_diff(time.ticks_ms(), ms) + 5) * 1000)",
        "t = time.time()",
        "print(t - time.mktime((2024, 2, 29, 23, 59, 57, 0, 0)) in (0, 1), time.localtime()[:5], rtc.datetime()[:5])",
        "time.sleep_ms(3100)",
        "print(time.localtime()[:3], time.time() - t in (3, 4), time.time_ns() // 1000000000 - time.time() in (-1, 0))",
        "ntptime.settime()",
        "print(abs(time.time() - ntptime.time()) <= 1, time.localtime()[0] >= 2026)",
      ].join("\n"),
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("True\nTrue (2024, 2, 29, 23, 59) (2024, 2, 29, 3, 23)\n(2024, 3, 1) True True\nTrue True\n");
  }, 20000);
});

describe("simulated ssd1306", () => {
  test("show() draws the buffer as Braille, 2x4 pixels a character, only when it changed; a dark screen is blank", async () => {
    const r = await runPython(
      [
        "import ssd1306",
        "oled = ssd1306.SSD1306_I2C(8, 8, None)",
        "oled.hline(0, 0, 4, 1)",
        "oled.show()",
        "oled.fill_rect(0, 4, 2, 4, 1)",
        "oled.show()",
        "oled.show()",
        "oled.fill(0)",
        "oled.show()",
        "oled.pixel(7, 3, 1)",
        "oled.show()",
      ].join("\n"),
    );
    expect(r.error).toBeUndefined();
    // top row: dots 1 and 4 (U+2809) in the two cells the line covers; a full cell is U+28FF;
    // the pixel at (7, 3) is the right column's bottom dot (dot 8, U+2880)
    expect(r.events).toEqual([
      { kind: "oled", lines: ["\u2809\u2809\u2800\u2800", "\u2800\u2800\u2800\u2800"] },
      { kind: "oled", lines: ["\u2809\u2809\u2800\u2800", "\u28ff\u2800\u2800\u2800"] },
      { kind: "oled", lines: [] },
      { kind: "oled", lines: ["\u2800\u2800\u2800\u2880", "\u2800\u2800\u2800\u2800"] },
    ]);
  }, 20000);
});
