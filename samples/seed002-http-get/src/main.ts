// Seed 002 (MicroPython tutorial, "Network - TCP sockets"): an HTTP GET request.
// http_get(url) sends a GET for the URL's path and prints the server's answer as it arrives,
// 100 bytes at a time, until the server closes the connection.
import * as socket from "socket";
import * as sys from "sys";

function http_get(url: string): void {
  // "http://host/path/to/page": the document's url.split('/', 3) keeps the rest of the path whole
  const [, , host, ...rest] = url.split("/");
  const path = rest.join("/");
  const addr = socket.getaddrinfo(host, 80)[0][4];
  const s = socket.socket();
  s.connect(addr);
  s.send(bytes(`GET /${path} HTTP/1.0\r\nHost: ${host}\r\n\r\n`, "utf8"));
  while (true) {
    const data = s.recv(100);
    // an empty chunk means the server has closed the connection
    if (!data) break;
    sys.stdout.write(data.decode("utf8"));
  }
  s.close();
}

http_get("http://micropython.org/ks/test.html");
