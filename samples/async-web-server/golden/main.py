import asyncio
import network
from machine import Pin
from time import ticks_ms, ticks_diff

PORT = const(80)
BLINK_MS = const(100)


async def blink():
    global ledOn
    while True:
        ledOn = not ledOn
        led.value(1 if ledOn else 0)
        await asyncio.sleep_ms(BLINK_MS)


async def respond(writer, status, type_, body):
    data = bytes(body, "utf8")
    writer.write(bytes("HTTP/1.0 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % (status, type_, len(data)), "utf8"))
    writer.write(data)
    await writer.drain()


async def handle(reader, writer):
    global served
    try:
        request = (await reader.readline()).decode("utf8").split(" ")
        while len(await reader.readline()) > 2:
            pass
        path = request[1] if len(request) > 1 else ""
        served += 1
        print(request[0], path)
        if path == "/":
            await respond(writer, "200 OK", "text/html", PAGE)
        elif path == "/status":
            status = {"requests": served, "led": ledOn, "uptime_ms": ticks_diff(ticks_ms(), started)}
            await respond(writer, "200 OK", "application/json", "{\"requests\":%d,\"led\":%s,\"uptime_ms\":%d}" % (status["requests"], "true" if status["led"] else "false", status["uptime_ms"]))
        else:
            await respond(writer, "404 Not Found", "text/plain", "not found\n")
    except Exception as e:
        print("client error:", e)
    finally:
        writer.close()
        await writer.wait_closed()


async def main():
    station = network.WLAN(network.STA_IF)
    station.active(True)
    station.connect(SSID, PASSWORD)
    while not station.isconnected():
        await asyncio.sleep_ms(100)
    ip = station.ifconfig()[0]
    asyncio.create_task(blink())
    server = await asyncio.start_server(handle, "0.0.0.0", PORT)
    print("web server on", ip, "port", PORT)
    await server.wait_closed()


SSID = "SSID"
PASSWORD = "password"
LED_PIN = 2
led = Pin(LED_PIN, Pin.OUT)
ledOn = False
served = 0
started = ticks_ms()
PAGE = """<!DOCTYPE html>
<html>
<head><title>ESP32</title></head>
<body><h1>Hello from the ESP32</h1><p>The LED blinks while you read this. <a href="/status">status</a></p></body>
</html>
"""
asyncio.run(main())
