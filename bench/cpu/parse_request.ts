// Parsing request lines and headers, as a board's HTTP server does.
const request = "GET /led?state=on&pin=2 HTTP/1.1\r\nHost: esp32.local\r\nUser-Agent: curl/8.0\r\nAccept: */*\r\n\r\n";

function parse(text: string): number {
  const lines = text.split("\r\n");
  const parts = lines[0].split(" ");
  const path = parts[1];
  const q = path.indexOf("?");
  let params = 0;
  if (q >= 0) {
    for (const pair of path.slice(q + 1).split("&")) {
      const eq = pair.indexOf("=");
      if (eq > 0 && pair.slice(0, eq) === "pin") params += 1;
      params += 1;
    }
  }
  let headers = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line === "") break;
    const colon = line.indexOf(":");
    if (colon > 0 && line.slice(0, colon).toLowerCase() === "host") headers += 10;
    headers += 1;
  }
  return params + headers;
}

let total = 0;
for (let n = 0; n < 2000; n++) total += parse(request);
print(total);
