// The ssd1306 driver for 128x64 and 128x32 monochrome OLED displays, from micropython-lib.
// It is not in the stock ESP32 firmware: install it on the board once with
// `mpremote mip install ssd1306`. In the simulator show() draws the screen in the log as text,
// two by four pixels per Braille character.

declare module "ssd1306" {
  import type { FrameBuffer } from "framebuf";
  /** The display: a MONO_VLSB FrameBuffer (draw with its methods), shown on show(). */
  interface SSD1306 extends FrameBuffer {
    /** Send the buffer to the screen: nothing drawn shows until this is called. */
    show(): void;
    /** Switch the screen off (the buffer is kept). */
    poweroff(): void;
    /** Switch the screen on again. */
    poweron(): void;
    /** Brightness, 0..255. */
    contrast(contrast: number): void;
    /** true shows light pixels dark and dark pixels light. */
    invert(invert: boolean | number): void;
    /** true turns the picture upside down. */
    rotate(rotate: boolean | number): void;
    /** Width in pixels. */
    readonly width: number;
    /** Height in pixels. */
    readonly height: number;
    /** The picture's bytes (width * height / 8). */
    readonly buffer: bytearray;
  }
  interface SSD1306_I2CConstructor {
    /** A `width` x `height` display on I2C bus `i2c` at address `addr` (0x3C by default). */
    new (width: number, height: number, i2c: import("machine").I2C, addr?: number, external_vcc?: boolean): SSD1306;
    /** A `width` x `height` display on I2C bus `i2c` at address `addr` (0x3C by default). */
    (width: number, height: number, i2c: import("machine").I2C, addr?: number, external_vcc?: boolean): SSD1306;
  }
  interface SSD1306_SPIConstructor {
    /** A `width` x `height` display on SPI bus `spi` with data/command, reset and chip-select pins. */
    new (width: number, height: number, spi: import("machine").SPI, dc: import("machine").Pin, res: import("machine").Pin, cs: import("machine").Pin, external_vcc?: boolean): SSD1306;
    /** A `width` x `height` display on SPI bus `spi` with data/command, reset and chip-select pins. */
    (width: number, height: number, spi: import("machine").SPI, dc: import("machine").Pin, res: import("machine").Pin, cs: import("machine").Pin, external_vcc?: boolean): SSD1306;
  }
  /** An SSD1306 OLED on I2C: `const oled = SSD1306_I2C(128, 64, new SoftI2C({ scl: Pin(22), sda: Pin(21) }))`. */
  const SSD1306_I2C: SSD1306_I2CConstructor;
  /** An SSD1306 OLED on SPI. */
  const SSD1306_SPI: SSD1306_SPIConstructor;
}
