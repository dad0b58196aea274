// MicroPython's onewire module (frozen into the ESP32 firmware): a 1-Wire bus on one pin, in
// software, for devices such as the DS18B20 thermometer (see the ds18x20 module). The bus
// needs a 4.7 kOhm pull-up resistor on its data line.

declare module "onewire" {
  /** Raised by `reset(true)` when no device answers on the bus. */
  class OneWireError extends Error {}

  /** A device's 8-byte ROM code: family byte, 6-byte serial number, CRC. */
  type Rom = bytearray;

  interface OneWire {
    /** Reset the bus: true when at least one device answered. With `required`, no answer raises OneWireError. */
    reset(required?: boolean): boolean;
    /** Read one bit (0 or 1). */
    readbit(): number;
    /** Read one byte. */
    readbyte(): number;
    /** Read bytes until `buf` is full. */
    readinto(buf: bytearray | memoryview | Uint8Array): void;
    /** Write one bit. */
    writebit(value: number): void;
    /** Write one byte. */
    writebyte(value: number): void;
    /** Write all the bytes of `buf`. */
    write(buf: BytesLike): void;
    /** Reset the bus and address the device with this ROM code (the next command is for it alone). */
    select_rom(rom: BytesLike): void;
    /** The ROM codes of every device on the bus. */
    scan(): Rom[];
    /** Dallas/Maxim CRC-8 of `data`: 0 when data ends with its own correct CRC. */
    crc8(data: BytesLike): number;
    /** The bus's pin. */
    readonly pin: import("machine").Pin;
    readonly __pythonType: "OneWire";
  }

  interface OneWireConstructor {
    /** A 1-Wire bus on `pin` (made open-drain with its pull-up on). */
    new (pin: import("machine").Pin): OneWire;
    /** A 1-Wire bus on `pin` (made open-drain with its pull-up on). */
    (pin: import("machine").Pin): OneWire;
    /** The command that starts a search for ROM codes (0xF0). */
    readonly SEARCH_ROM: number;
    /** The command that addresses one device by its ROM code (0x55). */
    readonly MATCH_ROM: number;
    /** The command that addresses every device at once (0xCC). */
    readonly SKIP_ROM: number;
  }
  /** A 1-Wire bus: `const ow = OneWire(Pin(12)); print(ow.scan())`. */
  const OneWire: OneWireConstructor;
}
