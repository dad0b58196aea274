# The simulated board's machine module (ESP32 names and constants). Hardware
# state lives here, in memory; what a user would see (output pins, resets,
# UART output) goes to the host, which logs it. Input levels and ADC readings
# come from `mpts run --pin N=V`. Timers run while the program sleeps or waits
# on a socket (see time.py): a busy loop that never sleeps delays them.
import time as _time
from time import ticks_ms as _ticks, ticks_add as _tadd, ticks_diff as _tdiff
from socket import _call

_board = _call("board")
_inputs = _board["pins"]  # "4" -> level given with --pin
# levels change during the run (a --pin schedule, `pin N V` typed on the terminal):
# reads ask the host, and Pin.irq handlers fire for the edges it reports
_live = _board.get("live", False)


def _event(text):
    _call("event", "board", text)


def _scheduled(f, arg):
    # A Timer or Pin.irq callback, which the board runs from its scheduler: an
    # exception in it is printed and the program goes on (MicroPython's
    # scheduler protects the call). The traceback starts at the callback, as
    # the board's does: this module's frame is not the program's.
    try:
        f(arg)
    except Exception as e:
        import io, sys

        buf = io.StringIO()
        sys.print_exception(e, buf)
        own = 'File "%s"' % __file__
        for line in buf.getvalue().split("\n"):
            if line and own not in line:
                print(line)


def _pin_id(pin):
    return pin._id if isinstance(pin, Pin) else pin


def _input(pin_id, default):
    if _live:
        _sync()
    v = _inputs.get(str(pin_id))
    return default if v is None else v


# ---- resets and power ----------------------------------------------------------

PWRON_RESET = 1
HARD_RESET = 2
WDT_RESET = 3
DEEPSLEEP_RESET = 4
SOFT_RESET = 5
SLEEP = 2
DEEPSLEEP = 4
PIN_WAKE = 2
EXT0_WAKE = 2
EXT1_WAKE = 3
TIMER_WAKE = 4
TOUCHPAD_WAKE = 5
ULP_WAKE = 6

_freq = 160000000
_irq_state = 0


def _reset(why):
    # the board restarts; the simulation ends (the host never answers)
    _call("reset", why)


def reset():
    _reset("machine.reset(): the board restarts; the simulation ends")


def soft_reset():
    _reset("machine.soft_reset(): MicroPython restarts; the simulation ends")


def reset_cause():
    return PWRON_RESET


def wake_reason():
    return 0


def freq(hz=None):
    global _freq
    if hz is None:
        return _freq
    if hz not in (20000000, 40000000, 80000000, 160000000, 240000000):
        raise ValueError("frequency must be 20MHz, 40MHz, 80Mhz, 160MHz or 240MHz")
    _freq = hz


def unique_id():
    return b"\x24\x0a\xc4\x5e\x1a\x00"


def lightsleep(time_ms=None):
    _time.sleep_ms(time_ms if time_ms is not None else 0)


def deepsleep(time_ms=None):
    if time_ms:
        _time.sleep_ms(time_ms)
    _reset("machine.deepsleep(): the board restarts from boot; the simulation ends")


def idle():
    _time.sleep_ms(0)


def disable_irq():
    return _irq_state


def enable_irq(state=0):
    pass


def time_pulse_us(pin, pulse_level, timeout_us=1000000):
    # nothing pulses in the simulator: the level either never comes or never ends
    return -2 if pin.value() != pulse_level else -1


def bitstream(pin, encoding, timing, data):
    pass


# ---- pins ----------------------------------------------------------------------

_levels = {}  # pin id -> level the program set (outputs) or the last level read
_modes = {}
_pulls = {}
_sent = {}  # pin id -> level last reported to the host
_irqs = {}  # pin id -> _IRQ


class _IRQ:
    def __init__(self, pin, handler, trigger):
        self._pin = pin
        self._handler = handler
        self._trigger = trigger

    def __call__(self):
        if self._handler:
            _scheduled(self._handler, self._pin)

    def trigger(self, trigger=None):
        old = self._trigger
        if trigger is not None:
            self._trigger = trigger
        return old

    def flags(self):
        return 0


def _sync():
    # the edges since the last look: levels updated, then each matching handler
    # runs (on the board they run soon after the edge, between bytecodes)
    global _syncing
    if _syncing:
        return None
    _syncing = True
    try:
        news = _call("pinedges")
        fire = []
        for pin_id, level in news["edges"]:
            irq = _irqs.get(int(pin_id) if pin_id.isdigit() else pin_id)
            old = _inputs.get(pin_id)
            if old is None and irq is not None:
                old = 1 if _pulls.get(irq._pin._id) == Pin.PULL_UP else 0
            _inputs[pin_id] = level
            if irq is not None and old is not None and (old != 0) != (level != 0) and not irq._pin._output():
                if irq._trigger & (Pin.IRQ_RISING if level else Pin.IRQ_FALLING):
                    fire.append(irq)
        for irq in fire:
            irq()
        return news["next"]
    finally:
        _syncing = False


