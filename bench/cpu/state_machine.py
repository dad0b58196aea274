# A small state machine driven by events, like a Wi-Fi reconnect loop.
IDLE = 0
CONNECTING = 1
CONNECTED = 2
FAILED = 3


def step(state, event):
    if state == IDLE:
        return CONNECTING if event == 1 else IDLE
    elif state == CONNECTING:
        if event == 2:
            return CONNECTED
        if event == 3:
            return FAILED
        return CONNECTING
    elif state == CONNECTED:
        return IDLE if event == 3 else CONNECTED
    else:
        return CONNECTING if event == 1 else FAILED


def main():
    state = IDLE
    changes = 0
    for i in range(20000):
        nxt = step(state, i % 4)
        if nxt != state:
            changes += 1
        state = nxt
    print(changes, state)


main()
