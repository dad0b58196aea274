import errno
import network
import socket
from time import sleep_ms


def main():
    SERVER = ("192.168.1.20", 5005)
    station = network.WLAN(network.STA_IF)
    station.active(True)
    station.connect("SSID", "PASSWORD")
    while not station.isconnected():
        sleep_ms(100)
    print("connected as", station.ifconfig()[0])
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(2)
    for text in ["hello", "how are you?", "bye"]:
        s.sendto(bytes(text, "utf8"), SERVER)
        try:
            reply = s.recvfrom(1024)[0]
            print(text, "->", reply.decode("utf8"))
        except Exception as e:
            if isinstance(e, OSError) and e.errno == errno.ETIMEDOUT:
                print(text, "-> no answer")
            else:
                raise e
    s.close()


main()
