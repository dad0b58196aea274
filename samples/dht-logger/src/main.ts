// A temperature logger: a DHT22 (temperature and humidity) on pin 4 and DS18B20 thermometers
// on a 1-Wire bus on pin 5, read every 2 seconds (a DHT22 needs 2 s between readings); one line
// per reading. In the simulator: mpts run samples/dht-logger --sensor dht:4=21.5,40 --sensor ds18x20:5=19.25
import { DHT22 } from "dht";
import { DS18X20 } from "ds18x20";
import { Pin } from "machine";
import { OneWire } from "onewire";
import { sleep_ms } from "time";

const READINGS = 3;

const air = DHT22(Pin(4));
const probes = DS18X20(OneWire(Pin(5)));
const roms = probes.scan();
print("found", roms.length, "DS18B20 on pin 5");

/** A temperature to one decimal, as text. */
function celsius(t: number): string {
  return t.toFixed(1) + " C";
}

for (let n = 1; n <= READINGS; n++) {
  // all probes convert at once; the result is ready after 750 ms
  probes.convert_temp();
  sleep_ms(750);
  const water = roms.map((rom) => celsius(probes.read_temp(rom)));
  let line = `#${n}`;
  try {
    air.measure();
    line += ` air ${celsius(air.temperature())} ${air.humidity().toFixed(0)}%`;
  } catch (e) {
    // a DHT that does not answer in time raises OSError; the next reading may work
    if (e instanceof OSError) line += " air: no reading";
    else throw e;
  }
  print(line, "probes", water.join(", "));
  if (n < READINGS) sleep_ms(2000 - 750);
}
