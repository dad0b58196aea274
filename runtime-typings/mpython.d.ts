// The mpython module of the mPython board (labplus "掌控板", an ESP32 board with a 128x64 OLED):
// its Wi-Fi helper class and its display. Python's `from mpython import *` has no TypeScript
// form: import the names you use, `import { wifi, oled } from "mpython"`.

declare module "mpython" {
  import type { WLAN } from "network";

  /** A text drawing mode for `DispChar`: `TextMode.normal`, `rev`, `trans` or `xor`. */
  type TextMode = Brand<"TextMode">;
  /** The pixel width of a drawn text and where the next text can continue: (width, (x, y)). */
  type TextExtent = [width: number, next: [x: number, y: number]];
  /** A font module made by micropython-font-to-py (`import * as font from "./font"` with its own typings). */
  interface FontModule {
    /** The glyph bitmap of `ch`, its height and width in pixels. */
    get_ch(ch: string): [glyph: memoryview, height: number, width: number];
    /** True when the glyphs are stored row by row (required by `DispChar_font`). */
    hmap(): boolean;
    /** True when the bit order within a byte is reversed. */
    reverse(): boolean;
  }

  /** Wi-Fi made simple: join a router with `connectWiFi`, or open the board's own hotspot with `enable_APWiFi`. */
  interface wifi {
    /** The station interface (a `network.WLAN`), for example `sta.ifconfig()[0]` is the board's IP address. */
    readonly sta: WLAN;
    /** The access point interface (a `network.WLAN`). */
    readonly ap: WLAN;
    /**
     * Join the network `ssid` with `password`, waiting until connected and printing the settings;
     * raises OSError when it does not connect within `timeout` seconds (default 10).
     */
    connectWiFi(ssid: string, password: string, timeout?: number): void;
    /** Leave the network and switch the station interface off. */
    disconnectWiFi(): void;
    /**
     * Open the board's own Wi-Fi network `essid`: WPA/WPA2 with `password`, or open when it is
     * empty (the default); `channel` is 1..13 (default 10). Older firmware took `(essid, channel)`.
     */
    enable_APWiFi(essid: string, password?: string | BytesLike, channel?: number): void;
    /** Switch the board's own Wi-Fi network off. */
    disable_APWiFi(): void;
    readonly __pythonType: "wifi";
  }

  interface WifiConstructor {
    /** Make the helper; it takes the station and access point interfaces. */
    new (): wifi;
    (): wifi;
  }
  /** The Wi-Fi helper class: `const mywifi = wifi(); mywifi.connectWiFi("ssid", "password")`. */
  const wifi: WifiConstructor;

  /**
   * The board's 1.3-inch 128x64 monochrome OLED. Drawing changes a buffer in memory; `show()` sends it
   * to the screen. Coordinates are pixels from the top left corner; colour `c` is 1 (lit) or 0 (dark).
   */
  interface OLED {
    /** Draw text in the board's 16-pixel-high font (Chinese, Japanese, Korean and Latin); returns its width and where to continue. */
    DispChar(text: string, x: number, y: number, mode?: TextMode, auto_return?: boolean): TextExtent;
    /** Draw text in a font converted with micropython-font-to-py; `invert` swaps lit and dark. */
    DispChar_font(font: FontModule, text: string, x: number, y: number, invert?: boolean): TextExtent;
    /** Send the drawing to the screen. */
    show(): void;
    /** Fill the whole screen with colour `c` (0 clears it). */
    fill(c: number): void;
    /** The colour of one pixel. */
    pixel(x: number, y: number): number;
    /** Set one pixel to colour `c`. */
    pixel(x: number, y: number, c: number): void;
    /** A horizontal line `w` pixels long. */
    hline(x: number, y: number, w: number, c: number): void;
    /** A vertical line `h` pixels long. */
    vline(x: number, y: number, h: number, c: number): void;
    /** A line from (x1, y1) to (x2, y2). */
    line(x1: number, y1: number, x2: number, y2: number, c: number): void;
    /** A rectangle outline, `w` by `h` pixels. */
    rect(x: number, y: number, w: number, h: number, c: number): void;
    /** A filled rectangle, `w` by `h` pixels (`fill_rect(0, 48, 128, 16, 0)` clears the bottom line of text). */
    fill_rect(x: number, y: number, w: number, h: number, c: number): void;
    /** A circle outline around (x, y). */
    circle(x: number, y: number, radius: number, c: number): void;
    /** A filled circle around (x, y). */
    fill_circle(x: number, y: number, radius: number, c: number): void;
    /** A triangle outline through three corners. */
    triangle(x0: number, y0: number, x1: number, y1: number, x2: number, y2: number, c: number): void;
    /** A filled triangle through three corners. */
    fill_triangle(x0: number, y0: number, x1: number, y1: number, x2: number, y2: number, c: number): void;
    /** A rectangle outline with corners rounded by radius `r`. */
    RoundRect(x: number, y: number, w: number, h: number, r: number, c: number): void;
    /** Draw a `w` by `h` picture, one bit per pixel, rows of bytes with the leftmost pixel in the high bit. */
    bitmap(x: number, y: number, bitmap: BytesLike, w: number, h: number, c: number): void;
    /** Text in the small built-in 8x8 font (ASCII only); colour 1 when omitted. */
    text(text: string, x: number, y: number, c?: number): void;
    /** Shift the drawing by `dx`, `dy` pixels (what moves in stays as it was). */
    scroll(dx: number, dy: number): void;
    /** The screen brightness, 0..255. */
    contrast(brightness: number): void;
    /** 1: show lit pixels dark and dark ones lit; 0: normal. */
    invert(n: number | boolean): void;
    /** Switch the screen on. */
    poweron(): void;
    /** Switch the screen off (the drawing is kept). */
    poweroff(): void;
    readonly __pythonType: "OLED";
  }
  /** The OLED display (present when the board's screen answers on I2C). */
  const oled: OLED;
  /** Another name for `oled`. */
  const display: OLED;

  /**
   * labplus's print, which `from mpython import *` puts in place of Python's: the same, except that
   * a text starting with a Chinese character gets a space first. Import it to print as the board's examples do.
   */
  function print(...values: unknown[]): void;

  /** The text modes of `DispChar`. */
  const TextMode: {
    /** Lit text on a dark background (the default). */
    readonly normal: TextMode;
    /** Dark text on a lit background. */
    readonly rev: TextMode;
    /** Lit text, leaving the background as it was. */
    readonly trans: TextMode;
    /** Text that inverts what is under it. */
    readonly xor: TextMode;
  };
}
