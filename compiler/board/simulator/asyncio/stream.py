# asyncio's TCP streams for the host simulator: the API and behaviour of
# MicroPython 1.27's extmod/asyncio/stream.py, on the simulator's sockets.
# A task that reads waits in the event loop's IOQueue (core.py) until the host
# says its socket is ready, so other tasks, timers and sleeps go on meanwhile.
# The one difference in shape: bytes read past the end of a line wait here in
# `_in` (on the board they wait in the socket), so readline stays linear.
from . import core

_CHUNK = 1024  # bytes asked of the host per read of a line or of everything


class Stream:
    def __init__(self, s, e={}):
        self.s = s
        self.e = e
        self.out_buf = b""
        self._in = b""

    def get_extra_info(self, v):
        return self.e[v]

    def close(self):
        pass

    async def wait_closed(self):
        self.s.close()

    def _take(self, n):
        # up to n bytes already received (n < 0: all of them)
        r = self._in
        if 0 <= n < len(r):
            self._in = r[n:]
            return r[:n]
        self._in = b""
        return r

    def _recv(self, n):
        # waits for the socket without blocking other tasks; b"" at the end
        yield core._io_queue.queue_read(self.s)
        return self.s.recv(n)

    # async
    def read(self, n=-1):
        if self._in:
            r = self._take(n)
            if n >= 0:
                return r
            parts = [r]
        elif n >= 0:
            return (yield from self._recv(n))
        else:
            parts = []
        while True:
            r = yield from self._recv(_CHUNK)
            if not r:
                return b"".join(parts)
            parts.append(r)

    # async
    def readinto(self, buf):
        n = len(buf)
        r = self._take(n) if self._in else (yield from self._recv(n))
        buf[: len(r)] = r
        return len(r)

    # async
    def readexactly(self, n):
        parts = []
        while n:
            r = self._take(n) if self._in else (yield from self._recv(n))
            if not r:
                raise EOFError
            parts.append(r)
            n -= len(r)
        return b"".join(parts)

    # async
    def readline(self):
        parts = []
        while True:
            r = self._take(-1) if self._in else (yield from self._recv(_CHUNK))
            if not r:
                return b"".join(parts)
            i = r.find(b"\n")
            if i >= 0:
                self._in = r[i + 1 :]
                parts.append(r[: i + 1])
                return b"".join(parts)
            parts.append(r)

    def _send(self, buf):
        # what the socket took now; None when its buffer is full
        try:
            return self.s.send(buf)
        except OSError as er:
            if er.errno == 11:  # EAGAIN
                return None
            raise

    def write(self, buf):
        if isinstance(buf, str):
            buf = buf.encode()
        if not self.out_buf:
            # try to write at once, as on the board
            ret = self._send(buf)
            if ret == len(buf):
                return
            if ret is not None:
                buf = buf[ret:]
        self.out_buf += buf

    # async
    def drain(self):
        if not self.out_buf:
            # always yields, so a loop of write + drain cannot starve other tasks
            return (yield from core.sleep_ms(0))
        mv = memoryview(self.out_buf)
        off = 0
        while off < len(mv):
            yield core._io_queue.queue_write(self.s)
            ret = self._send(mv[off:])
            if ret is not None:
                off += ret
        self.out_buf = b""


# one object reads and writes, as on the board
StreamReader = Stream
StreamWriter = Stream


# async
def open_connection(host, port, ssl=None, server_hostname=None):
    import socket
    from socket import _call

    ai = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)[0]  # blocking, as on the board
    s = socket.socket(ai[0], ai[1], ai[2])
    s.setblocking(False)
    try:
        s.connect(ai[-1])
    except OSError as er:
        if er.errno != 115:  # EINPROGRESS
            raise er
    # connected (or failed) once the socket is writable
    yield core._io_queue.queue_write(s)
    err = _call("soerror", s._id)
    if err:
        s.close()
        raise OSError(err)
    if ssl:
        if ssl is True:
            import ssl as _ssl

            ssl = _ssl.SSLContext(_ssl.PROTOCOL_TLS_CLIENT)
        # the handshake happens in the host, blocking this task (not the host's peers)
        s = ssl.wrap_socket(s, server_hostname=server_hostname or host)
        s.setblocking(False)
    ss = Stream(s)
    return ss, ss


# A TCP server: close() stops accepting; usable with `async with`
class Server:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.close()
        await self.wait_closed()

    def close(self):
        self.state = True
        self.task.cancel()

    async def wait_closed(self):
        await self.task

    async def _serve(self, s, cb, ssl):
        self.state = False
        while True:
            try:
                yield core._io_queue.queue_read(s)
            except core.CancelledError as er:
                s.close()
                if self.state:
                    # closed by close(): the end of serving, not an error
                    return
                raise er
            try:
                s2, addr = s.accept()
            except:
                continue
            if ssl:
                try:
                    s2 = ssl.wrap_socket(s2, server_side=True)
                except OSError as e:
                    core.sys.print_exception(e)
                    s2.close()
                    continue
            s2.setblocking(False)
            s2s = Stream(s2, {"peername": addr})
            core.create_task(cb(s2s, s2s))


async def start_server(cb, host, port, backlog=5, ssl=None):
    import socket

    addr_info = socket.getaddrinfo(host, port)[0]
    s = socket.socket(addr_info[0])
    s.setblocking(False)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(addr_info[-1])
    s.listen(backlog)
    srv = Server()
    srv.task = core.create_task(srv._serve(s, cb, ssl))
    try:
        # let _serve start, so that it is the one to handle a cancel
        await core.sleep_ms(0)
    except core.CancelledError as er:
        srv.task.cancel()
        raise er
    return srv


# MicroPython's older uasyncio names


async def stream_awrite(self, buf, off=0, sz=-1):
    if off != 0 or sz != -1:
        buf = memoryview(buf)
        if sz == -1:
            sz = len(buf)
        buf = buf[off : off + sz]
    self.write(buf)
    await self.drain()


Stream.aclose = Stream.wait_closed
Stream.awrite = stream_awrite
Stream.awritestr = stream_awrite
