# mpts runtime helpers used by this program (generated; do not edit)
import math


def js_num(x):
    # JavaScript's String(number): 2.0 prints as 2, nan as NaN, and exponents
    # only below 1e-6 and from 1e21 on (1e-7, 1e+21), digits as JavaScript rounds them.
    # An integral number needs none of the float digits below: str(x), or js_inum
    if isinstance(x, int):
        return str(x)
    if x != x:
        return "NaN"
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


def js_json_num(x):
    # a number in JSON.stringify: NaN and the infinities are null, -0 is 0
    if isinstance(x, int):
        return str(x)
    if x - x != 0:
        return "null"
    return js_num(x)
