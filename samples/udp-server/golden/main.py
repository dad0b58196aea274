import network
import socket
from time import sleep_ms


def main():
    PORT = 5005
    station = network.WLAN(network.STA_IF)
    station.active(True)
    station.connect("SSID", "PASSWORD")
    while not station.isconnected():
        sleep_ms(100)
    print("UDP echo server on", station.ifconfig()[0], "port", PORT)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("0.0.0.0", PORT))
    while True:
        data, sender = s.recvfrom(1024)
        text = data.decode("utf8")
        print("received:", text)
        s.sendto(bytes("echo: " + text, "utf8"), sender)


main()
