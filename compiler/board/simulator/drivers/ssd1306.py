# The simulated ssd1306 driver (micropython-lib's, which the board installs with mip): the
# display is a MONO_VLSB FrameBuffer as there; show() sends the picture to the log as text,
# two by four pixels per Braille character, when it changed since the last show().
import framebuf
from socket import _call

# the Braille dots of a character cell's left and right column, by the 4 pixels' bits (top = bit 0)
_LEFT = bytes((0, 1, 2, 3, 4, 5, 6, 7, 0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47))
_RIGHT = bytes((0, 8, 16, 24, 32, 40, 48, 56, 0x80, 0x88, 0x90, 0x98, 0xA0, 0xA8, 0xB0, 0xB8))


def _braille(buf, width, height):
    lines = []
    for row in range(height // 4):
        page = (row // 2) * width
        shift = (row & 1) * 4
        chars = []
        for x in range(0, width, 2):
            left = (buf[page + x] >> shift) & 15
            right = (buf[page + x + 1] >> shift) & 15
            chars.append(chr(0x2800 | _LEFT[left] | _RIGHT[right]))
        lines.append("".join(chars))
    return lines


class SSD1306(framebuf.FrameBuffer):
    def __init__(self, width, height, external_vcc):
        self.width = width
        self.height = height
        self.external_vcc = external_vcc
        self.pages = height // 8
        self.buffer = bytearray(self.pages * width)
        super().__init__(self.buffer, width, height, framebuf.MONO_VLSB)
        self._on = True
        self._inverted = False
        self._shown = None

    def init_display(self):
        self.fill(0)
        self.show()

    def poweroff(self):
        self._on = False
        self._send()

    def poweron(self):
        self._on = True
        self._send()

    def contrast(self, contrast):
        pass

    def invert(self, invert):
        self._inverted = bool(invert)
        self._send()

    def rotate(self, rotate):
        pass

    def show(self):
        self._send()

    def _send(self):
        if not self._on:
            lines = []
        else:
            buf = self.buffer
            if self._inverted:
                buf = bytes(b ^ 0xFF for b in buf)
            lines = _braille(buf, self.width, self.height)
            # a dark screen is shown as blank
            if not any(buf):
                lines = []
        if lines != self._shown:
            self._shown = lines
            _call("oled", lines)


class SSD1306_I2C(SSD1306):
    def __init__(self, width, height, i2c, addr=0x3C, external_vcc=False):
        self.i2c = i2c
        self.addr = addr
        super().__init__(width, height, external_vcc)


class SSD1306_SPI(SSD1306):
    def __init__(self, width, height, spi, dc, res, cs, external_vcc=False):
        self.spi = spi
        self.dc = dc
        self.res = res
        self.cs = cs
        super().__init__(width, height, external_vcc)
