// Sensor frames sent as base64 text, as a board posting binary readings over HTTP or MQTT
// does: each frame (a sequence number, a timestamp and four 16-bit channels, big-endian) is
// packed into bytes, encoded, then decoded again on the "server" side and checked.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i];
    const b1 = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const b2 = i + 2 < bytes.length ? bytes[i + 2] : 0;
    const n = (b0 << 16) | (b1 << 8) | b2;
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}

function decode(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let n = 0;
  for (const ch of clean) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw new Error(`bad base64 character ${ch}`);
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

function packFrame(seq: number, time: number, channels: number[]): Uint8Array {
  const frame = new Uint8Array(4 + 2 * channels.length + 1);
  frame[0] = (seq >> 8) & 0xff;
  frame[1] = seq & 0xff;
  frame[2] = (time >> 8) & 0xff;
  frame[3] = time & 0xff;
  channels.forEach((c, k) => {
    frame[4 + 2 * k] = (c >> 8) & 0xff;
    frame[5 + 2 * k] = c & 0xff;
  });
  let sum = 0;
  for (let k = 0; k < frame.length - 1; k++) sum = (sum + frame[k]) & 0xff;
  frame[frame.length - 1] = sum;
  return frame;
}

let seed = 31337;
function sample(): number {
  seed = (seed * 214013 + 2531011) % 4294967296;
  return (seed >> 16) & 0x0fff;
}

let sentChars = 0;
let mismatches = 0;
let checksum = 0;
const shown: string[] = [];
for (let seq = 0; seq < 400; seq++) {
  const channels = [sample(), sample(), sample(), sample()];
  const frame = packFrame(seq, (seq * 250) % 65536, channels);
  const text = encode(frame);
  sentChars += text.length;
  const back = decode(text);
  if (back.length !== frame.length || back.some((b, k) => b !== frame[k])) mismatches++;
  checksum = (checksum * 31 + back[back.length - 1]) % 1000003;
  if (seq % 80 === 0) shown.push(`${seq}: ${text}`);
}
console.log(shown.join('\n'));
console.log(`frames 400, chars ${sentChars}, mismatches ${mismatches}, checksum ${checksum}`);
console.log(encode(new Uint8Array([77, 97])), encode(new Uint8Array([77])), Array.from(decode('TWE=')).join(','));
