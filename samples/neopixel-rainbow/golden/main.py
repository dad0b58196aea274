from machine import Pin
from neopixel import NeoPixel
from time import sleep_ms

FRAMES = const(4)


def wheel(pos):
    if pos < 85:
        return [255 - pos * 3, pos * 3, 0]
    if pos < 170:
        pos -= 85
        return [0, 255 - pos * 3, pos * 3]
    pos -= 170
    return [pos * 3, 0, 255 - pos * 3]


def main():
    LEDS = 8
    np = NeoPixel(Pin(5), LEDS)
    for frame in range(FRAMES):
        for i in range(len(np)):
            np[i] = wheel((i + frame) * 32 % 256)
        np.write()
        sleep_ms(50)
    _t = np[0]
    r = _t[0]
    g = _t[1]
    b = _t[2]
    print("first LED was", r, g, b)
    np.fill([0, 0, 0])
    np.write()
    print("done")


main()
