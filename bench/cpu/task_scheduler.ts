// Cooperative scheduler of periodic tasks driven by a simulated 1 ms clock over one minute;
// tasks are added and removed during the run, then per-task run counts and device state are printed.

type TaskFn = (now: number) => void;

class Task {
  runs = 0;
  lastRun = -1;
  nextDue: number;

  constructor(readonly name: string, readonly interval: number, readonly fn: TaskFn, start: number) {
    this.nextDue = start + interval;
  }
}

class Scheduler {
  private tasks: Task[] = [];
  readonly history: Task[] = [];

  add(name: string, interval: number, fn: TaskFn, now: number): void {
    const task = new Task(name, interval, fn, now);
    this.tasks.push(task);
    this.history.push(task);
    console.log(`[${String(now).padStart(5)}] + ${name} every ${interval} ms`);
  }

  remove(name: string, now: number): void {
    this.tasks = this.tasks.filter((t) => t.name !== name);
    console.log(`[${String(now).padStart(5)}] - ${name}`);
  }

  get active(): number { return this.tasks.length; }

  tick(now: number): number {
    let ran = 0;
    for (const task of this.tasks) {
      if (now >= task.nextDue) {
        task.fn(now);
        task.runs++;
        task.lastRun = now;
        task.nextDue += task.interval;
        ran++;
      }
    }
    return ran;
  }
}

const SIM_MS = 60000;
let seed = 7;
const rand = (n: number): number => {
  seed = (seed * 16807) % 2147483647;
  return seed % n;
};

const state = { temperature: 21.5, offset: 0, readings: [] as number[], ledOn: false, toggles: 0, alarms: 0,
  feeds: 0, presses: 0, pressed: false, buttonBits: 0, packets: 0, bytesSent: 0, lastPayload: "" };
const sched = new Scheduler();

const sensor: TaskFn = () => {
  state.temperature += (rand(21) - 10) / 40;
  state.readings.push(state.temperature + state.offset);
  if (state.readings.length > 8) state.readings.shift();
  if (state.temperature > 23) state.alarms++;
};
const blink: TaskFn = () => {
  state.ledOn = !state.ledOn;
  state.toggles++;
};
const send = (now: number, kind: string): void => {
  const avg = state.readings.reduce((a, b) => a + b, 0) / state.readings.length;
  state.lastPayload = `{"kind":"${kind}","t":${avg.toFixed(2)},"led":${state.ledOn},"up":${now}}`;
  state.packets++;
  state.bytesSent += state.lastPayload.length;
};
const button: TaskFn = (now) => {
  // user presses for 300 ms every 3 s; contacts bounce, plus some noise when released
  const raw = now % 3000 < 300 ? rand(10) < 8 : rand(50) === 0;
  state.buttonBits = ((state.buttonBits << 1) | (raw ? 1 : 0)) & 0xf;
  if (!state.pressed && state.buttonBits === 0xf) {
    state.pressed = true;
    if (++state.presses === 10) sched.add("report", 7000, (t) => send(t, "report"), now);
  } else if (state.pressed && state.buttonBits === 0) state.pressed = false;
};
let calibrations = 0;
const calibrate: TaskFn = (now) => {
  state.offset -= 0.05;
  if (++calibrations === 5) sched.remove("calibrate", now);
};

const events: { at: number; action: (now: number) => void }[] = [
  { at: 10000, action: (now) => sched.add("calibrate", 2000, calibrate, now) },
  { at: 20000, action: (now) => sched.add("burst", 50, (t) => send(t, "burst"), now) },
  { at: 25000, action: (now) => sched.remove("burst", now) },
  { at: 30000, action: (now) => sched.remove("blink", now) },
  { at: 45000, action: (now) => sched.add("blink", 200, blink, now) },
];

sched.add("sensor", 250, sensor, 0);
sched.add("blink", 500, blink, 0);
sched.add("telemetry", 5000, (t) => send(t, "tele"), 0);
sched.add("watchdog", 1000, () => state.feeds++, 0);
sched.add("button", 10, button, 0);

let totalRuns = 0, busyTicks = 0;
for (let now = 0; now <= SIM_MS; now++) {
  while (events.length > 0 && events[0].at <= now) events.shift()!.action(now);
  const ran = sched.tick(now);
  totalRuns += ran;
  if (ran > 0) busyTicks++;
}

console.log(`simulated ${SIM_MS} ms: ${totalRuns} runs on ${busyTicks} busy ticks, ${sched.active} tasks active`);
for (const t of sched.history) {
  console.log(`${t.name.padEnd(10)} every ${String(t.interval).padStart(5)} ms runs=${String(t.runs).padStart(5)} last=${t.lastRun}`);
}
console.log(`temp=${state.temperature.toFixed(2)} offset=${state.offset.toFixed(2)} alarms=${state.alarms} presses=${state.presses}`);
console.log(`led=${state.ledOn ? "on" : "off"} toggles=${state.toggles} feeds=${state.feeds}`);
console.log(`packets=${state.packets} bytes=${state.bytesSent} last=${state.lastPayload}`);
