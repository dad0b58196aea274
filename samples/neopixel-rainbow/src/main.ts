// A NeoPixel rainbow: eight WS2812 LEDs on pin 5 show a colour wheel that turns one step per
// frame. Setting np[i] only changes the strip's buffer; write() shows it (in the simulator, one
// log line per write). After the animation the strip is switched off.
import { Pin } from "machine";
import { NeoPixel, type Color } from "neopixel";
import { sleep_ms } from "time";

const LEDS = 8; // 256 / LEDS = 32 steps of the wheel between neighbours
const FRAMES = 4;
const np = NeoPixel(Pin(5), LEDS);

/** The colour at `pos` (0..255) on a red -> green -> blue -> red wheel. */
function wheel(pos: number): Color {
  if (pos < 85) return [255 - pos * 3, pos * 3, 0];
  if (pos < 170) {
    pos -= 85;
    return [0, 255 - pos * 3, pos * 3];
  }
  pos -= 170;
  return [pos * 3, 0, 255 - pos * 3];
}

for (let frame = 0; frame < FRAMES; frame++) {
  for (let i = 0; i < len(np); i++) np[i] = wheel(((i + frame) * 32) % 256);
  np.write();
  sleep_ms(50);
}
const [r, g, b] = np[0];
print("first LED was", r, g, b);
np.fill([0, 0, 0]);
np.write();
print("done");
