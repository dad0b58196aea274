// network, mpython (the mPython board), esp, esp32 and ntptime: every member used once,
// the emitted Python exact, and realistic mistakes rejected by the type checker. The WASM
// VM has none of these modules, so the exact Python is the check here (the host simulator
// runs them later); what socket code does with bytes runs in the VM.
import { beforeAll, describe, expect, test } from "vitest";
import { checkSnippets, type CheckedSnippet } from "../helpers/typings.js";
import { inMain } from "../helpers/diff.js";
import { runInVm } from "../../compiler/board/vm.js";

const network = `
import * as network from "network";
import { WLAN, STA_IF, AP_IF } from "network";

const sta = network.WLAN(network.STA_IF);
const ap = new network.WLAN(network.AP_IF);
const byClass = WLAN(WLAN.IF_STA);
const apByClass = new WLAN(WLAN.IF_AP);
const defaultIf = network.WLAN();
const on: boolean = sta.active();
const nowOn: boolean = ap.active(true);
sta.connect("home", "secret123");
sta.connect("home", "secret123", { bssid: b\`\\x00\\x01\\x02\\x03\\x04\\x05\` });
sta.connect();
sta.disconnect();
for (const [ssid, bssid, channel, rssi, security, hidden] of sta.scan()) {
  print(ssid.decode(), bssid.hex(":"), channel, rssi, security === network.AUTH_WPA2_PSK, hidden);
}
let s = network.STAT_IDLE;
s = sta.status();
const failed = s === network.STAT_NO_AP_FOUND || s === network.STAT_WRONG_PASSWORD || s === network.STAT_BEACON_TIMEOUT ||
  s === network.STAT_ASSOC_FAIL || s === network.STAT_HANDSHAKE_TIMEOUT;
if (s !== network.STAT_CONNECTING && s === network.STAT_GOT_IP) print("up", failed);
const rssi: number = sta.status("rssi");
for (const [mac] of ap.status("stations")) print(mac.hex());
const linked: boolean = sta.isconnected();
const [ip, subnet, gateway, dns] = sta.ifconfig();
ap.ifconfig(["192.168.4.1", "255.255.255.0", "192.168.4.1", "8.8.8.8"]);
sta.ifconfig("dhcp");
const dhcp: boolean = sta.ipconfig("dhcp4");
const [addr, netmask] = sta.ipconfig("addr4");
const gw: string = sta.ipconfig("gw4");
sta.ipconfig({ addr4: ["192.168.1.50", "255.255.255.0"], gw4: "192.168.1.1" });
sta.ipconfig({ addr4: "192.168.1.50/24", dhcp4: false });
const mac: bytes = sta.config("mac");
const essid: string = ap.config("essid");
const ssidName: string = sta.config("ssid");
const channel: number = ap.config("channel");
const isHidden: boolean = ap.config("hidden");
const auth = ap.config("authmode");
const security = ap.config("security");
const host1: string = sta.config("hostname");
const host2: string = sta.config("dhcp_hostname");
const clients: number = ap.config("max_clients");
const retries: number = sta.config("reconnects");
const power: number = sta.config("txpower");
const protocol: number = sta.config("protocol");
const pm = sta.config("pm");
const ifname: string = sta.config("ifname");
ap.config({ essid: "board", password: "secret123", authmode: network.AUTH_WPA2_PSK, channel: 6, hidden: false, max_clients: 4 });
ap.config({ ssid: "board", key: "secret123", security: network.WLAN.SEC_WPA2 });
sta.config({ mac: b\`\\x02\\x00\\x00\\x00\\x00\\x01\`, reconnects: 3, txpower: 8.5, hostname: "h", dhcp_hostname: "h" });
sta.config({ pm: WLAN.PM_NONE, protocol: network.MODE_11B | network.MODE_11G | network.MODE_11N | network.MODE_LR });
sta.config({ pm: WLAN.PM_PERFORMANCE });
sta.config({ pm: WLAN.PM_POWERSAVE });
const sec = [WLAN.SEC_OPEN, WLAN.SEC_WEP, WLAN.SEC_WPA, WLAN.SEC_WPA2, WLAN.SEC_WPA_WPA2, WLAN.SEC_WPA2_ENT, WLAN.SEC_WPA3,
  WLAN.SEC_WPA2_WPA3, WLAN.SEC_WAPI, WLAN.SEC_OWE];
const authModes = [network.AUTH_OPEN, network.AUTH_WEP, network.AUTH_WPA_PSK, network.AUTH_WPA2_PSK, network.AUTH_WPA_WPA2_PSK,
  network.AUTH_WPA2_ENTERPRISE, network.AUTH_WPA3_PSK, network.AUTH_WPA2_WPA3_PSK, network.AUTH_WAPI_PSK, network.AUTH_OWE];
network.hostname("board");
const name: string = network.hostname();
network.country("GB");
const country: string = network.country();
network.ipconfig({ dns: "8.8.8.8" });
const dnsServer: string = network.ipconfig("dns");
print(on, nowOn, rssi, linked, ip, subnet, gateway, dns, dhcp, addr, netmask, gw, mac, essid, ssidName, channel, isHidden, auth, security);
print(host1, host2, clients, retries, power, protocol, pm, ifname, sec, authModes, name, country, dnsServer, byClass, apByClass, defaultIf, STA_IF, AP_IF);
`;

