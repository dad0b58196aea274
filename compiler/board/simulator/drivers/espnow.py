# The simulated espnow module: ESP-NOW between the simulated boards on this computer (the
# host relays frames over loopback UDP, see compiler/board/sim/espnow.ts). A board's address
# is its station interface's MAC (wlan.config(mac=...) changes it). Peers, keys, errors and
# limits follow the ESP32 firmware; encryption is not simulated (keys are only checked).
import time
import network
from binascii import hexlify, unhexlify
from socket import _call

MAX_DATA_LEN = 250
KEY_LEN = 16
ADDR_LEN = 6
MAX_TOTAL_PEER_NUM = 20
MAX_ENCRYPT_PEER_NUM = 6
# ESP-IDF's wifi_phy_rate_t values
RATE_1M = 0x00
RATE_2M = 0x01
RATE_5M = 0x02
RATE_11M = 0x03
RATE_24M = 0x09
RATE_12M = 0x0A
RATE_6M = 0x0B
RATE_54M = 0x0C
RATE_LORA_250K = 0x29
RATE_LORA_500K = 0x2A

# ESP-IDF's error numbers, negated as the firmware's OSError carries them
_ERRORS = {
    "NOT_INIT": 0x3061,
    "ARG": 0x3062,
    "FULL": 0x3064,
    "NOT_FOUND": 0x3065,
    "EXIST": 0x3067,
    "IF": 0x3068,
}


def _fail(name):
    raise OSError(-_ERRORS[name], "ESP_ERR_ESPNOW_" + name)


def _mac(mac):
    if not isinstance(mac, (bytes, bytearray)) or len(mac) != ADDR_LEN:
        raise ValueError("invalid peer")
    return bytes(mac)


def _own():
    return hexlify(network.WLAN(network.STA_IF).config("mac")).decode()


