# mpts runtime: JavaScript semantics that plain Python lacks.
# The compiler copies only the helpers a program uses (and what they need) into
# the output's mpts_rt.py. Each helper starts at a "# @helper NAME" line; a
# "needs:" list names other helpers, "imports:" lines are module imports.

# @helper js_num
def js_num(x):
    # JavaScript's Number -> string: 2.0 prints as 2, nan as NaN
    if x != x:
        return "NaN"
    if x == float("inf"):
        return "Infinity"
    if x == -float("inf"):
        return "-Infinity"
    if isinstance(x, int) or (x == int(x) and -1e21 < x < 1e21):
        return str(int(x))
    s = repr(x)
    if "e-0" in s:
        s = s.replace("e-0", "e-")
    return s

# @helper js_str needs: js_num, js_inspect
def js_str(x):
    # JavaScript's String(x) for a value of any type
    if isinstance(x, str):
        return x
    if x is None:
        return "undefined"
    if x is True:
        return "true"
    if x is False:
        return "false"
    if isinstance(x, (int, float)):
        return js_num(x)
    if isinstance(x, list):
        return ",".join(["" if v is None else js_str(v) for v in x])
    if isinstance(x, Exception):
        m = str(x)
        n = getattr(x, "name", type(x).__name__)
        return n + ": " + m if m else n
    if hasattr(x, "toString"):
        return x.toString()
    if isinstance(x, dict):
        return "[object Object]"
    if callable(x):
        return "function"
    return str(x)

# @helper js_truthy
def js_truthy(x):
    # empty lists and dicts are truthy in JavaScript; NaN is falsy
    if x is None or x is False:
        return False
    if isinstance(x, (int, float)):
        return x == x and x != 0
    if isinstance(x, str):
        return len(x) > 0
    return True

# @helper js_add needs: js_str
def js_add(a, b):
    if isinstance(a, str) or isinstance(b, str):
        return js_str(a) + js_str(b)
    return a + b

# @helper js_mod imports: math
def js_mod(a, b):
    # the result takes the sign of the dividend, as in JavaScript
    if isinstance(a, int) and isinstance(b, int) and b != 0:
        r = abs(a) % abs(b)
        return -r if a < 0 else r
    return math.fmod(a, b)

# @helper js_shl
def js_shl(a, n):
    # 32-bit signed result, as JavaScript's <<
    r = (a << (n & 31)) & 0xFFFFFFFF
    return r - 0x100000000 if r & 0x80000000 else r

# @helper js_tonum
def js_tonum(x):
    # JavaScript's Number(x)
    if x is None:
        return float("nan")
    if x is True:
        return 1
    if x is False:
        return 0
    if isinstance(x, (int, float)):
        return x
    s = str(x).strip()
    if s == "":
        return 0
    try:
        if s[:2] in ("0x", "0X"):
            return int(s[2:], 16)
        f = float(s)
        i = int(f)
        return i if i == f and "." not in s and "e" not in s and "E" not in s else f
    except (ValueError, OverflowError):
        if s == "Infinity" or s == "+Infinity":
            return float("inf")
        if s == "-Infinity":
            return -float("inf")
        return float("nan")

# @helper js_typeof
def js_typeof(x):
    if x is None:
        return "undefined"
    if isinstance(x, bool):
        return "boolean"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, str):
        return "string"
    if callable(x) and not hasattr(x, "__dict__"):
        return "function"
    return "object"

# @helper js_parse_int
def js_parse_int(s, radix=None):
    # JavaScript's parseInt: leading digits only; NaN when there are none
    s = str(s).strip()
    sign = 1
    if s[:1] in ("-", "+"):
        if s[0] == "-":
            sign = -1
        s = s[1:]
    if radix is None or radix == 0:
        radix = 10
        if s[:2] in ("0x", "0X"):
            radix = 16
            s = s[2:]
    elif radix == 16 and s[:2] in ("0x", "0X"):
        s = s[2:]
    n = 0
    i = 0
    for ch in s:
        c = ord(ch)
        if 48 <= c <= 57:
            d = c - 48
        elif 97 <= c <= 122:
            d = c - 87
        elif 65 <= c <= 90:
            d = c - 55
        else:
            break
        if d >= radix:
            break
        n = n * radix + d
        i += 1
    if i == 0:
        return float("nan")
    return sign * n

