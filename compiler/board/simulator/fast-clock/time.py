# A deterministic clock for the simulated board (runInVm's `clock: "fast"`):
# the board as if its CPU were infinitely fast. Running code takes no time
# (each reading of the clock advances it by 1 us, so a loop that waits on the
# clock still ends); sleeping advances it by exactly the time slept (and
# really sleeps, so peers on the host keep pace). Timer order then depends on
# the program alone, not on how busy the host is: the same as Node on a fast
# machine. `time.time()` and the date functions stay real.
import utime as _real
from utime import gmtime, localtime, mktime, time, time_ns, ticks_add, ticks_diff

# ahead of the real clock (a quarter of the ticks period), never behind it: a
# task that Task.cancel() (C) requeues at the real time is then due at once
_ms = ticks_add(_real.ticks_ms(), 1 << 28)
_us = _real.ticks_us()
_frac = 0


def _tick():
    global _ms, _us, _frac
    _us = ticks_add(_us, 1)
    _frac += 1
    if _frac == 1000:
        _frac = 0
        _ms = ticks_add(_ms, 1)


def _advance(us):
    global _ms, _us, _frac
    _us = ticks_add(_us, us)
    total = _frac + us
    _ms = ticks_add(_ms, total // 1000)
    _frac = total % 1000


def ticks_ms():
    _tick()
    return _ms


def ticks_us():
    _tick()
    return _us


def ticks_cpu():
    return ticks_us()


def sleep_ms(ms):
    ms = int(ms)
    if ms > 0:
        _real.sleep_ms(ms)
        _advance(ms * 1000)


def sleep_us(us):
    us = int(us)
    if us > 0:
        _real.sleep_us(us)
        _advance(us)


def sleep(s):
    sleep_us(int(s * 1000000))
