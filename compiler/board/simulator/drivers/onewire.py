# The simulated onewire module: a 1-Wire bus whose devices are DS18B20 thermometers given
# with `mpts run --sensor ds18x20:PIN=TEMP,...`. The bus is simulated byte by byte (reset,
# ROM commands, function commands, reads), enough for the firmware's ds18x20 driver and
# for programs that talk to a DS18B20 themselves; bit-level search is not (scan() is).
from socket import _call
from machine import Pin


class OneWireError(Exception):
    pass


def _crc8(data):
    crc = 0
    for byte in data:
        for _ in range(8):
            mix = (crc ^ byte) & 1
            crc >>= 1
            if mix:
                crc ^= 0x8C
            byte >>= 1
    return crc


class _DS18B20:
    def __init__(self, pin, index, temp):
        rom = bytearray((0x28, 0xAA, index + 1, pin & 0xFF, 0x4D, 0x54, 0x53))
        self.rom = bytes(rom + bytes((_crc8(rom),)))
        self.temp = temp
        # a DS18B20 reads 85 °C until its first conversion
        self.scratch = self._pad(85)

    def _pad(self, t):
        raw = int(t * 16 + (0.5 if t >= 0 else -0.5)) & 0xFFFF
        pad = bytearray((raw & 0xFF, raw >> 8, 0x4B, 0x46, 0x7F, 0xFF, 0x0C, 0x10))
        return pad + bytes((_crc8(pad),))

    def convert(self):
        self.scratch = self._pad(self.temp)


class OneWire:
    SEARCH_ROM = 0xF0
    MATCH_ROM = 0x55
    SKIP_ROM = 0xCC

    def __init__(self, pin):
        self.pin = pin
        self.pin.init(pin.OPEN_DRAIN, pin.PULL_UP)
        pin_id = pin._id if isinstance(pin, Pin) else pin
        temps = _call("sensor", "ds18x20", pin_id) or []
        self._devices = [_DS18B20(pin_id, i, t) for i, t in enumerate(temps)]
        self._state = None
        self._selected = []
        self._rom = bytearray()
        self._out = bytearray()

    def reset(self, required=False):
        self._state = "rom"
        self._out = bytearray()
        present = bool(self._devices)
        if required and not present:
            raise OneWireError
        return present

    def readbit(self):
        return self.readbyte() & 1

    def readbyte(self):
        if not self._out:
            return 0xFF
        b = self._out[0]
        self._out = self._out[1:]
        return b

    def readinto(self, buf):
        for i in range(len(buf)):
            buf[i] = self.readbyte()

    def writebit(self, value):
        pass

    def writebyte(self, value):
        state = self._state
        if state == "rom":
            if value == self.SKIP_ROM:
                self._selected = self._devices
                self._state = "function"
            elif value == self.MATCH_ROM:
                self._rom = bytearray()
                self._state = "match"
            else:
                self._state = None
        elif state == "match":
            self._rom.append(value)
            if len(self._rom) == 8:
                self._selected = [d for d in self._devices if d.rom == bytes(self._rom)]
                self._state = "function"
        elif state == "function":
            if value == 0x44:
                for d in self._selected:
                    d.convert()
            elif value == 0xBE and self._selected:
                self._out = bytearray(self._selected[0].scratch)
            self._state = None

    def write(self, buf):
        for b in buf:
            self.writebyte(b)

    def select_rom(self, rom):
        self.reset()
        self.writebyte(self.MATCH_ROM)
        self.write(rom)

    def scan(self):
        return [bytearray(d.rom) for d in self._devices]

    def crc8(self, data):
        return _crc8(data)
