import socket
import network
from machine import Pin
from time import sleep_ms


def setLed(on):
    global ledOn
    ledOn = on
    led.value(1 if on else 0)
    return "OK ON" if on else "OK OFF"


def answer(line):
    text = line.strip()
    _t = text.upper()
    if _t == "":
        return None
    elif _t == "ON":
        return setLed(True)
    elif _t == "OFF":
        return setLed(False)
    elif _t == "TOGGLE":
        return setLed(not ledOn)
    elif _t == "STATUS":
        return "LED ON" if ledOn else "LED OFF"
    else:
        return "ERR unknown command: " + text


def decodeLine(raw):
    try:
        return raw.decode("utf8")
    except Exception:
        return None


def serve(conn):
    while True:
        raw = conn.readline()
        if len(raw) == 0:
            return
        line = decodeLine(raw)
        reply = "ERR not UTF-8 text" if line is None else answer(line)
        if reply is None:
            continue
        print("?" if line is None else line.strip(), "->", reply)
        conn.sendall(bytes(reply + "\n", "utf8"))


def main():
    global led, ledOn
    SSID = "SSID"
    PASSWORD = "password"
    PORT = 10000
    LED_PIN = 2
    led = Pin(LED_PIN, Pin.OUT)
    ledOn = False
    led.value(0)
    station = network.WLAN(network.STA_IF)
    station.active(True)
    station.connect(SSID, PASSWORD)
    while not station.isconnected():
        sleep_ms(100)
    ip = station.ifconfig()[0]
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind((ip, PORT))
    server.listen(1)
    print("LED server on", ip, "port", PORT)
    try:
        while True:
            conn, addr = server.accept()
            print("client", addr[0], "connected")
            try:
                serve(conn)
                print("client closed")
            except Exception as e:
                print("client lost:", e)
            finally:
                conn.close()
    finally:
        server.close()


main()
