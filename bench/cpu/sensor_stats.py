# Sensor averaging: ADC counts of a TMP36 converted to degrees, smoothed with an
# exponential moving average, with min, max and mean reported every 500 samples.
VREF = 3.3
ADC_MAX = 4095


class Stats:
    def __init__(self):
        self.min = float("inf")
        self.max = float("-inf")
        self.sum = 0.0
        self.count = 0
        self.ema = 0.0

    def add(self, value):
        if value < self.min:
            self.min = value
        if value > self.max:
            self.max = value
        self.sum += value
        self.count += 1
        self.ema = value if self.count == 1 else self.ema + 0.1 * (value - self.ema)

    def mean(self):
        return self.sum / self.count if self.count else 0


def to_celsius(raw):
    volts = raw * VREF / ADC_MAX
    return (volts - 0.5) * 100


def main():
    stats = Stats()
    lines = []
    for i in range(2000):
        raw = 900 + (i * 53) % 200 + i // 40
        stats.add(to_celsius(raw))
        if (i + 1) % 500 == 0:
            lines.append(
                "n=%d min=%.2f max=%.2f mean=%.2f ema=%.2f"
                % (stats.count, stats.min, stats.max, stats.mean(), stats.ema)
            )
    print("\n".join(lines))


main()
