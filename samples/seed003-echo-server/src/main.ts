// Seed 003 (Socket通信), "ESP32 TCP服务端": the ESP32 as a TCP echo server. The board joins
// Wi-Fi, listens on its own address at port 10000 and, for each client in turn, prints every
// chunk it receives and sends it straight back, until the client hangs up.
import * as socket from "socket";
import * as network from "network";

const port = 10000; // the port the PC client connects to
// null until created, so that the error path knows whether there is a socket to close
let listenSocket: socket.socket | null = null;

try {
  // Join the Wi-Fi network first ("SSID" and "password" stand for your network's name and key)
  const station = network.WLAN(network.STA_IF);
  station.active(true);
  station.scan(); // the access points around; the seed only shows the call
  station.connect("SSID", "password");
  station.isconnected(); // the seed checks but does not wait: it assumes the connection is up

  const ip = station.ifconfig()[0]; // the board's own address
  listenSocket = socket.socket();
  listenSocket.bind([ip, port]);
  listenSocket.listen(1); // one client at a time
  listenSocket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
  print("tcp waiting...");

  while (true) {
    print("accepting.....");
    const [conn, addr] = listenSocket.accept();
    print(addr, "connected");

    while (true) {
      const data = conn.recv(1024);
      // an empty read means the client closed the connection
      if (len(data) === 0) {
        print("close socket");
        conn.close();
        break;
      }
      print(data);
      conn.send(data);
    }
  }
} catch {
  // As the seed's bare `except`: an error (a client resetting its connection) ends the server
  // quietly. A TypeScript catch does not catch Ctrl-C, which still stops the board.
} finally {
  // close the listening socket however the server ends, Ctrl-C included
  if (listenSocket) listenSocket.close();
}
