# BME280 readings: calibration decoded once with struct, each 8-byte raw burst compensated
# with the datasheet's floating-point formulas, readings summarised.
import struct

CAL_A = bytes((
    0x70, 0x6B, 0x43, 0x67, 0x18, 0xFC, 0x7D, 0x8E, 0x43, 0xD6, 0xD0, 0x0B, 0x27, 0x0B,
    0x8C, 0x00, 0xF9, 0xFF, 0x8C, 0x3C, 0xF8, 0xC6, 0x70, 0x17, 0x00, 0x4B,
))
CAL_B = bytes((0x5F, 0x01, 0x00, 0x17, 0x2B, 0x03, 0x1E))


class Bme280:
    def __init__(self, a, b):
        (self.t1, self.t2, self.t3, self.p1, self.p2, self.p3, self.p4, self.p5,
         self.p6, self.p7, self.p8, self.p9) = struct.unpack_from("<HhhHhhhhhhhh", a)
        self.h1 = a[25]
        self.h2, self.h3 = struct.unpack_from("<hB", b)
        h4 = (b[3] << 4) | (b[4] & 0x0F)
        h5 = (b[5] << 4) | (b[4] >> 4)
        self.h4 = h4 - 4096 if h4 > 2047 else h4
        self.h5 = h5 - 4096 if h5 > 2047 else h5
        self.h6 = b[6] - 256 if b[6] > 127 else b[6]

    def compensate(self, raw):
        adc_p = (raw[0] << 12) | (raw[1] << 4) | (raw[2] >> 4)
        adc_t = (raw[3] << 12) | (raw[4] << 4) | (raw[5] >> 4)
        adc_h = (raw[6] << 8) | raw[7]

        var1 = (adc_t / 16384 - self.t1 / 1024) * self.t2
        d = adc_t / 131072 - self.t1 / 8192
        fine = var1 + d * d * self.t3
        temperature = fine / 5120

        var1 = fine / 2 - 64000
        var2 = var1 * var1 * self.p6 / 32768
        var2 = var2 + var1 * self.p5 * 2
        var2 = var2 / 4 + self.p4 * 65536
        var1 = (self.p3 * var1 * var1 / 524288 + self.p2 * var1) / 524288
        var1 = (1 + var1 / 32768) * self.p1
        pressure = 0
        if var1 != 0:
            pressure = 1048576 - adc_p
            pressure = (pressure - var2 / 4096) * 6250 / var1
            var1 = self.p9 * pressure * pressure / 2147483648
            var2 = pressure * self.p8 / 32768
            pressure = pressure + (var1 + var2 + self.p7) / 16

        h = fine - 76800
        h = (adc_h - (self.h4 * 64 + self.h5 / 16384 * h)) * (
            self.h2 / 65536 * (1 + self.h6 / 67108864 * h * (1 + self.h3 / 67108864 * h)))
        h = h * (1 - self.h1 * h / 524288)
        if h > 100:
            h = 100
        elif h < 0:
            h = 0
        return temperature, pressure / 100, h


seed = 4242


def noise(span):
    global seed
    seed = (seed * 75 + 74) % 65537
    return seed % span


def main():
    sensor = Bme280(CAL_A, CAL_B)
    raw = bytearray(8)
    min_t = float("inf")
    max_t = -min_t
    sum_p = 0
    sum_h = 0
    log = []
    samples = 600
    for i in range(samples):
        adc_t = 519888 + (i * 37) % 4000 + noise(200)
        adc_p = 415148 - (i * 13) % 3000 + noise(150)
        adc_h = 30000 + (i * 11) % 5000 + noise(300)
        raw[0] = adc_p >> 12
        raw[1] = (adc_p >> 4) & 0xFF
        raw[2] = (adc_p & 0x0F) << 4
        raw[3] = adc_t >> 12
        raw[4] = (adc_t >> 4) & 0xFF
        raw[5] = (adc_t & 0x0F) << 4
        raw[6] = adc_h >> 8
        raw[7] = adc_h & 0xFF
        t, p, h = sensor.compensate(raw)
        if t < min_t:
            min_t = t
        if t > max_t:
            max_t = t
        sum_p += p
        sum_h += h
        if i % 100 == 0:
            log.append("#%d %.2f C %.1f hPa %.1f %%" % (i, t, p, h))
    print("\n".join(log))
    print("temperature %.2f..%.2f C, mean pressure %.2f hPa, mean humidity %.1f %%"
          % (min_t, max_t, sum_p / samples, sum_h / samples))


main()