# @helper js_parse_float needs: js_tonum
def js_parse_float(s):
    # the longest numeric prefix, as JavaScript's parseFloat
    s = str(s).strip()
    end = 0
    seen_dot = seen_e = False
    i = 0
    n = len(s)
    if i < n and s[i] in "+-":
        i += 1
    if s[i:i + 8] == "Infinity":
        return float("inf") if s[0] != "-" else -float("inf")
    digits = False
    while i < n:
        c = s[i]
        if "0" <= c <= "9":
            digits = True
            end = i + 1
        elif c == "." and not seen_dot and not seen_e:
            seen_dot = True
        elif c in "eE" and digits and not seen_e:
            seen_e = True
            if i + 1 < n and s[i + 1] in "+-":
                i += 1
        else:
            break
        i += 1
    if not digits:
        return float("nan")
    return js_tonum(s[:end])

# @helper js_to_fixed
def js_to_fixed(x, digits=0):
    # JavaScript rounds the exact binary value half away from zero
    s = "%.*f" % (digits, x)
    if s.startswith("-") and float(s) == 0:
        s = s[1:]
    return s

# @helper js_round imports: math
def js_round(x):
    # Math.round rounds halves up (towards +Infinity)
    if isinstance(x, int):
        return x
    return math.floor(x + 0.5)

# @helper js_substring
def js_substring(s, start, end=None):
    n = len(s)
    if end is None:
        end = n
    start = min(max(int(start), 0), n)
    end = min(max(int(end), 0), n)
    if start > end:
        start, end = end, start
    return s[start:end]

