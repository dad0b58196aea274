# mpts runtime: JavaScript semantics that plain Python lacks.
# The compiler copies only the helpers a program uses (and what they need) into
# the output's mpts_rt.py. Each helper starts at a "# @helper NAME" line; a
# "needs:" list names other helpers, "imports:" lines are module imports. A
# "slow" helper (a plain function on another helper's rare path) goes with what
# only it needs to mpts_rt_slow.py, compiled on its first call (helpers.ts).

# @helper js_num needs: _js_num_rare
def js_num(x):
    # JavaScript's String(number): 2.0 prints as 2, nan as NaN, and exponents
    # only below 1e-6 and from 1e21 on (1e-7, 1e+21), digits as JavaScript rounds them.
    # An integral number needs none of the float digits below: str(x), or js_inum
    if isinstance(x, int):
        return str(x)
    if isinstance(x, float):
        # most floats first, in one format: 15 digits that read back as x are its
        # shortest (a double holds under 16), written as JavaScript does when no
        # exponent is needed (not nan, inf, -0)
        s = "%.15g" % x
        if "e" not in s and "n" not in s and s != "-0" and float(s) == x:
            return s
    return _js_num_rare(x)

# @helper _js_num_rare slow imports: math
def _js_num_rare(x):
    # js_num of what "%.15g" does not give: NaN, infinities, -0, exponents, floats
    # that need 16 or 17 digits, and values that are not numbers after all
    if x != x:
        return "NaN"
    if not isinstance(x, float):
        # not a number after all: a key a dictionary does not have (undefined), or a
        # type assertion that lied (`${"" as number}` is "")
        return "undefined" if x is None else x if isinstance(x, str) else str(x)
    if -9007199254740992.0 <= x <= 9007199254740992.0 and x == int(x):
        return str(int(x))
    if x == float("inf") or x == -float("inf"):
        return "Infinity" if x > 0 else "-Infinity"
    s = _js_digits(x)
    i = s.find("e")
    if i < 0:
        return s
    m = s[:i]
    e = int(s[i + 1:])
    if e < -6 or e > 20:
        return m + ("e+" if e > 0 else "e-") + str(abs(e))
    # plain decimal: the repr's digits with the point moved
    neg = m[0] == "-"
    d = m.lstrip("-").replace(".", "")
    p = e + 1
    if p <= 0:
        r = "0." + "0" * -p + d
    elif p >= len(d):
        r = d + "0" * (p - len(d))
    else:
        r = d[:p] + "." + d[p:]
    return "-" + r if neg else r


def _js_digits(x):
    # the shortest digits that read back as x (MicroPython's repr may print more);
    # a subnormal has fewer significant bits, so its shortest can be under 15 digits
    ps = ("%.15g", "%.16g", "%.17g")
    if -2.2250738585072014e-308 < x < 2.2250738585072014e-308:
        ps = ["%." + str(n) + "g" for n in range(1, 18)]
    for p in ps:
        s = p % x
        if float(s) == x:
            break
    i = s.find("e")
    m = s if i < 0 else s[:i]
    last = int(m[-1])
    if p == "%.15g" or last % 2 == 0 or not _js_is_tie(x, m, 0 if i < 0 else int(s[i + 1:])):
        return s
    # an exact tie: JavaScript takes the even digit, MicroPython rounded up
    return m[:-1] + str(last - 1) + s[len(m):]


def _js_is_tie(x, m, e):
    # is |x| exactly halfway between the decimal m*10**e and the one a unit below it?
    k = m.find(".")
    if k >= 0:
        e -= len(m) - k - 1
    d = int(m.lstrip("-").replace(".", ""))
    f, b = math.frexp(abs(x))
    lhs, rhs = int(f * 9007199254740992) * 2, 2 * d - 1  # 2|x| and 2d-1, both times powers
    b -= 53
    if b < 0:
        rhs <<= -b
    else:
        lhs <<= b
    if e < 0:
        lhs *= 10 ** -e
    else:
        rhs *= 10 ** e
    return lhs == rhs

# @helper js_inum
def js_inum(x):
    # String(number) of an integral number: an int, or a float holding one (2.0)
    # within +-2**53, where JavaScript prints every digit; no float-digit code
    return str(x if isinstance(x, int) else int(x))

# @helper js_lognum needs: js_num
def js_lognum(x):
    # a number as console.log prints it: String(x), except that -0 stays -0
    if x == 0 and str(x)[0] == "-":
        return "-0"
    return js_num(x)

# @helper js_str needs: js_num
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
    if isinstance(x, (list, tuple)):
        return ",".join(["" if v is None else js_str(v) for v in x])
    if isinstance(x, Exception):
        m = str(x)
        n = getattr(x, "name", type(x).__name__)
        return n + ": " + m if m else n
    if hasattr(x, "toString"):
        return x.toString()
    if isinstance(x, type):
        return "class " + x.__name__ + " { }"
    if callable(x):
        return "function " + getattr(x, "__name__", "") + "() { [native code] }"
    return "[object Object]"

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
    # the result takes the sign of the dividend, as in JavaScript; x % 0 is NaN
    if isinstance(a, int) and isinstance(b, int) and b != 0:
        r = abs(a) % abs(b)
        return -r if a < 0 else r
    if b == 0 or a - a != 0:
        return float("nan")
    return math.fmod(a, b)

# @helper js_shl
def js_shl(a, n):
    # 32-bit signed result, as JavaScript's <<; a result in the small-int range is already
    # in range, and returning it early allocates nothing (0xFFFFFFFF makes big ints)
    r = a << (n & 31)
    if -0x3FFFFFFF <= r <= 0x3FFFFFFF:
        return r
    r &= 0xFFFFFFFF
    return r - 0x100000000 if r & 0x80000000 else r

# @helper js_i32
def js_i32(x):
    # the low 32 bits as a signed number, as JavaScript's bitwise operators give
    x &= 0xFFFFFFFF
    return x - 0x100000000 if x & 0x80000000 else x

# @helper js_text_num needs: js_tonum
def js_text_num(s):
    # Number(s) of a text, the commonest first: digits after a minus sign or none, with at
    # most one point between digits ("-12", "21.75"), which int() and float() read as
    # Number() does. The rest (spaces, "+", "", hex, exponents, Infinity, "-0", 16 digits
    # and more, not a text after all) is js_tonum's, in the slow file unless the program calls it
    if type(s) is str:
        t = s[1:] if s[:1] == "-" else s
        if t.isdigit():
            if len(t) < 16:
                n = int(s)
                if n or s[0] != "-":
                    return n
        else:
            i = t.find(".")
            if 0 < i < len(t) - 1 and t.replace(".", "", 1).isdigit():
                return float(s)
    return js_tonum(s)

# @helper js_tonum slow
def js_tonum(x):
    # JavaScript's Number(x)
    if type(x) is str:
        s = x.strip()
        # a decimal integer, signed or not, the commonest text: int() reads it as Number() does
        t = s[1:] if s[:1] in ("-", "+") else s
        if t.isdigit() and len(t) < 16:
            # "-0" is JavaScript's negative zero, which an int does not have
            return int(s) if s[0] != "-" or t.strip("0") else -0.0
    else:
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
        p = s[:2]
        if p in ("0x", "0X"):
            return int(s[2:], 16)
        if p in ("0b", "0B"):
            return int(s[2:], 2)
        if p in ("0o", "0O"):
            return int(s[2:], 8)
        # float() also takes "inf", "1_000", "e5" and "."; JavaScript wants digits at both ends
        c = s[-1]
        t = s[1:] if s[0] in "+-" else s
        if not ("0" <= c <= "9" or (c == "." and "0" <= s[-2:-1] <= "9")) or not ("0" <= t[:1] <= "9" or (t[:1] == "." and "0" <= t[1:2] <= "9")) or "_" in s:
            if s == "Infinity" or s == "+Infinity":
                return float("inf")
            if s == "-Infinity":
                return -float("inf")
            return float("nan")
        f = float(s)
    except ValueError:
        return float("nan")
    if "." in s or "e" in s or "E" in s or not -9007199254740992.0 <= f <= 9007199254740992.0:
        return f
    return int(f) if f else f  # -0 keeps its sign

# @helper js_typeof
def js_typeof(x):
    # typeof of a value whose static type does not tell (None is undefined here)
    if x is None:
        return "undefined"
    if isinstance(x, bool):
        return "boolean"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, str):
        return "string"
    if isinstance(x, type) or (callable(x) and not hasattr(x, "__dict__")) or type(x).__name__ == "JsFn":
        return "function"
    if type(x).__name__ == "JsSymbol":
        return "symbol"
    return "object"

