// MicroPython's neopixel module (frozen into the ESP32 firmware): a strip of WS2812 ("NeoPixel")
// LEDs on one pin. Setting a pixel only changes a buffer in memory; write() sends the whole
// buffer to the strip. In the simulator each write() is one line of the log with the colours.

declare module "neopixel" {
  /**
   * One pixel's colour: (red, green, blue), each 0..255, or (red, green, blue, white) on a strip
   * made with bpp 4. An array literal such as `[255, 0, 0]` becomes a Python tuple.
   */
  type Color = [red: number, green: number, blue: number] | [red: number, green: number, blue: number, white: number];

  /** A strip of `n` LEDs; `np[i]` reads and sets pixel i's colour (0 is the LED nearest the board). */
  interface NeoPixel {
    /** Pixel i's colour as last set (not necessarily written yet). */
    [index: number]: Color;
    /** Set every pixel to this colour (write() shows it). */
    fill(color: Color): void;
    /** Send the colours to the strip: nothing changes on the LEDs until this is called. */
    write(): void;
    /** The strip's pin. */
    readonly pin: import("machine").Pin;
    /** The number of LEDs (`len(np)` gives it too). */
    readonly n: number;
    /** Bytes per pixel: 3 (RGB) or 4 (RGBW). */
    readonly bpp: number;
    /** The raw colour bytes in the strip's own order (green, red, blue[, white] per pixel). */
    readonly buf: bytearray;
    readonly __len__?: never;
    readonly __pythonType: "NeoPixel";
  }

  interface NeoPixelConstructor {
    /**
     * A strip of `n` LEDs on `pin` (which becomes an output), all off until written.
     * `bpp` is 3 for RGB LEDs and 4 for RGBW ones; `timing` is 1 for 800 kHz strips (WS2812,
     * the default), 0 for 400 kHz ones, or the pulse lengths in ns (high 0, low 0, high 1, low 1).
     */
    new (pin: import("machine").Pin, n: number, bpp?: 3 | 4, timing?: 0 | 1 | [high0: number, low0: number, high1: number, low1: number]): NeoPixel;
    /**
     * A strip of `n` LEDs on `pin` (which becomes an output), all off until written.
     * `bpp` is 3 for RGB LEDs and 4 for RGBW ones; `timing` is 1 for 800 kHz strips (WS2812,
     * the default), 0 for 400 kHz ones, or the pulse lengths in ns (high 0, low 0, high 1, low 1).
     */
    (pin: import("machine").Pin, n: number, bpp?: 3 | 4, timing?: 0 | 1 | [high0: number, low0: number, high1: number, low1: number]): NeoPixel;
    /** Where each colour goes within a pixel's bytes: red at 1, green at 0, blue at 2, white at 3. */
    readonly ORDER: readonly [number, number, number, number];
  }
  /** A WS2812 LED strip: `const np = NeoPixel(Pin(5), 8); np[0] = [255, 0, 0]; np.write()`. */
  const NeoPixel: NeoPixelConstructor;
}

// The ESP32 firmware's apa106 module: APA106 LEDs, which take red, green, blue in that order.
declare module "apa106" {
  import type { NeoPixel } from "neopixel";
  interface APA106Constructor {
    /** A strip of `n` APA106 LEDs on `pin`; used as a NeoPixel. */
    new (pin: import("machine").Pin, n: number, bpp?: 3 | 4, timing?: 0 | 1): NeoPixel;
    /** A strip of `n` APA106 LEDs on `pin`; used as a NeoPixel. */
    (pin: import("machine").Pin, n: number, bpp?: 3 | 4, timing?: 0 | 1): NeoPixel;
  }
  /** APA106 LEDs: `const leds = APA106(Pin(5), 8)`. */
  const APA106: APA106Constructor;
}