_syncing = False


class _PinWatch:
    # a timer of the simulator's own (time.py runs it while the program sleeps
    # or waits): it looks for input edges at the next scheduled change, and
    # every 20 ms when levels can also be typed on the terminal
    def __init__(self):
        self._due = _ticks()

    def _fire(self, now):
        nxt = _sync()
        wait = 20 if _board.get("typed") else None
        if nxt is not None:
            wait = nxt if wait is None else min(wait, nxt)
        if wait is None:
            _time._timers.remove(self)
        else:
            self._due = _tadd(_ticks(), max(1, wait))


_watch = None


def _watch_edges():
    global _watch
    if _live and _watch not in _time._timers:
        _watch = _PinWatch()
        _time._timers.append(_watch)


class Pin:
    IN = 1
    OUT = 3
    OPEN_DRAIN = 7
    PULL_DOWN = 1
    PULL_UP = 2
    PULL_HOLD = 4
    DRIVE_0 = 0
    DRIVE_1 = 1
    DRIVE_2 = 2
    DRIVE_3 = 3
    IRQ_RISING = 1
    IRQ_FALLING = 2
    WAKE_LOW = 4
    WAKE_HIGH = 5

    def __init__(self, id, mode=-1, pull=-1, *, value=None, drive=None, hold=None):
        if isinstance(id, Pin):
            id = id._id
        self._id = id
        self.init(mode, pull, value=value, drive=drive, hold=hold)

    def init(self, mode=-1, pull=-1, *, value=None, drive=None, hold=None):
        if pull != -1:
            _pulls[self._id] = pull
        if value is not None:
            _levels[self._id] = 1 if value else 0
        if mode != -1 and mode is not None:
            _modes[self._id] = mode
        if value is not None and self._output():
            self._report()

    def _output(self):
        return _modes.get(self._id) in (Pin.OUT, Pin.OPEN_DRAIN)

    def _report(self):
        level = _levels.get(self._id, 0)
        if _sent.get(self._id) != level:
            _sent[self._id] = level
            _call("pin", self._id, level)

    def value(self, x=None):
        if x is None:
            if self._output():
                return _levels.get(self._id, 0)
            pull = _pulls.get(self._id)
            return 1 if _input(self._id, 1 if pull == Pin.PULL_UP else 0) else 0
        self._set(1 if x else 0)

    def _set(self, level):
        old = self.value()
        _levels[self._id] = level
        if not self._output():
            return
        self._report()
        # an output pin sees its own edges, as an input/output GPIO does on the ESP32
        irq = _irqs.get(self._id)
        if irq and old != level and irq._trigger & (Pin.IRQ_RISING if level else Pin.IRQ_FALLING):
            irq()

    def __call__(self, x=None):
        return self.value(x)

    def on(self):
        self._set(1)

    def off(self):
        self._set(0)

    def toggle(self):
        self._set(0 if self.value() else 1)

    def irq(self, handler=None, trigger=3, *, wake=None, hard=False):
        if hard:
            raise TypeError("unexpected keyword argument 'hard'")
        irq = _irqs.get(self._id)
        if irq is None or handler is not None or trigger != 3:
            # edges before the handler exists are not its business
            if _live and handler is not None:
                _sync()
            irq = _IRQ(self, handler, trigger)
            _irqs[self._id] = irq
            if handler is not None:
                _watch_edges()
        return irq

    def mode(self, mode=None):
        if mode is None:
            return _modes.get(self._id)
        self.init(mode)

    def pull(self, pull=-1):
        if pull == -1:
            return _pulls.get(self._id)
        self.init(pull=pull)

    def drive(self, drive=None):
        return Pin.DRIVE_2 if drive is None else None

    def __repr__(self):
        return "Pin({})".format(self._id)


class Signal:
    def __init__(self, pin, *args, invert=False, **kw):
        self._pin = pin if isinstance(pin, Pin) else Pin(pin, *args, **kw)
        self._invert = bool(invert)

    def value(self, x=None):
        if x is None:
            return self._pin.value() ^ self._invert
        self._pin.value((1 if x else 0) ^ self._invert)

    def __call__(self, x=None):
        return self.value(x)

    def on(self):
        self.value(1)

    def off(self):
        self.value(0)


# ---- timers and the watchdog --------------------------------------------------


