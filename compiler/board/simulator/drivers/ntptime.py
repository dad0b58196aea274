# The simulated ntptime module: the simulated board's clock is this computer's, which is
# already right, so time() answers with it (no NTP query leaves the computer) and settime()
# sets the RTC to it in UTC, as the firmware's settime() does with the server's answer.
import time as _time

host = "pool.ntp.org"
timeout = 1


def time():
    # the network's time, whatever the board's clock was set to
    return (_time.time_ns() - _time._offset_ns) // 1000000000


def settime():
    import machine

    t = _time.gmtime(time())
    machine.RTC().datetime((t[0], t[1], t[2], t[6] + 1, t[3], t[4], t[5], 0))
