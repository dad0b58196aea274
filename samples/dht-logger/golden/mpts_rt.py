# mpts runtime helpers used by this program (generated; do not edit)
import math


def js_to_fixed(x, digits):
    # n.toFixed(digits), digits an int: String(x) from 1e21 on
    if x != x:
        return "NaN"
    if not -1e21 < x < 1e21:
        return js_big_str(x)
    return js_fixed(x, digits)


def js_fixed(x, digits):
    # toFixed of a finite number below 1e21 (an int too: below 2**53 it is the float
    # it stands for). JavaScript rounds the exact binary value, halves away from zero,
    # so |x| is taken apart into integer mantissa and exponent
    m, e = math.frexp(abs(x))
    n = int(m * 9007199254740992.0) * 10 ** digits
    e -= 53
    s = "%0*d" % (digits + 1, n << e if e >= 0 else (n + (1 << (-e - 1))) >> -e)
    if digits:
        s = s[:-digits] + "." + s[-digits:]
    return "-" + s if x < 0 else s


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
