// Publishing sensor readings as JSON, the way a board sends them over MQTT.
interface Reading {
  sensor: string;
  temp: number;
  hum: number;
  ok: boolean;
  ts: number;
}

function makeReading(n: number): Reading {
  return {
    sensor: "bme280",
    temp: 18 + (n % 40) / 4,
    hum: 35 + (n % 17),
    ok: n % 50 !== 0,
    ts: 1700000000 + n * 5,
  };
}

let bytes = 0;
let last = "";
for (let n = 0; n < 400; n++) {
  const payload = JSON.stringify(makeReading(n));
  bytes += payload.length;
  last = payload;
}
console.log(last);
console.log(`sent ${bytes} bytes`);
