# The simulated apa106 module: APA106 LEDs take red, green, blue in that order.
from neopixel import NeoPixel


class APA106(NeoPixel):
    ORDER = (0, 1, 2, 3)
