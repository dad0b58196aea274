# CRC-16/CCITT over text frames sent to a gateway: the frame's bytes, then the checksum bit by bit.
def crc16(data):
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            if crc & 0x8000:
                crc = ((crc << 1) ^ 0x1021) & 0xFFFF
            else:
                crc = (crc << 1) & 0xFFFF
    return crc


def main():
    combined = 0
    sent = 0
    for n in range(120):
        frame = "id=%d;temp=%d;hum=%d" % (n, 20 + n % 7, 40 + n % 13)
        combined ^= crc16(frame.encode())
        sent += len(frame) + 2
    print("frames sent: %d bytes, crc %x" % (sent, combined))


main()
