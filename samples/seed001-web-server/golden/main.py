import network
import socket


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
    html = """<!DOCTYPE html>
<html>
<head> <title>ESP8266 Server</title> </head>
<body> <h1>Welcome to the ESP8266 server</h1> </body>
</html>
"""
    addr = socket.getaddrinfo("0.0.0.0", 80)[0][4]
    s = socket.socket()
    s.bind(addr)
    s.listen(1)
    print("listening", addr)
    while True:
        cl, remote = s.accept()
        print("client connected from", remote)
        cl_file = cl.makefile("rwb", 0)
        while True:
            line = cl_file.readline()
            if not line or line == b"\r\n":
                break
        cl.send(b"HTTP/1.0 200 OK\r\nContent-type: text/html\r\n\r\n")
        cl.send(bytes(html, "utf8"))
        cl.close()


main()
