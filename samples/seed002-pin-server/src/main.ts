// Seed 002 (MicroPython tutorial, "Network - TCP sockets"): a simple HTTP server.
// Every client gets one page, an HTML table of the levels of the GPIO inputs 0, 2, 4, 5, 12,
// 13, 14 and 15, read when the request arrives. Open http://<board address>/ in a browser.
import * as machine from "machine";
import * as socket from "socket";

const pins = [0, 2, 4, 5, 12, 13, 14, 15].map((i) => machine.Pin(i, machine.Pin.IN));

function html(rows: string): string {
  return `<!DOCTYPE html>
<html>
    <head> <title>ESP32 Pins</title> </head>
    <body> <h1>ESP32 Pins</h1>
        <table border="1"> <tr><th>Pin</th><th>Value</th></tr> ${rows} </table>
    </body>
</html>
`;
}

const addr = socket.getaddrinfo("0.0.0.0", 80)[0][4];

const s = socket.socket();
s.bind(addr);
s.listen(1);

print("listening on", addr);

while (true) {
  const [cl, remote] = s.accept();
  print("client connected from", remote);
  // read the request's header lines up to the blank line that ends them; the page is the same for any request
  const cl_file = cl.makefile("rwb", 0);
  while (true) {
    const line = cl_file.readline();
    if (!line || line === b`\r\n`) break;
  }
  // str(p) is how MicroPython names a pin: "Pin(4)"
  const rows = pins.map((p) => `<tr><td>${str(p)}</td><td>${p.value()}</td></tr>`);
  const response = html(rows.join("\n"));
  cl.send(bytes(response, "utf8"));
  cl.close();
}
