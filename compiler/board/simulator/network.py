# The simulated board's network module (ESP32 names and constants). Wi-Fi
# connects at once: the board's address is this computer's (loopback unless
# `mpts run --host` names another), so servers and clients on the simulated
# board use the host's real network. Connects, disconnects and access points
# are logged as `wifi` events.
from socket import _call

STA_IF = 0
AP_IF = 1

STAT_IDLE = 1000
STAT_CONNECTING = 1001
STAT_GOT_IP = 1010
STAT_NO_AP_FOUND = 201
STAT_WRONG_PASSWORD = 202
STAT_BEACON_TIMEOUT = 200
STAT_ASSOC_FAIL = 203
STAT_HANDSHAKE_TIMEOUT = 204

AUTH_OPEN = 0
AUTH_WEP = 1
AUTH_WPA_PSK = 2
AUTH_WPA2_PSK = 3
AUTH_WPA_WPA2_PSK = 4
AUTH_WPA2_ENTERPRISE = 5
AUTH_WPA3_PSK = 6
AUTH_WPA2_WPA3_PSK = 7
AUTH_WAPI_PSK = 8
AUTH_OWE = 9
AUTH_MAX = 10

MODE_11B = 1
MODE_11G = 2
MODE_11N = 4
MODE_LR = 8

_AUTH_NAMES = ("open", "WEP", "WPA", "WPA2", "WPA/WPA2", "WPA2-Enterprise", "WPA3", "WPA2/WPA3", "WAPI", "OWE")
_UNSET = ("0.0.0.0", "0.0.0.0", "0.0.0.0", "0.0.0.0")
_ip = _call("board")["ip"]
_hostname = "mpy-esp32"
_country = "01"
_dns = _ip

# what scan() finds around the simulated board: (ssid, bssid, channel, RSSI, security, hidden)
_SCAN = [
    (b"mpts-sim", b"\x24\x0a\xc4\x10\x20\x30", 6, -42, AUTH_WPA2_PSK, False),
    (b"HomeNetwork", b"\xb8\x27\xeb\x4c\x1d\x07", 1, -58, AUTH_WPA_WPA2_PSK, False),
    (b"Office-Guest", b"\xd8\x07\xb6\x91\x5e\x22", 11, -71, AUTH_OPEN, False),
]


def _wifi(text):
    _call("event", "wifi", text)


def _not_started():
    return OSError("Wifi Not Started")


