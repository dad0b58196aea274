# A status screen drawn into a 128x64 SSD1306-layout frame buffer (a byte per 8-pixel column
# of a page): 5x7 text, a frame, a bar graph; the bytes checksummed. The same drawing as the
# TypeScript (MicroPython's framebuf would do it in C; this measures the code, not the module).

WIDTH = 128
HEIGHT = 64

FONT = {
    "0": (0x3E, 0x51, 0x49, 0x45, 0x3E), "1": (0x00, 0x42, 0x7F, 0x40, 0x00), "2": (0x42, 0x61, 0x51, 0x49, 0x46),
    "3": (0x21, 0x41, 0x45, 0x4B, 0x31), "4": (0x18, 0x14, 0x12, 0x7F, 0x10), "5": (0x27, 0x45, 0x45, 0x45, 0x39),
    "6": (0x3C, 0x4A, 0x49, 0x49, 0x30), "7": (0x01, 0x71, 0x09, 0x05, 0x03), "8": (0x36, 0x49, 0x49, 0x49, 0x36),
    "9": (0x06, 0x49, 0x49, 0x29, 0x1E), ".": (0x00, 0x60, 0x60, 0x00, 0x00), ":": (0x00, 0x36, 0x36, 0x00, 0x00),
    " ": (0x00, 0x00, 0x00, 0x00, 0x00), "%": (0x23, 0x13, 0x08, 0x64, 0x62), "C": (0x3E, 0x41, 0x41, 0x41, 0x22),
    "T": (0x01, 0x01, 0x7F, 0x01, 0x01), "H": (0x7F, 0x08, 0x08, 0x08, 0x7F), "P": (0x7F, 0x09, 0x09, 0x09, 0x06),
    "a": (0x20, 0x54, 0x54, 0x54, 0x78), "h": (0x7F, 0x08, 0x04, 0x04, 0x78), "m": (0x7C, 0x04, 0x18, 0x04, 0x78),
}
BLANK = FONT[" "]
ZEROS = bytes(WIDTH * HEIGHT // 8)


class FrameBuffer:
    def __init__(self):
        self.buffer = bytearray(WIDTH * HEIGHT // 8)

    def clear(self):
        self.buffer[:] = ZEROS

    def pixel(self, x, y, on):
        if 0 <= x < WIDTH and 0 <= y < HEIGHT:
            i = x + (y >> 3) * WIDTH
            if on:
                self.buffer[i] |= 1 << (y & 7)
            else:
                self.buffer[i] &= ~(1 << (y & 7))

    def hline(self, x, y, w):
        for i in range(w):
            self.pixel(x + i, y, True)

    def vline(self, x, y, h):
        for i in range(h):
            self.pixel(x, y + i, True)

    def rect(self, x, y, w, h):
        self.hline(x, y, w)
        self.hline(x, y + h - 1, w)
        self.vline(x, y, h)
        self.vline(x + w - 1, y, h)

    def text(self, x, y, s):
        pixel = self.pixel
        for ch in s:
            glyph = FONT.get(ch, BLANK)
            for col in range(5):
                bits = glyph[col]
                for row in range(7):
                    pixel(x + col, y + row, bits & (1 << row))
            x += 6
        return x


def checksum(data):
    a = 1
    b = 0
    for v in data:
        a = (a + v) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def main():
    fb = FrameBuffer()
    history = []
    seed = 99
    sums = 0
    for frame in range(12):
        seed = (seed * 75 + 74) % 65537
        temp = 180 + seed % 90
        hum = 30 + seed % 50
        history.append(temp)
        if len(history) > 24:
            history.pop(0)
        fb.clear()
        fb.rect(0, 0, WIDTH, HEIGHT)
        x = fb.text(4, 4, "T %.1fC" % (temp / 10))
        fb.text(x + 6, 4, "H %d%%" % hum)
        fb.text(4, 14, "12:%02d" % (frame * 5))
        for i, t in enumerate(history):
            h = int((t - 150) / 150 * 30 + 0.5)
            for k in range(3):
                fb.vline(4 + i * 4 + k, 60 - h, h)
        sums = (sums * 31 + checksum(fb.buffer)) % 1000000007
        if frame % 4 == 3:
            lit = 0
            for byte in fb.buffer:
                while byte:
                    lit += byte & 1
                    byte >>= 1
            print("frame %d: %d pixels lit, checksum %x" % (frame, lit, checksum(fb.buffer)))
    print("all frames: %d" % sums)


main()
