# The status page of a board's web server: an HTML table of pin values, built on every request.
class PinInfo:
    def __init__(self, pin, label, value):
        self.pin = pin
        self.label = label
        self.value = value


labels = ["LED", "relay", "button", "buzzer", "fan", "pump"]
pins = [PinInfo(i + 2, labels[i % len(labels)], 0) for i in range(12)]

ROW = '<tr><td>%d</td><td>%s</td><td class="%s">%s</td></tr>'


def render_page(items, uptime):
    parts = [
        "<!DOCTYPE html><html><head><title>ESP32 pins</title></head><body>"
        "<h1>Pins</h1><p>Uptime: %d s</p><table><tr><th>Pin</th><th>Name</th><th>Value</th></tr>" % uptime
    ]
    for p in items:
        if p.value == 1:
            parts.append(ROW % (p.pin, p.label, "on", "ON"))
        else:
            parts.append(ROW % (p.pin, p.label, "off", "OFF"))
    parts.append("</table></body></html>")
    return "".join(parts)


def main():
    served = 0
    on_count = 0
    for t in range(150):
        for p in pins:
            if (t + p.pin) % 3 == 0:
                p.value = 1 - p.value
            if p.value == 1:
                on_count += 1
        served += len(render_page(pins, t * 2))
    print("served %d bytes, %d pins on" % (served, on_count))
    print(render_page(pins[:2], 300))


main()
