# The board's asyncio scheduler, for the host simulator. The WebAssembly
# MicroPython's own asyncio runs on the JavaScript event loop; board programs
# need the ESP32's: this follows the protocol of MicroPython 1.27's asyncio on
# the same C Task and TaskQueue the board uses, so mpts's runtime helpers see
# what they see on the board:
# - `cur_task` is the running task; whatever makes a task wait (sleep, an
#   awaited task, an Event) registers `cur_task` there and yields None;
# - `_task_queue` orders runnable and sleeping tasks by due time (ticks_ms);
# - a task's `state` is True while running, a TaskQueue of waiters, a done
#   callback, None once finished but not awaited, False once awaited;
#   `data` holds what it waits on, then its StopIteration or exception.
# - `_io_queue` holds tasks waiting for a socket (streams, stream.py): the loop
#   asks the host which sockets are ready (select.poll's protocol, in the host),
#   waiting there until the next task is due when nothing else can run.
# One difference: run_forever() returns once nothing is left to do (on the
# board it keeps waiting), so a finished program ends. Queue keys always come
# from this module's `ticks` (the `time` module, which may be the simulator's
# deterministic clock), never from the C queue's own clock.
from time import ticks_ms as ticks, ticks_diff, ticks_add
import sys
import time
from _asyncio import TaskQueue, Task


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


cur_task = None
_task_queue = TaskQueue()


class _Wake:
    # awaited: puts the current task on the queue at `due`, then suspends once
    def __init__(self, due):
        self.due = due

    def __iter__(self):
        return self

    def __next__(self):
        if self.due is None:
            raise StopIteration
        _task_queue.push(cur_task, self.due)
        self.due = None
        return None


class _Suspend:
    # awaited: suspends once; whoever registered the task wakes it
    def __init__(self):
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        return None


_POLLIN = 1
_POLLOUT = 4


class IOQueue:
    # tasks waiting to read or write a simulator socket, by the socket's host id:
    # id -> [reading task, writing task, socket]
    def __init__(self):
        self.map = {}

    def _enqueue(self, s, idx):
        entry = self.map.get(s._id)
        if entry is None:
            entry = self.map[s._id] = [None, None, s]
        if entry[idx] is not None:
            raise RuntimeError("another task is already waiting on this stream")
        entry[idx] = cur_task
        # Task.cancel() calls remove() through this
        cur_task.data = self

    def queue_read(self, s):
        self._enqueue(s, 0)

    def queue_write(self, s):
        self._enqueue(s, 1)

    def remove(self, task):
        for k in [k for k, e in self.map.items() if e[0] is task or e[1] is task]:
            e = self.map[k]
            if e[0] is task:
                e[0] = None
            if e[1] is task:
                e[1] = None
            if e[0] is None and e[1] is None:
                del self.map[k]

    def wait_io_event(self, dt):
        # dt: milliseconds to wait at most, -1 for as long as it takes; timers still fire
        from socket import _call
        from errno import ETIMEDOUT

        ask = [[k, (_POLLIN if e[0] is not None else 0) | (_POLLOUT if e[1] is not None else 0)] for k, e in self.map.items()]
        try:
            ready = _call("poll", ask, None if dt < 0 else dt / 1000)
        except OSError as er:
            if er.errno != ETIMEDOUT:
                raise
            return
        for k, ev in ready:
            e = self.map.get(k)
            if e is None:
                continue
            # an error or hang-up wakes both sides, which then meet it in their read or write
            if ev & ~_POLLOUT and e[0] is not None:
                _task_queue.push(e[0], ticks())
                e[0].data = None
                e[0] = None
            if ev & ~_POLLIN and e[1] is not None:
                _task_queue.push(e[1], ticks())
                e[1].data = None
                e[1] = None
            if e[0] is None and e[1] is None:
                del self.map[k]


_io_queue = IOQueue()


def sleep_ms(t):
    return _Wake(ticks_add(ticks(), max(0, int(t))))


def sleep(t):
    return sleep_ms(int(t * 1000))


def create_task(coro):
    if not hasattr(coro, "send"):
        raise TypeError("coroutine expected")
    t = Task(coro, globals())
    _task_queue.push(t, ticks())
    return t


def _promote_to_task(aw):
    return aw if isinstance(aw, Task) else create_task(aw)


def current_task():
    if cur_task is None:
        raise RuntimeError("no running event loop")
    return cur_task


def _report(t, er):
    # through the loop's exception handler, as on the board
    Loop.call_exception_handler({"message": "Task exception wasn't retrieved", "exception": er, "future": t})


def _finish(t, er):
    # the task's coroutine ended with `er` (StopIteration, an error, or a cancel)
    awaited = False
    if t.state is True:
        t.state = None
    elif callable(t.state):
        t.state(t, er)
        t.state = False
        awaited = True
    elif t.state:
        while t.state.peek():
            _task_queue.push(t.state.pop(), ticks())
            awaited = True
        t.state = False
    if not awaited and not isinstance(er, (CancelledError, StopIteration)):
        # report it later, unless someone awaits the task in the meantime
        _task_queue.push(t, ticks())
    t.data = er


def run_until_complete(main_task=None):
    global cur_task
    while True:
        t = _task_queue.peek()
        if t is None and not _io_queue.map:
            cur_task = None
            return None
        dt = -1 if t is None else max(0, ticks_diff(t.ph_key, ticks()))
        if _io_queue.map:
            # as on the board: every turn of the loop looks for ready sockets,
            # and waits for them (not just sleeps) until the next task is due
            _io_queue.wait_io_event(dt)
            t = _task_queue.peek()
            if t is None or ticks_diff(t.ph_key, ticks()) > 0:
                continue
        elif dt > 0:
            time.sleep_ms(dt)
            continue
        t = _task_queue.pop()
        if not t.state:
            # a finished task queued to report its error
            if t.state is None:
                t.state = False
                _report(t, t.data)
            continue
        cur_task = t
        try:
            exc = t.data
            if exc is None:
                t.coro.send(None)
            else:
                t.data = None
                t.coro.throw(exc)
        except (CancelledError, Exception) as er:
            cur_task = None
            if t is main_task:
                t.state = False
                t.data = er
                if not isinstance(er, StopIteration):
                    raise er
                return er.value
            _finish(t, er)
        cur_task = None


def run(coro):
    return run_until_complete(create_task(coro))


class Loop:
    _exc_handler = None

    def create_task(coro):
        return create_task(coro)

    def run_forever():
        run_until_complete()

    def run_until_complete(aw):
        return run_until_complete(_promote_to_task(aw))

    def stop():
        pass

    def close():
        pass

    def set_exception_handler(handler):
        Loop._exc_handler = handler

    def get_exception_handler():
        return Loop._exc_handler

    def default_exception_handler(loop, context):
        print(context["message"], file=sys.stderr)
        sys.print_exception(context["exception"], sys.stderr)

    def call_exception_handler(context):
        (Loop._exc_handler or Loop.default_exception_handler)(Loop, context)


def get_event_loop(runq_len=0, waitq_len=0):
    return Loop


def new_event_loop():
    global _task_queue, _io_queue
    _task_queue = TaskQueue()
    _io_queue = IOQueue()
    return Loop
