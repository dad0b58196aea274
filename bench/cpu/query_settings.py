# Parses URL-encoded device settings requests, validates/clamps fields, answers each with a JSON status string.
from math import floor

NAMES = ("Living%20Room", "kitchen+node", "garage%2D2", "bad%2Fname", "Porch%20Light%21",
         "attic%zz", "Office_3", "a%20very%20long%20device%20name")
FLAGS = ("on", "off", "1", "0", "true", "false", "yes", "maybe")
KEYS = ("interval", "name", "enabled", "alarm", "low", "high", "color")
FLAG_VALUES = {"on": True, "1": True, "true": True, "yes": True,
               "off": False, "0": False, "false": False, "no": False}
NAME_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 _-"
REQUESTS = 400

_seed = 42


def rand(n):
    global _seed
    _seed = _seed * 16807 % 2147483647
    return _seed % n


def make_value(key):
    if key == "interval":
        r = rand(10)
        if r == 0:
            return "fast"
        if r == 1:
            return "-%d" % rand(1000)
        return str(rand(120000))
    if key == "name":
        return NAMES[rand(8)]
    if key == "enabled" or key == "alarm":
        return FLAGS[rand(8)]
    if key == "low" or key == "high":
        x = (rand(20000) - 6000) / 100
        return ("%.1f" if rand(2) == 0 else "%.2f") % x
    return "%%23%06x" % rand(0xffffff)


def make_request():
    n = 1 + rand(4)
    parts = []
    for _ in range(n):
        key = KEYS[rand(7)]
        parts.append(key + "=" + make_value(key))
    body = "&".join(parts)
    return "/config?" + body if rand(3) == 0 else body


def decode(s):
    if "%" not in s:
        return s.replace("+", " ") if "+" in s else s
    parts = s.split("%")
    out = [parts[0].replace("+", " ")]
    for p in parts[1:]:
        try:
            out.append(chr(int(p[:2], 16)))
        except ValueError:
            return None
        out.append(p[2:].replace("+", " "))
    return "".join(out)


# settings: interval, name, enabled, alarm, low, high
S = {"interval": 1000, "name": "esp32", "enabled": True, "alarm": False, "low": 10.0, "high": 30.0}
clamped_total = 0
ok_count = 0
rejected_total = 0


def apply_field(key, value):
    global clamped_total
    if key == "interval":
        try:
            n = int(value)
        except ValueError:
            return False
        c = 100 if n < 100 else 60000 if n > 60000 else n
        S["interval"] = c
        if c != n:
            clamped_total += 1
        return True
    if key == "name":
        if not value or len(value) > 16:
            return False
        for ch in value:
            if ch not in NAME_CHARS:
                return False
        S["name"] = value
        return True
    if key == "enabled" or key == "alarm":
        f = FLAG_VALUES.get(value)
        if f is None:
            return False
        S[key] = f
        return True
    if key == "low" or key == "high":
        try:
            t = float(value)
        except ValueError:
            return False
        c = -40.0 if t < -40 else 125.0 if t > 125 else t
        c = floor(c * 10 + 0.5) / 10
        if c != t:
            clamped_total += 1
        if (c >= S["high"]) if key == "low" else (c <= S["low"]):
            return False
        S[key] = c
        return True
    return False


def num(v):
    # JS number formatting for values with one decimal
    s = "%.1f" % v
    return s[:-2] if s[-2:] == ".0" else s


def jbool(b):
    return "true" if b else "false"


def handle(rid, request):
    global ok_count, rejected_total
    q = request
    i = q.find("?")
    if i >= 0:
        q = q[i + 1:]
    applied = rejected = 0
    for pair in q.split("&"):
        key, _, raw = pair.partition("=")
        value = decode(raw)
        if value is not None and apply_field(key, value):
            applied += 1
        else:
            rejected += 1
    if rejected == 0:
        ok_count += 1
    rejected_total += rejected
    return '{"id":%d,"ok":%s,"applied":%d,"rejected":%d,"name":"%s","interval":%d,"enabled":%s,"low":%s,"high":%s}' % (
        rid, jbool(rejected == 0), applied, rejected, S["name"], S["interval"], jbool(S["enabled"]),
        num(S["low"]), num(S["high"]))


def main():
    a = 1
    b = 0
    nbytes = 0
    samples = []
    for rid in range(1, REQUESTS + 1):
        resp = handle(rid, make_request())
        for c in resp.encode():
            a = (a + c) % 65521
            b = (b + a) % 65521
        nbytes += len(resp)
        if rid <= 3 or rid % 100 == 0:
            samples.append(resp)
    print("requests=%d ok=%d rejectedFields=%d clamped=%d" % (REQUESTS, ok_count, rejected_total, clamped_total))
    print("responses=%d bytes, adler=%x" % (nbytes, (b << 16) | a))
    for s in samples:
        print(s)
    print('final {"interval":%d,"name":"%s","enabled":%s,"alarm":%s,"low":%s,"high":%s}' % (
        S["interval"], S["name"], jbool(S["enabled"]), jbool(S["alarm"]), num(S["low"]), num(S["high"])))


main()
