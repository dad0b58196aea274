// Seed 001 ("How to use ESP8266/ESP32 as a TCP server and client with sockets"): the board
// as a web server. After joining Wi-Fi it listens on port 80; for each browser that
// connects it reads the request line by line up to the blank line that ends the headers,
// answers with a small HTML page and closes the connection. It serves until stopped.
import * as network from "network";
import * as socket from "socket";

const station = network.WLAN(network.STA_IF);
if (station.isconnected()) print("Already connected");
station.active(true);
station.connect("SSID", "PASSWORD");
// connect() returns at once; the station is usable only once it is connected
while (!station.isconnected()) {}
print("Connection successful");
print(station.ifconfig());

const html = `<!DOCTYPE html>
<html>
<head> <title>ESP8266 Server</title> </head>
<body> <h1>Welcome to the ESP8266 server</h1> </body>
</html>
`;

// every interface of the board, port 80
const addr = socket.getaddrinfo("0.0.0.0", 80)[0][4];
const s = socket.socket();
s.bind(addr);
s.listen(1);
print("listening", addr);

while (true) {
  const [cl, remote] = s.accept();
  print("client connected from", remote);
  // a stream over the connection, for readline()
  const cl_file = cl.makefile("rwb", 0);
  // the request is not used: skip its lines up to the blank one (or a closed connection)
  while (true) {
    const line = cl_file.readline();
    if (!line || line === b`\r\n`) break;
  }
  cl.send(b`HTTP/1.0 200 OK\r\nContent-type: text/html\r\n\r\n`);
  cl.send(bytes(html, "utf8"));
  cl.close();
}
