// MicroPython's framebuf module: drawing (pixels, lines, rectangles, ellipses, polygons, 8x8
// text) into a buffer of bytes laid out as a display wants it. A display driver such as ssd1306
// is a FrameBuffer whose show() sends the buffer to the screen.
// Colours are numbers in the buffer's format: 0/1 for MONO formats, 0..3 GS2, 0..15 GS4,
// 0..255 GS8, and 16-bit 5-6-5 RGB for RGB565.

declare module "framebuf" {
  /** A buffer layout: framebuf.MONO_VLSB, MONO_HLSB, MONO_HMSB, RGB565, GS2_HMSB, GS4_HMSB or GS8. */
  type Format = Brand<"FrameBufferFormat">;

  /** What blit() draws: another FrameBuffer, or (buffer, width, height, format[, stride]). */
  type BlitSource =
    | FrameBuffer
    | [buffer: BytesLike, width: number, height: number, format: Format]
    | [buffer: BytesLike, width: number, height: number, format: Format, stride: number];

  interface FrameBuffer {
    /** Set every pixel to colour `c`. */
    fill(c: number): void;
    /** The colour of pixel (x, y) (undefined outside the buffer). */
    pixel(x: number, y: number): number | undefined;
    /** Set pixel (x, y) to colour `c`. */
    pixel(x: number, y: number, c: number): void;
    /** A horizontal line of `w` pixels from (x, y). */
    hline(x: number, y: number, w: number, c: number): void;
    /** A vertical line of `h` pixels from (x, y). */
    vline(x: number, y: number, h: number, c: number): void;
    /** A line from (x1, y1) to (x2, y2). */
    line(x1: number, y1: number, x2: number, y2: number, c: number): void;
    /** A `w` by `h` rectangle's outline from its top left corner (x, y); filled when `f` is true. */
    rect(x: number, y: number, w: number, h: number, c: number, f?: boolean): void;
    /** A filled `w` by `h` rectangle from its top left corner (x, y). */
    fill_rect(x: number, y: number, w: number, h: number, c: number): void;
    /**
     * An ellipse centred on (x, y) with radii `xr` and `yr` (equal radii: a circle), filled when
     * `f` is true. `m` draws only some quarters: bit 0 the top right, then counterclockwise.
     */
    ellipse(x: number, y: number, xr: number, yr: number, c: number, f?: boolean, m?: number): void;
    /** A closed polygon through the points in `coords` (`array("h", [x0, y0, x1, y1, ...])`), placed at (x, y). */
    poly(x: number, y: number, coords: import("array").array, c: number, f?: boolean): void;
    /** Text in the built-in 8x8 font, its top left corner at (x, y), in colour `c` (1 by default). */
    text(s: string, x: number, y: number, c?: number): void;
    /** Move the contents by (xstep, ystep) pixels; what was uncovered keeps its old pixels. */
    scroll(xstep: number, ystep: number): void;
    /**
     * Draw `fbuf` with its top left corner at (x, y). Pixels of colour `key` are left out
     * (transparent); `palette` (a 1-pixel-high FrameBuffer of this one's format) maps source colours.
     */
    blit(fbuf: BlitSource, x: number, y: number, key?: number, palette?: FrameBuffer | null): void;
    readonly __pythonType: "FrameBuffer";
  }

  interface FrameBufferConstructor {
    /**
     * Draw into `buffer` as a `width` x `height` picture in `format`; `stride` is the number of
     * pixels between the starts of two rows (the width by default). The buffer must be big enough:
     * width * height / 8 bytes for MONO formats, * 2 for RGB565.
     */
    new (buffer: bytearray | memoryview | Uint8Array, width: number, height: number, format: Format, stride?: number): FrameBuffer;
    /**
     * Draw into `buffer` as a `width` x `height` picture in `format`; `stride` is the number of
     * pixels between the starts of two rows (the width by default). The buffer must be big enough:
     * width * height / 8 bytes for MONO formats, * 2 for RGB565.
     */
    (buffer: bytearray | memoryview | Uint8Array, width: number, height: number, format: Format, stride?: number): FrameBuffer;
  }
  /** A picture in a buffer: `const fb = FrameBuffer(bytearray(1024), 128, 64, MONO_VLSB)`. */
  const FrameBuffer: FrameBufferConstructor;

  /** One bit per pixel, a byte holds 8 pixels of a column, top pixel in bit 0 (SSD1306 displays). */
  const MONO_VLSB: Format;
  /** One bit per pixel, a byte holds 8 pixels of a row, left pixel in bit 7. */
  const MONO_HLSB: Format;
  /** One bit per pixel, a byte holds 8 pixels of a row, left pixel in bit 0. */
  const MONO_HMSB: Format;
  /** 16 bits per pixel: red 5 bits, green 6, blue 5. */
  const RGB565: Format;
  /** Two bits per pixel (4 greys), left pixel in the lowest bits. */
  const GS2_HMSB: Format;
  /** Four bits per pixel (16 greys), left pixel in the lowest bits. */
  const GS4_HMSB: Format;
  /** Eight bits per pixel (256 greys). */
  const GS8: Format;
}
