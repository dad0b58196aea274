# A sensor hub polling a thermistor, a light sensor and a flow meter through one interface,
# keeping per-sensor statistics and logging the first alerts when a reading leaves its band.
import math


class Sensor:
    created = 0

    def __init__(self, name, unit, low, high):
        self.name = name
        self.unit = unit
        self.low = low
        self.high = high
        self.label = "%s [%s]" % (name, unit)
        self.readings = 0
        Sensor.created += 1


class Thermistor(Sensor):
    def __init__(self, name, beta):
        super().__init__(name, "C", 18, 27)
        self.beta = beta

    def convert(self, raw):
        resistance = 10000 * raw / (4095 - raw)
        return 1 / (1 / 298.15 + math.log(resistance / 10000) / self.beta) - 273.15


class LightSensor(Sensor):
    def __init__(self, name):
        super().__init__(name, "lx", 50, 900)

    def convert(self, raw):
        volts = raw * 3.3 / 4095
        return math.floor(500 * math.pow(volts / 3.3, 1.4) * 2 + 0.5)


class FlowMeter(Sensor):
    def __init__(self, name, pulses_per_litre):
        super().__init__(name, "l/min", 0.5, 12)
        self.ppl = pulses_per_litre
        self.total = 0

    def convert(self, pulses):
        self.total += pulses
        return pulses * 60 / self.ppl


class Hub:
    def __init__(self, sensors):
        self.sensors = sensors
        # per sensor: [min, max, sum, count, alerts]
        self.stats = [[float("inf"), -float("inf"), 0, 0, 0] for _ in sensors]
        self.log = []

    def poll(self, tick, raws):
        log = self.log
        for i, sensor in enumerate(self.sensors):
            sensor.readings += 1
            value = sensor.convert(raws[i])
            st = self.stats[i]
            if value < st[0]:
                st[0] = value
            if value > st[1]:
                st[1] = value
            st[2] += value
            st[3] += 1
            if value < sensor.low or value > sensor.high:
                st[4] += 1
                if st[4] <= 2:
                    log.append("t=%d %s out of band: %.1f" % (tick, sensor.label, value))

    def report(self):
        lines = list(self.log)
        for sensor, st in zip(self.sensors, self.stats):
            lines.append("%s: min %.2f max %.2f mean %.2f alerts %d" % (sensor.label, st[0], st[1], st[2] / st[3], st[4]))
        return lines


seed = 1234


def jitter(span):
    global seed
    seed = seed * 171 % 30269
    return seed % span


def main():
    flow = FlowMeter("pump", 450)
    hub = Hub([Thermistor("air", 3950), Thermistor("water", 3435), LightSensor("window"), flow])
    for tick in range(1500):
        phase = tick % 300
        hub.poll(tick, (1900 + phase + jitter(40), 2100 - phase + jitter(30), 200 + phase * 9 + jitter(100),
                        5 + jitter(6) + (120 if phase > 280 else 0)))
    print("\n".join(hub.report()))
    print("sensors %d, pumped %.1f l, readings %d" % (Sensor.created, flow.total / flow.ppl, flow.readings))


main()
