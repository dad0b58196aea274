# A board-like asyncio for the host simulator. The WebAssembly MicroPython's own
# asyncio runs on the JavaScript event loop and has no run(); board programs
# need the ESP32 behaviour: run() and run_forever() drive tasks to completion,
# and run_forever() returns once nothing is left to do.
import time
import sys


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


_ready = []      # tasks to step now, in order
_sleeping = []   # (wake_ms, seq, task), kept sorted
_seq = 0
_current = None


def ticks():
    return time.ticks_ms()


def ticks_diff(a, b):
    return time.ticks_diff(a, b)


def ticks_add(a, b):
    return time.ticks_add(a, b)


class Task:
    def __init__(self, coro):
        self.coro = coro
        self.done_ = False
        self.result = None
        self.error = None
        self.waiters = []
        self.retrieved = False
        self._throw = None
        self._send = None

    def done(self):
        return self.done_

    def cancel(self):
        if self.done_:
            return False
        _unsleep(self)
        self._throw = CancelledError()
        if self not in _ready:
            _ready.append(self)
        return True

    def __iter__(self):
        if not self.done_:
            yield ("wait", self)
        self.retrieved = True
        if self.error is not None:
            raise self.error
        return self.result

    __await__ = __iter__


def _unsleep(task):
    for i in range(len(_sleeping)):
        if _sleeping[i][2] is task:
            _sleeping.pop(i)
            return


def _wake_at(task, ms):
    global _seq
    _seq += 1
    wake = time.ticks_add(time.ticks_ms(), ms)
    entry = (wake, _seq, task)
    i = len(_sleeping)
    while i > 0 and time.ticks_diff(_sleeping[i - 1][0], wake) > 0:
        i -= 1
    _sleeping.insert(i, entry)


def create_task(coro):
    t = Task(coro)
    _ready.append(t)
    return t


def current_task():
    return _current


def sleep_ms(ms):
    yield ("sleep", max(0, int(ms)))


def sleep(s):
    yield ("sleep", max(0, int(s * 1000)))


class Event:
    def __init__(self):
        self.state = False
        self.waiting = []

    def is_set(self):
        return self.state

    def set(self):
        self.state = True
        for t in self.waiting:
            _ready.append(t)
        self.waiting = []

    def clear(self):
        self.state = False

    def wait(self):
        if not self.state:
            yield ("event", self)
        return True


def _finish(task, result, error):
    task.done_ = True
    task.result = result
    task.error = error
    for w in task.waiters:
        _ready.append(w)
    task.waiters = []


def _step(task):
    global _current
    _current = task
    try:
        if task._throw is not None:
            exc, task._throw = task._throw, None
            req = task.coro.throw(exc)
        else:
            value, task._send = task._send, None
            req = task.coro.send(value)
    except StopIteration as e:
        _finish(task, e.value if e.args else None, None)
        return
    except CancelledError as e:
        _finish(task, None, e)
        task.retrieved = True
        return
    except Exception as e:
        _finish(task, None, e)
        return
    finally:
        _current = None
    kind = req[0] if isinstance(req, tuple) and req else None
    if kind == "sleep":
        _wake_at(task, req[1])
    elif kind == "wait":
        req[1].waiters.append(task)
    elif kind == "event":
        req[1].waiting.append(task)
    else:
        _ready.append(task)


def _run(main=None):
    while True:
        while _ready:
            t = _ready.pop(0)
            if not t.done_:
                _step(t)
            if main is not None and main.done_:
                return
        if not _sleeping:
            return
        delay = time.ticks_diff(_sleeping[0][0], time.ticks_ms())
        if delay > 0:
            time.sleep_ms(delay)
        now = time.ticks_ms()
        while _sleeping and time.ticks_diff(_sleeping[0][0], now) <= 0:
            _ready.append(_sleeping.pop(0)[2])


def _report(task):
    if task.error is not None and not task.retrieved:
        print("Task exception wasn't retrieved")
        sys.print_exception(task.error)


def run(coro):
    t = create_task(coro)
    _run(t)
    t.retrieved = True
    if t.error is not None:
        raise t.error
    return t.result


def gather(*aws):
    tasks = [a if isinstance(a, Task) else create_task(a) for a in aws]
    results = []
    for t in tasks:
        results.append((yield from t.__iter__()))
    return results


def wait_for(aw, timeout):
    return wait_for_ms(aw, int(timeout * 1000))


def wait_for_ms(aw, timeout):
    t = aw if isinstance(aw, Task) else create_task(aw)
    deadline = time.ticks_add(time.ticks_ms(), timeout)
    while not t.done_:
        if time.ticks_diff(deadline, time.ticks_ms()) <= 0:
            t.cancel()
            raise TimeoutError()
        yield ("sleep", 1)
    return (yield from t.__iter__())


class Loop:
    def create_task(self, coro):
        return create_task(coro)

    def run_forever(self):
        _run()

    def run_until_complete(self, aw):
        t = aw if isinstance(aw, Task) else create_task(aw)
        _run(t)
        t.retrieved = True
        if t.error is not None:
            raise t.error
        return t.result

    def stop(self):
        pass

    def close(self):
        pass


_loop = Loop()


def get_event_loop():
    return _loop


def new_event_loop():
    return _loop
