// Seed 004 (mPython board tutorial, 10.3.3.2 "TCP服务端"): a TCP server on the mPython board.
// It joins the Wi-Fi network and shows its address and port on the OLED; each client's texts are
// printed, shown on the OLED's bottom line and sent back (an echo), one client after another.
import * as socket from "socket";
// labplus's print, as `from mpython import *` gives the document's code
import { wifi, oled, print } from "mpython";

const port = 5001; // the TCP server's port, 0..65535
let listenSocket: socket.socket | null = null;

const mywifi = wifi();

try {
  mywifi.connectWiFi("ssid", "password");
  const ip = mywifi.sta.ifconfig()[0]; // the board's own IP address
  listenSocket = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
  listenSocket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
  listenSocket.bind([ip, port]);
  listenSocket.listen(3); // up to 3 clients wait while one is served
  print("tcp waiting...");
  oled.DispChar(`${ip}:${port}`, 0, 0);
  oled.DispChar("accepting.....", 0, 16);
  oled.show();

  while (true) {
    print("accepting.....");
    // waits for a client; conn is a new socket for this client alone
    const [conn, addr] = listenSocket.accept();
    print(addr, "connected");

    while (true) {
      const data = conn.recv(1024);
      // no bytes: the client closed the connection
      if (len(data) === 0) {
        print("close socket");
        conn.close();
        break;
      }
      const data_utf = data.decode();
      print(data_utf);
      oled.DispChar(data_utf, 0, 48);
      oled.show();
      oled.fill_rect(0, 48, 128, 16, 0); // clear the bottom line for the next text
      conn.send(data);
    }
  }
} catch {
  // the document's bare except: an error ends the server quietly...
} finally {
  // ...after closing the socket and leaving the network. This is in finally because Ctrl-C
  // (KeyboardInterrupt), the usual way to stop the server, passes a TypeScript catch.
  if (listenSocket) listenSocket.close();
  mywifi.disconnectWiFi();
}
