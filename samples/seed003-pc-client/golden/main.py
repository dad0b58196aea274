import socket


def main():
    host = "127.0.0.1"
    port = 10000
    s = socket.socket()
    s.connect((host, port))
    while True:
        msg = bytes(input(">>> "), "utf8")
        s.send(msg)


main()
