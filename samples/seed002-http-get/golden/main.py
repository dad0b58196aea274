import sys
import socket


def http_get(url):
    _t = url.split("/")
    host = _t[2]
    rest = _t[3:]
    path = "/".join(rest)
    addr = socket.getaddrinfo(host, 80)[0][4]
    s = socket.socket()
    s.connect(addr)
    s.send(bytes("GET /%s HTTP/1.0\r\nHost: %s\r\n\r\n" % (path, host), "utf8"))
    while True:
        data = s.recv(100)
        if not data:
            break
        sys.stdout.write(data.decode("utf8"))
    s.close()


http_get("http://micropython.org/ks/test.html")
