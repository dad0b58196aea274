// Renders frames for a 60-pixel RGB LED strip (colour wheel + moving gradient + gamma-corrected
// breathing brightness) into a GRB byte buffer, with a running checksum over all frames.

const NUM_PIXELS = 60;
const FRAMES = 240;
const GAMMA = Array.from({ length: 256 }, (_, i) => Math.round(Math.pow(i / 255, 2.2) * 255));

interface RGB {
  r: number;
  g: number;
  b: number;
}

function hsvToRgb(h: number, s: number, v: number): RGB {
  const c = v * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = v - c;
  let r = 0, g = 0, b = 0;
  if (h < 60) { r = c; g = x; }
  else if (h < 120) { r = x; g = c; }
  else if (h < 180) { g = c; b = x; }
  else if (h < 240) { g = x; b = c; }
  else if (h < 300) { r = x; b = c; }
  else { r = c; b = x; }
  return { r: Math.round((r + m) * 255), g: Math.round((g + m) * 255), b: Math.round((b + m) * 255) };
}

class Strip {
  readonly buffer: Uint8Array;

  constructor(public readonly length: number) {
    this.buffer = new Uint8Array(length * 3);
  }

  setPixel(i: number, color: RGB, brightness: number): void {
    const o = i * 3; // WS2812 wants GRB order
    this.buffer[o] = GAMMA[Math.floor((color.g * brightness) / 255)];
    this.buffer[o + 1] = GAMMA[Math.floor((color.r * brightness) / 255)];
    this.buffer[o + 2] = GAMMA[Math.floor((color.b * brightness) / 255)];
  }

  // Fletcher-16 over the frame buffer
  checksum(): number {
    let s1 = 0, s2 = 0;
    for (const byte of this.buffer) {
      s1 = (s1 + byte) % 255;
      s2 = (s2 + s1) % 255;
    }
    return (s2 << 8) | s1;
  }
}

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

const strip = new Strip(NUM_PIXELS);
const half = NUM_PIXELS / 2;
let running = 0;
let peakMilliamps = 0;
let peakFrame = 0;
for (let frame = 0; frame < FRAMES; frame++) {
  const master = Math.round(128 + 127 * Math.sin(frame * 0.05)); // breathing effect
  for (let i = 0; i < NUM_PIXELS; i++) {
    const hue = (frame * 2.5 + (i * 360) / NUM_PIXELS) % 360;
    const pos = (i + frame * 0.75) % NUM_PIXELS; // gradient moves along the strip
    const value = pos < half ? pos / half : (NUM_PIXELS - pos) / half;
    const saturation = 0.6 + 0.4 * (pos / NUM_PIXELS);
    strip.setPixel(i, hsvToRgb(hue, saturation, value), master);
  }
  const sum = strip.checksum();
  running = (running * 31 + sum) % 1000000007;
  const milliamps = (strip.buffer.reduce((acc, v) => acc + v, 0) * 20) / 255;
  if (milliamps > peakMilliamps) {
    peakMilliamps = milliamps;
    peakFrame = frame;
  }
  if (frame % 40 === 0) {
    console.log(`frame ${String(frame).padStart(3)} bright=${master} sum=${sum.toString(16).padStart(4, "0")} ` +
      `head=${toHex(strip.buffer.subarray(0, 12))} ${milliamps.toFixed(1)}mA`);
  }
}
console.log(`frames=${FRAMES} pixels=${NUM_PIXELS} bytes=${FRAMES * strip.buffer.length}`);
console.log(`peak ${peakMilliamps.toFixed(1)}mA at frame ${peakFrame}`);
console.log(`running checksum ${running}`);
