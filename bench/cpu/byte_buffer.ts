// A checksum over a byte buffer, as a board does for a received packet.
const buf = bytearray(1024);
for (let i = 0; i < len(buf); i++) buf[i] = (i * 7) & 0xff;

function checksum(data: bytearray): number {
  let sum = 0;
  for (let i = 0; i < len(data); i++) {
    sum = (sum + data[i]) & 0xffff;
  }
  return sum;
}

let total = 0;
for (let n = 0; n < 60; n++) total += checksum(buf);
print(total);
