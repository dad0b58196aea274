// Drawing a status screen into a 128x64 monochrome OLED frame buffer (SSD1306 layout: each
// byte is a column of 8 pixels in a 'page' of 8 rows), as a board with a small display does
// every refresh: text from a 5x7 font, a frame, a bar graph of recent readings and a sparkline,
// then the bytes a display driver would send, checksummed.

const WIDTH = 128;
const HEIGHT = 64;

// 5x7 glyphs, one byte per column (bit 0 at the top), for the characters the screen uses
const FONT: Record<string, number[]> = {
  '0': [0x3e, 0x51, 0x49, 0x45, 0x3e], '1': [0x00, 0x42, 0x7f, 0x40, 0x00], '2': [0x42, 0x61, 0x51, 0x49, 0x46],
  '3': [0x21, 0x41, 0x45, 0x4b, 0x31], '4': [0x18, 0x14, 0x12, 0x7f, 0x10], '5': [0x27, 0x45, 0x45, 0x45, 0x39],
  '6': [0x3c, 0x4a, 0x49, 0x49, 0x30], '7': [0x01, 0x71, 0x09, 0x05, 0x03], '8': [0x36, 0x49, 0x49, 0x49, 0x36],
  '9': [0x06, 0x49, 0x49, 0x29, 0x1e], '.': [0x00, 0x60, 0x60, 0x00, 0x00], ':': [0x00, 0x36, 0x36, 0x00, 0x00],
  ' ': [0x00, 0x00, 0x00, 0x00, 0x00], '%': [0x23, 0x13, 0x08, 0x64, 0x62], 'C': [0x3e, 0x41, 0x41, 0x41, 0x22],
  'T': [0x01, 0x01, 0x7f, 0x01, 0x01], 'H': [0x7f, 0x08, 0x08, 0x08, 0x7f], 'P': [0x7f, 0x09, 0x09, 0x09, 0x06],
  'a': [0x20, 0x54, 0x54, 0x54, 0x78], 'h': [0x7f, 0x08, 0x04, 0x04, 0x78], 'm': [0x7c, 0x04, 0x18, 0x04, 0x78],
};

class FrameBuffer {
  readonly buffer = new Uint8Array((WIDTH * HEIGHT) / 8);

  clear(): void {
    this.buffer.fill(0);
  }

  pixel(x: number, y: number, on: boolean): void {
    if (x < 0 || x >= WIDTH || y < 0 || y >= HEIGHT) return;
    const index = x + (y >> 3) * WIDTH;
    if (on) this.buffer[index] |= 1 << (y & 7);
    else this.buffer[index] &= ~(1 << (y & 7));
  }

  hline(x: number, y: number, w: number): void {
    for (let i = 0; i < w; i++) this.pixel(x + i, y, true);
  }

  vline(x: number, y: number, h: number): void {
    for (let i = 0; i < h; i++) this.pixel(x, y + i, true);
  }

  rect(x: number, y: number, w: number, h: number): void {
    this.hline(x, y, w);
    this.hline(x, y + h - 1, w);
    this.vline(x, y, h);
    this.vline(x + w - 1, y, h);
  }

  text(x: number, y: number, s: string): number {
    for (const ch of s) {
      const glyph = FONT[ch] ?? FONT[' '];
      for (let col = 0; col < 5; col++) {
        const bits = glyph[col];
        for (let row = 0; row < 7; row++) this.pixel(x + col, y + row, (bits & (1 << row)) !== 0);
      }
      x += 6;
    }
    return x;
  }
}

function checksum(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const v of bytes) {
    a = (a + v) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const fb = new FrameBuffer();
const history: number[] = [];
let seed = 99;
let sums = 0;
for (let frame = 0; frame < 12; frame++) {
  seed = (seed * 75 + 74) % 65537;
  const temp = 180 + (seed % 90); // tenths of a degree
  const hum = 30 + (seed % 50);
  history.push(temp);
  if (history.length > 24) history.shift();

  fb.clear();
  fb.rect(0, 0, WIDTH, HEIGHT);
  let x = fb.text(4, 4, `T ${(temp / 10).toFixed(1)}C`);
  fb.text(x + 6, 4, `H ${hum}%`);
  fb.text(4, 14, `12:${String(frame * 5).padStart(2, '0')}`);
  // bar graph of the latest readings, 3 pixels wide, up to 30 high
  history.forEach((t, i) => {
    const h = Math.round(((t - 150) / 150) * 30);
    for (let k = 0; k < 3; k++) fb.vline(4 + i * 4 + k, 60 - h, h);
  });
  sums = (sums * 31 + checksum(fb.buffer)) % 1000000007;
  if (frame % 4 === 3) {
    const lit = fb.buffer.reduce((n, byte) => {
      let c = 0;
      for (let v = byte; v; v >>= 1) c += v & 1;
      return n + c;
    }, 0);
    console.log(`frame ${frame}: ${lit} pixels lit, checksum ${checksum(fb.buffer).toString(16)}`);
  }
}
console.log(`all frames: ${sums}`);
