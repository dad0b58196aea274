export interface PinState {
  pin: number;
  name: string;
  on: boolean;
}

export function describePins(pins: PinState[]): string[] {
  return pins.map((p) => `GPIO${String(p.pin).padStart(2, "0")} ${p.name.padEnd(7)} ${p.on ? "on" : "off"}`);
}
