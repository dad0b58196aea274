# The simulated mPython board (labplus "掌控板"): the names `from mpython import *`
# gives a program, after labplus's mpython.py, on the simulator's machine and
# network modules. The OLED keeps a text model of the screen (8-pixel cells;
# Chinese characters take two) beside a real framebuffer; show() sends the
# text lines to the host when they changed, and `mpts run` logs them.
from machine import I2C, PWM, Pin, ADC, TouchPad, UART
import math, time, network
import framebuf
from time import sleep_ms, sleep_us, sleep
from micropython import schedule, const
from socket import _call

i2c = I2C(0, scl=Pin(22), sda=Pin(23), freq=400000)

_print = print


def print(*args, sep=" ", end="\n"):
    # labplus's print: a text starting with a Chinese character gets a space first
    if args:
        s = str(args[0])[0:1]
        if "\u4e00" <= s <= "\u9fff":
            args = (" " + str(args[0]),) + args[1:]
    _print(*args, sep=sep, end=end)


class TextMode:
    normal = 1
    rev = 2
    trans = 3
    xor = 4


_COLS = 16  # 8-pixel cells across the 128-pixel screen
_ROWS = 8
_FILLED = "\u2588"


def _wide(ch):
    return ord(ch) >= 0x2E80 or 0x1100 <= ord(ch) <= 0x115F


