# mpts runtime helpers used by this program (generated; do not edit)
import json
import math


def js_num(x):
    # JavaScript's String(number): 2.0 prints as 2, nan as NaN, and exponents
    # only below 1e-6 and from 1e21 on (1e-7, 1e+21), digits as JavaScript rounds them.
    # An integral number needs none of the float digits below: str(x), or js_inum
    if isinstance(x, int):
        return str(x)
    if x != x:
        return "NaN"
    if not isinstance(x, float):
        # not a number after all (a type assertion lied): `${"" as number}` is ""
        return x if isinstance(x, str) else str(x)
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
        if "\b" in x or "\f" in x:
            return json.dumps(x).replace("\\u0008", "\\b").replace("\\u000c", "\\f")
        return json.dumps(x)
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
