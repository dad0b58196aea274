// The hardware and library modules of the ESP32 firmware (neopixel, apa106, dht, onewire,
// ds18x20, framebuf, ssd1306, array, random, json, re, hashlib, io, collections, uctypes,
// webrepl, espnow, aioespnow): a program per module using every declared name type-checks and
// compiles; realistic mistakes are type errors; and every declared name exists in the real
// MicroPython VM (its built-in modules) or in the simulator's driver (the frozen modules).
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "ts-morph";
import { beforeAll, describe, expect, test } from "vitest";
import { checkSnippets, type CheckedSnippet } from "../helpers/typings.js";
import { runInVm } from "../../compiler/board/vm.js";
import { simulatorDir, typingsDir } from "../../compiler/paths.js";

const programs: Record<string, string> = {
  neopixel: `
import { Pin } from "machine";
import { NeoPixel, type Color } from "neopixel";
import { APA106 } from "apa106";
const np = NeoPixel(Pin(5), 8);
const rgbw = new NeoPixel(Pin(6), 4, 4, 0);
const slow = NeoPixel(Pin(7), 2, 3, [800, 1700, 1600, 900]);
const red: Color = [255, 0, 0];
np[0] = red;
np[1] = [0, 255, 0];
rgbw[0] = [0, 0, 0, 255];
const [r, g, b] = np[0];
np.fill([0, 0, 16]);
np.write();
const leds = APA106(Pin(8), 3);
leds[2] = [1, 2, 3];
leds.write();
print(len(np), np.n, np.bpp, np.buf, np.pin, r, g, b, NeoPixel.ORDER, slow.n);
`,
  dht: `
import { DHT11, DHT22 } from "dht";
import { Pin } from "machine";
const indoor = DHT22(Pin(4));
const outdoor = new DHT11(Pin(15));
indoor.measure();
outdoor.measure();
const t: number = indoor.temperature() - outdoor.temperature();
const h: number = indoor.humidity() + outdoor.humidity();
print(t, h, indoor.buf[4], indoor.pin);
`,
  onewire: `
import { OneWire, OneWireError } from "onewire";
import { Pin } from "machine";
const ow = OneWire(Pin(12));
try {
  ow.reset(true);
} catch (e) {
  if (e instanceof OneWireError) print("no device");
}
const present: boolean = ow.reset();
const roms = ow.scan();
ow.select_rom(roms[0]);
ow.writebyte(OneWire.MATCH_ROM);
ow.writebyte(OneWire.SKIP_ROM);
ow.writebyte(OneWire.SEARCH_ROM);
ow.writebit(1);
ow.write(b\`\\xbe\`);
const buf = bytearray(9);
ow.readinto(buf);
print(present, ow.readbyte(), ow.readbit(), ow.crc8(buf) === 0, ow.pin);
`,
  ds18x20: `
import { DS18X20 } from "ds18x20";
import { OneWire } from "onewire";
import { Pin } from "machine";
import { sleep_ms } from "time";
const ds = DS18X20(OneWire(Pin(12)));
const roms = ds.scan();
ds.convert_temp();
sleep_ms(750);
for (const rom of roms) print(ds.read_temp(rom));
ds.write_scratch(roms[0], b\`\\x4b\\x46\\x7f\`);
print(ds.read_scratch(roms[0]), ds.ow);
`,
  framebuf: `
import * as framebuf from "framebuf";
import { FrameBuffer, MONO_HLSB, MONO_HMSB, RGB565, GS2_HMSB, GS4_HMSB, GS8 } from "framebuf";
import { array } from "array";
const fb = FrameBuffer(bytearray(32), 16, 16, framebuf.MONO_VLSB);
const icon = new FrameBuffer(bytearray(8), 8, 8, MONO_HLSB, 8);
fb.fill(0);
fb.pixel(1, 1, 1);
const lit = fb.pixel(1, 1);
fb.hline(0, 0, 16, 1);
fb.vline(0, 0, 16, 1);
fb.line(0, 0, 15, 15, 1);
fb.rect(2, 2, 4, 4, 1);
fb.rect(2, 2, 4, 4, 1, true);
fb.fill_rect(8, 8, 4, 4, 1);
fb.ellipse(8, 8, 4, 3, 1);
fb.ellipse(8, 8, 4, 4, 1, true, 0b0011);
fb.poly(0, 0, array("h", [0, 0, 5, 0, 2, 4]), 1, true);
fb.text("A", 0, 8);
fb.text("B", 8, 8, 0);
fb.scroll(1, 0);
fb.blit(icon, 4, 4);
fb.blit([bytearray(8), 8, 8, MONO_HMSB], 0, 0, 0);
fb.blit([bytearray(8), 8, 8, MONO_HMSB, 8], 0, 0, -1, null);
const colour = FrameBuffer(bytearray(2 * 2 * 2), 2, 2, RGB565);
print(lit, colour, GS2_HMSB, GS4_HMSB, GS8);
`,
  ssd1306: `
import { Pin, SoftI2C, SPI } from "machine";
import { SSD1306_I2C, SSD1306_SPI } from "ssd1306";
const oled = SSD1306_I2C(128, 64, SoftI2C({ scl: Pin(22), sda: Pin(21) }));
const other = new SSD1306_SPI(128, 32, SPI(1), Pin(2), Pin(4), Pin(5), false);
const small = SSD1306_I2C(128, 32, SoftI2C({ scl: Pin(22), sda: Pin(21) }), 0x3d, false);
oled.fill(0);
oled.text("hello", 0, 0, 1);
oled.show();
oled.contrast(128);
oled.invert(true);
oled.rotate(false);
oled.poweroff();
oled.poweron();
print(oled.width, oled.height, oled.buffer, other, small);
`,
  array: `
import { array } from "array";
const a = array("h", [1, 2, 3]);
const bytesArr = new array("B", b\`ok\`);
a.append(4);
a.extend([5, 6]);
a.extend(array("h", [7]));
a[0] = -1;
let sum = 0;
for (const v of a) sum += v;
print(sum, len(a), a[6], bytesArr[0]);
`,
  random: `
import * as random from "random";
import { choice } from "random";
random.seed(42);
random.seed();
const bits: number = random.getrandbits(8);
const die: number = random.randint(1, 6);
const even: number = random.randrange(0, 10, 2);
const below: number = random.randrange(10);
const f: number = random.random() + random.uniform(-1, 1);
const word: string = choice(["red", "green"]);
const letter: string = random.choice("abc");
print(bits, die, even, below, f, word, letter);
`,
  json: `
import * as json from "json";
import * as ujson from "ujson";
import { StringIO } from "io";
const text: string = json.dumps([1, "two", null]);
const short: string = json.dumps([1, 2], [",", ":"]);
const value: unknown = json.loads('{"a": [1, 2]}');
const fromBytes: unknown = ujson.loads(b\`[1]\`);
const s = StringIO();
json.dump([1, 2], s);
json.dump([1, 2], s, null);
s.write(" ");
print(s.read());
const again: unknown = json.load(StringIO(s.getvalue()));
print(text, short, value, fromBytes, again);
`,
  re: `
import * as re from "re";
const date = re.compile("(\\\\d+)-(\\\\d+)");
const m = date.match("12-34");
if (m !== null) print(m.group(), m.group(0), m.group(1));
const found = re.search("b+", "abbc");
const full = re.match("a", "abc");
const later = date.search("x 1-2", 1, 5);
print(found?.group(), full !== null, later !== null, date.match("1-2", 0, 3));
print(re.sub("\\\\s+", " ", "a   b"), re.sub("a", (x) => (x.group() ?? "").toUpperCase(), "banana", 2, 0));
print(date.sub("<\\\\1>", "1-2 3-4", 1), date.split("a1-2b", -1), date.split("a1-2b"));
`,
  hashlib: `
import * as hashlib from "hashlib";
import { hexlify } from "binascii";
const h = hashlib.sha256();
h.update(b\`abc\`);
h.update("def");
const digest: bytes = h.digest();
print(hexlify(digest), hashlib.sha1(b\`x\`).digest(), new hashlib.md5("x").digest());
`,
  io: `
import { BytesIO, StringIO } from "io";
const out = StringIO();
out.write("line 1\\n");
out.write("line 2\\n");
out.seek(0);
const first: string = out.readline();
const rest: string = out.read();
out.seek(0, 2);
const at: number = out.tell();
const data = BytesIO(b\`abc\`);
const two: bytes = data.read(2);
const buf = bytearray(1);
const n: number = data.readinto(buf);
data.write(b\`d\`);
data.write(bytearray(1));
data.flush();
const whole: bytes = data.getvalue();
data.close();
const room = BytesIO(64);
print(first, rest, at, two, n, whole, out.getvalue(), room.readline(1));
`,
  collections: `
import { deque, namedtuple, OrderedDict } from "collections";
import * as ucollections from "ucollections";
const q = deque<number>([], 4);
const strict = new deque<string>(["a"], 2, 1);
q.append(1);
q.appendleft(0);
q.extend([2, 3]);
const left: number = q.popleft();
const right: number = q.pop();
for (const v of q) print(v);
const Reading = namedtuple<{ sensor: string; value: number }>("Reading", ["sensor", "value"]);
const r = Reading("dht", 21.5);
const d = OrderedDict<string, number>([["b", 2], ["a", 1]]);
d.set("c", 3);
const e = new ucollections.OrderedDict<string, number>();
print(left, right, len(q), q[0], strict, r.sensor, r.value, r[0], [...d.keys()], e.size);
`,
  uctypes: `
import * as uctypes from "uctypes";
const HEADER = {
  kind: 0 | uctypes.UINT8,
  flags: 1 | uctypes.INT8,
  len: 2 | uctypes.UINT16,
  signed: 4 | uctypes.INT16,
  seq: 6 | uctypes.UINT32,
  delta: 10 | uctypes.INT32,
  big: 14 | uctypes.UINT64,
  bigs: 22 | uctypes.INT64,
  f: 30 | uctypes.FLOAT32,
  d: 34 | uctypes.FLOAT64,
  ver: 42 | uctypes.BFUINT8 | (0 << uctypes.BF_POS) | (4 << uctypes.BF_LEN),
  verS: 42 | uctypes.BFINT8 | (4 << uctypes.BF_POS) | (4 << uctypes.BF_LEN),
  w: 43 | uctypes.BFUINT16 | (0 << uctypes.BF_POS) | (1 << uctypes.BF_LEN),
  ws: 43 | uctypes.BFINT16 | (1 << uctypes.BF_POS) | (1 << uctypes.BF_LEN),
  l: 43 | uctypes.BFUINT32 | (2 << uctypes.BF_POS) | (1 << uctypes.BF_LEN),
  ls: 43 | uctypes.BFINT32 | (3 << uctypes.BF_POS) | (1 << uctypes.BF_LEN),
  items: [48 | uctypes.ARRAY, 4 | uctypes.UINT8],
  next: [52 | uctypes.PTR, uctypes.VOID],
};
const buf = bytearray(64);
const addr = uctypes.addressof(buf);
const h = uctypes.struct(addr, HEADER, uctypes.LITTLE_ENDIAN);
const n = uctypes.struct(addr, HEADER, uctypes.BIG_ENDIAN);
const size: number = uctypes.sizeof(HEADER, uctypes.NATIVE) + uctypes.sizeof(h);
h.len = 4;
print(h.len, n.kind, size, uctypes.bytes_at(addr, 2), uctypes.bytearray_at(addr, 2));
`,
  webrepl: `
import * as webrepl from "webrepl";
webrepl.start();
webrepl.start(8266, "secret");
webrepl.stop();
webrepl.start_foreground(8266);
`,
  espnow: `
import * as network from "network";
import * as espnow from "espnow";
import { ESPNow } from "espnow";
network.WLAN(network.STA_IF).active(true);
const e = ESPNow();
e.active(true);
const on: boolean = e.active();
e.config({ rxbuf: 1024, timeout_ms: 1000, rate: espnow.RATE_LORA_250K });
const timeout: number = e.config("timeout_ms");
const peer = b\`\\xbb\\xbb\\xbb\\xbb\\xbb\\xbb\`;
e.set_pmk("0123456789abcdef");
e.add_peer(peer);
e.add_peer(b\`\\xcc\\xcc\\xcc\\xcc\\xcc\\xcc\`, { lmk: "fedcba9876543210", channel: 1, ifidx: 0, encrypt: true });
e.add_peer(b\`\\xdd\\xdd\\xdd\\xdd\\xdd\\xdd\`, null, 0, 0, false);
e.mod_peer(peer, { channel: 6 });
e.mod_peer(peer, null, 6);
const ok: boolean = e.send(peer, "hello", true);
e.send(null, b\`all\`);
e.send("everyone");
const [mac, msg] = e.recv(100);
if (mac !== null && msg !== null) print(mac, msg.decode());
const [imac, imsg] = e.irecv(0);
const into: [bytearray, bytearray] = [bytearray(6), bytearray(espnow.MAX_DATA_LEN)];
const n: number = e.recvinto(into, 0);
const [tx, answered, failed, rx, dropped] = e.stats();
const [peers, encrypted] = e.peer_count();
const info = e.get_peer(peer);
e.irq((self) => print(self.any()));
e.irq(null);
for (const [pmac, [rssi, time_ms]] of e.peers_table) print(pmac, rssi, time_ms);
e.del_peer(peer);
print(on, timeout, ok, imac, imsg, n, tx, answered, failed, rx, dropped, peers, encrypted, info[2], e.get_peers().length);
print(espnow.KEY_LEN, espnow.ADDR_LEN, espnow.MAX_TOTAL_PEER_NUM, espnow.MAX_ENCRYPT_PEER_NUM);
print(espnow.RATE_LORA_500K, espnow.RATE_1M, espnow.RATE_2M, espnow.RATE_5M, espnow.RATE_6M, espnow.RATE_11M, espnow.RATE_12M, espnow.RATE_24M, espnow.RATE_54M);
`,
  aioespnow: `
import * as asyncio from "asyncio";
import { AIOESPNow } from "aioespnow";
const e = AIOESPNow();
e.active(true);
const peer = b\`\\xbb\\xbb\\xbb\\xbb\\xbb\\xbb\`;
e.add_peer(peer);
async function main(): Promise<void> {
  const sent: boolean = await e.asend(peer, "ping", true);
  await e.asend("all");
  const [mac, msg] = await e.arecv();
  const [imac, imsg] = await e.airecv();
  print(sent, mac, msg, imac, imsg);
  while (true) {
    const [from, text] = await e.arecv();
    print(from, text);
    if (text.decode() === "halt") break;
  }
}
asyncio.run(main());
`,
};

