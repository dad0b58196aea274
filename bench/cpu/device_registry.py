# A gateway's device registry: "id,kind,value" lines, each device's last 8 samples as
# (t, value) tuples, devices gone quiet, and a JSON summary per device.

KINDS = ("temp", "hum", "lux")


class Device:
    def __init__(self, id, kind):
        self.id = id
        self.kind = kind
        self.samples = []
        self.reports = 0
        self.last_seen = 0

    def record(self, t, value):
        samples = self.samples
        samples.append((t, value))
        if len(samples) > 8:
            samples.pop(0)
        self.reports += 1
        self.last_seen = t

    def average(self):
        samples = self.samples
        if not samples:
            return 0
        total = 0
        for _, v in samples:
            total += v
        return total / len(samples)

    def peak(self):
        best = None
        for s in self.samples:
            if best is None or s[1] > best[1]:
                best = s
        return best


devices = {}
rejected = 0


def handle(t, line):
    global rejected
    parts = line.split(",")
    if len(parts) != 3:
        rejected += 1
        return
    id, kind, text = parts
    try:
        value = float(text)
    except ValueError:
        rejected += 1
        return
    device = devices.get(id)
    if device is None:
        device = devices[id] = Device(id, kind)
    device.record(t, value)


def main():
    seed = 11
    for t in range(1500):
        seed = (seed * 1103 + 12345) % 65536
        n = (seed >> 5) % 12
        if n == 11 and t > 750:
            continue
        if t % 97 == 0:
            line = "dev%d;broken" % n
        else:
            line = "dev%d,%s,%d" % (n, KINDS[n % 3], seed % 400 + n * 10)
        handle(t, line)

    for id in sorted(devices):
        d = devices[id]
        peak = d.peak()
        print('{"id":"%s","kind":"%s","reports":%d,"avg":%d,"peakAt":%d}'
              % (d.id, d.kind, d.reports, int(d.average() + 0.5), peak[0] if peak else -1))
    quiet = sorted(d.id for d in devices.values() if 1500 - d.last_seen > 100)
    print("quiet: %s, rejected %d" % (" ".join(quiet) or "none", rejected))


main()