class WLAN:
    IF_STA = STA_IF
    IF_AP = AP_IF
    SEC_OPEN = AUTH_OPEN
    SEC_WEP = AUTH_WEP
    SEC_WPA = AUTH_WPA_PSK
    SEC_WPA2 = AUTH_WPA2_PSK
    SEC_WPA_WPA2 = AUTH_WPA_WPA2_PSK
    SEC_WPA2_ENT = AUTH_WPA2_ENTERPRISE
    SEC_WPA3 = AUTH_WPA3_PSK
    SEC_WPA2_WPA3 = AUTH_WPA2_WPA3_PSK
    SEC_WAPI = AUTH_WAPI_PSK
    SEC_OWE = AUTH_OWE
    PM_NONE = 0
    PM_PERFORMANCE = 1
    PM_POWERSAVE = 2

    _interfaces = {}

    # each interface is one object, however often it is asked for (as on the board)
    def __new__(cls, interface_id=STA_IF):
        if interface_id not in (STA_IF, AP_IF):
            raise ValueError("invalid WLAN interface identifier")
        wlan = WLAN._interfaces.get(interface_id)
        if wlan is None:
            wlan = object.__new__(cls)
            wlan._setup(interface_id)
            WLAN._interfaces[interface_id] = wlan
        return wlan

    def __init__(self, interface_id=STA_IF):
        pass

    def _setup(self, interface_id):
        self._if = interface_id
        self._active = False
        self._connected = False
        self._static = None  # ifconfig() given by the program
        ap = interface_id == AP_IF
        self._cfg = {
            "mac": b"\x24\x0a\xc4\x5e\x1a" + (b"\x01" if ap else b"\x00"),
            "essid": "ESP_5E1A01" if ap else "",
            "channel": 1,
            "hidden": False,
            "authmode": AUTH_OPEN,
            "password": "",
            "max_clients": 4,
            "reconnects": -1,
            "txpower": 20,
            "protocol": MODE_11B | MODE_11G | MODE_11N,
            "pm": WLAN.PM_PERFORMANCE,
        }

    def _up(self):
        # the station has an address once connected; the access point once active
        return self._active and (self._connected or self._if == AP_IF)

    def active(self, is_active=None):
        if is_active is None:
            return self._active
        is_active = bool(is_active)
        if is_active == self._active:
            return is_active
        self._active = is_active
        if self._if == AP_IF:
            _wifi(self._ap_text("started") if is_active else "access point '{}' stopped".format(self._cfg["essid"]))
        elif not is_active and self._connected:
            self.disconnect()
        return is_active

    def _ap_text(self, what):
        c = self._cfg
        return "access point '{}' {} (channel {}, {}) at {}".format(c["essid"], what, c["channel"], _AUTH_NAMES[c["authmode"]], self.ifconfig()[0])

    def connect(self, ssid=None, key=None, *, bssid=None):
        if self._if == AP_IF:
            raise OSError("AP can't connect")
        if not self._active:
            raise _not_started()
        if ssid is not None:
            self._cfg["essid"] = ssid
            self._cfg["password"] = key or ""
        for net in _SCAN:
            if net[0] == self._cfg["essid"].encode():
                self._cfg["channel"] = net[2]
        self._connected = True
        _wifi("connected to '{}' as {}".format(self._cfg["essid"], self.ifconfig()[0]))

    def disconnect(self):
        if self._connected:
            self._connected = False
            _wifi("disconnected from '{}'".format(self._cfg["essid"]))

    def isconnected(self):
        if self._if == AP_IF:
            return False  # no station joins the simulated access point
        return self._active and self._connected

    def status(self, param=None):
        if param is None:
            if self._if == AP_IF:
                return None
            return STAT_GOT_IP if self.isconnected() else STAT_IDLE
        if param == "rssi":
            if not self.isconnected():
                raise OSError("STA is not connected")
            for net in _SCAN:
                if net[0] == self._cfg["essid"].encode():
                    return net[3]
            return -45
        if param == "stations":
            return []
        raise ValueError("unknown status param")

    def scan(self):
        if self._if == AP_IF:
            raise OSError("AP can't scan")
        if not self._active:
            raise _not_started()
        return list(_SCAN)

    def ifconfig(self, config=None):
        if config is None:
            if self._static is not None:
                return self._static
            if not self._up():
                return _UNSET
            if _ip == "127.0.0.1":
                return ("127.0.0.1", "255.0.0.0", "127.0.0.1", _dns)
            return (_ip, "255.255.255.0", _ip, _dns)
        if config == "dhcp":
            self._static = None
            return
        if len(config) != 4:
            raise ValueError("expected 4 items")
        self._static = tuple(config)

    def ipconfig(self, *args, **kw):
        if args and kw:
            raise TypeError("either pos or kw args are allowed")
        if args:
            if len(args) != 1:
                raise TypeError("can query only one param")
            ip, mask, gw, _ = self.ifconfig()
            key = args[0]
            if key == "addr4":
                return (ip, mask)
            if key == "gw4":
                return gw
            if key in ("dhcp4", "has_dhcp4"):
                return self._if == STA_IF and self._static is None
            if key in ("autoconf6", "has_autoconf6"):
                return False
            if key == "addr6":
                return []
            raise ValueError("unexpected key")
        ip, mask, gw, dns = self.ifconfig()
        if "addr4" in kw:
            a = kw["addr4"]
            if isinstance(a, str):
                ip, _, bits = a.partition("/")
                n = int(bits or 24)
                m = (0xFFFFFFFF << (32 - n)) & 0xFFFFFFFF
                mask = ".".join(str((m >> s) & 255) for s in (24, 16, 8, 0))
            else:
                ip, mask = a
        if "gw4" in kw:
            gw = kw["gw4"]
        if "addr4" in kw or "gw4" in kw:
            self._static = (ip, mask, gw, dns)
        if kw.get("dhcp4"):
            self._static = None

    def config(self, *args, **kw):
        if args and kw:
            raise TypeError("either pos or kw args are allowed")
        c = self._cfg
        if args:
            if len(args) != 1:
                raise TypeError("can query only one param")
            key = {"ssid": "essid", "security": "authmode", "key": "password", "dhcp_hostname": "hostname"}.get(args[0], args[0])
            if key == "hostname":
                return _hostname
            if key == "ifname":
                return "ap1" if self._if == AP_IF else "st1"
            if key == "password":
                raise ValueError("unknown config param")
            if key not in c:
                raise ValueError("unknown config param")
            return c[key]
        ap_changed = False
        for name, value in kw.items():
            key = {"ssid": "essid", "security": "authmode", "key": "password", "dhcp_hostname": "hostname"}.get(name, name)
            if key == "hostname":
                hostname(value)
                continue
            if key not in c:
                raise ValueError("unknown config param")
            if key == "mac":
                value = bytes(value)
                if len(value) != 6:
                    raise ValueError("invalid buffer length")
            c[key] = value
            ap_changed = ap_changed or key in ("essid", "channel", "authmode", "password", "hidden")
        if ap_changed and self._if == AP_IF and self._active:
            _wifi(self._ap_text("configured"))

    def __repr__(self):
        return "<WLAN>"


def hostname(name=None):
    global _hostname
    if name is None:
        return _hostname
    if len(name) > 32:
        raise ValueError("hostname too long")
    _hostname = name


def country(code=None):
    global _country
    if code is None:
        return _country
    _country = code


def ipconfig(*args, **kw):
    global _dns
    if args:
        if args[0] == "dns":
            return _dns
        if args[0] == "prefer":
            return 4
        raise ValueError("unexpected key")
    if "dns" in kw:
        _dns = kw["dns"]


def phy_mode(mode=None):
    return MODE_11B | MODE_11G | MODE_11N if mode is None else None
