// Seed 003 (Socket通信), the closing question "如何使用 Socket通信，来远程点亮ESP32控制的LED呢？":
// the LED on GPIO 2 switched over a TCP socket, with a small line protocol (README.md): a client
// sends ON, OFF, TOGGLE or STATUS, one per line, and gets one reply line for each.
import * as socket from "socket";
import * as network from "network";
import { Pin } from "machine";
import { sleep_ms } from "time";

const SSID = "SSID"; // your Wi-Fi network's name and key
const PASSWORD = "password";
const PORT = 10000; // the port of the seed's echo server
const LED_PIN = 2; // the blue LED of most ESP32 boards

const led = Pin(LED_PIN, Pin.OUT);
// the state lives here rather than in led.value(): reading back an output pin is not portable
let ledOn = false;
led.value(0);

/** Switch the LED; the reply names the new state. */
function setLed(on: boolean): string {
  ledOn = on;
  led.value(on ? 1 : 0);
  return on ? "OK ON" : "OK OFF";
}

/** The reply to one line of the protocol, or null when the line is empty (no reply). */
function answer(line: string): string | null {
  // commands are case-insensitive; spaces around them and the \r of \r\n do not count
  const text = line.trim();
  switch (text.toUpperCase()) {
    case "":
      return null;
    case "ON":
      return setLed(true);
    case "OFF":
      return setLed(false);
    case "TOGGLE":
      return setLed(!ledOn);
    case "STATUS":
      return ledOn ? "LED ON" : "LED OFF";
    default:
      return `ERR unknown command: ${text}`;
  }
}

/** The text of a line, or null when its bytes are not UTF-8 (decode raises UnicodeError). */
function decodeLine(raw: bytes): string | null {
  try {
    return raw.decode("utf8");
  } catch {
    return null;
  }
}

/** Answer one client's commands until it closes the connection. */
function serve(conn: socket.socket): void {
  while (true) {
    // a whole line, or what is left before the client closed; empty once it has closed
    const raw = conn.readline();
    if (len(raw) === 0) return;
    const line = decodeLine(raw);
    const reply = line === null ? "ERR not UTF-8 text" : answer(line);
    if (reply === null) continue;
    print(line === null ? "?" : line.trim(), "->", reply);
    conn.sendall(bytes(reply + "\n", "utf8"));
  }
}

const station = network.WLAN(network.STA_IF);
station.active(true);
station.connect(SSID, PASSWORD);
while (!station.isconnected()) sleep_ms(100);
const ip = station.ifconfig()[0];

const server = socket.socket();
// set before bind, so that a restarted server can take the port again at once
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
server.bind([ip, PORT]);
server.listen(1); // one client at a time; the next waits until it is done
print("LED server on", ip, "port", PORT);

try {
  while (true) {
    const [conn, addr] = server.accept();
    print("client", addr[0], "connected");
    try {
      serve(conn);
      print("client closed");
    } catch (e) {
      // a connection error (the client reset it) ends that client, not the server
      print("client lost:", e);
    } finally {
      conn.close();
    }
  }
} finally {
  server.close();
}