# @helper js_parse_int needs: _js_parse_int_text
def js_parse_int(s, radix=None):
    # JavaScript's parseInt: leading digits only; NaN when there are none
    if type(s) is not str:
        s = str(s)  # str() of a str copies it (MicroPython)
    # only ASCII digits (MicroPython's isdigit), after a minus or not: int() reads them
    # as parseInt does, and fast ("-0" gives 0, as the general path does)
    if (not radix or radix == 10) and (s.isdigit() or s.startswith("-") and s[1:].isdigit()):
        return int(s)
    return _js_parse_int_text(s, radix)

# @helper _js_parse_int_text slow
def _js_parse_int_text(s, radix):
    # parseInt of a text that is not all decimal digits: a sign, spaces, 0x, a radix, trailing text
    s = s.strip()
    sign = -1 if s[:1] == "-" else 1
    if s[:1] in ("-", "+"):
        s = s[1:]
    radix = int(radix) if radix else 0
    if radix in (0, 16) and s[:2] in ("0x", "0X"):
        s, radix = s[2:], 16
    radix = radix or 10
    if radix < 2 or radix > 36:
        return float("nan")
    # as many leading characters as are digits below the radix, read by int()
    i = 0
    for ch in s.lower():
        if not 0 <= "0123456789abcdefghijklmnopqrstuvwxyz".find(ch) < radix:
            break
        i += 1
    return sign * int(s[:i], radix) if i else float("nan")

# @helper js_parse_hex needs: js_parse_int
def js_parse_hex(s):
    # parseInt(s, 16): int() reads a whole string of hex digits (signed, spaced, after
    # 0x) as parseInt does, in C; anything else is scanned by js_parse_int
    if "_" not in s:
        try:
            return int(s, 16)
        except ValueError:
            pass
    return js_parse_int(s, 16)

# @helper js_parse_float needs: _js_parse_float_prefix
def js_parse_float(s):
    # the longest numeric prefix, as JavaScript's parseFloat. The commonest case at the
    # cost of one float(): text that starts with a digit (after a minus sign) and that
    # float() reads whole (float() also reads ".", "e1", "inf" and "1_0", which the
    # first-character test and the underscore test keep out). An integral value stays
    # a float, as after `/`: what needs an int converts it
    try:
        if "0" <= s[s[0] == "-"] <= "9" and "_" not in s:
            return float(s)
    except (ValueError, IndexError, TypeError):
        pass
    return _js_parse_float_prefix(s)

# @helper _js_parse_float_prefix slow
def _js_parse_float_prefix(s):
    # parseFloat of a text float() does not read whole: spaces, a sign, Infinity, trailing text
    s = (s if type(s) is str else str(s)).strip()  # str() of a str copies it (MicroPython)
    i = 1 if s.startswith("+") or s.startswith("-") else 0
    c = s[i:i + 1]
    # it starts with a digit, or a point and a digit (float() also reads "inf", "." and "e5")
    if not ("0" <= c <= "9" or c == "." and "0" <= s[i + 1:i + 2] <= "9"):
        if s.startswith("Infinity", i):
            return float("inf") if s[0] != "-" else -float("inf")
        return float("nan")
    try:
        if "_" in s:  # float() reads "1_0" as 10
            raise ValueError
        return float(s)  # the whole text is a number
    except ValueError:
        pass
    # digits, one point, an exponent with digits
    end = 0
    seen_dot = seen_e = False
    n = len(s)
    while i < n:
        c = s[i]
        if "0" <= c <= "9":
            end = i + 1
        elif c == "." and not seen_dot and not seen_e:
            seen_dot = True
        elif c in "eE" and not seen_e:
            seen_e = True
            if i + 1 < n and s[i + 1] in "+-":
                i += 1
        else:
            break
        i += 1
    return float(s[:end])

# @helper _JS_FIXED
# toFixed's format for each digit count %f rounds exactly: one argument, so no tuple per call as "%.*f" makes
_JS_FIXED = ("%.0f", "%.1f", "%.2f", "%.3f", "%.4f")

# @helper js_to_fixed needs: js_fixed, js_big_str, _JS_FIXED
def js_to_fixed(x, digits):
    # n.toFixed(digits), digits an int: String(x) from 1e21 on
    if x != x:
        return "NaN"
    # %f rounds as toFixed does for up to 4 digits below 1e12 (numbers.md "toFixed as %f");
    # plus 0.0, -0.0 prints as 0
    if 0 <= digits < 5 and -1e12 < x < 1e12:
        return _JS_FIXED[digits] % (x + 0.0)
    if not -1e21 < x < 1e21:
        return js_big_str(x)
    return js_fixed(x, digits)

# @helper js_fixed_digits needs: js_fixed, _JS_FIXED
def js_fixed_digits(x, digits):
    # toFixed of a finite number of known size with a digit count not known when compiling:
    # %f where it rounds as toFixed does (as js_to_fixed), not the big-integer path
    if 0 <= digits < 5 and -1e12 < x < 1e12:
        return _JS_FIXED[digits] % (x + 0.0)
    return js_fixed(x, digits)

# @helper js_fixed slow imports: math
def js_fixed(x, digits):
    # toFixed of a finite number below 1e21 (an int too: below 2**53 it is the float
    # it stands for). JavaScript rounds the exact binary value, halves away from zero,
    # so |x| is taken apart into integer mantissa and exponent. The rare path of the
    # helpers above (5 digits or more, 1e12 and more), so in the slow file unless the
    # program calls it or asks for 5 digits or more
    m, e = math.frexp(abs(x))
    n = int(m * 9007199254740992.0) * 10 ** digits
    e -= 53
    s = "%0*d" % (digits + 1, n << e if e >= 0 else (n + (1 << (-e - 1))) >> -e)
    if digits:
        s = s[:-digits] + "." + s[-digits:]
    return "-" + s if x < 0 else s

# @helper js_big_str slow alias-of: js_num imports: math
def js_big_str(x):
    # String(x) of a float from 1e21 on, where toFixed gives it, without js_num
    # (a program that has js_num gets js_big_str = js_num instead). x is an integer
    # n, so the fewest digits that read back as x are found with exact integers: the
    # nearer candidate (a tie: the even one), else the one above it, as the gap above
    # n is twice the gap below when n is a power of two; a gap's end reads back when
    # the mantissa f is even
    if abs(x) == float("inf"):
        return "Infinity" if x > 0 else "-Infinity"
    m, e = math.frexp(abs(x))
    f = int(m * 9007199254740992.0)
    e -= 53
    n = f << e
    up = 1 << (e - 1)
    down = up >> (f == 4503599627370496)
    d = len(str(n))
    for k in range(1, 18):
        sc = 10 ** (d - k)
        q, r = divmod(n, sc)
        q += r * 2 > sc or r * 2 == sc and q % 2
        t = q * sc - n
        if -down < t < up or f % 2 == 0 and (t == up or t == -down):
            break
        if t + sc < up or f % 2 == 0 and t + sc == up:
            q += 1
            break
    s = str(q).rstrip("0")
    return ("-" if x < 0 else "") + (s[0] + "." + s[1:]).rstrip(".") + "e+" + str(d - 1 + (len(str(q)) > k))

# @helper js_radix
def js_radix(n, radix):
    # n.toString(radix) of an integer
    radix = int(radix)
    if radix < 2 or radix > 36:
        raise ValueError("toString() radix must be between 2 and 36")
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    m = abs(n)
    out = ""
    while m:
        out = digits[m % radix] + out
        m //= radix
    return ("-" if n < 0 else "") + (out or "0")

# @helper js_round imports: math
def js_round(x):
    # Math.round: the nearest integer, halves towards +Infinity (Python's round
    # takes halves to even); x - floor(x) is exact, floor(x + 0.5) is not
    if isinstance(x, int):
        return x
    r = math.floor(x)
    return r + 1 if x - r >= 0.5 else r

# @helper js_cbrt
def js_cbrt(x):
    # Math.cbrt: exact for perfect cubes (27 ** (1 / 3) is 3.0000000000000004)
    if x < 0:
        return -js_cbrt(-x)
    r = x ** (1 / 3)
    n = int(r + 0.5)
    return n if n * n * n == x else r

# @helper js_substring
def js_substring(s, start, end=None):
    # s.substring: bounds clamped to [0, len], swapped when reversed
    # (clamped before int(): NaN is 0, an infinity the length, a fraction truncates)
    n = len(s)
    start = min(max(start, 0), n) if start == start else 0
    end = n if end is None else min(max(end, 0), n) if end == end else 0
    if start > end:
        start, end = end, start
    return s[int(start):int(end)]

