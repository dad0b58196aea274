# The simulated board's time module: the VM's own clock, with sleeps that wait
# in the host (no busy loop) and wake for Ctrl-C.
#
# It also runs the board's timers. On the ESP32 a machine.Timer callback runs
# soon after its interrupt, whatever the program is doing; the VM has one
# thread, so due callbacks run while the program sleeps (time.sleep*) or waits
# in a blocking socket call, and those waits wake up for the next due timer.
# A busy loop that never sleeps delays them (documented in docs/semantics).
from utime import *
import utime as _real
import socket as _socket
from socket import _call, _host
from errno import ETIMEDOUT as _ETIMEDOUT

# machine keeps its running timers here: objects with `_due` (ticks_ms) and `_fire(now)`
_timers = []
_firing = False


def _next_due():
    # milliseconds until the earliest timer is due; None without timers, or
    # while a callback runs (callbacks do not nest, as on the board)
    if not _timers or _firing:
        return None
    now = _real.ticks_ms()
    return max(0, min([ticks_diff(t._due, now) for t in _timers]))


def _run_due():
    global _firing
    if _firing or not _timers:
        return
    _firing = True
    try:
        now = _real.ticks_ms()
        for t in [t for t in _timers if ticks_diff(t._due, now) <= 0]:
            if t in _timers:
                t._fire(now)
    finally:
        _firing = False


def _wait(op, args):
    # a blocking socket call (its last argument is the timeout in seconds, None
    # for ever) that wakes for due timers, then goes on waiting
    timeout = args[-1]
    if not _timers or timeout == 0:
        return _host(op, args)
    deadline = None if timeout is None else ticks_add(_real.ticks_ms(), int(timeout * 1000))
    while True:
        _run_due()
        left = None if deadline is None else ticks_diff(deadline, _real.ticks_ms())
        if left is not None and left <= 0:
            raise OSError(_ETIMEDOUT)
        wake = _next_due()
        if wake is None or (left is not None and left <= wake):
            return _host(op, args[:-1] + ((None if left is None else left / 1000),))
        try:
            return _host(op, args[:-1] + (max(wake, 1) / 1000,))
        except OSError as e:
            if e.errno != _ETIMEDOUT:
                raise


_socket._waiter = _wait

# The ESP32's clock counts whole seconds from 2000-01-01 (MicroPython's default epoch; the
# WebAssembly VM's is 1970, with float seconds): time() is an integer, and gmtime(0) is 2000.
_EPOCH_2000 = 946684800


# nanoseconds between the board's clock and this computer's: machine.RTC().datetime(...)
# sets the board's clock, to the sub-second it gives, and time() follows it, as on the ESP32
_offset_ns = 0


def time_ns():
    return _real.time_ns() - _EPOCH_2000 * 1000000000 + _offset_ns


def time():
    return time_ns() // 1000000000


def gmtime(secs=None):
    return _real.gmtime((time() if secs is None else secs) + _EPOCH_2000)


def localtime(secs=None):
    return _real.localtime((time() if secs is None else secs) + _EPOCH_2000)


def mktime(t):
    return _real.mktime(t) - _EPOCH_2000


def sleep_ms(ms):
    deadline = ticks_add(_real.ticks_ms(), int(ms))
    while True:
        _run_due()
        left = ticks_diff(deadline, _real.ticks_ms())
        if left <= 0:
            return
        wake = _next_due()
        _call("sleep", left if wake is None else max(1, min(left, wake)))


def sleep_us(us):
    us = int(us)
    if us >= 1000:
        sleep_ms(us // 1000)
        us %= 1000
    else:
        _run_due()
    if us > 0:
        _real.sleep_us(us)


def sleep(seconds):
    sleep_ms(int(seconds * 1000))