class ESPNowBase:
    _instance = None

    def __new__(cls):
        if ESPNowBase._instance is None:
            self = object.__new__(cls)
            self._active = False
            self._rxbuf = 526
            self._timeout = 300000
            self._peers = {}  # mac -> [lmk, channel, ifidx, encrypt]
            self._stats = [0, 0, 0, 0, 0]
            self._irq = None
            self._timer = None
            self.peers_table = {}
            ESPNowBase._instance = self
        return ESPNowBase._instance

    def active(self, flag=None):
        if flag is not None:
            flag = bool(flag)
            if flag and not self._active:
                _call("espnow", "open", _own())
            elif not flag and self._active:
                _call("espnow", "close")
            self._active = flag
        return self._active

    def _check(self):
        if not self._active:
            _fail("NOT_INIT")
        if not network.WLAN(network.STA_IF).active() and not network.WLAN(network.AP_IF).active():
            _fail("IF")

    def config(self, param=None, *, rxbuf=None, timeout_ms=None, rate=None):
        if param is not None:
            if param == "rxbuf":
                return self._rxbuf
            if param == "timeout_ms":
                return self._timeout
            raise ValueError("unknown config param")
        if rxbuf is not None:
            self._rxbuf = rxbuf
        if timeout_ms is not None:
            self._timeout = timeout_ms

    def send(self, mac, msg=None, sync=True):
        if msg is None:
            mac, msg = None, mac
        self._check()
        if isinstance(msg, str):
            msg = msg.encode()
        if len(msg) > MAX_DATA_LEN:
            raise ValueError("msg too long")
        if mac is None:
            targets = [m for m in self._peers if m != b"\xff\xff\xff\xff\xff\xff"]
        else:
            mac = _mac(mac)
            if mac not in self._peers:
                _fail("NOT_FOUND")
            targets = [mac]
        ok = True
        for target in targets:
            self._stats[0] += 1
            acked = _call("espnow", "send", _own(), hexlify(target).decode(), hexlify(msg).decode())
            if acked:
                self._stats[1] += 1
            else:
                self._stats[2] += 1
            ok = ok and acked
        return ok if sync else True

    def recvinto(self, data, timeout_ms=None):
        self._check()
        if timeout_ms is None:
            timeout_ms = self._timeout
        start = time.ticks_ms()
        while True:
            frame = _call("espnow", "recv", _own())
            if frame is not None:
                break
            if timeout_ms >= 0 and time.ticks_diff(time.ticks_ms(), start) >= timeout_ms:
                return 0
            # a short sleep lets timers run and Ctrl-C through, as the board's wait does
            time.sleep_ms(5)
        self._stats[3] += 1
        mac = unhexlify(frame["src"])
        msg = unhexlify(frame["msg"])
        # the table's key is the address object recv() returns, as in the firmware
        for known in self.peers_table:
            if known == mac:
                mac = known
                break
        self.peers_table[mac] = [-45, time.ticks_ms()]
        data[0] = mac
        buf = data[1]
        if isinstance(buf, bytearray):
            buf[:] = msg
        else:
            data[1] = bytearray(msg)
        return len(msg)

    def any(self):
        self._check()
        return _call("espnow", "any", _own()) > 0

    def stats(self):
        return tuple(self._stats)

    def set_pmk(self, pmk):
        if len(pmk) != KEY_LEN:
            raise ValueError("invalid key length")

    def add_peer(self, mac, lmk=None, channel=None, ifidx=None, encrypt=None):
        mac = _mac(mac)
        if not self._active:
            _fail("NOT_INIT")
        if mac in self._peers:
            _fail("EXIST")
        if len(self._peers) >= MAX_TOTAL_PEER_NUM:
            _fail("FULL")
        lmk = bytes(lmk) if lmk else b""
        if lmk and len(lmk) != KEY_LEN:
            raise ValueError("invalid key length")
        self._peers[mac] = [lmk, channel or 0, ifidx or 0, bool(lmk) if encrypt is None else bool(encrypt)]

    def del_peer(self, mac):
        mac = _mac(mac)
        if mac not in self._peers:
            _fail("NOT_FOUND")
        del self._peers[mac]

    def get_peer(self, mac):
        mac = _mac(mac)
        if mac not in self._peers:
            _fail("NOT_FOUND")
        return (mac,) + tuple(self._peers[mac])

    def peer_count(self):
        return (len(self._peers), sum(1 for p in self._peers.values() if p[3]))

    def get_peers(self):
        return tuple(self.get_peer(m) for m in self._peers)

    def mod_peer(self, mac, lmk=None, channel=None, ifidx=None, encrypt=None):
        mac = _mac(mac)
        if mac not in self._peers:
            _fail("NOT_FOUND")
        p = self._peers[mac]
        for i, v in enumerate((bytes(lmk) if lmk else None, channel, ifidx, encrypt)):
            if v is not None:
                p[i] = v

    def irq(self, callback, arg=None):
        # the firmware schedules the callback when a message arrives; the simulator looks
        # for messages every 10 ms on a timer (timers run while the program waits)
        import machine

        self._irq = callback
        if self._timer is not None:
            self._timer.deinit()
            self._timer = None
        if callback is not None:
            self._timer = machine.Timer(-1)
            self._timer.init(period=10, callback=lambda t: self._poll())

    def _poll(self):
        if self._irq is not None and self._active and _call("espnow", "any", _own()) > 0:
            self._irq(self)


class ESPNow(ESPNowBase):
    def irecv(self, timeout_ms=None):
        data = [None, bytearray(MAX_DATA_LEN)]
        n = self.recvinto(data, timeout_ms)
        return [data[0], data[1][:n]] if n else (None, None)

    def recv(self, timeout_ms=None):
        data = [None, bytearray(MAX_DATA_LEN)]
        n = self.recvinto(data, timeout_ms)
        return [bytes(data[0]), bytes(data[1][:n])] if n else (None, None)

    def __iter__(self):
        return self

    def __next__(self):
        return self.irecv()