class Timer:
    ONE_SHOT = 0
    PERIODIC = 1

    def __init__(self, id=-1, **kw):
        self._id = id
        self._period = 0
        self._start = _ticks()
        self._callback = None
        self._mode = Timer.PERIODIC
        if kw:
            self.init(**kw)

    def init(self, *, mode=1, callback=None, period=-1, tick_hz=1000, freq=-1, hard=None):
        if hard:
            raise ValueError("hard Timer callbacks are not supported")
        self.deinit()
        if freq is not None and freq > 0:
            ms = 1000 / freq
        elif period is not None and period >= 0:
            ms = period * 1000 / tick_hz
        else:
            raise ValueError("period or freq must be given")
        # the simulator's timers count whole milliseconds
        self._period = max(1, int(ms))
        self._mode = mode
        self._callback = callback
        self._start = _ticks()
        self._due = _tadd(self._start, self._period)
        # one hardware timer, one job: a second init of the same timer id replaces the first
        for t in [t for t in _time._timers if isinstance(t, Timer) and t._id == self._id and self._id >= 0]:
            _time._timers.remove(t)
        _time._timers.append(self)

    def deinit(self):
        if self in _time._timers:
            _time._timers.remove(self)

    def value(self):
        return _tdiff(_ticks(), self._start)

    def _fire(self, now):
        if self._mode == Timer.ONE_SHOT:
            self.deinit()
        else:
            self._due = _tadd(self._due, self._period)
            # late (a long callback, a busy loop): skip the missed periods rather than burst
            if _tdiff(self._due, now) <= 0:
                self._due = _tadd(now, self._period)
        if self._callback is not None:
            _scheduled(self._callback, self)

    def __repr__(self):
        return "Timer({}; period={})".format(self._id, self._period)


class WDT:
    def __init__(self, id=0, timeout=5000):
        self._timeout = max(1, int(timeout))
        self.feed()
        if self not in _time._timers:
            _time._timers.append(self)

    def feed(self):
        self._due = _tadd(_ticks(), self._timeout)

    def _fire(self, now):
        _time._timers.remove(self)
        _reset("the watchdog was not fed within {} ms: the board resets; the simulation ends".format(self._timeout))


# ---- analog ---------------------------------------------------------------------


