import time
from machine import ADC, Pin
import network
from umqtt.simple import MQTTClient

PERIOD_MS = const(2000)


def _f(topic, msg):
    if msg == b"on" or msg == b"off":
        led.value(1 if msg == b"on" else 0)
        print("led", msg.decode())
        client.publish(LED_STATE_TOPIC, msg, True)
    else:
        print("ignored", topic.decode(), msg.decode())


def main():
    global LED_STATE_TOPIC, client, led
    BROKER = "192.168.1.10"
    CLIENT_ID = "esp32-sensor"
    STATUS_TOPIC = "sensors/esp32-sensor/status"
    LIGHT_TOPIC = "sensors/esp32-sensor/light"
    LED_TOPIC = "sensors/esp32-sensor/led"
    LED_STATE_TOPIC = "sensors/esp32-sensor/led/state"
    led = Pin(2, Pin.OUT)
    light = ADC(Pin(34), atten=ADC.ATTN_11DB)
    station = network.WLAN(network.STA_IF)
    station.active(True)
    station.connect("SSID", "PASSWORD")
    while not station.isconnected():
        time.sleep_ms(100)
    client = MQTTClient(CLIENT_ID, BROKER, keepalive=60)
    client.set_last_will(STATUS_TOPIC, "offline", True, 1)
    client.set_callback(_f)
    client.connect()
    print("connected to", BROKER)
    client.publish(STATUS_TOPIC, "online", True, 1)
    client.subscribe(LED_TOPIC, 1)
    next_ = time.ticks_ms()
    while True:
        if time.ticks_diff(time.ticks_ms(), next_) >= 0:
            client.publish(LIGHT_TOPIC, str(light.read()))
            next_ = time.ticks_add(next_, PERIOD_MS)
        client.check_msg()
        time.sleep_ms(50)


main()