/** Lines each program's Python must contain: the calls whose shape matters. */
const expectedLines: Record<string, string[]> = {
  neopixel: ["np[0] = red", "np[1] = [0, 255, 0]", "np.fill([0, 0, 16])", "rgbw = NeoPixel(Pin(6), 4, 4, 0)"],
  dht: ["indoor = DHT22(Pin(4))", "indoor.measure()"],
  onewire: ["    if isinstance(e, OneWireError):", "ow.writebyte(OneWire.MATCH_ROM)"],
  ds18x20: ["ds = DS18X20(OneWire(Pin(12)))", "    print(ds.read_temp(rom))"],
  framebuf: ["fb = FrameBuffer(bytearray(32), 16, 16, framebuf.MONO_VLSB)", 'fb.poly(0, 0, array("h", [0, 0, 5, 0, 2, 4]), 1, True)'],
  ssd1306: ["oled = SSD1306_I2C(128, 64, SoftI2C(scl=Pin(22), sda=Pin(21)))", "oled.show()"],
  array: ['a = array("h", [1, 2, 3])', "a[0] = -1"],
  random: ["random.seed(42)", "word = choice([\"red\", \"green\"])"],
  json: ['short = json.dumps([1, 2], [",", ":"])', "json.dump([1, 2], s, None)"],
  re: ["    print(m.group(), m.group(0), m.group(1))", 'print(date.sub("<\\\\1>", "1-2 3-4", 1), date.split("a1-2b", -1), date.split("a1-2b"))'],
  hashlib: ["h = hashlib.sha256()", 'print(hexlify(digest), hashlib.sha1(b"x").digest(), hashlib.md5("x").digest())'],
  io: ["out.seek(0, 2)", "room = BytesIO(64)"],
  collections: ["q = deque([], 4)", 'd["c"] = 3', 'r = Reading("dht", 21.5)'],
  uctypes: ["h = uctypes.struct(addr, HEADER, uctypes.LITTLE_ENDIAN)", "h.len = 4"],
  webrepl: ['webrepl.start(8266, "secret")'],
  espnow: ["e.add_peer(b\"\\xcc\\xcc\\xcc\\xcc\\xcc\\xcc\", lmk=\"fedcba9876543210\", channel=1, ifidx=0, encrypt=True)", "e.mod_peer(peer, channel=6)"],
  aioespnow: ["    sent = await e.asend(peer, \"ping\", True)", "        from_, text = await e.arecv()"],
};

