// What the simulated board's events look like in the log.
import type { SimEvent } from "./net.js";
import { describeNeopixel } from "./neopixel.js";

/** `trueColor`: the log goes to a terminal that shows colours (NeoPixel writes get coloured blocks). */
export function describeEvent(e: SimEvent, trueColor = false): string {
  switch (e.kind) {
    case "listen": {
      const where =
        e.udp
          ? `UDP port ${e.boardPort} on the board is ${e.host}:${e.port} on this computer`
          : `port ${e.boardPort} on the board is ${e.host}:${e.port} on this computer` +
            ([80, 8000, 8080].includes(e.boardPort) ? ` (http://${e.host}:${e.port}/)` : "");
      return e.asked === undefined ? where : `${where}; the program bound ${JSON.stringify(e.asked)}, which the simulator binds at ${e.host} (--host to change)`;
    }
    case "pin":
      return `pin ${e.pin} = ${e.value}`;
    case "oled":
      return e.lines.length ? e.lines.map((l) => "oled | " + l).join("\n") : "oled (blank)";
    case "neopixel":
      return describeNeopixel(e.pin, e.colors, trueColor);
    case "wifi":
      return "wifi: " + e.text;
    case "board":
      return e.text;
  }
}
