// Seed 001 ("How to use ESP8266/ESP32 as a TCP server and client with sockets"): a TCP
// client that reads a web page over plain HTTP. After joining Wi-Fi, http_get() splits the
// URL into host and path, connects to port 80, sends an HTTP/1.0 GET (so the server closes
// the connection when the page is sent) and prints the answer 200 bytes at a time until
// recv() returns nothing.
import * as network from "network";
import * as socket from "socket";
import * as sys from "sys";

const station = network.WLAN(network.STA_IF);
if (station.isconnected()) print("Already connected");
station.active(true);
station.connect("SSID", "PASSWORD");
// connect() returns at once; the station is usable only once it is connected
while (!station.isconnected()) {}
print("Connection successful");
print(station.ifconfig());

function http_get(url: string): void {
  // "http://host/a/b" -> "http:", "", "host", "a/b" (Python's url.split('/', 3))
  const [, , host, ...rest] = url.split("/");
  const path = rest.join("/");
  const addr = socket.getaddrinfo(host, 80)[0][4];
  const s = socket.socket();
  s.connect(addr);
  s.send(bytes(`GET /${path} HTTP/1.0\r\nHost: ${host}\r\n\r\n`, "utf8"));
  while (true) {
    const data = s.recv(200);
    // an empty read means the server has closed the connection: the page is complete
    if (data) sys.stdout.write(data.decode("utf8"));
    else break;
  }
  s.close();
}

http_get("http://micropython.org/ks/test.html");
