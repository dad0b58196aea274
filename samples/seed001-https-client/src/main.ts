// Seed 001 ("How to use ESP8266/ESP32 as a TCP server and client with sockets"): reading a
// web page over HTTPS. The document runs this with CPython on a PC; this is the same client
// for the board's ssl module: TLS is started on the connected socket with wrap_socket(),
// whose server_hostname is sent to the server (SNI), and the answer is printed 5000 bytes
// at a time until the server closes the connection.
import * as socket from "socket";
import * as ssl from "ssl";

function http_get(url: string): void {
  // "https://host/a/b" -> "https:", "", "host", "a/b" (Python's url.split('/', 3))
  const [, , host, ...rest] = url.split("/");
  const path = rest.join("/");
  // the name without a ":port", for the address lookup and the certificate
  const real_host = host.split(":")[0];
  const s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
  const request = bytes(`GET /${path} HTTP/1.1\r\nHost: ${host}\r\n\r\n`, "utf8");
  // MicroPython starts TLS on a connected socket (CPython can wrap first, then connect)
  s.connect(socket.getaddrinfo(real_host, 443)[0][4]);
  // certificates are not checked (CERT_NONE), as with the document's SSLContext(PROTOCOL_TLSv1_2)
  const tls = ssl.wrap_socket(s, { server_hostname: real_host });
  tls.write(request);
  let content = tls.read(5000).decode();
  print(content);
  // an empty read means the server has closed the connection
  while (content !== "") {
    content = tls.read(5000).decode();
    print(content);
  }
  tls.close();
}

http_get("https://www.engineersgarage.com/");
