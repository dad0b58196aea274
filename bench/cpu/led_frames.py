# Renders 60-pixel GRB LED strip frames (HSV wheel, moving gradient, gamma + breathing brightness) with checksums.
from math import sin

NUM_PIXELS = 60
FRAMES = 240
GAMMA = bytes(int((i / 255) ** 2.2 * 255 + 0.5) for i in range(256))


def hsv_to_rgb(h, s, v):
    c = v * s
    x = c * (1 - abs((h / 60) % 2 - 1))
    m = v - c
    if h < 60:
        r, g, b = c, x, 0
    elif h < 120:
        r, g, b = x, c, 0
    elif h < 180:
        r, g, b = 0, c, x
    elif h < 240:
        r, g, b = 0, x, c
    elif h < 300:
        r, g, b = x, 0, c
    else:
        r, g, b = c, 0, x
    return int((r + m) * 255 + 0.5), int((g + m) * 255 + 0.5), int((b + m) * 255 + 0.5)


def fletcher16(buf):
    s1 = s2 = 0
    for v in buf:
        s1 = (s1 + v) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1


def main():
    buf = bytearray(NUM_PIXELS * 3)
    gamma = GAMMA
    hsv = hsv_to_rgb
    n = NUM_PIXELS
    half = n / 2
    running = 0
    peak_ma = 0.0
    peak_frame = 0
    for frame in range(FRAMES):
        master = int(128 + 127 * sin(frame * 0.05) + 0.5)  # breathing effect
        fh = frame * 2.5
        fp = frame * 0.75
        o = 0
        for i in range(n):
            hue = (fh + i * 360 / n) % 360
            pos = (i + fp) % n  # gradient moves along the strip
            value = pos / half if pos < half else (n - pos) / half
            r, g, b = hsv(hue, 0.6 + 0.4 * (pos / n), value)
            buf[o] = gamma[g * master // 255]  # GRB order
            buf[o + 1] = gamma[r * master // 255]
            buf[o + 2] = gamma[b * master // 255]
            o += 3
        s = fletcher16(buf)
        running = (running * 31 + s) % 1000000007
        ma = sum(buf) * 20 / 255
        if ma > peak_ma:
            peak_ma = ma
            peak_frame = frame
        if frame % 40 == 0:
            print("frame %3d bright=%d sum=%04x head=%s %.1fmA" % (frame, master, s, buf[:12].hex(), ma))
    print("frames=%d pixels=%d bytes=%d" % (FRAMES, n, FRAMES * len(buf)))
    print("peak %.1fmA at frame %d" % (peak_ma, peak_frame))
    print("running checksum %d" % running)


main()
