// MicroPython's dht module (frozen into the ESP32 firmware): DHT11 and DHT22 (AM2302)
// temperature and humidity sensors on one data pin. measure() talks to the sensor; the other
// methods return what the last measure() read. In the simulator the readings come from
// `mpts run --sensor dht:PIN=TEMP,HUMIDITY` (20 °C and 50 % otherwise).

declare module "dht" {
  /** What both sensors have. */
  interface DHTBase {
    /**
     * Read the sensor (it needs about 1 s between readings, 2 s for a DHT22). Raises OSError
     * (ETIMEDOUT) when no sensor answers and Exception("checksum error") on a garbled reading.
     */
    measure(): void;
    /** The pin the sensor is on. */
    readonly pin: import("machine").Pin;
    /** The five bytes the last measure() read (humidity, temperature, checksum). */
    readonly buf: bytearray;
  }

  /** A DHT11: whole degrees (0..50 °C) and whole percent (20..90 %). */
  interface DHT11 extends DHTBase {
    /** The temperature of the last measure(), in whole °C. */
    temperature(): u16;
    /** The relative humidity of the last measure(), in whole percent. */
    humidity(): u16;
    readonly __pythonType: "DHT11";
  }

  /** A DHT22 (AM2302): tenths of a degree (-40..80 °C) and tenths of a percent. */
  interface DHT22 extends DHTBase {
    /** The temperature of the last measure(), in °C, to 0.1 °C (a count of tenths times 0.1). */
    temperature(): f16;
    /** The relative humidity of the last measure(), in percent, to 0.1 % (a count of tenths times 0.1). */
    humidity(): uf16;
    readonly __pythonType: "DHT22";
  }

  interface DHT11Constructor {
    /** A DHT11 on `pin`; call measure() before reading its values. */
    new (pin: import("machine").Pin): DHT11;
    /** A DHT11 on `pin`; call measure() before reading its values. */
    (pin: import("machine").Pin): DHT11;
  }
  interface DHT22Constructor {
    /** A DHT22 on `pin`; call measure() before reading its values. */
    new (pin: import("machine").Pin): DHT22;
    /** A DHT22 on `pin`; call measure() before reading its values. */
    (pin: import("machine").Pin): DHT22;
  }
  /** A DHT11 sensor: `const d = DHT11(Pin(4)); d.measure(); print(d.temperature())`. */
  const DHT11: DHT11Constructor;
  /** A DHT22 (AM2302) sensor: `const d = DHT22(Pin(4)); d.measure(); print(d.temperature(), d.humidity())`. */
  const DHT22: DHT22Constructor;
}
