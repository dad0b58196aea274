// A BME280 weather sensor read over I2C, as a board logging the weather does: the factory
// calibration block is decoded once (little-endian 16-bit words, some signed), then each burst
// of eight raw register bytes is turned into temperature, pressure and humidity with the
// datasheet's floating-point compensation formulas, and the readings are summarised.

interface Calibration {
  t1: number; t2: number; t3: number;
  p1: number; p2: number; p3: number; p4: number; p5: number; p6: number; p7: number; p8: number; p9: number;
  h1: number; h2: number; h3: number; h4: number; h5: number; h6: number;
}

interface Reading {
  temperature: number;
  pressure: number;
  humidity: number;
}

function u16(buf: Uint8Array, i: number): number {
  return buf[i] | (buf[i + 1] << 8);
}

function s16(buf: Uint8Array, i: number): number {
  const v = u16(buf, i);
  return v > 32767 ? v - 65536 : v;
}

function decodeCalibration(a: Uint8Array, b: Uint8Array): Calibration {
  const h4 = (b[3] << 4) | (b[4] & 0x0f);
  const h5 = (b[5] << 4) | (b[4] >> 4);
  return {
    t1: u16(a, 0), t2: s16(a, 2), t3: s16(a, 4),
    p1: u16(a, 6), p2: s16(a, 8), p3: s16(a, 10), p4: s16(a, 12), p5: s16(a, 14),
    p6: s16(a, 16), p7: s16(a, 18), p8: s16(a, 20), p9: s16(a, 22),
    h1: a[25], h2: s16(b, 0), h3: b[2],
    h4: h4 > 2047 ? h4 - 4096 : h4,
    h5: h5 > 2047 ? h5 - 4096 : h5,
    h6: b[6] > 127 ? b[6] - 256 : b[6],
  };
}

class Bme280 {
  private fine = 0;

  constructor(private cal: Calibration) {}

  compensate(raw: Uint8Array): Reading {
    const adcP = (raw[0] << 12) | (raw[1] << 4) | (raw[2] >> 4);
    const adcT = (raw[3] << 12) | (raw[4] << 4) | (raw[5] >> 4);
    const adcH = (raw[6] << 8) | raw[7];
    const c = this.cal;

    let var1 = (adcT / 16384 - c.t1 / 1024) * c.t2;
    let var2 = (adcT / 131072 - c.t1 / 8192) * (adcT / 131072 - c.t1 / 8192) * c.t3;
    this.fine = var1 + var2;
    const temperature = this.fine / 5120;

    var1 = this.fine / 2 - 64000;
    var2 = (var1 * var1 * c.p6) / 32768;
    var2 = var2 + var1 * c.p5 * 2;
    var2 = var2 / 4 + c.p4 * 65536;
    var1 = ((c.p3 * var1 * var1) / 524288 + c.p2 * var1) / 524288;
    var1 = (1 + var1 / 32768) * c.p1;
    let pressure = 0;
    if (var1 !== 0) {
      pressure = 1048576 - adcP;
      pressure = ((pressure - var2 / 4096) * 6250) / var1;
      var1 = (c.p9 * pressure * pressure) / 2147483648;
      var2 = (pressure * c.p8) / 32768;
      pressure = pressure + (var1 + var2 + c.p7) / 16;
    }

    let h = this.fine - 76800;
    h = (adcH - (c.h4 * 64 + (c.h5 / 16384) * h)) *
      ((c.h2 / 65536) * (1 + (c.h6 / 67108864) * h * (1 + (c.h3 / 67108864) * h)));
    h = h * (1 - (c.h1 * h) / 524288);
    const humidity = Math.min(100, Math.max(0, h));

    return { temperature, pressure: pressure / 100, humidity };
  }
}

// the calibration block of a real part (registers 0x88..0xA1 and 0xE1..0xE7)
const CAL_A = new Uint8Array([
  0x70, 0x6b, 0x43, 0x67, 0x18, 0xfc, 0x7d, 0x8e, 0x43, 0xd6, 0xd0, 0x0b, 0x27, 0x0b,
  0x8c, 0x00, 0xf9, 0xff, 0x8c, 0x3c, 0xf8, 0xc6, 0x70, 0x17, 0x00, 0x4b,
]);
const CAL_B = new Uint8Array([0x5f, 0x01, 0x00, 0x17, 0x2b, 0x03, 0x1e]);

const sensor = new Bme280(decodeCalibration(CAL_A, CAL_B));
const raw = new Uint8Array(8);
let seed = 4242;
function noise(span: number): number {
  seed = (seed * 75 + 74) % 65537;
  return seed % span;
}

let minT = Infinity;
let maxT = -Infinity;
let sumP = 0;
let sumH = 0;
const log: string[] = [];
const SAMPLES = 600;
for (let i = 0; i < SAMPLES; i++) {
  // a slow daily swing plus noise, as the ADC delivers it (20-bit pressure and temperature, 16-bit humidity)
  const adcT = 519888 + ((i * 37) % 4000) + noise(200);
  const adcP = 415148 - ((i * 13) % 3000) + noise(150);
  const adcH = 30000 + ((i * 11) % 5000) + noise(300);
  raw[0] = adcP >> 12;
  raw[1] = (adcP >> 4) & 0xff;
  raw[2] = (adcP & 0x0f) << 4;
  raw[3] = adcT >> 12;
  raw[4] = (adcT >> 4) & 0xff;
  raw[5] = (adcT & 0x0f) << 4;
  raw[6] = adcH >> 8;
  raw[7] = adcH & 0xff;
  const r = sensor.compensate(raw);
  minT = Math.min(minT, r.temperature);
  maxT = Math.max(maxT, r.temperature);
  sumP += r.pressure;
  sumH += r.humidity;
  if (i % 100 === 0) {
    log.push(`#${i} ${r.temperature.toFixed(2)} C ${r.pressure.toFixed(1)} hPa ${r.humidity.toFixed(1)} %`);
  }
}
console.log(log.join('\n'));
console.log(`temperature ${minT.toFixed(2)}..${maxT.toFixed(2)} C, mean pressure ${(sumP / SAMPLES).toFixed(2)} hPa, mean humidity ${(sumH / SAMPLES).toFixed(1)} %`);
