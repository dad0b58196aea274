// Seed 004 (mPython board tutorial, 10.3.3.1 "TCP客户端"): a TCP client on the mPython board.
// It joins the Wi-Fi network, connects to a TCP server (your computer or phone), greets it, then
// shows each text the server sends on the OLED and sends it back, until the server closes.
import * as socket from "socket";
// labplus's print, as `from mpython import *` gives the document's code
import { wifi, oled, print } from "mpython";

const host = "172.25.1.63"; // the TCP server's IP address
const port = 5001; // the TCP server's port
let s: socket.socket | null = null;

const mywifi = wifi();

try {
  mywifi.connectWiFi("ssid", "password");
  s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
  s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
  s.connect([host, port]);
  s.send(b`hello mPython,I am TCP Client`);

  while (true) {
    const data = s.recv(1024);
    // no bytes: the server closed the connection
    if (len(data) === 0) {
      print("close socket");
      s.close();
      break;
    }
    print(data);
    // the network carries bytes: decode them to show the text
    oled.fill(0);
    oled.DispChar(data.decode("utf-8"), 0, 0);
    oled.show();
    s.send(data);
  }
} catch {
  // as the document's bare except: after an error, close the socket and leave the network
  // (Ctrl-C is not an error to a TypeScript catch: it stops the program without this)
  if (s) s.close();
  mywifi.disconnectWiFi();
}
