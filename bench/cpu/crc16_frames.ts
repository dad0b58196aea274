// CRC-16/CCITT over text frames sent to a gateway: the frame's bytes, then the checksum bit by bit.
function crc16(bytes: number[]): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      if (crc & 0x8000) {
        crc = ((crc << 1) ^ 0x1021) & 0xffff;
      } else {
        crc = (crc << 1) & 0xffff;
      }
    }
  }
  return crc;
}

function toBytes(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff);
  return out;
}

let combined = 0;
let sent = 0;
for (let n = 0; n < 120; n++) {
  const frame = `id=${n};temp=${20 + (n % 7)};hum=${40 + (n % 13)}`;
  const crc = crc16(toBytes(frame));
  combined ^= crc;
  sent += frame.length + 2;
}
console.log(`frames sent: ${sent} bytes, crc ${combined.toString(16)}`);
