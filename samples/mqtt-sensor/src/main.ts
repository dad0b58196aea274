// An MQTT sensor node. After joining Wi-Fi the board connects to the broker, says it is
// online (a retained message, replaced by its last will "offline" if it vanishes), then
// publishes its light level (the ADC on pin 34) every 2 seconds and switches the LED on
// pin 2 when "on" or "off" arrives on its LED topic, reporting the new state back.
import { ADC, Pin } from "machine";
import * as network from "network";
import * as time from "time";
import { MQTTClient } from "umqtt.simple";

const BROKER = "192.168.1.10";
const CLIENT_ID = "esp32-sensor";
const STATUS_TOPIC = "sensors/esp32-sensor/status";
const LIGHT_TOPIC = "sensors/esp32-sensor/light";
const LED_TOPIC = "sensors/esp32-sensor/led";
const LED_STATE_TOPIC = "sensors/esp32-sensor/led/state";
const PERIOD_MS = 2000;

const led = new Pin(2, Pin.OUT);
const light = new ADC(new Pin(34), { atten: ADC.ATTN_11DB });

const station = network.WLAN(network.STA_IF);
station.active(true);
station.connect("SSID", "PASSWORD");
while (!station.isconnected()) time.sleep_ms(100);

// the broker drops us (and publishes the last will) after 60 s without a packet from us;
// the readings, sent every 2 s, keep the connection alive
const client = new MQTTClient(CLIENT_ID, BROKER, { keepalive: 60 });
client.set_last_will(STATUS_TOPIC, "offline", true, 1);

// topic and message arrive as bytes: compare with bytes literals
client.set_callback((topic, msg) => {
  if (msg == b`on` || msg == b`off`) {
    led.value(msg == b`on` ? 1 : 0);
    print("led", msg.decode());
    client.publish(LED_STATE_TOPIC, msg, true);
  } else {
    print("ignored", topic.decode(), msg.decode());
  }
});
client.connect();
print("connected to", BROKER);
client.publish(STATUS_TOPIC, "online", true, 1);
client.subscribe(LED_TOPIC, 1);

let next = time.ticks_ms();
while (true) {
  if (time.ticks_diff(time.ticks_ms(), next) >= 0) {
    client.publish(LIGHT_TOPIC, str(light.read()));
    next = time.ticks_add(next, PERIOD_MS);
  }
  // handle what arrived meanwhile (LED commands), without waiting
  client.check_msg();
  time.sleep_ms(50);
}
