# mpts runtime helpers used by this program (generated; do not edit)
import math


def js_to_fixed(x, digits=0):
    # n.toFixed(digits): JavaScript rounds the exact binary value, halves away
    # from zero, so the float is taken apart into integer mantissa and exponent
    digits = 0 if digits is None else int(digits)
    if isinstance(x, int):
        s = str(abs(x)) + ("." + "0" * digits if digits else "")
        return "-" + s if x < 0 else s
    if x != x:
        return "NaN"
    if not -1e21 < x < 1e21:
        return js_big_str(x)
    neg = x < 0
    m, e = math.frexp(-x if neg else x)
    n = int(m * 9007199254740992.0) * 10 ** digits
    e -= 53
    q = n << e if e >= 0 else (n + (1 << (-e - 1))) >> -e
    s = str(q)
    if digits:
        s = "0" * (digits + 1 - len(s)) + s
        s = s[:-digits] + "." + s[-digits:]
    return "-" + s if neg else s


def js_big_str(x):
    # String(x) of a float from 1e21 on, where toFixed gives it, without js_num
    # (a program that has js_num gets js_big_str = js_num instead): x is an integer
    # n, so the shortest digits that read back as x are found with exact integers
    # (the candidate within half a gap of n, ties to an even mantissa)
    if x in (float("inf"), -float("inf")):
        return "Infinity" if x > 0 else "-Infinity"
    m, e = math.frexp(abs(x))
    f = int(m * 9007199254740992.0)
    e -= 53
    n = f << e
    up = 1 << (e - 1)
    down = up >> 1 if f == 4503599627370496 else up
    d = len(str(n))
    for k in range(1, 18):
        sc = 10 ** (d - k)
        q, r = divmod(n, sc)
        # the nearer k-digit candidate first (a tie: the even one), then the other
        for q in (q, q + 1) if r * 2 < sc or (r * 2 == sc and q % 2 == 0) else (q + 1, q):
            c = q * sc
            if (c - n < up or (c - n == up and f % 2 == 0)) if c >= n else (n - c < down or (n - c == down and f % 2 == 0)):
                break
        else:
            continue
        break
    s = str(q).rstrip("0") or "0"
    p = d - 1 + (len(str(q)) > k)
    return ("-" if x < 0 else "") + s[0] + ("." + s[1:] if len(s) > 1 else "") + "e+" + str(p)
