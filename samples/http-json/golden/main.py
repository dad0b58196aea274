import time
from machine import ADC, Pin
import network
import requests


def main():
    API = "http://api.example.com:8080"
    station = network.WLAN(network.STA_IF)
    station.active(True)
    station.connect("SSID", "PASSWORD")
    while not station.isconnected():
        time.sleep_ms(100)
    response = requests.get(API + "/settings", headers={"Accept": "application/json"}, timeout=5)
    print("GET /settings:", response.status_code, response.headers.get("Content-Type"))
    settings = response.json()
    print("device", settings["name"], "tags", ", ".join(settings["tags"]))
    light = ADC(Pin(34), atten=ADC.ATTN_11DB)
    level = light.read()
    alarm = level < settings["thresholds"]["low"] or level > settings["thresholds"]["high"]
    reply = requests.post(API + "/readings", json={"device": settings["name"], "light": level, "alarm": alarm}, headers={"Authorization": "Bearer secret-token"})
    if reply.status_code == 201:
        stored = reply.json()
        print("reading", level, "(alarm)" if alarm else "(normal)", "stored as", stored["id"])
    else:
        print("POST /readings failed:", reply.status_code, reply.text)
    missing = requests.get(API + "/firmware/latest")
    if missing.status_code != 200:
        print("GET /firmware/latest:", missing.status_code)
        missing.close()


main()
