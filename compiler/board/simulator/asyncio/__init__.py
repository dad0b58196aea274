# The board's asyncio for the host simulator: the scheduler is in core.py;
# Event, ThreadSafeFlag, Lock, gather and wait_for follow the board's behaviour on top of it;
# the TCP streams are in stream.py.
from .core import *
from . import core

# the streams load on first use (as on the board), so programs without them keep the heap
_stream_names = ("open_connection", "start_server", "Stream", "StreamReader", "StreamWriter", "Server")


def __getattr__(attr):
    if attr not in _stream_names:
        raise AttributeError(attr)
    # not `from . import stream`: that would ask this __getattr__ for "stream"
    value = getattr(__import__("stream", None, None, True, 1), attr)
    globals()[attr] = value
    return value


class Event:
    def __init__(self):
        self.state = False
        self.waiting = core.TaskQueue()

    def is_set(self):
        return self.state

    def set(self):
        while self.waiting.peek():
            core._task_queue.push(self.waiting.pop(), core.ticks())
        self.state = True

    def clear(self):
        self.state = False

    def wait(self):
        if not self.state:
            self.waiting.push(core.cur_task, core.ticks())
            core.cur_task.data = self.waiting
            yield from core._Suspend()
        return True


class ThreadSafeFlag:
    # On the board a stream the loop polls, so an interrupt handler can set it;
    # here set() wakes the one waiting task directly. wait() clears the flag.
    def __init__(self):
        self.state = 0
        self.waiting = None

    def set(self):
        self.state = 1
        t = self.waiting
        if t is not None:
            self.waiting = None
            t.data = None
            core._task_queue.push(t, core.ticks())

    def clear(self):
        self.state = 0

    def remove(self, t):
        # Task.cancel() takes a cancelled waiter off the flag
        if self.waiting is t:
            self.waiting = None

    def wait(self):
        if not self.state:
            if self.waiting is not None:
                raise RuntimeError("ThreadSafeFlag already has a waiting task")
            self.waiting = core.cur_task
            core.cur_task.data = self
            yield from core._Suspend()
        self.state = 0


class Lock:
    def __init__(self):
        self.state = 0  # 0 free, 1 held
        self.waiting = core.TaskQueue()

    def locked(self):
        return self.state == 1

    def release(self):
        if self.state != 1:
            raise RuntimeError("Lock not acquired")
        if self.waiting.peek():
            # hand the lock straight to the next waiter
            self.state = self.waiting.pop()
            core._task_queue.push(self.state, core.ticks())
        else:
            self.state = 0

    def acquire(self):
        if self.state != 0:
            self.waiting.push(core.cur_task, core.ticks())
            core.cur_task.data = self.waiting
            try:
                yield from core._Suspend()
            except core.CancelledError as e:
                if self.state == core.cur_task:
                    self.state = 1
                    self.release()
                raise e
        self.state = 1
        return True

    async def __aenter__(self):
        return await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        return self.release()


class _Gathering:
    # the gather task waits here until a sub-task needs it; cancel removes nothing
    @staticmethod
    def remove(t):
        pass


def gather(*aws, return_exceptions=False):
    if not aws:
        return []
    tasks = [core._promote_to_task(aw) for aw in aws]
    me = core.cur_task
    left = [len(tasks)]
    failed = [None]

    def done(t, er):
        if me.data is not _Gathering:
            return
        if not return_exceptions and not isinstance(er, StopIteration):
            failed[0] = er
        else:
            left[0] -= 1
            if left[0]:
                return
        core._task_queue.push(me, core.ticks())

    for t in tasks:
        if t.state is not True:
            raise RuntimeError("can't gather")
        t.state = done
    me.data = _Gathering
    cancelled = False
    try:
        yield from core._Suspend()
    except core.CancelledError as er:
        cancelled = True
        failed[0] = er
    results = []
    for t in tasks:
        if t.state is done:
            t.state = True
            if cancelled:
                t.cancel()
            results.append(None)
        elif isinstance(t.data, StopIteration):
            results.append(t.data.value)
        else:
            results.append(t.data)
    if failed[0] is not None:
        raise failed[0]
    return results


async def _run(waiter, aw):
    # runs `aw` for wait_for; when it ends first, wakes the waiter by cancelling its
    # sleep with a CancelledError that carries (True, result) or (the error, None)
    try:
        result = await aw
        status = True
    except BaseException as er:
        result = None
        status = er
    if waiter.data is None and waiter.cancel():
        waiter.data = core.CancelledError(status, result)


async def wait_for(aw, timeout, sleep=core.sleep):
    # as on the board: `aw` runs in a task of its own while this one sleeps the
    # timeout, so waiting costs nothing until one of them ends
    aw = core._promote_to_task(aw)
    if timeout is None:
        return await aw
    runner = core.create_task(_run(core.cur_task, aw))
    try:
        await sleep(timeout)
    except core.CancelledError as er:
        status = er.args[0] if er.args else None
        if status is None:
            # this wait_for itself was cancelled
            runner.cancel()
            raise er
        if status is True:
            return er.args[1]
        raise status
    # time is up: the cancelled task finishes (its finally blocks run) first
    runner.cancel()
    await runner
    raise core.TimeoutError()


def wait_for_ms(aw, timeout):
    return wait_for(aw, timeout, core.sleep_ms)
