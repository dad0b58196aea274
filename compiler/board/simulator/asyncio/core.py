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
        if t is None:
            cur_task = None
            return None
        dt = ticks_diff(t.ph_key, ticks())
        if dt > 0:
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
    global _task_queue
    _task_queue = TaskQueue()
    return Loop
