# The simulated webrepl module: the simulator has no WebREPL (its prompt is the terminal),
# so start() only says so in the log, and a program that starts WebREPL still runs.
from socket import _call


def start(port=8266, password=None, accept_handler=None):
    _call("event", "board", "webrepl.start(): WebREPL is not simulated (port %d would serve it on the board)" % port)


def start_foreground(port=8266, password=None):
    start(port, password)


def stop():
    pass