# @helper js_pad
def js_pad(s, n, fill, at_start):
    # padStart / padEnd: the fill repeated and cut to the gap
    gap = int(n) - len(s)
    if gap <= 0 or fill == "":
        return s
    pad = (fill * (gap // len(fill) + 1))[:gap]
    return pad + s if at_start else s + pad

# @helper js_split
def js_split(s, sep=None, limit=None):
    # s.split(sep, limit): "" splits into characters; a negative limit is no limit
    if sep is None:
        parts = [s]
    elif sep == "":
        parts = list(s)
    else:
        parts = s.split(sep)
    if limit is not None and limit >= 0:
        parts = parts[:int(limit)]
    return parts

# @helper js_index_of
def js_index_of(a, x, start=0):
    # list.index raises where JavaScript returns -1
    if start < 0:
        start = max(len(a) + start, 0)
    try:
        return a.index(x, start)
    except ValueError:
        return -1

# @helper js_index_of_ref
def js_index_of_ref(a, x, start=0):
    # indexOf where items may be objects: JavaScript compares objects by identity
    # (Python's == compares lists, dicts and sets by value) and a number never
    # equals a boolean (Python's 1 == True)
    n = len(a)
    i = start if start >= 0 else max(n + start, 0)
    val = isinstance(x, (str, int, float, bytes))
    b = type(x) is bool
    while i < n:
        v = a[i]
        if v is x or (val and v == x and (type(v) is bool) == b):
            return i
        i += 1
    return -1

# @helper js_last_index_of
def js_last_index_of(a, x, start=None):
    i = len(a) - 1 if start is None else (start if start >= 0 else len(a) + start)
    i = min(i, len(a) - 1)
    while i >= 0:
        if a[i] == x:
            return i
        i -= 1
    return -1

# @helper js_last_index_of_ref
def js_last_index_of_ref(a, x, start=None):
    i = len(a) - 1 if start is None else (start if start >= 0 else len(a) + start)
    i = min(i, len(a) - 1)
    # as js_index_of_ref: objects by identity, a number never equals a boolean
    val = isinstance(x, (str, int, float, bytes))
    b = type(x) is bool
    while i >= 0:
        v = a[i]
        if v is x or (val and v == x and (type(v) is bool) == b):
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
def js_sort(a):
    # sort() without a comparator: JavaScript compares as strings
    if all(isinstance(v, str) for v in a):
        a.sort()
    else:
        # equal strings of different values (1 and "1", entries) keep their order:
        # MicroPython's list.sort is not stable, so the index breaks ties
        k = [(js_str(v), i) for i, v in enumerate(a)]
        k.sort()
        a[:] = [a[i] for _, i in k]
    return a

# @helper js_sort_cmp
def js_sort_cmp(a, compare):
    # sort(compare): a stable merge sort (MicroPython's list.sort is not stable)
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

# @helper js_sort_by
def js_sort_by(a, d, reverse=False):
    # a stable sort by keys (MicroPython's list.sort is not stable): d holds (key..., position,
    # item) of each item of a, the position negated when reverse, so ties keep their order
    d.sort(reverse=reverse)
    a[:] = [t[-1] for t in d]
    return a

# @helper js_flat
def js_flat(a):
    # flat() and flatMap(): one level of arrays is spread, other items kept
    out = []
    for v in a:
        if isinstance(v, list):
            out.extend(v)
        else:
            out.append(v)
    return out

# @helper js_json needs: js_num, js_fields, js_json_str imports: json
def js_json(x, indent=None, omit_none=False):
    # JSON.stringify: insertion order, integral floats without ".0". Null and
    # undefined are both None: omit_none (chosen from the static type, 1 or a
    # spec per property) drops None-valued properties that can only be undefined.
    if isinstance(indent, (int, float)) and not isinstance(indent, bool):
        indent = " " * min(10, int(indent))
    elif isinstance(indent, str):
        indent = indent[:10]
    else:
        indent = None
    return _js_json(x, indent or None, omit_none, 0)


def _js_json(x, indent, omit_none, depth):
    if x is None:
        return "null"
    if x is True:
        return "true"
    if x is False:
        return "false"
    if isinstance(x, int):
        return str(x)
    if isinstance(x, float):
        return js_num(x) if x == x and x not in (float("inf"), -float("inf")) else "null"
    if isinstance(x, str):
        return js_json_str(x)
    if isinstance(x, (list, tuple)):
        items = [("null" if callable(v) else _js_json(v, indent, omit_none, depth + 1)) for v in x]
        return _js_json_wrap("[", "]", items, indent, depth)
    if isinstance(x, dict):
        pairs = x.items()
    elif hasattr(x, "toJSON"):
        return _js_json(x.toJSON(), indent, omit_none, depth)
    else:
        pairs = [(k, getattr(x, a)) for k, a in js_fields(x)]
    sep = ": " if indent else ":"
    items = []
    for k, v in pairs:
        if callable(v):
            continue
        s = omit_none
        if isinstance(s, dict):
            # per property (see compiler/builtins/json-omit.ts): [s] writes null
            # and continues with s, 1 or a dict leaves a None out, missing is 0
            s = s.get(k, 0)
            if isinstance(s, list):
                s = s[0]
            elif v is None and s != 0:
                continue
        elif v is None and s:
            continue
        items.append(json.dumps(str(k)) + sep + _js_json(v, indent, s, depth + 1))
    return _js_json_wrap("{", "}", items, indent, depth)


def _js_json_wrap(open_, close, items, indent, depth):
    if not items:
        return open_ + close
    if not indent:
        return open_ + ",".join(items) + close
    inner = "\n" + indent * (depth + 1)
    return open_ + inner + ("," + inner).join(items) + "\n" + indent * depth + close

# @helper js_json_str imports: json
def js_json_str(s):
    # JSON.stringify of a string: json.dumps writes \b and \f as \u0008 and \u000c
    if "\b" in s or "\f" in s:
        return '"' + "\\f".join("\\b".join(json.dumps(q)[1:-1] for q in p.split("\b")) for p in s.split("\f")) + '"'
    return json.dumps(s)

# @helper js_json_num needs: js_num
def js_json_num(x):
    # a number in JSON.stringify: NaN and the infinities are null, -0 is 0
    if isinstance(x, int):
        return str(x)
    s = "%.15g" % x
    # js_num's first case, without its call (-0 is 0 here)
    if "e" not in s and "n" not in s and float(s) == x:
        return "0" if s == "-0" else s
    if x - x != 0:
        return "null"
    return js_num(x)

# @helper js_fields
def js_fields(x):
    # (JavaScript name, attribute) of an instance's fields in JavaScript's order:
    # instance dicts forget it, so classes list their fields in _js_fields
    order = getattr(type(x), "_js_fields", None)
    d = x.__dict__
    if order is None:
        return [(k, k) for k in d]
    out = []
    for f in order:
        if isinstance(f, str):
            f = (f, f)
        if f[1] in d:
            out.append(f)
    return out

# @helper js_json_loads needs: _js_raise_syntax imports: json
def js_json_loads(s):
    # JSON.parse: bad text raises SyntaxError, as in JavaScript
    try:
        return json.loads(s)
    except ValueError:
        _js_raise_syntax("Unexpected token in JSON")

# @helper js_json_parse needs: _js_raise_syntax imports: json, collections, re
def js_json_parse(s):
    # JSON.parse keeping the key order of objects. json.loads parses (in C) into
    # plain dicts, which forget the order, and takes ',' and ':' for spaces ([1,]
    # is [1]): so the text is checked against JSON's grammar, and the objects are
    # rebuilt as OrderedDicts with their keys in text order, read before each '":'
    try:
        v = json.loads(s)
    except ValueError:
        v = _js_jp_c
    if v is _js_jp_c or not _js_jp_valid(s):
        _js_raise_syntax("Unexpected token in JSON")
    if not isinstance(v, _js_jp_c) or "{" not in s:
        return v
    # a '":' inside a string would invent a key; a key the scan misses (a space
    # before its colon, a quote in it) makes its object fail the checks below
    if '\\":' not in s:
        p = s.split('":')
        p.pop()
        keys = [c[c.rfind('"') + 1:] for c in p]
        p = None
        try:
            if "\\" in s:
                j = '","'.join(keys)
                if "\\" in j:
                    keys = json.loads('["' + j + '"]')
            if isinstance(v, dict):
                v, j = _js_jp_obj(v, keys, 0)
            else:
                j = _js_jp_arr(v, keys, 0)
            if j == len(keys):
                return v
        except (KeyError, IndexError, ValueError):
            pass
    # a repeated key (the first place, the last value) or the cases above: parse
    # again, keys and all, in Python
    return _js_jp_value(s, _js_jp_ws(s, 0))[0]


_js_jp_c = (dict, list)
_js_jp_num = re.compile(rb"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")
_js_jp_esc = re.compile(rb"\\u[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]")
_js_jp_bad = re.compile(b'[\x01-\x1f]|\\\\[^"/bfnrt]')


def _js_jp_valid(s):
    # JSON's grammar, on the text's skeleton: strings become S (K before a colon),
    # other values n, then containers reduce to n until one value is left. Bytes,
    # not str: MicroPython indexes and splits bytes faster
    b = s.encode()
    if b"\x00" in b:
        return False
    # escaped backslashes and quotes out of the way, so that quotes delimit strings
    if b"\\" in b:
        b = b.replace(b"\\\\", b"\x00\x00").replace(b'\\"', b"\x00\x00")
    p = b.split(b'"')
    if len(p) % 2 == 0:
        return False
    # strings' contents t, and the rest k with S for each string; the parts go at
    # once (a board's heap holds a few copies of the text at most)
    t = b"".join(p[1::2])
    k = b"S".join(p[0::2])
    p = b = None
    if b"\\" in t:
        t = _js_jp_esc.sub(b"", t)
    if _js_jp_bad.search(t):
        return False
    t = None
    k = _js_jp_num.sub(b"n", k)
    for w in (b"true", b"false", b"null"):
        k = k.replace(w, b"n")
    for w in (b" ", b"\n", b"\t", b"\r"):
        k = k.replace(w, b"")
    k = k.replace(b"S:", b"K").replace(b"S", b"n")
    while True:
        k0 = k
        k = k.replace(b"Kn", b"m").replace(b"m,m", b"m").replace(b"n,n", b"n")
        k = k.replace(b"{m}", b"n").replace(b"{}", b"n").replace(b"[n]", b"n").replace(b"[]", b"n")
        if k == k0:
            return k == b"n"


def _js_jp_obj(d, keys, j):
    # d's keys are next in keys, each followed by those of its value's objects
    od = collections.OrderedDict()
    for _ in range(len(d)):
        k = keys[j]
        j += 1
        x = d[k]
        if isinstance(x, _js_jp_c):
            if isinstance(x, dict):
                x, j = _js_jp_obj(x, keys, j)
            else:
                j = _js_jp_arr(x, keys, j)
        od[k] = x
    if len(od) != len(d):
        raise KeyError()
    return od, j


def _js_jp_arr(a, keys, j):
    for i in range(len(a)):
        x = a[i]
        if isinstance(x, _js_jp_c):
            if isinstance(x, dict):
                a[i], j = _js_jp_obj(x, keys, j)
            else:
                j = _js_jp_arr(x, keys, j)
    return j


def _js_jp_ws(s, i):
    n = len(s)
    while i < n and s[i] in " \t\n\r":
        i += 1
    return i


def _js_jp_value(s, i):
    c = s[i:i + 1]
    if c == "{":
        d = collections.OrderedDict()
        i = _js_jp_ws(s, i + 1)
        if s[i:i + 1] == "}":
            return d, i + 1
        while True:
            if s[i:i + 1] != '"':
                break
            k, i = _js_jp_str(s, i)
            i = _js_jp_ws(s, i)
            if s[i:i + 1] != ":":
                break
            d[k], i = _js_jp_value(s, _js_jp_ws(s, i + 1))
            i = _js_jp_ws(s, i)
            c = s[i:i + 1]
            if c == "}":
                return d, i + 1
            if c != ",":
                break
            i = _js_jp_ws(s, i + 1)
    elif c == "[":
        a = []
        i = _js_jp_ws(s, i + 1)
        if s[i:i + 1] == "]":
            return a, i + 1
        while True:
            v, i = _js_jp_value(s, i)
            a.append(v)
            i = _js_jp_ws(s, i)
            c = s[i:i + 1]
            if c == "]":
                return a, i + 1
            if c != ",":
                break
            i = _js_jp_ws(s, i + 1)
    elif c == '"':
        return _js_jp_str(s, i)
    else:
        # numbers, true, false, null: json.loads checks and converts them
        j = i
        n = len(s)
        while j < n and s[j] not in ",]} \t\n\r":
            j += 1
        if j > i:
            return json.loads(s[i:j]), j
    raise ValueError()


def _js_jp_str(s, i):
    j = s.find('"', i + 1)
    while j > 0:
        # a quote ends the string unless an odd number of backslashes escape it
        k = j - 1
        while s[k] == "\\":
            k -= 1
        if (j - 1 - k) % 2 == 0:
            break
        j = s.find('"', j + 1)
    if j < 0:
        raise ValueError()
    raw = s[i:j + 1]
    return (json.loads(raw) if "\\" in raw else raw[1:-1]), j + 1

# @helper js_inspect needs: js_lognum, js_fields imports: math
def js_inspect(x, d=None, depth=2, raw=True):
    # console.log of a value: Node's util.inspect (nesting shown to `depth`,
    # lines up to 80 columns). d describes the static type where the value
    # alone is ambiguous: "n" null (None prints as null), ("n", d) nullable,
    # ("M", kd, vd) Map, ("S", d) Set, ("A", d) array, ("T", (d, ...)) tuple,
    # ("O", {key: d}, d) object. raw: a string prints without quotes.
    if raw and isinstance(x, str):
        return x
    return _js_insp(x, d, 0, 0, depth)


def _js_insp(x, d, ind, lvl, lim):
    if d is not None and d[0] == "n":
        if x is None:
            return "null"
        d = d[1] if len(d) > 1 else None
    if x is None:
        return "undefined"
    if x is True:
        return "true"
    if x is False:
        return "false"
    if isinstance(x, str):
        return _js_quote(x)
    if isinstance(x, (int, float)):
        return js_lognum(x)
    k = d[0] if d is not None else None
    if isinstance(x, (list, tuple)):
        if not x:
            return "[]"
        if lvl > lim:
            return "[Array]"
        out = []
        for i in range(min(len(x), 100)):
            e = d[1] if k == "A" else d[1][i] if k == "T" and i < len(d[1]) else None
            out.append(_js_insp(x[i], e, ind + 2, lvl + 1, lim))
        if len(x) > 100:
            out.append(_js_more(len(x) - 100))
        return _js_wrap(out, "[", "]", ind, x)
    if isinstance(x, dict):
        if k == "M" or k == "S":
            name = ("Map(" if k == "M" else "Set(") + str(len(x)) + ")"
            if not x:
                return name + " {}"
            if lvl > lim:
                return "[" + name[:3] + "]"
            out = []
            for key in x:
                if len(out) == 100:
                    out.append(_js_more(len(x) - 100))
                    break
                s = _js_insp(key, d[1], ind + 2, lvl + 1, lim)
                if k == "M":
                    s += " => " + _js_insp(x[key], d[2], ind + 2, lvl + 1, lim)
                out.append(s)
            return _js_wrap(out, name + " {", "}", ind, None)
        return _js_obj(list(x.items()), "", d, ind, lvl, lim)
    if isinstance(x, Exception):
        m = str(x)
        n = getattr(x, "name", type(x).__name__)
        return n + ": " + m if m else n
    if isinstance(x, type):
        return "[class " + x.__name__ + "]"
    if callable(x):
        n = getattr(x, "__name__", "")
        return "[Function: " + n + "]" if n and n != "<lambda>" else "[Function (anonymous)]"
    if hasattr(x, "__dict__"):
        return _js_obj([(f, getattr(x, a)) for f, a in js_fields(x)], type(x).__name__ + " ", d, ind, lvl, lim)
    return str(x)


def _js_obj(pairs, prefix, d, ind, lvl, lim):
    if not pairs:
        return prefix + "{}"
    if lvl > lim:
        return "[" + (prefix[:-1] or "Object") + "]"
    kd = d[1] if d is not None and d[0] == "O" else None
    out = []
    for key, v in pairs:
        key = str(key)
        e = None if kd is None else kd.get(key, d[2])
        out.append((key if _js_ident(key) else _js_quote(key)) + ": " + _js_insp(v, e, ind + 2, lvl + 1, lim))
    return _js_wrap(out, prefix + "{", "}", ind, None)


def _js_wrap(out, open_, close, ind, arr):
    # one line when it fits in 80 columns, else one entry per line (Node's reduceToSingleString)
    n = len(out)
    if arr is not None and n > 6:
        out = _js_group(out, ind, arr)
    if n == len(out):
        total = n + n + ind + len(open_) + 10
        if total + n <= 80:
            for s in out:
                total += len(s)
            if total <= 80:
                j = ", ".join(out)
                if "\n" not in j:
                    return open_ + " " + j + " " + close
    sep = "\n" + " " * ind
    return open_ + sep + "  " + ("," + sep + "  ").join(out) + sep + close


def _js_group(out, ind, arr):
    # long arrays of short entries go in aligned columns (Node's groupArrayElements)
    n = len(out) - (1 if len(arr) > 100 else 0)
    lens = [len(s) for s in out]
    total = 0
    most = 0
    for i in range(n):
        total += lens[i] + 2
        if lens[i] > most:
            most = lens[i]
    width = most + 2
    if width * 3 + ind >= 80 or (total / width <= 5 and most > 6):
        return out
    bias = math.sqrt(width - total / len(out))
    biased = max(width - 3 - bias, 1)
    cols = min(int(math.sqrt(2.5 * biased * n) / biased + 0.5), (80 - ind) // width, 12, 15)
    if cols <= 1:
        return out
    widths = []
    for i in range(cols):
        w = 0
        for j in range(i, n, cols):
            if lens[j] > w:
                w = lens[j]
        widths.append(w + 2)
    num = True
    for v in arr[:len(out)]:
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            num = False
            break
    rows = []
    for i in range(0, n, cols):
        last = min(i + cols, n) - 1
        s = ""
        for j in range(i, last):
            pad = " " * (widths[j - i] - lens[j] - 2)
            s += pad + out[j] + ", " if num else out[j] + ", " + pad
        s += " " * (widths[last - i] - 2 - lens[last]) + out[last] if num else out[last]
        rows.append(s)
    if n < len(out):
        rows.append(out[n])
    return rows


def _js_more(n):
    return "... " + str(n) + " more item" + ("s" if n > 1 else "")


def _js_quote(s):
    # a string inside a value: single quotes unless it contains one (Node's strEscape)
    q = "'"
    if "'" in s:
        if '"' not in s:
            q = '"'
        elif "`" not in s and "${" not in s:
            q = "`"
    r = []
    for c in s:
        o = ord(c)
        if c == "\\" or (c == "'" and q == "'"):
            r.append("\\" + c)
        elif o < 32 or 126 < o < 160:
            e = {8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r"}.get(o)
            r.append(e if e else "\\x%02X" % o)
        else:
            r.append(c)
    return q + "".join(r) + q


def _js_ident(s):
    # keys printed without quotes: /^[a-zA-Z_][a-zA-Z_0-9]*$/
    if not s or "0" <= s[0] <= "9":
        return False
    for c in s:
        if not (c == "_" or "a" <= c <= "z" or "A" <= c <= "Z" or "0" <= c <= "9"):
            return False
    return True

# @helper Error
class Error(Exception):
    # JavaScript's Error: a message, a name, and String(e) == "Error: message"
    name = "Error"

    def __init__(self, message=""):
        if message is None:
            message = ""
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

# @helper _js_raise_type slow needs: TypeError_
def _js_raise_type(message):
    # a failure path of other helpers: the error classes are compiled when one is raised
    raise TypeError_(message)

# @helper _js_raise_range slow needs: RangeError
def _js_raise_range(message):
    raise RangeError(message)

# @helper _js_raise_syntax slow needs: SyntaxError_
def _js_raise_syntax(message):
    raise SyntaxError_(message)

# @helper ReferenceError_ needs: Error
class ReferenceError_(Error):
    name = "ReferenceError"

# @helper EvalError_ needs: Error
class EvalError_(Error):
    name = "EvalError"

# @helper URIError_ needs: Error
class URIError_(Error):
    name = "URIError"

# @helper js_error_name
def js_error_name(e):
    # e.name of an Error, or of an exception MicroPython raised (OSError, ValueError, ...)
    return getattr(e, "name", None) or type(e).__name__

# @helper JsThrow
class JsThrow(Exception):
    # `throw value` of a value that is not an Error (a string, a number, an
    # object): Python raises only exceptions, so it travels inside this one
    def __init__(self, value):
        super().__init__(value)
        self.value = value

# @helper js_throw needs: JsThrow
def js_throw(x):
    # what `throw x` raises when x may or may not be an exception
    return x if isinstance(x, BaseException) else JsThrow(x)

# @helper js_caught needs: JsThrow
def js_caught(e):
    # the value a catch clause sees: what was thrown, unwrapped
    return e.value if isinstance(e, JsThrow) else e

# @helper js_bind
def js_bind(f, *bound):
    # a function that takes its receiver first (a method using `this`), with
    # the receiver and any leading arguments given: o.m, f.bind(o, a)
    return lambda *a: f(*bound, *a)

# @helper JsFn
class JsFn:
    # a function with properties of its own (f.count = 0): MicroPython's
    # functions take no attributes, so the function is called through this
    def __init__(self, f):
        self._js_call = f

    def __call__(self, *a):
        return self._js_call(*a)

    def __getattr__(self, name):
        # a property not set yet is undefined (Python's own protocols excepted)
        if name.startswith("__") or name == "toJSON":
            raise AttributeError(name)
        return None

# @helper js_template
class JsTemplateStrings(list):
    # the strings a tag function receives: the text between substitutions,
    # with .raw, the same text as written (escapes not applied)
    pass


def js_template(cooked, raw=None):
    s = JsTemplateStrings(cooked)
    s.raw = cooked if raw is None else raw
    return s

# @helper js_get
def js_get(o, key, attr=None):
    # a member of a value that may be a plain object (dict), a class instance,
    # an array or string (untyped code), or an exception MicroPython raised
    if isinstance(o, dict):
        if not isinstance(key, str):
            key = str(int(key)) if key == int(key) else repr(key)
        return o.get(key)
    if isinstance(o, (str, list, tuple)):
        if key == "length":
            return len(o)
        if isinstance(key, str):
            return None
        return o[int(key)] if 0 <= key < len(o) else None
    if isinstance(key, str):
        v = getattr(o, attr or key, None)
        if v is None and isinstance(o, type) and hasattr(o, "_names"):
            # an enum walked by for...in: E["0"] is the name of the value 0
            for k in o._names:
                if str(k) == key:
                    return o._names[k]
        if v is None and isinstance(o, Exception) and key in ("message", "name"):
            return str(o) if key == "message" else type(o).__name__
        return v
    return None

# @helper js_enum_keys
def js_enum_keys(e):
    # for...in over an enum: its numeric values (as keys, ascending), then its names
    return [str(k) for k in sorted(getattr(e, "_names", ()))] + list(e._keys)

# @helper js_has
def js_has(o, key):
    # `key in o` for a value that may be a dict or a class instance
    return key in o if isinstance(o, dict) else hasattr(o, key)

# @helper js_obj
class _JsAttrs:
    # item access on an instance, for assignments to a member of a dict-or-instance
    def __init__(self, o, attr):
        self.o = o
        self.attr = attr

    def __getitem__(self, key):
        return getattr(self.o, self.attr or key, None)

    def __setitem__(self, key, value):
        setattr(self.o, self.attr or key, value)


def js_obj(o, attr=None):
    return o if isinstance(o, (dict, list)) else _JsAttrs(o, attr)

# @helper js_start needs: JsPromise imports: asyncio
def js_start(aw):
    # An async function called without await: JavaScript runs it at once, up to
    # its first await that waits, and the rest later. Its first step runs here
    # as the task that asyncio then continues (the waits register `cur_task`).
    if not hasattr(aw, "send"):
        return aw  # a Task, a JsPromise or a plain value: already running
    core = asyncio.core
    t = asyncio.Task(aw, core.__dict__)
    prev = core.cur_task
    core.cur_task = t
    try:
        aw.send(None)
    except StopIteration as e:
        return JsPromise.settled(e.value if e.args else None, None)
    except Exception as e:
        # a task, so that the loop reports the error if nobody awaits it
        return asyncio.create_task(_js_raise(e))
    finally:
        core.cur_task = prev
    return t


async def _js_raise(e):
    raise e


def js_is_promise(x):
    return hasattr(x, "send") or isinstance(x, (asyncio.Task, JsPromise))

# @helper js_async needs: js_start
def js_async(fn):
    # an async callback called by code that ignores its promise still runs
    return lambda *args: js_start(fn(*args))

# @helper js_tick imports: asyncio
async def js_tick(x):
    # `await value` of a non-promise still lets other tasks run first
    await asyncio.sleep_ms(0)
    return x

# @helper js_await needs: js_start, js_tick
def js_await(x):
    # the awaitable for `await x` when x may or may not be a promise
    return x if js_is_promise(x) else js_tick(x)

# @helper js_timer needs: js_start imports: asyncio, time
class JsTimer:
    # setTimeout / setInterval. The due time is fixed when the timer is set
    # (Node runs a 0 ms timer after 1 ms); whichever timer task wakes first
    # fires every timer that is due, in due order, then in the order they were
    # set, as JavaScript does even when the program is late.
    _pending = []
    _seq = 0

    def __init__(self, fn, ms, args, repeat):
        ms = int(ms) if isinstance(ms, (int, float)) and ms >= 1 else 1
        self.fn = fn
        self.ms = ms
        self.args = args
        self.repeat = repeat
        self.cleared = False
        JsTimer._seq += 1
        self.seq = JsTimer._seq
        self.due = time.ticks_add(time.ticks_ms(), ms)
        JsTimer._pending.append(self)
        self.task = asyncio.create_task(self._run())

    async def _run(self):
        while not self.cleared:
            wait = time.ticks_diff(self.due, time.ticks_ms())
            if wait > 0:
                await asyncio.sleep_ms(wait)
            else:
                JsTimer._fire_due()

    @staticmethod
    def _fire_due():
        now = time.ticks_ms()
        due = [t for t in JsTimer._pending if time.ticks_diff(t.due, now) <= 0]
        due.sort(key=lambda t: (time.ticks_diff(t.due, now), t.seq))
        for t in due:
            if t.cleared:
                continue  # cleared by a callback that ran before it
            if t.repeat:
                t.due = time.ticks_add(time.ticks_ms(), t.ms)
            else:
                t.cleared = True
                JsTimer._pending.remove(t)
            # an async callback runs as an un-awaited call would
            js_start(t.fn(*t.args))

    def clear(self):
        if self.cleared:
            return
        self.cleared = True
        JsTimer._pending.remove(self)
        # a task cannot cancel itself (a callback clearing its own interval)
        if self.task is not asyncio.core.cur_task:
            self.task.cancel()

# @helper js_set_timeout needs: js_timer
def js_set_timeout(fn, ms=0, *args):
    return JsTimer(fn, ms, args, False)

# @helper js_set_interval needs: js_timer
def js_set_interval(fn, ms=0, *args):
    return JsTimer(fn, ms, args, True)

# @helper js_clear_timer
def js_clear_timer(timer):
    if timer is not None:
        timer.clear()

# @helper js_queue_microtask needs: js_start imports: asyncio
def js_queue_microtask(fn):
    # runs after the current code, before timers that are due later
    async def run():
        js_start(fn())
    asyncio.create_task(run())

# @helper JsPromise needs: js_start, Error imports: asyncio
class JsPromise:
    # new Promise((resolve, reject) => ...): settled once, awaitable any number
    # of times; resolving with a promise adopts its outcome
    def __init__(self, executor=None):
        self._done = False
        self._value = None
        self._error = None
        self._event = None
        if executor is not None:
            try:
                # an async executor runs as an un-awaited call would
                js_start(executor(self._resolve, self._reject))
            except Exception as e:
                self._reject(e)

    @staticmethod
    def settled(value, error):
        p = JsPromise()
        p._settle(value, error)
        return p

    def _settle(self, value, error):
        if self._done:
            return
        self._done = True
        self._value = value
        self._error = error
        if self._event is not None:
            self._event.set()

    def _resolve(self, value=None):
        if self._done:
            return
        if js_is_promise(value):
            js_start(self._adopt(value))
        else:
            self._settle(value, None)

    async def _adopt(self, p):
        try:
            v = await p
        except Exception as e:
            self._settle(None, e)
            return
        self._settle(v, None)

    def _reject(self, error=None):
        if not isinstance(error, BaseException):
            # JavaScript can reject with any value; Python raises exceptions
            error = Error("" if error is None else str(error))
        self._settle(None, error)

    def __iter__(self):
        # MicroPython awaits through the iterator protocol
        if not self._done:
            if self._event is None:
                self._event = asyncio.Event()
            yield from self._event.wait()
        if self._error is not None:
            raise self._error
        return self._value

    __await__ = __iter__

# @helper js_resolved needs: JsPromise
def js_resolved(value=None):
    # Promise.resolve(value): a promise as it is (started), any other value settled
    return js_start(value) if js_is_promise(value) else JsPromise.settled(value, None)

# @helper js_rejected needs: JsPromise
def js_rejected(error=None):
    # Promise.reject(error)
    p = JsPromise()
    p._reject(error)
    return p

# @helper js_gather needs: js_start imports: asyncio
def js_gather(items):
    # Promise.all: results in order; the first rejection rejects it. Every item
    # gets a task of its own (the board's gather wants tasks still running).
    return js_start(_js_all([js_start(x) for x in items]))


async def _js_value(x):
    return (await x) if js_is_promise(x) else x


async def _js_all(items):
    return await asyncio.gather(*[asyncio.create_task(_js_value(x)) for x in items])

# @helper js_then needs: js_start imports: asyncio
def js_then(p, ok=None, fail=None, always=None):
    # p.then(ok, fail), p.catch(fail), p.finally(always): a callback runs one
    # turn after p settles, never during the call, as in JavaScript
    async def run():
        error = None
        try:
            v = (await p) if js_is_promise(p) else p
        except Exception as e:
            error = e
        await asyncio.sleep_ms(0)
        if always is not None:
            always()
        if error is not None:
            if fail is None:
                raise error
            # a value thrown by `throw "text"` (JsThrow) reaches the handler as itself
            r = fail(error.value if type(error).__name__ == "JsThrow" else error)
        elif ok is None:
            return v
        else:
            r = ok(v)
        if js_is_promise(r):
            r = await r
        return r
    return js_start(run())

# @helper js_next imports: collections
class JsIterResult(collections.OrderedDict):
    # what an iterator's next() returns in JavaScript: a plain object
    # { value, done } (printed and serialised as one), read as r.value
    def __init__(self, value, done):
        super().__init__()
        self["value"] = value
        self["done"] = done

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)


def js_next(gen, *value):
    # gen.next(v): { value, done } instead of StopIteration; the value passed
    # to the first next() is ignored, as in JavaScript
    try:
        if value and value[0] is not None:
            try:
                v = gen.send(value[0])
            except TypeError as e:
                if "just-started" not in str(e):
                    raise
                v = next(gen)
        else:
            v = next(gen)
    except StopIteration as e:
        return JsIterResult(e.value if e.args else None, True)
    return JsIterResult(v, False)

# @helper js_gen_return needs: js_next
def js_gen_return(gen, value=None):
    # gen.return(v): finishes the generator (its finally blocks run)
    gen.close()
    return JsIterResult(value, True)

# @helper js_gen_throw needs: js_next
def js_gen_throw(gen, error):
    # gen.throw(e): raises e where the generator is suspended
    try:
        v = gen.throw(error)
    except StopIteration as e:
        return JsIterResult(e.value if e.args else None, True)
    return JsIterResult(v, False)

# @helper JsMatch
class JsMatch(list):
    # what exec() and match() return: the match and its groups, with .index and .input
    pass

# @helper JsRegExp needs: JsMatch imports: re
# one whole UTF-8 character (a lead byte and its continuation bytes)
_JS_CHAR = re.compile(b"[^\x80-\xbf][\x80-\xbf]*")


class JsRegExp:
    # A JavaScript RegExp. rx is the translated pattern compiled as
    # "(prefix)(pattern)": group 1 is the text skipped before the match (the
    # prefix matches nothing for the y flag), group 2 the match, then the
    # pattern's own n groups. re works on UTF-8 bytes: positions passed to it are
    # byte offsets, while JavaScript's are characters, so both are kept.
    def __init__(self, rx, source, flags, n):
        self._rx = rx
        self.source = source
        self.flags = flags
        self._n = n
        self._g = "g" in flags
        self._y = "y" in flags
        self.lastIndex = 0
        # lastIndex as a byte offset in the last string exec() ran on
        self._s = None
        self._ci = 0
        self._bi = 0

    def fresh(self):
        # a literal evaluated again is a new object with its own lastIndex
        return JsRegExp(self._rx, self.source, self.flags, self._n)

    def toString(self):
        return "/" + self.source + "/" + self.flags

    def __str__(self):
        return self.toString()

    def _find(self, s, ci, bi):
        # the first match at character ci (byte bi) or after: (match, skipped text, end char, end byte)
        m = self._rx.match(s, bi)
        if m is None:
            return None
        pre = m.group(1)
        txt = m.group(2)
        r = JsMatch([txt])
        for i in range(3, self._n + 3):
            r.append(m.group(i))
        r.index = ci + len(pre)
        r.input = s
        return r, pre, r.index + len(txt), bi + len(pre.encode()) + len(txt.encode())

    def _byte(self, s, ci):
        if ci == 0:
            return 0
        if s is self._s and ci == self._ci:
            return self._bi
        return len(s[:ci].encode())

    def exec(self, s):
        if not (self._g or self._y):
            r = self._find(s, 0, 0)
            return None if r is None else r[0]
        ci = int(self.lastIndex)
        r = None
        if 0 <= ci <= len(s):
            r = self._find(s, ci, self._byte(s, ci))
        if r is None:
            self.lastIndex = 0
            return None
        self.lastIndex = self._ci = r[2]
        self._s = s
        self._bi = r[3]
        return r[0]

    def test(self, s):
        if not (self._g or self._y):
            return self._rx.match(s) is not None
        return self.exec(s) is not None

# @helper js_re_all needs: JsRegExp
def js_re_all(rx, s, ci=0, bi=0):
    # every match from character ci on, stepping over a character after an
    # empty match: yields (match, text between the previous match and this one)
    carry = ""
    n = len(s)
    while ci <= n:
        r = rx._find(s, ci, bi)
        if r is None:
            return
        m, pre, ci, bi = r
        yield m, carry + pre
        carry = ""
        if not m[0]:
            if ci >= n:
                return
            carry = _JS_CHAR.match(s, bi).group(0)
            ci += 1
            bi += len(carry.encode())

# @helper js_re_tail
def js_re_tail(s, ci):
    # the text after the last match
    return s[ci:] if ci else s

# @helper js_re_match needs: js_re_all
def js_re_match(s, rx):
    # s.match(rx): exec() without g; every matched text (or null) with g
    if not rx._g:
        return rx.exec(s)
    rx.lastIndex = 0
    out = [m[0] for m, _ in js_re_all(rx, s)]
    return out or None

# @helper js_re_match_all needs: js_re_all, _js_raise_type
def js_re_match_all(s, rx):
    # s.matchAll(rx): the matches from rx.lastIndex on, as an iterator
    if not rx._g:
        _js_raise_type("String.prototype.matchAll called with a non-global RegExp argument")
    ci = int(rx.lastIndex)
    for m, _ in js_re_all(rx.fresh(), s, ci, rx._byte(s, ci)):
        yield m

# @helper js_re_search needs: JsRegExp
def js_re_search(s, rx):
    # s.search(rx): the index of the first match from the start, or -1
    r = rx._find(s, 0, 0)
    return -1 if r is None else r[0].index

# @helper js_re_expand
def js_re_expand(rep, m, s):
    # a replacement string's $$, $&, $`, $', $1..$99 for the match m
    if "$" not in rep:
        return rep
    out = []
    i = 0
    n = len(rep)
    groups = len(m) - 1
    while i < n:
        c = rep[i]
        d = rep[i + 1] if i + 1 < n else ""
        if c != "$" or not d:
            out.append(c)
            i += 1
            continue
        if d == "$":
            out.append("$")
        elif d == "&":
            out.append(m[0])
        elif d == "`":
            out.append(s[: m.index])
        elif d == "'":
            out.append(s[m.index + len(m[0]) :])
        elif "0" <= d <= "9":
            k = int(d)
            e = rep[i + 2] if i + 2 < n else ""
            if "0" <= e <= "9" and 1 <= k * 10 + int(e) <= groups:
                k = k * 10 + int(e)
                i += 1
            if 1 <= k <= groups:
                out.append(m[k] or "")
            else:
                out.append("$" + d)
        else:
            out.append("$" + d)
        i += 2
    return "".join(out)

# @helper js_replace_fn needs: js_str
def js_replace_fn(s, pat, fn, k=None, every=False):
    # s.replace(pat, fn) and s.replaceAll(pat, fn) with a string pattern: fn is
    # called with the first k of (match, index, s), all when k is None
    out = []
    i = 0
    at = s.find(pat)
    n = len(pat)
    while at >= 0:
        out.append(s[i:at])
        args = (pat, at, s)
        if k is not None:
            args = args[:k] if k <= 3 else args + (None,) * (k - 3)
        out.append(js_str(fn(*args)))
        i = at + n
        if not every:
            break
        if n == 0:
            # an empty pattern matches between every two characters and at the end
            if at >= len(s):
                break
            out.append(s[at])
            i = at + 1
        at = s.find(pat, i)
    out.append(s[i:])
    return "".join(out)

# @helper js_re_found needs: js_re_all
def js_re_found(rx, s):
    # the matches replace() replaces, each with the text between it and the previous one:
    # every match from the start with the g flag, else exec()'s
    if rx._g:
        rx.lastIndex = 0
        return js_re_all(rx, s)
    m = rx.exec(s)
    return [] if m is None else [(m, s[: m.index])]

# @helper js_re_join needs: js_re_found, js_re_tail
def js_re_join(s, rx, piece):
    # s with the matches replace() replaces each given by piece(match)
    out = []
    end = 0
    for m, between in js_re_found(rx, s):
        out.append(between)
        out.append(piece(m))
        end = m.index + len(m[0])
    if not out:
        return s
    out.append(js_re_tail(s, end))
    return "".join(out)

# @helper js_re_replace needs: js_re_join, js_re_expand
def js_re_replace(s, rx, rep):
    # s.replace(rx, rep) and s.replaceAll(rx, rep): rep a string with $ patterns
    return js_re_join(s, rx, lambda m: js_re_expand(rep, m, s))

# @helper js_re_replace_fn needs: js_re_join, js_str
def js_re_replace_fn(s, rx, fn, k=None):
    # s.replace(rx, fn) and s.replaceAll(rx, fn): fn called with the first k of
    # (match, groups..., index, s), all when k is None
    def piece(m):
        args = list(m)
        args.append(m.index)
        args.append(s)
        return js_str(fn(*(args if k is None else args[:k])))

    return js_re_join(s, rx, piece)

# @helper js_re_global needs: _js_raise_type
def js_re_global(rx):
    # replaceAll's regex, which must have the g flag
    if not rx._g:
        _js_raise_type("String.prototype.replaceAll called with a non-global RegExp argument")
    return rx

# @helper js_re_sub
def js_re_sub(s, rx, rep):
    # s.replace(/re/, rep) of a regex without the g or y flag written where it is used, so
    # that no RegExp object is needed (rx: its compiled "(prefix)(pattern)"), and a
    # replacement without $ patterns: the first match replaced
    m = rx.match(s)
    if m is None:
        return s
    pre = m.group(1)
    return pre + rep + s[len(pre) + len(m.group(2)) :]

# @helper js_re_split needs: JsRegExp, js_re_tail
def js_re_split(s, rx, limit=None):
    # s.split(rx, limit): the text between matches, with the groups of each match
    lim = 0xFFFFFFFF if limit is None else int(limit) & 0xFFFFFFFF
    if lim == 0:
        return []
    n = len(s)
    if n == 0:
        return [] if rx._find(s, 0, 0) is not None else [s]
    out = []
    p = q = 0
    qb = 0
    piece = ""
    while q < n:
        r = rx._find(s, q, qb)
        if r is None:
            if not rx._y:
                break
            c = _JS_CHAR.match(s, qb).group(0)
            piece += c
            q += 1
            qb += len(c.encode())
            continue
        m, pre, e, eb = r
        if m.index >= n:
            break
        if e == p:
            # an empty match where the last piece ends: try one character on
            c = _JS_CHAR.match(s, qb).group(0)
            piece += pre + c
            q = m.index + 1
            qb += len(pre.encode()) + len(c.encode())
            continue
        out.append(piece + pre)
        if len(out) == lim:
            return out
        for g in m[1:]:
            out.append(g)
            if len(out) == lim:
                return out
        piece = ""
        p = q = e
        qb = eb
    out.append(js_re_tail(s, p))
    return out

# @helper js_date_epoch imports: time
# milliseconds from 1970 to the port's epoch: 2000 on the ESP32, 1970 on unix and WebAssembly
_JS_EPOCH_MS = 946684800000 if time.gmtime(0)[0] == 2000 else 0

# @helper js_date_now needs: js_date_epoch imports: time
def js_date_now():
    # Date.now(): milliseconds since 1970 (the board's clock must be set, e.g. by ntptime)
    return _JS_EPOCH_MS + time.time_ns() // 1000000

# @helper js_date_iso needs: js_date_epoch imports: time
def js_date_iso(ms):
    # new Date(ms).toISOString(): "YYYY-MM-DDTHH:MM:SS.mmmZ" in UTC
    s, f = divmod(int(ms) - _JS_EPOCH_MS, 1000)
    t = time.gmtime(s)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (t[0], t[1], t[2], t[3], t[4], t[5], f)

# @helper js_perf_now imports: time
# the last tick readings (ms, us) and the microseconds since the first one
_js_pn = [time.ticks_ms(), time.ticks_us(), 0]


def js_perf_now():
    # performance.now(): milliseconds since the program started, to the
    # microsecond. Summed from tick differences: ticks_us wraps every 2**30 us
    # (18 minutes), so after a minute without a call the ms counter decides.
    ms = time.ticks_ms()
    us = time.ticks_us()
    dms = time.ticks_diff(ms, _js_pn[0])
    _js_pn[2] += time.ticks_diff(us, _js_pn[1]) if dms < 60000 else dms * 1000
    _js_pn[0] = ms
    _js_pn[1] = us
    return _js_pn[2] / 1000

# @helper JsWeakMap
class JsWeakMap:
    # WeakMap: keyed by identity, since plain objects (dicts) cannot be hashed.
    # MicroPython has no weak references: an entry lives as long as the map.
    def __init__(self, entries=None):
        self._d = {}
        if entries is not None:
            for e in entries:
                self._d[id(e[0])] = (e[0], e[1])

    def get(self, key):
        e = self._d.get(id(key))
        return None if e is None else e[1]

    def set(self, key, value):
        self._d[id(key)] = (key, value)
        return self

    def has(self, key):
        return id(key) in self._d

    def delete(self, key):
        return self._d.pop(id(key), None) is not None

# @helper JsWeakSet
class JsWeakSet:
    # WeakSet: members by identity; kept alive (MicroPython has no weak references)
    def __init__(self, members=None):
        self._d = {}
        if members is not None:
            for m in members:
                self._d[id(m)] = m

    def add(self, value):
        self._d[id(value)] = value
        return self

    def has(self, value):
        return id(value) in self._d

    def delete(self, value):
        return self._d.pop(id(value), None) is not None

# @helper JsSymbol
class JsSymbol:
    # Symbol(description): a unique value; Symbol.for(key) shares one per key
    _registry = {}

    def __init__(self, description=None, key=None):
        self.description = description
        self._key = key

    def toString(self):
        return "Symbol(" + ("" if self.description is None else self.description) + ")"

    __str__ = toString
    __repr__ = toString

# @helper js_symbol_for needs: JsSymbol
def js_symbol_for(key):
    s = JsSymbol._registry.get(key)
    if s is None:
        s = JsSymbol._registry[key] = JsSymbol(key, key)
    return s

# @helper js_symbol_key_for
def js_symbol_key_for(sym):
    return getattr(sym, "_key", None)

# @helper js_iter
def js_iter(o):
    # for...of and spread over JavaScript's iteration protocol: o[Symbol.iterator]()
    # (the key or method __iter__) gives an iterator whose next() returns
    # { value, done }. Python iterables (lists, generators) pass through.
    if isinstance(o, (list, tuple, str)):
        return o
    if isinstance(o, dict):
        f = o.get("__iter__")
        if f is None:
            return o
        it = f()
    else:
        it = iter(o)
    if hasattr(it, "__next__"):
        return it
    return _js_iter_steps(it)


def _js_iter_steps(it):
    step = it["next"] if isinstance(it, dict) else it.next
    while True:
        r = step()
        if isinstance(r, dict):
            if r.get("done"):
                return
            yield r.get("value")
        else:
            if getattr(r, "done", None):
                return
            yield getattr(r, "value", None)

# @helper js_iter_next needs: js_next
def js_iter_next(it, *value):
    # it.next() on an iterator that may be Python's (a generator, a Map's keys)
    # or a JavaScript object with a next method
    if hasattr(it, "__next__"):
        return js_next(it, *value)
    return it["next"](*value) if isinstance(it, dict) else it.next(*value)

# @helper js_live
def js_live(d, kind=0):
    # a Map's or Set's keys (kind 0), values (1) or entries (2) for a loop that
    # changes the collection, in JavaScript's order: keys added during the loop
    # come too, keys deleted before their turn do not. (Python's iterator over an
    # ordered dict loses its place when an earlier key is deleted.)
    seen = set()
    ks = list(d)
    i = 0
    while True:
        if i == len(ks):
            ks = [k for k in d if k not in seen]
            i = 0
            if not ks:
                return
        k = ks[i]
        i += 1
        if k in seen or k not in d:
            continue
        seen.add(k)
        yield k if kind == 0 else d[k] if kind == 1 else (k, d[k])

# @helper js_flat_depth
def js_flat_depth(a, depth):
    # flat(depth): nested arrays spread depth levels deep (undefined is 1, NaN is 0)
    if depth is None:
        depth = 1
    out = []
    for v in a:
        if isinstance(v, list) and depth >= 1:
            out.extend(js_flat_depth(v, depth - 1))
        else:
            out.append(v)
    return out

# @helper js_reduce_right needs: _js_raise_type
def js_reduce_right(a, f, n, *init):
    # reduceRight(f[, init]); f gets as many of (acc, item, index, array) as it declares
    i = len(a) - 1
    if init:
        acc = init[0]
    elif i < 0:
        _js_raise_type("Reduce of empty array with no initial value")
    else:
        acc = a[i]
        i -= 1
    while i >= 0:
        acc = f(*(acc, a[i], i, a)[:n])
        i -= 1
    return acc

# @helper js_find_last
def js_find_last(a, f, n):
    i = len(a) - 1
    while i >= 0:
        if f(*(a[i], i, a)[:n]):
            return a[i]
        i -= 1
    return None

# @helper js_find_last_index
def js_find_last_index(a, f, n):
    i = len(a) - 1
    while i >= 0:
        if f(*(a[i], i, a)[:n]):
            return i
        i -= 1
    return -1

# @helper js_with needs: _js_raise_range
def js_with(a, i, v):
    # with(i, v): a copy with one item replaced; a negative index counts from the end
    if i < 0:
        i += len(a)
    if not 0 <= i < len(a):
        _js_raise_range("Invalid index : " + str(i))
    c = list(a)
    c[i] = v
    return c

# @helper js_log1p imports: math
def js_log1p(x):
    # Math.log1p: log(1 + x), exact for tiny x (the correction cancels 1 + x's rounding)
    u = 1.0 + x
    if u == 1.0 or x != x or x == math.inf:
        return x
    if u <= 0:
        return -math.inf if u == 0 else math.nan
    return math.log(u) * (x / (u - 1.0))

# @helper js_clz32
def js_clz32(x):
    # Math.clz32: leading zero bits of the 32-bit unsigned integer
    x = int(x) & 0xFFFFFFFF if x == x and x not in (float("inf"), float("-inf")) else 0
    n = 32
    while x:
        x >>= 1
        n -= 1
    return n

# @helper js_imul needs: js_i32
def js_imul(a, b):
    # Math.imul: the low 32 bits of the product, signed
    return js_i32(int(a) * int(b))

# @helper js_u8
def js_u8(v):
    # JavaScript's ToUint8 (a Uint8Array store): NaN and the infinities are 0, a
    # fraction is truncated toward zero, then the low 8 bits
    if isinstance(v, int):
        return v & 255
    if v - v != 0:
        return 0
    return int(v) & 255

# @helper js_u8_fill
def js_u8_fill(u, v, a=0, b=None):
    # Uint8Array fill(v, start, end): negative bounds count from the end, both clamped
    n = len(u)
    b = n if b is None else b
    a = max(a + n, 0) if a < 0 else min(a, n)
    b = max(b + n, 0) if b < 0 else min(b, n)
    if b - a <= 16:
        for i in range(a, b):
            u[i] = v
        return u
    # the filled part doubled in place, so that no copy of the whole run is allocated
    # (a 1 KB frame buffer cleared per refresh would make 1 KB of garbage each time)
    u[a] = v
    m = memoryview(u)
    k = 1
    while k < b - a:
        c = min(k, b - a - k)
        m[a + k : a + k + c] = m[a : a + c]
        k += c
    return u

# @helper js_u8_set needs: _js_raise_range
def js_u8_set(u, src, off=0):
    # Uint8Array set(src, offset): a copy into place, RangeError (never a resize) past the end
    n = len(src)
    if off < 0 or off + n > len(u):
        _js_raise_range("offset is out of bounds")
    u[off:off + n] = src

# @helper js_u8_index
def js_u8_index(u, v):
    # Uint8Array indexOf: `in` and find are not a memoryview's (nor `in` a bytearray's)
    for i in range(len(u)):
        if u[i] == v:
            return i
    return -1
