// machine/umachine (ESP32): every member used once, the emitted Python exact,
// and realistic mistakes rejected by the type checker. The WASM VM has no machine
// module: the exact Python is the check, and the VM only compiles the programs.
import * as fs from "node:fs";
import { ts } from "ts-morph";
import { beforeAll, describe, expect, test } from "vitest";
import { checkSnippets, type CheckedSnippet } from "../helpers/typings.js";
import { runInVm } from "../../compiler/board/vm.js";

const pins = `
import { Pin, Signal, Timer, PWM, ADC, DAC, TouchPad } from "machine";

const led = Pin(2, Pin.OUT);
const button = new Pin(0, Pin.IN, Pin.PULL_UP);
const down = Pin(4, Pin.IN, Pin.PULL_DOWN, { hold: false });
const strong = Pin(5, Pin.OPEN_DRAIN, null, { value: 1, drive: Pin.DRIVE_3, hold: true });
const named = Pin(13, { mode: Pin.OUT, pull: null, value: 0, drive: Pin.DRIVE_0 });
led.init(Pin.OUT, Pin.PULL_UP, { drive: Pin.DRIVE_1 });
led.init({ pull: null, drive: Pin.DRIVE_2 });
led.value(1);
led.value(true);
const level: number = button.value();
led.on();
led.off();
led.toggle();
led(0);
const fast: number = button();
const onPress = (p: Pin) => print("pressed", p.value());
const irq = button.irq(onPress, Pin.IRQ_FALLING);
button.irq(() => print("edge"), Pin.IRQ_RISING | Pin.IRQ_FALLING);
button.irq(null);
const wakeIrq = button.irq(null, Pin.WAKE_LOW, { wake: machineWake() });
button.irq(null, Pin.WAKE_HIGH, { wake: DEEPSLEEP });
const previous: number = irq.trigger(Pin.IRQ_RISING);
print(irq.trigger(), previous, level, fast, strong, named, down, wakeIrq);
irq();

import { DEEPSLEEP, SLEEP } from "machine";
function machineWake() { return SLEEP | DEEPSLEEP; }

const relay = Signal(Pin(15, Pin.OUT), { invert: true });
relay.on();
relay.off();
relay.value(1);
print(relay.value());

const tick = () => led.toggle();
Timer(0).init({ mode: Timer.PERIODIC, period: 1000, callback: tick });
const once = new Timer(1, { mode: Timer.ONE_SHOT, period: 500, callback: (t) => print("once", t.value()) });
const fastTimer = Timer(2);
fastTimer.init({ freq: 10.5, tick_hz: 1000, callback: null });
print(fastTimer.value());
once.deinit();

const pwm = PWM(Pin(2), { freq: 5000, duty_u16: 32768 });
const servo = new PWM(18, { freq: 50, duty_ns: 1500000, invert: false });
pwm.init({ freq: 1000, duty: 512 });
pwm.freq(2000);
pwm.duty(256);
pwm.duty_u16(49152);
pwm.duty_ns(250000);
print(pwm.freq(), pwm.duty(), pwm.duty_u16(), pwm.duty_ns(), servo);
pwm.deinit();

const adc = ADC(Pin(34), { atten: ADC.ATTN_11DB });
const adc2 = new ADC(35);
adc2.atten(ADC.ATTN_0DB);
adc2.atten(ADC.ATTN_2_5DB);
adc2.init({ atten: ADC.ATTN_6DB });
adc2.width(ADC.WIDTH_9BIT);
adc2.width(ADC.WIDTH_10BIT);
adc2.width(ADC.WIDTH_11BIT);
adc2.width(ADC.WIDTH_12BIT);
print(adc.read(), adc.read_u16(), adc.read_uv());

const dac = DAC(Pin(25));
dac.write(128);
const touch = new TouchPad(Pin(14));
touch.config(300);
print(touch.read());
`;

