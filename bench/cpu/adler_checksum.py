# Adler-32 over a firmware block held in a list, checked after every change.
def adler32(data):
    a = 1
    b = 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def main():
    block = [(i * 31 + 7) % 256 for i in range(512)]

    last = 0
    odd = 0
    for rnd in range(40):
        block[rnd] = rnd
        last = adler32(block)
        if last & 1:
            odd += 1
    print("adler32: %d, odd: %d" % (last, odd))


main()
