# The simulated dht module: the firmware's DHT11/DHT22 classes, with measure() filling the
# same five bytes a sensor sends (from `mpts run --sensor dht:PIN=TEMP,HUMIDITY`), so that
# temperature() and humidity() decode them as on the board (a DHT11 in whole units).
import errno
from socket import _call
from machine import Pin


class DHTBase:
    def __init__(self, pin):
        self.pin = pin
        self.buf = bytearray(5)

    def measure(self):
        pin = self.pin._id if isinstance(self.pin, Pin) else self.pin
        reading = _call("sensor", "dht", pin)
        if reading is None:
            # no sensor on this pin: the board times out waiting for its answer
            raise OSError(errno.ETIMEDOUT)
        self._encode(reading[0], reading[1])
        buf = self.buf
        buf[4] = (buf[0] + buf[1] + buf[2] + buf[3]) & 0xFF


class DHT11(DHTBase):
    def _encode(self, t, h):
        b = self.buf
        b[0] = int(h + 0.5) & 0xFF
        b[1] = 0
        b[2] = int(t + 0.5) & 0xFF
        b[3] = 0

    def humidity(self):
        return self.buf[0]

    def temperature(self):
        return self.buf[2]


class DHT22(DHTBase):
    def _encode(self, t, h):
        b = self.buf
        h10 = int(h * 10 + 0.5)
        t10 = int(abs(t) * 10 + 0.5)
        b[0] = h10 >> 8
        b[1] = h10 & 0xFF
        b[2] = (t10 >> 8) | (0x80 if t < 0 else 0)
        b[3] = t10 & 0xFF

    def humidity(self):
        return (self.buf[0] << 8 | self.buf[1]) * 0.1

    def temperature(self):
        t = ((self.buf[2] & 0x7F) << 8 | self.buf[3]) * 0.1
        if self.buf[2] & 0x80:
            t = -t
        return t
