# The simulated board's umqtt.robust: umqtt.simple's client that reconnects
# after a network error (OSError) and tries the operation again, as the
# firmware's frozen module does.
import time
from . import simple


class MQTTClient(simple.MQTTClient):
    DELAY = 2
    DEBUG = False

    def delay(self, i):
        time.sleep(self.DELAY)

    def log(self, in_reconnect, e):
        if self.DEBUG:
            print(("mqtt reconnect: %r" if in_reconnect else "mqtt: %r") % e)

    def reconnect(self):
        attempt = 0
        while True:
            try:
                # a persistent session: the broker keeps our subscriptions
                return super().connect(False)
            except OSError as e:
                self.log(True, e)
                attempt += 1
                self.delay(attempt)

    def publish(self, topic, msg, retain=False, qos=0):
        while True:
            try:
                return super().publish(topic, msg, retain, qos)
            except OSError as e:
                self.log(False, e)
            self.reconnect()

    def wait_msg(self):
        while True:
            try:
                return super().wait_msg()
            except OSError as e:
                self.log(False, e)
            self.reconnect()

    def check_msg(self, attempts=2):
        while attempts:
            try:
                return super().check_msg()
            except OSError as e:
                self.log(False, e)
            self.reconnect()
            attempts -= 1
