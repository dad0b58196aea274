// A first program: plain TypeScript, compiled to MicroPython and run in its VM.
import { describePins, type PinState } from "./pins";

const pins: PinState[] = [
  { pin: 2, name: "LED", on: true },
  { pin: 4, name: "relay", on: false },
  { pin: 5, name: "buzzer", on: false },
];

console.log(`Hello from mpts: ${pins.length} pins`);
for (const line of describePins(pins)) console.log(line);
const lit = pins.filter((p) => p.on).map((p) => p.name);
console.log("on:", lit.join(", "));
