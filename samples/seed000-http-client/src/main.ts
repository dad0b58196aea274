// Seed 000 (Fairhead & James, "ESP32 In MicroPython: Client Sockets"): the raw-socket
// HTTP client. It joins Wi-Fi with the book's setup() helper, looks up www.example.com,
// connects on port 80, sends a GET with a Host header and prints the first 512 bytes of
// the answer, as bytes (`b'HTTP/1.1 200 OK\r\n...'`), the way the book's print does.
import * as network from "network";
import * as socket from "socket";
import { sleep_ms } from "time";

/** Join the Wi-Fi network `ssid` as a station and wait until it is connected. */
function setup(country: string, ssid: string, key: string): network.WLAN {
  // the regulatory domain must be set before the radio starts
  network.country(country);
  const wifi = network.WLAN(network.STA_IF);
  wifi.active(true);
  wifi.connect(ssid, key);
  // connect() returns at once; the station is usable only once it has an address
  while (!wifi.isconnected()) sleep_ms(100);
  return wifi;
}

const country = "GB";
const ssid = "mpts-sim";
const key = "password";

const wifi = setup(country, ssid, key);
print("Connected");
// getaddrinfo gives (family, type, proto, canonname, sockaddr) tuples; sockaddr is (ip, port)
const ai = socket.getaddrinfo("www.example.com", 80, socket.AF_INET);
const addr = ai[0][4];
const s = socket.socket(socket.AF_INET);
s.connect(addr);
// HTTP/1.1 needs the Host header; the blank line ends the request
const request = b`GET /index.html HTTP/1.1\r\nHOST:example.org\r\n\r\n`;
s.send(request);
print(s.recv(512));
