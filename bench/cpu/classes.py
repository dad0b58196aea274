# A class-heavy loop: devices with methods and a counter.
class Led:
    def __init__(self, pin):
        self.level = 0
        self.toggles = 0
        self.pin = pin

    def toggle(self):
        self.level = 1 if self.level == 0 else 0
        self.toggles += 1

    @property
    def on(self):
        return self.level == 1


def main():
    leds = []
    for i in range(8):
        leds.append(Led(i))
    lit = 0
    for n in range(2000):
        led = leds[n % 8]
        led.toggle()
        if led.on:
            lit += 1
    print(lit, leds[3].toggles)


main()
