// An asyncio web server and a blinking LED on one board, at the same time. The LED on
// GPIO 2 toggles every BLINK_MS in a task of its own; the server answers each browser
// in a task too, so a slow client never stops the LED, nor the other clients.
//   GET /        a small HTML page
//   GET /status  JSON: requests served, the LED's state, milliseconds since start
//   anything else  404
import * as asyncio from "asyncio";
import * as network from "network";
import { Pin } from "machine";
import { ticks_ms, ticks_diff } from "time";

const SSID = "SSID"; // your Wi-Fi network's name and key
const PASSWORD = "password";
const PORT = 80;
const LED_PIN = 2; // the blue LED of most ESP32 boards
const BLINK_MS = 100;

const led = Pin(LED_PIN, Pin.OUT);
let ledOn = false;
let served = 0;
const started = ticks_ms();

async function blink(): Promise<void> {
  while (true) {
    ledOn = !ledOn;
    led.value(ledOn ? 1 : 0);
    await asyncio.sleep_ms(BLINK_MS);
  }
}

const PAGE = `<!DOCTYPE html>
<html>
<head><title>ESP32</title></head>
<body><h1>Hello from the ESP32</h1><p>The LED blinks while you read this. <a href="/status">status</a></p></body>
</html>
`;

/** Send a whole response; `Connection: close` tells the browser not to wait for more. */
async function respond(writer: asyncio.StreamWriter, status: string, type: string, body: string): Promise<void> {
  const data = bytes(body, "utf8");
  writer.write(bytes(`HTTP/1.0 ${status}\r\nContent-Type: ${type}\r\nContent-Length: ${data.length}\r\nConnection: close\r\n\r\n`, "utf8"));
  writer.write(data);
  await writer.drain();
}

/** One client: read its request line and headers, answer, close. */
async function handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter): Promise<void> {
  try {
    const request = (await reader.readline()).decode("utf8").split(" ");
    // the headers are not used: skip them up to the blank line (or a closed connection)
    while ((await reader.readline()).length > 2) {}
    const path = request.length > 1 ? request[1] : "";
    served += 1;
    print(request[0], path);
    if (path === "/") await respond(writer, "200 OK", "text/html", PAGE);
    else if (path === "/status") {
      const status = { requests: served, led: ledOn, uptime_ms: ticks_diff(ticks_ms(), started) };
      await respond(writer, "200 OK", "application/json", JSON.stringify(status));
    } else await respond(writer, "404 Not Found", "text/plain", "not found\n");
  } catch (e) {
    // a client that sends bytes that are not UTF-8, or resets the connection, ends only its own task
    print("client error:", e);
  } finally {
    writer.close();
    await writer.wait_closed();
  }
}

async function main(): Promise<void> {
  const station = network.WLAN(network.STA_IF);
  station.active(true);
  station.connect(SSID, PASSWORD);
  while (!station.isconnected()) await asyncio.sleep_ms(100);
  const ip = station.ifconfig()[0];
  asyncio.create_task(blink());
  const server = await asyncio.start_server(handle, "0.0.0.0", PORT);
  print("web server on", ip, "port", PORT);
  await server.wait_closed();
}

asyncio.run(main());