class OLED(framebuf.FrameBuffer):
    """128x64 oled display"""

    def __init__(self):
        self.width = 128
        self.height = 64
        self.buffer = bytearray(128 * 64 // 8)
        super().__init__(self.buffer, 128, 64, framebuf.MONO_VLSB)
        self._cells = [[None] * _COLS for _ in range(_ROWS)]
        self._shown = None

    # ---- the text model ----
    def _put(self, row, col, ch):
        if not (0 <= row < _ROWS and 0 <= col < _COLS):
            return
        cells = self._cells[row]
        # overwriting half of a wide character erases the other half
        if cells[col] == "" and col > 0:
            cells[col - 1] = None
        if col + 1 < _COLS and cells[col + 1] == "":
            cells[col + 1] = None
        cells[col] = ch

    def _clear(self, x, y, w, h, c):
        for row in range(max(0, y // 8), min(_ROWS, (y + h + 7) // 8)):
            for col in range(max(0, x // 8), min(_COLS, (x + w + 7) // 8)):
                self._put(row, col, _FILLED if c else None)

    def _lines(self):
        out = []
        for cells in self._cells:
            line = "".join(" " if c is None else c for c in cells).rstrip()
            if line:
                out.append(line)
        return out

    # ---- drawing ----
    def fill(self, c):
        super().fill(c)
        self._clear(0, 0, 128, 64, c)

    def fill_rect(self, x, y, w, h, c):
        super().fill_rect(x, y, w, h, c)
        self._clear(x, y, w, h, c)

    def text(self, s, x, y, c=1):
        super().text(s, x, y, c)
        for i, ch in enumerate(str(s)):
            self._put(y // 8, x // 8 + i, ch)

    def DispChar(self, s, x, y, mode=TextMode.normal, auto_return=False):
        # the board's 16-pixel font: half-width Latin (about 8 pixels), full-width Chinese
        # (cells count characters, so the text reads as written; pixels advance as the board's)
        s = str(s)
        str_width = 0
        col = x // 8
        for ch in s:
            width = 16 if _wide(ch) else 8
            if auto_return and x > self.width - width:
                str_width += self.width - x
                x = col = 0
                y += 16
                if y > self.height - 16:
                    y = 0
            if mode == TextMode.normal:
                self._clear(col * 8, y, width, 16, 0)
            self._put(y // 8, col, ch)
            if width == 16:
                self._put(y // 8, col + 1, "")
            col += width // 8
            x += width + 1
            str_width += width + 1
        return (str_width - 1, (x - 1, y))

    def DispChar_font(self, font, s, x, y, invert=False):
        return self.DispChar(s, x, y)

    def scroll(self, dx, dy):
        super().scroll(dx, dy)
        cols, rows = dx // 8, dy // 8
        old = [r[:] for r in self._cells]
        for r in range(_ROWS):
            for c in range(_COLS):
                sr, sc = r - rows, c - cols
                if 0 <= sr < _ROWS and 0 <= sc < _COLS:
                    self._cells[r][c] = old[sr][sc]

    def circle(self, x, y, radius, c):
        self.ellipse(x, y, radius, radius, c)

    def fill_circle(self, x, y, radius, c):
        self.ellipse(x, y, radius, radius, c, True)

    def triangle(self, x0, y0, x1, y1, x2, y2, c):
        self.line(x0, y0, x1, y1, c)
        self.line(x1, y1, x2, y2, c)
        self.line(x2, y2, x0, y0, c)

    def fill_triangle(self, x0, y0, x1, y1, x2, y2, c):
        import array

        self.poly(0, 0, array.array("h", [x0, y0, x1, y1, x2, y2]), c, True)

    def RoundRect(self, x, y, w, h, r, c):
        self.rect(x, y, w, h, c)

    def bitmap(self, x, y, bitmap, w, h, c):
        pass

    def show(self):
        lines = self._lines()
        if lines != self._shown:
            self._shown = lines
            _call("oled", lines)

    def contrast(self, brightness):
        pass

    def invert(self, n):
        pass

    def poweron(self):
        pass

    def poweroff(self):
        pass


oled = OLED()
display = oled


class PinMode(object):
    IN = 1
    OUT = 2
    PWM = 3
    ANALOG = 4
    OUT_DRAIN = 5


pins_remap_esp32 = (33, 32, 35, 34, 39, 0, 16, 17, 26, 25, 36, 2, -1, 18, 19, 21, 5, -1, -1, 22, 23, -1, -1, 27, 14, 12, 13, 15, 4)


class MPythonPin:
    def __init__(self, pin, mode=PinMode.IN, pull=None):
        if mode not in [PinMode.IN, PinMode.OUT, PinMode.PWM, PinMode.ANALOG, PinMode.OUT_DRAIN]:
            raise TypeError("mode must be 'IN, OUT, PWM, ANALOG,OUT_DRAIN'")
        if pin == 4:
            raise TypeError("P4 is used for light sensor")
        if pin == 10:
            raise TypeError("P10 is used for sound sensor")
        try:
            self.id = pins_remap_esp32[pin]
        except IndexError:
            raise IndexError("Out of Pin range")
        if mode == PinMode.IN:
            self.Pin = Pin(self.id, Pin.IN, pull)
        if mode == PinMode.OUT:
            if pin in [2, 3]:
                raise TypeError("OUT not supported on P%d" % pin)
            self.Pin = Pin(self.id, Pin.OUT, pull)
        if mode == PinMode.OUT_DRAIN:
            if pin in [2, 3]:
                raise TypeError("OUT_DRAIN not supported on P%d" % pin)
            self.Pin = Pin(self.id, Pin.OPEN_DRAIN, pull)
        if mode == PinMode.PWM:
            if pin not in [0, 1, 5, 6, 7, 8, 9, 11, 13, 14, 15, 16, 19, 20, 23, 24, 25, 26, 27, 28]:
                raise TypeError("PWM not supported on P%d" % pin)
            self.pwm = PWM(Pin(self.id), duty=0)
        if mode == PinMode.ANALOG:
            if pin not in [0, 1, 2, 3, 4, 10]:
                raise TypeError("ANALOG not supported on P%d" % pin)
            self.adc = ADC(Pin(self.id))
            self.adc.atten(ADC.ATTN_11DB)
        self.mode = mode

    def irq(self, handler=None, trigger=Pin.IRQ_RISING):
        if not self.mode == PinMode.IN:
            raise TypeError("the pin is not in IN mode")
        return self.Pin.irq(handler, trigger)

    def read_digital(self):
        if not self.mode == PinMode.IN:
            raise TypeError("the pin is not in IN mode")
        return self.Pin.value()

    def write_digital(self, value):
        if self.mode not in [PinMode.OUT, PinMode.OUT_DRAIN]:
            raise TypeError("the pin is not in OUT or OUT_DRAIN mode")
        self.Pin.value(value)

    def read_analog(self):
        if not self.mode == PinMode.ANALOG:
            raise TypeError("the pin is not in ANALOG mode")
        return self.adc.read()

    def write_analog(self, duty, freq=1000):
        if not self.mode == PinMode.PWM:
            raise TypeError("the pin is not in PWM mode")
        self.pwm.freq(freq)
        self.pwm.duty(duty)


class wifi:
    def __init__(self):
        self.sta = network.WLAN(network.STA_IF)
        self.ap = network.WLAN(network.AP_IF)

    def connectWiFi(self, ssid, passwd, timeout=10):
        if self.sta.isconnected():
            self.sta.disconnect()
        self.sta.active(True)
        # the simulated board finds the network it is asked for
        wifi_dbm = -45
        for info in self.sta.scan():
            if info[0] == ssid.encode():
                wifi_dbm = info[3]
        self.sta.connect(ssid, passwd)
        print("Connection WiFi", end="")
        while self.sta.ifconfig()[0] == "0.0.0.0":
            print(".", end="")
            time.sleep_ms(500)
        print("")
        print("WiFi(%s,%sdBm) Connection Successful, Config:%s" % (ssid, str(wifi_dbm), str(self.sta.ifconfig())))

    def disconnectWiFi(self):
        if self.sta.isconnected():
            self.sta.disconnect()
        self.sta.active(False)
        print("disconnect WiFi...")

    def enable_APWiFi(self, essid, password=b"", channel=10):
        if isinstance(password, int):
            # older firmware: enable_APWiFi(essid, channel)
            password, channel = b"", password
        self.ap.active(True)
        authmode = 4 if password else 0
        self.ap.config(essid=essid, password=password, authmode=authmode, channel=channel)

    def disable_APWiFi(self):
        self.ap.active(False)
        print("disable AP WiFi...")


class _RGB:
    # the three RGB LEDs (a NeoPixel strip on pin 17): write() shows the colours
    def __init__(self, n=3):
        self.n = n
        self._px = [(0, 0, 0)] * n
        self._shown = None

    def __len__(self):
        return self.n

    def __setitem__(self, i, color):
        self._px[i] = tuple(color)

    def __getitem__(self, i):
        return self._px[i]

    def fill(self, color):
        self._px = [tuple(color)] * self.n

    def write(self):
        if self._px != self._shown:
            self._shown = list(self._px)
            _call("event", "board", "rgb " + " ".join(str(p) for p in self._px))


rgb = _RGB()

light = ADC(Pin(39))
light.atten(light.ATTN_11DB)
sound = ADC(Pin(36))
sound.atten(sound.ATTN_11DB)


class _Accelerometer:
    # the board lies still, screen up
    def get_x(self):
        return 0.0

    def get_y(self):
        return 0.0

    def get_z(self):
        return -1.0


accelerometer = _Accelerometer()


class Button:
    def __init__(self, pin_num, reverse=False):
        self.__press_level, self.__release_level = (1, 0) if reverse else (0, 1)
        self.__pin = Pin(pin_num, Pin.IN, pull=Pin.PULL_UP)
        self.event_pressed = None
        self.event_released = None
        self.__was_pressed = self.is_pressed()
        self.__pressed_count = 1 if self.__was_pressed else 0

    def is_pressed(self):
        return self.__pin.value() == self.__press_level

    def was_pressed(self):
        r = self.__was_pressed
        self.__was_pressed = False
        return r

    def get_presses(self):
        r = self.__pressed_count
        self.__pressed_count = 0
        return r

    def value(self):
        return self.__pin.value()

    def irq(self, *args, **kws):
        self.__pin.irq(*args, **kws)


# `mpts run --pin 0=0` holds button A down, `--pin 2=0` button B
button_a = Button(0)
button_b = Button(2)


class Touch:
    # `mpts run --pin 27=100` touches pad P (a low reading is a touch)
    def __init__(self, pin):
        self.__touch_pad = TouchPad(pin)
        self.event_pressed = None
        self.event_released = None
        self.__threshold = 400

    def config(self, threshold):
        self.__threshold = threshold

    def is_pressed(self):
        return self.read() < self.__threshold

    def was_pressed(self):
        return self.is_pressed()

    def get_presses(self):
        return 1 if self.is_pressed() else 0

    def read(self):
        return self.__touch_pad.read()


touchpad_p = touchPad_P = Touch(Pin(27))
touchpad_y = touchPad_Y = Touch(Pin(14))
touchpad_t = touchPad_T = Touch(Pin(12))
touchpad_h = touchPad_H = Touch(Pin(13))
touchpad_o = touchPad_O = Touch(Pin(15))
touchpad_n = touchPad_N = Touch(Pin(4))


def numberMap(inputNum, bMin, bMax, cMin, cMax):
    return ((cMax - cMin) / (bMax - bMin)) * (inputNum - bMin) + cMin