const mistakes: Record<string, { source: string; error: RegExp }> = {
  "a NeoPixel colour with two values": {
    source: `import { NeoPixel } from "neopixel";\nimport { Pin } from "machine";\nconst np = NeoPixel(Pin(5), 8);\nnp[0] = [255, 0];`,
    error: /TS2322: Type '\[number, number\]' is not assignable to type 'Color'/,
  },
  "a NeoPixel colour as a hex number": {
    source: `import { NeoPixel } from "neopixel";\nimport { Pin } from "machine";\nconst np = NeoPixel(Pin(5), 8);\nnp.fill(0xff0000);`,
    error: /TS2345: Argument of type 'number' is not assignable to parameter of type 'Color'/,
  },
  "NeoPixel given a pin number instead of a Pin": {
    source: `import { NeoPixel } from "neopixel";\nconst np = NeoPixel(5, 8);`,
    error: /TS2345: Argument of type 'number' is not assignable to parameter of type 'Pin'/,
  },
  "NeoPixel.show() (Adafruit's name; MicroPython's is write)": {
    source: `import { NeoPixel } from "neopixel";\nimport { Pin } from "machine";\nNeoPixel(Pin(5), 8).show();`,
    error: /TS2339: Property 'show' does not exist on type 'NeoPixel'/,
  },
  "reading a DHT's temperature as a property": {
    source: `import { DHT22 } from "dht";\nimport { Pin } from "machine";\nconst d = DHT22(Pin(4));\nd.measure();\nconst t: number = d.temperature;`,
    error: /TS2322: Type '\(\) => number' is not assignable to type 'number'/,
  },
  "DHT22 given a pin number": {
    source: `import { DHT22 } from "dht";\nDHT22(4).measure();`,
    error: /TS2345: Argument of type 'number' is not assignable to parameter of type 'Pin'/,
  },
  "DS18X20 given the Pin instead of a OneWire bus": {
    source: `import { DS18X20 } from "ds18x20";\nimport { Pin } from "machine";\nDS18X20(Pin(12));`,
    error: /TS2345: Argument of type 'Pin' is not assignable to parameter of type 'OneWire'/,
  },
  "read_temp without the sensor's ROM": {
    source: `import { DS18X20 } from "ds18x20";\nimport { OneWire } from "onewire";\nimport { Pin } from "machine";\nDS18X20(OneWire(Pin(12))).read_temp();`,
    error: /TS2554: Expected 1 arguments, but got 0/,
  },
  "framebuf.poly given a list instead of an array": {
    source: `import * as framebuf from "framebuf";\nconst fb = framebuf.FrameBuffer(bytearray(8), 8, 8, framebuf.MONO_VLSB);\nfb.poly(0, 0, [0, 0, 4, 4], 1);`,
    error: /TS2345: Argument of type 'number\[\]' is not assignable to parameter of type 'array'/,
  },
  "a FrameBuffer format given as a number": {
    source: `import * as framebuf from "framebuf";\nframebuf.FrameBuffer(bytearray(8), 8, 8, 0);`,
    error: /TS2345: Argument of type 'number' is not assignable to parameter of type 'Format'/,
  },
  "an array typecode that does not exist": {
    source: `import { array } from "array";\narray("x", [1]);`,
    error: /TS2345: Argument of type '"x"' is not assignable to parameter of type 'Typecode'/,
  },
  "Match.groups(), absent from the ESP32 build": {
    source: `import * as re from "re";\nconst m = re.match("(a)", "a");\nif (m) print(m.groups());`,
    error: /TS2551: Property 'groups' does not exist on type 'Match'. Did you mean 'group'\?/,
  },
  "re.split at module level (only compiled expressions have split)": {
    source: `import * as re from "re";\nre.split(",", "a,b");`,
    error: /TS2339: Property 'split' does not exist on type 'typeof import\("re"\)'/,
  },
  "a match used without checking for null": {
    source: `import * as re from "re";\nprint(re.match("a", "a").group());`,
    error: /TS2531: Object is possibly 'null'/,
  },
  "hexdigest(), which MicroPython's hashlib lacks": {
    source: `import * as hashlib from "hashlib";\nhashlib.sha256(b\`x\`).hexdigest();`,
    error: /TS2551: Property 'hexdigest' does not exist on type 'Hash'. Did you mean 'digest'\?/,
  },
  "json.loads' result used without a check": {
    source: `import * as json from "json";\nconst v = json.loads("{}");\nprint(v.name);`,
    error: /TS18046: 'v' is of type 'unknown'/,
  },
  "deque without its maxlen (MicroPython needs it)": {
    source: `import { deque } from "collections";\ndeque([1, 2]);`,
    error: /TS2554: Expected 2-3 arguments, but got 1/,
  },
  "random.randint with one argument": {
    source: `import * as random from "random";\nrandom.randint(6);`,
    error: /TS2554: Expected 2 arguments, but got 1/,
  },
  "StringIO written with bytes": {
    source: `import { StringIO } from "io";\nStringIO().write(b\`x\`);`,
    error: /TS2345: Argument of type 'bytes' is not assignable to parameter of type 'string'/,
  },
  "espnow.send given the ESPNow object (Python's self) as the address": {
    source: `import { ESPNow } from "espnow";\nconst e = ESPNow();\ne.send(e, "hi");`,
    error: /TS2345: Argument of type 'ESPNow' is not assignable to parameter of type 'BytesLike \| null'/,
  },
  "an espnow message used without checking for a timeout": {
    source: `import { ESPNow } from "espnow";\nconst [mac, msg] = ESPNow().recv(100);\nprint(msg.decode());`,
    error: /TS18047: 'msg' is possibly 'null'/,
  },
  "webrepl.start with the password first": {
    source: `import * as webrepl from "webrepl";\nwebrepl.start("secret");`,
    error: /TS2345: Argument of type 'string' is not assignable to parameter of type 'number'/,
  },
};