const buses = `
import { Pin, I2C, SoftI2C, SPI, SoftSPI, UART } from "machine";

const i2c = I2C(0, { scl: Pin(22), sda: Pin(21), freq: 400000 });
const i2c1 = new I2C(1, { scl: 25, sda: 26, timeout: 50000 });
const found: number[] = i2c.scan();
const data: bytes = i2c.readfrom(0x3c, 4);
const buf = bytearray(6);
i2c.readfrom_into(0x68, buf, false);
const acks: number = i2c.writeto(0x3c, b\`\\x00\\xaf\`);
i2c.writevto(0x3c, [b\`\\x40\`, buf], true);
const reg: bytes = i2c.readfrom_mem(0x68, 0x75, 1);
i2c.readfrom_mem_into(0x68, 0x3b, buf, { addrsize: 8 });
i2c.writeto_mem(0x68, 0x6b, b\`\\x00\`);
print(found, data, acks, reg, i2c1);

const soft = SoftI2C({ scl: Pin(5), sda: Pin(4), freq: 100000 });
const soft2 = new SoftI2C(Pin(18), Pin(19), { freq: 50000, timeout: 1000 });
soft.init({ freq: 200000 });
soft.start();
const n: number = soft.write(b\`\\x78\`);
soft.readinto(buf, true);
soft.stop();
print(soft.scan(), n, soft2);

const hspi = SPI(1, 10000000, { sck: Pin(14), mosi: Pin(13), miso: Pin(12) });
const vspi = new SPI(2, { baudrate: 80000000, polarity: 0, phase: 0, bits: 8, firstbit: SPI.MSB, sck: Pin(18), mosi: Pin(23), miso: Pin(19) });
hspi.init({ baudrate: 200000, firstbit: SPI.LSB });
const rx: bytes = hspi.read(10, 0xff);
hspi.readinto(buf, 0xff);
hspi.write(b\`12345\`);
hspi.write_readinto(b\`1234\`, buf);
hspi.deinit();
const sspi = SoftSPI({ baudrate: 100000, polarity: 1, phase: 0, sck: Pin(0), mosi: Pin(2), miso: Pin(4), firstbit: SoftSPI.MSB });
const sspi2 = new SoftSPI(500000, { sck: 0, mosi: 2, miso: 4, firstbit: SoftSPI.LSB });
sspi.write(b\`x\`);
print(rx, vspi, sspi2);

const uart = UART(1, { baudrate: 9600, tx: 17, rx: 16, bits: 8, parity: null, stop: 1, timeout: 100, rxbuf: 1024 });
const uart2 = new UART(2, 115200, { parity: 0, stop: 2, bits: 7, tx: Pin(33), rx: Pin(32), rts: 27, cts: 26, txbuf: 512, timeout_char: 5, invert: UART.INV_TX | UART.INV_RX, flow: UART.RTS | UART.CTS });
uart2.init({ invert: UART.INV_RTS, flow: 0 });
uart2.init({ invert: UART.INV_CTS });
uart.write("hello");
const wrote: number | null = uart.write(b\`\\x01\\x02\`);
const waiting: number = uart.any();
const some: bytes | null = uart.read(5);
const all: bytes | null = uart.read();
const line: bytes | null = uart.readline();
const got: number | null = uart.readinto(buf, 4);
uart.sendbreak();
uart.flush();
const done: boolean = uart.txdone();
if (line !== null) print(line.decode());
print(wrote, waiting, some, all, got, done);
uart2.deinit();
`;

const system = `
import * as machine from "machine";
import { RTC, WDT, Pin, reset_cause, DEEPSLEEP_RESET } from "umachine";

const rtc = RTC();
rtc.datetime([2017, 8, 23, 0, 1, 12, 48, 0]);
const [year, month, day, weekday, hours, minutes, seconds, subseconds] = rtc.datetime();
print(year, month, day, weekday, hours, minutes, seconds, subseconds);
rtc.init([2024, 1, 1, 0, 0, 0, 0, 0]);
rtc.memory(b\`state\`);
const kept: bytes = rtc.memory();
const wdt = WDT({ timeout: 5000 });
const wdt0 = new WDT({ id: 0, timeout: 2000 });
wdt.feed();
wdt0.feed();
print(kept);

print(machine.freq(), machine.unique_id());
machine.freq(240000000);
if (reset_cause() === DEEPSLEEP_RESET) print("woke from a deep sleep");
const cause = machine.reset_cause();
if (cause === machine.PWRON_RESET || cause === machine.HARD_RESET || cause === machine.WDT_RESET || cause === machine.SOFT_RESET) print("reset", cause);
const why = machine.wake_reason();
if (why === machine.PIN_WAKE || why === machine.EXT0_WAKE || why === machine.EXT1_WAKE || why === machine.TIMER_WAKE || why === machine.TOUCHPAD_WAKE || why === machine.ULP_WAKE) print("woken", why);
const state = machine.disable_irq();
machine.enable_irq(state);
machine.idle();
const width: number = machine.time_pulse_us(Pin(12, Pin.IN), 1, 30000);
machine.bitstream(Pin(16, Pin.OUT), 0, [400, 850, 800, 450], b\`\\xff\\x00\\x00\`);
print(width, machine.SLEEP, machine.DEEPSLEEP);
machine.lightsleep(100);
machine.lightsleep();
function restart(hard: boolean): never {
  if (hard) machine.reset();
  machine.soft_reset();
}
if (width < -100) restart(true);
machine.deepsleep(10000);
`;

