// A UDP echo server (seed 001 describes UDP servers and clients but shows none): after
// joining Wi-Fi the board waits for datagrams on port 5005 and answers each one, to the
// address it came from, with "echo: " and its text. It serves until stopped. Pairs with
// samples/udp-client.
import * as network from "network";
import * as socket from "socket";
import { sleep_ms } from "time";

const PORT = 5005;

const station = network.WLAN(network.STA_IF);
station.active(true);
station.connect("SSID", "PASSWORD");
// connect() returns at once; the station is usable only once it is connected
while (!station.isconnected()) sleep_ms(100);
print("UDP echo server on", station.ifconfig()[0], "port", PORT);

const s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
s.bind(["0.0.0.0", PORT]);
while (true) {
  // one datagram at a time, with the sender's (ip, port) to answer to; no connection
  const [data, sender] = s.recvfrom(1024);
  const text = data.decode("utf8");
  print("received:", text);
  s.sendto(bytes("echo: " + text, "utf8"), sender);
}
