# Debouncing a push button sampled every millisecond: a state machine that reports
# a press only after the level has been stable for 20 ms, and tells short from long presses.
from micropython import const

RELEASED = const(0)
MAYBE_PRESSED = const(1)
PRESSED = const(2)
MAYBE_RELEASED = const(3)


class Button:
    def __init__(self, pin, debounce_ms=20, long_ms=500):
        self.pin = pin
        self.debounce_ms = debounce_ms
        self.long_ms = long_ms
        self.state = RELEASED
        self.since = 0
        self.pressed_at = 0
        self.short_presses = 0
        self.long_presses = 0

    def sample(self, level, now):
        state = self.state
        if state == RELEASED:
            if level:
                self.state = MAYBE_PRESSED
                self.since = now
        elif state == MAYBE_PRESSED:
            if not level:
                self.state = RELEASED
            elif now - self.since >= self.debounce_ms:
                self.state = PRESSED
                self.pressed_at = now
        elif state == PRESSED:
            if not level:
                self.state = MAYBE_RELEASED
                self.since = now
        else:
            if level:
                self.state = PRESSED
            elif now - self.since >= self.debounce_ms:
                self.state = RELEASED
                if now - self.pressed_at >= self.long_ms:
                    self.long_presses += 1
                else:
                    self.short_presses += 1


# A level pattern with bounce: each press holds for a while, with chatter at both edges.
def level_at(t):
    phase = t % 1000
    hold = 150 if t % 3000 < 1000 else 700
    if phase < 5:
        return phase % 2 == 0
    if phase < hold:
        return True
    if phase < hold + 6:
        return (phase + 1) % 2 == 0
    return False


def main():
    buttons = [Button(0), Button(35, 10)]
    for now in range(9000):
        level = level_at(now)
        for b in buttons:
            b.sample(level, now)
    for b in buttons:
        print("pin %d: %d short, %d long" % (b.pin, b.short_presses, b.long_presses))


main()
