# The simulated board's socket module: MicroPython's API over real sockets of
# the host computer. Each blocking call waits in the host without spinning.
import json
from binascii import hexlify, unhexlify

AF_INET = 2
AF_INET6 = 10
SOCK_STREAM = 1
SOCK_DGRAM = 2
SOCK_RAW = 3
SOL_SOCKET = 0xFFF
SO_REUSEADDR = 4
IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
TCP_NODELAY = 1
# the ESP32's (lwIP's) numbers for the other options and flags its socket module has
SO_BROADCAST = 0x20
SO_BINDTODEVICE = 0x100B
IP_ADD_MEMBERSHIP = 3
MSG_PEEK = 1
MSG_DONTWAIT = 8
_EAGAIN = 11


# set by the time module: blocking waits that also run due machine.Timer callbacks
_waiter = None


def _call(op, *args):
    if _waiter is not None and op in ("accept", "recv", "recvfrom", "poll"):
        return _waiter(op, args)
    return _host(op, args)


# The host (the computer running the simulator) answers through a character
# device: a line of JSON out, "<length>\n<json>" back. Only text crosses.
_device = open("/dev/mpts", "r+b")


def _ask(request):
    _device.write(json.dumps(request))
    _device.write(b"\n")
    return json.loads(_device.read(int(_device.readline())))


def _host(op, args):
    reply = _ask([op, args])
    if "ok" in reply:
        return reply["ok"]
    if "interrupted" in reply:
        raise KeyboardInterrupt
    raise OSError(reply.get("errno", 5))


# the most a stream's send passes to the host in one request
_PIECE = 4096


def _hex(data):
    if isinstance(data, str):
        data = data.encode()
    return hexlify(data).decode()


