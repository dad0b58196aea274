# The firmware's urequests: the old name of requests, kept for older programs.
from requests import *
