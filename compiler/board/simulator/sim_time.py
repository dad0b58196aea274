# The simulated board's time module: the VM's own clock, with sleeps that wait
# in the host (no busy loop) and wake for Ctrl-C.
from utime import *
import utime as _real
from socket import _call


def sleep_ms(ms):
    if ms > 0:
        _call("sleep", int(ms))


def sleep_us(us):
    if us >= 1000:
        _call("sleep", int(us // 1000))
    else:
        _real.sleep_us(us)


def sleep(seconds):
    sleep_ms(int(seconds * 1000))
