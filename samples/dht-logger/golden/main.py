from dht import DHT22
from ds18x20 import DS18X20
from machine import Pin
from onewire import OneWire
from time import sleep_ms

READINGS = const(3)


def celsius(t):
    return "%.1f C" % (t + 0.0)


def main():
    air = DHT22(Pin(4))
    probes = DS18X20(OneWire(Pin(5)))
    roms = probes.scan()
    print("found", len(roms), "DS18B20 on pin 5")
    for n in range(1, READINGS + 1):
        probes.convert_temp()
        sleep_ms(750)
        water = [celsius(probes.read_temp(rom)) for rom in roms]
        line = "#%d" % n
        try:
            air.measure()
            line += " air %s %.0f%%" % (celsius(air.temperature()), air.humidity())
        except Exception as e:
            if isinstance(e, OSError):
                line += " air: no reading"
            else:
                raise e
        print(line, "probes", ", ".join(water))
        if n < READINGS:
            sleep_ms(2000 - 750)


main()