const mpython = `
import { wifi, oled, display, TextMode } from "mpython";

const mywifi = wifi();
const other = new wifi();
mywifi.connectWiFi("ssid", "password");
mywifi.connectWiFi("ssid", "password", 20);
const ip: string = mywifi.sta.ifconfig()[0];
mywifi.enable_APWiFi("board");
mywifi.enable_APWiFi("board", "secret123", 13);
print(mywifi.ap.ifconfig()[0]);
mywifi.disable_APWiFi();
mywifi.disconnectWiFi();
oled.fill(0);
const [width, [nextX, nextY]] = oled.DispChar("hello", 0, 0);
oled.DispChar("rev", 0, 16, TextMode.rev);
oled.DispChar("a long line that wraps", 0, 32, TextMode.normal, true);
oled.DispChar("t", 0, 48, TextMode.trans);
oled.DispChar("x", 64, 48, TextMode.xor);
oled.show();
oled.fill_rect(0, 48, 128, 16, 0);
oled.pixel(1, 2, 1);
const lit: number = oled.pixel(1, 2);
oled.hline(0, 0, 10, 1);
oled.vline(0, 0, 10, 1);
oled.line(0, 0, 127, 63, 1);
oled.rect(0, 0, 20, 10, 1);
oled.circle(64, 32, 10, 1);
oled.fill_circle(64, 32, 5, 1);
oled.triangle(0, 0, 10, 0, 5, 8, 1);
oled.fill_triangle(0, 0, 10, 0, 5, 8, 1);
oled.RoundRect(0, 0, 30, 20, 4, 1);
oled.bitmap(0, 0, bytearray(8), 8, 8, 1);
oled.text("ascii", 0, 56);
oled.text("ascii", 0, 56, 0);
oled.scroll(1, 0);
oled.contrast(128);
oled.invert(1);
oled.poweroff();
oled.poweron();
display.show();
function drawWith(font: Parameters<typeof oled.DispChar_font>[0]) {
  const [w] = oled.DispChar_font(font, "abc", 0, 0, true);
  const [glyph, h, cw] = font.get_ch("a");
  print(w, glyph, h, cw, font.hmap(), font.reverse());
}
print(ip, width, nextX, nextY, lit, other, drawWith);
`;

const esp = `
import * as esp from "esp";

esp.osdebug(null);
esp.osdebug(0, esp.LOG_INFO);
const levels = [esp.LOG_NONE, esp.LOG_ERROR, esp.LOG_WARNING, esp.LOG_DEBUG, esp.LOG_VERBOSE];
const size: number = esp.flash_size();
const start: number = esp.flash_user_start();
const buf = bytearray(4096);
esp.flash_read(start, buf);
esp.flash_erase(Math.floor(start / 4096));
esp.flash_write(start, buf);
esp.gpio_matrix_in(4, 10, false);
esp.gpio_matrix_out(5, 20, false, false);
print(levels, size);
`;

