// Parses URL-encoded settings requests (query strings / form bodies) for a device,
// validates and clamps each field, and answers every request with a JSON status string.

interface Settings { interval: number; name: string; enabled: boolean; alarm: boolean; low: number; high: number }

const NAMES = ["Living%20Room", "kitchen+node", "garage%2D2", "bad%2Fname", "Porch%20Light%21",
  "attic%zz", "Office_3", "a%20very%20long%20device%20name"];
const FLAGS = ["on", "off", "1", "0", "true", "false", "yes", "maybe"];
const KEYS = ["interval", "name", "enabled", "alarm", "low", "high", "color"];
const REQUESTS = 400;
let seed = 42;
function rand(n: number): number {
  seed = (seed * 16807) % 2147483647;
  return seed % n;
}

function makeValue(key: string): string {
  switch (key) {
    case "interval": { const r = rand(10); return r === 0 ? "fast" : r === 1 ? `-${rand(1000)}` : String(rand(120000)); }
    case "name": return NAMES[rand(NAMES.length)];
    case "enabled": case "alarm": return FLAGS[rand(FLAGS.length)];
    case "low": case "high": return ((rand(20000) - 6000) / 100).toFixed(1 + rand(2));
    default: return "%23" + rand(0xffffff).toString(16).padStart(6, "0");
  }
}

function makeRequest(): string {
  const parts: string[] = [];
  const n = 1 + rand(4);
  for (let i = 0; i < n; i++) {
    const key = KEYS[rand(KEYS.length)];
    parts.push(`${key}=${makeValue(key)}`);
  }
  const body = parts.join("&");
  return rand(3) === 0 ? `/config?${body}` : body;
}

function decode(s: string): string | null {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "+") out += " ";
    else if (c === "%") {
      const code = parseInt(s.substring(i + 1, i + 3), 16);
      if (isNaN(code)) return null;
      out += String.fromCharCode(code);
      i += 2;
    } else out += c;
  }
  return out;
}

const settings: Settings = { interval: 1000, name: "esp32", enabled: true, alarm: false, low: 10, high: 30 };
let clampedTotal = 0, okCount = 0, rejectedTotal = 0;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const FLAG_VALUES = new Map<string, boolean>([["on", true], ["1", true], ["true", true], ["yes", true],
  ["off", false], ["0", false], ["false", false], ["no", false]]);

function applyField(key: string, value: string): boolean {
  switch (key) {
    case "interval": {
      const n = Number(value);
      if (!Number.isInteger(n)) return false;
      settings.interval = clamp(n, 100, 60000);
      if (settings.interval !== n) clampedTotal++;
      return true;
    }
    case "name":
      if (value.length === 0 || value.length > 16 || !/^[A-Za-z0-9 _-]+$/.test(value)) return false;
      settings.name = value;
      return true;
    case "enabled": case "alarm": {
      const f = FLAG_VALUES.get(value);
      if (f === undefined) return false;
      settings[key] = f;
      return true;
    }
    case "low": case "high": {
      const t = parseFloat(value);
      if (isNaN(t)) return false;
      const c = Math.round(clamp(t, -40, 125) * 10) / 10;
      if (c !== t) clampedTotal++;
      if (key === "low" ? c >= settings.high : c <= settings.low) return false;
      settings[key] = c;
      return true;
    }
  }
  return false;
}

function handle(id: number, request: string): string {
  const q = request.includes("?") ? request.slice(request.indexOf("?") + 1) : request;
  let applied = 0, rejected = 0;
  for (const pair of q.split("&")) {
    const [key, raw = ""] = pair.split("=");
    const value = decode(raw);
    if (value !== null && applyField(key, value)) applied++;
    else rejected++;
  }
  if (rejected === 0) okCount++;
  rejectedTotal += rejected;
  return JSON.stringify({ id, ok: rejected === 0, applied, rejected, name: settings.name,
    interval: settings.interval, enabled: settings.enabled, low: settings.low, high: settings.high });
}

let a = 1, b = 0, bytes = 0;  // Adler-32 over all responses
const samples: string[] = [];
for (let id = 1; id <= REQUESTS; id++) {
  const resp = handle(id, makeRequest());
  for (let i = 0; i < resp.length; i++) {
    a = (a + resp.charCodeAt(i)) % 65521;
    b = (b + a) % 65521;
  }
  bytes += resp.length;
  if (id <= 3 || id % 100 === 0) samples.push(resp);
}
console.log(`requests=${REQUESTS} ok=${okCount} rejectedFields=${rejectedTotal} clamped=${clampedTotal}`);
console.log(`responses=${bytes} bytes, adler=${(b * 65536 + a).toString(16)}`);
samples.forEach((s) => console.log(s));
console.log(`final ${JSON.stringify(settings)}`);
