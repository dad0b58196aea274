# Cooperative scheduler of periodic tasks on a simulated 1 ms clock; tasks added/removed mid-run, stats printed.

SIM_MS = 60000


class Task:
    def __init__(self, name, interval, fn, start):
        self.name = name
        self.interval = interval
        self.fn = fn
        self.due = start + interval
        self.runs = 0
        self.last = -1


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.history = []

    def add(self, name, interval, fn, now):
        t = Task(name, interval, fn, now)
        self.tasks.append(t)
        self.history.append(t)
        print("[%5d] + %s every %d ms" % (now, name, interval))

    def remove(self, name, now):
        self.tasks = [t for t in self.tasks if t.name != name]
        print("[%5d] - %s" % (now, name))

    def tick(self, now):
        ran = 0
        for t in self.tasks:
            if now >= t.due:
                t.fn(now)
                t.runs += 1
                t.last = now
                t.due += t.interval
                ran += 1
        return ran


seed = 7


def rand(n):
    global seed
    seed = seed * 16807 % 2147483647
    return seed % n


temperature = 21.5
offset = 0.0
readings = []
led_on = False
toggles = alarms = feeds = presses = packets = bytes_sent = calibrations = 0
pressed = False
button_bits = 0
last_payload = ""
sched = Scheduler()


def sensor(now):
    global temperature, alarms
    temperature += (rand(21) - 10) / 40
    readings.append(temperature + offset)
    if len(readings) > 8:
        readings.pop(0)
    if temperature > 23:
        alarms += 1


def blink(now):
    global led_on, toggles
    led_on = not led_on
    toggles += 1


def send(now, kind):
    global last_payload, packets, bytes_sent
    avg = sum(readings) / len(readings)
    last_payload = '{"kind":"%s","t":%.2f,"led":%s,"up":%d}' % (kind, avg, "true" if led_on else "false", now)
    packets += 1
    bytes_sent += len(last_payload)


def button(now):
    # user presses for 300 ms every 3 s; contacts bounce, plus some noise when released
    global button_bits, pressed, presses
    raw = rand(10) < 8 if now % 3000 < 300 else rand(50) == 0
    button_bits = ((button_bits << 1) | raw) & 0xF
    if not pressed and button_bits == 0xF:
        pressed = True
        presses += 1
        if presses == 10:
            sched.add("report", 7000, lambda t: send(t, "report"), now)
    elif pressed and button_bits == 0:
        pressed = False


def calibrate(now):
    global offset, calibrations
    offset -= 0.05
    calibrations += 1
    if calibrations == 5:
        sched.remove("calibrate", now)


def watchdog(now):
    global feeds
    feeds += 1


EVENTS = (
    (10000, lambda now: sched.add("calibrate", 2000, calibrate, now)),
    (20000, lambda now: sched.add("burst", 50, lambda t: send(t, "burst"), now)),
    (25000, lambda now: sched.remove("burst", now)),
    (30000, lambda now: sched.remove("blink", now)),
    (45000, lambda now: sched.add("blink", 200, blink, now)),
)


def main():
    sched.add("sensor", 250, sensor, 0)
    sched.add("blink", 500, blink, 0)
    sched.add("telemetry", 5000, lambda t: send(t, "tele"), 0)
    sched.add("watchdog", 1000, watchdog, 0)
    sched.add("button", 10, button, 0)
    tick = sched.tick
    ei = 0
    next_event = EVENTS[0][0]
    total_runs = busy_ticks = 0
    for now in range(SIM_MS + 1):
        while now >= next_event:
            EVENTS[ei][1](now)
            ei += 1
            next_event = EVENTS[ei][0] if ei < len(EVENTS) else SIM_MS + 1
        ran = tick(now)
        if ran:
            total_runs += ran
            busy_ticks += 1
    print("simulated %d ms: %d runs on %d busy ticks, %d tasks active" % (SIM_MS, total_runs, busy_ticks, len(sched.tasks)))
    for t in sched.history:
        print("%-10s every %5d ms runs=%5d last=%d" % (t.name, t.interval, t.runs, t.last))
    print("temp=%.2f offset=%.2f alarms=%d presses=%d" % (temperature, offset, alarms, presses))
    print("led=%s toggles=%d feeds=%d" % ("on" if led_on else "off", toggles, feeds))
    print("packets=%d bytes=%d last=%s" % (packets, bytes_sent, last_payload))


main()
