// An HTTP JSON client. After joining Wi-Fi the board fetches its settings from a web
// service (GET, a JSON answer read into typed fields), then posts a light reading (the ADC
// on pin 34) as JSON with `json:` and prints the id the service stored it under. A request
// for a missing resource shows how to check the status and close an unread response.
import { ADC, Pin } from "machine";
import * as network from "network";
import * as requests from "requests";
import * as time from "time";

const API = "http://api.example.com:8080";

/** The settings the service keeps for this board. */
interface Settings {
  name: string;
  thresholds: { low: number; high: number };
  tags: string[];
}

/** The service's answer to a stored reading. */
interface Stored {
  id: number;
}

const station = network.WLAN(network.STA_IF);
station.active(true);
station.connect("SSID", "PASSWORD");
while (!station.isconnected()) time.sleep_ms(100);

const response = requests.get(API + "/settings", { headers: { Accept: "application/json" }, timeout: 5 });
print("GET /settings:", response.status_code, response.headers["Content-Type"]);
// json() reads the body and closes the connection
const settings: Settings = response.json();
print("device", settings.name, "tags", settings.tags.join(", "));

const light = new ADC(new Pin(34), { atten: ADC.ATTN_11DB });
const level = light.read();
const alarm = level < settings.thresholds.low || level > settings.thresholds.high;
const reply = requests.post(API + "/readings", {
  json: { device: settings.name, light: level, alarm },
  headers: { Authorization: "Bearer secret-token" },
});
if (reply.status_code === 201) {
  const stored: Stored = reply.json();
  print("reading", level, alarm ? "(alarm)" : "(normal)", "stored as", stored.id);
} else {
  print("POST /readings failed:", reply.status_code, reply.text);
}

const missing = requests.get(API + "/firmware/latest");
if (missing.status_code !== 200) {
  print("GET /firmware/latest:", missing.status_code);
  // the body is not needed: close the socket (an ESP32 has only about ten)
  missing.close();
}