const seedPins = `
import * as machine from "machine";
const pins = [0, 2, 4, 5, 12, 13, 14, 15].map((i) => machine.Pin(i, machine.Pin.IN));
for (const p of pins) print(p, p.value());
`;

const brief = `
import { Pin, I2C, ADC, Timer } from "machine";
const led = Pin(2, Pin.OUT);
const i2c = new I2C(0, { scl: new Pin(22), sda: new Pin(21), freq: 400000 });
const adc = ADC(Pin(34), { atten: ADC.ATTN_11DB });
const tick = () => led.value(!led.value());
Timer(0).init({ mode: Timer.PERIODIC, period: 1000, callback: tick });
Pin(0, Pin.IN).irq(tick, Pin.IRQ_FALLING);
print(i2c.scan(), adc.read_u16());
`;

const mistakes: Record<string, { source: string; error: RegExp }> = {
  "a pull constant as the mode": {
    source: `import { Pin } from "machine";\nPin(2, Pin.PULL_UP);`,
    error: /Argument of type 'PinPull' is not assignable to parameter of type 'PinMode \| undefined'/,
  },
  "an ADC attenuation given to Pin": {
    source: `import { Pin, ADC } from "machine";\nPin(34, Pin.IN, ADC.ATTN_11DB);`,
    error: /Argument of type 'AdcAtten' is not assignable to parameter of type 'PinPull \| null \| undefined'/,
  },
  "a plain number as the pin mode": {
    source: `import { Pin } from "machine";\nPin(2, 3);`,
    error: /Argument of type 'number' is not assignable to parameter of type 'PinMode'/,
  },
  "a string as the level": {
    source: `import { Pin } from "machine";\nPin(2, Pin.OUT).value("1");`,
    error: /TS2345: Argument of type '"1"' is not assignable to parameter of type 'number \| boolean'/,
  },
  "irq with a number as the handler": {
    source: `import { Pin } from "machine";\nPin(0, Pin.IN).irq(Pin.IRQ_FALLING);`,
    error: /TS2345: Argument of type 'PinTrigger' is not assignable to parameter of type '\(\(pin: Pin\) => void\) \| null/,
  },
  "a pin mode as the irq trigger": {
    source: `import { Pin } from "machine";\nPin(0, Pin.IN).irq((p) => print(p), Pin.OUT);`,
    error: /TS2345: Argument of type 'PinMode' is not assignable to parameter of type 'PinTrigger \| Flags/,
  },
  "hard irq (not on the ESP32)": {
    source: `import { Pin } from "machine";\nPin(0, Pin.IN).irq((p) => print(p), Pin.IRQ_RISING, { hard: true });`,
    error: /TS2353: Object literal may only specify known properties, and 'hard' does not exist/,
  },
  "a misspelt I2C keyword": {
    source: `import { Pin, I2C } from "machine";\nI2C(0, { scl: Pin(22), sda: Pin(21), frq: 400000 });`,
    error:
      /TS2561: Object literal may only specify known properties, but 'frq' does not exist in type 'Kw<I2COptions>'. Did you mean to write 'freq'\?/,
  },
  "a Timer callback called instead of passed": {
    source: `import { Timer } from "machine";\nconst tick = () => print("tick");\nTimer(0).init({ period: 1000, callback: tick() });`,
    error: /TS2322: Type 'void' is not assignable to type '\(\(timer: Timer\) => void\) \| null/,
  },
  "a Timer callback taking the wrong argument": {
    source: `import { Timer } from "machine";\nTimer(0).init({ period: 1000, callback: (ms: number) => print(ms) });`,
    error: /TS2322: Type '\(ms: number\) => void' is not assignable to type '\(timer: Timer\) => void'/,
  },
  "a timer mode from the pin class": {
    source: `import { Pin, Timer } from "machine";\nTimer(0).init({ mode: Pin.OUT, period: 10 });`,
    error: /TS2322: Type 'PinMode' is not assignable to type 'TimerMode \| undefined'/,
  },
  "a PWM duty given as a string": {
    source: `import { Pin, PWM } from "machine";\nPWM(Pin(2), { freq: 1000, duty: "50%" });`,
    error: /TS2322: Type 'string' is not assignable to type 'number'/,
  },
  "pin.value read without calling it": {
    source: `import { Pin } from "machine";\nconst v: number = Pin(2, Pin.IN).value;`,
    error: /TS2322: Type '\{ \(\): 0 \| 1; \(level: number \| boolean\): void; \}' is not assignable to type 'number'/,
  },
  "UART write of a number": {
    source: `import { UART } from "machine";\nUART(1, { baudrate: 9600 }).write(42);`,
    error: /TS2345: Argument of type 'number' is not assignable to parameter of type 'string \| BytesLike'/,
  },
  "an I2C read used as a string": {
    source: `import { I2C } from "machine";\nconst s: string = I2C(0).readfrom(0x3c, 2);`,
    error: /TS2322: Type 'bytes' is not assignable to type 'string'/,
  },
  "a UART read used without a null check": {
    source: `import { UART } from "machine";\nUART(1).read(4).decode();`,
    error: /TS2531: Object is possibly 'null'/,
  },
  "an RTC datetime with too few fields": {
    source: `import { RTC } from "machine";\nRTC().datetime([2024, 1, 1]);`,
    error: /TS2345: Argument of type '\[number, number, number\]' is not assignable to parameter of type 'DateTimeTuple'/,
  },
  "an ADC width where an attenuation is expected": {
    source: `import { ADC } from "machine";\nADC(34).atten(ADC.WIDTH_12BIT);`,
    error: /TS2345: Argument of type 'AdcWidth' is not assignable to parameter of type 'AdcAtten'/,
  },
  "start() on a hardware I2C bus": {
    source: `import { I2C } from "machine";\nI2C(0).start();`,
    error: /TS2339: Property 'start' does not exist on type 'I2C'/,
  },
  "SoftI2C without its pins": {
    source: `import { SoftI2C } from "machine";\nSoftI2C({ freq: 100000 });`,
    error:
      /TS2345: Argument of type '\{ freq: number; \}' is not assignable to parameter of type 'Kw<I2COptions & \{ scl: number \| Pin; sda: number \| Pin; \}>'/,
  },
  "a reset cause compared with a wake reason": {
    source: `import * as machine from "machine";\nif (machine.reset_cause() === machine.TIMER_WAKE) print("x");`,
    error: /TS2367: This comparison appears to be unintentional because the types 'ResetCause' and 'WakeReason' have no overlap/,
  },
};

