// A sensor hub polling different kinds of sensors through one interface, as a board with a
// thermistor, a light sensor and a flow meter on its pins does: each sensor turns its raw ADC
// count or pulse count into a value, the hub keeps per-sensor statistics and raises alerts when
// a reading leaves its configured band.

interface Band {
  low: number;
  high: number;
}

abstract class Sensor {
  static created = 0;
  readings = 0;

  constructor(readonly name: string, readonly unit: string, protected band: Band) {
    Sensor.created++;
  }

  abstract convert(raw: number): number;

  get label(): string {
    return `${this.name} [${this.unit}]`;
  }

  read(raw: number): number {
    this.readings++;
    return this.convert(raw);
  }

  outOfBand(value: number): boolean {
    return value < this.band.low || value > this.band.high;
  }
}

class Thermistor extends Sensor {
  constructor(name: string, private beta: number) {
    super(name, 'C', { low: 18, high: 27 });
  }

  convert(raw: number): number {
    // 10k NTC in a divider with 10k, 12-bit ADC; the Beta equation
    const resistance = (10000 * raw) / (4095 - raw);
    const kelvin = 1 / (1 / 298.15 + Math.log(resistance / 10000) / this.beta);
    return kelvin - 273.15;
  }
}

class LightSensor extends Sensor {
  constructor(name: string) {
    super(name, 'lx', { low: 50, high: 900 });
  }

  convert(raw: number): number {
    const volts = (raw * 3.3) / 4095;
    return Math.round(500 * Math.pow(volts / 3.3, 1.4) * 2);
  }
}

class FlowMeter extends Sensor {
  private total = 0;

  constructor(name: string, private pulsesPerLitre: number) {
    super(name, 'l/min', { low: 0.5, high: 12 });
  }

  convert(pulses: number): number {
    this.total += pulses;
    return (pulses * 60) / this.pulsesPerLitre;
  }

  get litres(): number {
    return this.total / this.pulsesPerLitre;
  }
}

interface Stats {
  min: number;
  max: number;
  sum: number;
  count: number;
  alerts: number;
}

class Hub {
  private stats = new Map<string, Stats>();
  private log: string[] = [];

  constructor(private sensors: Sensor[]) {
    for (const s of sensors) this.stats.set(s.name, { min: Infinity, max: -Infinity, sum: 0, count: 0, alerts: 0 });
  }

  poll(tick: number, raws: number[]): void {
    this.sensors.forEach((sensor, i) => {
      const value = sensor.read(raws[i]);
      const st = this.stats.get(sensor.name)!;
      st.min = Math.min(st.min, value);
      st.max = Math.max(st.max, value);
      st.sum += value;
      st.count++;
      if (sensor.outOfBand(value)) {
        st.alerts++;
        if (st.alerts <= 2) this.log.push(`t=${tick} ${sensor.label} out of band: ${value.toFixed(1)}`);
      }
    });
  }

  report(): string[] {
    const lines = [...this.log];
    for (const sensor of this.sensors) {
      const st = this.stats.get(sensor.name)!;
      const mean = st.sum / st.count;
      lines.push(`${sensor.label}: min ${st.min.toFixed(2)} max ${st.max.toFixed(2)} mean ${mean.toFixed(2)} alerts ${st.alerts}`);
    }
    return lines;
  }
}

const flow = new FlowMeter('pump', 450);
const hub = new Hub([new Thermistor('air', 3950), new Thermistor('water', 3435), new LightSensor('window'), flow]);
let seed = 1234;
function jitter(span: number): number {
  seed = (seed * 171) % 30269;
  return seed % span;
}

for (let tick = 0; tick < 1500; tick++) {
  const phase = tick % 300;
  hub.poll(tick, [1900 + phase + jitter(40), 2100 - phase + jitter(30), 200 + phase * 9 + jitter(100), 5 + jitter(6) + (phase > 280 ? 120 : 0)]);
}
console.log(hub.report().join('\n'));
console.log(`sensors ${Sensor.created}, pumped ${flow.litres.toFixed(1)} l, readings ${flow.readings}`);
