import machine
import socket


def html(rows):
    return """<!DOCTYPE html>
<html>
    <head> <title>ESP32 Pins</title> </head>
    <body> <h1>ESP32 Pins</h1>
        <table border="1"> <tr><th>Pin</th><th>Value</th></tr> %s </table>
    </body>
</html>
""" % rows


def main():
    pins = [machine.Pin(i, machine.Pin.IN) for i in [0, 2, 4, 5, 12, 13, 14, 15]]
    addr = socket.getaddrinfo("0.0.0.0", 80)[0][4]
    s = socket.socket()
    s.bind(addr)
    s.listen(1)
    print("listening on", addr)
    while True:
        cl, remote = s.accept()
        print("client connected from", remote)
        cl_file = cl.makefile("rwb", 0)
        while True:
            line = cl_file.readline()
            if not line or line == b"\r\n":
                break
        rows = ["<tr><td>%s</td><td>%d</td></tr>" % (str(p), p.value()) for p in pins]
        response = html("\n".join(rows))
        cl.send(bytes(response, "utf8"))
        cl.close()


main()
