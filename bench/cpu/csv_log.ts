// Aggregates CSV sensor log lines ("2024-05-01T10:15:00,sensor-3,21.75,OK") per sensor and hour:
// count/min/max/mean plus error lines, printed as a padded table sorted by sensor and hour.

interface Bucket {
  sensor: string;
  hour: string;
  count: number;
  min: number;
  max: number;
  sum: number;
  errors: number;
}

const LINES = 2000;
let seed = 2024;
function rand(n: number): number {
  seed = (seed * 16807) % 2147483647;
  return seed % n;
}

const pad2 = (n: number) => String(n).padStart(2, "0");
let clock = 6 * 3600; // seconds since midnight

function makeLine(): string {
  clock += 1 + rand(30);
  const h = Math.floor(clock / 3600);
  const ts = `2024-05-01T${pad2(h)}:${pad2(Math.floor(clock / 60) % 60)}:${pad2(clock % 60)}`;
  const id = 1 + rand(5);
  const sensor = `sensor-${id}`;
  const r = rand(100);
  if (r === 0) return `${ts},${sensor}`; // truncated line
  if (r < 4) return `${ts},${sensor},,ERR`;
  if (r === 4) return `${ts},${sensor},--,OK`;
  const value = 18 + id * 1.5 + (h - 6) * 0.25 + (rand(41) - 20) / 4;
  return `${ts},${sensor},${value.toFixed(2)},${r < 10 ? "WARN" : "OK"}`;
}

const buckets = new Map<string, Bucket>();
let malformed = 0, errorLines = 0, readings = 0;

function ingest(line: string): void {
  const fields = line.split(",");
  if (fields.length !== 4) {
    malformed++;
    return;
  }
  const [ts, sensor, value, status] = fields;
  const hour = ts.slice(0, 13);
  const key = `${sensor}|${hour}`;
  let b = buckets.get(key);
  if (!b) {
    b = { sensor, hour, count: 0, min: Infinity, max: -Infinity, sum: 0, errors: 0 };
    buckets.set(key, b);
  }
  if (status === "ERR") {
    b.errors++;
    errorLines++;
    return;
  }
  const v = parseFloat(value);
  if (isNaN(v)) {
    malformed++;
    return;
  }
  b.count++;
  b.sum += v;
  b.min = Math.min(b.min, v);
  b.max = Math.max(b.max, v);
  readings++;
}

for (let i = 0; i < LINES; i++) ingest(makeLine());

const rows = [...buckets.values()].sort((a, b) => a.sensor.localeCompare(b.sensor) || a.hour.localeCompare(b.hour));
const fmt = (b: Bucket, v: number) => (b.count > 0 ? v.toFixed(2) : "-").padStart(8);
console.log(`${"sensor".padEnd(10)}${"hour".padEnd(15)}${"n".padStart(4)}${"min".padStart(8)}${"max".padStart(8)}` +
  `${"mean".padStart(8)}${"err".padStart(5)}`);
for (const b of rows) {
  console.log(`${b.sensor.padEnd(10)}${b.hour.padEnd(15)}${String(b.count).padStart(4)}${fmt(b, b.min)}` +
    `${fmt(b, b.max)}${fmt(b, b.sum / b.count)}${String(b.errors).padStart(5)}`);
}
const hottest = rows.reduce((best, b) => (b.count > 0 && b.sum / b.count > best.sum / best.count ? b : best));
console.log(`lines=${LINES} readings=${readings} errors=${errorLines} malformed=${malformed} buckets=${rows.length}`);
console.log(`hottest ${hottest.sensor} @ ${hottest.hour}:00 mean ${(hottest.sum / hottest.count).toFixed(2)}`);
