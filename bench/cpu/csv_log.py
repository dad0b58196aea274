# Aggregates generated CSV sensor log lines per sensor and hour (count/min/max/mean/errors) into a sorted table.

LINES = 2000
INF = float("inf")
seed = 2024
clock = 6 * 3600  # seconds since midnight


def rand(n):
    global seed
    seed = seed * 16807 % 2147483647
    return seed % n


def make_line():
    global clock
    clock += 1 + rand(30)
    h = clock // 3600
    ts = "2024-05-01T%02d:%02d:%02d" % (h, clock // 60 % 60, clock % 60)
    sid = 1 + rand(5)
    sensor = "sensor-%d" % sid
    r = rand(100)
    if r == 0:
        return ts + "," + sensor  # truncated line
    if r < 4:
        return ts + "," + sensor + ",,ERR"
    if r == 4:
        return ts + "," + sensor + ",--,OK"
    value = 18 + sid * 1.5 + (h - 6) * 0.25 + (rand(41) - 20) / 4
    return "%s,%s,%.2f,%s" % (ts, sensor, value, "WARN" if r < 10 else "OK")


# bucket: [sensor, hour, count, min, max, sum, errors]
buckets = {}
malformed = error_lines = readings = 0


def ingest(line):
    global malformed, error_lines, readings
    fields = line.split(",")
    if len(fields) != 4:
        malformed += 1
        return
    ts, sensor, value, status = fields
    hour = ts[:13]
    key = sensor + "|" + hour
    b = buckets.get(key)
    if b is None:
        b = buckets[key] = [sensor, hour, 0, INF, -INF, 0.0, 0]
    if status == "ERR":
        b[6] += 1
        error_lines += 1
        return
    try:
        v = float(value)
    except ValueError:
        malformed += 1
        return
    b[2] += 1
    b[5] += v
    if v < b[3]:
        b[3] = v
    if v > b[4]:
        b[4] = v
    readings += 1


def fmt(b, v):
    return "%8.2f" % v if b[2] > 0 else "       -"


def main():
    for _ in range(LINES):
        ingest(make_line())
    rows = sorted(buckets.values(), key=lambda b: (b[0], b[1]))
    print("sensor    hour              n     min     max    mean  err")
    for b in rows:
        print("%-10s%-15s%4d%s%s%s%5d" % (b[0], b[1], b[2], fmt(b, b[3]), fmt(b, b[4]),
                                          fmt(b, b[5] / b[2] if b[2] else 0.0), b[6]))
    hot = rows[0]
    for b in rows[1:]:
        if b[2] > 0 and b[5] / b[2] > hot[5] / hot[2]:
            hot = b
    print("lines=%d readings=%d errors=%d malformed=%d buckets=%d" % (LINES, readings, error_lines, malformed, len(rows)))
    print("hottest %s @ %s:00 mean %.2f" % (hot[0], hot[1], hot[5] / hot[2]))


main()