// ---- the declared names, read from the .d.ts files ------------------------------

const files: Record<string, string> = {
  neopixel: "neopixel.d.ts",
  dht: "dht.d.ts",
  onewire: "onewire.d.ts",
  ds18x20: "ds18x20.d.ts",
  framebuf: "framebuf.d.ts",
  ssd1306: "ssd1306.d.ts",
  array: "array.d.ts",
  random: "random.d.ts",
  json: "json.d.ts",
  re: "re.d.ts",
  hashlib: "hashlib.d.ts",
  io: "io.d.ts",
  collections: "collections.d.ts",
  uctypes: "uctypes.d.ts",
  webrepl: "webrepl.d.ts",
  espnow: "espnow.d.ts",
  aioespnow: "aioespnow.d.ts",
};

interface Declared {
  /** module-level values */
  values: string[];
  /** members of each interface */
  interfaces: Map<string, string[]>;
  /** every identifier-named declaration (for "the program uses every name") */
  all: Set<string>;
}

function declaredIn(file: string): Map<string, Declared> {
  const text = fs.readFileSync(path.join(typingsDir, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out = new Map<string, Declared>();
  for (const stmt of source.statements) {
    if (!ts.isModuleDeclaration(stmt) || !stmt.body || !ts.isModuleBlock(stmt.body)) continue;
    const d: Declared = { values: [], interfaces: new Map(), all: new Set() };
    for (const s of stmt.body.statements) {
      if (ts.isFunctionDeclaration(s) && s.name && !d.values.includes(s.name.text)) d.values.push(s.name.text);
      if (ts.isClassDeclaration(s) && s.name) d.values.push(s.name.text);
      if (ts.isVariableStatement(s)) for (const v of s.declarationList.declarations) d.values.push((v.name as ts.Identifier).text);
      if (ts.isInterfaceDeclaration(s))
        d.interfaces.set(
          s.name.text,
          s.members.flatMap((m) => (m.name && ts.isIdentifier(m.name) && !m.name.text.startsWith("__") ? [m.name.text] : [])),
        );
    }
    const visit = (node: ts.Node) => {
      const name = (node as { name?: ts.Node }).name;
      const member = ts.isPropertySignature(node) || ts.isMethodSignature(node) || ts.isFunctionDeclaration(node) || ts.isVariableDeclaration(node);
      if (member && name && ts.isIdentifier(name) && !name.text.startsWith("__")) d.all.add(name.text);
      ts.forEachChild(node, visit);
    };
    visit(stmt.body);
    out.set((stmt.name as ts.StringLiteral).text, d);
  }
  return out;
}

const declared = new Map<string, Declared>();
for (const file of Object.values(files)) for (const [m, d] of declaredIn(file)) declared.set(m, d);

describe("board module typings", () => {
  let checked: Map<string, CheckedSnippet>;
  beforeAll(() => {
    checked = checkSnippets({ ...programs, ...Object.fromEntries(Object.entries(mistakes).map(([k, v]) => [k, v.source])) });
  }, 120000);

  for (const module of Object.keys(programs)) {
    test(`a program using every ${module} member type-checks and compiles`, () => {
      const r = checked.get(module)!;
      expect(r.errors).toEqual([]);
      expect(r.mptsErrors).toEqual([]);
      for (const line of expectedLines[module]) expect(r.python).toContain(line + "\n");
    });

    test(`the ${module} program uses every name that ${files[module]} declares for it`, () => {
      const names = declared.get(module)!.all;
      const unused = [...names].filter((n) => !new RegExp(`\\b${n}\\b`).test(programs[module]));
      expect(unused).toEqual([]);
    });
  }

  for (const [name, { error }] of Object.entries(mistakes)) {
    test(`mistake: ${name}`, () => {
      expect(checked.get(name)!.errors.join("\n")).toMatch(error);
    });
  }
});

/**
 * Declared names the WASM VM lacks although the ESP32 firmware has them: its hashlib has
 * only sha256 (the ESP32's has SHA-1 and MD5 through mbedTLS).
 */
const absentFromVm: Record<string, string[]> = { hashlib: ["sha1", "md5"] };
/** Python expressions giving an instance of an interface, to check its members. */
const instances: Record<string, string> = {
  "neopixel.NeoPixel": "neopixel.NeoPixel(machine.Pin(5), 2)",
  "apa106.APA106Constructor": "apa106.APA106",
  "dht.DHT11": "dht.DHT11(machine.Pin(4))",
  "dht.DHT22": "dht.DHT22(machine.Pin(4))",
  "dht.DHTBase": "dht.DHT22(machine.Pin(4))",
  "onewire.OneWire": "onewire.OneWire(machine.Pin(12))",
  "onewire.OneWireConstructor": "onewire.OneWire",
  "neopixel.NeoPixelConstructor": "neopixel.NeoPixel",
  "ds18x20.DS18X20": "ds18x20.DS18X20(onewire.OneWire(machine.Pin(12)))",
  "framebuf.FrameBuffer": "framebuf.FrameBuffer(bytearray(8), 8, 8, framebuf.MONO_VLSB)",
  "ssd1306.SSD1306": "ssd1306.SSD1306_I2C(16, 8, None)",
  "array.array": "array.array('h', [1])",
  "re.Match": "re.match('a', 'a')",
  "re.Regex": "re.compile('a')",
  "hashlib.Hash": "hashlib.sha256()",
  "io.MemoryStream": "io.BytesIO()",
  "io.StringIO": "io.StringIO()",
  "io.BytesIO": "io.BytesIO()",
  "collections.deque": "collections.deque((), 2)",
  "espnow.ESPNow": "espnow.ESPNow()",
  "aioespnow.AIOESPNow": "aioespnow.AIOESPNow",
  "uctypes.Struct": "uctypes.struct(uctypes.addressof(bytearray(2)), {'a': 0 | uctypes.UINT8})",
};
/** Modules neither the VM nor the simulator has (typings only; see docs/semantics/board-modules.md): none now. */
const notSimulated = new Set<string>();

describe("the board module typings against the MicroPython VM and the simulator's drivers", () => {
  test("every declared name exists in the VM's module or the simulated driver", async () => {
    // the simulated drivers need the simulator's machine module, whose host answers nothing here:
    // a stand-in machine.Pin is enough to construct them
    const drivers = fs.readdirSync(path.join(simulatorDir, "drivers")).map((f) => ({
      path: f,
      text: fs.readFileSync(path.join(simulatorDir, "drivers", f), "utf8"),
    }));
    const stubs = [
      { path: "machine.py", text: "class Pin:\n    OUT = 3\n    OPEN_DRAIN = 7\n    PULL_UP = 2\n    def __init__(self, id):\n        self._id = id\n    def init(self, *a):\n        pass\n" },
      { path: "network.py", text: "STA_IF = 0\nAP_IF = 1\n" },
      { path: "socket.py", text: "def _call(op, *args):\n    return [20, 50] if op == 'sensor' and args[0] == 'dht' else [20] if op == 'sensor' else None\n" },
    ];
    const lines: string[] = ["import machine"];
    const check = (key: string, target: string, name: string) => lines.push(`print("${key}.${name}", hasattr(${target}, "${name}"))`);
    let checkedNames = 0;
    for (const [module, d] of declared) {
      if (notSimulated.has(module) || module === "ujson" || module === "ucollections") continue;
      lines.push(`import ${module}`);
      for (const name of d.values) {
        check(module, module, name);
        checkedNames++;
      }
      for (const [iface, members] of d.interfaces) {
        const key = `${module}.${iface}`;
        const target = instances[key];
        if (!target) continue;
        for (const m of members) {
          check(key, target, m);
          checkedNames++;
        }
      }
    }
    const run = await runInVm([...drivers, ...stubs, { path: "names.py", text: lines.join("\n") + "\n" }], "names");
    expect(run.error).toBeUndefined();
    const missing = run.stdout
      .trim()
      .split("\n")
      .filter((l) => l.endsWith(" False"))
      .map((l) => l.slice(0, -" False".length));
    expect(missing.sort()).toEqual(Object.entries(absentFromVm).flatMap(([m, names]) => names.map((n) => `${m}.${n}`)).sort());
    expect(checkedNames).toBeGreaterThan(140);
  }, 60000);
});
