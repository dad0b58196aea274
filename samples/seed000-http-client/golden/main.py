import network
import socket
from time import sleep_ms


def setup(country, ssid, key):
    network.country(country)
    wifi = network.WLAN(network.STA_IF)
    wifi.active(True)
    wifi.connect(ssid, key)
    while not wifi.isconnected():
        sleep_ms(100)
    return wifi


country = "GB"
ssid = "mpts-sim"
key = "password"
wifi = setup(country, ssid, key)
print("Connected")
ai = socket.getaddrinfo("www.example.com", 80, socket.AF_INET)
addr = ai[0][4]
s = socket.socket(socket.AF_INET)
s.connect(addr)
request = b"GET /index.html HTTP/1.1\r\nHOST:example.org\r\n\r\n"
s.send(request)
print(s.recv(512))