class PWM:
    def __init__(self, dest, *, freq=None, duty=None, duty_u16=None, duty_ns=None, invert=False):
        self._pin = dest if isinstance(dest, Pin) else Pin(dest)
        self._freq = 5000
        self._duty = 0
        self._on = False
        self.init(freq=freq, duty=duty, duty_u16=duty_u16, duty_ns=duty_ns, invert=invert)

    def init(self, *, freq=None, duty=None, duty_u16=None, duty_ns=None, invert=False):
        if freq is not None:
            self._freq = freq
        if duty is not None:
            self._duty = max(0, min(1023, duty)) * 65535 // 1023
        if duty_u16 is not None:
            self._duty = max(0, min(65535, duty_u16))
        if duty_ns is not None:
            self._duty = min(65535, duty_ns * self._freq * 65535 // 1000000000)
        self._invert = invert
        self._on = True
        self._report()

    def _report(self):
        _event("pwm {}: {} Hz, duty {}/1023".format(self._pin._id, self._freq, self.duty()))

    def deinit(self):
        if self._on:
            self._on = False
            _event("pwm {}: off".format(self._pin._id))

    def freq(self, value=None):
        if value is None:
            return self._freq
        self.init(freq=value)

    def duty(self, value=None):
        if value is None:
            return (self._duty * 1023 + 32767) // 65535
        self.init(duty=value)

    def duty_u16(self, value=None):
        if value is None:
            return self._duty
        self.init(duty_u16=value)

    def duty_ns(self, value=None):
        if value is None:
            return self._duty * 1000000000 // 65535 // self._freq
        self.init(duty_ns=value)

    def __repr__(self):
        return "PWM(Pin({}), freq={}, duty_u16={})".format(self._pin._id, self._freq, self._duty)


class ADC:
    ATTN_0DB = 0
    ATTN_2_5DB = 1
    ATTN_6DB = 2
    ATTN_11DB = 3
    WIDTH_9BIT = 9
    WIDTH_10BIT = 10
    WIDTH_11BIT = 11
    WIDTH_12BIT = 12

    def __init__(self, pin, *, atten=None):
        # an ADC reading given with --pin N=V is a 12-bit value (0..4095)
        self._id = _pin_id(pin)
        self._atten = ADC.ATTN_0DB if atten is None else atten
        self._width = 12

    def init(self, *, atten=None):
        if atten is not None:
            self._atten = atten

    def atten(self, atten):
        self._atten = atten

    def width(self, width):
        self._width = width

    def _raw(self):
        return max(0, min(4095, _input(self._id, 0)))

    def read(self):
        return self._raw() >> (12 - self._width)

    def read_u16(self):
        return self._raw() * 65535 // 4095

    def read_uv(self):
        full = (950000, 1250000, 1750000, 2450000)[self._atten]
        return self._raw() * full // 4095


class DAC:
    def __init__(self, pin):
        self._id = _pin_id(pin)

    def write(self, value):
        _event("dac {}: {}".format(self._id, value))


class TouchPad:
    def __init__(self, pin):
        self._id = _pin_id(pin)

    def read(self):
        # untouched pads read high on the ESP32; --pin N=V sets the reading
        return _input(self._id, 600)

    def config(self, value):
        pass


# ---- buses: stand-ins with no device attached ------------------------------------


class I2C:
    def __init__(self, id=0, *, scl=None, sda=None, freq=400000, timeout=50000):
        self._id = id

    def init(self, **kw):
        pass

    def deinit(self):
        pass

    def scan(self):
        return []

    def readfrom(self, addr, nbytes, stop=True):
        return bytes(nbytes)

    def readfrom_into(self, addr, buf, stop=True):
        for i in range(len(buf)):
            buf[i] = 0

    def writeto(self, addr, buf, stop=True):
        return len(buf)

    def writevto(self, addr, vector, stop=True):
        return sum(len(b) for b in vector)

    def readfrom_mem(self, addr, memaddr, nbytes, *, addrsize=8):
        return bytes(nbytes)

    def readfrom_mem_into(self, addr, memaddr, buf, *, addrsize=8):
        self.readfrom_into(addr, buf)

    def writeto_mem(self, addr, memaddr, buf, *, addrsize=8):
        pass


class SoftI2C(I2C):
    def __init__(self, scl=None, sda=None, *, freq=400000, timeout=50000):
        I2C.__init__(self, -1)

    def start(self):
        pass

    def stop(self):
        pass

    def readinto(self, buf, nack=True):
        self.readfrom_into(0, buf)

    def write(self, buf):
        return len(buf)


class SPI:
    MSB = 0
    LSB = 1

    def __init__(self, id=1, baudrate=1000000, **kw):
        self._id = id

    def init(self, baudrate=None, **kw):
        pass

    def deinit(self):
        pass

    def read(self, nbytes, write=0):
        return bytes(nbytes)

    def readinto(self, buf, write=0):
        for i in range(len(buf)):
            buf[i] = 0

    def write(self, buf):
        pass

    def write_readinto(self, write_buf, read_buf):
        self.readinto(read_buf)


class SoftSPI(SPI):
    def __init__(self, baudrate=500000, **kw):
        SPI.__init__(self, -1)


class UART:
    INV_TX = 1
    INV_RX = 2
    INV_RTS = 4
    INV_CTS = 8
    RTS = 1
    CTS = 2

    def __init__(self, id, baudrate=115200, **kw):
        self._id = id

    def init(self, baudrate=None, **kw):
        pass

    def deinit(self):
        pass

    def any(self):
        return 0

    # nothing is wired to the simulated UART: reads time out (None)
    def read(self, nbytes=None):
        return None

    def readline(self):
        return None

    def readinto(self, buf, nbytes=None):
        return None

    def write(self, buf):
        if isinstance(buf, str):
            buf = buf.encode()
        _event("uart {} < {}".format(self._id, repr(bytes(buf))))
        return len(buf)

    def sendbreak(self):
        pass

    def flush(self):
        pass

    def txdone(self):
        return True


# ---- the real-time clock ---------------------------------------------------------


class RTC:
    _memory = b""

    def __init__(self, id=0):
        pass

    def datetime(self, dt=None):
        if dt is None:
            ns = _time.time_ns()
            t = _time.localtime(ns // 1000000000)
            return (t[0], t[1], t[2], t[6], t[3], t[4], t[5], ns // 1000 % 1000000)
        # the board's clock: time.time(), localtime() and gmtime() follow it, from the
        # given microsecond (the ESP32's subseconds) on
        secs = _time.mktime((dt[0], dt[1], dt[2], dt[4], dt[5], dt[6], 0, 0))
        _time._offset_ns += secs * 1000000000 + (dt[7] if len(dt) > 7 else 0) * 1000 - _time.time_ns()

    def init(self, dt):
        self.datetime(dt)

    def memory(self, data=None):
        if data is None:
            return RTC._memory
        if len(data) > 2048:
            raise ValueError("buffer too long")
        RTC._memory = bytes(data)
