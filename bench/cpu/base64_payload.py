# Sensor frames packed into bytes, sent as base64 and decoded again. The same algorithm as
# the TypeScript (binascii would do it in C; this measures the code, not the library).

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def encode(data):
    out = []
    n_bytes = len(data)
    for i in range(0, n_bytes, 3):
        b1 = data[i + 1] if i + 1 < n_bytes else 0
        b2 = data[i + 2] if i + 2 < n_bytes else 0
        n = (data[i] << 16) | (b1 << 8) | b2
        out.append(ALPHABET[n >> 18 & 63])
        out.append(ALPHABET[n >> 12 & 63])
        out.append(ALPHABET[n >> 6 & 63] if i + 1 < n_bytes else "=")
        out.append(ALPHABET[n & 63] if i + 2 < n_bytes else "=")
    return "".join(out)


def decode(text):
    text = text.rstrip("=")
    out = bytearray(len(text) * 3 // 4)
    bits = 0
    value = 0
    n = 0
    for ch in text:
        v = ALPHABET.find(ch)
        if v < 0:
            raise ValueError("bad base64 character " + ch)
        value = (value << 6 | v) & 0xFFFFFF
        bits += 6
        if bits >= 8:
            bits -= 8
            out[n] = value >> bits & 0xFF
            n += 1
    return out


seed = 31337


def sample():
    global seed
    seed = (seed * 214013 + 2531011) % 4294967296
    return (seed >> 16) & 0x0FFF


def pack_frame(seq, time, channels):
    frame = bytearray(4 + 2 * len(channels) + 1)
    frame[0] = seq >> 8 & 0xFF
    frame[1] = seq & 0xFF
    frame[2] = time >> 8 & 0xFF
    frame[3] = time & 0xFF
    k = 4
    for c in channels:
        frame[k] = c >> 8 & 0xFF
        frame[k + 1] = c & 0xFF
        k += 2
    frame[k] = sum(frame) & 0xFF
    return frame


def main():
    sent_chars = 0
    mismatches = 0
    checksum = 0
    shown = []
    for seq in range(400):
        channels = (sample(), sample(), sample(), sample())
        frame = pack_frame(seq, seq * 250 % 65536, channels)
        text = encode(frame)
        sent_chars += len(text)
        back = decode(text)
        if back != frame:
            mismatches += 1
        checksum = (checksum * 31 + back[-1]) % 1000003
        if seq % 80 == 0:
            shown.append("%d: %s" % (seq, text))
    print("\n".join(shown))
    print("frames 400, chars %d, mismatches %d, checksum %d" % (sent_chars, mismatches, checksum))
    print(encode(bytes((77, 97))), encode(bytes((77,))), ",".join(str(b) for b in decode("TWE=")))


main()
