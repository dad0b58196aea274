import socket
from mpython import wifi, oled, print as print_


def main():
    host = "172.25.1.63"
    port = 5001
    s = None
    mywifi = wifi()
    try:
        mywifi.connectWiFi("ssid", "password")
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.connect((host, port))
        s.send(b"hello mPython,I am TCP Client")
        while True:
            data = s.recv(1024)
            if len(data) == 0:
                print_("close socket")
                s.close()
                break
            print_(data)
            oled.fill(0)
            oled.DispChar(data.decode("utf-8"), 0, 0)
            oled.show()
            s.send(data)
    except Exception:
        if s is not None:
            s.close()
        mywifi.disconnectWiFi()


main()
