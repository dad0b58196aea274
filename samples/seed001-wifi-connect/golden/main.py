import network


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


main()