class socket:
    # a stream unless made as another type (ssl's sockets are made without __init__)
    _stream = True

    def __init__(self, af=AF_INET, type=SOCK_STREAM, proto=0, _id=None):
        self._id = _id if _id is not None else _call("socket", type)
        self._stream = type == SOCK_STREAM
        self._timeout = None
        self._buf = b""
        self._pos = 0

    def bind(self, address):
        _call("bind", self._id, address[0], address[1])

    def listen(self, backlog=5):
        _call("listen", self._id, backlog)

    def accept(self):
        conn_id, host, port = _call("accept", self._id, self._timeout)
        return socket(_id=conn_id), (host, port)

    def connect(self, address):
        _call("connect", self._id, address[0], address[1], self._timeout)

    def send(self, data):
        # non-blocking: EAGAIN while the host's send buffer is full (asyncio's drain waits)
        if not self._stream or len(data) <= _PIECE:
            return _call("send", self._id, _hex(data), self._timeout == 0)
        # A stream goes in pieces: each crosses to the host as hex in JSON, some
        # times its size in the board's heap, which a whole 16 KB block would fill.
        view = memoryview(data.encode() if isinstance(data, str) else data)
        sent = 0
        while sent < len(view):
            try:
                n = _call("send", self._id, _hex(view[sent : sent + _PIECE]), self._timeout == 0)
            except OSError as e:
                if sent and e.errno == 11:  # EAGAIN after some: what was taken
                    return sent
                raise
            sent += n
        return sent

    def sendall(self, data):
        self.send(data)

    def write(self, data):
        return self.send(data)

    def sendto(self, data, address):
        return _call("sendto", self._id, _hex(data), address[0], address[1])

    # Bytes received but not yet read (readline reads ahead) are _buf[_pos:]:
    # an offset rather than re-slicing, so that many short reads stay linear.
    def _take(self, n):
        end = min(self._pos + n, len(self._buf))
        out = self._buf[self._pos : end]
        self._pos = end
        if end == len(self._buf):
            self._buf = b""
            self._pos = 0
        return out

    def _buffered(self):
        return len(self._buf) - self._pos

    def recv(self, bufsize, flags=0):
        if self._buffered():
            data = self._take(bufsize)
        else:
            data = unhexlify(_call("recv", self._id, bufsize, 0 if flags & MSG_DONTWAIT else self._timeout))
        if flags & MSG_PEEK:
            # kept for the next read
            self._buf = data + self._buf[self._pos :]
            self._pos = 0
        return data

    def recvfrom(self, bufsize, flags=0):
        timeout = 0 if flags & MSG_DONTWAIT else self._timeout
        if flags & MSG_PEEK:
            # the datagram stays queued (the timeout stays the last argument: time.py's waits read it there)
            data, host, port = _call("recvfrom", self._id, bufsize, True, timeout)
        else:
            data, host, port = _call("recvfrom", self._id, bufsize, timeout)
        return unhexlify(data), (host, port)

    # The stream methods (read, readinto, readline) of a non-blocking socket
    # return None when nothing has come, as MicroPython's stream layer does;
    # recv raises OSError(EAGAIN) there.
    def _stream_recv(self, n):
        try:
            return self.recv(n)
        except OSError as er:
            if self._timeout == 0 and er.errno == _EAGAIN:
                return None
            raise

    def read(self, size=None):
        if size is not None:
            # no short reads (MicroPython's stream read): wait for `size` bytes or the
            # end, unless non-blocking; recv() is the call that returns what is there
            data = self._stream_recv(size)
            if not data or len(data) >= size or self._timeout == 0:
                return data
            chunks = [data]
            got = len(data)
            while got < size:
                chunk = self.recv(size - got)
                if not chunk:
                    break
                chunks.append(chunk)
                got += len(chunk)
            return b"".join(chunks)
        chunks = [self._take(self._buffered())]
        while True:
            chunk = self._stream_recv(1024)
            if chunk is None:
                # non-blocking: what has come so far, or None
                return b"".join(chunks) if chunks[0] or len(chunks) > 1 else None
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)

    def readinto(self, buf, nbytes=None):
        n = len(buf) if nbytes is None else min(nbytes, len(buf))
        data = self._stream_recv(n)
        if data is None:
            return None
        buf[: len(data)] = data
        return len(data)

    def readline(self):
        # Linear in the line's length: each received chunk is searched once and
        # the pieces are joined once (a 1 MB line used to take minutes).
        end = self._buf.find(b"\n", self._pos)
        if end >= 0:
            return self._take(end + 1 - self._pos)
        parts = [self._take(self._buffered())]
        while True:
            try:
                chunk = unhexlify(_call("recv", self._id, 4096, self._timeout))
            except OSError as er:
                line = b"".join(parts)
                if self._timeout == 0 and er.errno == _EAGAIN:
                    # non-blocking, as the board's stream readline: the part of the line so far, or None
                    return line or None
                # a timeout: what came so far stays for the next read
                self._buf = line
                self._pos = 0
                raise
            if not chunk:
                return b"".join(parts)
            end = chunk.find(b"\n")
            if end >= 0:
                parts.append(chunk[: end + 1])
                self._buf = chunk
                self._pos = end + 1
                if self._pos == len(chunk):
                    self._buf = b""
                    self._pos = 0
                return b"".join(parts)
            parts.append(chunk)

    def makefile(self, mode="rb", buffering=0):
        # MicroPython's makefile returns the socket itself
        return self

    def settimeout(self, value):
        self._timeout = value

    def setblocking(self, flag):
        self._timeout = None if flag else 0

    def setsockopt(self, level, option, value):
        pass

    def close(self):
        if self._id is not None:
            _call("close", self._id)
            self._id = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def getaddrinfo(host, port, af=0, type=0, proto=0, flags=0):
    address = _call("getaddrinfo", host)
    return [(AF_INET, type or SOCK_STREAM, proto or IPPROTO_TCP, "", (address, port))]


def inet_pton(af, text):
    return bytes(int(part) for part in text.split("."))


def inet_ntop(af, packed):
    return ".".join(str(b) for b in packed)
