# The simulated board's ssl module: TLS on a connected simulator socket, done
# by the host (Node's tls) on the real connection. The host verifies server
# certificates against its own trust store (or `cadata` when given), even
# where the board would not check them (CERT_NONE); tests that talk to a
# self-signed server turn checking off with SimulateOptions.insecureTls.
import socket as _socket
from socket import _ask
from binascii import hexlify

PROTOCOL_TLS_CLIENT = 0
PROTOCOL_TLS_SERVER = 1
CERT_NONE = 0
CERT_OPTIONAL = 1
CERT_REQUIRED = 2
MBEDTLS_VERSION = "Mbed TLS 3.6.2"


def _file(x):
    # key and cert: PEM or DER bytes, or (a str) a file path on the board
    if isinstance(x, str):
        with open(x, "rb") as f:
            return f.read()
    return x


def _data(x):
    if x is None:
        return None
    return hexlify(x.encode() if isinstance(x, str) else x).decode()


class SSLSocket(_socket.socket):
    # the same host connection as the wrapped socket, now carrying TLS
    def __init__(self, sock, cipher):
        self._id = sock._id
        self._timeout = sock._timeout
        self._buf = b""
        self._pos = 0
        self._cipher = cipher

    def cipher(self):
        return self._cipher

    def read(self, size=None):
        try:
            return _socket.socket.read(self, size)
        except OSError as e:
            if e.errno == 11 and self._timeout == 0:
                return None
            raise

    def readinto(self, buf, nbytes=None):
        try:
            return _socket.socket.readinto(self, buf, nbytes)
        except OSError as e:
            if e.errno == 11 and self._timeout == 0:
                return None
            raise

    def __repr__(self):
        return "<SSLSocket>"


def _wrap(sock, server_side, server_hostname, key, cert, cadata):
    request = {"server_side": bool(server_side), "server_hostname": server_hostname, "key": _data(_file(key)), "cert": _data(_file(cert)), "cadata": _data(cadata)}
    reply = _ask(["tls", [sock._id, request]])
    if "interrupted" in reply:
        raise KeyboardInterrupt
    if "ok" not in reply:
        errno = reply.get("errno", 5)
        if errno < 0:
            # mbedTLS errors come as (negative code, name)
            raise OSError(errno, reply.get("error", "").split(":")[0])
        raise OSError(errno)
    return SSLSocket(sock, tuple(reply["ok"]))


def wrap_socket(sock, server_side=False, key=None, cert=None, cert_reqs=CERT_NONE, cadata=None, server_hostname=None, do_handshake=True):
    return _wrap(sock, server_side, server_hostname, key, cert, cadata)


class SSLContext:
    def __init__(self, protocol):
        if protocol not in (PROTOCOL_TLS_CLIENT, PROTOCOL_TLS_SERVER):
            raise ValueError("invalid protocol")
        self._server = protocol == PROTOCOL_TLS_SERVER
        self.verify_mode = CERT_NONE
        self._key = None
        self._cert = None
        self._cadata = None

    def load_cert_chain(self, certfile, keyfile):
        self._cert = certfile
        self._key = keyfile

    def load_verify_locations(self, cafile=None, cadata=None):
        self._cadata = _file(cafile) if cafile is not None else cadata

    def wrap_socket(self, sock, *, server_side=False, do_handshake_on_connect=True, server_hostname=None):
        return _wrap(sock, server_side or self._server, server_hostname, self._key, self._cert, self._cadata)
