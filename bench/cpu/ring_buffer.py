# A ring buffer of the last ten ADC readings, averaged after each new one.
class RingBuffer:
    def __init__(self, capacity):
        self.items = [0] * capacity
        self.capacity = capacity
        self.head = 0
        self.count = 0

    def push(self, value):
        self.items[self.head] = value
        self.head = (self.head + 1) % self.capacity
        if self.count < self.capacity:
            self.count += 1

    def average(self):
        if self.count == 0:
            return 0
        # unfilled slots hold 0, so the whole list sums the same
        return sum(self.items) / self.count

    def max(self):
        return max(self.items)


def main():
    window = RingBuffer(10)
    alarms = 0
    report = []
    for t in range(1500):
        raw = (t * 97 + (t % 13) * 41) % 4096
        window.push(raw)
        avg = window.average()
        if avg > 2600:
            alarms += 1
        if t % 250 == 0:
            report.append("t=%d avg=%.1f max=%d\n" % (t, avg, window.max()))
    print("".join(report) + "alarms: %d" % alarms)


main()
