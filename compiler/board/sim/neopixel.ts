// A NeoPixel strip's write() as the log shows it: the colours in RGB(W) hex, one
// per LED, and on a colour terminal a true-colour block per LED before them.

/**
 * The strip's bytes (hex, in the LEDs' own order: `order` gives where red, green, blue and white
 * are, green first for WS2812) as "rrggbb[ww]" per LED.
 */
export function neopixelColors(bpp: number, hex: string, order: readonly number[] = [1, 0, 2, 3]): string[] {
  const size = bpp === 4 ? 4 : 3;
  const colors: string[] = [];
  for (let at = 0; at + size * 2 <= hex.length; at += size * 2) {
    const byte = (k: number) => hex.slice(at + k * 2, at + k * 2 + 2);
    colors.push(byte(order[0]) + byte(order[1]) + byte(order[2]) + (size === 4 ? byte(order[3]) : ""));
  }
  return colors;
}

/** `ff0000 00ff00×3`: runs of one colour once, with their length. */
function runs(colors: readonly string[]): string {
  const parts: string[] = [];
  for (let i = 0; i < colors.length; ) {
    let j = i + 1;
    while (j < colors.length && colors[j] === colors[i]) j++;
    parts.push(j - i > 1 ? `${colors[i]}×${j - i}` : colors[i]);
    i = j;
  }
  return parts.join(" ");
}

/** Two block characters in the LED's colour (white added to red, green and blue for an RGBW LED). */
function block(color: string): string {
  const c = [0, 2, 4].map((k) => Math.min(255, parseInt(color.slice(k, k + 2), 16) + (color.length === 8 ? parseInt(color.slice(6, 8), 16) : 0)));
  return `\x1b[38;2;${c[0]};${c[1]};${c[2]}m██\x1b[39m`;
}

export function describeNeopixel(pin: number | string, colors: readonly string[], trueColor: boolean): string {
  const swatch = trueColor ? colors.map(block).join("") + " " : "";
  return `neopixel pin ${pin}: ${swatch}${runs(colors)}`;
}
