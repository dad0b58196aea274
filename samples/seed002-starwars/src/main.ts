// Seed 002 (MicroPython tutorial, "Network - TCP sockets"): Star Wars Asciimation.
// Connects to the telnet server of towel.blinkenlights.nl and prints the film as it streams in,
// until Ctrl-C stops it, as the document's REPL session does.
import * as socket from "socket";
import * as sys from "sys";

// getaddrinfo gives a list of addresses; the first one's last field is the (ip, port) to connect to
const addr_info = socket.getaddrinfo("towel.blinkenlights.nl", 23);
const addr = addr_info[0][4];
const s = socket.socket();
s.connect(addr);

while (true) {
  const data = s.recv(500);
  // print(text, end='') in the document: write the chunk as it is, without a newline
  sys.stdout.write(data.decode("utf8"));
}