const esp32 = `
import * as esp32 from "esp32";
import { NVS, Partition } from "esp32";
import { Pin } from "machine";

esp32.wake_on_touch(false);
esp32.wake_on_ulp(false);
esp32.wake_on_ext0(Pin(4), esp32.WAKEUP_ANY_HIGH);
esp32.wake_on_ext0(null, esp32.WAKEUP_ALL_LOW);
esp32.wake_on_ext1([Pin(2), Pin(4)], esp32.WAKEUP_ALL_LOW);
esp32.wake_on_ext1(null, esp32.WAKEUP_ANY_HIGH);
esp32.gpio_deep_sleep_hold(true);
const raw: number = esp32.raw_temperature();
const celsius: number = esp32.mcu_temperature();
for (const [total, free, largest, minFree] of esp32.idf_heap_info(esp32.HEAP_DATA)) print(total, free, largest, minFree);
print(esp32.idf_heap_info(esp32.HEAP_EXEC).length);

const nvs = NVS("app");
const again = new esp32.NVS("app");
nvs.set_i32("boots", nvs.get_i32("boots") + 1);
nvs.set_blob("name", b\`board\`);
nvs.set_blob("text", "hello");
const blob = bytearray(32);
const n: number = nvs.get_blob("name", blob);
nvs.erase_key("text");
nvs.commit();

const running = Partition(Partition.RUNNING);
const boot = new esp32.Partition(Partition.BOOT, 4096);
const vfs = Partition("vfs");
const [type, subtype, address, size, label, encrypted] = running.info();
const next = running.get_next_update();
const apps = Partition.find(Partition.TYPE_APP);
const data = Partition.find(Partition.TYPE_DATA, 0xff, "vfs", 4096);
const block = bytearray(4096);
next.readblocks(0, block);
next.readblocks(0, block, 16);
next.writeblocks(0, block);
next.writeblocks(0, block, 16);
const count = next.ioctl(4, 0);
next.set_boot();
Partition.mark_app_valid_cancel_rollback();
print(raw, celsius, again, n, boot, vfs, type === Partition.TYPE_APP, subtype, address, size, label, encrypted, apps, data, count);
`;

const ntptime = `
import ntptime from "ntptime";
import * as ntp from "ntptime";
import { settime, time } from "ntptime";

ntptime.host = "time.google.com";
ntptime.timeout = 2;
ntptime.settime();
settime();
const now: number = ntp.time() + time();
print(now, ntp.host, ntp.timeout);
`;

// What socket code does with received bytes: an empty read ends a loop, a line is compared by contents.
const bytesValues = `
const lines = [b\`GET / HTTP/1.0\\r\\n\`, b\`Host: x\\r\\n\`, b\`\\r\\n\`, b\`\`];
let headers = 0;
for (const line of lines) {
  if (!line || line === b\`\\r\\n\`) break;
  headers++;
}
const data: bytes | null = lines[3];
if (data) print("unexpected"); else print("empty read");
const buf = bytearray(b\`ab\`);
print(headers, lines[0] !== b\`GET\`, buf === buf, buf && lines[1] === bytes("Host: x\\r\\n", "utf8"));
`;

