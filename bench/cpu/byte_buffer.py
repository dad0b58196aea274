# A checksum over a byte buffer, as a board does for a received packet.
buf = bytearray(1024)
for i in range(len(buf)):
    buf[i] = (i * 7) & 0xFF


def checksum(data):
    s = 0
    for i in range(len(data)):
        s = (s + data[i]) & 0xFFFF
    return s


def main():
    total = 0
    for n in range(60):
        total += checksum(buf)
    print(total)


main()