# @helper js_pad
def js_pad(s, n, fill, at_start):
    # padStart / padEnd
    gap = n - len(s)
    if gap <= 0 or fill == "":
        return s
    pad = (fill * (gap // len(fill) + 1))[:gap]
    return pad + s if at_start else s + pad

# @helper js_split
def js_split(s, sep=None, limit=None):
    if sep is None:
        parts = [s]
    elif sep == "":
        parts = list(s)
    else:
        parts = s.split(sep)
    if limit is not None:
        parts = parts[:limit]
    return parts

# @helper js_index_of
def js_index_of(a, x, start=0):
    # list.index raises where JavaScript returns -1
    n = len(a)
    i = start if start >= 0 else max(n + start, 0)
    while i < n:
        if a[i] == x:
            return i
        i += 1
    return -1

# @helper js_last_index_of
def js_last_index_of(a, x):
    i = len(a) - 1
    while i >= 0:
        if a[i] == x:
            return i
        i -= 1
    return -1

# @helper js_splice
def js_splice(a, start, count=None, *items):
    n = len(a)
    if start < 0:
        start = max(n + start, 0)
    start = min(start, n)
    if count is None:
        count = n - start
    count = min(max(count, 0), n - start)
    removed = a[start:start + count]
    a[start:start + count] = list(items)
    return removed

# @helper js_sort needs: js_str
def js_sort(a, compare=None):
    # stable merge sort; without a comparator JavaScript compares as strings
    if compare is None:
        if all(isinstance(v, str) for v in a):
            a.sort()
        else:
            a.sort(key=js_str)
        return a
    n = len(a)
    src = a[:]
    dst = a[:]
    width = 1
    while width < n:
        i = 0
        while i < n:
            mid = min(i + width, n)
            hi = min(i + 2 * width, n)
            l, r, k = i, mid, i
            while l < mid and r < hi:
                if compare(src[r], src[l]) < 0:
                    dst[k] = src[r]
                    r += 1
                else:
                    dst[k] = src[l]
                    l += 1
                k += 1
            while l < mid:
                dst[k] = src[l]
                l += 1
                k += 1
            while r < hi:
                dst[k] = src[r]
                r += 1
                k += 1
            i += 2 * width
        src, dst = dst, src
        width *= 2
    a[:] = src
    return a

# @helper js_json needs: js_num
def js_json(x, indent=None, _depth=0):
    # JSON.stringify: insertion order, integral floats without ".0"
    if x is None:
        return "null"
    if x is True:
        return "true"
    if x is False:
        return "false"
    if isinstance(x, (int, float)):
        return js_num(x) if x == x and x not in (float("inf"), -float("inf")) else "null"
    if isinstance(x, str):
        out = '"'
        for ch in x:
            if ch == '"':
                out += '\\"'
            elif ch == "\\":
                out += "\\\\"
            elif ch == "\n":
                out += "\\n"
            elif ch == "\r":
                out += "\\r"
            elif ch == "\t":
                out += "\\t"
            elif ord(ch) < 0x20:
                out += "\\u%04x" % ord(ch)
            else:
                out += ch
        return out + '"'
    if isinstance(x, (list, tuple)):
        items = [("null" if callable(v) else js_json(v, indent, _depth + 1)) for v in x]
        return _js_json_wrap("[", "]", items, indent, _depth)
    if hasattr(x, "toJSON"):
        return js_json(x.toJSON(), indent, _depth)
    d = x if isinstance(x, dict) else x.__dict__
    items = []
    for k in d:
        v = d[k]
        if v is None and not isinstance(x, dict) or callable(v):
            continue
        items.append(js_json(str(k)) + (": " if indent else ":") + js_json(v, indent, _depth + 1))
    return _js_json_wrap("{", "}", items, indent, _depth)


def _js_json_wrap(open_, close, items, indent, depth):
    if not items:
        return open_ + close
    if not indent:
        return open_ + ",".join(items) + close
    pad = (" " * indent if isinstance(indent, int) else indent)
    inner = "\n" + pad * (depth + 1)
    return open_ + inner + ("," + inner).join(items) + "\n" + pad * depth + close

# @helper js_inspect needs: js_num
def js_inspect(x, _top=True):
    # what console.log prints for a value (Node's util.inspect, single line)
    if isinstance(x, str):
        return x if _top else "'" + x.replace("\\", "\\\\").replace("'", "\\'") + "'"
    if x is None:
        return "undefined"
    if x is True:
        return "true"
    if x is False:
        return "false"
    if isinstance(x, (int, float)):
        return js_num(x)
    if isinstance(x, (list, tuple)):
        if not x:
            return "[]"
        return "[ " + ", ".join([js_inspect(v, False) for v in x]) + " ]"
    if isinstance(x, Exception):
        m = str(x)
        n = getattr(x, "name", type(x).__name__)
        return n + ": " + m if m else n
    if isinstance(x, dict):
        if not x:
            return "{}"
        parts = []
        for k in x:
            ks = str(k)
            key = ks if _js_ident(ks) else "'" + ks + "'"
            parts.append(key + ": " + js_inspect(x[k], False))
        return "{ " + ", ".join(parts) + " }"
    if callable(x):
        return "[Function]"
    d = getattr(x, "__dict__", None)
    if d is not None:
        parts = [k + ": " + js_inspect(d[k], False) for k in d]
        return type(x).__name__ + (" { " + ", ".join(parts) + " }" if parts else " {}")
    return str(x)


def _js_ident(s):
    if not s or "0" <= s[0] <= "9":
        return False
    for c in s:
        if not (c == "_" or c == "$" or "a" <= c <= "z" or "A" <= c <= "Z" or "0" <= c <= "9"):
            return False
    return True

# @helper Error
class Error(Exception):
    # JavaScript's Error: a message, a name, and String(e) == "Error: message"
    name = "Error"

    def __init__(self, message=""):
        super().__init__(message)
        self.message = message

    def toString(self):
        return self.name + ": " + self.message if self.message else self.name

    def __str__(self):
        return self.message

# @helper TypeError_ needs: Error
class TypeError_(Error):
    name = "TypeError"

# @helper RangeError needs: Error
class RangeError(Error):
    name = "RangeError"

# @helper SyntaxError_ needs: Error
class SyntaxError_(Error):
    name = "SyntaxError"

# @helper js_set_timeout imports: asyncio
def js_set_timeout(fn, ms=0, *args):
    # a task that sleeps, then calls; clearTimeout cancels it
    async def run():
        await asyncio.sleep_ms(int(ms or 0))
        r = fn(*args)
        if hasattr(r, "send"):
            await r
    return asyncio.create_task(run())

# @helper js_set_interval imports: asyncio
def js_set_interval(fn, ms=0, *args):
    async def run():
        while True:
            await asyncio.sleep_ms(int(ms or 0))
            r = fn(*args)
            if hasattr(r, "send"):
                await r
    return asyncio.create_task(run())

# @helper js_clear_timer
def js_clear_timer(task):
    if task is not None:
        task.cancel()

# @helper JsPromise imports: asyncio
class JsPromise:
    # new Promise((resolve, reject) => ...): an awaitable settled by its executor
    def __init__(self, executor):
        self._event = asyncio.Event()
        self._value = None
        self._error = None
        try:
            executor(self._resolve, self._reject)
        except Exception as e:
            self._reject(e)

    def _resolve(self, value=None):
        if not self._event.is_set():
            self._value = value
            self._event.set()

    def _reject(self, error=None):
        if not self._event.is_set():
            self._error = error if error is not None else Exception("rejected")
            self._event.set()

    async def _wait(self):
        await self._event.wait()
        if self._error is not None:
            raise self._error
        v = self._value
        if hasattr(v, "send") or isinstance(v, (JsPromise, asyncio.Task)):
            v = await v
        return v

    def __iter__(self):
        # MicroPython awaits through the iterator protocol
        return self._wait()

    __await__ = __iter__

# @helper js_resolved
async def js_resolved(value=None):
    # Promise.resolve(value)
    return value

# @helper js_gather imports: asyncio
async def js_gather(aws):
    # Promise.all: a list of results, in order
    return list(await asyncio.gather(*aws))
