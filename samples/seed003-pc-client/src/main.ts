// Seed 003 (Socket通信), "PC TCP客户端": the PC side of the echo example, a plain Python 3
// program (it also runs on a board). It connects to the ESP32's TCP server and sends every line
// typed at the `>>> ` prompt; the program ends with an EOFError when the input ends (Ctrl-D).

import * as socket from "socket";

// The ESP32 server's address: the IP its echo server gets from ifconfig() (127.0.0.1 runs the
// client against a server on this computer)
const host = "127.0.0.1";
const port = 10000;

const s = socket.socket();
s.connect([host, port]);

while (true) {
  // input() drops the newline, so the server receives the lines run together, as in the seed
  const msg = bytes(input(">>> "), "utf8");
  s.send(msg);
}
