// A class-heavy loop: devices with methods and a counter.
class Led {
  private level = 0;
  toggles = 0;
  constructor(readonly pin: number) {}
  toggle(): void {
    this.level = this.level === 0 ? 1 : 0;
    this.toggles++;
  }
  get on(): boolean {
    return this.level === 1;
  }
}

const leds: Led[] = [];
for (let i = 0; i < 8; i++) leds.push(new Led(i));
let lit = 0;
for (let n = 0; n < 2000; n++) {
  const led = leds[n % 8];
  led.toggle();
  if (led.on) lit++;
}
print(lit, leds[3].toggles);
