# The simulated board's umqtt.simple: the API of the MQTT client frozen into the
# ESP32 firmware, written for the simulator over its socket (and ssl) module, so
# the program talks MQTT 3.1.1 to a real broker. QoS 0 and 1, as the firmware.
import socket

_EAGAIN = 11


class MQTTException(Exception):
    pass


def _bytes(x):
    return x.encode() if isinstance(x, str) else bytes(x)


def _u16(n):
    return bytes((n >> 8, n & 0xFF))


class MQTTClient:
    def __init__(self, client_id, server, port=0, user=None, password=None, keepalive=0, ssl=None, ssl_params={}):
        self.client_id = client_id
        self.server = server
        self.port = port or (8883 if ssl else 1883)
        self.user = user
        self.pswd = password
        self.keepalive = keepalive
        self.ssl = ssl
        self.ssl_params = ssl_params
        self.sock = None
        self.cb = None
        self.pid = 0
        self.lw_topic = None
        self.lw_msg = None
        self.lw_qos = 0
        self.lw_retain = False
        # the body of the last packet wait_msg() returned without handling (an ack)
        self._body = b""

    # ---- the wire: fixed header, length-prefixed strings, whole reads

    def _send(self, first, size, *parts):
        # first byte, the remaining length in 7-bit groups, then the parts as they are
        head = bytearray((first,))
        while True:
            digit = size & 0x7F
            size >>= 7
            head.append(digit | 0x80 if size else digit)
            if not size:
                break
        self.sock.write(head)
        for p in parts:
            self.sock.write(p)

    def _read(self, n):
        data = self.sock.read(n) if n else b""
        if data is None or len(data) < n:
            # the broker closed the connection in the middle of a packet
            raise OSError(-1)
        return data

    def _next_packet(self, block):
        # the first byte of the next packet, or None when non-blocking and nothing is there
        try:
            first = self.sock.read(1)
        except OSError as e:
            if block or e.args[0] != _EAGAIN:
                raise
            first = None
        self.sock.setblocking(True)
        if first is None:
            return None
        if not first:
            raise OSError(-1)
        size = 0
        shift = 0
        while True:
            digit = self._read(1)[0]
            size |= (digit & 0x7F) << shift
            if not digit & 0x80:
                break
            shift += 7
        return first[0], size

    def _await(self, kind, pid):
        # handle packets (messages included) until the ack `kind` for packet id `pid`
        while True:
            if self.wait_msg() == kind and self._body[:2] == _u16(pid):
                return self._body

    def _next_pid(self):
        self.pid = self.pid % 0xFFFF + 1
        return self.pid

    # ---- the API

    def set_callback(self, f):
        self.cb = f

    def set_last_will(self, topic, msg, retain=False, qos=0):
        assert 0 <= qos <= 2
        assert topic
        self.lw_topic = _bytes(topic)
        self.lw_msg = _bytes(msg)
        self.lw_retain = retain
        self.lw_qos = qos

    def connect(self, clean_session=True, timeout=None):
        self.sock = socket.socket()
        self.sock.settimeout(timeout)
        self.sock.connect(socket.getaddrinfo(self.server, self.port)[0][-1])
        if self.ssl is True:
            import ssl

            self.sock = ssl.wrap_socket(self.sock, **self.ssl_params)
        elif self.ssl:
            self.sock = self.ssl.wrap_socket(self.sock, server_hostname=self.server)
        flags = 2 if clean_session else 0
        fields = [_bytes(self.client_id)]
        if self.lw_topic:
            flags |= 0x04 | self.lw_qos << 3 | (0x20 if self.lw_retain else 0)
            fields += [self.lw_topic, self.lw_msg]
        if self.user:
            flags |= 0x80
            fields.append(_bytes(self.user))
            if self.pswd is not None:
                flags |= 0x40
                fields.append(_bytes(self.pswd))
        assert 0 <= self.keepalive < 65536
        header = b"\x00\x04MQTT\x04" + bytes((flags,)) + _u16(self.keepalive)
        size = len(header) + sum(2 + len(f) for f in fields)
        self._send(0x10, size, header)
        for f in fields:
            self.sock.write(_u16(len(f)))
            self.sock.write(f)
        ack = self._read(4)
        if ack[0] != 0x20 or ack[1] != 2:
            raise MQTTException("not a CONNACK")
        if ack[3]:
            raise MQTTException(ack[3])
        return ack[2] & 1

    def disconnect(self):
        self.sock.write(b"\xe0\x00")
        self.sock.close()

    def ping(self):
        self.sock.write(b"\xc0\x00")

    def publish(self, topic, msg, retain=False, qos=0):
        assert qos in (0, 1), "umqtt supports QoS 0 and 1"
        topic = _bytes(topic)
        msg = _bytes(msg)
        size = 2 + len(topic) + len(msg) + (2 if qos else 0)
        assert size < 2097152
        first = 0x30 | qos << 1 | (1 if retain else 0)
        if qos:
            pid = self._next_pid()
            self._send(first, size, _u16(len(topic)), topic, _u16(pid), msg)
            self._await(0x40, pid)
        else:
            self._send(first, size, _u16(len(topic)), topic, msg)

    def subscribe(self, topic, qos=0):
        assert self.cb is not None, "Subscribe callback is not set"
        topic = _bytes(topic)
        pid = self._next_pid()
        self._send(0x82, 2 + 2 + len(topic) + 1, _u16(pid), _u16(len(topic)), topic, bytes((qos,)))
        if self._await(0x90, pid)[2] == 0x80:
            raise MQTTException(0x80)

    def unsubscribe(self, topic):
        topic = _bytes(topic)
        pid = self._next_pid()
        self._send(0xA2, 2 + 2 + len(topic), _u16(pid), _u16(len(topic)), topic)
        self._await(0xB0, pid)

    def _receive(self, block):
        packet = self._next_packet(block)
        if packet is None:
            return None
        first, size = packet
        body = self._read(size)
        if first == 0xD0:  # PINGRESP
            return None
        if first & 0xF0 != 0x30:
            # an acknowledgement: publish/subscribe look at it
            self._body = body
            return first
        n = body[0] << 8 | body[1]
        topic = body[2 : 2 + n]
        start = 2 + n
        qos = first >> 1 & 3
        if qos:
            pid = body[start : start + 2]
            start += 2
        self.cb(topic, body[start:])
        if qos == 1:
            self.sock.write(b"\x40\x02" + pid)
        elif qos == 2:
            raise MQTTException("QoS 2 is not supported")
        return first

    def wait_msg(self):
        return self._receive(True)

    def check_msg(self):
        self.sock.setblocking(False)
        return self._receive(False)
