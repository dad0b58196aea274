# PID loop holding a heater block at a setpoint over a thermal model; output clamped with anti-windup.


class PID:
    def __init__(self, kp, ki, kd, out_min, out_max):
        self.kp = kp
        self.ki = ki
        self.kd = kd
        self.out_min = out_min
        self.out_max = out_max
        self.integral = 0
        self.prev = None

    def update(self, setpoint, measured, dt):
        error = setpoint - measured
        prev = self.prev
        derivative = 0 if prev is None else -(measured - prev) / dt
        self.prev = measured
        candidate = self.integral + error * self.ki * dt
        out = self.kp * error + candidate + self.kd * derivative
        if out > self.out_max:
            return self.out_max
        if out < self.out_min:
            return self.out_min
        self.integral = candidate
        return out


class Heater:
    def __init__(self, ambient, gain, loss, lag):
        self.ambient = ambient
        self.gain = gain
        self.loss = loss
        self.lag = lag
        self.temperature = ambient
        self.sensor = ambient

    def step(self, power, dt, extra_loss):
        t = self.temperature
        t += (power / 100 * self.gain - (t - self.ambient) * (self.loss + extra_loss)) * dt
        self.temperature = t
        self.sensor += (t - self.sensor) / self.lag * dt


def main():
    dt = 0.1
    steps = 3000
    pid = PID(6.0, 0.35, 4.0, 0, 100)
    heater = Heater(21.5, 2.4, 0.02, 1.5)
    log = []
    max_temp = 0
    power_sum = 0
    saturated = 0
    error = 0
    for i in range(steps):
        setpoint = 75 if i < 1500 else 60 if i < 2200 else 68
        power = pid.update(setpoint, heater.sensor, dt)
        heater.step(power, dt, 0.05 if 2500 <= i < 2650 else 0)
        power_sum += power
        if power == 0 or power == 100:
            saturated += 1
        if heater.temperature > max_temp:
            max_temp = heater.temperature
        error = setpoint - heater.sensor
        if i % 250 == 249:
            log.append('t=%.1fs sp=%d temp=%.2f sensor=%.2f out=%.1f%%'
                       % ((i + 1) * dt, setpoint, heater.temperature, heater.sensor, power))

    print('\n'.join(log))
    print('max temp %.2f C, mean power %.2f %%, saturated %d steps' % (max_temp, power_sum / steps, saturated))
    print('final error %.3f C' % error)


main()
