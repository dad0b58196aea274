// Adler-32 over a firmware block held in a number[], checked after every change.
const MOD_ADLER = 65521;

function adler32(data: number[]): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length; i++) {
    a = (a + data[i]) % MOD_ADLER;
    b = (b + a) % MOD_ADLER;
  }
  return b * 65536 + a;
}

const block: number[] = [];
for (let i = 0; i < 512; i++) block.push((i * 31 + 7) % 256);

let last = 0;
let odd = 0;
for (let round = 0; round < 40; round++) {
  block[round] = round;
  last = adler32(block);
  if (last % 2 === 1) odd++;
}
console.log(`adler32: ${last}, odd: ${odd}`);
