// A request parser and response builder, like a board's HTTP server.
interface Request {
  method: string;
  path: string;
  headers: Record<string, string>;
}

function parseRequest(text: string): Request {
  const lines = text.split("\r\n");
  const [method, path] = lines[0].split(" ");
  const headers: Record<string, string> = {};
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line === "") break;
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { method, path, headers };
}

function page(pins: number[]): string {
  const rows = pins.map((p, i) => `<tr><td>${i}</td><td>${p}</td></tr>`).join("\n");
  return `<html><body><table>${rows}</table></body></html>`;
}

const req = parseRequest("GET /index.html HTTP/1.1\r\nHost: esp32\r\nAccept: */*\r\n\r\n");
console.log(req.method, req.path, req.headers["host"]);
console.log(page([0, 1, 1, 0]).length);
