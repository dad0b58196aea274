// Debouncing a push button sampled every millisecond: a state machine that reports
// a press only after the level has been stable for 20 ms, and tells short from long presses.
enum ButtonState {
  Released,
  MaybePressed,
  Pressed,
  MaybeReleased,
}

class Button {
  state = ButtonState.Released;
  since = 0;
  pressedAt = 0;
  shortPresses = 0;
  longPresses = 0;

  constructor(
    public readonly pin: number,
    private readonly debounceMs = 20,
    private readonly longMs = 500,
  ) {}

  sample(level: boolean, now: number): void {
    switch (this.state) {
      case ButtonState.Released:
        if (level) {
          this.state = ButtonState.MaybePressed;
          this.since = now;
        }
        break;
      case ButtonState.MaybePressed:
        if (!level) {
          this.state = ButtonState.Released;
        } else if (now - this.since >= this.debounceMs) {
          this.state = ButtonState.Pressed;
          this.pressedAt = now;
        }
        break;
      case ButtonState.Pressed:
        if (!level) {
          this.state = ButtonState.MaybeReleased;
          this.since = now;
        }
        break;
      case ButtonState.MaybeReleased:
        if (level) {
          this.state = ButtonState.Pressed;
        } else if (now - this.since >= this.debounceMs) {
          this.state = ButtonState.Released;
          if (now - this.pressedAt >= this.longMs) this.longPresses++;
          else this.shortPresses++;
        }
        break;
    }
  }
}

// A level pattern with bounce: each press holds for a while, with chatter at both edges.
function levelAt(t: number): boolean {
  const phase = t % 1000;
  const hold = t % 3000 < 1000 ? 150 : 700;
  if (phase < 5) return phase % 2 === 0;
  if (phase < hold) return true;
  if (phase < hold + 6) return (phase + 1) % 2 === 0;
  return false;
}

const buttons = [new Button(0), new Button(35, 10)];
for (let now = 0; now < 9000; now++) {
  const level = levelAt(now);
  for (const b of buttons) b.sample(level, now);
}
for (const b of buttons) console.log(`pin ${b.pin}: ${b.shortPresses} short, ${b.longPresses} long`);
