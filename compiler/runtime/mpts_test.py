# mpts test's runtime: test() and expect() for the test modules (as builtins,
# so that *.test.ts files use them without an import, as vitest's globals), and
# the runner. It prints one marker line per test; mpts reads them, maps the
# frames to TypeScript lines and prints the report. Small: it runs on the board.
import builtins
import gc
import io
import sys

_tests = []

try:
    _print_exception = sys.print_exception
except AttributeError:  # CPython, as mpts's mpremote stand-in runs programs

    def _print_exception(e, s):
        import traceback

        traceback.print_exception(type(e), e, e.__traceback__, file=s)



def test(name, fn, ms=5000):
    _tests.append((name, fn, ms))


class _Fail(Exception):
    pass


def _prim(x):
    return x is None or isinstance(x, (bool, int, float, str, bytes))


def _same(a, b):
    # Object.is: a primitive by its value (true is not 1, NaN is NaN), anything else by identity
    if _prim(a) and _prim(b):
        if isinstance(a, bool) != isinstance(b, bool):
            return False
        return a == b or (a != a and b != b)
    return a is b


def _fields(x):
    # what toEqual compares: an object's own fields (a dict, a class instance), an error's message
    if isinstance(x, dict):
        return x
    if isinstance(x, Exception):
        return {"name": getattr(x, "name", type(x).__name__), "message": str(x)}
    if isinstance(x, type) or callable(x) or not hasattr(x, "__dict__"):
        return None
    return x.__dict__


def _diff(a, b, at):
    # None when a and b are deeply equal, else where they first differ
    seq = (list, tuple)
    if isinstance(a, seq) or isinstance(b, seq):
        if not (isinstance(a, seq) and isinstance(b, seq)):
            return at
        if len(a) != len(b):
            return at + ".length"
        for i in range(len(a)):
            d = _diff(a[i], b[i], at + "[" + str(i) + "]")
            if d is not None:
                return d
        return None
    fa = _fields(a)
    fb = _fields(b)
    if fa is None or fb is None:
        return None if a is b or (fa is None and fb is None and _same(a, b)) else at
    for k in fa:
        if k not in fb:
            return at + "." + str(k)
    for k in fb:
        if k not in fa:
            return at + "." + str(k)
    for k in fa:
        d = _diff(fa[k], fb[k], at + "." + str(k))
        if d is not None:
            return d
    return None


def _show(x, depth=0):
    # a value as JavaScript writes it, on one line
    if x is None:
        return "undefined"
    if x is True or x is False:
        return "true" if x else "false"
    if isinstance(x, str):
        return '"' + x.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(x, float):
        if x != x:
            return "NaN"
        if x in (float("inf"), float("-inf")):
            return "Infinity" if x > 0 else "-Infinity"
        if x == int(x) and abs(x) < 1e16:
            return str(int(x))
        return repr(x)
    if isinstance(x, (int, bytes)):
        return repr(x)
    if isinstance(x, Exception):
        m = str(x)
        n = getattr(x, "name", type(x).__name__)
        return n + ": " + m if m else n
    if depth > 3:
        return "[...]"
    if isinstance(x, (list, tuple)):
        return "[" + ", ".join(_show(v, depth + 1) for v in x) + "]"
    f = _fields(x)
    if f is None:
        return "[Function]" if callable(x) else str(x)
    body = ", ".join(str(k) + ": " + _show(v, depth + 1) for k, v in f.items())
    return ("" if isinstance(x, dict) else type(x).__name__ + " ") + ("{ " + body + " }" if body else "{}")


class _Expect:
    def __init__(self, actual, negated=False):
        self.v = actual
        self.neg = negated

    @property
    def not_(self):
        return _Expect(self.v, not self.neg)

    def _check(self, ok, want, got, unwanted=None):
        if ok == self.neg:
            raise _Fail("expected " + (unwanted or "not " + want if self.neg else want) + ", received " + got)

    def toBe(self, expected):
        ok = _same(self.v, expected)
        got = _show(self.v)
        if not ok and not self.neg and _diff(self.v, expected, "") is None:
            got += ", an equal value but not the same object (toEqual compares contents)"
        self._check(ok, _show(expected), got)

    def toEqual(self, expected):
        at = _diff(self.v, expected, "")
        got = _show(self.v)
        if at:
            got += ", first difference at " + at.lstrip(".")
        self._check(at is None, _show(expected), got)

    def toContain(self, item):
        v = self.v
        ok = item in v if isinstance(v, str) else any(_same(x, item) for x in v)
        self._check(ok, "something containing " + _show(item), _show(v))

    def toThrow(self, message=None):
        if not callable(self.v):
            raise _Fail("expected a function to call, received " + _show(self.v))
        err = None
        try:
            self.v()
        except Exception as e:
            err = e
        want = "a throw" if message is None else "a throw with " + _show(message)
        ok = err is not None and (message is None or message in str(err))
        no = "no throw" if message is None else "no throw with " + _show(message)
        self._check(ok, want, "no throw" if err is None else _show(err), no)


def _one(s):
    return str(s).replace("\n", "\\n").replace("\x1f", " ")


def _report(mark, name, e):
    # \x1e<mark> name \x1f message \x1f the traceback's frames (file:line; innermost last)
    s = io.StringIO()
    _print_exception(e, s)
    frames = []
    for line in s.getvalue().split("\n"):
        line = line.strip()
        if line.startswith('File "'):
            q = line.find('"', 6)
            n = line.find("line ", q)
            frames.append(line[6:q] + ":" + line[n + 5 :].split(",")[0])
    print("\x1e" + mark, _one(name) + "\x1f" + _one(e if isinstance(e, _Fail) else _show(e)) + "\x1f" + ";".join(frames))


def _wait(r, ms):
    # an async test: run the event loop until its promise settles, or fail after ms
    import asyncio

    failed = []

    async def settle():
        try:
            await r
        except Exception as e:
            failed.append(e)  # raised below: the loop would also print it as never retrieved

    async def main():
        try:
            await asyncio.wait_for_ms(settle(), ms)
        except asyncio.TimeoutError:
            failed.append(_Fail("the test did not finish within " + str(ms) + " ms"))

    asyncio.run(main())
    if failed:
        raise failed[0]


def run(modules):
    passed = failed = 0
    for m in modules:
        del _tests[:]
        try:
            __import__(m)
        except Exception as e:
            _report("!", m, e)
            failed += 1
            continue
        for name, fn, ms in _tests[:]:
            try:
                r = fn()
                # an async test's promise: a coroutine, or a task or JsPromise (an async callback mpts started)
                if hasattr(r, "send") or hasattr(r, "__await__") or hasattr(r, "__next__"):
                    _wait(r, ms)
                print("\x1e+", _one(name))
                passed += 1
            except Exception as e:
                _report("-", name, e)
                failed += 1
            gc.collect()
    print("\x1e=", passed, failed)


builtins.test = test
builtins.expect = _Expect
