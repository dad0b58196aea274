// A small state machine driven by events, like a Wi-Fi reconnect loop.
const IDLE = 0;
const CONNECTING = 1;
const CONNECTED = 2;
const FAILED = 3;

function step(state: number, event: number): number {
  switch (state) {
    case IDLE:
      return event === 1 ? CONNECTING : IDLE;
    case CONNECTING:
      if (event === 2) return CONNECTED;
      if (event === 3) return FAILED;
      return CONNECTING;
    case CONNECTED:
      return event === 3 ? IDLE : CONNECTED;
    default:
      return event === 1 ? CONNECTING : FAILED;
  }
}

let state = IDLE;
let changes = 0;
for (let i = 0; i < 20000; i++) {
  const next = step(state, i % 4);
  if (next !== state) changes++;
  state = next;
}
print(changes, state);
