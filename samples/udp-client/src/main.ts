// A UDP client (seed 001 describes UDP servers and clients but shows none): after joining
// Wi-Fi the board sends three messages to the echo server of samples/udp-server, one
// datagram each, and prints each answer. UDP does not resend lost datagrams, so the client
// waits at most 2 seconds for an answer and reports the ones that never came.
import * as errno from "errno";
import * as network from "network";
import * as socket from "socket";
import { sleep_ms } from "time";

/** The echo server: the board running samples/udp-server. */
const SERVER: socket.SockAddr = ["192.168.1.20", 5005];

const station = network.WLAN(network.STA_IF);
station.active(true);
station.connect("SSID", "PASSWORD");
// connect() returns at once; the station is usable only once it is connected
while (!station.isconnected()) sleep_ms(100);
print("connected as", station.ifconfig()[0]);

const s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
s.settimeout(2);
for (const text of ["hello", "how are you?", "bye"]) {
  s.sendto(bytes(text, "utf8"), SERVER);
  try {
    // recvfrom gives (data, sender); the sender is the server we wrote to
    const reply = s.recvfrom(1024)[0];
    print(text, "->", reply.decode("utf8"));
  } catch (e) {
    if (e instanceof OSError && e.errno === errno.ETIMEDOUT) print(text, "-> no answer");
    else throw e;
  }
}
s.close();
