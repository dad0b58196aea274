import sys
import socket


def main():
    addr_info = socket.getaddrinfo("towel.blinkenlights.nl", 23)
    addr = addr_info[0][4]
    s = socket.socket()
    s.connect(addr)
    while True:
        data = s.recv(500)
        sys.stdout.write(data.decode("utf8"))


main()