const mistakes: Record<string, { source: string; error: RegExp }> = {
  "an interface named by a string": {
    source: `import * as network from "network";\nnetwork.WLAN("sta");`,
    error: /TS2345: Argument of type 'string' is not assignable to parameter of type 'WlanInterface'/,
  },
  "a plain number as the interface": {
    source: `import * as network from "network";\nnetwork.WLAN(0);`,
    error: /TS2345: Argument of type 'number' is not assignable to parameter of type 'WlanInterface'/,
  },
  "a security mode where an interface id is expected": {
    source: `import * as network from "network";\nnetwork.WLAN(network.AUTH_OPEN);`,
    error: /TS2345: Argument of type 'AuthMode' is not assignable to parameter of type 'WlanInterface \| undefined'/,
  },
  "a password given as a number": {
    source: `import * as network from "network";\nnetwork.WLAN(network.STA_IF).connect("home", 12345678);`,
    error: /TS2345: Argument of type 'number' is not assignable to parameter of type 'string'/,
  },
  "the ifconfig tuple used as the IP string": {
    source: `import * as network from "network";\nconst ip: string = network.WLAN(network.STA_IF).ifconfig();`,
    error: /TS2322: Type 'IfConfig' is not assignable to type 'string'/,
  },
  "active with a string": {
    source: `import * as network from "network";\nnetwork.WLAN(network.STA_IF).active("yes");`,
    error: /TS2345: Argument of type 'string' is not assignable to parameter of type 'boolean'/,
  },
  "a network name given as a number": {
    source: `import * as network from "network";\nnetwork.WLAN(network.AP_IF).config({ essid: 1 });`,
    error: /TS2769: No overload matches this call[\s\S]*Type 'number' is not assignable to type 'string'/,
  },
  "a misspelled config keyword": {
    source: `import * as network from "network";\nnetwork.WLAN(network.AP_IF).config({ esid: "board" });`,
    error: /TS2769: No overload matches this call[\s\S]*'esid' does not exist in type 'Kw<WlanSettings>'. Did you mean to write 'essid'\?/,
  },
  "an unknown config parameter": {
    source: `import * as network from "network";\nnetwork.WLAN(network.STA_IF).config("colour");`,
    error:
      /TS2769: No overload matches this call[\s\S]*Argument of type '"colour"' is not assignable to parameter of type 'Kw<WlanSettings> \| WlanParam'/,
  },
  "a status compared with a security mode": {
    source: `import * as network from "network";\nif (network.WLAN(network.STA_IF).status() === network.AUTH_OPEN) print("?");`,
    error: /TS2367: This comparison appears to be unintentional because the types 'WlanStatus' and 'AuthMode' have no overlap/,
  },
  "the signal strength used as text": {
    source: `import * as network from "network";\nconst rssi: string = network.WLAN(network.STA_IF).status("rssi");`,
    error: /TS2322: Type 'number' is not assignable to type 'string'/,
  },
  "a bssid given as text": {
    source: `import * as network from "network";\nnetwork.WLAN(network.STA_IF).connect("home", "pw", { bssid: "00:11:22:33:44:55" });`,
    error: /TS2322: Type 'string' is not assignable to type 'BytesLike/,
  },
  "a static address without its netmask": {
    source: `import * as network from "network";\nnetwork.WLAN(network.STA_IF).ipconfig({ addr4: ["192.168.1.50"] });`,
    error: /TS2769: No overload matches this call/,
  },
  "connectWiFi without the password": {
    source: `import { wifi } from "mpython";\nwifi().connectWiFi("ssid");`,
    error: /TS2554: Expected 2-3 arguments, but got 1/,
  },
  "a plain number as the DispChar mode": {
    source: `import { oled } from "mpython";\noled.DispChar("hi", 0, 0, 2);`,
    error: /TS2345: Argument of type 'number' is not assignable to parameter of type 'TextMode'/,
  },
  "setting the NTP server through a namespace import": {
    source: `import * as ntptime from "ntptime";\nntptime.host = "time.google.com";`,
    error: /TS2540: Cannot assign to 'host' because it is a read-only property/,
  },
  "a plain number as the log level": {
    source: `import * as esp from "esp";\nesp.osdebug(0, 3);`,
    error: /TS2345: Argument of type 'number' is not assignable to parameter of type 'LogLevel'/,
  },
  "an NVS integer given as text": {
    source: `import * as esp32 from "esp32";\nesp32.NVS("app").set_i32("boots", "1");`,
    error: /TS2345: Argument of type 'string' is not assignable to parameter of type 'number'/,
  },
  "a partition type where a partition id is expected": {
    source: `import * as esp32 from "esp32";\nesp32.Partition(esp32.Partition.TYPE_APP);`,
    error: /TS2345: Argument of type 'PartitionType' is not assignable to parameter of type 'string \| PartitionId'/,
  },
};

