// A gateway's device registry: sensors report "id,kind,value" lines; the gateway keeps each
// device's recent samples, flags devices that went quiet, and publishes a JSON summary per
// device, as a board bridging a radio to MQTT does.

interface Sample {
  t: number;
  value: number;
}

class Device {
  samples: Sample[] = [];
  reports = 0;
  lastSeen = 0;

  constructor(
    public id: string,
    public kind: string,
  ) {}

  record(t: number, value: number): void {
    this.samples.push({ t, value });
    if (this.samples.length > 8) this.samples.shift();
    this.reports++;
    this.lastSeen = t;
  }

  average(): number {
    let sum = 0;
    for (const s of this.samples) sum += s.value;
    return this.samples.length ? sum / this.samples.length : 0;
  }

  peak(): Sample | undefined {
    let best: Sample | undefined;
    for (const s of this.samples) if (!best || s.value > best.value) best = s;
    return best;
  }
}

class Registry {
  private devices = new Map<string, Device>();
  rejected = 0;

  handle(t: number, line: string): void {
    const parts = line.split(',');
    if (parts.length !== 3) {
      this.rejected++;
      return;
    }
    const [id, kind, text] = parts;
    const value = Number(text);
    if (Number.isNaN(value)) {
      this.rejected++;
      return;
    }
    let device = this.devices.get(id);
    if (!device) {
      device = new Device(id, kind);
      this.devices.set(id, device);
    }
    device.record(t, value);
  }

  quiet(now: number, limit: number): string[] {
    const out: string[] = [];
    for (const d of this.devices.values()) if (now - d.lastSeen > limit) out.push(d.id);
    return out.sort();
  }

  summaries(): string[] {
    return [...this.devices.values()]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((d) => {
        const peak = d.peak();
        return JSON.stringify({ id: d.id, kind: d.kind, reports: d.reports, avg: Math.round(d.average()), peakAt: peak ? peak.t : -1 });
      });
  }
}

const KINDS = ['temp', 'hum', 'lux'];
const registry = new Registry();
let seed = 11;
for (let t = 0; t < 1500; t++) {
  seed = (seed * 1103 + 12345) % 65536;
  const n = (seed >> 5) % 12;
  // device 11 stops reporting half way; every 97th line is garbled
  if (n === 11 && t > 750) continue;
  const line = t % 97 === 0 ? `dev${n};broken` : `dev${n},${KINDS[n % 3]},${(seed % 400) + n * 10}`;
  registry.handle(t, line);
}
for (const s of registry.summaries()) console.log(s);
console.log(`quiet: ${registry.quiet(1500, 100).join(' ') || 'none'}, rejected ${registry.rejected}`);
