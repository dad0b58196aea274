// A web server's request handling: parse the request line and query string into a Map,
// route by path, and answer with a status line.
interface Request {
  method: string;
  path: string;
  query: Map<string, string>;
}

function parseRequestLine(line: string): Request | null {
  const parts = line.split(" ");
  if (parts.length !== 3) return null;
  const [method, target] = parts;
  const query = new Map<string, string>();
  let path = target;
  const q = target.indexOf("?");
  if (q >= 0) {
    path = target.substring(0, q);
    for (const pair of target.substring(q + 1).split("&")) {
      const eq = pair.indexOf("=");
      if (eq < 0) query.set(pair, "");
      else query.set(pair.substring(0, eq), pair.substring(eq + 1));
    }
  }
  return { method, path, query };
}

const pinLevels = new Map<number, number>();

function handle(req: Request): string {
  if (req.path === "/") return "200 OK";
  if (req.path === "/led" && req.method === "GET") {
    const pin = parseInt(req.query.get("pin") ?? "2");
    const state = req.query.get("state");
    if (state === "on") pinLevels.set(pin, 1);
    else if (state === "off") pinLevels.set(pin, 0);
    else return "400 Bad Request";
    return "200 OK";
  }
  if (req.path === "/status") return "200 OK";
  return "404 Not Found";
}

const lines = [
  "GET / HTTP/1.1",
  "GET /led?pin=2&state=on HTTP/1.1",
  "GET /led?state=off&pin=4 HTTP/1.1",
  "GET /led?pin=5&state=blink HTTP/1.1",
  "POST /status HTTP/1.1",
  "GET /favicon.ico HTTP/1.1",
  "BROKEN",
  "GET /led?pin=13&state=on&debug HTTP/1.1",
];

const statusCounts = new Map<string, number>();
for (let n = 0; n < 300; n++) {
  for (const line of lines) {
    const req = parseRequestLine(line);
    const status = req ? handle(req) : "400 Bad Request";
    statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
  }
}
const keys = [...statusCounts.keys()].sort();
for (const k of keys) console.log(`${k}: ${statusCounts.get(k)}`);
console.log(`pins set: ${pinLevels.size}, pin 13 = ${pinLevels.get(13)}`);
