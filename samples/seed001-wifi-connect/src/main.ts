// Seed 001 ("How to use ESP8266/ESP32 as a TCP server and client with sockets"): joining
// a Wi-Fi network as a station. It reports an existing connection, starts the station
// interface, connects, waits until the board has an address and prints its IP settings
// (address, netmask, gateway, DNS server).
import * as network from "network";

const station = network.WLAN(network.STA_IF);
if (station.isconnected()) print("Already connected");
station.active(true);
station.connect("SSID", "PASSWORD");
// connect() returns at once; the station is usable only once it is connected
while (!station.isconnected()) {}
print("Connection successful");
print(station.ifconfig());
