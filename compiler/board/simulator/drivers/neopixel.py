# The simulated neopixel module: the firmware's NeoPixel class (same buffer, same
# green-red-blue byte order, same methods), whose write() shows the colours in the
# log instead of clocking them out of the pin.
from socket import _call
from machine import Pin


class NeoPixel:
    # where red, green, blue, white go within a pixel's bytes (the strip wants G R B W)
    ORDER = (1, 0, 2, 3)

    def __init__(self, pin, n, bpp=3, timing=1):
        self.pin = pin
        self.n = n
        self.bpp = bpp
        self.buf = bytearray(n * bpp)
        self.pin.init(Pin.OUT)
        self.timing = ((400, 850, 800, 450) if timing else (800, 1700, 1600, 900)) if isinstance(timing, int) else timing

    def __len__(self):
        return self.n

    def __setitem__(self, i, v):
        offset = i * self.bpp
        for k in range(self.bpp):
            self.buf[offset + self.ORDER[k]] = v[k]

    def __getitem__(self, i):
        offset = i * self.bpp
        return tuple(self.buf[offset + self.ORDER[k]] for k in range(self.bpp))

    def fill(self, v):
        b = self.buf
        end = len(b)
        bpp = self.bpp
        for k in range(bpp):
            c = v[k]
            j = self.ORDER[k]
            while j < end:
                b[j] = c
                j += bpp

    def write(self):
        # the host decodes the bytes (in the strip's order, ORDER) into colours
        pin = self.pin._id if isinstance(self.pin, Pin) else self.pin
        _call("neopixel", pin, self.bpp, self.buf.hex(), list(self.ORDER))
