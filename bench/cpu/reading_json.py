# Publishing sensor readings as JSON, the way a board sends them over MQTT.
# The payload is formatted directly: MicroPython's dicts do not keep key order.
def payload(n):
    q = n % 40
    temp = 18 + q / 4
    # JSON writes a whole number without ".0"
    t = "%d" % temp if q % 4 == 0 else repr(temp)
    return '{"sensor":"bme280","temp":%s,"hum":%d,"ok":%s,"ts":%d}' % (
        t,
        35 + n % 17,
        "true" if n % 50 else "false",
        1700000000 + n * 5,
    )


def main():
    total = 0
    last = ""
    for n in range(400):
        p = payload(n)
        total += len(p)
        last = p
    print(last)
    print("sent %d bytes" % total)


main()
