// Classes, enums and a small state machine, like a board's device drivers.
enum State {
  Idle,
  Connecting,
  Connected,
  Failed,
}

abstract class Device {
  protected events: string[] = [];
  constructor(readonly name: string) {}
  abstract poll(tick: number): void;
  log(event: string): void {
    this.events.push(`${this.name}: ${event}`);
  }
  get history(): readonly string[] {
    return this.events;
  }
}

class Radio extends Device {
  state = State.Idle;
  poll(tick: number): void {
    switch (this.state) {
      case State.Idle:
        this.state = State.Connecting;
        break;
      case State.Connecting:
        this.state = tick % 3 === 0 ? State.Connected : State.Connecting;
        break;
      case State.Connected:
        this.log("up at " + tick);
        break;
      default:
        this.state = State.Failed;
    }
  }
}

const radio = new Radio("wifi");
for (let t = 0; t < 10; t++) radio.poll(t);
console.log(radio.history.length, State[radio.state] ?? radio.state);