describe("machine typings", () => {
  let checked: Map<string, CheckedSnippet>;
  beforeAll(() => {
    checked = checkSnippets({
      pins,
      buses,
      system,
      brief,
      seedPins,
      ...Object.fromEntries(Object.entries(mistakes).map(([k, v]) => [k, v.source])),
    });
  });

  test("pins, timers, PWM, ADC, DAC and touch type-check and compile to plain Python", () => {
    const r = checked.get("pins")!;
    expect(r.errors).toEqual([]);
    expect(r.mptsErrors).toEqual([]);
    const py = r.python!;
    expect(py).toContain("from machine import Pin, Signal, Timer, PWM, ADC, DAC, TouchPad\n");
    expect(py).not.toContain("mpts_rt"); // nothing here needs a runtime helper
    for (const line of [
      "led = Pin(2, Pin.OUT)",
      "button = Pin(0, Pin.IN, Pin.PULL_UP)",
      "down = Pin(4, Pin.IN, Pin.PULL_DOWN, hold=False)",
      "strong = Pin(5, Pin.OPEN_DRAIN, None, value=1, drive=Pin.DRIVE_3, hold=True)",
      "named = Pin(13, mode=Pin.OUT, pull=None, value=0, drive=Pin.DRIVE_0)",
      "led.init(Pin.OUT, Pin.PULL_UP, drive=Pin.DRIVE_1)",
      "led.init(pull=None, drive=Pin.DRIVE_2)",
      "led.value(True)",
      "led(0)",
      "fast = button()",
      // a handler that takes the pin, and one written without it (MicroPython passes the pin anyway)
      'onPress = lambda p: print("pressed", p.value())',
      "irq = button.irq(onPress, Pin.IRQ_FALLING)",
      'button.irq(lambda _arg=None, *_args: print("edge"), Pin.IRQ_RISING | Pin.IRQ_FALLING)',
      "button.irq(None)",
      "wakeIrq = button.irq(None, Pin.WAKE_LOW, wake=machineWake())",
      "button.irq(None, Pin.WAKE_HIGH, wake=DEEPSLEEP)",
      "    return SLEEP | DEEPSLEEP",
      "previous = irq.trigger(Pin.IRQ_RISING)",
      "irq()",
      "relay = Signal(Pin(15, Pin.OUT), invert=True)",
      "tick = lambda _arg=None, *_args: led.toggle()",
      "Timer(0).init(mode=Timer.PERIODIC, period=1000, callback=tick)",
      'once = Timer(1, mode=Timer.ONE_SHOT, period=500, callback=lambda t: print("once", t.value()))',
      "fastTimer.init(freq=10.5, tick_hz=1000, callback=None)",
      "pwm = PWM(Pin(2), freq=5000, duty_u16=32768)",
      "servo = PWM(18, freq=50, duty_ns=1500000, invert=False)",
      "pwm.init(freq=1000, duty=512)",
      "print(pwm.freq(), pwm.duty(), pwm.duty_u16(), pwm.duty_ns(), servo)",
      "adc = ADC(Pin(34), atten=ADC.ATTN_11DB)",
      "adc2 = ADC(35)",
      "adc2.init(atten=ADC.ATTN_6DB)",
      "adc2.width(ADC.WIDTH_12BIT)",
      "print(adc.read(), adc.read_u16(), adc.read_uv())",
      "dac = DAC(Pin(25))",
      "touch = TouchPad(Pin(14))",
    ])
      expect(py).toContain(line + "\n");
  });

  test("I2C, SPI and UART type-check and compile to plain Python", () => {
    const r = checked.get("buses")!;
    expect(r.errors).toEqual([]);
    expect(r.mptsErrors).toEqual([]);
    const py = r.python!;
    expect(py).toContain("from machine import Pin, I2C, SoftI2C, SPI, SoftSPI, UART\n");
    expect(py).not.toContain("mpts_rt");
    for (const line of [
      "i2c = I2C(0, scl=Pin(22), sda=Pin(21), freq=400000)",
      "i2c1 = I2C(1, scl=25, sda=26, timeout=50000)",
      "i2c.readfrom_into(104, buf, False)",
      'acks = i2c.writeto(60, b"\\x00\\xaf")',
      'i2c.writevto(60, [b"@", buf], True)',
      "i2c.readfrom_mem_into(104, 59, buf, addrsize=8)",
      'i2c.writeto_mem(104, 107, b"\\x00")',
      "soft = SoftI2C(scl=Pin(5), sda=Pin(4), freq=100000)",
      "soft2 = SoftI2C(Pin(18), Pin(19), freq=50000, timeout=1000)",
      "soft.init(freq=200000)",
      "soft.readinto(buf, True)",
      "hspi = SPI(1, 10000000, sck=Pin(14), mosi=Pin(13), miso=Pin(12))",
      "vspi = SPI(2, baudrate=80000000, polarity=0, phase=0, bits=8, firstbit=SPI.MSB, sck=Pin(18), mosi=Pin(23), miso=Pin(19))",
      "hspi.init(baudrate=200000, firstbit=SPI.LSB)",
      "rx = hspi.read(10, 255)",
      'hspi.write_readinto(b"1234", buf)',
      "sspi = SoftSPI(baudrate=100000, polarity=1, phase=0, sck=Pin(0), mosi=Pin(2), miso=Pin(4), firstbit=SoftSPI.MSB)",
      "sspi2 = SoftSPI(500000, sck=0, mosi=2, miso=4, firstbit=SoftSPI.LSB)",
      "uart = UART(1, baudrate=9600, tx=17, rx=16, bits=8, parity=None, stop=1, timeout=100, rxbuf=1024)",
      "uart2 = UART(2, 115200, parity=0, stop=2, bits=7, tx=Pin(33), rx=Pin(32), rts=27, cts=26, txbuf=512, timeout_char=5, invert=UART.INV_TX | UART.INV_RX, flow=UART.RTS | UART.CTS)",
      "uart2.init(invert=UART.INV_RTS, flow=0)",
      'uart.write("hello")',
      "some = uart.read(5)",
      "got = uart.readinto(buf, 4)",
      "if line is not None:",
    ])
      expect(py).toContain(line + "\n");
  });

  test("RTC, WDT and the machine functions type-check and compile to plain Python", () => {
    const r = checked.get("system")!;
    expect(r.errors).toEqual([]);
    expect(r.mptsErrors).toEqual([]);
    const py = r.python!;
    expect(py).toContain("import machine\nfrom umachine import RTC, WDT, Pin, reset_cause, DEEPSLEEP_RESET\n");
    expect(py).not.toContain("mpts_rt");
    for (const line of [
      // the 8-field date is a tuple, and the tuple that comes back destructures
      "rtc.datetime((2017, 8, 23, 0, 1, 12, 48, 0))",
      "year, month, day, weekday, hours, minutes, seconds, subseconds = rtc.datetime()",
      "rtc.init((2024, 1, 1, 0, 0, 0, 0, 0))",
      'rtc.memory(b"state")',
      "wdt = WDT(timeout=5000)",
      "wdt0 = WDT(id=0, timeout=2000)",
      "machine.freq(240000000)",
      "if reset_cause() == DEEPSLEEP_RESET:",
      "state = machine.disable_irq()",
      "machine.enable_irq(state)",
      "width = machine.time_pulse_us(Pin(12, Pin.IN), 1, 30000)",
      'machine.bitstream(Pin(16, Pin.OUT), 0, (400, 850, 800, 450), b"\\xff\\x00\\x00")',
      "machine.lightsleep(100)",
      "machine.deepsleep(10000)",
    ])
      expect(py).toContain(line + "\n");
  });

  test("the programs use every member, constant and keyword that machine.d.ts declares", () => {
    const file = new URL("../../runtime-typings/machine.d.ts", import.meta.url);
    const source = ts.createSourceFile("machine.d.ts", fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const declared = new Set<string>();
    const visit = (node: ts.Node) => {
      const name = (node as { name?: ts.Node }).name;
      const member =
        ts.isPropertySignature(node) || ts.isMethodSignature(node) || ts.isFunctionDeclaration(node) || ts.isVariableDeclaration(node);
      if (member && name && ts.isIdentifier(name)) declared.add(name.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
    declared.delete("__pythonType"); // the nominal markers
    declared.delete("__brand");
    expect(declared.size).toBeGreaterThan(130); // the parse found the declarations
    const programs = [pins, buses, system].join("\n");
    const unused = [...declared].filter((name) => !new RegExp(`\\b${name}\\b`).test(programs));
    expect(unused).toEqual([]);
  });

  test("the import forms and calls of the brief compile exactly", () => {
    const r = checked.get("brief")!;
    expect(r.errors).toEqual([]);
    expect(r.mptsErrors).toEqual([]);
    expect(r.python).toBe(
      "from machine import Pin, I2C, ADC, Timer\n\n" +
        "led = Pin(2, Pin.OUT)\n" +
        "i2c = I2C(0, scl=Pin(22), sda=Pin(21), freq=400000)\n" +
        "adc = ADC(Pin(34), atten=ADC.ATTN_11DB)\n" +
        "tick = lambda _arg=None, *_args: led.value(not led.value())\n" +
        "Timer(0).init(mode=Timer.PERIODIC, period=1000, callback=tick)\n" +
        "Pin(0, Pin.IN).irq(tick, Pin.IRQ_FALLING)\n" +
        "print(i2c.scan(), adc.read_u16())\n",
    );
  });

  test("the pins of the seed's web page (machine.Pin(i, machine.Pin.IN) for each pin)", () => {
    const r = checked.get("seedPins")!;
    expect(r.errors).toEqual([]);
    expect(r.mptsErrors).toEqual([]);
    expect(r.python).toContain("pins = [machine.Pin(i, machine.Pin.IN) for i in [0, 2, 4, 5, 12, 13, 14, 15]]\n");
  });

  test("the emitted programs are valid MicroPython (compiled, not run: the VM has no machine module)", async () => {
    const names = ["pins", "buses", "system", "brief", "seedPins"];
    const files = names.map((n) => ({ path: `${n}.py`, text: checked.get(n)!.python! }));
    const check = names.map((n) => `compile(open("${n}.py").read(), "${n}.py", "exec")\nprint("${n} ok")`).join("\n");
    const r = await runInVm([...files, { path: "check.py", text: check + "\n" }], "check");
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(names.map((n) => `${n} ok\n`).join(""));
  });

  for (const [name, { error }] of Object.entries(mistakes)) {
    test(`mistake: ${name}`, () => {
      const r = checked.get(name)!;
      expect(r.errors.join("\n")).toMatch(error);
    });
  }
});
