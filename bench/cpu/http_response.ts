// Building HTTP responses: headers and an HTML table of pin states.
function response(pins: number[]): string {
  let rows = "";
  for (let i = 0; i < pins.length; i++) {
    rows += "<tr><td>" + i + "</td><td>" + pins[i] + "</td></tr>\n";
  }
  const body = "<html><body><table>\n" + rows + "</table></body></html>\n";
  return "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body.length + "\r\n\r\n" + body;
}

const pins: number[] = [];
for (let i = 0; i < 40; i++) pins.push(i % 2);
let total = 0;
for (let n = 0; n < 300; n++) total += response(pins).length;
print(total);
