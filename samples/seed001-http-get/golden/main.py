import sys
import network
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
        data = s.recv(200)
        if data:
            sys.stdout.write(data.decode("utf8"))
        else:
            break
    s.close()


def main():
    station = network.WLAN(network.STA_IF)
    if station.isconnected():
        print("Already connected")
    station.active(True)
    station.connect("SSID", "PASSWORD")
    while not station.isconnected():
        pass
    print("Connection successful")
    print(station.ifconfig())
    http_get("http://micropython.org/ks/test.html")


main()
