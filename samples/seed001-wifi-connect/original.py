import network

station = network.WLAN(network.STA_IF)
if station.isconnected() == True:
    print("Already connected")
station.active(True)
station.connect("SSID", "PASSWORD")
while station.isconnected() == False:
    pass
print("Connection successful")
print(station.ifconfig())