describe("network, mpython, esp, esp32 and ntptime typings", () => {
  let checked: Map<string, CheckedSnippet>;
  beforeAll(() => {
    checked = checkSnippets({
      network,
      mpython,
      esp,
      esp32,
      ntptime,
      bytesValues,
      ...Object.fromEntries(Object.entries(mistakes).map(([k, v]) => [k, v.source])),
    });
  });

  const ok = (name: string) => {
    const r = checked.get(name)!;
    expect(r.errors).toEqual([]);
    expect(r.mptsErrors).toEqual([]);
    return r.python!;
  };

  test("network: every member type-checks and compiles to plain Python", () => {
    const py = ok("network");
    expect(py).toContain("import network\nfrom network import WLAN, STA_IF, AP_IF\n");
    expect(py).toContain(inMain("sta = network.WLAN(network.STA_IF)\nap = network.WLAN(network.AP_IF)\nbyClass = WLAN(WLAN.IF_STA)\n"));
    expect(py).toContain('sta.connect("home", "secret123", bssid=b"\\x00\\x01\\x02\\x03\\x04\\x05")');
    expect(py).toContain('ap.ifconfig(("192.168.4.1", "255.255.255.0", "192.168.4.1", "8.8.8.8"))');
    expect(py).toContain('sta.ipconfig(addr4=("192.168.1.50", "255.255.255.0"), gw4="192.168.1.1")');
    expect(py).toContain(
      'ap.config(essid="board", password="secret123", authmode=network.AUTH_WPA2_PSK, channel=6, hidden=False, max_clients=4)',
    );
    expect(py).toContain("sta.config(pm=WLAN.PM_NONE, protocol=network.MODE_11B | network.MODE_11G | network.MODE_11N | network.MODE_LR)");
    expect(py).toContain('network.ipconfig(dns="8.8.8.8")');
    expect(py).toContain('rssi = sta.status("rssi")');
    expect(py).toContain("ip, subnet, gateway, dns = sta.ifconfig()");
    // branded constants are numbers: compared by value, never by identity
    expect(py).toContain("if s != network.STAT_CONNECTING and s == network.STAT_GOT_IP:");
    expect(py).toMatch(/security\d* == network\.AUTH_WPA2_PSK/);
    expect(py).not.toMatch(/ is (not )?network\./);
  });

  test("mpython: the wifi helper and the OLED compile to the board library's calls", () => {
    const py = ok("mpython");
    expect(py).toContain("from mpython import wifi, oled, display, TextMode\n");
    expect(py).toContain("mywifi = wifi()\nother = wifi()\n");
    expect(py).toContain("ip = mywifi.sta.ifconfig()[0]");
    expect(py).toContain('mywifi.enable_APWiFi("board", "secret123", 13)');
    expect(py).toContain('oled.DispChar("a long line that wraps", 0, 32, TextMode.normal, True)');
    expect(py).toContain("oled.fill_rect(0, 48, 128, 16, 0)");
    expect(py).toContain("oled.bitmap(0, 0, bytearray(8), 8, 8, 1)");
    expect(py).toContain('oled.DispChar_font(font, "abc", 0, 0, True)');
  });

  test("esp: log levels and raw flash access", () => {
    const py = ok("esp");
    expect(py).toContain("import esp\n");
    expect(py).toContain("esp.osdebug(None)\nesp.osdebug(0, esp.LOG_INFO)");
    expect(py).toContain("esp.flash_read(start, buf)\nesp.flash_erase(math.floor(start / 4096))\nesp.flash_write(start, buf)");
    expect(py).toContain("esp.gpio_matrix_out(5, 20, False, False)");
  });

  test("esp32: wake-up sources, heap info, NVS and partitions", () => {
    const py = ok("esp32");
    expect(py).toContain("import esp32\nfrom esp32 import NVS, Partition\nfrom machine import Pin\n");
    expect(py).toContain("esp32.wake_on_ext0(Pin(4), esp32.WAKEUP_ANY_HIGH)");
    expect(py).toContain("esp32.wake_on_ext1([Pin(2), Pin(4)], esp32.WAKEUP_ALL_LOW)");
    expect(py).toContain(inMain('nvs = NVS("app")\nagain = esp32.NVS("app")'));
    expect(py).toContain('nvs.set_i32("boots", nvs.get_i32("boots") + 1)');
    expect(py).toContain("boot = esp32.Partition(Partition.BOOT, 4096)");
    expect(py).toContain('data = Partition.find(Partition.TYPE_DATA, 255, "vfs", 4096)');
    expect(py).toContain(inMain("type_, subtype, address, size, label, encrypted = running.info()\nnext_ = running.get_next_update()"));
    expect(py).toContain("Partition.mark_app_valid_cancel_rollback()");
  });

  test("ntptime: a default import binds the module, so its settings can be assigned", () => {
    const py = ok("ntptime");
    expect(py).toContain("import ntptime\nimport ntptime as ntp\nfrom ntptime import settime, time as time_\n");
    expect(py).toContain('ntptime.host = "time.google.com"\nntptime.timeout = 2\nntptime.settime()\nsettime()');
  });

  test("bytes are Python values: empty is falsy, === compares contents (run in the VM)", async () => {
    const py = ok("bytesValues");
    expect(py).toContain(inMain('    if not line or line == b"\\r\\n":\n        break'));
    expect(py).toContain("buf is buf");
    const run = await runInVm([{ path: "main.py", text: py }], "main");
    expect(run.error).toBeUndefined();
    expect(run.stdout).toBe("empty read\n2 True True True\n");
  });

  for (const [name, { error }] of Object.entries(mistakes)) {
    test(`mistake: ${name}`, () => {
      const r = checked.get(name)!;
      expect(r.errors.join("\n")).toMatch(error);
    });
  }
});
