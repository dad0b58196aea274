// MicroPython's ds18x20 module (frozen into the ESP32 firmware): DS18S20, DS1822 and DS18B20
// thermometers on a 1-Wire bus. convert_temp() starts a measurement on every sensor at once;
// wait 750 ms, then read_temp(rom) each. In the simulator the readings come from
// `mpts run --sensor ds18x20:PIN=TEMP[,TEMP...]` (one sensor at 20 °C otherwise).

declare module "ds18x20" {
  interface DS18X20 {
    /** The ROM codes of the thermometers on the bus (other 1-Wire devices left out). */
    scan(): bytearray[];
    /** Start a temperature conversion on every thermometer; the result is ready after 750 ms. */
    convert_temp(): void;
    /** The temperature the sensor with this ROM code last converted, in °C (1/16 °C steps on a DS18B20). */
    read_temp(rom: BytesLike): f16;
    /** The sensor's 9-byte scratchpad (raises Exception("CRC error") when it arrives garbled). */
    read_scratch(rom: BytesLike): bytearray;
    /** Write the 3 bytes of alarm thresholds and configuration (the resolution on a DS18B20). */
    write_scratch(rom: BytesLike, buf: BytesLike): void;
    /** The bus the sensors are on. */
    readonly ow: import("onewire").OneWire;
    readonly __pythonType: "DS18X20";
  }
  interface DS18X20Constructor {
    /** The thermometers on 1-Wire bus `ow`. */
    new (ow: import("onewire").OneWire): DS18X20;
    /** The thermometers on 1-Wire bus `ow`. */
    (ow: import("onewire").OneWire): DS18X20;
  }
  /** DS18x20 thermometers: `const ds = DS18X20(OneWire(Pin(12))); ds.convert_temp(); sleep_ms(750); ds.read_temp(rom)`. */
  const DS18X20: DS18X20Constructor;
}
